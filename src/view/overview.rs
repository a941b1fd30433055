//! The overview's source cards and most mentioned entities.

use super::filter::Filter;
use parallax_engine::{Analysis, Corpus, EntityType};

#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub id: String,
    pub key: String,
    pub title: String,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub words: usize,
    pub local: bool,
    pub repeats: usize,
    /// Shown claims this source reports, and the number of shown claims
    /// (`None` until the analysis is ready).
    pub reported: Option<(usize, usize)>,
}

impl Card {
    /// The share of shown claims reported, in whole percent.
    pub fn percent(&self) -> Option<usize> {
        self.reported
            .map(|(r, total)| (r * 100 + total / 2).checked_div(total).unwrap_or(0))
    }
}

/// One card per shown source, in corpus order.
pub fn cards(corpus: &Corpus, analysis: Option<&Analysis>, filter: &Filter) -> Vec<Card> {
    // Claims reported per document, in one pass over the shown claims.
    let counts = analysis.map(|a| {
        let shown = filter.claims(corpus, a);
        let mut per_doc = vec![0usize; corpus.documents.len()];
        for &c in &shown {
            let mut docs: Vec<usize> = a.claims[c].members.iter().map(|m| m.doc).collect();
            parallax_engine::order::sort(&mut docs);
            docs.dedup();
            for d in docs {
                if let Some(n) = per_doc.get_mut(d) {
                    *n += 1;
                }
            }
        }
        (per_doc, shown.len())
    });
    filter
        .docs()
        .into_iter()
        .map(|ix| {
            let d = &corpus.documents[ix];
            let reported = counts
                .as_ref()
                .map(|(per_doc, total)| (per_doc[ix], *total));
            Card {
                id: d.id.clone(),
                key: super::source_key(ix),
                title: d.meta.title.clone(),
                outlet: d.meta.outlet.clone(),
                date: d.meta.date.clone(),
                words: d.word_count(),
                local: d.local,
                repeats: d.repeats.len(),
                reported,
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
pub fn top_entities(analysis: &Analysis, filter: &Filter, limit: usize) -> Vec<EntityCount> {
    let mut counts: std::collections::HashMap<&str, (usize, Vec<usize>)> = Default::default();
    for m in &analysis.mentions {
        if filter.shows_doc(m.doc) && filter.shows_type(m.kind) {
            let e = counts.entry(m.entity.as_str()).or_default();
            e.0 += 1;
            if !e.1.contains(&m.doc) {
                e.1.push(m.doc);
            }
        }
    }
    let mut out: Vec<EntityCount> = analysis
        .entity_index
        .iter()
        .filter_map(|e| {
            counts.get(e.id.as_str()).map(|(n, docs)| EntityCount {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                mentions: *n,
                sources: docs.len(),
            })
        })
        .collect();
    parallax_engine::order::sort_by(&mut out, |a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then_with(|| a.name.cmp(&b.name))
    });
    out.truncate(limit);
    out
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
        let cards = cards(&c, Some(&a), &f);
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
        assert_eq!(cards[0].outlet.as_deref(), Some("Outlet A"));
        assert!(cards[0].words > 10);
    }

    #[test]
    fn cards_follow_source_and_coverage_filters() {
        let c = corpus();
        let a = analysis(&c);
        let f = Filter::new(&c, Some(&a), &query("src=b,c&cov=unique"));
        let cards = cards(&c, Some(&a), &f);
        // With only b and c shown, b alone reports the two shared claims.
        let got: Vec<_> = cards.iter().map(|k| (k.id.as_str(), k.reported)).collect();
        assert_eq!(got, [("b", Some((2, 2))), ("c", Some((0, 2)))]);
    }

    #[test]
    fn cards_without_analysis_have_no_share() {
        let c = corpus();
        let f = Filter::new(&c, None, &query(""));
        let cards = cards(&c, None, &f);
        assert_eq!(cards.len(), 3);
        assert!(cards
            .iter()
            .all(|k| k.reported.is_none() && k.percent().is_none()));
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
}
