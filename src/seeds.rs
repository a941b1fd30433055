//! The corpus embedded at build time by `build.rs`, already cleaned.

use parallax_engine::{Corpus, Document};

/// The cleaned corpus in postcard (serde's shape of `Corpus`, binary). Both
/// binaries embed it: the page decodes it by `DOC_RANGES`, a slice at a
/// time; the worker decodes it whole (`worker::protocol::embedded_seeds`).
pub static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.postcard"));

include!(concat!(env!("OUT_DIR"), "/corpus_ranges.rs"));

/// The embedded articles, cleaned at build time. The build script wrote
/// these bytes from the same types, so this cannot fail for a build that
/// succeeded; an empty corpus is the no-panic answer if it ever did.
pub fn corpus() -> Corpus {
    decode(CORPUS_BYTES).unwrap_or_default()
}

/// A corpus as `build.rs` writes it.
pub fn decode(bytes: &[u8]) -> Result<Corpus, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// The embedded document `i` (of `DOC_RANGES.len()`), decoded alone.
fn document(i: usize) -> Option<Document> {
    let (start, end) = DOC_RANGES[i];
    postcard::from_bytes(CORPUS_BYTES.get(start..end)?).ok()
}

/// How long one slice of decoding may run before the page's thread is
/// handed back to the browser: well under the 50 ms of a long task.
const SLICE_MS: f64 = 20.0;

/// The embedded articles, decoded a slice at a time with the browser's
/// thread given back between slices: a thousand articles decoded at once
/// were one task of a few hundred ms, with the page frozen. A corpus that
/// decodes within one slice (the seeds) never waits for a timer. Like
/// [`corpus`], a document that does not decode gives an empty corpus.
pub async fn corpus_in_slices() -> Corpus {
    let now = || {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    };
    let mut documents = Vec::with_capacity(DOC_RANGES.len());
    let mut slice_start = now();
    for i in 0..DOC_RANGES.len() {
        if now() - slice_start > SLICE_MS {
            crate::tasks::next_task().await;
            slice_start = now();
        }
        match document(i) {
            Some(d) => documents.push(d),
            None => return Corpus::default(),
        }
    }
    Corpus { documents }
}

#[cfg(test)]
mod tests {
    use parallax_engine::corpus::Corpus;

    #[test]
    fn embedded_corpus_is_the_cleaned_seeds() {
        let embedded = super::corpus();
        assert!(!embedded.documents.is_empty());
        // Cleaning the folder now gives the same documents as the build did
        // (a default build embeds seeds/).
        if std::env::var_os("PARALLAX_SEEDS").is_none() {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
            let fresh = Corpus::load_dir(&dir).unwrap();
            assert_eq!(embedded, fresh);
        }
    }

    #[test]
    fn documents_decoded_one_by_one_are_the_corpus() {
        let whole = super::corpus();
        assert_eq!(super::DOC_RANGES.len(), whole.documents.len());
        for (i, d) in whole.documents.iter().enumerate() {
            assert_eq!(super::document(i).as_ref(), Some(d));
        }
    }
}
