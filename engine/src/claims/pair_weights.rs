//! Written by scripts/fit_pairs.py from the annotated development sets;
//! do not edit by hand (leave-one-set-out figures: README, accuracy).
use super::pair_model::PairModel;

pub const FITTED: PairModel = PairModel {
    mean: [
        0.139154, 0.318877, 0.15034, 1.11861, 1.96726, 0.492564, 0.172514, 0.200105, 0.0675746,
        2.08323, 2.62952, 0.141435, 0.260346, 0.243583, 0.312619, 0.165599, 0.225438, 0.543459,
    ],
    scale: [
        0.129349, 0.245976, 0.357405, 0.434971, 0.74432, 0.478847, 0.350186, 0.674911, 0.251015,
        0.426177, 0.410141, 0.34847, 0.438823, 0.429244, 0.298015, 0.208293, 0.234229, 0.276508,
    ],
    weights: [
        0.679616, 1.3951, -0.216696, 0.536976, -0.484059, 0.00789299, -0.0720301, -0.0749769,
        0.0451074, 0.40637, 0.187054, -0.373001, -0.382326, -0.0523008, -0.194502, -0.0641486,
        0.0767037, -0.30721,
    ],
    bias: -0.604491,
};

/// Mean pair probability two clusters need to merge.
pub const JOIN: f32 = 0.3;
/// Mean pair probability to a claim's members an item needs to join it too.
pub const ALSO: f32 = 0.3;
