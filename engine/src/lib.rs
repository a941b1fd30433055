//! Parallax analysis engine: pure Rust, no web dependencies.
//!
//! Pipeline (one way): [`corpus`] loads and cleans articles → [`text`] segments
//! them → [`entities`] and [`quotes`] find who and what is named → [`claims`]
//! aligns statements across sources → [`export`] prints the JSON schema.
//!
//! Internally every span is a byte range into a document's cleaned `text`;
//! [`export`] converts to char offsets at the boundary.

pub mod analysis;
pub mod claims;
pub mod corpus;
pub mod entities;
pub mod export;
pub mod json;
pub mod order;
pub mod quotes;
pub mod text;

pub use analysis::*;
pub use corpus::{Corpus, Document, Meta};

/// Runs the whole pipeline on a loaded corpus.
pub fn analyze(corpus: &Corpus) -> Analysis {
    let entities = entities::extract(corpus);
    let quotes = quotes::extract(corpus, &entities);
    let claims = claims::align(corpus, &entities, &quotes);
    Analysis {
        mentions: entities.mentions,
        entity_index: entities.index,
        quotes,
        claims: claims.claims,
        unique: claims.unique,
    }
}
