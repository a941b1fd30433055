//! Cleaning by general rules: each rule has a name, a reason and a test row.
//! The cleaned text is the kept raw lines (or the part of a line after a
//! scraper's date marker), trimmed, joined by blank lines. Every dropped
//! line stays in `removed` with its rule, for the raw view.
//!
//! Passes, in order: lines → date markers → one-line chrome → metadata
//! lines at the top (datelines, bylines) → context chrome (menus, link
//! lists, repeated furniture) → headline → story date → outlet.

use super::caption::is_caption;
use super::chrome;
use super::context::{link_headlines, link_lists, menus, repeated_furniture};
use super::dates::{date_marker, dateline, find_dates};
use super::offsets::{OffsetMap, Segment};
use super::outlet;
use super::story_date::{lead_dateline, story_date, update_line};
use super::title::{self, TitleKind};
use crate::analysis::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A raw line the cleaner dropped (or the part of it, for a date marker).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    /// Byte range in the raw file.
    pub raw: Span,
    /// Name of the rule that dropped it (owned once it crossed a serde boundary).
    pub rule: Cow<'static, str>,
}

/// How a document's date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateKind {
    /// The front matter's `date:`.
    FrontMatter,
    /// A dateline, byline or the scraper's date marker: the stated date.
    Stated,
    /// The day a photo caption gives, the text stating no other date.
    Caption,
    /// A weekday the text reports ("Wednesday morning …"), resolved against
    /// the caption's date: the story is from that later day.
    Weekday,
    /// A day stated without a year ("on Feb. 21-22"), the year from the
    /// corpus's other articles on those days.
    CorpusYear,
}

impl DateKind {
    /// The name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            DateKind::FrontMatter => "front-matter",
            DateKind::Stated => "stated",
            DateKind::Caption => "caption",
            DateKind::Weekday => "weekday",
            DateKind::CorpusYear => "corpus-year",
        }
    }
}

/// The result of cleaning one file body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cleaned {
    pub text: String,
    pub map: OffsetMap,
    pub removed: Vec<Removed>,
    /// The headline, or a title made from the lead (see `title_kind`).
    pub title: Option<String>,
    pub title_kind: TitleKind,
    /// ISO date (see `date_kind`).
    pub date: Option<String>,
    pub date_kind: Option<DateKind>,
    /// The publisher the text names (masthead, headline suffix, byline).
    pub outlet: Option<String>,
    /// The agency whose copy this is (wire dateline, sign-off, copyright),
    /// even when it is also `outlet`.
    pub wire: Option<String>,
    /// Byte spans of the cleaned text that are photo captions.
    pub captions: Vec<Span>,
}

/// Metadata lines (datelines, bylines, mastheads) are looked for among the
/// first lines only: further down a lone date or name is content.
const TOP_WINDOW: usize = 8;
/// The headline is looked for among this many lines before the lead.
const TITLE_WINDOW: usize = 6;

#[derive(Clone, Debug)]
pub(super) struct Line<'a> {
    /// Raw byte offset of `text`.
    pub start: usize,
    pub text: &'a str,
    pub rule: Option<&'static str>,
}

/// Rules that remove metadata rather than chrome: they do not make a menu.
pub(super) fn meta_rule(rule: Option<&str>) -> bool {
    matches!(
        rule,
        Some("dateline" | "byline" | "masthead" | "date-marker" | "credits")
    )
}

/// "Reporting by …; Editing by …", "Additional reporting by …": the agency's
/// staff credits, not the story.
fn credits(line: &str) -> bool {
    // Paragraphs of the story are longer: no lowercase copy for them.
    if line.split_whitespace().count() > 30 {
        return false;
    }
    let l = line
        .trim_start_matches(['(', '[', '-', '–', '—', ' '])
        .to_lowercase();
    [
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
        "compiled by",
        "edited by",
        "research by",
    ]
    .iter()
    .any(|p| l.starts_with(p))
        || l.contains("contributed to this report")
        || l.contains("contributed reporting")
        || l.contains("contributed to this story")
}

