//! The messages between the page and the analysis worker, and their
//! encoding. Both sides are built from this one file in one build, and the
//! worker's files carry a content hash in their names (scripts/csp.mjs), so
//! a page never talks to a worker of another build.

use crate::local::LocalArticle;
use gloo_worker::Codec;
use parallax_engine::{
    Analysis, Claim, Corpus, Document, Entity, Event, Mention, Progress, Quote, UniqueUnits,
};
use serde::{Deserialize, Serialize, Serializer};
use std::ops::Range;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue, UnwrapThrowExt};

/// What the page asks the worker.
#[derive(Debug, Serialize, Deserialize)]
pub enum Request {
    Analyse(Analyse),
    /// The latest finished analysis as a file: answered by `Exported` with
    /// the same token. Written in the worker so the export's serialiser
    /// and the CSV writer stay out of the page's Wasm.
    Export {
        token: u32,
        format: Format,
    },
}

/// A download's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// `parallax analyze --json`'s schema (`parallax_engine::export`).
    Json,
    /// The claims × sources matrix (`crate::csv`).
    Csv,
}

/// Analyse this corpus: the embedded articles, then the reader's own.
#[derive(Debug, Serialize, Deserialize)]
pub struct Analyse {
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
    /// Browser tests only: the worker runs the engine even with nothing
    /// added, so its output in Wasm can be compared with the CLI's.
    #[cfg(feature = "e2e-hooks")]
    #[serde(default)]
    pub engine: bool,
}

impl Analyse {
    /// The corpus in the page's order (its document indices are the
    /// analysis'): `seeds`, the embedded articles, then the local ones
    /// cleaned.
    pub fn corpus(&self, seeds: &Corpus) -> Corpus {
        let cleaned: Vec<Document> = self.local.iter().map(crate::local::to_document).collect();
        crate::local::with_locals(seeds, &self.local, &cleaned)
    }
}

/// The embedded articles as the worker reads them: decoded whole from the
/// same postcard bytes the page decodes by document.
pub fn embedded_seeds() -> Result<Corpus, String> {
    crate::seeds::decode(crate::seeds::CORPUS_BYTES)
        .map_err(|e| format!("the embedded corpus does not decode: {e}"))
}

/// What the worker says about one `Analyse` request: `Cleaned`, any number
/// of `Progress`, then `Done` or `Failed`; and to an `Export`, `Exported`.
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
    /// The file an `Export` asked for, or why there is none.
    Exported {
        token: u32,
        file: Result<String, String>,
    },
}

impl Response {
    /// The `Analyse` request this answers (`None` for an export).
    pub fn id(&self) -> Option<u32> {
        match self {
            Response::Cleaned { id, .. }
            | Response::Progress { id, .. }
            | Response::Part { id, .. }
            | Response::Done { id, .. }
            | Response::Failed { id, .. } => Some(*id),
            Response::Exported { .. } => None,
        }
    }
}

/// A slice of an analysis. A 1,000-article analysis in one message took the
/// page's thread most of a second to decode; in parts, each is decoded in a
/// task of its own, and the page stays responsive between them.
#[derive(Debug, PartialEq, Deserialize)]
pub enum Part {
    Mentions(Vec<Mention>),
    Entities(Vec<Entity>),
    Quotes(Vec<Quote>),
    Claims(Vec<Claim>),
    Unique(Vec<UniqueUnits>),
    Events(Vec<Event>),
    /// The worker's side: a slice of an analysis it keeps for exports,
    /// written as the variant of its kind above, so the analysis is not
    /// copied to be sent (a copy of a 1,000-article analysis is tens of ms).
    #[serde(skip)]
    Slice(Arc<Analysis>, Kind, Range<usize>),
}

/// Which list of an analysis a `Part::Slice` is of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Mentions,
    Entities,
    Quotes,
    Claims,
    Unique,
    Events,
}

/// Items per part: about 100 KB of JSON each, a few ms to decode.
const MENTIONS_PER_PART: usize = 1000;
const ITEMS_PER_PART: usize = 250;

impl Part {
    /// The analysis as parts, to send; decoded, `add_to` in order rebuilds
    /// it exactly.
    pub fn split(analysis: &Arc<Analysis>) -> Vec<Part> {
        let mut out = Vec::new();
        let mut chunks = |len: usize, n: usize, kind: Kind| {
            for from in (0..len).step_by(n) {
                out.push(Part::Slice(
                    analysis.clone(),
                    kind,
                    from..(from + n).min(len),
                ));
            }
        };
        chunks(analysis.mentions.len(), MENTIONS_PER_PART, Kind::Mentions);
        chunks(analysis.entity_index.len(), ITEMS_PER_PART, Kind::Entities);
        chunks(analysis.quotes.len(), ITEMS_PER_PART, Kind::Quotes);
        chunks(analysis.claims.len(), ITEMS_PER_PART, Kind::Claims);
        chunks(analysis.unique.len(), ITEMS_PER_PART, Kind::Unique);
        chunks(analysis.events.len(), ITEMS_PER_PART, Kind::Events);
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
            // Only ever sent (the page decodes each into one of the
            // variants above): copying one here would put the copying of
            // every analysis type into the page's Wasm for nothing.
            Part::Slice(..) => {}
        }
    }
}

/// `range` of `items` (empty if out of bounds, which `split` never makes).
fn slice<'a, T>(items: &'a [T], range: &Range<usize>) -> &'a [T] {
    items.get(range.clone()).unwrap_or_default()
}

