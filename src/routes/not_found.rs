//! Any path that names no page.

use crate::components::missing::Missing;
use crate::url::Page;
use leptos::prelude::*;

#[component]
pub fn NotFound(page: Page) -> impl IntoView {
    let what = match page {
        Page::Unknown { path } => format!("page “{path}”"),
        other => format!("page “{}”", other.path()),
    };
    view! { <Missing what/> }
}
