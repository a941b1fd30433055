//! The "not found" panel: says what was asked for and lists what exists.

use crate::components::layout::page_href;
use crate::state::use_app;
use crate::url::{Page, Query};
use leptos::prelude::*;

#[component]
pub fn Missing(
    /// What was not found, e.g. "article “x”".
    what: String,
) -> impl IntoView {
    let docs = use_app().corpus.with(|c| {
        c.documents
            .iter()
            .map(|d| (d.id.clone(), d.meta.title.clone()))
            .collect::<Vec<_>>()
    });
    view! {
        <section class="panel not-found" aria-labelledby="nf-title">
            <h1 id="nf-title">"Not found"</h1>
            <p>"There is no " {what} " in this corpus. These articles exist:"</p>
            <ul class="doc-list">
                {docs
                    .into_iter()
                    .map(|(id, title)| {
                        let link = page_href(&Page::Read { doc: id.clone() }, &Query::default());
                        view! {
                            <li>
                                <a href=link>{title}</a>
                                " "
                                <code>{id}</code>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>
                <a href=page_href(&Page::Overview, &Query::default())>"Back to the overview"</a>
            </p>
        </section>
    }
}
