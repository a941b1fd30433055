//! Quotations and their speakers (issue: entity engine).
//!
//! [`marks`] pairs quotation marks (straight and curly, telling apostrophes
//! apart); attribution reads the clause before the opening mark and after
//! the closing one for "X said", "said X", "according to X", "X told Y",
//! "X stressed that", and resolves "he/she said" to the nearest preceding
//! person. No speaker is guessed where the text names none.

mod marks;

use crate::analysis::{EntityType, Mention, Quote, Span};
use crate::corpus::Corpus;
use crate::entities::{cues, Entities};

pub use marks::find_quotes;

/// Finds quotations and attributes them where the text says who spoke.
pub fn extract(corpus: &Corpus, entities: &Entities) -> Vec<Quote> {
    let mut out = Vec::new();
    for (di, d) in corpus.documents.iter().enumerate() {
        let lo = entities.mentions.partition_point(|m| m.doc < di);
        let hi = entities.mentions.partition_point(|m| m.doc <= di);
        let ms = entities.mentions.get(lo..hi).unwrap_or(&[]);
        let quotes = find_quotes(&d.text);
        for (ix, q) in quotes.iter().enumerate() {
            let prev_end = ix
                .checked_sub(1)
                .and_then(|p| quotes.get(p))
                .map_or(0, |p| p.outer.end);
            let next_start = quotes.get(ix + 1).map_or(d.text.len(), |n| n.outer.start);
            let speaker = attribute(&d.text, ms, q.outer, prev_end, next_start);
            out.push(Quote {
                doc: di,
                span: q.inner,
                speaker,
            });
        }
    }
    out
}

/// A word in a window: byte span and text.
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn words(text: &str, span: Span) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let Some(s) = text.get(span.start..span.end) else {
        return out;
    };
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            out.push(Word {
                start: span.start + st,
                end: span.start + i,
                text: s.get(st..i).unwrap_or(""),
            });
        }
    }
    out
}

/// Bounds of the clause around a quote: back to the previous sentence end
/// (or quote), forward to the next one.
fn clause_before(text: &str, open: usize, prev_end: usize) -> Span {
    // Search only back to the previous quote: a scan to the paragraph start
    // would make a long line of many quotes quadratic.
    let from = prev_end.min(open);
    let para = text
        .get(from..open)
        .and_then(|t| t.rfind('\n'))
        .map_or(from, |p| from + p + 1);
    let mut start = para;
    if let Some(seg) = text.get(start..open) {
        let bytes = seg.as_bytes();
        for (i, &b) in bytes.iter().enumerate().rev() {
            if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_some_and(|n| *n == b' ') {
                // Not after an initial like "U.S." or "Mr."
                let before = seg.get(..i).unwrap_or("");
                let last = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                if last.chars().count() > 1 && !matches!(last, "Mr" | "Ms" | "Mrs" | "Dr" | "St") {
                    start += i + 1;
                    break;
                }
            }
        }
    }
    Span::new(start, open)
}

fn clause_after(text: &str, close: usize, next_start: usize) -> Span {
    let limit = next_start.max(close);
    let end = text
        .get(close..limit)
        .and_then(|t| t.find('\n'))
        .map_or(limit, |p| close + p);
    let mut stop = end;
    if let Some(seg) = text.get(close..end) {
        let bytes = seg.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            // The sentence ends at a stop followed by a space, but not right
            // at the start ("... ." closing the quoted sentence).
            if matches!(b, b'.' | b'!' | b'?')
                && i > 2
                && bytes.get(i + 1).is_none_or(|n| *n == b' ')
            {
                stop = close + i;
                break;
            }
        }
    }
    Span::new(close, stop)
}

fn can_speak(k: EntityType) -> bool {
    matches!(
        k,
        EntityType::Person | EntityType::Org | EntityType::Gpe | EntityType::Fac
    )
}

