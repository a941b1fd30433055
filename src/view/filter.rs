//! The filters of the query string applied in one place, so that every view
//! (cards, matrix, reader, compare, claim page) shows the same selection.

use crate::url::{Coverage, Query};
use parallax_engine::{Analysis, Claim, Corpus, DocIx, EntityType, LinkStrength, Span};
use std::collections::HashMap;

/// How widely a claim is reported among the sources shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spread {
    /// Every shown source reports it.
    All,
    /// More than one source, not all.
    Some,
    /// Exactly one source.
    Unique,
}

impl Spread {
    pub fn of(reporting: usize, sources: usize) -> Spread {
        if reporting <= 1 {
            Spread::Unique
        } else if reporting >= sources {
            Spread::All
        } else {
            Spread::Some
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Spread::All => "all",
            Spread::Some => "some",
            Spread::Unique => "unique",
        }
    }
    fn matches(self, cov: Coverage) -> bool {
        matches!(
            (self, cov),
            (Spread::All, Coverage::All)
                | (Spread::Some, Coverage::Some)
                | (Spread::Unique, Coverage::Unique)
        )
    }
}

/// The query's filters resolved against one corpus and analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct Filter {
    shown: Vec<bool>,
    types: Vec<EntityType>,
    coverage: Option<Coverage>,
    search: String,
    /// Spans (per document) that mention the focused entity; `None` = no focus.
    entity_spans: Option<HashMap<DocIx, Vec<Span>>>,
    pub entity: Option<String>,
    /// `event=`: the index into `Analysis::events` whose sources alone show.
    pub event: Option<usize>,
    /// Only claims of one event (no `theme` links across events).
    same_only: bool,
    /// Filter values that name nothing in this corpus: shown, then ignored.
    pub notices: Vec<String>,
}

/// Which documents `src=` shows (all when it names none that exist), and a
/// notice for each id that matches nothing. Every view resolves sources here.
pub fn shown_docs(corpus: &Corpus, query: &Query) -> (Vec<bool>, Vec<String>) {
    let mut notices = Vec::new();
    let n = corpus.documents.len();
    let mut shown = vec![query.sources.is_empty(); n];
    for id in &query.sources {
        match corpus.find(id) {
            Some(ix) => shown[ix] = true,
            None => notices.push(format!("ignored src={id:?}: no such source")),
        }
    }
    if !shown.iter().any(|s| *s) {
        shown = vec![true; n];
    }
    (shown, notices)
}

impl Filter {
    /// Resolves `query`. Before the analysis is ready, entity ids cannot be
    /// checked, so the entity filter waits for it (and no notice is given).
    pub fn new(corpus: &Corpus, analysis: Option<&Analysis>, query: &Query) -> Filter {
        let (mut shown, mut notices) = shown_docs(corpus, query);
        // Like entity ids, event ids are only known once the analysis is.
        let mut event = None;
        if let (Some(id), Some(a)) = (&query.event, analysis) {
            match a.events.iter().position(|e| &e.id == id) {
                Some(e) => {
                    let members = &a.events[e].documents;
                    let within: Vec<bool> = (0..shown.len())
                        .map(|d| shown[d] && members.binary_search(&d).is_ok())
                        .collect();
                    // `src=` naming none of the event's sources: the event's own.
                    shown = if within.iter().any(|s| *s) {
                        within
                    } else {
                        (0..shown.len())
                            .map(|d| members.binary_search(&d).is_ok())
                            .collect()
                    };
                    event = Some(e);
                }
                None => notices.push(format!("ignored event={id:?}: no such event")),
            }
        }
        let mut entity = None;
        let mut entity_spans = None;
        if let (Some(id), Some(a)) = (&query.entity, analysis) {
            if a.entity_index.iter().any(|e| &e.id == id) {
                let mut spans: HashMap<DocIx, Vec<Span>> = HashMap::new();
                for m in a.mentions.iter().filter(|m| &m.entity == id) {
                    spans.entry(m.doc).or_default().push(m.span);
                }
                entity = Some(id.clone());
                entity_spans = Some(spans);
            } else {
                notices.push(format!("ignored entity={id:?}: no such entity"));
            }
        }
        Filter {
            shown,
            types: query.types.clone(),
            coverage: query.coverage,
            search: query.search.trim().to_lowercase(),
            entity_spans,
            entity,
            event,
            same_only: event.is_some(),
            notices,
        }
    }

