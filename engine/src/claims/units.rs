//! Claim units: sentences, or the clauses of a sentence that joins two
//! statements with "; ", ", while " or ", and "/", but " when the right side
//! opens with its own subject (a pronoun, determiner or capitalised word), or
//! that goes on with "and" or "who" and a verb of saying ("...had reached new
//! heights and confirmed a summit"), when both sides are long enough to state
//! something: outlets report each statement on its own. Quoted text is never
//! split.
//! A sentence that only says who spoke the quote before it ("Tarn wrote on
//! Zingle.", "Varga stated.") belongs to that quote's unit; a line that states
//! nothing (a heading, a credit, a label: a few words with no closing
//! punctuation, or all in brackets) is no unit.

use crate::analysis::Span;
use crate::quotes::lexicon;
use crate::text::sentences::sentences;

/// Words a side needs to count as a statement of its own.
const MIN_CLAUSE_WORDS: usize = 5;

/// Words a line without closing punctuation needs to count as a statement.
const MIN_LABEL_WORDS: usize = 4;
/// Longest sentence read as a bare attribution of the quote before it.
const MAX_ATTRIBUTION_WORDS: usize = 12;

/// Claim-unit spans of one document's text, in order.
pub fn units(text: &str) -> Vec<Span> {
    let mut split = Vec::new();
    for s in sentences(text) {
        split_clauses(text, s, &mut split);
    }
    let mut out: Vec<Span> = Vec::with_capacity(split.len());
    for span in split {
        let s = span.slice(text);
        if let Some(prev) = out.last_mut() {
            // Across a paragraph break too: some pages set the speaker of a
            // quote on a line of its own.
            if ends_in_quote(prev.slice(text)) && is_attribution(s) {
                prev.end = span.end;
                continue;
            }
        }
        if states_something(s) {
            out.push(span);
        }
    }
    out
}

fn ends_in_quote(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(['.', '!', '?', ',', ')'])
        .ends_with(['”', '"', '’', '»'])
}

/// A short sentence with a speech verb and no quotation of its own: it only
/// names who spoke the quote before it.
fn is_attribution(s: &str) -> bool {
    let quoted = s.contains(['“', '”', '"', '«', '»']);
    let words: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(MAX_ATTRIBUTION_WORDS + 1)
        .map(str::to_lowercase)
        .collect();
    !quoted
        && words.len() <= MAX_ATTRIBUTION_WORDS
        && words
            .iter()
            .any(|w| lexicon::verb(w) == Some(lexicon::Verb::Reporting))
}

/// Whether a unit states something: headings, credits and labels ("The
/// News", "Orlov-Kessler Meeting", "(Reuters)") do not.
fn states_something(s: &str) -> bool {
    let t = s.trim();
    if t.starts_with('(') && t.ends_with(')') {
        return false;
    }
    if is_caption(t) {
        return false;
    }
    let closed = t.ends_with(['.', '!', '?', '”', '"', '’', '…']);
    closed || has_words(t, MIN_LABEL_WORDS)
}

/// A photo caption: it places people in a picture ("Ms A (L) with Mr B in
/// the capital on Monday.") or ends with a photographer's credit ("The
/// chair at the podium (Jane Roe/AP)"). It repeats who met whom in the
/// article's own words and links to every sentence that names them, yet
/// states no claim of its own.
fn is_caption(t: &str) -> bool {
    const PLACES: [&str; 9] = [
        "(l)",
        "(r)",
        "(c)",
        "(left)",
        "(right)",
        "(centre)",
        "(center)",
        "(l-r)",
        "(from left)",
    ];
    // Both kinds of caption need a bracket, and most sentences have none:
    // checked first, it spares every unit a lowercased copy and nine searches.
    if !t.contains('(') {
        return false;
    }
    let lower = t.to_lowercase();
    if PLACES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    let body = t.trim_end_matches(['.', ' ']);
    if !body.ends_with(')') {
        return false;
    }
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let credit = &body[open + 1..body.len() - 1];
    let words = credit.split_whitespace().count();
    let credit_lower = credit.to_lowercase();
    (1..=6).contains(&words)
        && (credit.contains('/')
            || ["photo", "image", "credit", "getty"]
                .iter()
                .any(|k| credit_lower.starts_with(k)))
}

/// The first word of `rest`, and the words after it.
fn words(rest: &str) -> impl Iterator<Item = &str> {
    rest.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
}

/// A verb of saying opens `rest` (after an adverb or auxiliary, "also
/// said"): the second of two statements by one subject ("...had reached new
/// heights and confirmed a summit..."). Other verbs there mostly go on
/// telling one event ("fell into the arm and latched into place"), which
/// must stay one unit.
fn opens_with_reporting_verb(rest: &str) -> bool {
    let mut words = words(rest);
    let mut w = words.next().unwrap_or("");
    if lexicon::is_verb_filler(w) {
        w = words.next().unwrap_or("");
    }
    lexicon::verb(w).is_some_and(|v| v != lexicon::Verb::Participle)
}

