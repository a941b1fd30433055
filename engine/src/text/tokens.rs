//! A small hand-written tokenizer shared by the entity and quote stages.
//!
//! Tokens are alphanumeric runs or single other characters, with byte spans
//! into the text, so that every later span falls on a char boundary by
//! construction. Layout facts (space or line break before, sentence start,
//! title-case line) are computed once here.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters (possibly with digits), e.g. `Putin`, `G20`.
    Word,
    /// Digits only, e.g. `2023`.
    Number,
    /// Any other single non-space character.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace precedes the token (or it starts the text).
    pub space_before: bool,
    /// A line break precedes it (or it starts the text).
    pub line_start: bool,
    /// First word of a sentence (after `.!?`, a line break or an opening quote).
    pub sent_start: bool,
    /// Inside a line that looks like a headline (mostly capitalised, no final stop).
    pub headline: bool,
    /// The first character is uppercase.
    pub upper: bool,
    /// Two or more letters, all uppercase (an acronym).
    pub caps: bool,
    /// For a Punct token: the character.
    pub ch: char,
}

impl Token {
    // The grammars call these per token and per rule: inlined even in the
    // size-optimised Wasm build, where a call costs more than the body.
    #[inline(always)]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
    #[inline(always)]
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    #[inline(always)]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.ch == c
    }
}

/// Apostrophe-like characters (also closing single quotes).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`')
}

/// Opening or closing quotation marks (double and single).
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '\'' | '‘' | '’' | '‚' | '‹' | '›'
    )
}

/// Abbreviations after which a full stop does not start a new sentence: the
/// sentence splitter's lists, plus initials and "No." ("No. 10").
fn is_abbrev(w: &str) -> bool {
    let single_letter = w.chars().count() == 1 && w.chars().all(|c| c.is_alphabetic());
    single_letter
        || w == "No"
        || super::sentences::is_title_abbrev(w)
        || super::sentences::is_final_abbrev(w)
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut space = true;
    let mut line = true;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            space = true;
            if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
                line = true;
            }
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            let mut all_digit = c.is_ascii_digit();
            let mut upper_count = usize::from(c.is_uppercase());
            let mut letters = usize::from(c.is_alphabetic());
            while let Some(&(j, d)) = iter.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                all_digit &= d.is_ascii_digit();
                upper_count += usize::from(d.is_uppercase());
                letters += usize::from(d.is_alphabetic());
                end = j + d.len_utf8();
                iter.next();
            }
            out.push(Token {
                start: i,
                end,
                kind: if all_digit { Kind::Number } else { Kind::Word },
                space_before: space,
                line_start: line,
                sent_start: false,
                headline: false,
                upper: c.is_uppercase(),
                caps: letters >= 2 && upper_count == letters,
                ch: c,
            });
        } else {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                kind: Kind::Punct,
                space_before: space,
                line_start: line,
                sent_start: false,
                headline: false,
                upper: false,
                caps: false,
                ch: c,
            });
        }
        space = false;
        line = false;
    }
    mark_sentences(text, &mut out);
    mark_headlines(text, &mut out);
    out
}

fn mark_sentences(text: &str, toks: &mut [Token]) {
    let mut pending = true;
    for i in 0..toks.len() {
        let t = toks[i];
        if t.line_start {
            pending = true;
        }
        match t.kind {
            Kind::Punct => {
                if matches!(t.ch, '!' | '?' | ':' | ';') {
                    // A colon or semicolon often introduces a capitalised
                    // clause; treating it as a start keeps those words from
                    // being taken for names without other evidence.
                    pending = t.ch != ';';
                } else if t.ch == '.' {
                    let prev = i.checked_sub(1).and_then(|p| toks.get(p));
                    let abbrev = prev.is_some_and(|p| p.is_word() && is_abbrev(p.text(text)));
                    // Closing quotes may sit between the stop and the space.
                    let mut k = i + 1;
                    while toks.get(k).is_some_and(|n| {
                        n.kind == Kind::Punct
                            && !n.space_before
                            && (is_quote_mark(n.ch) || n.ch == ')')
                    }) {
                        k += 1;
                    }
                    let next_space = toks.get(k).is_none_or(|n| n.space_before);
                    if !abbrev && next_space {
                        pending = true;
                    } else if abbrev && next_space {
                        // "... in the U.S. The next" — a capitalised word
                        // after an abbreviation stop is ambiguous; say yes
                        // only if a line break follows.
                        pending = toks.get(i + 1).is_some_and(|n| n.line_start);
                    }
                } else if matches!(t.ch, '—' | '–' | '-') && ends_dateline(toks, i) {
                    // "MOSCOW, Feb 22 (Reuters) — Heavy rain...": the story's
                    // first sentence starts after a dateline's dash.
                    pending = true;
                } else if is_quote_mark(t.ch) || matches!(t.ch, '(' | '[' | '—' | '–' | '-' | '•')
                {
                    // Keep `pending` across opening punctuation.
                    if t.ch == '“' || t.ch == '‘' || t.ch == '"' {
                        let opening =
                            t.space_before || toks.get(i + 1).is_some_and(|n| !n.space_before);
                        if opening && toks.get(i + 1).is_some_and(|n| n.upper) && !t.line_start {
                            // A capitalised word right after an opening quote
                            // starts a quoted sentence.
                            pending = pending || t.space_before;
                        }
                    }
                }
            }
            _ => {
                if pending {
                    toks[i].sent_start = true;
                    pending = false;
                }
            }
        }
    }
}

