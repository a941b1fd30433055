//! The overview of a corpus that reports several events: a timeline of the
//! sources by date, grouped by event; one claims × sources matrix per event
//! (coverage and "reported by all" counted within it); and the talking
//! points that recur across events (`theme` links).

use super::filter::Filter;
use super::matrix::{matrix, Matrix};
use super::order;
use super::{source_key, source_name};
use parallax_engine::{Analysis, Corpus, DocIx, LinkStrength};

/// One source on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineSource {
    pub id: String,
    pub key: String,
    pub name: String,
    pub date: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventView {
    pub id: String,
    pub label: String,
    /// "2023-02-22" or "2023-02-22 – 2023-02-23"; None when undated.
    pub dates: Option<String>,
    /// Shown sources of the event, by date (undated last), then corpus order.
    pub sources: Vec<TimelineSource>,
    pub matrix: Matrix,
}

/// A talking point repeated in several events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recurring {
    pub claim: String,
    pub label: String,
    /// Labels of the events its members come from, in event order.
    pub events: Vec<String>,
    pub sources: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventsOverview {
    pub events: Vec<EventView>,
    pub recurring: Vec<Recurring>,
}

/// Most events the overview lays out one matrix each for. Past that a page of
/// matrices is a wall to scroll, not a comparison: the overview keeps its one
/// matrix (a `same` claim never spans events) and lists the events to pick one.
pub const MAX_EVENT_SECTIONS: usize = 8;

/// The by-event overview, or None when the corpus reports one event, more
/// than [`MAX_EVENT_SECTIONS`], or `event=` picks one: then the overview looks
/// as for any single story.
pub fn events_overview(
    corpus: &Corpus,
    analysis: &Analysis,
    filter: &Filter,
) -> Option<EventsOverview> {
    if !(2..=MAX_EVENT_SECTIONS).contains(&analysis.events.len()) || filter.event.is_some() {
        return None;
    }
    let events: Vec<EventView> = analysis
        .events
        .iter()
        .filter_map(|e| {
            let mut sources: Vec<(Option<&str>, DocIx)> = e
                .documents
                .iter()
                .filter(|&&d| filter.shows_doc(d))
                .filter_map(|&d| {
                    corpus
                        .documents
                        .get(d)
                        .map(|doc| (doc.meta.date.as_deref(), d))
                })
                .collect();
            if sources.is_empty() {
                return None;
            }
            order::sort_by(&mut sources, |a, b| {
                (a.0.is_none(), a.0, a.1).cmp(&(b.0.is_none(), b.0, b.1))
            });
            let dates = match (&e.start, &e.end) {
                (Some(s), Some(t)) if s != t => Some(format!("{s} – {t}")),
                (Some(s), _) => Some(s.clone()),
                _ => None,
            };
            Some(EventView {
                id: e.id.clone(),
                label: e.label.clone(),
                dates,
                sources: sources
                    .into_iter()
                    .map(|(date, d)| TimelineSource {
                        id: corpus.documents[d].id.clone(),
                        key: source_key(d),
                        name: source_name(&corpus.documents[d]),
                        date: date.map(String::from),
                    })
                    .collect(),
                matrix: matrix(corpus, analysis, &filter.within(&e.documents)),
            })
        })
        .collect();
    let recurring = filter
        .claims(corpus, analysis)
        .into_iter()
        .filter_map(|ci| {
            let c = &analysis.claims[ci];
            if c.strength != LinkStrength::Theme {
                return None;
            }
            let mut evs: Vec<usize> = c
                .members
                .iter()
                .filter_map(|m| analysis.event_of(m.doc))
                .collect();
            order::sort(&mut evs);
            evs.dedup();
            Some(Recurring {
                claim: c.id.clone(),
                label: c.label.clone(),
                events: evs
                    .iter()
                    .filter_map(|&e| analysis.events.get(e).map(|e| e.label.clone()))
                    .collect(),
                sources: filter.reporting(c),
            })
        })
        .collect();
    Some(EventsOverview { events, recurring })
}

