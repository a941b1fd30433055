//! "List all N sources" / "List the first K only": a long list of sources
//! shows its first few until the reader asks for the rest, since a thousand
//! entries take seconds to draw and bury the page.

use leptos::prelude::*;

#[component]
pub fn ListAllToggle(
    /// Whether the whole list is shown.
    every: RwSignal<bool>,
    /// Entries listed while collapsed.
    first: usize,
    /// Entries in the whole list.
    #[prop(into)]
    total: Signal<usize>,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || { total.get() > first }>
            <button type="button" class="link-button" data-testid=testid
                aria-expanded=move || every.get().to_string()
                on:click=move |_| every.update(|e| *e = !*e)>
                {move || if every.get() {
                    format!("List the first {} only", crate::view::count(first))
                } else {
                    format!("List all {} sources", crate::view::count(total.get()))
                }}
            </button>
        </Show>
    }
}
