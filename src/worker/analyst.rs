//! The worker side: runs the engine on each request and reports progress
//! as it goes. Compiled into the `worker` binary only (src/bin/worker.rs);
//! the page's binary never reaches this code, so the engine's pipeline and
//! knowledge data stay out of the page's Wasm.

use super::protocol::{embedded_seeds, Analyse, Format, Part, Postcard, Request, Response};
use gloo_worker::{HandlerId, Registrable, Worker, WorkerScope};
use parallax_engine::{Analysis, Corpus};
use std::cell::RefCell;
use std::sync::Arc;

/// Embedded corpora up to this much text are analysed as soon as the worker
/// starts, before any request: about a tenth of a second of work, so a
/// progress bar would show nothing, while the page's request can only come
/// once its main thread has handled the worker's "loaded" message, which
/// waits behind the page's own start-up. A larger corpus is analysed on
/// request, with progress reports.
const ANALYSE_AT_START_BYTES: usize = 64 * 1024;

pub struct Analyst {
    /// The embedded articles, decoded when the worker starts (again on a
    /// request if that failed) and kept: an added article re-analyses them all.
    seeds: Option<Corpus>,
    /// The latest finished analysis and its corpus, for `Export`: `None`
    /// for the embedded articles alone (`seeds`).
    latest: Option<(Option<Corpus>, Arc<Analysis>)>,
    /// The embedded articles' analysis made at start, for a request with
    /// no added article (the page's first, as a rule).
    ready: Option<Analysis>,
}

thread_local! {
    /// Where a panic is reported: the request running now.
    static RUNNING: RefCell<Option<(WorkerScope<Analyst>, HandlerId, u32)>> = const { RefCell::new(None) };
}

impl Worker for Analyst {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_scope: &WorkerScope<Self>) -> Self {
        // Done before the first request, not on it: the page starts the
        // worker before its own Wasm has loaded (index.html), so the worker
        // is usually idle until the request comes, and these are needed by
        // every analysis. gloo posts "loaded" as it schedules `create`
        // (gloo-worker's registrar), so the page may ask meanwhile: its
        // request runs after `create`, never on half-built tables.
        let seeds = embedded_seeds().ok();
        parallax_engine::entities::gazetteer::get();
        parallax_engine::claims::lexicon::Synonyms::get();
        let ready = seeds
            .as_ref()
            .filter(|c| {
                c.documents.iter().map(|d| d.text.len()).sum::<usize>() <= ANALYSE_AT_START_BYTES
            })
            .map(parallax_engine::analyze);
        Analyst {
            seeds,
            latest: None,
            ready,
        }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, who: HandlerId) {
        match request {
            Request::Analyse(request) => self.analyse(scope, request, who),
            Request::Export { token, format } => {
                let latest = self.latest.as_ref().and_then(|(added, analysis)| {
                    Some((added.as_ref().or(self.seeds.as_ref())?, analysis))
                });
                let file = match latest {
                    Some((corpus, analysis)) => Ok(match format {
                        Format::Json => parallax_engine::export::to_json(corpus, analysis),
                        Format::Csv => crate::csv::claims_csv(corpus, analysis),
                    }),
                    None => Err("no analysis to export yet".to_string()),
                };
                scope.respond(who, Response::Exported { token, file });
            }
        }
    }
}

impl Analyst {
    fn analyse(&mut self, scope: &WorkerScope<Self>, request: Analyse, who: HandlerId) {
        let id = request.id;
        RUNNING.with(|r| *r.borrow_mut() = Some((scope.clone(), who, id)));
        #[cfg(feature = "e2e-hooks")]
        let panic = request.panic;
        #[cfg(not(feature = "e2e-hooks"))]
        let panic = false;
        let seeds = match self.seeds.take().map_or_else(embedded_seeds, Ok) {
            Ok(seeds) => self.seeds.insert(seeds),
            Err(message) => {
                RUNNING.with(|r| *r.borrow_mut() = None);
                scope.respond(who, Response::Failed { id, message });
                return;
            }
        };
        // With nothing added the embedded articles are the corpus, uncopied.
        let added = (!request.local.is_empty()).then(|| request.corpus(seeds));
        let embedded = seeds.documents.len();
        let corpus = added.as_ref().unwrap_or(seeds);
        scope.respond(
            who,
            Response::Cleaned {
                id,
                local: corpus
                    .documents
                    .get(embedded..)
                    .unwrap_or_default()
                    .to_vec(),
            },
        );
        // The analysis made at start is of exactly this corpus when nothing
        // was added. It serves the first request or none (`latest` keeps
        // it after), so it is not held in memory for nothing.
        let made = self
            .ready
            .take()
            .filter(|_| request.local.is_empty() && !panic);
        // `respond` posts at once, so each report reaches the page while
        // the engine goes on.
        let analysis = made.unwrap_or_else(|| {
            parallax_engine::analyze_with(corpus, &mut |progress| {
                #[cfg(feature = "e2e-hooks")]
                if panic && progress.stage == parallax_engine::Stage::Quotes {
                    panic!("e2e-hooks: deliberate panic in the worker (?e2e-worker-panic)");
                }
                scope.respond(who, Response::Progress { id, progress });
            })
        });
        RUNNING.with(|r| *r.borrow_mut() = None);
        let analysis = Arc::new(analysis);
        for part in Part::split(&analysis) {
            scope.respond(who, Response::Part { id, part });
        }
        // The page publishes each finished analysis, so this is the one it
        // shows (or is about to, when an export request is already queued).
        self.latest = Some((added, analysis));
        scope.respond(who, Response::Done { id });
    }
}

/// The worker's entry point.
pub fn run() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // With panic = "abort" the Wasm instance is dead after this hook:
        // tell the page now, so it shows an error rather than waiting.
        RUNNING.with(|r| {
            if let Ok(running) = r.try_borrow() {
                if let Some((scope, who, id)) = running.as_ref() {
                    scope.respond(
                        *who,
                        Response::Failed {
                            id: *id,
                            message: info.to_string(),
                        },
                    );
                }
            }
        });
    }));
    Analyst::registrar().encoding::<Postcard>().register();
}
