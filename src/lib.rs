//! The Parallax explorer: a Leptos client-side app over the analysis engine.
//!
//! `app` picks the page, with leptos_router following the address bar and
//! `nav` going to addresses; `url` turns the URL into view state; `state`
//! holds the corpus and its analysis (computed by the engine in a Web Worker,
//! `worker/`); `routes/` has one file per page and
//! `components/` the pieces pages share.

pub mod app;
pub mod components;
pub mod csv;
#[cfg(feature = "e2e-hooks")]
pub mod e2e_hooks;
pub mod local;
pub mod nav;
pub mod panic;
pub mod routes;
pub mod seeds;
pub mod state;
pub mod tasks;
pub mod url;
pub mod view;
pub mod worker;
