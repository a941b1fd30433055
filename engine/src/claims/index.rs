//! Candidate pairs from an inverted index, never from all pairs: each unit
//! sums its weights over the posting lists of its features (a partial dot
//! product), the `MAX_CANDIDATES` best-overlapping units are scored exactly,
//! and a pair needs at least two shared words, names or values. Features
//! carried by more than `MAX_POSTING` units are not looked up (on a small
//! corpus that is none; on a large one, the common words), so the work per
//! unit is bounded however often a feature occurs: linear in all.

use super::features::{kind_of, NAME, TERM, VALUE};
use super::score::{Cosines, Idf, Vector};

/// Longest posting list read: features in more units than this are left
/// out of the lookup (they still count in the similarity itself).
const MAX_POSTING: usize = 64;
/// Best-overlapping candidates scored per unit.
const MAX_CANDIDATES: usize = 48;

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
    // Postings of the features that are rare enough to read in full; a
    // feature most units carry says little about any one pair and would make
    // the work quadratic.
    let mut postings: rustc_hash::FxHashMap<u32, Vec<u32>> = Default::default();
    for (i, e) in entries.iter().enumerate() {
        for &f in e.features {
            let df = idf.df(f) as usize;
            if (2..=MAX_POSTING).contains(&df) {
                postings.entry(f).or_default().push(i as u32);
            }
        }
    }
    let mut cosines = Cosines::new(entries.iter().map(|e| e.vector.as_slice()));
    let mut score = vec![(0f32, 0u16); entries.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut edges = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        for &(f, w) in e.vector.iter() {
            let Some(list) = postings.get(&f) else {
                continue;
            };
            for &j in list {
                if j as usize == i {
                    continue;
                }
                let s = &mut score[j as usize];
                if s.1 == 0 {
                    touched.push(j);
                }
                // Partial dot product: the other side's weight is read later.
                s.0 += w;
                s.1 = s.1.saturating_add(1);
            }
        }
        // One shared rare feature is a coincidence far more often than a
        // common statement; it is also most of the candidates on a big corpus.
        let mut cands: Vec<(f32, u32)> = touched
            .iter()
            .map(|&j| (score[j as usize], j))
            .filter(|((_, n), _)| usize::from(*n) >= MIN_SHARED)
            .map(|((s, _), j)| (s, j))
            .collect();
        for &j in &touched {
            score[j as usize] = (0.0, 0);
        }
        touched.clear();
        cands.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
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
            // `cosine(a, b)`: the same bits with `i`'s side spread once.
            let s = cosines.get(i, j);
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
    use super::super::features::{tag, GROUP, SPEAKER};
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
