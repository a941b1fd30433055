//! Prints every scored pair of units of one event in a folder, one JSON
//! object a line, for scripts/fit_pairs.py:
//!   cargo run --release -p parallax-engine --example pair_table -- DIR
//! `{"a": {"doc", "start", "text"}, "b": {…}, "x": [features…]}`; the
//! features are `claims::pair_model::NAMES`, in order.

use parallax_engine::claims::pair_table;
use parallax_engine::{entities, events, quotes, Corpus};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: pair_table DIR");
        return ExitCode::FAILURE;
    };
    let corpus = match Corpus::load_dir(std::path::Path::new(&dir)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let ents = entities::extract(&corpus);
    let qs = quotes::extract(&corpus, &ents);
    let evs = events::group(&corpus, &ents);
    let member = |m: &parallax_engine::analysis::ClaimMember| {
        let d = &corpus.documents[m.doc];
        serde_json::json!({"doc": d.id, "start": m.span.start, "text": m.span.slice(&d.text)})
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for row in pair_table(&corpus, &ents, &qs, &evs) {
        let line = serde_json::json!({"a": member(&row.a), "b": member(&row.b), "x": row.features.to_vec()});
        if writeln!(out, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
