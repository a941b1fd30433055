//! The worker side: answers with the build's analysis of the embedded
//! articles (`prebuilt`), and runs the engine, reporting progress as it
//! goes, when articles are added. Compiled into the `worker` binary only
//! (src/bin/worker.rs): the page's binary never reaches this code, so the
//! engine's pipeline and knowledge data stay out of the page's Wasm.

use super::prebuilt;
use super::protocol::{embedded_seeds, Analyse, Format, Part, Postcard, Request, Response};
use gloo_worker::{HandlerId, Registrable, Worker, WorkerScope};
use parallax_engine::{Analysis, Corpus};
use std::cell::RefCell;
use std::sync::Arc;

pub struct Analyst {
    /// The embedded articles, decoded when first needed (an added article,
    /// an export) and kept: an added article re-analyses them all.
    seeds: Option<Corpus>,
    /// The latest finished analysis and its corpus, for `Export`: `None`
    /// for the embedded articles alone (`seeds`).
    latest: Option<(Option<Corpus>, Arc<Analysis>)>,
    /// The embedded articles' analysis made at build time (`prebuilt`),
    /// decoded at start for the page's first request, which comes once the
    /// page's own Wasm has started: decoded on request instead, 1,000
    /// articles came on screen about 200 ms later (medians of 7 cold loads),
    /// while a request with an added article was no sooner.
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
        // gloo posts "loaded" as it schedules `create` (gloo-worker's
        // registrar), so the page may ask meanwhile: its request runs
        // after `create`, never on a half-made state.
        Analyst {
            seeds: None,
            latest: None,
            ready: prebuilt::analysis().ok(),
        }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, who: HandlerId) {
        match request {
            Request::Analyse(request) => self.analyse(scope, request, who),
            Request::Export { token, format } => {
                let file = match &self.latest {
                    Some((added, analysis)) => {
                        let corpus = match added {
                            Some(corpus) => Ok(corpus),
                            None => seeds(&mut self.seeds),
                        };
                        corpus.map(|corpus| match format {
                            Format::Json => parallax_engine::export::to_json(corpus, analysis),
                            Format::Csv => crate::csv::claims_csv(corpus, analysis),
                        })
                    }
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
        let test_hook = request.panic || request.engine;
        #[cfg(not(feature = "e2e-hooks"))]
        let test_hook = false;
        // With nothing added the build's analysis answers: the same engine
        // made it from the same articles (`prebuilt`).
        let made = (request.local.is_empty() && !test_hook)
            .then(|| self.ready.take().map_or_else(prebuilt::analysis, Ok).ok())
            .flatten();
        let (added, analysis) = match made {
            Some(made) => {
                scope.respond(
                    who,
                    Response::Cleaned {
                        id,
                        local: Vec::new(),
                    },
                );
                (None, made)
            }
            None => match self.run_engine(scope, &request, who) {
                Ok(made) => made,
                Err(message) => {
                    RUNNING.with(|r| *r.borrow_mut() = None);
                    scope.respond(who, Response::Failed { id, message });
                    return;
                }
            },
        };
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

    /// The embedded articles and the added ones cleaned (`Cleaned` says
    /// how), analysed with a progress report after each stage: the corpus
    /// when articles were added, and its analysis.
    fn run_engine(
        &mut self,
        scope: &WorkerScope<Self>,
        request: &Analyse,
        who: HandlerId,
    ) -> Result<(Option<Corpus>, Analysis), String> {
        let id = request.id;
        let seeds = seeds(&mut self.seeds)?;
        // With nothing added (a test hook) the embedded articles are the
        // corpus, uncopied.
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
        // `respond` posts at once, so each report reaches the page while
        // the engine goes on.
        let analysis = parallax_engine::analyze_with(corpus, &mut |progress| {
            #[cfg(feature = "e2e-hooks")]
            if request.panic && progress.stage == parallax_engine::Stage::Quotes {
                panic!("e2e-hooks: deliberate panic in the worker (?e2e-worker-panic)");
            }
            scope.respond(who, Response::Progress { id, progress });
        });
        Ok((added, analysis))
    }
}

/// The embedded articles, decoded into `slot` on first use.
fn seeds(slot: &mut Option<Corpus>) -> Result<&Corpus, String> {
    Ok(match slot {
        Some(seeds) => seeds,
        None => slot.insert(embedded_seeds()?),
    })
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
