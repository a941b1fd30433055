//! Events: which documents report the same story.
//!
//! [`days`] dates each document → [`vectors`] says what it reports (names
//! and stemmed words) → [`group`] gathers documents by average linkage,
//! never across dates further apart than a story lasts → [`label`] names
//! each event by the names its documents share → [`ids`] makes stable ids.
//! The claim alignment links statements of different events as themes only.

pub mod days;
pub mod group;
pub mod ids;
pub mod label;
pub mod vectors;

pub use crate::analysis::Event;
use crate::claims::ids::dedupe;
use crate::corpus::Corpus;
use crate::entities::Entities;

/// The grouping's threshold, fitted on the development sets by
/// scripts/fit_events.py (leave-one-set-out figures in its output).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    /// Mean link over all document pairs two groups need to merge.
    pub join: f32,
    /// Added to the link of two documents whose dates agree.
    pub bonus: f32,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            join: 0.175,
            bonus: 0.2,
        }
    }
}

/// The corpus's events, in date order (undated last).
pub fn group(corpus: &Corpus, entities: &Entities) -> Vec<Event> {
    group_with(corpus, entities, &Params::default())
}

/// [`group`] with another threshold (for fitting it).
pub fn group_with(corpus: &Corpus, entities: &Entities, params: &Params) -> Vec<Event> {
    let n = corpus.documents.len();
    if n == 0 {
        return Vec::new();
    }
    let doc_days = days::doc_days(corpus, entities);
    let vectors = vectors::doc_vectors(corpus, entities);
    let weekdays = days::doc_weekdays(corpus, entities);
    let when = group::When {
        days: &doc_days,
        weekdays: &weekdays,
    };
    let clusters = group::cluster(&vectors, &when, params.join, params.bonus);
    let names = label::key_names(&clusters, n, entities);
    let mut events: Vec<(Option<i64>, Event)> = clusters
        .iter()
        .zip(&names)
        .map(|(docs, names)| {
            let dated: Vec<i64> = docs
                .iter()
                .filter_map(|&d| doc_days.get(d).copied().flatten())
                .collect();
            let (lo, hi) = (dated.iter().min().copied(), dated.iter().max().copied());
            let months = lo
                .zip(hi)
                .map(|(a, b)| label::month_range(days::civil(a), days::civil(b)));
            let start = lo.map(days::iso);
            (
                lo,
                Event {
                    id: ids::event_id(start.as_deref(), names),
                    label: label::label(names, months, docs, corpus, entities),
                    start,
                    end: hi.map(days::iso),
                    documents: docs.clone(),
                },
            )
        })
        .collect();
    events.sort_by(|(a, x), (b, y)| {
        (a.is_none(), a, x.documents.first()).cmp(&(b.is_none(), b, y.documents.first()))
    });
    let mut events: Vec<Event> = events.into_iter().map(|(_, e)| e).collect();
    let mut ids: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
    dedupe(&mut ids);
    for (e, id) in events.iter_mut().zip(ids) {
        e.id = id;
    }
    events
}

/// The event index of every document (documents in no event get numbers
/// of their own after the events').
pub fn event_of_docs(events: &[Event], n_docs: usize) -> Vec<usize> {
    let mut out: Vec<usize> = (events.len()..events.len() + n_docs).collect();
    for (e, ev) in events.iter().enumerate() {
        for &d in &ev.documents {
            if let Some(x) = out.get_mut(d) {
                *x = e;
            }
        }
    }
    out
}
