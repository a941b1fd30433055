//! Written by scripts/fit_pairs.py from the annotated development sets;
//! do not edit by hand (leave-one-set-out figures: README, accuracy).
use super::pair_model::PairModel;

pub const FITTED: PairModel = PairModel {
    mean: [
        0.136958, 0.314167, 0.156563, 1.11916, 1.85309, 0.502217, 0.173605, 0.200316, 0.0701107,
        2.10611, 2.63902, 0.144439, 0.263047, 0.243542, 0.308512, 0.16457, 0.224977, 0.542371,
    ],
    scale: [
        0.129014, 0.245745, 0.363388, 0.437689, 0.745485, 0.485698, 0.351022, 0.676388, 0.255333,
        0.421312, 0.398614, 0.351534, 0.440288, 0.42922, 0.296722, 0.206233, 0.234069, 0.276806,
    ],
    weights: [
        0.673174, 1.35873, -0.205836, 0.474305, -0.440486, 0.00725086, -0.10553, -0.0831011,
        0.0763904, 0.379162, 0.190819, -0.367396, -0.332756, -0.0734852, -0.154025, -0.0533813,
        0.048214, -0.325281,
    ],
    bias: -0.549369,
};

/// Mean pair probability two clusters need to merge.
pub const JOIN: f32 = 0.45;
/// Mean pair probability to a claim's members an item needs to join it too.
pub const ALSO: f32 = 0.4;
