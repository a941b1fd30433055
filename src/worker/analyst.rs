//! The worker side: runs the engine on each request and reports progress
//! as it goes. Compiled into the `worker` binary only (src/bin/worker.rs);
//! the page's binary never reaches this code, so the engine's pipeline and
//! knowledge data stay out of the page's Wasm.

use super::protocol::{embedded_seeds, Json, Part, Request, Response};
use gloo_worker::{HandlerId, Registrable, Worker, WorkerScope};
use parallax_engine::Corpus;
use std::cell::RefCell;

pub struct Analyst {
    /// The embedded articles, decoded on the first request and kept for
    /// the next ones (an article added later re-analyses them all).
    seeds: Option<Corpus>,
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
        Analyst { seeds: None }
    }

    fn update(&mut self, _scope: &WorkerScope<Self>, _msg: ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, who: HandlerId) {
        let id = request.id;
        RUNNING.with(|r| *r.borrow_mut() = Some((scope.clone(), who, id)));
        #[cfg(feature = "e2e-hooks")]
        let panic = request.panic;
        let seeds = match self.seeds.take().map_or_else(embedded_seeds, Ok) {
            Ok(seeds) => self.seeds.insert(seeds),
            Err(message) => {
                RUNNING.with(|r| *r.borrow_mut() = None);
                scope.respond(who, Response::Failed { id, message });
                return;
            }
        };
        let corpus = request.corpus(seeds);
        let seeds = seeds.documents.len();
        scope.respond(
            who,
            Response::Cleaned {
                id,
                local: corpus.documents.get(seeds..).unwrap_or_default().to_vec(),
            },
        );
        // `respond` posts at once, so each report reaches the page while
        // the engine goes on.
        let analysis = parallax_engine::analyze_with(&corpus, &mut |progress| {
            #[cfg(feature = "e2e-hooks")]
            if panic && progress.stage == parallax_engine::Stage::Quotes {
                panic!("e2e-hooks: deliberate panic in the worker (?e2e-worker-panic)");
            }
            scope.respond(who, Response::Progress { id, progress });
        });
        RUNNING.with(|r| *r.borrow_mut() = None);
        for part in Part::split(analysis) {
            scope.respond(who, Response::Part { id, part });
        }
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
    Analyst::registrar().encoding::<Json>().register();
}
