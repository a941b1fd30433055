//! Parallax analysis engine: pure Rust, no web dependencies.
//!
//! Pipeline (one way): [`corpus`] loads and cleans articles → [`text`] segments
//! them → [`entities`] and [`quotes`] find who and what is named → [`events`]
//! groups documents by the story they report → [`claims`] aligns statements
//! across sources → [`export`] prints the JSON schema.
//!
//! Internally every span is a byte range into a document's cleaned `text`;
//! [`export`] converts to char offsets at the boundary.

pub mod analysis;
#[cfg(feature = "analysis")]
pub mod claims;
pub mod corpus;
#[cfg(feature = "analysis")]
pub mod entities;
#[cfg(feature = "analysis")]
pub mod events;
pub mod export;
pub mod progress;
#[cfg(feature = "analysis")]
pub mod quotes;
pub mod text;

pub use analysis::*;
pub use corpus::{Corpus, Document, Meta};
pub use progress::{Progress, Stage};

/// Runs the whole pipeline on a loaded corpus.
#[cfg(feature = "analysis")]
pub fn analyze(corpus: &Corpus) -> Analysis {
    analyze_with(corpus, &mut |_| {})
}

/// Runs the whole pipeline, telling `progress` as each stage starts and when
/// it is done, so a caller on another thread can show how far it is.
#[cfg(feature = "analysis")]
pub fn analyze_with(corpus: &Corpus, progress: &mut dyn FnMut(Progress)) -> Analysis {
    progress(Progress::at(Stage::Entities));
    let entities = entities::extract(corpus);
    progress(Progress::at(Stage::Quotes));
    let quotes = quotes::extract(corpus, &entities);
    progress(Progress::at(Stage::Events));
    let events = events::group(corpus, &entities);
    progress(Progress::at(Stage::Claims));
    let claims = claims::align_in(corpus, &entities, &quotes, &events);
    progress(Progress::at(Stage::Done));
    Analysis {
        mentions: entities.mentions,
        entity_index: entities.index,
        quotes,
        claims: claims.claims,
        unique: claims.unique,
        events,
    }
}
