//! In-app navigation through leptos_router. Links and navigations share one
//! kind of address, `url::href` (base path included), so this passes it on
//! unresolved: leptos_router would put the base in front a second time.

use leptos_router::NavigateOptions;

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

/// Goes to `href` (from `url::href`) without reloading the page.
pub fn use_navigate() -> impl Fn(&str, Nav) + Clone + 'static {
    let navigate = leptos_router::hooks::use_navigate();
    move |href: &str, nav: Nav| {
        navigate(
            href,
            NavigateOptions {
                resolve: false,
                replace: nav.replace,
                scroll: nav.scroll,
                ..NavigateOptions::default()
            },
        )
    }
}
