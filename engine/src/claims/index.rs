//! Candidate pairs from an inverted index on each unit's rarest features
//! (words, names, values, quoted words), never from all pairs: a unit meets
//! only units that share at least two of its rare features, and at most
//! `MAX_CANDIDATES` of them are scored.

use super::features::{kind_of, GROUP, SPEAKER};
use super::score::{cosine, Idf, Vector};

/// Features in more units than this do not index (they pair too much);
/// the cap grows slowly with the corpus so large corpora keep candidates.
const MIN_POSTING_CAP: u32 = 64;
/// Rarest features per unit used to look up candidates.
const PROBES: usize = 8;
/// Best-overlapping candidates scored per unit.
const MAX_CANDIDATES: usize = 40;

/// What the index needs to know about one group of verbatim-equal units.
pub struct Entry<'a> {
    pub features: &'a [u32],
    pub vector: &'a Vector,
    /// The single document all its units are in, if only one.
    pub only_doc: Option<usize>,
}

/// Scored pairs `(a, b, similarity)` with `a < b` and similarity ≥ `min_sim`.
pub fn candidate_edges(entries: &[Entry], idf: &Idf, min_sim: f32) -> Vec<(usize, usize, f32)> {
    let cap = MIN_POSTING_CAP.max((entries.len() / 200) as u32);
    let probes: Vec<Vec<u32>> = entries
        .iter()
        .map(|e| {
            let mut fs: Vec<(u32, u32)> = e
                .features
                .iter()
                .filter(|f| !matches!(kind_of(**f), GROUP | SPEAKER))
                .map(|&f| (idf.df(f), f))
                .filter(|(df, _)| (2..=cap).contains(df))
                .collect();
            fs.sort_unstable();
            fs.truncate(PROBES);
            fs.into_iter().map(|(_, f)| f).collect()
        })
        .collect();
    let mut postings: std::collections::HashMap<u32, Vec<u32>> = Default::default();
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
            for &j in postings.get(f).map_or(&[][..], Vec::as_slice) {
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
            let s = cosine(entries[a].vector, entries[b].vector);
            if s >= min_sim {
                edges.push((a, b, s));
            }
        }
    }
    edges.sort_unstable_by(|x, y| (x.0, x.1).cmp(&(y.0, y.1)));
    edges.dedup_by(|x, y| x.0 == y.0 && x.1 == y.1);
    edges
}
