//! `/`: the corpus, one card per article.

use crate::app::use_view;
use crate::components::article::meta_line;
use crate::components::layout::page_href;
use crate::state::use_app;
use crate::url::Page;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let cards = move || {
        let query = view.with(|v| v.query.clone());
        state.corpus.with(|c| {
            c.documents
                .iter()
                .map(|d| {
                    let link = page_href(&Page::Read { doc: d.id.clone() }, &query);
                    let repeats = d.repeats.len();
                    view! {
                        <li class="card" data-doc=d.id.clone()>
                            <h2><a href=link>{d.meta.title.clone()}</a></h2>
                            <p class="meta">{meta_line(d)}</p>
                            {(repeats > 0).then(|| view! {
                                <p class="warn">{format!("{repeats} repeated passages: may hold two versions of one story")}</p>
                            })}
                            <p class="id"><code>{d.id.clone()}</code></p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let compare_first_two = move || {
        state.corpus.with(|c| match c.documents.as_slice() {
            [a, b, ..] => Some(page_href(
                &Page::Compare {
                    a: a.id.clone(),
                    b: b.id.clone(),
                },
                &view.with(|v| v.query.clone()),
            )),
            _ => None,
        })
    };
    view! {
        <section aria-labelledby="overview-title">
            <h1 id="overview-title">"How the sources report it"</h1>
            <p class="lede">
                "Each card is one article of the corpus. Open one to read it cleaned of web clutter, or compare two side by side."
            </p>
            {move || compare_first_two().map(|h| view! { <p><a class="button" href=h>"Compare the first two"</a></p> })}
            <ul class="cards">{cards}</ul>
        </section>
    }
}
