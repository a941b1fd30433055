//! Written by scripts/fit_pairs.py from the annotated development sets;
//! do not edit by hand (leave-one-set-out figures: README, accuracy).
use super::pair_model::PairModel;

pub const FITTED: PairModel = PairModel {
    mean: [
        0.138761, 0.318141, 0.149738, 1.11869, 1.96632, 0.493758, 0.172424, 0.2, 0.0675393,
        2.08733, 2.6303, 0.140838, 0.26178, 0.243979, 0.31128, 0.165814, 0.225438, 0.543599,
    ],
    scale: [
        0.129263, 0.24599, 0.356815, 0.435052, 0.74538, 0.47946, 0.350116, 0.67475, 0.250954,
        0.424577, 0.408733, 0.347854, 0.439604, 0.42948, 0.296818, 0.208928, 0.234286, 0.276337,
    ],
    weights: [
        0.67596, 1.37787, -0.216558, 0.541537, -0.477983, 0.00508549, -0.0698501, -0.0781586,
        0.0452144, 0.385135, 0.187318, -0.370585, -0.380548, -0.0514897, -0.212954, -0.0155728,
        0.0820169, -0.31162,
    ],
    bias: -0.598241,
};

/// Mean pair probability two clusters need to merge.
pub const JOIN: f32 = 0.3;
/// Mean pair probability to a claim's members an item needs to join it too.
pub const ALSO: f32 = 0.3;
