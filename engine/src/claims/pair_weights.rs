//! Written by scripts/fit_pairs.py from the annotated development sets;
//! do not edit by hand (leave-one-set-out figures: README, accuracy).
use super::pair_model::PairModel;

pub const FITTED: PairModel = PairModel {
    mean: [
        0.136116, 0.312284, 0.161627, 1.11847, 1.9702, 0.499944, 0.171705, 0.199166, 0.0693431,
        2.10544, 2.63977, 0.1439, 0.265902, 0.243483, 0.306956, 0.163539, 0.224558, 0.542753,
    ],
    scale: [
        0.128272, 0.244702, 0.368108, 0.434275, 0.742068, 0.483329, 0.349562, 0.673465, 0.254037,
        0.421577, 0.398632, 0.350988, 0.441812, 0.429184, 0.295633, 0.20621, 0.23386, 0.27668,
    ],
    weights: [
        0.676067, 1.34037, -0.213559, 0.503393, -0.47872, 0.0148943, -0.08196, -0.0860208,
        0.0819422, 0.380857, 0.19365, -0.36491, -0.343433, -0.0769527, -0.173305, -0.0294445,
        0.0540899, -0.334896,
    ],
    bias: -0.586573,
};

/// Mean pair probability two clusters need to merge.
pub const JOIN: f32 = 0.45;
/// Mean pair probability to a claim's members an item needs to join it too.
pub const ALSO: f32 = 0.4;
