//! The messages between the page and the analysis worker, and their
//! encoding. Both sides are built from this one file in one build, and the
//! worker's files carry a content hash in their names (scripts/csp.mjs), so
//! a page never talks to a worker of another build.

use gloo_worker::Codec;
use parallax_engine::{Analysis, Corpus, Document, Progress};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use wasm_bindgen::{JsValue, UnwrapThrowExt};

/// Analyse this corpus: the embedded articles, then the reader's own.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    /// Numbers the page's requests, so it can drop the answers to a
    /// request it has since replaced (an article added meanwhile).
    pub id: u32,
    /// The embedded corpus as build.rs wrote it, passed on verbatim:
    /// encoding 1,000 articles again would block the page's thread.
    pub seeds: Box<RawValue>,
    /// Articles added in this browser, cleaned by the page.
    pub local: Vec<Document>,
    /// Browser tests only: the worker panics in the middle of the analysis.
    #[cfg(feature = "e2e-hooks")]
    #[serde(default)]
    pub panic: bool,
}

impl Request {
    /// The corpus in the page's order (its document indices are the analysis').
    pub fn corpus(&self) -> Result<Corpus, String> {
        let mut corpus: Corpus = serde_json::from_str(self.seeds.get())
            .map_err(|e| format!("the embedded corpus does not decode: {e}"))?;
        corpus.documents.extend(self.local.iter().cloned());
        Ok(corpus)
    }
}

/// What the worker says about one request: any number of `Progress`, then
/// `Done` or `Failed`.
#[derive(Debug, Serialize, Deserialize)]
pub enum Response {
    Progress {
        id: u32,
        progress: Progress,
    },
    Done {
        id: u32,
        analysis: Analysis,
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
            Response::Progress { id, .. }
            | Response::Done { id, .. }
            | Response::Failed { id, .. } => *id,
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
    fn a_request_carries_the_seeds_then_the_local_articles() {
        let seeds = Corpus::from_files(&[("a.txt", "A title\n\nSome text here.")]).unwrap();
        let local = Document::parse("local-1", "Another text, added in the browser.");
        let text = serde_json::to_string(&Request {
            id: 1,
            seeds: RawValue::from_string(serde_json::to_string(&seeds).unwrap()).unwrap(),
            local: vec![local.clone()],
            #[cfg(feature = "e2e-hooks")]
            panic: false,
        })
        .unwrap();
        let back: Request = serde_json::from_str(&text).unwrap();
        let corpus = back.corpus().unwrap();
        assert_eq!(corpus.documents.len(), 2);
        assert_eq!(corpus.documents[0], seeds.documents[0]);
        assert_eq!(corpus.documents[1], local);
    }
}
