//! The page switch: the URL path picks the page.

use crate::components::analysis_status::AnalysisStatus;
use crate::components::filter_bar::{provide_filter, FilterBar};
use crate::components::layout::{Header, Notices};
use crate::routes;
use crate::state::AppState;
use crate::url::{base_from_path, below_base, search_pairs, Page, Query};
use crate::worker::client::Client;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// The base path the site is served under, from `<base href>` (set by
/// Trunk's `--public-url` at build time).
fn document_base() -> String {
    let path = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|u| u.pathname())
        .unwrap_or_default();
    base_from_path(&path)
}

/// Starts the page: the analysis worker first, so its files load and it
/// analyses while this thread decodes the embedded articles (a slice per
/// task) and draws them; then the app.
pub fn start() {
    let worker = Client::spawn();
    let (local, storage_problem) = crate::local::load();
    // The worker embeds the same articles: only the reader's own are sent.
    let sent = worker.as_ref().ok().map(|w| w.analyse(local.clone()));
    // With the ready mark, split "time to analysis on screen" into waiting
    // for the worker, analysis and drawing.
    crate::state::perf_mark("parallax:analysis-start");
    wasm_bindgen_futures::spawn_local(async move {
        let seeds = crate::seeds::corpus_in_slices().await;
        leptos::mount::mount_to_body(move || {
            let state = AppState::new(seeds, local, storage_problem, document_base());
            view! { <App state worker sent/> }
        });
    });
}

#[component]
fn App(state: AppState, worker: Result<Client, String>, sent: Option<u32>) -> impl IntoView {
    provide_context(state);
    #[cfg(feature = "e2e-hooks")]
    crate::e2e_hooks::install(state);
    state.adopt_worker(worker, sent);
    view! {
        <Router base=state.base.get_value()>
            <Shell/>
        </Router>
    }
}

/// The current page and query, derived from the URL only.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub page: Page,
    pub query: Query,
    pub notices: Vec<String>,
}

pub fn use_view() -> Memo<View> {
    expect_context::<Memo<View>>()
}

#[component]
fn Shell() -> impl IntoView {
    let state = crate::state::use_app();
    let location = use_location();
    let view = Memo::new(move |_| {
        let base = state.base.get_value();
        // The raw query, not use_query_map: its ParamsMap decodes values a
        // second time after URLSearchParams, so a search for "%41" would read "A".
        let (path, params) = (
            location.pathname.get(),
            search_pairs(&location.search.get()),
        );
        let below = below_base(&path, &base).unwrap_or(&path);
        let (mut query, mut bad) =
            Query::parse(params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        bad.extend(
            state
                .corpus
                .with(|c| query.drop_unknown_sources(|id| c.documents.iter().any(|d| d.id == id))),
        );
        View {
            page: Page::parse(below),
            query,
            notices: bad.iter().map(ToString::to_string).collect(),
        }
    });
    provide_context(view);
    provide_filter();
    let known = move || view.with(|v| !matches!(v.page, Page::Unknown { .. }));
    view! {
        <Header/>
        <main id="main" tabindex="-1">
            <AnalysisStatus/>
            <Notices/>
            <Show when=known>
                <FilterBar/>
            </Show>
            // leptos_router matches the path and completes history entries;
            // each page and its ids come from `url::Page`, parsed from the
            // same path, so ids are percent-decoded in one (tested) place.
            <Routes fallback=current_page>
                <Route path=path!("/") view=current_page/>
                <Route path=path!("/read/:doc") view=current_page/>
                <Route path=path!("/compare/:a/:b") view=current_page/>
                <Route path=path!("/claim/:id") view=current_page/>
                <Route path=path!("/entities") view=current_page/>
                <Route path=path!("/entity/:id") view=current_page/>
            </Routes>
        </main>
    }
}

fn current_page() -> impl IntoView {
    let view = use_view();
    move || match view.with(|v| v.page.clone()) {
        Page::Overview => routes::overview::Overview().into_any(),
        Page::Read { doc } => view! { <routes::read::Read doc/> }.into_any(),
        Page::Compare { a, b } => view! { <routes::compare::Compare a b/> }.into_any(),
        Page::Claim { id } => view! { <routes::claim::ClaimPage id/> }.into_any(),
        Page::Entities => routes::entities::Entities().into_any(),
        Page::Entity { id } => view! { <routes::entity::Entity id/> }.into_any(),
        other => view! { <routes::not_found::NotFound page=other/> }.into_any(),
    }
}
