//! Claim units and their alignment across sources (issue: claim engine).

use crate::analysis::{Claim, Quote, UniqueUnits};
use crate::corpus::Corpus;
use crate::entities::Entities;

#[derive(Clone, Debug, Default)]
pub struct Claims {
    pub claims: Vec<Claim>,
    pub unique: Vec<UniqueUnits>,
}

/// Splits documents into claim units and aligns them across documents.
pub fn align(_corpus: &Corpus, _entities: &Entities, _quotes: &[Quote]) -> Claims {
    Claims::default()
}
