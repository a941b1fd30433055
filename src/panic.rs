//! A panic must not leave a frozen page: besides logging it to the console,
//! show a visible panel with a reload link. Built with plain DOM calls and
//! text nodes, because the Leptos runtime may be what panicked.

use wasm_bindgen::JsCast;

/// Installs the hook; call first thing in `main`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panel(&info.to_string());
    }));
}

fn show_panel(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("panic-panel").is_some() {
        return;
    }
    let el = |tag: &str, text: &str| {
        let e = doc.create_element(tag).ok()?;
        e.set_text_content(Some(text));
        Some(e)
    };
    let Some(panel) = doc.create_element("div").ok() else {
        return;
    };
    panel.set_id("panic-panel");
    panel.set_class_name("panic-panel");
    let _ = panel.set_attribute("role", "alert");
    let parts = [
        el("h1", "Something went wrong"),
        el("p", "Parallax hit an internal error and stopped. Your added articles are kept in this browser."),
        el("pre", message),
    ];
    for p in parts.into_iter().flatten() {
        let _ = panel.append_child(&p);
    }
    if let Some(link) = el("a", "Reload the page") {
        // An ordinary link reloads without needing the (dead) Wasm instance.
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let _ = link.set_attribute("href", &href);
        // The router's click handler still listens and would treat a click on
        // the current URL as an in-app no-op; a target makes it leave the link
        // to the browser, which then really reloads.
        let _ = link.set_attribute("target", "_self");
        link.set_class_name("button");
        let _ = panel.append_child(&link);
        if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
            let _ = body.insert_before(&panel, body.first_child().as_ref());
            let _ = link.focus();
            return;
        }
    }
    let _ = body.insert_before(&panel, body.first_child().as_ref());
}
