//! The engine runs in a Web Worker, never on the page's thread: `protocol`
//! is what the two say to each other, `client` the page's side, `analyst`
//! the worker's, `prebuilt` the embedded articles' analysis made at build
//! time.

pub mod analyst;
pub mod client;
pub mod prebuilt;
pub mod protocol;
