//! Pairing quotation marks. Apostrophes ("China’s", "countries’") are not
//! quotes: a single mark opens only before a letter and after a non-letter,
//! and closes only before a non-letter.

use crate::analysis::Span;

/// One quotation: `outer` includes the marks, `inner` is the words inside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub outer: Span,
    pub inner: Span,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Curly,
    Straight,
    CurlySingle,
    StraightSingle,
    Guillemet,
}

/// Finds quotations line by line (a quote does not cross a line break; an
/// unclosed one that starts a paragraph runs to its end, as in news copy).
pub fn find_quotes(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut line_start = 0;
    // The last paragraph of a cut-off article may end inside a quote.
    let last = text.trim_end().rfind('\n').map_or(0, |i| i + 1);
    for line in text.split_inclusive('\n') {
        scan_line(
            text,
            line_start,
            line.trim_end_matches('\n').len(),
            line_start >= last,
            &mut out,
        );
        line_start += line.len();
    }
    out
}

fn scan_line(text: &str, base: usize, len: usize, last: bool, out: &mut Vec<Found>) {
    let Some(line) = text.get(base..base + len) else {
        return;
    };
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut open: Option<(Open, usize, usize)> = None; // kind, mark start, inner start
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|p| chars.get(p)).map(|x| x.1);
        let next = chars.get(k + 1).map(|x| x.1);
        let alnum_prev = prev.is_some_and(char::is_alphanumeric);
        let alnum_next = next.is_some_and(char::is_alphanumeric);
        let end = i + c.len_utf8();
        match (open, c) {
            (None, '“') => open = Some((Open::Curly, i, end)),
            (None, '«') => open = Some((Open::Guillemet, i, end)),
            (None, '"') if !alnum_prev => open = Some((Open::Straight, i, end)),
            (None, '‘') if !alnum_prev && next.is_some_and(|n| !n.is_whitespace()) => {
                open = Some((Open::CurlySingle, i, end))
            }
            (None, '\'')
                if !alnum_prev
                    && alnum_next
                    && prev.is_none_or(|p| p.is_whitespace() || "([—–-:".contains(p)) =>
            {
                open = Some((Open::StraightSingle, i, end))
            }
            (Some((Open::Curly, s, is)), '”')
            | (Some((Open::Straight, s, is)), '"')
            | (Some((Open::Guillemet, s, is)), '»') => {
                push(text, base, s, is, i, end, out);
                open = None;
            }
            (Some((Open::CurlySingle, s, is)), '’')
            | (Some((Open::StraightSingle, s, is)), '\'')
                if !alnum_next && prev.is_some_and(|p| !p.is_whitespace()) =>
            {
                push(text, base, s, is, i, end, out);
                open = None;
            }
            // Mixed marks: a curly opener closed straight, or the reverse.
            (Some((Open::Straight, s, is)), '”') | (Some((Open::Curly, s, is)), '"') => {
                push(text, base, s, is, i, end, out);
                open = None;
            }
            _ => {}
        }
    }
    if let Some((kind, s, is)) = open {
        // Multi-paragraph quotes leave the paragraph open: accept that when
        // the quote opens the paragraph or a sentence, or follows a colon;
        // and anywhere in the last paragraph, where a cut-off article stops.
        let before = line.get(..s).unwrap_or("").trim_end();
        if matches!(kind, Open::Curly | Open::Straight)
            && (before.is_empty() || before.ends_with([':', '.', '!', '?']) || last)
        {
            push(text, base, s, is, len, len, out);
        }
    }
}

fn push(text: &str, base: usize, s: usize, is: usize, ie: usize, e: usize, out: &mut Vec<Found>) {
    let Some(inner) = text.get(base + is..base + ie) else {
        return;
    };
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim().trim_end_matches(',').trim_end();
    if !trimmed.chars().any(char::is_alphabetic) {
        return;
    }
    let start = base + is + lead;
    out.push(Found {
        outer: Span::new(base + s, base + e),
        inner: Span::new(start, start + trimmed.len()),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<&str> {
        find_quotes(text)
            .iter()
            .map(|f| f.inner.slice(text))
            .collect()
    }

    #[test]
    fn pairs_marks_and_skips_apostrophes() {
        let rows: &[(&str, &[&str])] = &[
            ("He said “we will win,” and left.", &["we will win"]),
            ("He said \"go now\" twice.", &["go now"]),
            ("China’s stance is ‘balanced’ now.", &["balanced"]),
            ("The countries’ talks and the rivals' plans.", &[]),
            (
                "“First part,” she said, “second part.”",
                &["First part", "second part."],
            ),
            ("It's 'fine' he said", &["fine"]),
            (
                "Headline: “Not Subject to Pressure”: Ana Tells Reporters",
                &["Not Subject to Pressure"],
            ),
            (
                "“An open quote that runs on",
                &["An open quote that runs on"],
            ),
            (
                "he said “an unclosed one mid-line",
                &["an unclosed one mid-line"],
            ),
            ("he said “an unclosed one mid-line\nNext.", &[]),
            ("It ended. “An unclosed one\nNext.", &["An unclosed one"]),
            ("“Mixed marks,\" she said.", &["Mixed marks"]),
        ];
        for (text, want) in rows {
            assert_eq!(&q(text), want, "{text}");
        }
    }
}
