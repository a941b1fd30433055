//! The page's side of the analysis worker: spawns it, sends it corpora and
//! hands its answers to a callback.

use super::analyst::Analyst;
use super::protocol::{Analyse, Format, Postcard, Request, Response};
use crate::local::LocalArticle;
use gloo_worker::{Spawnable, WorkerBridge};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What to do with an exported file, or with why there is none.
type OnExport = Box<dyn FnOnce(Result<String, String>)>;

/// How long the worker may take to give its first answer to a request
/// (loading and compiling its Wasm is most of it) before the page says it
/// did not answer. A late answer still counts: the page then goes on.
pub const ANSWER_TIMEOUT_MS: u64 = 20_000;

/// The worker loader's file name: scripts/csp.mjs gives it a content hash
/// and names it in `<meta name="worker-loader">`.
const LOADER_META: &str = "meta[name=worker-loader]";
const LOADER_DEFAULT: &str = "worker_loader.js";

pub struct Client {
    /// Dropping the bridge would end the worker.
    bridge: WorkerBridge<Analyst>,
    last: Cell<u32>,
    answers: Rc<RefCell<Answers>>,
    /// Exports asked for and not yet answered, by token.
    exports: RefCell<Vec<(u32, OnExport)>>,
    last_export: Cell<u32>,
}

/// Where the worker's answers go: the page starts the worker before its
/// state exists, so answers wait until a handler is set.
enum Answers {
    Waiting(Vec<Response>),
    To(Rc<dyn Fn(Response)>),
}

impl Client {
    /// Starts the worker (its files load in parallel with the page's work).
    /// Answers are kept until [`Client::on_answer`] names their handler.
    pub fn spawn() -> Result<Client, String> {
        let url = loader_url().ok_or("cannot resolve the worker's address")?;
        let answers = Rc::new(RefCell::new(Answers::Waiting(Vec::new())));
        let mut spawner = Analyst::spawner();
        spawner.callback({
            let answers = answers.clone();
            move |answer| {
                let to = match &mut *answers.borrow_mut() {
                    Answers::Waiting(kept) => {
                        kept.push(answer);
                        return;
                    }
                    Answers::To(to) => to.clone(),
                };
                to(answer);
            }
        });
        // Trunk builds the worker as `no-modules` with a loader script of
        // its own; gloo's defaults (an ES module behind a blob: shim) fail
        // on that, the blob silently under `worker-src 'self'`.
        let mut spawner = spawner.encoding::<Postcard>();
        spawner.with_loader(true).as_module(false);
        // gloo's `spawn` panics only if the Worker constructor throws, which
        // it does for a bad or cross-origin URL: this one is same-origin by
        // construction. A file that fails to load shows as no answer.
        Ok(Client {
            bridge: spawner.spawn(&url),
            last: Cell::new(0),
            answers,
            exports: RefCell::new(Vec::new()),
            last_export: Cell::new(0),
        })
    }

    /// Hands the worker's answers to `to`, those that came already first.
    pub fn on_answer(&self, to: impl Fn(Response) + 'static) {
        let to: Rc<dyn Fn(Response)> = Rc::new(to);
        let kept = match std::mem::replace(&mut *self.answers.borrow_mut(), Answers::To(to.clone()))
        {
            Answers::Waiting(kept) => kept,
            Answers::To(_) => Vec::new(),
        };
        for answer in kept {
            to(answer);
        }
    }

    /// Sends `local` (the articles after the embedded ones in the page's
    /// corpus, uncleaned) to analyse with the embedded corpus; answers
    /// carry the returned id.
    pub fn analyse(&self, local: Vec<LocalArticle>) -> u32 {
        let id = self.last.get() + 1;
        self.last.set(id);
        self.bridge.send(Request::Analyse(Analyse {
            id,
            local,
            #[cfg(feature = "e2e-hooks")]
            panic: crate::e2e_hooks::wants("e2e-worker-panic"),
            #[cfg(feature = "e2e-hooks")]
            engine: crate::e2e_hooks::wants("e2e-worker-engine"),
        }));
        id
    }

    /// Asks the worker for its latest analysis as a file; `done` gets it
    /// when the worker answers (`exported`).
    pub fn export(&self, format: Format, done: impl FnOnce(Result<String, String>) + 'static) {
        let token = self.last_export.get() + 1;
        self.last_export.set(token);
        self.exports.borrow_mut().push((token, Box::new(done)));
        self.bridge.send(Request::Export { token, format });
    }

    /// Hands an `Exported` answer to the export that asked for it.
    pub fn exported(&self, token: u32, file: Result<String, String>) {
        let done = {
            let mut exports = self.exports.borrow_mut();
            let at = exports.iter().position(|(t, _)| *t == token);
            at.map(|i| exports.remove(i).1)
        };
        if let Some(done) = done {
            done(file);
        }
    }
}

/// The loader's URL, resolved against `document.baseURI` so a site served
/// under a sub-path (`/parallax/`) finds it from any deep link.
fn loader_url() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let name = doc
        .query_selector(LOADER_META)
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| LOADER_DEFAULT.to_string());
    let base = doc.base_uri().ok().flatten()?;
    web_sys::Url::new_with_base(&name, &base)
        .ok()
        .map(|u| u.href())
}
