//! The messages between the page and the analysis worker, and their
//! encoding. Both sides are built from this one file in one build, and the
//! worker's files carry a content hash in their names (scripts/csp.mjs), so
//! a page never talks to a worker of another build.

use crate::local::LocalArticle;
use gloo_worker::Codec;
use parallax_engine::{
    Analysis, Claim, Corpus, Document, Entity, Event, Mention, Progress, Quote, UniqueUnits,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsValue, UnwrapThrowExt};

/// Analyse this corpus: the embedded articles, then the reader's own.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    /// Numbers the page's requests, so it can drop the answers to a
    /// request it has since replaced (an article added meanwhile).
    pub id: u32,
    /// Articles added in this browser, as given: the worker cleans them,
    /// so the cleaner's code stays out of the page's Wasm. The embedded
    /// articles are not sent: the worker's Wasm embeds them too (one build
    /// makes both), so the page's thread never encodes a large corpus.
    pub local: Vec<LocalArticle>,
    /// Browser tests only: the worker panics in the middle of the analysis.
    #[cfg(feature = "e2e-hooks")]
    #[serde(default)]
    pub panic: bool,
}

impl Request {
    /// The corpus in the page's order (its document indices are the
    /// analysis'): `seeds`, the embedded articles, then the local ones
    /// cleaned.
    pub fn corpus(&self, seeds: &Corpus) -> Corpus {
        let cleaned: Vec<Document> = self.local.iter().map(crate::local::to_document).collect();
        crate::local::with_locals(seeds, &self.local, &cleaned)
    }
}

/// The embedded articles as the worker reads them: decoded from the same
/// JSON build.rs wrote for the page.
pub fn embedded_seeds() -> Result<Corpus, String> {
    serde_json::from_str(crate::seeds::CORPUS_JSON)
        .map_err(|e| format!("the embedded corpus does not decode: {e}"))
}

/// What the worker says about one request: `Cleaned`, any number of
/// `Progress`, then `Done` or `Failed`.
#[derive(Debug, Serialize, Deserialize)]
pub enum Response {
    /// The request's local articles, cleaned, in the request's order.
    Cleaned {
        id: u32,
        local: Vec<Document>,
    },
    Progress {
        id: u32,
        progress: Progress,
    },
    /// A slice of the analysis, in order: see [`Part`].
    Part {
        id: u32,
        part: Part,
    },
    /// Every part is sent: the analysis is complete.
    Done {
        id: u32,
    },
    /// The analysis panicked; the message says where.
    Failed {
        id: u32,
        message: String,
    },
}

impl Response {
    pub fn id(&self) -> u32 {
        match self {
            Response::Cleaned { id, .. }
            | Response::Progress { id, .. }
            | Response::Part { id, .. }
            | Response::Done { id, .. }
            | Response::Failed { id, .. } => *id,
        }
    }
}

/// A slice of an analysis. A 1,000-article analysis in one message took the
/// page's thread most of a second to decode; in parts, each is decoded in a
/// task of its own, and the page stays responsive between them.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
pub enum Part {
    Mentions(Vec<Mention>),
    Entities(Vec<Entity>),
    Quotes(Vec<Quote>),
    Claims(Vec<Claim>),
    Unique(Vec<UniqueUnits>),
    Events(Vec<Event>),
}

/// Items per part: about 100 KB of JSON each, a few ms to decode.
const MENTIONS_PER_PART: usize = 1000;
const ITEMS_PER_PART: usize = 250;

impl Part {
    /// The analysis as parts; `add_to` in order rebuilds it exactly.
    pub fn split(analysis: Analysis) -> Vec<Part> {
        fn chunks<T>(items: Vec<T>, n: usize, make: fn(Vec<T>) -> Part, out: &mut Vec<Part>) {
            let mut items = items.into_iter().peekable();
            while items.peek().is_some() {
                out.push(make(items.by_ref().take(n).collect()));
            }
        }
        let mut out = Vec::new();
        chunks(
            analysis.mentions,
            MENTIONS_PER_PART,
            Part::Mentions,
            &mut out,
        );
        chunks(
            analysis.entity_index,
            ITEMS_PER_PART,
            Part::Entities,
            &mut out,
        );
        chunks(analysis.quotes, ITEMS_PER_PART, Part::Quotes, &mut out);
        chunks(analysis.claims, ITEMS_PER_PART, Part::Claims, &mut out);
        chunks(analysis.unique, ITEMS_PER_PART, Part::Unique, &mut out);
        chunks(analysis.events, ITEMS_PER_PART, Part::Events, &mut out);
        out
    }

