//! The page frame: header with navigation, and notices about the URL.

use crate::app::use_view;
use crate::state::use_app;
use crate::url::{href, Page, Query};
use leptos::prelude::*;

/// A link to a page, keeping the current filters (so a view change never
/// drops what the reader selected) unless `query` is given.
pub fn page_href(page: &Page, query: &Query) -> String {
    href(&use_app().base.get_value(), page, query)
}

#[component]
pub fn Header() -> impl IntoView {
    let view = use_view();
    let home = move || page_href(&Page::Overview, &view.with(|v| v.query.clone()));
    let docs = move || use_app().corpus.with(|c| c.documents.len());
    view! {
        <a class="skip-link" href="#main">"Skip to main content"</a>
        <header class="site-header">
            <a class="brand" href=home>
                <span class="brand-mark" aria-hidden="true">"◫"</span>
                " Parallax"
            </a>
            <nav aria-label="Main">
                <a href=home aria-current=move || view.with(|v| (v.page == Page::Overview).then_some("page"))>
                    "Overview"
                </a>
            </nav>
            <span class="corpus-size">{move || format!("{} articles", docs())}</span>
        </header>
    }
}

/// Parameters in the URL that were not understood: shown, then ignored.
#[component]
pub fn Notices() -> impl IntoView {
    let view = use_view();
    let filter = crate::components::filter_bar::use_filter();
    move || {
        let mut notices = view.with(|v| v.notices.clone());
        notices.extend(filter.with(|f| f.notices.clone()));
        (!notices.is_empty()).then(|| {
            view! {
                <div class="notice" role="status">
                    <strong>"Link partly understood: "</strong>
                    <ul>{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </div>
            }
        })
    }
}
