//! The corpus embedded at build time by `build.rs`, already cleaned.

use parallax_engine::Corpus;

/// The cleaned corpus as JSON (serde's shape of `Corpus`).
pub static CORPUS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/corpus.json"));

/// The embedded articles, cleaned at build time. The build script wrote
/// this JSON from the same types, so it cannot fail for a build that
/// succeeded; an empty corpus is the no-panic answer if it ever did.
pub fn corpus() -> Corpus {
    serde_json::from_str(CORPUS_JSON).unwrap_or_default()
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