pub(super) fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Cleans the body of `raw` starting at byte `body_start`. `given_title` is
/// the front-matter title, if any: a line repeating it is dropped.
pub fn clean(raw: &str, body_start: usize, given_title: Option<&str>) -> Cleaned {
    let mut out = Cleaned::default();
    let mut lines = split_lines(raw, body_start);
    let mut partial: Vec<Removed> = Vec::new();
    let mut stated: Vec<(String, bool)> = Vec::new();

    // The scraper's marker, alone or glued to the first line of text.
    for line in lines.iter_mut().take(TOP_WINDOW) {
        if let Some((d, end)) = date_marker(line.text) {
            stated.push((d, false));
            let rest = &line.text[end..];
            let rest_trim = rest.trim_start();
            if rest_trim.is_empty() {
                line.rule = Some("dateline");
            } else {
                partial.push(Removed {
                    raw: Span::new(line.start, line.start + end),
                    rule: Cow::Borrowed("date-marker"),
                });
                line.start += end + (rest.len() - rest_trim.len());
                line.text = rest_trim;
            }
        }
    }

    let mut copyright_holder = None;
    let mut republished_from = None;
    for line in lines.iter_mut().filter(|l| l.rule.is_none()) {
        line.rule = chrome::line_rule(line.text);
        if line.rule == Some("copyright") && copyright_holder.is_none() {
            copyright_holder = outlet::copyright_holder(line.text);
        }
        if line.rule.is_none() && credits(line.text) {
            line.rule = Some("credits");
        }
        if line.rule.is_none() {
            if let Some(o) = outlet::republished(line.text) {
                republished_from = republished_from.or(Some(o));
                line.rule = Some("credits");
            }
        }
    }

    let mut publisher = top_metadata(&mut lines, &mut stated);
    // A dateline opening the lead ("LONDON, March 3, 2024 (AFP) -").
    if stated.is_empty() {
        let lead_date = lines
            .iter()
            .filter(|l| l.rule.is_none())
            .take(TOP_WINDOW)
            .find_map(|l| lead_dateline(l.text));
        stated.extend(lead_date.map(|d| (d, false)));
    }
    // The publication date: the first stated one that is not an update.
    if let Some((d, _)) = stated.iter().find(|(_, u)| !u).or(stated.first()) {
        out.date = Some(d.clone());
        out.date_kind = Some(DateKind::Stated);
    }

    menus(&mut lines);
    link_lists(&mut lines);

    // The headline.
    let body = title::Body::new(lines.iter().filter(|l| l.rule.is_none()).map(|l| l.text));
    let top: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.rule.is_none())
        .map(|(i, _)| i)
        .take(TITLE_WINDOW)
        .collect();
    let title_line = if given_title.is_none() {
        headline(&lines, &top, &body, &mut out, &mut publisher)
    } else {
        None
    };
    // Above the headline, headline-shaped lines the story does not repeat
    // are other stories' titles (a "most read" strip, a promotion).
    if let Some(t) = title_line {
        for &i in top.iter().filter(|&&i| i < t) {
            let l = lines[i].text;
            if chrome::headline_shaped(l) && !body.relevant(l) && outlet::masthead(l).is_none() {
                lines[i].rule = Some("link-list");
            }
        }
    }
    // Mastheads near the top, other than the headline.
    for &i in top.iter().filter(|&&i| Some(i) != title_line) {
        if let Some(m) = outlet::masthead(lines[i].text) {
            publisher = publisher.or(Some(m));
            lines[i].rule = Some("masthead");
        }
    }
    let repeat_of = given_title
        .map(norm)
        .or_else(|| title_line.map(|i| norm(lines[i].text)));
    if let Some(rep) = repeat_of {
        for (i, line) in lines.iter_mut().enumerate() {
            if line.rule.is_none() && title_line.is_none_or(|t| i > t) && norm(line.text) == rep {
                line.rule = Some("repeated-title");
            }
        }
    }
    repeated_furniture(&mut lines, title_line);
    link_headlines(&mut lines, title_line);

    // A title from the lead when the text has no headline.
    if out.title.is_none() && given_title.is_none() {
        if let Some(lead) = lines.iter().find(|l| {
            l.rule.is_none() && !is_caption(l.text) && l.text.split_whitespace().count() >= 3
        }) {
            let mut plain = String::new();
            let mut from = 0;
            for tag in inline_tags(lead.text) {
                plain.push_str(&lead.text[from..tag.start]);
                from = tag.end;
            }
            plain.push_str(&lead.text[from..]);
            out.title = Some(title::from_lead(&plain));
            out.title_kind = TitleKind::Lead;
        }
    }

    let wire = republished_from.or_else(|| wire_evidence(&lines, copyright_holder));

    // The cleaned text, with its map and captions; inline tags left in a
    // paragraph ("<a href=…>Name</a>") are cut out, the words between kept.
    for line in lines.iter().filter(|l| l.rule.is_none()) {
        if !out.text.is_empty() {
            out.text.push_str("\n\n");
        }
        let at = out.text.len();
        let mut from = 0;
        for tag in inline_tags(line.text) {
            push_piece(&mut out, line, from, tag.start);
            partial.push(Removed {
                raw: Span::new(line.start + tag.start, line.start + tag.end),
                rule: Cow::Borrowed("inline-markup"),
            });
            from = tag.end;
        }
        push_piece(&mut out, line, from, line.text.len());
        if is_caption(&out.text[at..]) {
            out.captions.push(Span::new(at, out.text.len()));
        }
    }

    if out.date.is_none() {
        story_date(&mut out);
    }
    out.outlet = publisher.or(wire.clone());
    out.wire = wire;

    out.removed = lines
        .iter()
        .filter_map(|l| {
            l.rule.map(|rule| Removed {
                raw: Span::new(l.start, l.start + l.text.len()),
                rule: Cow::Borrowed(rule),
            })
        })
        .chain(partial)
        .collect();
    out.removed.sort_by_key(|r| (r.raw.start, r.raw.end));
    out
}

