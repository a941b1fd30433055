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

/// A view's counter of the pieces of the first analysis it may draw, and
/// how many pieces it has.
type Chunked = (RwSignal<usize>, usize);

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
    /// While the first analysis is drawn: each view's counter of the
    /// pieces it may draw, and how many it has (see `stage_chunks`).
    staged: StoredValue<Option<Vec<Chunked>>>,
    /// How far the first analysis is drawn (see `drawn_from`).
    stage: RwSignal<usize>,
    /// Whether the page is drawing its first view, which may draw its
    /// source cards in chunks (see `take_start_up`).
    start_up: StoredValue<bool>,
}

/// Corpora larger than this draw their first analysis in stages.
const STAGED_DOCS: usize = 50;
/// The stages of `drawn_from`.
const LAST_STAGE: usize = 3;

impl AppState {
    /// `local` and `storage_problem` as `local::load` gave them.
    pub fn new(
        seeds: Corpus,
        local: Vec<LocalArticle>,
        storage_problem: Option<String>,
        base: String,
    ) -> Self {
        let seeds = Arc::new(seeds);
        AppState {
            corpus: RwSignal::new(with_locals(&seeds, &local, &[])),
            analysis: RwSignal::new(None),
            base: StoredValue::new(base),
            seeds: StoredValue::new(seeds),
            local: RwSignal::new(local),
            cleaned: StoredValue::new(Vec::new()),
            storage_problem: RwSignal::new(storage_problem),
            add_panel: RwSignal::new(false),
            status: RwSignal::new(Status::Waiting { articles: 0 }),
            worker: StoredValue::new_local(None),
            pending: StoredValue::new(None),
            partial: StoredValue::new(Analysis::default()),
            answered: StoredValue::new(0),
            staged: StoredValue::new(None),
            stage: RwSignal::new(usize::MAX),
            start_up: StoredValue::new(true),
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
            .with_value(|c| with_locals(&self.seeds.get_value(), &list, c));
        self.request(corpus);
    }

    /// Takes over the worker `app::start` spawned before this state
    /// existed, and `sent`, the request it sent then (for the corpus this
    /// state starts with), whose answers the worker may have given already.
    pub fn adopt_worker(&self, worker: Result<Client, String>, sent: Option<u32>) {
        let client = match worker {
            Ok(client) => Rc::new(client),
            Err(e) => return self.fail(e),
        };
        self.worker.set_value(Some(client.clone()));
        if let Some(id) = sent {
            self.track(id, self.corpus.get_untracked());
        }
        let state = *self;
        client.on_answer(move |answer| state.on_answer(answer));
    }

    fn request(&self, corpus: Arc<Corpus>) {
        let Some(worker) = self.worker.get_value() else {
            return;
        };
        let id = worker.analyse(self.local.get_untracked());
        self.track(id, corpus);
    }

    /// Waits for the answers to request `id`, made for `corpus`.
    fn track(&self, id: u32, corpus: Arc<Corpus>) {
        set_analysis_flag("running");
        let articles = corpus.documents.len();
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
            // No local article: the pending corpus is the embedded one already.
            Response::Cleaned { local, .. } if local.is_empty() => {}
            Response::Cleaned { local, .. } => {
                self.cleaned.set_value(local);
                let list = self.local.get_untracked();
                let corpus = self
                    .cleaned
                    .with_value(|c| with_locals(&self.seeds.get_value(), &list, c));
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
        let articles = corpus.documents.len();
        if !Arc::ptr_eq(&corpus, &self.corpus.get_untracked()) {
            self.corpus.set(corpus);
        }
        // A large corpus's first analysis is drawn in stages, a frame
        // apart (each stage's views wait for it: `drawn_from`), then the
        // matrices' rows a chunk a frame (`stage_chunks`): drawn in one
        // task, 1,000 articles' overview took the page's thread most of a
        // second. A small corpus draws in one task, well under 50 ms.
        let staged = self.analysis.with_untracked(Option::is_none) && articles > STAGED_DOCS;
        if staged {
            self.staged.set_value(Some(Vec::new()));
            self.stage.set(1);
        }
        self.analysis.set(Some(Arc::new(analysis)));
        self.status.set(Status::Ready);
        if !staged {
            mark_ready();
            return;
        }
        let state = *self;
        wasm_bindgen_futures::spawn_local(async move {
            // Each step's views are drawn by the end of the task that lets
            // them in (in its microtasks): the next task sees what they asked for.
            crate::tasks::next_task().await;
            while state.stage.get_untracked() < LAST_STAGE
                || state.staged.with_value(|s| {
                    s.iter()
                        .flatten()
                        .any(|(drawn, n)| drawn.try_get_untracked().is_some_and(|d| d < *n))
                })
            {
                crate::tasks::after_next_frame().await;
                if state.stage.get_untracked() < LAST_STAGE {
                    state.stage.update(|s| *s += 1);
                }
                state.staged.with_value(|s| {
                    for (drawn, n) in s.iter().flatten() {
                        drawn.try_update(|d| *d = (*d + 1).min(*n));
                    }
                });
                crate::tasks::next_task().await;
            }
            state.stage.set(usize::MAX);
            // Anything that came into view meanwhile (a scroll) as well.
            if let Some(staged) = state.staged.write_value().take() {
                for (drawn, _) in staged {
                    drawn.try_set(usize::MAX);
                }
            }
            mark_ready();
        });
    }

    /// Whether views of stage `k` may show the analysis: always, except
    /// while `publish` draws a large corpus's first analysis in stages
    /// (1: cards and filters; 2: the most mentioned entities; 3: the
    /// claims section; then the matrix rows, see `stage_chunks`).
    pub fn drawn_from(&self, k: usize) -> Memo<bool> {
        let stage = self.stage;
        Memo::new(move |_| stage.get() >= k)
    }

    /// True for the first caller only: the view the page opens with.
    pub fn take_start_up(&self) -> bool {
        std::mem::replace(&mut *self.start_up.write_value(), false)
    }

    /// Whether no stage of drawing the first analysis is pending (tracked).
    pub fn fully_drawn(&self) -> bool {
        self.stage.get() == usize::MAX
    }

    /// A counter of the pieces (chunks of matrix rows) a view may draw of
    /// the `chunks` it has, piece k once it exceeds k: all of them, except
    /// while `publish` draws a large corpus's first analysis in stages;
    /// then it lets one more in after each frame.
    pub fn stage_chunks(&self, chunks: usize) -> RwSignal<usize> {
        let staging = chunks > 1 && self.staged.with_value(Option::is_some);
        let drawn = RwSignal::new(if staging { 0 } else { usize::MAX });
        if staging {
            self.staged.update_value(|s| {
                if let Some(s) = s {
                    s.push((drawn, chunks));
                }
            });
        }
        drawn
    }

    /// Keeps the pending request: a worker that answers after the timeout
    /// (a slow network) still gets its analysis on screen.
    fn fail(&self, message: String) {
        self.status.set(Status::Failed(message));
        set_analysis_flag("failed");
    }
}

/// The page's corpus: the embedded articles themselves while none is added
/// (copying a thousand articles takes the page's thread a while), else
/// a copy followed by the local ones.
fn with_locals(seeds: &Arc<Corpus>, list: &[LocalArticle], cleaned: &[Document]) -> Arc<Corpus> {
    if list.is_empty() {
        seeds.clone()
    } else {
        Arc::new(local::with_locals(seeds, list, cleaned))
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

pub fn perf_mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}
