//! How likely two wordings in different articles tell one claim. One
//! similarity cannot say it alone: a long lead that shares five words with
//! another outlet's lead is better evidence than a short quote that shares
//! three; two quotes of one statement share words yet may be two of its
//! sentences; a pair that is each side's closest wording elsewhere is more
//! telling than one among many. A logistic model weighs such evidence of a
//! scored pair ([`PairEvidence`]) into a probability, which clustering then
//! averages. Its weights are fitted by scripts/fit_pairs.py on annotated
//! real news (leave-one-set-out figures in the README) and written to
//! `pair_weights.rs`; the features are general (similarities, counts of
//! shared evidence, position, quotation), nothing of the texts themselves.

use super::features::{kind_of, Unit, GROUP, NAME, QUOTED, SPEAKER, TERM, VALUE};
// libm's, as in `score.rs`: the same bits natively and in Wasm.
use libm::logf;

/// Number of features of a pair.
pub const FEATURES: usize = 18;

/// Feature names, in order (the fit script prints weights by these).
pub const NAMES: [&str; FEATURES] = [
    "word similarity",
    "context similarity",
    "frames conflict",
    "shared words (log)",
    "shared synonym groups (log)",
    "shared names (log)",
    "shared values (log)",
    "shared quoted words (up to 3)",
    "same speaker",
    "shorter side's words (log)",
    "longer side's words (log)",
    "both quote",
    "one side quotes",
    "a headline",
    "closeness rank, better side",
    "closeness rank, worse side",
    "position in article, earlier side",
    "position in article, later side",
];

/// A fitted logistic model: features are standardised by `mean` and
/// `scale`, then weighed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairModel {
    pub mean: [f32; FEATURES],
    pub scale: [f32; FEATURES],
    pub weights: [f32; FEATURES],
    pub bias: f32,
}

impl Default for PairModel {
    fn default() -> Self {
        super::pair_weights::FITTED
    }
}

impl PairModel {
    /// Probability that the pair with features `x` tells one claim.
    pub fn probability(&self, x: &[f32; FEATURES]) -> f32 {
        let mut z = self.bias;
        for (i, xi) in x.iter().enumerate() {
            let s = if self.scale[i] > 0.0 {
                self.scale[i]
            } else {
                1.0
            };
            z += self.weights[i] * (xi - self.mean[i]) / s;
        }
        1.0 / (1.0 + libm::expf(-z.clamp(-30.0, 30.0)))
    }

    /// A model from `3 × FEATURES + 1` numbers (means, scales, weights,
    /// bias) separated by white space, as the fit script writes them.
    pub fn parse(text: &str) -> Result<PairModel, String> {
        let v: Vec<f32> = text
            .split_whitespace()
            .map(|x| x.parse::<f32>().map_err(|e| format!("{x:?}: {e}")))
            .collect::<Result<_, _>>()?;
        if v.len() != 3 * FEATURES + 1 {
            return Err(format!(
                "expected {} numbers, found {}",
                3 * FEATURES + 1,
                v.len()
            ));
        }
        let arr = |k: usize| {
            let mut a = [0f32; FEATURES];
            a.copy_from_slice(&v[k * FEATURES..(k + 1) * FEATURES]);
            a
        };
        Ok(PairModel {
            mean: arr(0),
            scale: arr(1),
            weights: arr(2),
            bias: v[3 * FEATURES],
        })
    }
}

/// Where a unit sits: whether it opens its article (the headline, or the
/// lead when there is none) and how far into the text it starts (0–1).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Place {
    pub first: bool,
    pub position: f32,
}

/// What is known of one scored pair besides the two units.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PairEvidence {
    /// Cosine of the units' own vectors.
    pub word: f32,
    /// Cosine of their context vectors.
    pub context: f32,
    pub conflict: bool,
    /// Rank of each side among the other's partners by context similarity
    /// (0 = its closest wording elsewhere).
    pub rank_ab: usize,
    pub rank_ba: usize,
    pub place_a: Place,
    pub place_b: Place,
}

