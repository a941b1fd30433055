//! One claim: each source's wording with its divergent spans marked, and
//! the sources that do not report it.

use super::doc_meta::{title_shown, TitleShown};
use super::filter::Filter;
use super::order;
use super::quotes::{speakers_in, Speaker};
use super::source_name;
use parallax_engine::{Analysis, Corpus, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    /// The divergence kind label ("quote", "number"…) when this piece differs.
    pub divergence: Option<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wording {
    pub doc: String,
    pub key: String,
    pub source: String,
    pub title: TitleShown,
    pub pieces: Vec<Piece>,
    /// Who is quoted in this wording (`None`: a quotation attributed to no one).
    pub speakers: Vec<Option<Speaker>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub doc: String,
    pub key: String,
    pub source: String,
    pub title: TitleShown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimView {
    pub id: String,
    pub label: String,
    pub strength: &'static str,
    pub reporting: usize,
    pub sources: usize,
    /// (kind label, note) for each divergence.
    pub divergences: Vec<(&'static str, String)>,
    pub wordings: Vec<Wording>,
    pub absent: Vec<Source>,
}

/// The claim `id` as the shown sources word it; `None` if no claim has that id.
pub fn claim_view(
    corpus: &Corpus,
    analysis: &Analysis,
    filter: &Filter,
    id: &str,
) -> Option<ClaimView> {
    let claim = analysis.claims.iter().find(|c| c.id == id)?;
    let wordings = claim
        .members
        .iter()
        .enumerate()
        .filter(|(_, m)| filter.shows_doc(m.doc))
        .filter_map(|(i, m)| {
            let d = corpus.documents.get(m.doc)?;
            let marks: Vec<(Span, &'static str)> = claim
                .divergences
                .iter()
                .flat_map(|dv| {
                    dv.spans
                        .iter()
                        .filter(move |s| s.member == i && m.span.contains(s.span))
                        .map(move |s| (s.span, dv.kind.label()))
                })
                .collect();
            let mut cuts = vec![m.span.start, m.span.end];
            for (s, _) in &marks {
                cuts.extend([s.start, s.end]);
            }
            cuts.retain(|&c| d.text.is_char_boundary(c));
            order::sort(&mut cuts);
            cuts.dedup();
            let pieces = cuts
                .windows(2)
                .map(|w| {
                    let s = Span::new(w[0], w[1]);
                    Piece {
                        text: s.slice(&d.text).to_string(),
                        divergence: marks.iter().find(|(ms, _)| ms.contains(s)).map(|(_, k)| *k),
                    }
                })
                .collect();
            Some(Wording {
                doc: d.id.clone(),
                key: super::source_key(m.doc),
                source: source_name(d),
                title: title_shown(&d.meta),
                pieces,
                speakers: speakers_in(analysis, m.doc, m.span),
            })
        })
        .collect();
    let absent = filter
        .docs()
        .into_iter()
        .filter(|&d| !claim.members.iter().any(|m| m.doc == d))
        .map(|d| {
            let doc = &corpus.documents[d];
            Source {
                doc: doc.id.clone(),
                key: super::source_key(d),
                source: source_name(doc),
                title: title_shown(&doc.meta),
            }
        })
        .collect();
    Some(ClaimView {
        id: claim.id.clone(),
        label: claim.label.clone(),
        strength: match claim.strength {
            parallax_engine::LinkStrength::Same => "the same statement",
            parallax_engine::LinkStrength::Theme => "a recurring theme",
        },
        reporting: filter.reporting(claim),
        sources: filter.doc_count(),
        divergences: claim
            .divergences
            .iter()
            .map(|d| (d.kind.label(), d.note.clone()))
            .collect(),
        wordings,
        absent,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture::*;

    #[test]
    fn wordings_mark_divergent_spans() {
        let c = corpus();
        let a = analysis(&c);
        let v = claim_view(&c, &a, &Filter::new(&c, Some(&a), &query("")), "c-peace").unwrap();
        assert_eq!(v.wordings.len(), 2);
        let marked: Vec<(&str, Option<&str>)> = v.wordings[1]
            .pieces
            .iter()
            .map(|p| (p.text.as_str(), p.divergence))
            .collect();
        assert_eq!(
            marked,
            [
                ("Jane Doe said “we ", None),
                ("shall", Some("quote")),
                (" build peace” in Geneva.", None)
            ]
        );
        assert_eq!(v.divergences, [("quote", "quoted differently".to_string())]);
        // A's wording quotes Jane Doe; B's quotation names no speaker.
        let who = v.wordings[0].speakers[0].as_ref().map(|s| s.id.as_str());
        assert_eq!(who, Some("person:jane-doe"));
        assert_eq!(v.wordings[1].speakers, [None]);
        assert_eq!(v.wordings[0].title.plain(), "Talks open");
        let absent: Vec<&str> = v.absent.iter().map(|s| s.source.as_str()).collect();
        assert_eq!(absent, ["Outlet C"]);
        assert_eq!((v.reporting, v.sources), (2, 3));
    }

    #[test]
    fn source_filter_applies_and_unknown_ids_are_none() {
        let c = corpus();
        let a = analysis(&c);
        let f = Filter::new(&c, Some(&a), &query("src=b,c"));
        let v = claim_view(&c, &a, &f, "c-talks").unwrap();
        assert_eq!(v.wordings.len(), 1);
        assert_eq!(v.wordings[0].doc, "b");
        assert_eq!(v.absent.len(), 1);
        assert!(claim_view(&c, &a, &f, "c-nope").is_none());
    }
}
