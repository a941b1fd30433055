//! One document as attribution reads it: words, sentences, paragraphs,
//! entity mentions and the spans already inside quotation marks, with the
//! lookups (all by binary search) that keep attribution linear.

use super::marks::Found;
use crate::analysis::{EntityType, Mention, Span};
use rustc_hash::FxHashMap as HashMap;

/// A word: a run of letters and digits, with inner hyphens ("first-ever").
#[derive(Clone, Copy, Debug)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

/// Scans reach no further than this many bytes from a quote: keeps a line
/// of many quotes linear.
pub const REACH: usize = 600;

pub struct Doc<'a> {
    pub text: &'a str,
    /// The document's mentions, sorted by start.
    pub ms: &'a [Mention],
    pub words: Vec<Word>,
    pub sents: Vec<Span>,
    pub paras: Vec<Span>,
    /// Outer spans of the quotations, in order.
    pub quoted: Vec<Span>,
    /// Name surfaces to their first mention.
    surfaces: HashMap<&'a str, usize>,
    /// Per sentence, outside quotes: whether a speech verb (or "according",
    /// or a naming verb) occurs, and the word index of "according to".
    pub cues: Vec<(bool, Option<usize>)>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, ms: &'a [Mention], quotes: &[Found]) -> Self {
        let mut doc = Doc {
            text,
            ms,
            words: words(text),
            sents: crate::text::sentences::sentences(text),
            paras: lines(text),
            quoted: quotes.iter().map(|q| q.outer).collect(),
            surfaces: ms
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, m)| m.kind.is_name())
                .map(|(i, m)| (m.span.slice(text), i))
                .collect(),
            cues: Vec::new(),
        };
        doc.cues = doc.sentence_cues();
        doc
    }

    /// One pass over the words: every sentence's speech cues.
    fn sentence_cues(&self) -> Vec<(bool, Option<usize>)> {
        let mut out = vec![(false, None); self.sents.len()];
        let mut si = 0;
        for (k, w) in self.words.iter().enumerate() {
            while self.sents.get(si).is_some_and(|s| s.end <= w.start) {
                si += 1;
            }
            let t = self.word(k);
            let according = t.eq_ignore_ascii_case("according") && self.word(k + 1) == "to";
            let cue = according || super::lexicon::is_naming(t) || self.verb(k).is_some();
            if !cue || self.in_quote(w.start) {
                continue;
            }
            if let Some(c) = out.get_mut(si) {
                c.0 = true;
                if according && c.1.is_none() {
                    c.1 = Some(k);
                }
            }
        }
        out
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.words
            .get(i)
            .and_then(|w| self.text.get(w.start..w.end))
            .unwrap_or("")
    }

    /// Index of the first word starting at or after `pos`.
    pub fn word_from(&self, pos: usize) -> usize {
        self.words.partition_point(|w| w.start < pos)
    }

    /// Index range of the words inside `from..to`.
    pub fn words_in(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let lo = self.word_from(from);
        let hi = self.words.partition_point(|w| w.end <= to).max(lo);
        lo..hi
    }

    /// Whether `pos` lies inside quotation marks.
    pub fn in_quote(&self, pos: usize) -> bool {
        let i = self.quoted.partition_point(|q| q.end <= pos);
        self.quoted.get(i).is_some_and(|q| q.start <= pos)
    }

    /// Index of the sentence holding `pos` (the next one when `pos` falls between).
    pub fn sentence_ix(&self, pos: usize) -> usize {
        self.sents.partition_point(|s| s.end <= pos)
    }

    pub fn sentence(&self, ix: usize) -> Span {
        self.sents
            .get(ix)
            .copied()
            .unwrap_or(Span::new(self.text.len(), self.text.len()))
    }

    /// Index of the paragraph (line) holding `pos`.
    pub fn para_ix(&self, pos: usize) -> usize {
        self.paras.partition_point(|p| p.end < pos)
    }

    pub fn para(&self, ix: usize) -> Span {
        self.paras
            .get(ix)
            .copied()
            .unwrap_or(Span::new(self.text.len(), self.text.len()))
    }

    /// The mention covering word `i`, if any, with its index.
    pub fn mention_at(&self, i: usize) -> Option<(usize, &'a Mention)> {
        let w = self.words.get(i)?;
        let k = self.ms.partition_point(|m| m.span.end <= w.start);
        let m = self.ms.get(k)?;
        (m.span.start <= w.start && w.end <= m.span.end && m.kind.is_name()).then_some((k, m))
    }

    /// The speech frame word `i` opens, unless it is part of a name
    /// ("United States" holds no verb "states").
    pub fn verb(&self, i: usize) -> Option<super::lexicon::Verb> {
        let v = super::lexicon::verb(self.word(i))?;
        self.mention_at(i).is_none().then_some(v)
    }

    /// A name mentioned elsewhere in the document with exactly this surface
    /// ("Fed" detected in one sentence, missed at the start of another).
    pub fn known_surface(&self, w: &str) -> Option<usize> {
        self.surfaces.get(w).copied()
    }

    /// The text between two byte offsets ("" when out of range).
    pub fn between(&self, from: usize, to: usize) -> &'a str {
        self.text.get(from..to).unwrap_or("")
    }

    /// Whether a mention is a possessive ("China’s top diplomat").
    pub fn is_possessive(&self, m: &Mention) -> bool {
        let after = self.text.get(m.span.end..).unwrap_or("");
        after.starts_with("'s")
            || after.starts_with("’s")
            || (after.starts_with(['\'', '’'])
                && self
                    .text
                    .get(..m.span.end)
                    .is_some_and(|t| t.ends_with('s')))
    }
}

/// Entity types that can speak.
pub fn can_speak(k: EntityType) -> bool {
    matches!(
        k,
        EntityType::Person
            | EntityType::Org
            | EntityType::Gpe
            | EntityType::Norp
            // An embassy or a ministry building speaks for its organisation.
            | EntityType::Fac
    )
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut prev_hyphen = false;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            prev_hyphen = false;
        } else if c == '-' && start.is_some() && !prev_hyphen {
            // Kept only when a letter follows: settled at the next char.
            prev_hyphen = true;
        } else if let Some(s) = start.take() {
            let end = if prev_hyphen { i - 1 } else { i };
            out.push(Word { start: s, end });
            prev_hyphen = false;
        }
    }
    if let Some(s) = start {
        let end = if prev_hyphen {
            text.len() - 1
        } else {
            text.len()
        };
        out.push(Word { start: s, end });
    }
    out
}

/// Non-empty lines: news paragraphs.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            out.push(Span::new(start, start + body.len()));
        }
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_hyphens_only() {
        let t = "first-ever test- of rate-setting, ok-";
        let ws: Vec<&str> = words(t).iter().map(|w| &t[w.start..w.end]).collect();
        assert_eq!(ws, ["first-ever", "test", "of", "rate-setting", "ok"]);
    }

    #[test]
    fn lines_skip_blank_ones() {
        let t = "a b\n\n  \nc\n";
        let ls: Vec<&str> = lines(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(ls, ["a b", "c"]);
    }
}
