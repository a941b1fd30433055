//! An article's title, outlet and date as a reader should see them: what
//! the engine derived says so, and what the article does not state is shown
//! as missing rather than left out, so no one mistakes a guess for a fact.

use super::order;
use parallax_engine::corpus::{DateKind, TitleKind};
use parallax_engine::{Corpus, DocIx, Meta};

/// A title, with a label when it is not a headline the article gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleShown {
    /// "From the lead" or "File name"; `None` for a real headline.
    pub derived: Option<&'static str>,
    pub text: String,
    /// Where the title comes from, for a hover title.
    pub note: &'static str,
}

impl TitleShown {
    /// The title as one line of text ("From the lead: …"), for places that
    /// take no markup (page titles, labels, short lists).
    pub fn plain(&self) -> String {
        match self.derived {
            Some(label) => format!("{label}: {}", self.text),
            None => self.text.clone(),
        }
    }
}

pub fn title_shown(meta: &Meta) -> TitleShown {
    let (derived, note) = match meta.title_kind {
        TitleKind::FrontMatter => (None, "Title given with the article"),
        TitleKind::Headline => (None, "Headline found in the article's text"),
        TitleKind::Lead => (
            Some("From the lead"),
            "The article's text has no headline: this is the start of its lead",
        ),
        TitleKind::FileName => (
            Some("File name"),
            "The article has neither a title nor text to take one from",
        ),
    };
    TitleShown {
        derived,
        text: meta.title.clone(),
        note,
    }
}

/// One part of an article's metadata line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaPart {
    pub text: String,
    /// CSS class: "local", "outlet", "date", "date inferred", "date missing", "words".
    pub class: &'static str,
    /// How the part was found, for a hover title.
    pub note: Option<String>,
}

/// How a date was found, in words.
pub fn date_note(kind: DateKind) -> &'static str {
    match kind {
        DateKind::FrontMatter => "Date given with the article",
        DateKind::Stated => "Date stated in the article",
        DateKind::Caption => "Date from a photo caption: the article states no other",
        DateKind::Weekday => "The weekday the article names, counted from its photo caption's date",
        DateKind::CorpusYear => {
            "The article gives the day without a year: the year is that of the other articles on that day"
        }
    }
}

/// Dates not stated outright as the article's date: shown marked.
fn inferred(kind: DateKind) -> bool {
    matches!(
        kind,
        DateKind::Caption | DateKind::Weekday | DateKind::CorpusYear
    )
}

/// What a missing date says.
pub const NO_DATE: &str = "no date stated";

/// The article's date as shown: the date with how it was found, or "no date stated".
pub fn date_part(meta: &Meta) -> MetaPart {
    match (&meta.date, meta.date_kind) {
        (Some(d), Some(kind)) => MetaPart {
            text: d.clone(),
            class: if inferred(kind) {
                "date inferred"
            } else {
                "date"
            },
            note: Some(date_note(kind).to_string()),
        },
        (Some(d), None) => MetaPart {
            text: d.clone(),
            class: "date",
            note: None,
        },
        (None, _) => MetaPart {
            text: NO_DATE.to_string(),
            class: "date missing",
            note: Some("The article states no date, and none is guessed".to_string()),
        },
    }
}

/// "Local article · Reuters via Example News · 2024-05-01 · 512 words":
/// the outlet only when one was found, the date always (missing says so).
pub fn meta_parts(meta: &Meta, local: bool, words: usize) -> Vec<MetaPart> {
    let mut parts = Vec::new();
    if local {
        parts.push(MetaPart {
            text: "Local article (this browser only)".to_string(),
            class: "local",
            note: None,
        });
    }
    if let Some(outlet) = meta.display_outlet().filter(|o| !o.trim().is_empty()) {
        let note = match (&meta.wire, &meta.outlet) {
            (Some(w), Some(o)) => Some(format!("{w} copy, published by {o}")),
            (Some(w), None) => Some(format!("{w} copy; the publishing site is not named")),
            _ => None,
        };
        parts.push(MetaPart {
            text: outlet,
            class: "outlet",
            note,
        });
    }
    parts.push(date_part(meta));
    parts.push(MetaPart {
        text: format!("{words} words"),
        class: "words",
        note: None,
    });
    parts
}

