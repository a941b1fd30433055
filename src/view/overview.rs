//! The overview's source cards and most mentioned entities.

use super::filter::Filter;
use super::order;
use parallax_engine::{Analysis, Corpus, Entity, EntityType, LinkStrength};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub id: String,
    pub key: String,
    /// Title, outlet and date with how each was found (see `doc_meta`).
    pub meta: parallax_engine::Meta,
    pub words: usize,
    pub local: bool,
    pub repeats: usize,
    /// Shown claims this source reports, and the number of shown claims
    /// (`None` until the analysis is ready). With several events, the
    /// number is of its own event's claims: a 2025 article is not short of
    /// what only the 2023 reports say.
    pub reported: Option<(usize, usize)>,
    /// Whether `reported` counts within the source's event (the corpus has several).
    pub within_event: bool,
}

impl Card {
    /// The share of shown claims reported, in whole percent.
    pub fn percent(&self) -> Option<usize> {
        self.reported
            .map(|(r, total)| (r * 100 + total / 2).checked_div(total).unwrap_or(0))
    }
}

/// Source cards the overview lists before the reader asks for more: a
/// thousand cards would take seconds to draw and nobody reads them at once.
pub const CARD_PAGE: usize = 24;

/// How many cards to list: the query's `cards=` or the first page.
pub fn cards_shown(requested: Option<usize>) -> usize {
    requested.unwrap_or(CARD_PAGE)
}

