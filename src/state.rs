//! Application state: the corpus and, once computed, its analysis. Views
//! derive everything else from these and from the URL.

use crate::local::{self, LocalArticle};
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
    /// The embedded articles; `corpus` is these plus `local`.
    seeds: StoredValue<Arc<Corpus>>,
    /// Articles added in this browser.
    pub local: RwSignal<Vec<LocalArticle>>,
    /// Why local articles are not (all) saved, if they are not.
    pub storage_problem: RwSignal<Option<String>>,
    /// Whether the "Add article" panel is open.
    pub add_panel: RwSignal<bool>,
}

impl AppState {
    pub fn new(seeds: Corpus, base: String) -> Self {
        let (local, problem) = local::load();
        AppState {
            corpus: RwSignal::new(Arc::new(local::with_locals(&seeds, &local))),
            analysis: RwSignal::new(None),
            base: StoredValue::new(base),
            seeds: StoredValue::new(Arc::new(seeds)),
            local: RwSignal::new(local),
            storage_problem: RwSignal::new(problem),
            add_panel: RwSignal::new(false),
        }
    }

    /// Adds a local article (kept for the session even when storage fails)
    /// and re-analyses. Errors if the same text is already in.
    pub fn add_local(&self, article: LocalArticle) -> Result<(), String> {
        if self
            .local
            .with_untracked(|l| l.iter().any(|a| a.id == article.id))
        {
            return Err("this text is already added".into());
        }
        self.local.update(|l| l.push(article));
        self.local_changed();
        Ok(())
    }

    pub fn remove_local(&self, id: &str) {
        self.local.update(|l| l.retain(|a| a.id != id));
        self.local_changed();
    }

    fn local_changed(&self) {
        let list = self.local.get_untracked();
        self.storage_problem
            .set(local::save(&list).err().map(|p| p.message()));
        set_analysis_flag("running");
        let state = *self;
        // After this frame paints the panel's feedback: a large corpus takes a while.
        set_timeout(
            move || {
                let list = state.local.get_untracked();
                let corpus = local::with_locals(&state.seeds.get_value(), &list);
                // Publish corpus and analysis together so no view pairs one with the other's indices.
                let analysis = parallax_engine::analyze(&corpus);
                state.corpus.set(Arc::new(corpus));
                state.analysis.set(Some(Arc::new(analysis)));
                mark_ready();
            },
            std::time::Duration::from_millis(0),
        );
    }

    /// Analyses the current corpus and publishes the result.
    pub fn analyze_now(&self) {
        // With the ready mark, split "time to analysis on screen" into
        // waiting, analysis and drawing.
        perf_mark("parallax:analysis-start");
        let corpus = self.corpus.get_untracked();
        let analysis = parallax_engine::analyze(&corpus);
        perf_mark("parallax:analysis-end");
        self.analysis.set(Some(Arc::new(analysis)));
        mark_ready();
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// `<html data-analysis>`: "running" while local articles are re-analysed, then "ready".
fn set_analysis_flag(value: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-analysis", value);
    }
}

/// Tells the outside (browser tests, performance measures) that the analysis
/// is on screen: `<html data-analysis="ready">` and a performance mark
/// `parallax:analysis-ready`.
fn mark_ready() {
    set_analysis_flag("ready");
    perf_mark("parallax:analysis-ready");
}

fn perf_mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}
