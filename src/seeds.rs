//! The corpus embedded at build time by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

use parallax_engine::Corpus;

/// The embedded articles as a corpus. The build script already validated
/// them with the same rules, so this cannot fail for a build that succeeded.
pub fn corpus() -> Corpus {
    Corpus::from_files(SEEDS).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_corpus_loads() {
        let c = super::corpus();
        assert_eq!(c.documents.len(), super::SEEDS.len());
        assert!(!c.documents.is_empty());
    }
}