/// Whether the dash at `i`, spaced on both sides, ends a dateline: its
/// line opens with a place in capitals ("MOSCOW", "NEW YORK") followed only
/// by capitalised words, numbers and punctuation (a date, an agency in
/// brackets), at most a dozen tokens.
fn ends_dateline(toks: &[Token], i: usize) -> bool {
    let spaced = toks[i].space_before && toks.get(i + 1).is_some_and(|n| n.space_before);
    if !spaced {
        return false;
    }
    // Called for every spaced dash: the line's start is looked for only as
    // far back as a dateline can reach.
    let Some(start) = (i.saturating_sub(12)..=i)
        .rev()
        .find(|&k| toks[k].line_start)
    else {
        return false;
    };
    toks[start].caps
        && toks[start..i]
            .iter()
            .all(|t| t.kind != Kind::Word || t.upper)
}

/// A line of three or more words, most capitalised, not ending in a stop.
fn mark_headlines(text: &str, toks: &mut [Token]) {
    let mut s = 0;
    while s < toks.len() {
        let mut e = s + 1;
        while e < toks.len() && !toks[e].line_start {
            e += 1;
        }
        let line = &toks[s..e];
        let words: Vec<&Token> = line.iter().filter(|t| t.is_word()).collect();
        let long: Vec<&&Token> = words.iter().filter(|t| t.end - t.start > 3).collect();
        let upper_long = long.iter().filter(|t| t.upper).count();
        let ends_stop = line
            .iter()
            .rev()
            .find(|t| !(t.kind == Kind::Punct && is_quote_mark(t.ch)))
            .is_some_and(|t| matches!(t.ch, '.' | '!' | '?') && t.kind == Kind::Punct);
        let _ = text;
        // "(Agency, Agency)": a bracketed credit or caption line, not a headline.
        let bracketed = line.first().is_some_and(|t| t.is_punct('('))
            && line.last().is_some_and(|t| t.is_punct(')'));
        if words.len() >= 3
            && !long.is_empty()
            && upper_long * 10 >= long.len() * 7
            && !ends_stop
            && !bracketed
        {
            for t in &mut toks[s..e] {
                t.headline = true;
            }
        }
        s = e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool)> {
        tokenize(text)
            .iter()
            .filter(|t| t.kind != Kind::Punct)
            .map(|t| (t.text(text), t.sent_start))
            .collect()
    }

    #[test]
    fn sentence_starts() {
        let rows: &[(&str, &[(&str, bool)])] = &[
            (
                "He left. She came.",
                &[
                    ("He", true),
                    ("left", false),
                    ("She", true),
                    ("came", false),
                ],
            ),
            (
                "Mr. Smith came.",
                &[("Mr", true), ("Smith", false), ("came", false)],
            ),
            (
                "in the U.S. market",
                &[
                    ("in", true),
                    ("the", false),
                    ("U", false),
                    ("S", false),
                    ("market", false),
                ],
            ),
            (
                "said: “We go”",
                &[("said", true), ("We", true), ("go", false)],
            ),
            // After a dateline's dash, not after a dash inside a sentence.
            (
                "ORRIN, May 1 (AP) — Heavy rain fell — Heavy Metal played.",
                &[
                    ("ORRIN", true),
                    ("May", false),
                    ("1", false),
                    ("AP", false),
                    ("Heavy", true),
                    ("rain", false),
                    ("fell", false),
                    ("Heavy", false),
                    ("Metal", false),
                    ("played", false),
                ],
            ),
        ];
        for (text, want) in rows {
            assert_eq!(&words(text), want, "{text}");
        }
    }

    #[test]
    fn spans_slice_cleanly() {
        let text = "Héllo “wörld” 北京 🌍 it’s 1,000.";
        for t in tokenize(text) {
            assert!(text.get(t.start..t.end).is_some());
        }
    }

    #[test]
    fn headline_lines_are_marked() {
        let text = "Wang Meets Lee in Seoul Amid Tension\n\nThe talks began on Monday in the city.";
        let toks = tokenize(text);
        assert!(toks[0].headline);
        assert!(!toks.last().unwrap().headline);
        let credit = "The talks began.\n(Orbis Wire, TNA, Daily Lantern)";
        assert!(tokenize(credit).iter().all(|t| !t.headline));
    }
}
