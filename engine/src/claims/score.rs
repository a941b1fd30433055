//! Pairwise similarity: cosine of IDF-weighted sparse feature vectors, where
//! each evidence kind (word, synonym group, name, value, quoted word,
//! speaker) has its own weight. Cluster centroids are sums of member vectors,
//! so "close to the cluster as a whole" is the same measure.

use super::features::{kind_of, kind_weight, Unit};
// libm's logarithm, not std's: std calls the platform's C library natively
// and Rust's own port of it in Wasm, whose last bits differ, and a near-tie
// decided by them made the browser's analysis differ from the CLI's.
use libm::logf;

/// A sparse vector sorted by feature.
pub type Vector = Vec<(u32, f32)>;

/// Inverse document frequency over units: `ln(1 + n / df)`.
pub struct Idf {
    df: rustc_hash::FxHashMap<u32, u32>,
    n: f32,
}

impl Idf {
    pub fn new(units: &[Unit]) -> Idf {
        let mut df = rustc_hash::FxHashMap::default();
        for u in units {
            for f in &u.features {
                *df.entry(*f).or_insert(0u32) += 1;
            }
        }
        Idf {
            df,
            n: units.len().max(1) as f32,
        }
    }
    /// An index from known document frequencies (for tests).
    pub fn from_counts(counts: &[(u32, u32)], n: usize) -> Idf {
        Idf {
            df: counts.iter().copied().collect(),
            n: n.max(1) as f32,
        }
    }
    pub fn df(&self, f: u32) -> u32 {
        self.df.get(&f).copied().unwrap_or(0)
    }
    pub fn idf(&self, f: u32) -> f32 {
        logf(1.0 + self.n / self.df(f).max(1) as f32)
    }
}

/// The unit's weighted, L2-normalised vector.
pub fn vector(u: &Unit, idf: &Idf) -> Vector {
    let mut v: Vector = u
        .features
        .iter()
        .map(|&f| (f, idf.idf(f) * kind_weight(kind_of(f))))
        .filter(|(_, w)| *w > 0.0)
        .collect();
    normalise(&mut v);
    v
}

pub fn normalise(v: &mut Vector) {
    let n = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if n > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= n;
        }
    }
}

pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

pub fn norm(a: &[(u32, f32)]) -> f32 {
    a.iter().map(|(_, w)| w * w).sum::<f32>().sqrt()
}

pub fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let d = norm(a) * norm(b);
    if d > 0.0 {
        dot(a, b) / d
    } else {
        0.0
    }
}

/// Dot products of many pairs of one set of sparse vectors. Each vector's
/// features are renumbered densely once, and a pair reads its first side
/// from a dense row spread once for all the pairs in a row that share it,
/// where merging two sorted lists feature by feature branched on every
/// step. The same products are summed in the same order as `dot` sums them
/// (a feature the first side lacks adds an exact 0), so the results are the
/// same bits.
pub struct DenseRows {
    ids: Vec<Vec<(u32, f32)>>,
    row: Vec<f32>,
    spread: Option<usize>,
}

impl DenseRows {
    pub fn new<'a>(vectors: impl IntoIterator<Item = &'a [(u32, f32)]>) -> Self {
        let mut dense: rustc_hash::FxHashMap<u32, u32> = Default::default();
        let ids: Vec<Vec<(u32, f32)>> = vectors
            .into_iter()
            .map(|v| {
                v.iter()
                    .map(|&(f, w)| {
                        let next = dense.len() as u32;
                        (*dense.entry(f).or_insert(next), w)
                    })
                    .collect()
            })
            .collect();
        DenseRows {
            ids,
            row: vec![0.0; dense.len()],
            spread: None,
        }
    }

    /// `dot(vectors[a], vectors[b])` (0 for an index out of range).
    pub fn dot(&mut self, a: usize, b: usize) -> f32 {
        if self.spread != Some(a) {
            if let Some(old) = self.spread.take().and_then(|o| self.ids.get(o)) {
                for &(f, _) in old {
                    self.row[f as usize] = 0.0;
                }
            }
            let Some(new) = self.ids.get(a) else {
                return 0.0;
            };
            for &(f, w) in new {
                self.row[f as usize] = w;
            }
            self.spread = Some(a);
        }
        let mut s = 0.0f32;
        for &(f, w) in self.ids.get(b).map_or(&[][..], Vec::as_slice) {
            s += self.row[f as usize] * w;
        }
        s
    }
}

