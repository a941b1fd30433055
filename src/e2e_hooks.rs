//! Test-only hooks, compiled only with the `e2e-hooks` feature: the
//! generated-corpus builds the browser tests run against have them, dist/
//! never does.

use crate::state::AppState;
use leptos::prelude::*;

/// With `?e2e-panic` in the URL, panics inside a reactive effect once the
/// analysis is on screen: a real panic in the Leptos runtime, so the test
/// proves the panic panel catches what users would hit, not a stand-in.
pub fn install(state: AppState) {
    let wanted = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("e2e-panic"));
    if !wanted {
        return;
    }
    Effect::new(move |_| {
        if state.analysis.with(Option::is_some) {
            panic!("e2e-hooks: deliberate panic requested by ?e2e-panic");
        }
    });
}
