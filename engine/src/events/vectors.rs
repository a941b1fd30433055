//! What a document reports, as one sparse vector: the stemmed content words
//! the claim alignment uses (claims::features), the linked names and the
//! figures (amounts, percentages, full dates), IDF weighted over the
//! corpus's documents. Names and figures weigh more: two stories on one
//! topic share their words, but not their places, participants and numbers.
//! The lead counts more: a news report says who, what and where first.
//! These weights are round a-priori values; only the grouping threshold and
//! the date bonus are fitted (scripts/fit_events.py).

use crate::claims::features::{content_stem, kind_of, tag, words, NAME, TERM, VALUE};
use crate::claims::score::{dot, normalise, DenseRows, Vector};
use crate::corpus::Corpus;
use crate::entities::Entities;
// libm's, as in `claims/score.rs`: the same bits natively and in Wasm.
use libm::logf;
use rustc_hash::FxHashMap as HashMap;

/// A name counts this many times a word of the same rarity.
pub const NAME_WEIGHT: f32 = 2.0;
/// A figure counts this many times a word of the same rarity.
pub const VALUE_WEIGHT: f32 = 2.0;
/// Words and names in the lead (the first `LEAD_WORDS` words, title
/// included) count this many times.
pub const LEAD_BOOST: u32 = 3;
pub const LEAD_WORDS: usize = 60;
/// Features kept per document, the heaviest: a story is told by its key
/// words and names, and short vectors keep all-pairs comparison cheap.
pub const KEEP: usize = 80;

/// One vector per document, L2-normalised.
pub fn doc_vectors(corpus: &Corpus, entities: &Entities) -> Vec<Vector> {
    let mut ids: HashMap<String, u32> = HashMap::default();
    let mut stems: HashMap<String, Option<u32>> = HashMap::default();
    let intern = |s: &str, ids: &mut HashMap<String, u32>| -> u32 {
        if let Some(&i) = ids.get(s) {
            return i;
        }
        let i = ids.len() as u32;
        ids.insert(s.to_string(), i);
        i
    };
    // Term frequencies per document.
    let mut counts: Vec<HashMap<u32, u32>> = Vec::with_capacity(corpus.documents.len());
    for (di, d) in corpus.documents.iter().enumerate() {
        let lead_end = words(&d.text)
            .nth(LEAD_WORDS)
            .map_or(d.text.len(), |(at, _)| at);
        let mut tf: HashMap<u32, u32> = HashMap::default();
        let lo = entities.mentions.partition_point(|m| m.doc < di);
        let hi = entities.mentions.partition_point(|m| m.doc <= di);
        let mentions = entities.mentions.get(lo..hi).unwrap_or(&[]);
        for m in mentions {
            // Weekdays and "today" tell nothing of which story; figures do.
            let kind = if m.kind.is_name() {
                NAME
            } else if m.entity.contains(|c: char| c.is_ascii_digit()) {
                VALUE
            } else {
                continue;
            };
            let n = if m.span.start < lead_end {
                LEAD_BOOST
            } else {
                1
            };
            *tf.entry(tag(kind, intern(&m.entity, &mut ids)))
                .or_default() += n;
        }
        // Mentions are in text order: one pointer skips the words they cover.
        let mut mi = 0;
        for (at, w) in words(&d.text) {
            let end = at + w.len();
            while mentions.get(mi).is_some_and(|m| m.span.end <= at) {
                mi += 1;
            }
            if mentions
                .get(mi)
                .is_some_and(|m| m.kind.is_name() && m.span.start < end)
            {
                continue;
            }
            let id = match stems.get(w) {
                Some(&known) => known,
                None => {
                    let found = content_stem(w).map(|st| intern(&st, &mut ids));
                    stems.insert(w.to_string(), found);
                    found
                }
            };
            if let Some(id) = id {
                *tf.entry(tag(TERM, id)).or_default() += if at < lead_end { LEAD_BOOST } else { 1 };
            }
        }
        counts.push(tf);
    }
    let mut df: HashMap<u32, u32> = HashMap::default();
    for tf in &counts {
        for &f in tf.keys() {
            *df.entry(f).or_default() += 1;
        }
    }
    let n = counts.len().max(1) as f32;
    counts
        .into_iter()
        .map(|tf| {
            let mut v: Vector = tf
                .into_iter()
                .map(|(f, c)| {
                    let idf = logf(1.0 + n / df.get(&f).copied().unwrap_or(1).max(1) as f32);
                    let kind = match kind_of(f) {
                        NAME => NAME_WEIGHT,
                        VALUE => VALUE_WEIGHT,
                        _ => 1.0,
                    };
                    (f, (1.0 + logf(c as f32)) * idf * kind)
                })
                .collect();
            v.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            v.truncate(KEEP);
            v.sort_unstable_by_key(|x| x.0);
            normalise(&mut v);
            v
        })
        .collect()
}

/// Cosine of two normalised vectors.
pub fn similarity(a: &Vector, b: &Vector) -> f32 {
    dot(a, b)
}

/// The cosine of every pair, `out[a * n + b]`, through `DenseRows` (all
/// pairs of a thousand documents merged feature by feature took most of the
/// grouping).
pub fn all_pairs(vectors: &[Vector]) -> Vec<f32> {
    let n = vectors.len();
    let mut rows = DenseRows::new(vectors.iter().map(Vec::as_slice));
    let mut out = vec![0f32; n * n];
    for a in 0..n {
        for b in a + 1..n {
            let s = rows.dot(a, b);
            out[a * n + b] = s;
            out[b * n + a] = s;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_names_and_words_make_documents_close() {
        let corpus = Corpus::from_files(&[
            (
                "a.txt",
                "Flood waters rose in Dorvale on Monday, the mayor Ana Lima said.",
            ),
            (
                "b.txt",
                "Ana Lima, mayor of Dorvale, said the flood waters kept rising.",
            ),
            (
                "c.txt",
                "The central bank raised interest rates by a quarter point.",
            ),
        ])
        .unwrap();
        let entities = crate::entities::extract(&corpus);
        let v = doc_vectors(&corpus, &entities);
        assert!(similarity(&v[0], &v[1]) > 2.0 * similarity(&v[0], &v[2]));
        assert!((similarity(&v[0], &v[0]) - 1.0).abs() < 1e-4);
        let all = all_pairs(&v);
        for a in 0..3 {
            for b in (0..3).filter(|&b| b != a) {
                assert!((all[a * 3 + b] - similarity(&v[a], &v[b])).abs() < 1e-5);
            }
        }
    }
}
