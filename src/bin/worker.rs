//! The analysis worker (a Web Worker): Trunk builds it from index.html's
//! `data-type="worker"` link; the page spawns it (src/worker/client.rs).

fn main() {
    parallax::worker::analyst::run();
}
