//! Who is quoted: a quotation's speaker as the views name and link it, and
//! the anchor that lets a link land on one quotation in the reader.

use super::order;
use parallax_engine::{Analysis, DocIx, Span};

/// A quotation's attributed speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The entity id (the speaker's entity page).
    pub id: String,
    /// The entity's display name, else the id.
    pub name: String,
    /// Whether the entity index has the id, i.e. whether its page exists.
    pub linked: bool,
}

/// The speaker of the entity `id`, named as the entity index names it.
pub fn speaker(analysis: &Analysis, id: &str) -> Speaker {
    match analysis.entity_index.iter().find(|e| e.id == id) {
        Some(e) => Speaker {
            id: e.id.clone(),
            name: e.name.clone(),
            linked: true,
        },
        None => Speaker {
            id: id.to_string(),
            name: id.to_string(),
            linked: false,
        },
    }
}

/// The id of the element that starts the quotation beginning at byte
/// `start` of its article: stable as long as the article's text is.
pub fn quote_anchor(start: usize) -> String {
    format!("quote-{start}")
}

/// The speakers of the quotations inside `span` of `doc`, in reading
/// order, each once; `None` stands for quotations the article attributes
/// to no one.
pub fn speakers_in(analysis: &Analysis, doc: DocIx, span: Span) -> Vec<Option<Speaker>> {
    let mut quotes: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|q| q.doc == doc && span.overlaps(q.span))
        .collect();
    order::sort_by_key(&mut quotes, |q| q.span.start);
    let mut out: Vec<Option<Speaker>> = Vec::new();
    for q in quotes {
        let s = q.speaker.as_deref().map(|id| speaker(analysis, id));
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture::*;

    #[test]
    fn speakers_are_named_from_the_index_and_linked_only_when_it_has_them() {
        let c = corpus();
        let a = analysis(&c);
        let s = speaker(&a, "person:jane-doe");
        assert_eq!((s.name.as_str(), s.linked), ("Jane Doe", true));
        let s = speaker(&a, "org:not-indexed");
        assert_eq!((s.name.as_str(), s.linked), ("org:not-indexed", false));
    }

    #[test]
    fn speakers_in_a_sentence_are_listed_once_in_reading_order() {
        let c = corpus();
        let a = analysis(&c);
        let sentence = span(
            &c,
            0,
            "Jane Doe said “we will build peace” at the start.",
            0,
        );
        let got = speakers_in(&a, 0, sentence);
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].as_ref().map(|s| s.id.as_str()),
            Some("person:jane-doe")
        );
        // Source B's quotation is attributed to no one: it says so, it names no one.
        let other = span(&c, 1, "Jane Doe said “we shall build peace” in Geneva.", 0);
        assert_eq!(speakers_in(&a, 1, other), [None]);
        // A sentence without a quotation has no speaker.
        let plain = span(&c, 0, "Prices rose by 5 percent.", 0);
        assert!(speakers_in(&a, 0, plain).is_empty());
    }

    #[test]
    fn anchors_differ_per_quotation() {
        assert_eq!(quote_anchor(42), "quote-42");
        assert_ne!(quote_anchor(1), quote_anchor(10));
    }
}
