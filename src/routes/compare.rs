//! `/compare/:a/:b`: two articles side by side.

use crate::app::use_view;
use crate::components::article::{meta_line, ArticleText};
use crate::components::layout::page_href;
use crate::components::missing::Missing;
use crate::state::use_app;
use crate::url::Page;
use leptos::prelude::*;

#[component]
pub fn Compare(a: String, b: String) -> impl IntoView {
    let state = use_app();
    let view = use_view();
    move || {
        let find = |id: &str| {
            state
                .corpus
                .with(|c| c.documents.iter().find(|d| d.id == id).cloned())
        };
        let (da, db) = (find(&a), find(&b));
        let missing: Vec<String> = [(&a, &da), (&b, &db)]
            .into_iter()
            .filter(|(_, d)| d.is_none())
            .map(|(id, _)| format!("“{id}”"))
            .collect();
        let (Some(da), Some(db)) = (da, db) else {
            return view! { <Missing what=format!("article {}", missing.join(" or "))/> }
                .into_any();
        };
        let query = view.with(|v| v.query.clone());
        let swap = page_href(
            &Page::Compare {
                a: db.id.clone(),
                b: da.id.clone(),
            },
            &query,
        );
        let column = |d: parallax_engine::Document, side: &'static str| {
            let read = page_href(&Page::Read { doc: d.id.clone() }, &query);
            let label = format!("{side}: {}", d.meta.title);
            let (id, title, meta) = (d.id.clone(), d.meta.title.clone(), meta_line(&d));
            view! {
                <section class="column" aria-label=label data-doc=id>
                    <h2><a href=read>{title}</a></h2>
                    <p class="meta">{meta}</p>
                    <div class="text"><ArticleText doc=d/></div>
                </section>
            }
        };
        view! {
            <div class="compare">
                <header class="compare-head">
                    <h1>"Compare two sources"</h1>
                    <a class="button" href=swap>"Swap sides"</a>
                </header>
                <div class="columns">{column(da, "Left")} {column(db, "Right")}</div>
            </div>
        }
        .into_any()
    }
}
