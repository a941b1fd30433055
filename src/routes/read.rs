//! `/read/:doc`: one article, cleaned, with a toggle to the raw file.

use crate::app::use_view;
use crate::components::article::{doc_meta_view, title_view, ArticleText, RawText};
use crate::components::filter_bar::use_filter;
use crate::components::highlighted::{reveal_fragment, HighlightedText};
use crate::components::layout::page_href;
use crate::components::missing::Missing;
use crate::state::use_app;
use crate::url::{Page, Query};
use crate::view::doc_meta::title_shown;
use crate::view::reader::paragraphs;
use leptos::prelude::*;

#[component]
pub fn Read(doc: String) -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let filter = use_filter();
    move || {
        let Some(d) = state
            .corpus
            .with(|c| c.documents.iter().find(|d| d.id == doc).cloned())
        else {
            return view! { <Missing what=format!("article “{doc}”")/> }.into_any();
        };
        let query = view.with(|v| v.query.clone());
        let raw = query.raw;
        let page = Page::Read { doc: d.id.clone() };
        let toggle = page_href(
            &page,
            &Query {
                raw: !raw,
                ..query.clone()
            },
        );
        let repeats = d.repeats.len();
        view! {
            <article class="reader" aria-labelledby="doc-title">
                <header>
                    <h1 id="doc-title">{title_view(title_shown(&d.meta))}</h1>
                    <p class="meta">{doc_meta_view(&d)}</p>
                    {d.meta.url.clone().map(|u| view! { <p class="meta">"Source: " <span class="url">{u}</span></p> })}
                    <p class="toolbar">
                        <a class="button" href=toggle>
                            {if raw { "Show cleaned text" } else { "Show raw file" }}
                        </a>
                    </p>
                    {(repeats > 0 && !raw).then(|| view! {
                        <p class="warn" role="note">
                            {format!("This article repeats {repeats} passages of itself: it may hold two versions of one story. Repeats are marked.")}
                        </p>
                    })}
                </header>
                {if raw {
                    view! { <RawText doc=d/> }.into_any()
                } else {
                    // Text first; highlights and claim markers once the analysis is ready.
                    let doc_ix = state.corpus.with(|c| c.find(&d.id));
                    let q = query.clone();
                    (move || match (state.analysis.get(), doc_ix) {
                        (Some(a), Some(ix)) => {
                            let paras = state.corpus.with(|c| paragraphs(c, &a, &filter.get(), ix));
                            // A link to one quotation (`#quote-…`) lands once its tag is drawn.
                            request_animation_frame(reveal_fragment);
                            view! {
                                <div class="text highlighted" data-analysis="ready">
                                    <HighlightedText paragraphs=paras query=q.clone()/>
                                </div>
                            }
                            .into_any()
                        }
                        _ => view! { <div class="text"><ArticleText doc=d.clone()/></div> }.into_any(),
                    })
                    .into_any()
                }}
            </article>
        }
        .into_any()
    }
}