/// Metadata lines at the top (datelines, bylines, an author's name repeated
/// beside the byline) and "Published/Updated …" lines anywhere: their dates
/// go to `stated` (with whether each is an update), the lines are dropped,
/// and a byline's outlet is returned.
fn top_metadata(lines: &mut [Line], stated: &mut Vec<(String, bool)>) -> Option<String> {
    let mut publisher: Option<String> = None;
    let mut authors: Vec<String> = Vec::new();
    let mut seen = 0;
    for line in lines.iter_mut() {
        if line.rule.is_some() {
            continue;
        }
        if seen >= TOP_WINDOW {
            // Further down only an explicit "Published/Updated …" line.
            let first = line.text.split_whitespace().next().unwrap_or("");
            let cue = matches!(
                first.trim_end_matches(':').to_lowercase().as_str(),
                "published" | "updated" | "posted" | "first" | "last" | "modified"
            );
            if cue {
                if let Some(d) = dateline(line.text) {
                    stated.push((d, update_line(line.text)));
                    line.rule = Some("dateline");
                }
            }
            continue;
        }
        seen += 1;
        if let Some(o) = outlet::byline(line.text) {
            // "By Jane Roe | Published March 4, 2024 | Updated March 5":
            // the dateline's reading of the dates, else the first one.
            let date = dateline(line.text).or_else(|| {
                find_dates(line.text)
                    .iter()
                    .find_map(|f| f.full())
                    .map(|d| d.iso())
            });
            stated.extend(date.map(|d| (d, false)));
            let name = line.text.split_once(' ').map_or("", |x| x.1);
            let name = name.split([',', '|', ';']).next().unwrap_or("");
            authors.push(norm(name));
            if publisher.is_none() {
                publisher = o;
            }
            line.rule = Some("byline");
        } else if let Some(d) = dateline(line.text) {
            stated.push((d, update_line(line.text)));
            line.rule = Some("dateline");
        }
    }
    if !authors.is_empty() {
        for line in lines.iter_mut().take(TOP_WINDOW * 2) {
            if line.rule.is_none() && authors.contains(&norm(line.text)) {
                line.rule = Some("byline");
            }
        }
    }
    publisher
}

/// Picks the headline among the top lines; sets the title (cut of a site
/// suffix, whose name becomes the publisher if none is known yet) and
/// returns the headline's line.
fn headline(
    lines: &[Line],
    top: &[usize],
    body: &title::Body,
    out: &mut Cleaned,
    publisher: &mut Option<String>,
) -> Option<usize> {
    let texts: Vec<&str> = top.iter().map(|&i| lines[i].text).collect();
    let mast = |l: &str| outlet::masthead(l).is_some();
    let i = top[title::choose(&texts, body, mast)?];
    let t = lines[i].text;
    match outlet::title_suffix(t) {
        Some((head, site)) => {
            out.title = Some(head);
            if publisher.is_none() {
                *publisher = Some(site);
            }
        }
        None => out.title = Some(t.to_string()),
    }
    out.title_kind = TitleKind::Headline;
    Some(i)
}

fn push_piece(out: &mut Cleaned, line: &Line, from: usize, to: usize) {
    if to > from {
        out.map.segments.push(Segment {
            clean: out.text.len(),
            raw: line.start + from,
            len: to - from,
        });
        out.text.push_str(&line.text[from..to]);
    }
}

/// HTML tags inside a line of text ("<a href=\"…\">", "</a>", "<br/>"): a
/// `<`, an optional `/`, a letter, then no `<` up to the closing `>`.
fn inline_tags(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(off) = text.get(i..).and_then(|t| t.find('<')) {
        let s = i + off;
        let name_at = if b.get(s + 1) == Some(&b'/') {
            s + 2
        } else {
            s + 1
        };
        let letter = b.get(name_at).is_some_and(u8::is_ascii_alphabetic);
        let close = text[s + 1..].find(['>', '<']).map(|k| s + 1 + k);
        match close {
            Some(e) if letter && b[e] == b'>' && e - s <= 1000 => {
                out.push(Span::new(s, e + 1));
                i = e + 1;
            }
            _ => i = s + 1,
        }
    }
    out
}

