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
    let what = shorten(&what, MAX_SHOWN_CHARS);
    let (docs, total) = use_app().corpus.with(|c| {
        let docs = c
            .documents
            .iter()
            .take(MAX_LISTED)
            .map(|d| {
                (
                    d.id.clone(),
                    crate::view::doc_meta::title_shown(&d.meta).plain(),
                )
            })
            .collect::<Vec<_>>();
        (docs, c.documents.len())
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
            {(total > MAX_LISTED).then(|| view! {
                <p class="meta">{format!("… and {} more; the overview lists them all.", total - MAX_LISTED)}</p>
            })}
            <p>
                <a href=page_href(&Page::Overview, &Query::default())>"Back to the overview"</a>
            </p>
        </section>
    }
}

/// Articles listed; a thousand links would bury the message.
const MAX_LISTED: usize = 50;

/// Longest name of a missing thing shown: a 20k-char link should not fill the page.
const MAX_SHOWN_CHARS: usize = 120;

/// Cuts `s` to `max` chars (on a char boundary), marking the cut with "…".
fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn shorten_cuts_long_names_on_char_boundaries() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("abcdef", 3), "abc…");
        assert_eq!(shorten("ééééé", 2), "éé…");
        assert_eq!(shorten(&"x".repeat(20_000), 120).chars().count(), 121);
    }
}
