//! Test-only hooks, compiled only with the `e2e-hooks` feature: the
//! generated-corpus builds the browser tests run against have them, dist/
//! never does.

use crate::state::AppState;
use leptos::prelude::*;

/// Whether the page's URL asks for a hook (`?e2e-panic`, `?e2e-worker-panic`,
/// `?e2e-worker-engine`).
pub fn wants(hook: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| {
            s.trim_start_matches('?')
                .split('&')
                .any(|p| p.split('=').next() == Some(hook))
        })
}

/// With `?e2e-panic` in the URL, panics inside a reactive effect once the
/// analysis is on screen: a real panic in the Leptos runtime, so the test
/// proves the panic panel catches what users would hit, not a stand-in.
/// (`?e2e-worker-panic` and `?e2e-worker-engine` are read by the worker
/// client: the worker panics, or runs the engine on the embedded articles.)
pub fn install(state: AppState) {
    if !wants("e2e-panic") {
        return;
    }
    Effect::new(move |_| {
        // Once all of it is drawn (a large corpus draws in stages).
        if state.analysis.with(Option::is_some) && state.fully_drawn() {
            panic!("e2e-hooks: deliberate panic requested by ?e2e-panic");
        }
    });
}
