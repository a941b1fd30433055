//! What the fitting examples share: one folder read and analysed up to the
//! claim alignment's inputs, or the reason it could not be.

use parallax_engine::entities::Entities;
use parallax_engine::{entities, events, quotes, Corpus, Event, Quote};

pub struct Loaded {
    pub corpus: Corpus,
    pub entities: Entities,
    pub quotes: Vec<Quote>,
    pub events: Vec<Event>,
}

/// The folder's articles with their entities, quotes and events; the error
/// names the folder.
pub fn load(dir: &str) -> Result<Loaded, String> {
    let corpus = Corpus::load_dir(std::path::Path::new(dir)).map_err(|e| format!("{dir}: {e}"))?;
    let entities = entities::extract(&corpus);
    let quotes = quotes::extract(&corpus, &entities);
    let events = events::group(&corpus, &entities);
    Ok(Loaded {
        corpus,
        entities,
        quotes,
        events,
    })
}
