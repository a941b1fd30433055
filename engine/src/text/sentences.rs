//! Sentence splitting for news text.
//!
//! Lines are grouped into blocks first: a blank line, a list item, or a line
//! without final punctuation followed by a capitalised line (a headline or
//! sub-headline) ends a block; a line that runs on in lower case is a soft
//! wrap. Inside a block a `.`/`!`/`?` (with any closing quotes or brackets
//! after it) ends a sentence when whitespace and a capital, digit or opening
//! quote follow, unless the word before the period is an abbreviation, an
//! initial, or a dotted acronym not followed by a typical sentence opener.

use crate::analysis::Span;

/// Sentence spans of `text`, in order, trimmed, never empty.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for block in blocks(text) {
        split_block(text, block, &mut out);
    }
    out
}

/// Titles and abbreviations after which a period never ends a sentence.
pub(crate) fn is_title_abbrev(w: &str) -> bool {
    matches!(
        w,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Col"
            | "Lt"
            | "Maj"
            | "Capt"
            | "Cpt"
            | "Sgt"
            | "Cpl"
            | "Adm"
            | "Cmdr"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Amb"
            | "Sec"
            | "Gen'l"
            | "St"
            | "Mt"
            | "Ft"
            | "vs"
            | "v"
            | "cf"
            | "approx"
            | "ca"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
            | "Dept"
            | "Univ"
            | "Ave"
            | "Blvd"
    )
}

/// Abbreviations that often end a sentence too ("… and Co. The …").
pub(crate) fn is_final_abbrev(w: &str) -> bool {
    matches!(
        w,
        "etc" | "Inc" | "Ltd" | "Co" | "Corp" | "Jr" | "Sr" | "Bros"
    )
}

/// Words that typically open a sentence: after an ambiguous abbreviation
/// ("the U.S. The talks …") they decide for a boundary.
fn is_sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "But"
            | "And"
            | "However"
            | "Meanwhile"
            | "In"
            | "On"
            | "At"
            | "As"
            | "After"
            | "Before"
            | "According"
            | "While"
            | "When"
            | "If"
            | "Both"
            | "Some"
            | "Many"
            | "No"
    )
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '„' | '「' | '『' | '¿' | '¡'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// Length in bytes of a list marker at the start of `line` ("- ", "• ", "2. ", "b) ").
fn list_marker(line: &str) -> usize {
    let t = line.trim_start();
    let lead = line.len() - t.len();
    match t.char_indices().next() {
        Some((_, m @ ('-' | '*' | '•' | '–' | '—' | '·' | '▪' | '◦'))) => {
            let first = m.len_utf8();
            match t.get(first..) {
                Some(r) if r.starts_with(' ') => lead + first + 1,
                _ => 0,
            }
        }
        Some((_, c)) if c.is_ascii_digit() || c.is_ascii_lowercase() => {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            let n = if digits > 0 { digits } else { 1 };
            if digits > 3 || (digits == 0 && t.as_bytes().get(1).is_some_and(|&b| b != b')')) {
                return 0;
            }
            match (t.as_bytes().get(n), t.as_bytes().get(n + 1)) {
                (Some(b'.' | b')'), Some(b' ')) => lead + n + 2,
                _ => 0,
            }
        }
        _ => 0,
    }
}

/// Byte ranges of blocks: runs of lines that may hold running sentences.
fn blocks(text: &str) -> Vec<Span> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        lines.push(Span::new(start, i));
        start = i + 1;
    }
    lines.push(Span::new(start, text.len()));

    let mut out = Vec::new();
    let mut cur: Option<Span> = None;
    for (ix, line) in lines.iter().enumerate() {
        let s = line.slice(text);
        let t = s.trim();
        if t.is_empty() {
            if let Some(c) = cur.take() {
                out.push(c);
            }
            continue;
        }
        if list_marker(s) > 0 {
            if let Some(c) = cur.take() {
                out.push(c);
            }
        }
        cur = Some(match cur {
            Some(c) => Span::new(c.start, line.end),
            None => *line,
        });
        let ends_sentence = t
            .chars()
            .rev()
            .find(|c| !is_closer(*c))
            .is_some_and(|c| is_terminal(c) || c == ':');
        let next = lines.get(ix + 1).map(|n| n.slice(text).trim_start());
        let next_starts_new = next.is_some_and(|n| {
            n.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric() || is_opener(c) || c == '“')
                || list_marker(n) > 0
        });
        // Without final punctuation a line followed by a capitalised line is a
        // headline; followed by lower case it is a soft wrap.
        if !ends_sentence && next_starts_new {
            if let Some(c) = cur.take() {
                out.push(c);
            }
        }
    }
    if let Some(c) = cur {
        out.push(c);
    }
    out
}

/// The word just before byte `at` (letters, digits, inner dots and apostrophes).
fn word_before(text: &str, at: usize) -> &str {
    let head = text.get(..at).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.' || *c == '\'')
        .last()
        .map_or(at, |(i, _)| i);
    head.get(start..).unwrap_or("")
}

/// The word starting at byte `at` (after any opening marks).
fn word_at(text: &str, at: usize) -> &str {
    let tail = text.get(at..).unwrap_or("");
    let tail = tail.trim_start_matches(is_opener);
    let end = tail
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(tail.len(), |(i, _)| i);
    &tail[..end]
}

