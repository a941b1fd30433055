//! Wasm entry points for the Node benchmark (bench/node/compare.mjs): the
//! same engine the app ships, called on text handed over from JavaScript.

use parallax_engine::{entities, Corpus, Document};
use wasm_bindgen::prelude::*;

fn one_doc(text: &str) -> Corpus {
    Corpus {
        documents: vec![Document::parse("bench", text)],
    }
}

/// Cleans the text, finds, types and links its entities; returns the mention count.
#[wasm_bindgen]
pub fn entity_mentions(text: &str) -> usize {
    entities::extract(&one_doc(text)).mentions.len()
}

/// The whole pipeline (entities, quotes, claims) on one document; returns the claim count.
#[wasm_bindgen]
pub fn analyze_claims(text: &str) -> usize {
    parallax_engine::analyze(&one_doc(text)).claims.len()
}

/// Words as the engine counts them, so both sides divide by the same number.
#[wasm_bindgen]
pub fn word_count(text: &str) -> usize {
    parallax_engine::text::word_count(text)
}
