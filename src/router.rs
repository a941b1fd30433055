//! History routing: the address bar's path and query as one signal, kept in
//! step with link clicks, `navigate` and back/forward.
//!
//! Which page shows comes from `url::Page::parse`, so the app needs no route
//! matching; `leptos_router` brought it anyway, for about 30 KB of gzipped
//! Wasm. What it did for us is here: intercept same-site link clicks, push or
//! replace history entries, follow `popstate`, scroll like a page load.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// The address bar below the origin: the path (with the base, percent-encoded
/// as the browser shows it) and the query string without its `?`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Location {
    pub path: String,
    pub search: String,
}

impl Location {
    fn current() -> Location {
        let loc = window().location();
        Location {
            path: loc.pathname().unwrap_or_default(),
            search: loc
                .search()
                .unwrap_or_default()
                .trim_start_matches('?')
                .to_string(),
        }
    }
}

/// How a navigation changes history and scroll.
#[derive(Clone, Copy, Debug)]
pub struct Nav {
    /// Replace the current history entry instead of adding one.
    pub replace: bool,
    /// Scroll to the top (or to the `#fragment`) as a page load would.
    pub scroll: bool,
}

impl Default for Nav {
    fn default() -> Nav {
        Nav {
            replace: false,
            scroll: true,
        }
    }
}

/// Starts routing for the app under `base` (e.g. "/parallax"): provides the
/// location signal and listens for link clicks and back/forward.
pub fn provide_router(base: String) {
    let location = RwSignal::new(Location::current());
    provide_context(Router { location });
    // Listeners live as long as the page: the app is never unmounted.
    std::mem::forget(window_event_listener(ev::popstate, move |_| {
        location.set(Location::current())
    }));
    std::mem::forget(window_event_listener(ev::click, move |e| {
        on_click(&base, location, e)
    }));
}

#[derive(Clone, Copy)]
struct Router {
    location: RwSignal<Location>,
}

pub fn use_location() -> ReadSignal<Location> {
    expect_context::<Router>().location.read_only()
}

/// Goes to `href` (an absolute path with query) without reloading the page.
pub fn use_navigate() -> impl Fn(&str, Nav) + Clone + 'static {
    let router = expect_context::<Router>();
    move |href: &str, nav: Nav| go(router.location, href, nav)
}

fn go(location: RwSignal<Location>, href: &str, nav: Nav) {
    let Ok(history) = window().history() else {
        return;
    };
    let done = if nav.replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href))
    };
    if done.is_err() {
        // A URL the browser refuses for history (another origin): load it.
        let _ = window().location().set_href(href);
        return;
    }
    location.set(Location::current());
    if nav.scroll {
        scroll_to_fragment_or_top();
    }
}

fn scroll_to_fragment_or_top() {
    let hash = window().location().hash().unwrap_or_default();
    let target = hash
        .strip_prefix('#')
        .filter(|id| !id.is_empty())
        .map(crate::url::decode)
        .and_then(|id| document().get_element_by_id(&id));
    match target {
        Some(el) => el.scroll_into_view(),
        None => window().scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// A plain left click on a link to a page of this site becomes an in-app
/// navigation; anything else (new tab, download, other site, a jump within
/// the page) is left to the browser.
fn on_click(base: &str, location: RwSignal<Location>, e: MouseEvent) {
    if e.default_prevented()
        || e.button() != 0
        || e.meta_key()
        || e.alt_key()
        || e.ctrl_key()
        || e.shift_key()
    {
        return;
    }
    let Some(a) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    if !a.target().is_empty() || a.has_attribute("download") {
        return;
    }
    let Ok(url) = web_sys::Url::new(&a.href()) else {
        return;
    };
    let here = window().location();
    let path = url.pathname();
    if Some(url.origin()) != here.origin().ok() || crate::url::below_base(&path, base).is_none() {
        return;
    }
    let search = url.search();
    let hash = url.hash();
    let same_page = Some(&path) == here.pathname().ok().as_ref()
        && Some(&search) == here.search().ok().as_ref();
    if same_page && !hash.is_empty() {
        return;
    }
    e.prevent_default();
    // A link to the page already shown adds no history entry.
    let nav = Nav {
        replace: same_page,
        ..Nav::default()
    };
    go(location, &format!("{path}{search}{hash}"), nav);
}
