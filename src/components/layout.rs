//! The page frame: header with navigation, and notices about the URL.

use crate::app::use_view;
use crate::components::add_article::AddArticlePanel;
use crate::components::export::ExportTools;
use crate::state::use_app;
use crate::url::{href, Page, Query};
use crate::view::count;
use leptos::prelude::*;

/// A link to a page, keeping the current filters (so a view change never
/// drops what the reader selected) unless `query` is given.
pub fn page_href(page: &Page, query: &Query) -> String {
    href(&use_app().base.get_value(), page, query)
}

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let home = move || page_href(&Page::Overview, &view.with(|v| v.query.clone()));
    let entities = move || page_href(&Page::Entities, &view.with(|v| v.query.clone()));
    let on_entities = move || {
        view.with(|v| matches!(v.page, Page::Entities | Page::Entity { .. }).then_some("page"))
    };
    let docs = move || state.corpus.with(|c| c.documents.len());
    let locals = move || state.local.with(Vec::len);
    let toggle = move |_| {
        let open = !state.add_panel.get_untracked();
        state.add_panel.set(open);
        if open {
            // Move focus into the panel once it is in the page.
            request_animation_frame(|| {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("local-text"))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = el.focus();
                }
            });
        }
    };
    view! {
        // target: a jump the browser makes itself (moving focus too), not the router.
        <a class="skip-link" href="#main" target="_self">"Skip to main content"</a>
        <header class="site-header">
            <a class="brand" href=home>
                <span class="brand-mark" aria-hidden="true">"◫"</span>
                " Parallax"
            </a>
            <nav aria-label="Main">
                <a href=home aria-current=move || view.with(|v| (v.page == Page::Overview).then_some("page"))>
                    "Overview"
                </a>
                <a href=entities aria-current=on_entities>"Entities"</a>
            </nav>
            <button type="button" id="add-article-toggle" class="tool add-toggle"
                aria-controls="add-article" aria-expanded=move || state.add_panel.get().to_string()
                on:click=toggle>
                "Add article"
            </button>
            <span class="corpus-size">
                {move || match locals() {
                    0 => format!("{} articles", count(docs())),
                    n => format!("{} articles ({} local)", count(docs()), count(n)),
                }}
            </span>
            <ExportTools/>
        </header>
        <Show when=move || state.add_panel.get()>
            <AddArticlePanel/>
        </Show>
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
