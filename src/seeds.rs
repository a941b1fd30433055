//! The corpus embedded at build time by `build.rs`, already cleaned.

use parallax_engine::Corpus;

/// The cleaned corpus in postcard (serde's shape of `Corpus`, binary). The
/// worker gets these bytes as they are (`worker::protocol::Request`).
pub static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.postcard"));

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
}
