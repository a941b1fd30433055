//! Candidate pairs from an inverted index on each unit's rarest features
//! (words, names, values, quoted words), never from all pairs: a unit meets
//! only units that share at least two of its rare features, and at most
//! `MAX_CANDIDATES` of them are scored. A long posting list is read only in
//! a window around the unit itself (its neighbours in corpus order), so the
//! work per unit is bounded however often a feature occurs: linear in all.

use super::features::{kind_of, GROUP, NAME, SPEAKER, TERM, VALUE};
use super::score::{cosine, Idf, Vector};

/// Posting entries read per probe (half before the unit, half after).
const WINDOW: usize = 32;
/// Rarest features per unit used to look up candidates.
const PROBES: usize = 6;
/// Best-overlapping candidates scored per unit.
const MAX_CANDIDATES: usize = 24;

/// Words, names or values two units must share to be linked at all: one
/// shared word ("comments") is a coincidence, not a common statement.
const MIN_SHARED: usize = 2;

/// Shared features that are words, names or values (not synonym groups,
/// quoted copies of words, or speakers), both lists sorted.
pub fn shared_evidence(a: &[u32], b: &[u32]) -> usize {
    // Called for every candidate pair: a merge walk, no allocation.
    let strong = |f: u32| matches!(kind_of(f), TERM | NAME | VALUE);
    let mut a = a.iter().copied().filter(|&f| strong(f)).peekable();
    let mut b = b.iter().copied().filter(|&f| strong(f)).peekable();
    let mut n = 0;
    while let (Some(&x), Some(&y)) = (a.peek(), b.peek()) {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => {
                a.next();
            }
            std::cmp::Ordering::Greater => {
                b.next();
            }
            std::cmp::Ordering::Equal => {
                n += 1;
                a.next();
                b.next();
            }
        }
    }
    n
}

/// What the index needs to know about one group of verbatim-equal units.
pub struct Entry<'a> {
    pub features: &'a [u32],
    pub vector: &'a Vector,
    /// The single document all its units are in, if only one.
    pub only_doc: Option<usize>,
}

/// Scored pairs `(a, b, similarity)` with `a < b` and similarity ≥ `min_sim`.
pub fn candidate_edges(entries: &[Entry], idf: &Idf, min_sim: f32) -> Vec<(usize, usize, f32)> {
    let probes: Vec<Vec<u32>> = entries
        .iter()
        .map(|e| {
            let mut fs: Vec<(u32, u32)> = e
                .features
                .iter()
                .filter(|f| !matches!(kind_of(**f), GROUP | SPEAKER))
                .map(|&f| (idf.df(f), f))
                .filter(|(df, _)| *df >= 2)
                .collect();
            fs.sort_unstable();
            fs.truncate(PROBES);
            fs.into_iter().map(|(_, f)| f).collect()
        })
        .collect();
    let mut postings: rustc_hash::FxHashMap<u32, Vec<u32>> = Default::default();
    for (i, p) in probes.iter().enumerate() {
        for f in p {
            postings.entry(*f).or_default().push(i as u32);
        }
    }
    let mut counts = vec![0u16; entries.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut edges = Vec::new();
    for (i, p) in probes.iter().enumerate() {
        for f in p {
            let list = postings.get(f).map_or(&[][..], Vec::as_slice);
            let at = list.partition_point(|&j| (j as usize) < i);
            let lo = at.saturating_sub(WINDOW / 2);
            let hi = (lo + WINDOW + 1).min(list.len());
            for &j in list.get(lo..hi).unwrap_or(&[]) {
                if j as usize == i {
                    continue;
                }
                if counts[j as usize] == 0 {
                    touched.push(j);
                }
                counts[j as usize] = counts[j as usize].saturating_add(1);
            }
        }
        let need = if p.len() <= 2 { 1 } else { 2 };
        let mut cands: Vec<(u16, u32)> = touched
            .iter()
            .map(|&j| (counts[j as usize], j))
            .filter(|(c, _)| *c >= need)
            .collect();
        for &j in &touched {
            counts[j as usize] = 0;
        }
        touched.clear();
        cands.sort_unstable_by(|a, b| b.cmp(a));
        cands.truncate(MAX_CANDIDATES);
        for (_, j) in cands {
            let j = j as usize;
            let (a, b) = (i.min(j), i.max(j));
            let same_doc =
                matches!((entries[a].only_doc, entries[b].only_doc), (Some(x), Some(y)) if x == y);
            if same_doc {
                continue;
            }
            if shared_evidence(entries[a].features, entries[b].features) < MIN_SHARED {
                continue;
            }
            let s = cosine(entries[a].vector, entries[b].vector);
            if s >= min_sim {
                edges.push((a, b, s));
            }
        }
    }
    edges.sort_by_key(|x| (x.0, x.1));
    edges.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    edges
}

#[cfg(test)]
mod tests {
    use super::super::features::tag;
    use super::*;

    #[test]
    fn only_words_names_and_values_count_as_shared_evidence() {
        let a = vec![tag(TERM, 1), tag(NAME, 2), tag(GROUP, 3), tag(SPEAKER, 4)];
        let b = vec![tag(TERM, 1), tag(GROUP, 3), tag(SPEAKER, 4)];
        assert_eq!(shared_evidence(&a, &b), 1);
        let c = vec![tag(TERM, 1), tag(NAME, 2)];
        assert_eq!(shared_evidence(&a, &c), 2);
    }

    #[test]
    fn candidates_need_rare_shared_features_and_another_document() {
        let v1: Vector = vec![(tag(TERM, 1), 0.7), (tag(TERM, 2), 0.7)];
        let f = vec![tag(TERM, 1), tag(TERM, 2)];
        let g = vec![tag(TERM, 9)];
        let v2: Vector = vec![(tag(TERM, 9), 1.0)];
        let entries = [
            Entry {
                features: &f,
                vector: &v1,
                only_doc: Some(0),
            },
            Entry {
                features: &f,
                vector: &v1,
                only_doc: Some(1),
            },
            Entry {
                features: &f,
                vector: &v1,
                only_doc: Some(1),
            },
            Entry {
                features: &g,
                vector: &v2,
                only_doc: Some(2),
            },
        ];
        let idf = Idf::from_counts(
            &[(tag(TERM, 1), 3), (tag(TERM, 2), 3), (tag(TERM, 9), 1)],
            4,
        );
        let edges = candidate_edges(&entries, &idf, 0.5);
        assert_eq!(
            edges.iter().map(|e| (e.0, e.1)).collect::<Vec<_>>(),
            vec![(0, 1), (0, 2)]
        );
    }
}