fn opens_with_subject(rest: &str) -> bool {
    let w = words(rest).next().unwrap_or("");
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

/// At least `n` words in `s`? (Stops counting at `n`: long inputs stay linear.)
fn has_words(s: &str, n: usize) -> bool {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(n)
        .count()
        >= n
}

/// Quotation marks and commas seen so far, updated as the scan moves on.
#[derive(Default)]
struct ScanState {
    open: usize,
    close: usize,
    straight: usize,
    commas: usize,
}

impl ScanState {
    fn advance(&mut self, chunk: &str) {
        for c in chunk.chars() {
            match c {
                '“' | '«' | '„' => self.open += 1,
                '”' | '»' => self.close += 1,
                '"' => self.straight += 1,
                ',' => self.commas += 1,
                _ => {}
            }
        }
    }
    fn in_quote(&self) -> bool {
        self.open > self.close || self.straight % 2 == 1
    }
}

fn split_clauses(text: &str, sent: Span, out: &mut Vec<Span>) {
    let s = sent.slice(text);
    let mut seps: Vec<(usize, &str)> = Vec::new();
    for sep in [
        "; ",
        ", while ",
        ", and ",
        ", but ",
        ", whereas ",
        " and ",
        " who ",
    ] {
        seps.extend(s.match_indices(sep).map(|(i, _)| (i, sep)));
    }
    seps.sort();
    let mut start = 0;
    let mut scanned = 0;
    let mut state = ScanState::default();
    for (i, sep) in seps {
        state.advance(s.get(scanned..i).unwrap_or(""));
        scanned = i;
        let rest = s.get(i + sep.len()..).unwrap_or("");
        let needs_subject = sep != "; ";
        // "A, B, C, and D": a list, not two statements.
        let listy = sep == ", and " && state.commas >= 2;
        // " and " also matches inside ", and ": there it looks for the verb.
        let opens = if sep == " and " || sep == " who " {
            opens_with_reporting_verb(rest)
        } else {
            opens_with_subject(rest)
        };
        if (needs_subject && !opens) || state.in_quote() || listy {
            continue;
        }
        let cut = i + 1;
        let left = s.get(start..cut).unwrap_or("");
        if has_words(left, MIN_CLAUSE_WORDS) && has_words(rest, MIN_CLAUSE_WORDS) {
            push(text, sent.start + start, sent.start + cut, out);
            start = cut;
            state.commas = 0;
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
    fn a_second_statement_by_the_same_subject_is_its_own_unit() {
        assert_eq!(
            split("The mayor said trade had reached new heights and confirmed that the governor may soon visit the port."),
            vec![
                "The mayor said trade had reached new heights",
                "and confirmed that the governor may soon visit the port."
            ]
        );
        assert_eq!(
            split("The envoy passed on greetings to the mayor who also said that he expects a visit soon."),
            vec![
                "The envoy passed on greetings to the mayor",
                "who also said that he expects a visit soon."
            ]
        );
        // Two verbs telling one event, or a relative clause that says
        // nothing, stay one unit.
        for t in [
            "The capsule slowly fell into the crane's metal arm and latched into place on the first try.",
            "The envoy thanked the mayor who leads the port authority for his long support.",
        ] {
            assert_eq!(split(t), vec![t]);
        }
    }

    #[test]
    fn a_bare_attribution_joins_the_quote_before_it() {
        let t = "“The crane has caught the capsule!!” Tarn wrote on Zingle after the catch.\n\nThe booster returned.";
        assert_eq!(
            split(t),
            vec![
                "“The crane has caught the capsule!!” Tarn wrote on Zingle after the catch.",
                "The booster returned."
            ]
        );
        // Not after a statement, nor a sentence with its own quote or content.
        for t in [
            "The bank cut rates. Varga said so on Wednesday.",
            "“We cut.” Varga said “more may follow” later.",
            "“We cut.” Officials said the decision was unanimous and long expected by all of the markets.",
        ] {
            assert_eq!(split(t).len(), 2, "{t}");
        }
        // Also when the page sets the speaker on a line of its own, with
        // any of the quotation lexicon's reporting verbs.
        assert_eq!(split("“We cut.”\n\nVarga said.").len(), 1);
        assert_eq!(split("“We cut.”\n\nVarga insisted on Monday.").len(), 1);
        assert_eq!(
            split("“We cut.”\n\nand confirmed a visit by the envoy.").len(),
            1
        );
        // A verb that describes rather than reports does not make one.
        assert_eq!(split("“We cut.”\n\nVarga praised the staff.").len(), 2);
    }

    #[test]
    fn headings_credits_and_labels_are_no_units() {
        let t = "Orlov-Kessler Meeting\n\n(NXA Photo/Jane Doe)\n\nThe News\n\nThe ministers met on Monday.\n\n“Are you kidding me?”\n\nBank Cuts Rates 50bps, Signals Shift";
        assert_eq!(
            split(t),
            vec![
                "The ministers met on Monday.",
                "“Are you kidding me?”",
                "Bank Cuts Rates 50bps, Signals Shift"
            ]
        );
    }

    #[test]
    fn photo_captions_are_no_units() {
        let t = "The envoy (L) shakes hands with the governor in the harbour town on Friday.\n\nHarbour chief Ana Pike at the quay (Tom Reed/Coastal Press)\n\nThe envoy met the governor on Friday.\n\nThe port (which opened in 1990) reopened on Friday after the storm (see below).";
        assert_eq!(
            split(t),
            vec![
                "The envoy met the governor on Friday.",
                "The port (which opened in 1990) reopened on Friday after the storm (see below)."
            ]
        );
    }

    #[test]
    fn lists_short_sides_and_quotes_stay_whole() {
        for t in [
            "They discussed trade, energy, and security in the region today.",
            "Members include the United Nations, the Arctic Council, regional banks, and APEC is also a partner.",
            "He came, and she left.",
            "She said “we will sign the treaty soon, and the others will follow us later” on Monday.",
        ] {
            assert_eq!(split(t), vec![t]);
        }
    }
}
