//! `/entities`: every named thing in the shown sources, most mentioned
//! first, with its mentions per source as small bars.

use crate::app::use_view;
use crate::components::layout::page_href;
use crate::state::use_app;
use crate::url::Page;
use crate::view::count;
use crate::view::entities::{entity_index, EntityIndex, EntityRow, Source};
use leptos::prelude::*;

/// Rows rendered at first; more on request, so a huge corpus stays responsive.
const PAGE_ROWS: usize = 150;
/// Sources listed per entity before the rest are summed up.
const MAX_BARS: usize = 8;

#[component]
pub fn Entities() -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let limit = RwSignal::new(PAGE_ROWS);
    let index = Memo::new(move |_| {
        let query = view.with(|v| v.query.clone());
        state.analysis.with(|a| {
            a.as_ref()
                .map(|a| state.corpus.with(|c| entity_index(c, a, &query)))
        })
    });
    move || match index.get() {
        None => view! {
            <section aria-labelledby="entities-title">
                <h1 id="entities-title">"Entities"</h1>
                <p class="hint" role="status">"Analysing the articles…"</p>
            </section>
        }
        .into_any(),
        Some(ix) => view! { <IndexView ix limit/> }.into_any(),
    }
}

#[component]
fn IndexView(ix: EntityIndex, limit: RwSignal<usize>) -> impl IntoView {
    let view = use_view();
    let query = view.with_untracked(|v| v.query.clone());
    let filtered =
        !query.types.is_empty() || !query.search.trim().is_empty() || !query.sources.is_empty();
    let shown = ix.rows.len();
    let summary = if filtered {
        format!(
            "{} of {} entities match the filters.",
            count(shown),
            count(ix.all)
        )
    } else {
        format!("{} entities, most mentioned first.", count(shown))
    };
    let sources = std::sync::Arc::new(ix.sources.clone());
    let max = ix.max_count.max(1);
    let rows = std::sync::Arc::new(ix.rows);
    let rows_view = {
        let rows = rows.clone();
        move || {
            rows.iter()
                .take(limit.get())
                .map(|r| row(r, &sources, max, &query))
                .collect_view()
        }
    };
    view! {
        <section class="entities" aria-labelledby="entities-title">
            <h1 id="entities-title">"Entities"</h1>
            {(!ix.notices.is_empty()).then(|| view! {
                <div class="notice" role="status">
                    <ul>{ix.notices.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
            <p class="lede">{summary}" Bars show mentions per source; open an entity to read each mention in context."</p>
            {(shown == 0).then(|| view! {
                <p class="panel empty">"No entity matches. Clear the type or search filters to see them all."</p>
            })}
            <ol class="entity-list">{rows_view}</ol>
            <Show when=move || limit.get() < shown>
                <button type="button" class="button more"
                    on:click=move |_| limit.update(|l| *l += PAGE_ROWS)>
                    {move || format!("Show {} more", (shown - limit.get()).min(PAGE_ROWS))}
                </button>
            </Show>
        </section>
    }
}

pub fn type_badge(kind: parallax_engine::EntityType) -> impl IntoView {
    let label = kind.label();
    view! { <span class=format!("etype etype-{}", label.to_ascii_lowercase())>{label}</span> }
}

pub fn local_badge(local: bool) -> impl IntoView {
    local.then(|| view! { <span class="badge local" title="Added in this browser">"local"</span> })
}

fn row(r: &EntityRow, sources: &[Source], max: usize, query: &crate::url::Query) -> impl IntoView {
    let link = page_href(&Page::Entity { id: r.id.clone() }, query);
    let mut bars: Vec<(&Source, usize)> = sources
        .iter()
        .zip(r.per_source.iter().copied())
        .filter(|(_, n)| *n > 0)
        .collect();
    let hidden: usize = bars.iter().skip(MAX_BARS).map(|(_, n)| n).sum();
    let hidden_sources = bars.len().saturating_sub(MAX_BARS);
    bars.truncate(MAX_BARS);
    let in_sources = r.per_source.iter().filter(|n| **n > 0).count();
    view! {
        <li class="entity-row" data-entity=r.id.clone()>
            <div class="entity-head">
                <a class="entity-name" href=link>{r.name.clone()}</a>
                {type_badge(r.kind)}
                <span class="entity-total">
                    {format!("{} mention{} in {} source{}", r.total, plural(r.total), in_sources, plural(in_sources))}
                </span>
            </div>
            {(!r.aliases.is_empty()).then(|| view! {
                <p class="aliases">"Also: " {r.aliases.join(", ")}</p>
            })}
            <ul class="bars" aria-label=format!("Mentions of {} per source", r.name)>
                {bars.into_iter().map(|(s, n)| {
                    // Tenths of a percent in a 1000-wide box: whole numbers
                    // keep std's float formatting (its only use) out of the Wasm.
                    let width = ((1000 * n + max / 2) / max.max(1)).to_string();
                    view! {
                        <li>
                            <span class="bar-source" title=s.name.clone()><b class="src-key">{s.key.clone()}</b>" · "{s.name.clone()}</span>
                            <svg class="bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">
                                <rect x="0" y="0" width=width height="10"></rect>
                            </svg>
                            <span class="bar-count">{n}</span>
                        </li>
                    }
                }).collect_view()}
                {(hidden_sources > 0).then(|| view! {
                    <li class="bar-more">{format!("+{hidden} in {hidden_sources} more sources")}</li>
                })}
            </ul>
        </li>
    }
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
