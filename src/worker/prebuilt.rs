//! The embedded articles' analysis, made at build time by build.rs with the
//! same engine: the worker's answer to a request with nothing added, so a
//! visitor's browser does not recompute on every visit what the build knew.

use parallax_engine::Analysis;

static ANALYSIS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/analysis.postcard"));

pub fn analysis() -> Result<Analysis, String> {
    postcard::from_bytes(ANALYSIS_BYTES)
        .map_err(|e| format!("the embedded articles' analysis does not decode: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worker::protocol::embedded_seeds;

    #[test]
    fn it_is_the_engines_analysis_of_the_embedded_articles_in_the_pages_order() {
        let seeds = embedded_seeds().unwrap();
        let made = analysis().unwrap();
        assert!(!made.claims.is_empty() && !made.mentions.is_empty());
        assert_eq!(made, parallax_engine::analyze(&seeds));
    }
}