/// The pair's feature vector.
pub fn features(a: &Unit, b: &Unit, e: &PairEvidence) -> [f32; FEATURES] {
    // Both feature lists are sorted and deduplicated.
    let mut shared = [0u32; 6];
    let (mut i, mut j) = (0, 0);
    while i < a.features.len() && j < b.features.len() {
        match a.features[i].cmp(&b.features[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if let Some(x) = shared.get_mut(kind_of(a.features[i]) as usize) {
                    *x += 1;
                }
                i += 1;
                j += 1;
            }
        }
    }
    let count = |u: &Unit, k: u32| u.features.iter().filter(|&&f| kind_of(f) == k).count();
    let (ta, tb) = (count(a, TERM) as f32, count(b, TERM) as f32);
    let (qa, qb) = (count(a, QUOTED) > 0, count(b, QUOTED) > 0);
    let ln = |x: u32| logf(1.0 + x as f32);
    let inv = |r: usize| 1.0 / (1.0 + r as f32);
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let (pa, pb) = (e.place_a.position, e.place_b.position);
    [
        e.word,
        e.context,
        flag(e.conflict),
        ln(shared[TERM as usize]),
        ln(shared[GROUP as usize]),
        ln(shared[NAME as usize]),
        ln(shared[VALUE as usize]),
        shared[QUOTED as usize].min(3) as f32,
        flag(shared[SPEAKER as usize] > 0),
        logf(1.0 + ta.min(tb)),
        logf(1.0 + ta.max(tb)),
        flag(qa && qb),
        flag(qa != qb),
        flag(e.place_a.first || e.place_b.first),
        inv(e.rank_ab.min(e.rank_ba)),
        inv(e.rank_ab.max(e.rank_ba)),
        pa.min(pb),
        pa.max(pb),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reads_what_the_fit_script_writes_and_names_a_bad_count() {
        let mut nums: Vec<String> = Vec::new();
        for k in 0..3 {
            for i in 0..FEATURES {
                nums.push(format!("{}", (k * FEATURES + i) as f32 / 10.0));
            }
        }
        nums.push("-0.5".into());
        let m = PairModel::parse(&nums.join(" ")).expect("parses");
        assert_eq!(m.mean[1], 0.1);
        assert_eq!(m.weights[0], (2 * FEATURES) as f32 / 10.0);
        assert_eq!(m.bias, -0.5);
        let err = PairModel::parse("1 2 3").unwrap_err();
        assert!(err.contains("expected"), "{err}");
        assert!(PairModel::parse(&nums.join(" ").replace("-0.5", "x")).is_err());
    }

    #[test]
    fn probability_follows_the_weights() {
        let mut m = PairModel {
            mean: [0.0; FEATURES],
            scale: [1.0; FEATURES],
            weights: [0.0; FEATURES],
            bias: 0.0,
        };
        let x = [0.5; FEATURES];
        assert!((m.probability(&x) - 0.5).abs() < 1e-6);
        m.weights[1] = 4.0;
        let mut closer = x;
        closer[1] = 0.9;
        assert!(m.probability(&closer) > m.probability(&x));
        assert!(m.probability(&x) > 0.5);
    }

    #[test]
    fn the_fitted_model_prefers_a_close_pair() {
        use super::super::features::{extract, Interner};
        use crate::analysis::Span;
        use crate::entities::Entities;
        let mut i = Interner::default();
        let unit = |d: usize, t: &str, it: &mut Interner| {
            extract(t, d, Span::new(0, t.len()), &Entities::default(), &[], it)
        };
        let a = unit(
            0,
            "The harbour authority raised mooring fees by a third on Monday.",
            &mut i,
        );
        let b = unit(
            1,
            "Mooring fees at the harbour were raised by a third on Monday.",
            &mut i,
        );
        let c = unit(
            2,
            "Fishermen said the weather had kept boats in port.",
            &mut i,
        );
        let place = Place {
            first: false,
            position: 0.2,
        };
        let close = PairEvidence {
            word: 0.6,
            context: 0.7,
            conflict: false,
            rank_ab: 0,
            rank_ba: 0,
            place_a: place,
            place_b: place,
        };
        let far = PairEvidence {
            word: 0.08,
            context: 0.15,
            rank_ab: 7,
            rank_ba: 9,
            ..close
        };
        let m = PairModel::default();
        let p_close = m.probability(&features(&a, &b, &close));
        let p_far = m.probability(&features(&a, &c, &far));
        assert!(p_close > 0.5 && p_far < 0.5, "{p_close} {p_far}");
    }
}
