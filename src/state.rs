//! Application state: the corpus and, once computed, its analysis. Views
//! derive everything else from these and from the URL.

use leptos::prelude::*;
use parallax_engine::{Analysis, Corpus};
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct AppState {
    pub corpus: RwSignal<Arc<Corpus>>,
    /// `None` until the first analysis finishes (it runs after first paint).
    pub analysis: RwSignal<Option<Arc<Analysis>>>,
    /// Router base path ("" or "/repo"), set once at start-up.
    pub base: StoredValue<String>,
}

impl AppState {
    pub fn new(corpus: Corpus, base: String) -> Self {
        AppState {
            corpus: RwSignal::new(Arc::new(corpus)),
            analysis: RwSignal::new(None),
            base: StoredValue::new(base),
        }
    }

    /// Analyses the current corpus and publishes the result.
    pub fn analyze_now(&self) {
        let corpus = self.corpus.get_untracked();
        let analysis = parallax_engine::analyze(&corpus);
        self.analysis.set(Some(Arc::new(analysis)));
        mark_ready();
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Tells the outside (browser tests, performance measures) that the analysis
/// is on screen: `<html data-analysis="ready">` and a performance mark
/// `parallax:analysis-ready`.
fn mark_ready() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-analysis", "ready");
    }
    if let Some(perf) = window.performance() {
        let _ = perf.mark("parallax:analysis-ready");
    }
}
