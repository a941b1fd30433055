//! The filter bar every view shares: sources, entity types, coverage and
//! search. It only rewrites the URL (replacing the history entry, so typing
//! does not leave a trail of entries); views read the filters back from it.

use crate::app::use_view;
use crate::components::legend::TypeLegend;
use crate::components::list_toggle::ListAllToggle;
use crate::nav::{use_navigate, Nav};
use crate::state::use_app;
use crate::url::{href, Coverage, Page, Query};
use crate::view::filter::Filter;
use crate::view::{source_key, source_name};
use leptos::prelude::*;
use std::sync::Arc;

/// Source checkboxes listed before "List all sources" is pressed.
const SOURCE_PAGE: usize = 24;

/// The query's filters resolved against the corpus and (once ready) the analysis.
pub fn provide_filter() {
    let state = use_app();
    let view = use_view();
    let filter = Memo::new(move |_| {
        let query = view.with(|v| v.query.clone());
        let analysis = state.analysis.get();
        Arc::new(
            state
                .corpus
                .with(|c| Filter::new(c, analysis.as_deref(), &query)),
        )
    });
    provide_context(filter);
}

pub fn use_filter() -> Memo<Arc<Filter>> {
    expect_context::<Memo<Arc<Filter>>>()
}

/// Replaces the current URL's query, keeping the page.
pub fn use_set_query() -> impl Fn(Query) + Clone + 'static {
    let navigate = use_navigate();
    let view = use_view();
    let base = use_app().base.get_value();
    move |query: Query| {
        let page = view.with_untracked(|v| v.page.clone());
        navigate(
            &href(&base, &page, &query),
            Nav {
                replace: true,
                scroll: false,
            },
        );
    }
}

#[component]
pub fn FilterBar() -> impl IntoView {
    let state = use_app();
    let view = use_view();
    let set_query = use_set_query();
    let query = move || view.with(|v| v.query.clone());

    // Only a change of the chosen sources redraws the checkboxes, not every keystroke in search.
    let chosen = Memo::new(move |_| view.with(|v| v.query.sources.clone()));
    let doc_count = Memo::new(move |_| state.corpus.with(|c| c.documents.len()));
    let every_source = RwSignal::new(false);
    let sources =
        {
            let set_query = set_query.clone();
            move || {
                let chosen = chosen.get();
                // A thousand checkboxes cost seconds to draw: list the first ones and
                // the chosen ones until the reader asks for all of them.
                let every = every_source.get();
                let docs: Vec<(String, String)> = state.corpus.with(|c| {
                    c.documents
                        .iter()
                        .enumerate()
                        .map(|(i, d)| {
                            (
                                d.id.clone(),
                                format!("{} · {}", source_key(i), source_name(d)),
                            )
                        })
                        .collect()
                });
                let all: Vec<String> = docs.iter().map(|(id, _)| id.clone()).collect();
                docs.into_iter()
                .enumerate()
                .filter(|(i, (id, _))| every || *i < SOURCE_PAGE || chosen.contains(id))
                .map(|(_, (id, name))| {
                    let on = chosen.is_empty() || chosen.contains(&id);
                    let set_query = set_query.clone();
                    let all = all.clone();
                    let toggle_id = id.clone();
                    let toggle = move |_| {
                        let mut q = view.with_untracked(|v| v.query.clone());
                        let mut now: Vec<String> = if q.sources.is_empty() {
                            all.clone()
                        } else {
                            q.sources.clone()
                        };
                        if let Some(i) = now.iter().position(|s| *s == toggle_id) {
                            now.remove(i);
                        } else {
                            now.push(toggle_id.clone());
                        }
                        // Keep corpus order; all (or none) chosen means no filter.
                        now = all.iter().filter(|s| now.contains(s)).cloned().collect();
                        q.sources = if now.len() == all.len() { Vec::new() } else { now };
                        set_query(q);
                    };
                    let tip = id.clone();
                    view! {
                        <label class="check" title=tip>
                            <input type="checkbox" prop:checked=on on:change=toggle data-src=id/>
                            <span class="check-name">{name}</span>
                        </label>
                    }
                })
                .collect_view()
            }
        };

    let coverage = {
        let set_query = set_query.clone();
        move |ev| {
            let mut q = view.with_untracked(|v| v.query.clone());
            q.coverage = Coverage::parse(&event_target_value(&ev));
            set_query(q);
        }
    };
    let search = {
        let set_query = set_query.clone();
        move |ev| {
            let mut q = view.with_untracked(|v| v.query.clone());
            q.search = event_target_value(&ev);
            set_query(q);
        }
    };
    let cov_value = move || query().coverage.map(Coverage::as_str).unwrap_or("");
    let clear = {
        let set_query = set_query.clone();
        move |_| {
            let raw = view.with_untracked(|v| v.query.raw);
            set_query(Query {
                raw,
                ..Query::default()
            });
        }
    };
    let filtered = move || {
        let q = query();
        !q.sources.is_empty()
            || !q.types.is_empty()
            || q.entity.is_some()
            || q.coverage.is_some()
            || !q.search.is_empty()
    };

    // `/` anywhere but in a text field jumps to the search box.
    let handle = window_event_listener(leptos::ev::keydown, |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.has_attribute("contenteditable")
            });
        if typing {
            return;
        }
        let input = document()
            .get_element_by_id("search")
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(input) = input {
            ev.prevent_default();
            let _ = input.focus();
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <form class="filter-bar" data-testid="filter-bar" role="search" aria-label="Filters"
            on:submit=|ev| ev.prevent_default()>
            <div class="filter-search">
                <label for="search">"Search claims"</label>
                <input id="search" type="search" data-testid="search" autocomplete="off"
                    placeholder="Words in a claim  ( / )"
                    prop:value=move || query().search
                    on:input=search/>
            </div>
            <div class="filter-cov">
                <label for="coverage">"Reported by"</label>
                <select id="coverage" on:change=coverage prop:value=cov_value>
                    <option value="" selected=move || cov_value().is_empty()>"any number of sources"</option>
                    <option value="all" selected=move || cov_value() == "all">"every source"</option>
                    <option value="some" selected=move || cov_value() == "some">"several sources"</option>
                    <option value="unique" selected=move || cov_value() == "unique">"one source only"</option>
                </select>
            </div>
            <fieldset class="filter-sources">
                <legend>"Sources"</legend>
                {sources}
                <ListAllToggle every=every_source first=SOURCE_PAGE total=doc_count testid="all-sources"/>
            </fieldset>
            // Types matter where entities are shown: highlights and entity lists.
            <Show when=move || view.with(|v| !matches!(v.page, Page::Compare { .. } | Page::Claim { .. }))>
                <TypeLegend/>
            </Show>
            {move || view.with(|v| v.query.entity.clone()).map(|e| {
                let set_query = set_query.clone();
                view! {
                    <p class="filter-entity">
                        "Entity: " <code>{e}</code> " "
                        <button type="button" class="link-button" on:click=move |_| {
                            let mut q = view.with_untracked(|v| v.query.clone());
                            q.entity = None;
                            set_query(q);
                        }>"remove"</button>
                    </p>
                }
            })}
            <Show when=filtered>
                <button type="button" class="link-button clear" on:click=clear.clone()>"Clear filters"</button>
            </Show>
        </form>
    }
}