/// The speaker of the quote whose marks span `outer`.
fn attribute(
    text: &str,
    ms: &[Mention],
    outer: Span,
    prev_end: usize,
    next_start: usize,
) -> Option<String> {
    let after = clause_after(text, outer.end, next_start);
    // An attribution after the quote is set off by punctuation: “…,” said X /
    // “…”: X tells Y / “…?” she asked. Otherwise the sentence goes on.
    let inner_end = text
        .get(..outer.end)
        .unwrap_or("")
        .trim_end_matches(|c: char| crate::text::tokens::is_quote_mark(c));
    let gap = text.get(outer.end..).unwrap_or("").trim_start_matches(' ');
    let set_off =
        inner_end.ends_with([',', '!', '?', '—']) || gap.starts_with([',', ':', '—', '–']);
    if set_off {
        if let Some(s) = speaker_in(text, ms, after, true) {
            return Some(s);
        }
    }
    let before = clause_before(text, outer.start, prev_end);
    speaker_in(text, ms, before, false)
}

/// Finds a speech verb in `win` and the speaker it names.
fn speaker_in(text: &str, ms: &[Mention], win: Span, after_quote: bool) -> Option<String> {
    let ws = words(text, win);
    // After a quote the verb comes first ("…,” he said); before a quote the
    // verb nearest the quote governs it.
    let order: Vec<usize> = if after_quote {
        (0..ws.len()).collect()
    } else {
        (0..ws.len()).rev().collect()
    };
    for vi in order {
        let v = ws.get(vi)?;
        if !cues::is_speech_verb(v.text) {
            continue;
        }
        if after_quote && vi > 6 {
            // Too far from the quote to govern it.
            return None;
        }
        let lower = v.text.to_ascii_lowercase();
        // "according to X"
        if lower == "according" {
            if ws.get(vi + 1).is_some_and(|n| n.text == "to") {
                return first_after(ms, v.end, win.end, false);
            }
            continue;
        }
        let participle = cues::is_participle(&lower);
        // "he said" / "she told"
        if let Some(p) = vi.checked_sub(1).and_then(|p| ws.get(p)) {
            if cues::is_person_pronoun(p.text) {
                return nearest_person_before(ms, p.start);
            }
        }
        // "X said": the subject before the verb, inside the window.
        let before: Vec<&Mention> = within(ms, win.start, v.start)
            .iter()
            .filter(|m| m.span.end <= v.start && can_speak(m.kind))
            .collect();
        if let Some(m) = before.iter().rev().find(|m| m.kind == EntityType::Person) {
            return Some(m.entity.clone());
        }
        if !participle {
            if let Some(m) = before.last() {
                // An organisation or country right before the verb ("the
                // ministry said"), not one further back.
                let gap = text.get(m.span.end..v.start).unwrap_or("x");
                if gap.split_whitespace().count() <= 1 {
                    return Some(m.entity.clone());
                }
            }
            // "said X": the first name after the verb, close by.
            if let Some(s) = first_after(ms, v.end, win.end.min(v.end + 60), true) {
                return Some(s);
            }
            if after_quote {
                // A verb with no name ("it said") attributes nothing.
                return None;
            }
        }
    }
    None
}

/// Mentions (sorted by start) lying inside `from..to`, found by binary
/// search so that attribution stays linear in the number of quotes.
fn within(ms: &[Mention], from: usize, to: usize) -> &[Mention] {
    let lo = ms.partition_point(|m| m.span.start < from);
    let hi = ms.partition_point(|m| m.span.start < to).max(lo);
    ms.get(lo..hi).unwrap_or(&[])
}

fn first_after(ms: &[Mention], from: usize, to: usize, person_or_org: bool) -> Option<String> {
    within(ms, from, to)
        .iter()
        .filter(|m| m.span.end <= to && can_speak(m.kind))
        .find(|m| !person_or_org || matches!(m.kind, EntityType::Person | EntityType::Org))
        .map(|m| m.entity.clone())
}

fn nearest_person_before(ms: &[Mention], pos: usize) -> Option<String> {
    let hi = ms.partition_point(|m| m.span.start < pos);
    ms.get(..hi)
        .unwrap_or(&[])
        .iter()
        .rev()
        .filter(|m| m.span.end <= pos)
        .find(|m| m.kind == EntityType::Person)
        .map(|m| m.entity.clone())
}
