//! Flags long passages that a document carries twice, verbatim or lightly
//! reworded (a page that holds two versions of one story), so the reader
//! sees it instead of the duplicate silently doubling the document's claims.

use crate::analysis::Span;
use rustc_hash::FxHashMap as HashMap;

/// A paragraph that repeats an earlier one in the same document.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Repeat {
    pub first: Span,
    pub second: Span,
    /// Share of the shorter paragraph's word trigrams found in the other (0–1).
    pub similarity: f32,
}

impl Eq for Repeat {}

/// Paragraphs shorter than this are headings or standfirsts, echoed by design.
const MIN_WORDS: usize = 20;
/// Two ways to tell the same thing twice: a close copy (a large share of
/// trigrams, from a modest number) or a rewrite that keeps many phrases
/// (many shared trigrams, even if a smaller share). Measured on reworded
/// duplicate stories: rewrites share 10-25 trigrams at 0.2-0.3 containment,
/// unrelated paragraphs on one topic share under 5.
const COPY: (usize, f32) = (6, 0.35);
const REWRITE: (usize, f32) = (10, 0.2);
/// Trigrams in more paragraphs than this are formulae, not evidence (and
/// skipping them keeps the pairing linear on pathological input).
const MAX_POSTINGS: usize = 8;

fn trigrams(text: &str) -> Vec<u64> {
    // The lowercase words side by side in one buffer: no copy per word.
    let mut buf = String::with_capacity(text.len());
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let start = buf.len();
        crate::text::lower::with_lower(w, |l| buf.push_str(l));
        bounds.push((start, buf.len()));
    }
    let words: Vec<&str> = bounds
        .iter()
        .map(|&(a, b)| buf.get(a..b).unwrap_or(""))
        .collect();
    let mut grams: Vec<u64> = words
        .windows(3)
        .map(|w| {
            // FNV-1a (stable across platforms and builds) of the words joined by
            // spaces, without making the joined copy.
            let mut h: u64 = 0xcbf29ce484222325;
            for (k, word) in w.iter().enumerate() {
                let sep = (k > 0).then_some(b' ');
                for b in sep.into_iter().chain(word.bytes()) {
                    h = (h ^ b as u64).wrapping_mul(0x100000001b3);
                }
            }
            h
        })
        .collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// Finds repeated paragraphs in a cleaned text (paragraphs split by blank lines).
pub fn find_repeats(text: &str) -> Vec<Repeat> {
    let mut paras = Vec::new();
    let mut start = 0;
    for piece in text.split("\n\n") {
        let span = Span::new(start, start + piece.len());
        start = span.end + 2;
        if piece.split_whitespace().count() >= MIN_WORDS {
            paras.push((span, trigrams(piece)));
        }
    }
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, (_, grams)) in paras.iter().enumerate() {
        for g in grams {
            postings.entry(*g).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::default();
    for list in postings
        .values()
        .filter(|l| l.len() > 1 && l.len() <= MAX_POSTINGS)
    {
        for (k, &a) in list.iter().enumerate() {
            for &b in &list[k + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut out: Vec<Repeat> = shared
        .into_iter()
        .filter_map(|((a, b), n)| {
            let smaller = paras[a].1.len().min(paras[b].1.len()).max(1);
            let similarity = n as f32 / smaller as f32;
            let copy = n >= COPY.0 && similarity >= COPY.1;
            let rewrite = n >= REWRITE.0 && similarity >= REWRITE.1;
            (copy || rewrite).then(|| Repeat {
                first: paras[a].0,
                second: paras[b].0,
                similarity,
            })
        })
        .collect();
    // Keep each later paragraph's best earlier match only.
    out.sort_by(|x, y| {
        x.second
            .cmp(&y.second)
            .then(y.similarity.total_cmp(&x.similarity))
            // Ties go to the earliest copy, whatever order the map yielded.
            .then(x.first.cmp(&y.first))
    });
    out.dedup_by(|x, y| x.second == y.second);
    out.sort_by_key(|r| (r.first, r.second));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reworded_second_version_is_flagged() {
        let text = "Storm Hits Coast\n\n\
            The storm reached the coast on Monday night, cutting power to thousands of homes and forcing hundreds of families to leave their villages for the hills.\n\n\
            Officials said repairs would take a week.\n\n\
            Storm Batters Coast\n\n\
            The storm arrived at the coast on Monday evening, cutting power to thousands of homes and forcing hundreds of families to flee their villages for higher ground.";
        let r = find_repeats(text);
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].first.slice(text).starts_with("The storm reached"));
        assert!(r[0].second.slice(text).starts_with("The storm arrived"));
        assert!(r[0].similarity > 0.3);
    }

    #[test]
    fn different_paragraphs_on_one_topic_are_not_repeats() {
        let text = "The council approved the budget on Tuesday after a long debate about road repairs and school funding in the district.\n\n\
            Opponents said the plan raised taxes too much and left the library without money for new books next year.";
        assert!(find_repeats(text).is_empty());
    }

    #[test]
    fn ties_between_earlier_copies_resolve_the_same_way_every_time() {
        let para = "The storm reached the coast on Monday night, cutting power to thousands of homes and forcing hundreds of families to leave.";
        let text = [para, para, para].join("\n\n");
        let first = find_repeats(&text);
        assert_eq!(first.len(), 2, "{first:?}");
        // Each map has fresh random keys: repeat to shake out any order dependence.
        for _ in 0..20 {
            assert_eq!(find_repeats(&text), first);
        }
        assert_eq!(
            first[1].first.start, 0,
            "the third copy points back to the first"
        );
    }

    #[test]
    fn short_lines_are_ignored() {
        let text = "Breaking news today\n\nBreaking news today";
        assert!(find_repeats(text).is_empty());
    }

    #[test]
    fn many_identical_paragraphs_stay_fast_and_bounded() {
        let para = "the same words said again and again in one long paragraph of text here now, and then some more words to pass the length floor";
        let text = vec![para; 2000].join("\n\n");
        // Every trigram is too common to count, so nothing is paired: linear, not quadratic.
        assert!(find_repeats(&text).is_empty());
    }
}