fn split_lines(raw: &str, body_start: usize) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let start = body_start.min(raw.len());
    let mut pos = start;
    for full in raw.get(start..).unwrap_or("").split_inclusive('\n') {
        let line_start = pos;
        pos += full.len();
        let line = full.trim_end_matches(['\n', '\r']);
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        lines.push(Line {
            start: line_start + (line.len() - line.trim_start().len()),
            text,
            rule: None,
        });
    }
    lines
}

/// The agency whose copy the text is: a wire dateline opening one of the
/// first paragraphs, a sign-off at the end (kept in the text: it names
/// the agencies), a copyright line, or, weakest, an interview "told AFP".
fn wire_evidence(lines: &[Line], copyright: Option<String>) -> Option<String> {
    let kept = || lines.iter().filter(|l| l.rule.is_none());
    kept()
        .take(4)
        .find_map(|l| outlet::wire_dateline(l.text))
        .or_else(|| kept().rev().take(2).find_map(|l| outlet::sign_off(l.text)))
        .or_else(|| {
            kept()
                .next_back()
                .and_then(|l| outlet::trailing_sign_off(l.text))
        })
        .or(copyright)
        .or_else(|| kept().find_map(|l| outlet::told(l.text)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(raw: &str) -> Cleaned {
        clean(raw, 0, None)
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
        assert_eq!(c.title_kind, TitleKind::Headline);
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

    #[test]
    fn repeated_short_lines_are_furniture_but_speaker_labels_stay() {
        let c = cleaned(
            "Mayor Answers Readers on the Flood Plan\n\nThe mayor took questions from readers on Monday.\n\n\
             Sponsored Partner Content\n\nMAYOR:\n\nWe will build the wall this year.\n\n\
             Sponsored Partner Content\n\nMAYOR:\n\nThe money is already set aside.",
        );
        let rules: Vec<&str> = c.removed.iter().map(|r| r.rule.as_ref()).collect();
        assert_eq!(rules, ["repeated-furniture", "repeated-furniture"]);
        assert_eq!(c.text.matches("MAYOR:").count(), 2);
    }

    #[test]
    fn a_dateline_opening_the_lead_dates_the_story() {
        let rows: &[(&str, Option<&str>)] = &[
            (
                "WASHINGTON, March 3, 2024 — The Senate voted to extend the program.",
                Some("2024-03-03"),
            ),
            (
                "LONDON, 18 September 2024 (AFP) - Strikes closed schools.",
                Some("2024-09-18"),
            ),
            (
                "The Senate voted on March 3, 2024 - narrowly - to extend it.",
                None,
            ),
        ];
        for (raw, want) in rows {
            assert_eq!(cleaned(raw).date.as_deref(), *want, "{raw}");
        }
    }

    #[test]
    fn the_first_publication_beats_an_update() {
        let rows: &[(&str, &str)] = &[
            (
                "Updated: March 5, 2024\nPublished: March 3, 2024\n\nThe ferry sank.",
                "2024-03-03",
            ),
            (
                "Last updated March 5, 2024 09:10 GMT\n\nThe ferry sank.",
                "2024-03-05",
            ),
            (
                "Ferry Sinks Off the Cape\n\nThe ferry sank on Monday.\n\nIts crew was saved.\n\n\
                 Rescuers searched for hours.\n\nThe line said little.\n\nDivers went down.\n\n\
                 The owners met.\n\nThe inquiry opens soon.\n\nPublished: March 3, 2024",
                "2024-03-03",
            ),
        ];
        for (raw, want) in rows {
            assert_eq!(cleaned(raw).date.as_deref(), Some(*want), "{raw}");
        }
    }

    #[test]
    fn a_glued_marker_is_cut_from_its_line() {
        let raw = " date 2021-06-18 Floodwater rose through the night in the river town, forcing hundreds from their homes.\n\nMore rain is forecast.";
        let c = cleaned(raw);
        assert_eq!(c.date.as_deref(), Some("2021-06-18"));
        assert!(c.text.starts_with("Floodwater rose"), "{}", c.text);
        assert_eq!(c.removed[0].rule, "date-marker");
        assert_eq!(
            &raw[c.removed[0].raw.start..c.removed[0].raw.end],
            "date 2021-06-18"
        );
        assert_eq!(&raw[c.map.to_raw(0)..c.map.to_raw(0) + 10], "Floodwater");
    }
}
