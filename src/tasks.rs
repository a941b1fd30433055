//! Giving the page's thread back to the browser between pieces of long
//! work, so no piece is a long task (over 50 ms): the browser can paint and
//! handle input in between.

use wasm_bindgen::JsCast;

/// Resolves in a later task (a zero-delay timer): awaiting it ends the
/// current task. Outside a browser it resolves at once.
pub async fn next_task() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        // Setting a timer fails only without a window, checked above.
        let _ = window.set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves in a task after the browser's next frame, so what was drawn
/// before is laid out and painted in a frame of its own. A hidden page
/// gets no frames: there it resolves after `HIDDEN_MS` instead.
pub async fn after_next_frame() {
    const HIDDEN_MS: i32 = 100;
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve: js_sys::Function, _| {
        let after_frame = {
            let (window, resolve) = (window.clone(), resolve.clone());
            wasm_bindgen::closure::Closure::once_into_js(move || {
                let _ = window.set_timeout_with_callback(&resolve);
            })
        };
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, HIDDEN_MS);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
