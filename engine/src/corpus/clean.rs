//! Cleaning by general rules: each rule has a name, a reason and a test row.
//! The cleaned text is the kept raw lines, trimmed, joined by blank lines.

use super::dates::dateline;
use super::offsets::{OffsetMap, Segment};
use crate::analysis::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A raw line the cleaner dropped.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Byte range of the line in the raw file.
    pub raw: Span,
    /// Name of the rule that dropped it (owned once it crossed a serde boundary).
    pub rule: Cow<'static, str>,
}

/// The result of cleaning one file body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub text: String,
    pub map: OffsetMap,
    pub removed: Vec<Removed>,
    /// Title inferred from the first substantial line.
    pub title: Option<String>,
    /// ISO date from a dateline near the top.
    pub date: Option<String>,
}

/// Datelines are only looked for among the first lines: later a lone date is content.
const DATELINE_WINDOW: usize = 8;
/// An inferred title longer than this is cut at a word boundary.
const MAX_TITLE_CHARS: usize = 110;

/// Tracking tags and markup pasted from page source ("<!-- Google tag -->",
/// "!-- gtag -->"): never article text.
fn markup(line: &str) -> bool {
    let l = line.trim();
    l.starts_with("<!--")
        || l.starts_with("!--")
        || l.ends_with("-->")
        || (l.starts_with('<') && l.ends_with('>') && !l.contains(". "))
}

/// Accessibility skip links ("Skip to content", "Jump to navigation").
fn skip_link(line: &str) -> bool {
    let l = line.trim().to_ascii_lowercase();
    (l.starts_with("skip to ") || l.starts_with("jump to ")) && l.split_whitespace().count() <= 5
}

/// Words that make up navigation, share and promotion bars.
const CHROME_WORDS: &[&str] = &[
    "previous",
    "next",
    "post",
    "posts",
    "article",
    "articles",
    "story",
    "stories",
    "older",
    "newer",
    "share",
    "shares",
    "this",
    "on",
    "tweet",
    "email",
    "e-mail",
    "print",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "telegram",
    "reddit",
    "pinterest",
    "copy",
    "link",
    "follow",
    "us",
    "subscribe",
    "advertisement",
    "sponsored",
    "read",
    "more",
    "related",
    "comments",
    "comment",
    "menu",
    "home",
    "search",
    "close",
    "back",
    "to",
    "top",
    "click",
    "newsletter",
    "sign",
    "up",
    "log",
    "in",
    "login",
    "continue",
    "reading",
    "leave",
    "a",
    "reply",
    "via",
    "and",
    "or",
    "the",
    "see",
    "also",
    "tags",
    "tag",
];

/// A short line made only of navigation/share words ("Previous Post Next
/// Post", "Share this: Facebook Twitter"): bars, not prose. At least one
/// word must be a strong cue so a heading like "On the Road" survives.
fn chrome_bar(line: &str) -> bool {
    const STRONG: &[&str] = &[
        "previous",
        "next",
        "share",
        "tweet",
        "facebook",
        "twitter",
        "whatsapp",
        "linkedin",
        "telegram",
        "reddit",
        "pinterest",
        "subscribe",
        "advertisement",
        "sponsored",
        "newsletter",
        "print",
        "email",
        "login",
        "menu",
        "comments",
        "related",
        "reply",
    ];
    let words: Vec<String> = line
        .split(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    '|' | '·' | '•' | '/' | ':' | '«' | '»' | '←' | '→' | '‹' | '›'
                )
        })
        .map(|w| {
            crate::text::case::lower(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        })
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| CHROME_WORDS.contains(&w.as_str()))
        && words.iter().any(|w| STRONG.contains(&w.as_str()))
}

/// Photo credits ("IMAGE SOURCE: AGENCY/PHOTOGRAPHER", "Photo credit: …"):
/// attribution of an image that is not in the text.
fn image_credit(line: &str) -> bool {
    let l = line.trim().to_ascii_lowercase();
    [
        "image source:",
        "image credit:",
        "photo credit:",
        "photo:",
        "image:",
        "credit:",
        "photograph:",
    ]
    .iter()
    .any(|p| l.starts_with(p))
        && l.split_whitespace().count() <= 12
}

fn chrome_rule(line: &str) -> Option<&'static str> {
    if markup(line) {
        Some("markup")
    } else if skip_link(line) {
        Some("skip-link")
    } else if chrome_bar(line) {
        Some("chrome-bar")
    } else if image_credit(line) {
        Some("image-credit")
    } else {
        None
    }
}

/// A title from the first substantial line: a headline as is, a paragraph
/// cut to its first sentence and then to a readable length.
fn infer_title(line: &str) -> String {
    let first_sentence = line
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && line[i + c.len_utf8()..].starts_with(' ')
                && i > 20
                && !line[..i].ends_with(|p: char| p.is_ascii_uppercase())
        })
        .map_or(line, |(i, c)| &line[..i + c.len_utf8()]);
    if first_sentence.chars().count() <= MAX_TITLE_CHARS {
        return first_sentence.to_string();
    }
    let cut: String = first_sentence.chars().take(MAX_TITLE_CHARS).collect();
    let cut = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// A line is substantial when it has at least three words with letters.
fn substantial(line: &str) -> bool {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        >= 3
}