/// `cosine` of many pairs of one set of vectors, through `DenseRows` (the
/// merge was a fifth of a small corpus's analysis); the same bits.
pub struct Cosines {
    rows: DenseRows,
    norms: Vec<f32>,
}

impl Cosines {
    pub fn new<'a>(vectors: impl IntoIterator<Item = &'a [(u32, f32)]>) -> Self {
        let vectors: Vec<&[(u32, f32)]> = vectors.into_iter().collect();
        Cosines {
            rows: DenseRows::new(vectors.iter().copied()),
            norms: vectors.iter().map(|v| norm(v)).collect(),
        }
    }

    /// `cosine(vectors[a], vectors[b])` (0 for an index out of range).
    /// Fastest when calls in a row share `a`.
    pub fn get(&mut self, a: usize, b: usize) -> f32 {
        let (Some(&na), Some(&nb)) = (self.norms.get(a), self.norms.get(b)) else {
            return 0.0;
        };
        let d = na * nb;
        if d > 0.0 {
            self.rows.dot(a, b) / d
        } else {
            0.0
        }
    }
}

/// `a + b`, both sorted.
pub fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vector {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                out.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                out.push(*x);
                i += 1;
            }
            (Some(_), Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (None, Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::features::{extract, Interner};
    use super::*;
    use crate::analysis::Span;

    #[test]
    fn cosines_are_the_same_bits_as_cosine_in_any_call_order() {
        // Sparse vectors over features spread far apart, with uneven
        // weights, one empty: every pair, in an order that re-spreads rows.
        let mut seed = 7u32;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            seed >> 8
        };
        let vectors: Vec<Vector> = (0..12)
            .map(|i| {
                let mut v: Vector = (0..(i * 3) % 17)
                    .map(|_| (next() % 40 * 1_000_003, (next() % 1000) as f32 / 7.0 + 0.01))
                    .collect();
                v.sort_by_key(|x| x.0);
                v.dedup_by_key(|x| x.0);
                v
            })
            .collect();
        let mut c = Cosines::new(vectors.iter().map(Vec::as_slice));
        let mut nonzero = 0;
        for (a, b) in
            (0..12)
                .flat_map(|a| (0..12).map(move |b| (a, b)))
                .chain([(3, 1), (1, 3), (3, 1)])
        {
            let want = cosine(&vectors[a], &vectors[b]);
            assert_eq!(c.get(a, b).to_bits(), want.to_bits(), "{a} {b}");
            nonzero += usize::from(want > 0.0 && a != b);
        }
        assert!(nonzero > 20, "the vectors overlap: {nonzero}");
        assert_eq!(c.get(0, 99), 0.0);
        assert_eq!(c.get(99, 0), 0.0);
        assert_eq!(
            c.get(2, 5).to_bits(),
            cosine(&vectors[2], &vectors[5]).to_bits()
        );
    }
    use crate::entities::Entities;

    fn sims(texts: &[&str]) -> Vec<Vector> {
        let mut i = Interner::default();
        let units: Vec<Unit> = texts
            .iter()
            .enumerate()
            .map(|(d, t)| {
                extract(
                    t,
                    d,
                    Span::new(0, t.len()),
                    &Entities::default(),
                    &[],
                    &mut i,
                )
            })
            .collect();
        let idf = Idf::new(&units);
        units.iter().map(|u| vector(u, &idf)).collect()
    }

    #[test]
    fn paraphrases_score_above_unrelated_statements() {
        let v = sims(&[
            "The ship lost power off the coast.",
            "A power failure left the ship adrift off the coast.",
            "Fishermen complained about the new harbour fees.",
            "The harbour fees were raised by the port authority.",
        ]);
        assert!(cosine(&v[0], &v[1]) > 0.4, "{}", cosine(&v[0], &v[1]));
        assert!(cosine(&v[0], &v[2]) < 0.1);
        assert!(cosine(&v[0], &v[1]) > cosine(&v[0], &v[3]));
    }

    #[test]
    fn synonyms_raise_similarity() {
        let v = sims(&[
            "Ties have reached new heights.",
            "Ties have reached a new peak.",
            "Ties have reached a new bank.",
            "Bananas are yellow.",
        ]);
        assert!(cosine(&v[0], &v[1]) > cosine(&v[0], &v[2]));
    }

    #[test]
    fn centroid_sum_is_sorted_union() {
        let a = vec![(1, 1.0), (3, 1.0)];
        let b = vec![(2, 1.0), (3, 1.0)];
        assert_eq!(add(&a, &b), vec![(1, 1.0), (2, 1.0), (3, 2.0)]);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-6);
    }
}