/// Written as serde would write the owned variants, a `Slice` as the
/// variant of its kind: the page decodes every part into an owned one.
impl Serialize for Part {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        fn items<S: Serializer, T: Serialize>(
            s: S,
            kind: Kind,
            items: &[T],
        ) -> Result<S::Ok, S::Error> {
            let (index, name) = match kind {
                Kind::Mentions => (0, "Mentions"),
                Kind::Entities => (1, "Entities"),
                Kind::Quotes => (2, "Quotes"),
                Kind::Claims => (3, "Claims"),
                Kind::Unique => (4, "Unique"),
                Kind::Events => (5, "Events"),
            };
            s.serialize_newtype_variant("Part", index, name, items)
        }
        match self {
            Part::Mentions(x) => items(s, Kind::Mentions, x),
            Part::Entities(x) => items(s, Kind::Entities, x),
            Part::Quotes(x) => items(s, Kind::Quotes, x),
            Part::Claims(x) => items(s, Kind::Claims, x),
            Part::Unique(x) => items(s, Kind::Unique, x),
            Part::Events(x) => items(s, Kind::Events, x),
            Part::Slice(a, kind, r) => match kind {
                Kind::Mentions => items(s, *kind, slice(&a.mentions, r)),
                Kind::Entities => items(s, *kind, slice(&a.entity_index, r)),
                Kind::Quotes => items(s, *kind, slice(&a.quotes, r)),
                Kind::Claims => items(s, *kind, slice(&a.claims, r)),
                Kind::Unique => items(s, *kind, slice(&a.unique, r)),
                Kind::Events => items(s, *kind, slice(&a.events, r)),
            },
        }
    }
}

/// Postcard (serde's compact binary format) in a `Uint8Array`. gloo-worker's
/// default codec is bincode 1, which is no longer maintained. Postcard is
/// also the embedded corpus' format, and its decoder is a fraction of
/// serde_json's in the page's Wasm, which decodes every analysis it shows.
#[derive(Debug)]
pub struct Postcard;

/// A message as the codec encodes it.
pub fn to_bytes<T: Serialize>(message: &T) -> Vec<u8> {
    // Our message types are plain data of known lengths: this cannot fail.
    postcard::to_allocvec(message).unwrap_throw()
}

pub fn from_bytes<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, postcard::Error> {
    postcard::from_bytes(bytes)
}

impl Codec for Postcard {
    fn encode<I: Serialize>(input: I) -> JsValue {
        js_sys::Uint8Array::from(to_bytes(&input).as_slice()).into()
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        // gloo's decode cannot return an error. Both ends come from one
        // build, so this only throws (a JS exception, not a panic) for a
        // message no part of Parallax sent; the page's answer timeout then
        // shows the error panel.
        let bytes = input
            .dyn_into::<js_sys::Uint8Array>()
            .expect_throw("worker message is not bytes")
            .to_vec();
        from_bytes(&bytes).expect_throw("worker message is not valid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_engine::Stage;

    #[test]
    fn responses_round_trip() {
        let sent = Response::Progress {
            id: 3,
            progress: Progress::at(Stage::Quotes),
        };
        let back: Response = from_bytes(&to_bytes(&sent)).unwrap();
        assert_eq!(back.id(), Some(3));
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
        let parts = Part::split(&Arc::new(whole.clone()));
        assert!(parts.len() > 3, "{}", parts.len());
        // Sent as slices, decoded as owned parts.
        assert!(parts.iter().all(|p| matches!(p, Part::Slice(..))));
        let mut back = Analysis::default();
        for p in parts {
            let bytes = to_bytes(&Response::Part { id: 1, part: p });
            match from_bytes(&bytes).unwrap() {
                Response::Part { part, .. } => {
                    assert!(!matches!(part, Part::Slice(..)));
                    part.add_to(&mut back)
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(back, whole);
        assert!(Part::split(&Arc::new(Analysis::default())).is_empty());
    }

    #[test]
    fn every_kind_of_part_is_written_as_the_owned_variant_it_decodes_to() {
        // A real analysis of the embedded articles: every list in it is
        // filled, so a wrong variant index for any kind fails to rebuild.
        let whole = crate::worker::prebuilt::analysis().unwrap();
        assert!(!whole.mentions.is_empty() && !whole.entity_index.is_empty());
        assert!(!whole.quotes.is_empty() && !whole.claims.is_empty());
        assert!(!whole.unique.is_empty() && !whole.events.is_empty());
        let mut back = Analysis::default();
        for p in Part::split(&Arc::new(whole.clone())) {
            match from_bytes(&to_bytes(&Response::Part { id: 1, part: p })).unwrap() {
                Response::Part { part, .. } => part.add_to(&mut back),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(back, whole);
    }

    #[test]
    fn a_request_carries_the_local_articles_after_the_embedded_ones() {
        let seeds = embedded_seeds().unwrap();
        assert_eq!(seeds, crate::seeds::corpus());
        let local = crate::local::prepare("p", "", b"Another text, added in the browser.").unwrap();
        let bytes = to_bytes(&Request::Analyse(Analyse {
            id: 1,
            local: vec![local.clone()],
            #[cfg(feature = "e2e-hooks")]
            panic: false,
            #[cfg(feature = "e2e-hooks")]
            engine: false,
        }));
        // Small: the embedded articles are not in it.
        assert!(bytes.len() < 200, "{}", bytes.len());
        let Request::Analyse(back) = from_bytes(&bytes).unwrap() else {
            panic!("not an Analyse request")
        };
        let corpus = back.corpus(&seeds);
        let n = seeds.documents.len();
        assert_eq!(corpus.documents.len(), n + 1);
        assert_eq!(corpus.documents[..n], seeds.documents[..]);
        // The worker cleans the local article as the page used to.
        assert_eq!(corpus.documents[n], crate::local::to_document(&local));
    }
}