/// A note for a page that shows `docs` together (compare, a claim's
/// members) when they come from different events, naming them.
pub fn cross_event_note(analysis: &Analysis, docs: &[DocIx]) -> Option<String> {
    let mut evs: Vec<usize> = docs.iter().filter_map(|&d| analysis.event_of(d)).collect();
    order::sort(&mut evs);
    evs.dedup();
    if evs.len() < 2 {
        return None;
    }
    let labels: Vec<&str> = evs
        .iter()
        .filter_map(|&e| analysis.events.get(e).map(|e| e.label.as_str()))
        .collect();
    Some(format!(
        "These come from different events: {}. What they share is a recurring talking point, not one report.",
        labels.join("; ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture::*;
    use parallax_engine::*;

    /// The fixture with A and B as one event and C as another, and a theme
    /// claim linking A and C.
    fn two_events(c: &Corpus) -> Analysis {
        let mut a = analysis(c);
        a.events = vec![
            Event {
                id: "2024-05-01-geneva".into(),
                label: "Geneva · May 2024".into(),
                start: Some("2024-05-01".into()),
                end: Some("2024-05-01".into()),
                documents: vec![0, 1],
            },
            Event {
                id: "undated-weather".into(),
                label: "Weather".into(),
                start: None,
                end: None,
                documents: vec![2],
            },
        ];
        a.claims.push(Claim {
            id: "t-rain".into(),
            label: "Rain again".into(),
            members: vec![
                ClaimMember {
                    doc: 0,
                    span: span(c, 0, "Prices rose by 5 percent.", 0),
                },
                ClaimMember {
                    doc: 2,
                    span: span(c, 2, "An unrelated report about the weather.", 0),
                },
            ],
            divergences: vec![],
            coverage: 2,
            strength: LinkStrength::Theme,
        });
        a
    }

    #[test]
    fn cards_count_the_claims_of_their_own_event() {
        let c = corpus();
        let a = two_events(&c);
        // A and B: their event's three claims; C: none, as its matrix shows.
        // The theme A shares with C belongs to neither event.
        assert_eq!(
            card_shares(&c, Some(&a), "", usize::MAX),
            shares(&[
                ("a", Some((3, 3))),
                ("b", Some((2, 3))),
                ("c", Some((0, 0)))
            ])
        );
        let f = Filter::new(&c, Some(&a), &query(""));
        let cards = crate::view::overview::cards(&c, Some(&a), &f, usize::MAX);
        assert!(cards.iter().all(|k| k.within_event));
        let one = crate::view::overview::cards(&c, Some(&analysis(&c)), &f, usize::MAX);
        assert!(one.iter().all(|k| !k.within_event));
    }

    #[test]
    fn one_event_keeps_the_plain_overview() {
        let c = corpus();
        let a = analysis(&c);
        assert!(events_overview(&c, &a, &Filter::new(&c, Some(&a), &query(""))).is_none());
        assert_eq!(cross_event_note(&a, &[0, 2]), None);
    }

    #[test]
    fn each_event_has_its_sources_and_its_own_matrix() {
        let c = corpus();
        let a = two_events(&c);
        let o = events_overview(&c, &a, &Filter::new(&c, Some(&a), &query(""))).unwrap();
        assert_eq!(o.events.len(), 2);
        let first = &o.events[0];
        let ids: Vec<_> = first.sources.iter().map(|s| s.id.as_str()).collect();
        // Dated A before undated B.
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(first.dates.as_deref(), Some("2024-05-01"));
        assert_eq!(first.matrix.columns.len(), 2);
        // Within the event, the two shared claims are reported by all its
        // sources; the theme is not a row of any event's matrix.
        let rows: Vec<_> = first
            .matrix
            .rows
            .iter()
            .map(|r| (r.id.as_str(), r.spread.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("c-talks", "all"),
                ("c-peace", "all"),
                ("c-prices", "unique")
            ]
        );
        assert!(o.events[1].matrix.rows.is_empty());
        assert_eq!(o.recurring.len(), 1);
        assert_eq!(o.recurring[0].events, ["Geneva · May 2024", "Weather"]);
        assert_eq!(o.recurring[0].sources, 2);
    }

    #[test]
    fn an_event_filter_shows_its_sources_and_a_bad_one_is_noticed() {
        let c = corpus();
        let a = two_events(&c);
        let f = Filter::new(&c, Some(&a), &query("event=undated-weather"));
        assert_eq!(f.docs(), vec![2]);
        assert!(f.notices.is_empty());
        assert!(events_overview(&c, &a, &f).is_none());
        // Theme links across events are not this event's claims.
        assert!(f.claims(&c, &a).is_empty());
        let bad = Filter::new(&c, Some(&a), &query("event=nope"));
        assert_eq!(bad.docs(), vec![0, 1, 2]);
        assert_eq!(bad.notices.len(), 1);
        assert!(
            bad.notices[0].contains("event=\"nope\""),
            "{:?}",
            bad.notices
        );
    }

    #[test]
    fn pages_showing_two_events_say_so() {
        let c = corpus();
        let a = two_events(&c);
        let note = cross_event_note(&a, &[0, 2]).unwrap();
        assert!(note.contains("Geneva · May 2024") && note.contains("Weather"));
        assert_eq!(cross_event_note(&a, &[0, 1]), None);
    }
}