    /// This filter with only the sources of `docs` (an event's) shown,
    /// and only claims of one event (`same` links): coverage and "reported
    /// by all" then count within that event.
    pub fn within(&self, docs: &[DocIx]) -> Filter {
        let mut f = self.clone();
        for (d, s) in f.shown.iter_mut().enumerate() {
            *s = *s && docs.binary_search(&d).is_ok();
        }
        f.same_only = true;
        f
    }

    pub fn shows_doc(&self, doc: DocIx) -> bool {
        self.shown.get(doc).copied().unwrap_or(false)
    }

    /// Indices of the shown documents, in corpus order.
    pub fn docs(&self) -> Vec<DocIx> {
        (0..self.shown.len()).filter(|&d| self.shown[d]).collect()
    }

    pub fn doc_count(&self) -> usize {
        self.shown.iter().filter(|s| **s).count()
    }

    /// The link names entity types (`types=`), rather than showing all.
    pub fn chose_types(&self) -> bool {
        !self.types.is_empty()
    }

    /// Whether entities of this type are highlighted (no `types=` shows all).
    pub fn shows_type(&self, t: EntityType) -> bool {
        self.types.is_empty() || self.types.contains(&t)
    }

    /// Whether a span of a document mentions the focused entity (true without focus).
    pub fn mentions_entity(&self, doc: DocIx, span: Span) -> bool {
        match &self.entity_spans {
            None => true,
            Some(map) => map
                .get(&doc)
                .is_some_and(|spans| spans.iter().any(|s| span.contains(*s))),
        }
    }

    /// Whether a text matches the search (true without search).
    pub fn matches_text(&self, text: &str) -> bool {
        self.search.is_empty() || text.to_lowercase().contains(&self.search)
    }

    /// Number of shown sources reporting the claim.
    pub fn reporting(&self, claim: &Claim) -> usize {
        let mut docs: Vec<DocIx> = claim
            .members
            .iter()
            .map(|m| m.doc)
            .filter(|&d| self.shows_doc(d))
            .collect();
        docs.dedup();
        docs.len()
    }

    pub fn spread(&self, claim: &Claim) -> Spread {
        Spread::of(self.reporting(claim), self.doc_count())
    }

    /// Whether a claim passes every filter: reported by a shown source, in
    /// the coverage class asked for, mentioning the entity, matching the search.
    pub fn shows_claim(&self, corpus: &Corpus, claim: &Claim) -> bool {
        if self.same_only && claim.strength != LinkStrength::Same {
            return false;
        }
        let reporting = self.reporting(claim);
        if reporting == 0 {
            return false;
        }
        if let Some(cov) = self.coverage {
            if !Spread::of(reporting, self.doc_count()).matches(cov) {
                return false;
            }
        }
        let shown = || claim.members.iter().filter(|m| self.shows_doc(m.doc));
        if self.entity_spans.is_some() && !shown().any(|m| self.mentions_entity(m.doc, m.span)) {
            return false;
        }
        if !self.search.is_empty() && !self.matches_text(&claim.label) {
            let text = |d: DocIx, s: Span| {
                corpus
                    .documents
                    .get(d)
                    .map(|doc| s.slice(&doc.text))
                    .unwrap_or("")
            };
            if !shown().any(|m| self.matches_text(text(m.doc, m.span))) {
                return false;
            }
        }
        true
    }

    /// The claims that pass, as indices into `analysis.claims`.
    pub fn claims(&self, corpus: &Corpus, analysis: &Analysis) -> Vec<usize> {
        (0..analysis.claims.len())
            .filter(|&i| self.shows_claim(corpus, &analysis.claims[i]))
            .collect()
    }

    /// Whether a claim-free unit (a span only one source has) passes the filters.
    pub fn shows_unit(&self, corpus: &Corpus, doc: DocIx, span: Span) -> bool {
        self.shows_doc(doc)
            && matches!(self.coverage, None | Some(Coverage::Unique))
            && self.mentions_entity(doc, span)
            && self.matches_text(
                corpus
                    .documents
                    .get(doc)
                    .map(|d| span.slice(&d.text))
                    .unwrap_or(""),
            )
    }
}