fn split_block(text: &str, block: Span, out: &mut Vec<Span>) {
    let body = block.slice(text);
    let mut sent_start = block.start;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_terminal(c) {
            continue;
        }
        let at = block.start + i;
        // Extend over further terminals and closing marks: `?!`, `."`, `.)`.
        let mut end = at + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if is_terminal(d) || is_closer(d) {
                end = block.start + j + d.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let rest = text.get(end..block.end).unwrap_or("");
        let after_space = rest.trim_start();
        let ws = rest.len() - after_space.len();
        let wide = matches!(c, '。' | '！' | '？');
        if ws == 0 && !after_space.is_empty() && !wide {
            continue;
        }
        let next_start = end + ws;
        let Some(next) = after_space.chars().next() else {
            continue;
        };
        if !(next.is_uppercase() || next.is_numeric() || is_opener(next) || wide) {
            continue;
        }
        if c == '.' && !period_ends(text, sent_start, at, next_start) {
            continue;
        }
        push(text, Span::new(sent_start, end), out);
        sent_start = next_start;
    }
    push(text, Span::new(sent_start, block.end), out);
}

/// Whether the period at `at` ends the sentence begun at `sent_start`, given
/// the next word starts at `next`.
fn period_ends(text: &str, sent_start: usize, at: usize, next: usize) -> bool {
    let w = word_before(text, at);
    let next_word = word_at(text, next);
    if w.is_empty() {
        return true;
    }
    if is_title_abbrev(w) {
        return false;
    }
    // "No. 5", "Art. 2": numbering abbreviations only before a number.
    if matches!(w, "No" | "Nos" | "Vol" | "Art" | "Fig" | "Ch" | "pp") {
        return !next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    if is_final_abbrev(w) {
        return is_sentence_opener(next_word);
    }
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let first_upper = w.chars().next().is_some_and(char::is_uppercase);
    // An initial: "J. Smith".
    if letters == 1 && w.chars().count() == 1 && first_upper {
        return false;
    }
    // A dotted acronym or abbreviation: "U.S.", "a.m.", "e.g.".
    if w.contains('.') && letters <= 6 && w.chars().all(|c| c.is_alphabetic() || c == '.') {
        return is_sentence_opener(next_word);
    }
    // A list number at the start of the sentence: "1. The first point".
    if w.chars().all(|c| c.is_ascii_digit())
        && text.get(sent_start..at).is_some_and(|s| s.trim() == w)
    {
        return false;
    }
    true
}

fn push(text: &str, span: Span, out: &mut Vec<Span>) {
    let s = span.slice(text);
    let trimmed_start = s.len() - s.trim_start().len();
    let mut start = span.start + trimmed_start;
    let end = span.start + s.trim_end().len();
    if end <= start {
        return;
    }
    start += list_marker(text.get(start..end).unwrap_or(""));
    let span = Span::new(start, end);
    if span.slice(text).chars().any(char::is_alphanumeric) {
        out.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("The talks ended. Both sides left! Why? Nobody knows."),
            vec![
                "The talks ended.",
                "Both sides left!",
                "Why?",
                "Nobody knows."
            ]
        );
    }

    #[test]
    fn abbreviations_titles_and_initials_do_not_split() {
        assert_eq!(
            split("On Feb. 21 Lt. Col. Ann Ray met Dr. J. K. Moss in the U.S. capital. It rained."),
            vec![
                "On Feb. 21 Lt. Col. Ann Ray met Dr. J. K. Moss in the U.S. capital.",
                "It rained."
            ]
        );
    }

    #[test]
    fn dotted_acronym_before_an_opener_ends_the_sentence() {
        assert_eq!(
            split("Aid went to the U.S. The rest stayed."),
            vec!["Aid went to the U.S.", "The rest stayed."]
        );
        assert_eq!(
            split("They met at 9 a.m. He spoke first."),
            vec!["They met at 9 a.m.", "He spoke first."]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(
            split("Growth was 3.5 percent. Prices rose 2.1%."),
            vec!["Growth was 3.5 percent.", "Prices rose 2.1%."]
        );
    }

    #[test]
    fn quotes_closing_after_the_period_stay_with_the_sentence() {
        assert_eq!(
            split("He said: “We are ready.” The talks resumed. She said \"No.\" Then left."),
            vec![
                "He said: “We are ready.”",
                "The talks resumed.",
                "She said \"No.\"",
                "Then left."
            ]
        );
    }

    #[test]
    fn lowercase_after_period_is_not_a_boundary() {
        assert_eq!(
            split("Items, e.g. boats and cars, were sold."),
            vec!["Items, e.g. boats and cars, were sold."]
        );
    }

    #[test]
    fn headlines_without_period_are_sentences() {
        let t = "Ministers Meet in Lakeside Town\nTalks on trade resume\n\nThe ministers met on Monday. They agreed.";
        assert_eq!(
            split(t),
            vec![
                "Ministers Meet in Lakeside Town",
                "Talks on trade resume",
                "The ministers met on Monday.",
                "They agreed."
            ]
        );
    }

    #[test]
    fn soft_wrapped_lines_join() {
        let t = "The ministers met on Monday and\nagreed on a plan. It was late.";
        assert_eq!(
            split(t),
            vec![
                "The ministers met on Monday and\nagreed on a plan.",
                "It was late."
            ]
        );
    }

    #[test]
    fn list_items_are_sentences_without_their_marker() {
        let t = "The plan has three parts:\n- cut tariffs\n- open ports\n1. Build roads\n2) Train staff";
        assert_eq!(
            split(t),
            vec![
                "The plan has three parts:",
                "cut tariffs",
                "open ports",
                "Build roads",
                "Train staff"
            ]
        );
    }

    #[test]
    fn odd_inputs_slice_cleanly() {
        for t in [
            "",
            "...",
            "“ ” . . .",
            "U.S. U.S. Mr. Mr. 3.5 ... ",
            "中国外交部长说。中俄关系稳定！好",
            "a.\u{301} B",
            "- \n* \n1. \n",
        ] {
            for s in sentences(t) {
                assert!(t.get(s.start..s.end).is_some(), "{t:?} {s:?}");
                assert!(!s.is_empty());
            }
        }
    }
}
