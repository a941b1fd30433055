//! Share and export from any view: copy the current link, download the
//! analysis as JSON (the CLI's schema) and the claims matrix as CSV. The
//! analysis worker writes the files and the page saves them; nothing is
//! uploaded.

use crate::state::use_app;
use crate::worker::protocol::Format;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Saves `content` as a file through a Blob URL and a temporary `<a download>`.
fn download(name: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    // Revoke later: the download reads the URL after this handler returns.
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    /// The clipboard refused: show the link selected for a manual copy.
    Manual,
}

#[component]
pub fn ExportTools() -> impl IntoView {
    let state = use_app();
    let copy = RwSignal::new(CopyState::Idle);
    let link = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let fallback: NodeRef<leptos::html::Input> = NodeRef::new();

    let copy_link = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let href = window.location().href().unwrap_or_default();
        link.set(href.clone());
        let navigator = window.navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .map(|c| !c.is_undefined() && !c.is_null())
            .unwrap_or(false);
        if !has_clipboard {
            copy.set(CopyState::Manual);
            return;
        }
        let promise = navigator.clipboard().write_text(&href);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => {
                    copy.set(CopyState::Copied);
                    gloo_timers::callback::Timeout::new(4_000, move || {
                        if copy.get_untracked() == CopyState::Copied {
                            copy.set(CopyState::Idle)
                        }
                    })
                    .forget();
                }
                Err(_) => copy.set(CopyState::Manual),
            }
        });
    };
    // Select the fallback's text as soon as it shows, ready for Ctrl+C.
    Effect::new(move |_| {
        if copy.get() == CopyState::Manual {
            if let Some(input) = fallback.get() {
                // After this frame's rendering, so the value is in place to select.
                request_animation_frame(move || {
                    let _ = input.focus();
                    input.select();
                });
            }
        }
    });

    // The worker writes the file (its Wasm has the serialiser and the CSV
    // writer; the page's does not), and the page saves it.
    let export =
        move |format: Format, name: &'static str, mime: &'static str, what: &'static str| {
            if state.analysis.with_untracked(Option::is_none) {
                status.set("The analysis is still running; try again in a moment.".into());
                return;
            }
            state.export(format, move |file| {
                status.set(match file.map(|text| download(name, mime, &text)) {
                    Ok(Ok(())) => format!("{what} downloaded."),
                    Ok(Err(_)) => "The download could not start in this browser.".into(),
                    Err(e) => format!("The {what} could not be written: {e}."),
                })
            });
        };
    let json = move |_| {
        export(
            Format::Json,
            "parallax-analysis.json",
            "application/json",
            "JSON",
        )
    };
    let csv = move |_| export(Format::Csv, "parallax-claims.csv", "text/csv", "CSV");

    view! {
        <div class="export-tools" role="group" aria-label="Share and export">
            <button type="button" class="tool" on:click=copy_link>"Copy link"</button>
            <button type="button" class="tool" on:click=json
                title="The analysis of every article, local ones included (the schema of parallax analyze --json)">
                "Download JSON"
            </button>
            <button type="button" class="tool" on:click=csv title="The claims × sources matrix">
                "Download CSV"
            </button>
            <span class="tool-status" role="status" aria-live="polite">
                {move || match copy.get() {
                    CopyState::Copied => "Link copied".to_string(),
                    CopyState::Manual => "Copy the selected link (Ctrl+C)".to_string(),
                    CopyState::Idle => status.get(),
                }}
            </span>
            <Show when=move || copy.get() == CopyState::Manual>
                <label class="copy-fallback">
                    <span class="visually-hidden">"Link to this view"</span>
                    <input node_ref=fallback type="text" readonly prop:value=move || link.get()
                        on:blur=move |_| copy.set(CopyState::Idle)/>
                </label>
            </Show>
        </div>
    }
}
