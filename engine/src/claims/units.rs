//! Claim units: sentences, or the clauses of a sentence that joins two
//! statements with "; ", ", while " or ", and "/", but " when the right side
//! opens with its own subject (a pronoun, determiner or capitalised word) and
//! both sides are long enough to state something. Quoted text is never split.

use crate::analysis::Span;
use crate::text::sentences::sentences;

/// Words a side needs to count as a statement of its own.
const MIN_CLAUSE_WORDS: usize = 5;

/// Claim-unit spans of one document's text, in order.
pub fn units(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for s in sentences(text) {
        split_clauses(text, s, &mut out);
    }
    out
}

fn opens_with_subject(rest: &str) -> bool {
    let w: &str = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    matches!(
        w,
        "he" | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "both"
            | "there"
    ) || w.chars().next().is_some_and(char::is_uppercase)
}

fn words(s: &str) -> usize {
    crate::text::word_count(s)
}

/// Inside an open quotation at byte `at` of `s`?
fn in_quote(s: &str, at: usize) -> bool {
    let head = s.get(..at).unwrap_or("");
    let open = head.matches(['“', '«', '„']).count();
    let close = head.matches(['”', '»']).count();
    open > close || head.matches('"').count() % 2 == 1
}

fn split_clauses(text: &str, sent: Span, out: &mut Vec<Span>) {
    let s = sent.slice(text);
    let mut start = 0;
    let mut cuts = Vec::new();
    for sep in ["; ", ", while ", ", and ", ", but ", ", whereas "] {
        for (i, _) in s.match_indices(sep) {
            let rest_at = i + sep.len();
            let rest = s.get(rest_at..).unwrap_or("");
            let needs_subject = sep != "; ";
            if (!needs_subject || opens_with_subject(rest)) && !in_quote(s, i) {
                cuts.push((i + 1, i + 1));
            }
        }
    }
    cuts.sort_unstable();
    for (cut, next) in cuts {
        let left = s.get(start..cut).unwrap_or("");
        let right = s.get(next..).unwrap_or("");
        if words(left) >= MIN_CLAUSE_WORDS && words(right) >= MIN_CLAUSE_WORDS {
            push(text, sent.start + start, sent.start + cut, out);
            start = next;
        }
    }
    push(text, sent.start + start, sent.end, out);
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = text.get(start..end).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let span = Span::new(start + lead, start + s.trim_end().len());
    if !span.is_empty() && text.get(span.start..span.end).is_some() {
        out.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        units(t).iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn two_statements_become_two_units() {
        assert_eq!(
            split("The ministers signed a new trade deal, while the opposition staged a large protest outside."),
            vec![
                "The ministers signed a new trade deal,",
                "while the opposition staged a large protest outside."
            ]
        );
        assert_eq!(
            split("Exports rose by a third last year; imports fell for the second year running."),
            vec![
                "Exports rose by a third last year;",
                "imports fell for the second year running."
            ]
        );
    }

    #[test]
    fn lists_short_sides_and_quotes_stay_whole() {
        for t in [
            "They discussed trade, energy, and security in the region today.",
            "He came, and she left.",
            "She said “we will sign the treaty soon, and the others will follow us later” on Monday.",
        ] {
            assert_eq!(split(t), vec![t]);
        }
    }
}