/// Cleans the body of `raw` starting at byte `body_start`. `given_title` is
/// the front-matter title, if any: a line repeating it is dropped.
pub fn clean(raw: &str, body_start: usize, given_title: Option<&str>) -> Cleaned {
    let mut out = Cleaned::default();
    let mut title = given_title.map(str::to_string);
    let mut kept_lines = 0usize;
    let mut title_line_kept = given_title.is_some();
    let mut pos = body_start;
    for full in raw[body_start.min(raw.len())..].split_inclusive('\n') {
        let line_start = pos;
        pos += full.len();
        let line = full.trim_end_matches(['\n', '\r']);
        let lead = line.len() - line.trim_start().len();
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        let raw_span = Span::new(line_start, line_start + line.len());
        let rule = chrome_rule(text).or_else(|| {
            if kept_lines < DATELINE_WINDOW && out.date.is_none() {
                if let Some(d) = dateline(text) {
                    out.date = Some(d);
                    return Some("dateline");
                }
            }
            if title_line_kept && title.as_deref() == Some(text) {
                return Some("repeated-title");
            }
            None
        });
        if let Some(rule) = rule {
            out.removed.push(Removed {
                raw: raw_span,
                rule: Cow::Borrowed(rule),
            });
            continue;
        }
        if title.is_none() && substantial(text) {
            title = Some(infer_title(text));
            out.title = title.clone();
        }
        if title.as_deref() == Some(text) {
            title_line_kept = true;
        }
        if !out.text.is_empty() {
            out.text.push_str("\n\n");
        }
        out.map.segments.push(Segment {
            clean: out.text.len(),
            raw: line_start + lead,
            len: text.len(),
        });
        out.text.push_str(text);
        kept_lines += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(raw: &str) -> Cleaned {
        clean(raw, 0, None)
    }

    fn rule_of(line: &str) -> Option<String> {
        cleaned(&format!(
            "A headline of some length\n\n{line}\n\nBody text goes here."
        ))
        .removed
        .first()
        .map(|r| r.rule.to_string())
    }

    #[test]
    fn each_chrome_rule_has_a_row() {
        let rows: &[(&str, Option<&str>)] = &[
            ("<!-- Global site tag (gtag.js) -->", Some("markup")),
            ("!-- Google tag (gtag.js) -->", Some("markup")),
            ("<script async src=\"x.js\"></script>", Some("markup")),
            ("Skip to content", Some("skip-link")),
            ("Skip to main content", Some("skip-link")),
            ("Previous Post Next Post", Some("chrome-bar")),
            ("« Previous article | Next article »", Some("chrome-bar")),
            ("Share this: Facebook Twitter WhatsApp", Some("chrome-bar")),
            (
                "IMAGE SOURCE: SOME AGENCY/PHOTOGRAPHER",
                Some("image-credit"),
            ),
            // Prose and headings that merely contain such words stay.
            ("Next, the minister turned to trade.", None),
            ("Share prices fell sharply on Monday.", None),
            ("On the Road", None),
            (
                "Skip to the end of the war, analysts say, and the map looks different.",
                None,
            ),
        ];
        for (line, want) in rows {
            assert_eq!(rule_of(line).as_deref(), *want, "{line}");
        }
    }

    #[test]
    fn leading_dateline_becomes_metadata() {
        let c = cleaned(" date 2023-02-22 22.02.2023\n\nThe minister met his counterpart.");
        assert_eq!(c.date.as_deref(), Some("2023-02-22"));
        assert_eq!(c.text, "The minister met his counterpart.");
        assert_eq!(c.removed[0].rule, "dateline");
    }

    #[test]
    fn dateline_far_down_is_content() {
        let body: String = (0..10)
            .map(|i| format!("Paragraph number {i} of the story.\n\n"))
            .collect();
        let c = cleaned(&format!("{body}March 3, 2024\n"));
        assert_eq!(c.date, None);
        assert!(c.text.ends_with("March 3, 2024"));
    }

    #[test]
    fn repeated_title_line_is_dropped_once_kept() {
        let c = cleaned(
            "Talks Open in Geneva\n\nSub heading here now\n\nTalks Open in Geneva\n\nBody.",
        );
        assert_eq!(c.title.as_deref(), Some("Talks Open in Geneva"));
        assert_eq!(
            c.text,
            "Talks Open in Geneva\n\nSub heading here now\n\nBody."
        );
        assert_eq!(c.removed[0].rule, "repeated-title");
    }

    #[test]
    fn front_matter_title_drops_its_repeat() {
        let c = clean(
            "Talks Open in Geneva\n\nBody text.",
            0,
            Some("Talks Open in Geneva"),
        );
        assert_eq!(c.text, "Body text.");
    }

    #[test]
    fn title_skips_short_lines_and_cuts_long_paragraphs() {
        let c = cleaned("By Staff\n\nThe central bank raised rates again on Tuesday. It said inflation was too high.");
        assert_eq!(
            c.title.as_deref(),
            Some("The central bank raised rates again on Tuesday.")
        );
        let long = "word ".repeat(60);
        let t = cleaned(&long).title.unwrap();
        assert!(
            t.ends_with('…') && t.chars().count() <= MAX_TITLE_CHARS + 1,
            "{t}"
        );
    }

    #[test]
    fn paragraphs_are_trimmed_and_joined_by_blank_lines() {
        let c = cleaned("  One line.  \r\n\t\t\n\n\nTwo line.\nThree line.\n");
        assert_eq!(c.text, "One line.\n\nTwo line.\n\nThree line.");
    }

    #[test]
    fn map_points_back_to_raw() {
        let raw = "Skip to content\n\n  Héllo “world” here.\n\nSecond para.";
        let c = cleaned(raw);
        for seg in &c.map.segments {
            assert_eq!(
                &c.text[seg.clean..seg.clean + seg.len],
                &raw[seg.raw..seg.raw + seg.len]
            );
        }
        let at = c.text.find("Second").unwrap();
        assert_eq!(&raw[c.map.to_raw(at)..], "Second para.");
        assert_eq!(
            &raw[c.removed[0].raw.start..c.removed[0].raw.end],
            "Skip to content"
        );
    }
}