    pub fn add_to(self, analysis: &mut Analysis) {
        match self {
            Part::Mentions(x) => analysis.mentions.extend(x),
            Part::Entities(x) => analysis.entity_index.extend(x),
            Part::Quotes(x) => analysis.quotes.extend(x),
            Part::Claims(x) => analysis.claims.extend(x),
            Part::Unique(x) => analysis.unique.extend(x),
            Part::Events(x) => analysis.events.extend(x),
        }
    }
}

/// JSON in a JS string. gloo-worker's default codec is bincode 1, which is
/// no longer maintained; serde_json is already in both binaries (exports,
/// saved articles, the embedded corpus) and a string crosses `postMessage`
/// as one copy.
#[derive(Debug)]
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        // Our message types are plain data: serialising them cannot fail.
        JsValue::from_str(&serde_json::to_string(&input).unwrap_throw())
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        // gloo's decode cannot return an error. Both ends come from one
        // build, so this only throws (a JS exception, not a panic) for a
        // message no part of Parallax sent; the page's answer timeout then
        // shows the error panel.
        let text = input
            .as_string()
            .expect_throw("worker message is not a string");
        serde_json::from_str(&text).expect_throw("worker message is not valid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_engine::Stage;

    #[test]
    fn responses_round_trip_as_json() {
        let sent = Response::Progress {
            id: 3,
            progress: Progress::at(Stage::Quotes),
        };
        let text = serde_json::to_string(&sent).unwrap();
        let back: Response = serde_json::from_str(&text).unwrap();
        assert_eq!(back.id(), 3);
        assert!(matches!(back, Response::Progress { progress, .. } if progress.percent == 30));
    }

    #[test]
    fn an_analysis_in_parts_is_rebuilt_exactly() {
        let c = crate::view::fixture::corpus();
        let mut whole = crate::view::fixture::analysis(&c);
        // Enough mentions for several parts of one kind.
        let m = whole.mentions[0].clone();
        whole
            .mentions
            .extend(std::iter::repeat_n(m, 2 * MENTIONS_PER_PART));
        let parts = Part::split(whole.clone());
        assert!(parts.len() > 3, "{}", parts.len());
        let mut back = Analysis::default();
        for p in parts {
            let text = serde_json::to_string(&Response::Part { id: 1, part: p }).unwrap();
            match serde_json::from_str(&text).unwrap() {
                Response::Part { part, .. } => part.add_to(&mut back),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(back, whole);
        assert!(Part::split(Analysis::default()).is_empty());
    }

    #[test]
    fn a_request_carries_the_local_articles_after_the_embedded_ones() {
        let seeds = embedded_seeds().unwrap();
        assert_eq!(seeds, crate::seeds::corpus());
        let local = crate::local::prepare("p", "", b"Another text, added in the browser.").unwrap();
        let text = serde_json::to_string(&Request {
            id: 1,
            local: vec![local.clone()],
            #[cfg(feature = "e2e-hooks")]
            panic: false,
        })
        .unwrap();
        // Small: the embedded articles are not in it.
        assert!(text.len() < 200, "{text}");
        let back: Request = serde_json::from_str(&text).unwrap();
        let corpus = back.corpus(&seeds);
        let n = seeds.documents.len();
        assert_eq!(corpus.documents.len(), n + 1);
        assert_eq!(corpus.documents[..n], seeds.documents[..]);
        // The worker cleans the local article as the page used to.
        assert_eq!(corpus.documents[n], crate::local::to_document(&local));
    }
}