/// One card per shown source, in corpus order, at most `limit` of them.
pub fn cards(
    corpus: &Corpus,
    analysis: Option<&Analysis>,
    filter: &Filter,
    limit: usize,
) -> Vec<Card> {
    let within_event = analysis.is_some_and(|a| a.events.len() > 1);
    // Claims reported per document and shown claims per event, in one pass
    // over the shown claims. With several events a card counts what its
    // event's matrix shows: a recurring talking point (`theme`) is no claim
    // of any one event, so it would make a card disagree with its matrix.
    let counts = analysis.map(|a| {
        let shown = filter.claims(corpus, a);
        let mut event_of = vec![0usize; corpus.documents.len()];
        if within_event {
            for (e, ev) in a.events.iter().enumerate() {
                for &d in &ev.documents {
                    if let Some(slot) = event_of.get_mut(d) {
                        *slot = e;
                    }
                }
            }
        }
        let mut per_doc = vec![0usize; corpus.documents.len()];
        let mut per_event = vec![0usize; a.events.len().max(1)];
        for &c in &shown {
            if within_event && a.claims[c].strength == LinkStrength::Theme {
                continue;
            }
            let mut docs: Vec<usize> = a.claims[c].members.iter().map(|m| m.doc).collect();
            order::sort(&mut docs);
            docs.dedup();
            let mut events: Vec<usize> = docs
                .iter()
                .filter_map(|&d| event_of.get(d).copied())
                .collect();
            order::sort(&mut events);
            events.dedup();
            for e in events {
                if let Some(n) = per_event.get_mut(e) {
                    *n += 1;
                }
            }
            for d in docs {
                if let Some(n) = per_doc.get_mut(d) {
                    *n += 1;
                }
            }
        }
        let totals: Vec<usize> = event_of
            .iter()
            .map(|&e| per_event.get(e).copied().unwrap_or(0))
            .collect();
        (per_doc, totals)
    });
    filter
        .docs()
        .into_iter()
        .take(limit)
        .map(|ix| {
            let d = &corpus.documents[ix];
            let reported = counts
                .as_ref()
                .map(|(per_doc, totals)| (per_doc[ix], totals[ix]));
            Card {
                id: d.id.clone(),
                key: super::source_key(ix),
                meta: d.meta.clone(),
                words: d.word_count(),
                local: d.local,
                repeats: d.repeats.len(),
                reported,
                within_event,
            }
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityCount {
    pub id: String,
    pub name: String,
    pub kind: EntityType,
    /// Mentions in the shown sources.
    pub mentions: usize,
    /// Shown sources mentioning it.
    pub sources: usize,
}

/// The `limit` entities of shown types mentioned most in the shown sources;
/// ties by name so the list is stable.
/// Without a `types=` choice only names rank: "two" or "Wednesday" are the
/// most frequent strings in most news, and say nothing about who is in it.
pub fn top_entities(analysis: &Analysis, filter: &Filter, limit: usize) -> Vec<EntityCount> {
    // Tens of thousands of mentions and entities on a large corpus: count in
    // slots, get distinct sources from sorted (slot, doc) pairs, and clone
    // names only for the few entities listed.
    let mut slot: HashMap<&str, usize> = HashMap::new();
    let mut mentions: Vec<usize> = Vec::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for m in &analysis.mentions {
        let ranks = if filter.chose_types() {
            filter.shows_type(m.kind)
        } else {
            m.kind.is_name()
        };
        if filter.shows_doc(m.doc) && ranks {
            let next = mentions.len();
            let s = *slot.entry(m.entity.as_str()).or_insert(next);
            if s == next {
                mentions.push(0);
            }
            mentions[s] += 1;
            pairs.push((s, m.doc));
        }
    }
    order::sort(&mut pairs);
    pairs.dedup();
    let mut sources = vec![0usize; mentions.len()];
    for (s, _) in pairs {
        sources[s] += 1;
    }
    let mut ranked: Vec<(&Entity, usize, usize)> = analysis
        .entity_index
        .iter()
        .filter_map(|e| {
            slot.get(e.id.as_str())
                .map(|&s| (e, mentions[s], sources[s]))
        })
        .collect();
    // Stable: equal counts and names keep the index order.
    order::sort_by(&mut ranked, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name))
    });
    ranked.truncate(limit);
    ranked
        .into_iter()
        .map(|(e, mentions, sources)| EntityCount {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            mentions,
            sources,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture::*;

    #[test]
    fn cards_count_claims_each_source_reports() {
        let c = corpus();
        let a = analysis(&c);
        let f = Filter::new(&c, Some(&a), &query(""));
        let cards = cards(&c, Some(&a), &f, usize::MAX);
        let got: Vec<_> = cards.iter().map(|k| (k.id.as_str(), k.reported)).collect();
        assert_eq!(
            got,
            [
                ("a", Some((3, 3))),
                ("b", Some((2, 3))),
                ("c", Some((0, 3)))
            ]
        );
        assert_eq!(cards[1].percent(), Some(67));
        assert_eq!(cards[0].meta.outlet.as_deref(), Some("Outlet A"));
        assert!(cards[0].words > 10);
    }

    #[test]
    fn cards_follow_source_and_coverage_filters() {
        let c = corpus();
        let a = analysis(&c);
        // With only b and c shown, b alone reports the two shared claims.
        assert_eq!(
            card_shares(&c, Some(&a), "src=b,c&cov=unique", usize::MAX),
            shares(&[("b", Some((2, 2))), ("c", Some((0, 2)))])
        );
    }

    #[test]
    fn cards_without_analysis_have_no_share() {
        let c = corpus();
        let f = Filter::new(&c, None, &query(""));
        let cards = cards(&c, None, &f, usize::MAX);
        assert_eq!(cards.len(), 3);
        assert!(cards
            .iter()
            .all(|k| k.reported.is_none() && k.percent().is_none()));
    }

    #[test]
    fn cards_stop_at_the_limit_in_corpus_order() {
        let c = corpus();
        let a = analysis(&c);
        // Shares still count every shown claim, not only the listed sources'.
        assert_eq!(
            card_shares(&c, Some(&a), "", 2),
            shares(&[("a", Some((3, 3))), ("b", Some((2, 3)))])
        );
        assert_eq!(cards_shown(None), CARD_PAGE);
        assert_eq!(cards_shown(Some(48)), 48);
    }

    #[test]
    fn top_entities_count_shown_sources_and_types() {
        let c = corpus();
        let a = analysis(&c);
        let all = top_entities(&a, &Filter::new(&c, Some(&a), &query("")), 2);
        let names: Vec<_> = all
            .iter()
            .map(|e| (e.name.as_str(), e.mentions, e.sources))
            .collect();
        assert_eq!(names, [("Geneva", 3, 2), ("Jane Doe", 2, 2)]);
        let only_a = top_entities(
            &a,
            &Filter::new(&c, Some(&a), &query("src=a&types=PERSON,DATE")),
            10,
        );
        let names: Vec<_> = only_a.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Jane Doe", "Monday"]);
    }

    #[test]
    fn numbers_and_dates_rank_only_when_their_type_is_chosen() {
        let c = corpus();
        let a = analysis(&c);
        let top = |q: &str| -> Vec<EntityType> {
            top_entities(&a, &Filter::new(&c, Some(&a), &query(q)), 50)
                .iter()
                .map(|e| e.kind)
                .collect()
        };
        let default = top("");
        assert!(!default.is_empty());
        assert!(default.iter().all(|k| k.is_name()), "{default:?}");
        assert!(top("types=DATE").contains(&EntityType::Date));
    }
}
