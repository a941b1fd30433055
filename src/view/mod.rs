//! The view model: plain data derived from the corpus, its analysis and the
//! URL query. Pure, tested natively.

pub mod entities;