/// The metadata line as one string (for labels and tests).
pub fn meta_text(parts: &[MetaPart]) -> String {
    parts
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// `docs` in the order of their articles' dates, oldest first, undated
/// last; equal dates keep their order. Dates that are not ISO (a front
/// matter's free text) count as undated: they cannot be placed.
pub fn by_date(corpus: &Corpus, docs: &[DocIx]) -> Vec<DocIx> {
    let key = |ix: DocIx| {
        corpus
            .documents
            .get(ix)
            .and_then(|d| d.meta.date.as_deref())
            .filter(|d| is_iso_date(d))
            .map(str::to_string)
    };
    let mut out: Vec<(Option<String>, DocIx)> = docs.iter().map(|&ix| (key(ix), ix)).collect();
    order::sort_by(&mut out, |a, b| match (&a.0, &b.0) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    out.into_iter().map(|(_, ix)| ix).collect()
}

fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(raw: &str) -> parallax_engine::Document {
        parallax_engine::Document::parse("x", raw)
    }

    #[test]
    fn front_matter_and_headlines_are_titles_without_a_label() {
        let d = doc(
            "---\ntitle: Talks open\ndate: 2024-05-01\n---\nTalks opened in Geneva on Monday.\n",
        );
        let t = title_shown(&d.meta);
        assert_eq!(t.derived, None);
        assert_eq!(t.plain(), "Talks open");
    }

    #[test]
    fn a_title_from_the_lead_says_so_as_the_engine_does() {
        let mut meta = Meta {
            title: "Ministers met in Geneva on Monday to discuss…".into(),
            title_kind: TitleKind::Lead,
            ..Meta::default()
        };
        let t = title_shown(&meta);
        assert_eq!(t.derived, Some("From the lead"));
        assert_eq!(t.text, meta.title);
        assert_eq!(t.plain(), meta.display_title());
        meta.title_kind = TitleKind::FileName;
        assert_eq!(title_shown(&meta).derived, Some("File name"));
    }

    #[test]
    fn an_article_without_a_headline_gets_a_labelled_title_end_to_end() {
        // Long sentences only: nothing a headline could be.
        let d = doc("The committee met on a wet morning and agreed, after a long debate that ran past noon, to publish its report next spring.\n\nMembers said the delay would allow more evidence to be heard before any decision was taken.\n");
        let t = title_shown(&d.meta);
        assert_eq!(t.derived, Some("From the lead"), "{:?}", d.meta);
        assert!(t.plain().starts_with("From the lead: The committee met"));
    }

    #[test]
    fn a_missing_date_is_shown_as_missing() {
        let d = doc("---\ntitle: Talks open\n---\nTalks opened in Geneva.\n");
        let p = date_part(&d.meta);
        assert_eq!(p.text, NO_DATE);
        assert_eq!(p.class, "date missing");
        let line = meta_text(&meta_parts(&d.meta, false, d.word_count()));
        assert_eq!(line, format!("{NO_DATE} · {} words", d.word_count()));
    }

    #[test]
    fn dates_say_how_they_were_found_and_inferred_ones_are_marked() {
        let meta = |kind| Meta {
            date: Some("2024-10-13".into()),
            date_kind: Some(kind),
            ..Meta::default()
        };
        let stated = date_part(&meta(DateKind::Stated));
        assert_eq!((stated.text.as_str(), stated.class), ("2024-10-13", "date"));
        let caption = date_part(&meta(DateKind::Caption));
        assert_eq!(caption.class, "date inferred");
        assert!(caption.note.unwrap().contains("photo caption"));
        for kind in [DateKind::Weekday, DateKind::CorpusYear] {
            assert_eq!(date_part(&meta(kind)).class, "date inferred");
        }
        assert_eq!(date_part(&meta(DateKind::FrontMatter)).class, "date");
    }

    #[test]
    fn the_outlet_names_a_wire_copy() {
        let meta = Meta {
            outlet: Some("Example News".into()),
            wire: Some("Reuters".into()),
            date: Some("2024-05-01".into()),
            date_kind: Some(DateKind::Stated),
            ..Meta::default()
        };
        let parts = meta_parts(&meta, true, 12);
        assert_eq!(
            meta_text(&parts),
            "Local article (this browser only) · Reuters via Example News · 2024-05-01 · 12 words"
        );
        let outlet = parts.iter().find(|p| p.class == "outlet").unwrap();
        assert!(outlet
            .note
            .as_deref()
            .unwrap()
            .contains("published by Example News"));
        // No outlet found: none is shown (nor invented).
        let bare = meta_parts(&Meta::default(), false, 3);
        assert!(bare.iter().all(|p| p.class != "outlet"));
    }

    #[test]
    fn by_date_puts_the_oldest_first_and_undated_last() {
        let files = [
            ("a.txt", "---\ntitle: A\ndate: 2024-05-03\n---\nText.\n"),
            ("b.txt", "---\ntitle: B\n---\nText.\n"),
            ("c.txt", "---\ntitle: C\ndate: 2024-05-01\n---\nText.\n"),
            (
                "d.txt",
                "---\ntitle: D\ndate: sometime in May\n---\nText.\n",
            ),
            ("e.txt", "---\ntitle: E\ndate: 2024-05-01\n---\nText.\n"),
        ];
        let c = Corpus::from_files(&files).unwrap();
        assert_eq!(by_date(&c, &[0, 1, 2, 3, 4]), [2, 4, 0, 1, 3]);
        assert_eq!(by_date(&c, &[4, 2]), [4, 2]);
        assert!(by_date(&c, &[]).is_empty());
        // An index past the corpus is kept (as undated) rather than panicking.
        assert_eq!(by_date(&c, &[9, 0]), [0, 9]);
    }
}
