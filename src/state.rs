//! Application state: the corpus and, once computed, its analysis. Views
//! derive everything else from these and from the URL.

use crate::local::{self, LocalArticle};
use crate::worker::client::{Client, ANSWER_TIMEOUT_MS};
use crate::worker::protocol::{Format, Response};
use leptos::prelude::*;
use parallax_engine::{Analysis, Corpus, Document, Progress};
use std::rc::Rc;
use std::sync::Arc;

/// Where the analysis is, for the progress bar and the error panel.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Sent to the worker, which has not answered yet (still loading).
    Waiting {
        articles: usize,
    },
    Running {
        articles: usize,
        progress: Progress,
    },
    Ready,
    /// The worker failed to load, panicked or did not answer.
    Failed(String),
}

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
    /// Local articles as the worker cleaned them (until then, the corpus
    /// holds a placeholder: `local::placeholder`).
    cleaned: StoredValue<Vec<Document>>,
    /// Why local articles are not (all) saved, if they are not.
    pub storage_problem: RwSignal<Option<String>>,
    /// Whether the "Add article" panel is open.
    pub add_panel: RwSignal<bool>,
    pub status: RwSignal<Status>,
    /// The analysis worker (`None` if it could not be started).
    worker: StoredValue<Option<Rc<Client>>, LocalStorage>,
    /// The corpus of the latest request, published with its analysis so no
    /// view pairs one with the other's indices.
    pending: StoredValue<Option<(u32, Arc<Corpus>)>>,
    /// The parts of the pending request's analysis received so far.
    partial: StoredValue<Analysis>,
    /// The latest request the worker has answered at all.
    answered: StoredValue<u32>,
}

impl AppState {
    pub fn new(seeds: Corpus, base: String) -> Self {
        let (local, problem) = local::load();
        AppState {
            corpus: RwSignal::new(Arc::new(local::with_locals(&seeds, &local, &[]))),
            analysis: RwSignal::new(None),
            base: StoredValue::new(base),
            seeds: StoredValue::new(Arc::new(seeds)),
            local: RwSignal::new(local),
            cleaned: StoredValue::new(Vec::new()),
            storage_problem: RwSignal::new(problem),
            add_panel: RwSignal::new(false),
            status: RwSignal::new(Status::Waiting { articles: 0 }),
            worker: StoredValue::new_local(None),
            pending: StoredValue::new(None),
            partial: StoredValue::new(Analysis::default()),
            answered: StoredValue::new(0),
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
        let corpus = self
            .cleaned
            .with_value(|c| local::with_locals(&self.seeds.get_value(), &list, c));
        self.request(Arc::new(corpus));
    }

    /// Starts the worker: called before the first render, so its files
    /// load while the page paints.
    pub fn start_worker(&self) {
        let state = *self;
        match Client::spawn(move |answer| state.on_answer(answer)) {
            Ok(client) => self.worker.set_value(Some(Rc::new(client))),
            Err(e) => self.fail(e),
        }
    }

    /// Sends the current corpus to the worker (once the text has painted:
    /// encoding a large corpus takes a moment).
    pub fn analyze_now(&self) {
        // With the ready mark, split "time to analysis on screen" into
        // waiting for the worker, analysis and drawing.
        perf_mark("parallax:analysis-start");
        self.request(self.corpus.get_untracked());
    }

    fn request(&self, corpus: Arc<Corpus>) {
        let Some(worker) = self.worker.get_value() else {
            return;
        };
        set_analysis_flag("running");
        let articles = corpus.documents.len();
        let id = worker.analyse(self.local.get_untracked());
        self.pending.set_value(Some((id, corpus)));
        self.partial.set_value(Analysis::default());
        self.status.set(Status::Waiting { articles });
        let state = *self;
        set_timeout(
            move || {
                if state.answered.get_value() < id {
                    state.fail(format!(
                        "the analysis worker did not answer within {} s (its files may have failed to load)",
                        ANSWER_TIMEOUT_MS / 1000
                    ));
                }
            },
            std::time::Duration::from_millis(ANSWER_TIMEOUT_MS),
        );
    }

    /// Asks the worker for the latest analysis as a file (see
    /// `Client::export`); `done` gets it, or why there is none.
    pub fn export(&self, format: Format, done: impl FnOnce(Result<String, String>) + 'static) {
        match self.worker.get_value() {
            Some(worker) => worker.export(format, done),
            None => done(Err("the analysis worker is not running".into())),
        }
    }

    fn on_answer(&self, answer: Response) {
        let Some(id) = answer.id() else {
            if let Response::Exported { token, file } = answer {
                if let Some(worker) = self.worker.get_value() {
                    worker.exported(token, file);
                }
            }
            return;
        };
        if id > self.answered.get_value() {
            self.answered.set_value(id);
        }
        let Some((latest, corpus)) = self.pending.get_value() else {
            return;
        };
        // Answers to a request replaced since are of no use.
        if id != latest {
            return;
        }
        match answer {
            Response::Cleaned { local, .. } => {
                self.cleaned.set_value(local);
                let list = self.local.get_untracked();
                let corpus = Arc::new(
                    self.cleaned
                        .with_value(|c| local::with_locals(&self.seeds.get_value(), &list, c)),
                );
                // Before the first analysis no view holds indices into the
                // corpus: the cleaned text can replace the placeholders now.
                if self.analysis.with_untracked(Option::is_none) {
                    self.corpus.set(corpus.clone());
                }
                self.pending.set_value(Some((id, corpus)));
            }
            Response::Progress { progress, .. } => {
                if progress.stage == parallax_engine::Stage::Entities {
                    perf_mark("parallax:worker-started");
                }
                self.status.set(Status::Running {
                    articles: corpus.documents.len(),
                    progress,
                });
            }
            Response::Part { part, .. } => self.partial.update_value(|a| part.add_to(a)),
            Response::Done { .. } => {
                perf_mark("parallax:analysis-end");
                let state = *self;
                // Drawing the analysis is a task of its own, not one with
                // decoding the last part.
                set_timeout(
                    move || state.publish(id),
                    std::time::Duration::from_millis(0),
                );
            }
            Response::Failed { message, .. } => self.fail(message),
            Response::Exported { .. } => {}
        }
    }

    /// Puts request `id`'s analysis on screen, with its corpus, unless a
    /// newer request replaced it meanwhile.
    fn publish(&self, id: u32) {
        let Some((latest, corpus)) = self.pending.get_value() else {
            return;
        };
        if id != latest {
            return;
        }
        self.pending.set_value(None);
        let analysis = std::mem::take(&mut *self.partial.write_value());
        if !Arc::ptr_eq(&corpus, &self.corpus.get_untracked()) {
            self.corpus.set(corpus);
        }
        self.analysis.set(Some(Arc::new(analysis)));
        self.status.set(Status::Ready);
        mark_ready();
    }

    /// Keeps the pending request: a worker that answers after the timeout
    /// (a slow network) still gets its analysis on screen.
    fn fail(&self, message: String) {
        self.status.set(Status::Failed(message));
        set_analysis_flag("failed");
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// `<html data-analysis>`: "running" while the worker analyses, then
/// "ready", or "failed".
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
