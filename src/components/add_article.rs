//! The "Add article" panel: paste text or choose/drop `.txt` files. What is
//! added is analysed here with the corpus and kept in this browser only.
//! Pasted text is only ever rendered as text.

use crate::components::layout::page_href;
use crate::local::{prepare, LocalArticle};
use crate::state::use_app;
use crate::url::{Page, Query};
use crate::view::doc_meta::title_shown;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One line of feedback after an attempt to add something.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Outcome {
    ok: bool,
    text: String,
}

#[component]
pub fn AddArticlePanel() -> impl IntoView {
    let state = use_app();
    let title = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let outcomes = RwSignal::new(Vec::<Outcome>::new());
    let dragging = RwSignal::new(false);

    let add = move |name: &str, article: Result<LocalArticle, String>| {
        let outcome = match article.and_then(|a| {
            let id = a.id.clone();
            let shown = a.title.clone().unwrap_or_else(|| name.to_string());
            state.add_local(a).map(|()| (id, shown))
        }) {
            Ok((id, shown)) => Outcome {
                ok: true,
                text: format!("Added “{shown}” as {id}."),
            },
            Err(e) => Outcome {
                ok: false,
                text: if e.starts_with(name) {
                    e
                } else {
                    format!("{name}: {e}")
                },
            },
        };
        let ok = outcome.ok;
        outcomes.update(|o| o.push(outcome));
        ok
    };

    let add_pasted = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcomes.set(Vec::new());
        let body = text.get_untracked();
        let result = prepare("pasted text", &title.get_untracked(), body.as_bytes());
        // On failure the text stays in the box: nothing is lost.
        if add("pasted text", result) {
            text.set(String::new());
            title.set(String::new());
        }
    };

    let read_files = move |files: Option<web_sys::FileList>| {
        let Some(files) = files else { return };
        outcomes.set(Vec::new());
        let files = gloo_file::FileList::from(files);
        let files: Vec<gloo_file::File> = files.iter().cloned().collect();
        leptos::task::spawn_local(async move {
            for file in files {
                let name = file.name();
                let result = match gloo_file::futures::read_as_bytes(&file).await {
                    Ok(bytes) => prepare(&name, "", &bytes),
                    Err(_) => Err(format!("{name}: the browser could not read this file")),
                };
                add(&name, result);
            }
        });
    };

    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        read_files(input.files());
        // Choosing the same file again should fire again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        read_files(ev.data_transfer().and_then(|d| d.files()));
    };

    let close = move |_| {
        state.add_panel.set(false);
        focus_by_id("add-article-toggle");
    };

    let local_list = move || {
        state.local.with(|list| {
            list.iter()
                .map(|a| {
                    let id = a.id.clone();
                    let title = state.corpus.with(|c| {
                        c.find(&a.id)
                            .map(|i| title_shown(&c.documents[i].meta).plain())
                            .unwrap_or_else(|| a.id.clone())
                    });
                    let link = page_href(&Page::Read { doc: id.clone() }, &Query::default());
                    let remove_id = id.clone();
                    let doc_attr = id.clone();
                    let label = format!("Remove “{title}”");
                    view! {
                        <li class="local-item" data-doc=doc_attr>
                            <span class="badge local">"local"</span>
                            <a href=link>{title}</a>
                            <code>{id}</code>
                            <button type="button" class="tool danger" aria-label=label
                                on:click=move |_| state.remove_local(&remove_id)>
                                "Remove"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section id="add-article" class="add-article" aria-labelledby="add-article-title"
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                if ev.key() == "Escape" {
                    state.add_panel.set(false);
                    focus_by_id("add-article-toggle");
                }
            }>
            <div class="add-head">
                <h2 id="add-article-title">"Add an article"</h2>
                <button type="button" class="tool" on:click=close>"Close"</button>
            </div>
            <p class="hint">
                "Paste a text or choose .txt files (UTF-8, up to 2 MB each). They are analysed in this browser with the other articles, saved in this browser only, and never sent anywhere."
            </p>
            <form class="paste" on:submit=add_pasted>
                <label for="local-title">"Title (optional)"</label>
                <input id="local-title" type="text" autocomplete="off"
                    prop:value=move || title.get()
                    on:input=move |ev| title.set(event_target_value(&ev))/>
                <label for="local-text">"Article text"</label>
                <textarea id="local-text" rows="8" spellcheck="false"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <button type="submit" class="button">"Add pasted text"</button>
            </form>
            <div class="drop" class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="local-files">"Or choose .txt files, or drop them here"</label>
                <input id="local-files" type="file" accept=".txt,text/plain" multiple on:change=on_change/>
            </div>
            <div role="status" aria-live="polite">
                <ul class="outcomes">
                    {move || outcomes.get().into_iter().map(|o| view! {
                        <li class=if o.ok { "ok" } else { "error" }>{o.text}</li>
                    }).collect_view()}
                </ul>
            </div>
            {move || state.storage_problem.get().map(|p| view! {
                <p class="warn storage-problem" role="alert">{p}</p>
            })}
            <h3>"Local articles"</h3>
            <Show when=move || state.local.with(|l| !l.is_empty())
                fallback=|| view! { <p class="hint">"None yet."</p> }>
                <ul class="local-list">{local_list}</ul>
            </Show>
        </section>
    }
}

fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
