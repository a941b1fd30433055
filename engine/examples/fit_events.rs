//! Groups one folder's documents into events with several thresholds and
//! prints one JSON line per threshold, for scripts/fit_events.py:
//!   cargo run --release -p parallax-engine --example fit_events -- DIR join,bonus ...
//! Each line: {"params": "0.15,0.1", "events": [["doc id", ...], ...], "labels": [...]}. With
//! `--similarities` first, also prints the document similarity matrix.

use parallax_engine::events::{self, days, vectors, Params};
use parallax_engine::{entities, Corpus};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.first().is_some_and(|a| a == "--similarities");
    if show {
        args.remove(0);
    }
    let Some(dir) = args.first() else {
        eprintln!("usage: fit_events [--similarities] DIR join,bonus ...");
        return ExitCode::FAILURE;
    };
    let corpus = match Corpus::load_dir(std::path::Path::new(dir)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let ents = entities::extract(&corpus);
    if show {
        let v = vectors::doc_vectors(&corpus, &ents);
        let d = days::doc_days(&corpus, &ents);
        for (i, a) in v.iter().enumerate() {
            let row: Vec<String> = v
                .iter()
                .map(|b| format!("{:.2}", vectors::similarity(a, b)))
                .collect();
            let id = &corpus.documents[i].id;
            let day = d[i].map(days::iso).unwrap_or_default();
            println!(
                "{:<10} {day:<10} {}",
                id.get(..10).unwrap_or(id),
                row.join(" ")
            );
        }
        for (i, a) in v.iter().enumerate() {
            let mut c: Vec<(u32, f32)> = Vec::new();
            for (j, b) in v.iter().enumerate() {
                if j != i && d[j].is_some() {
                    c = parallax_engine::claims::score::add(&c, b);
                }
            }
            parallax_engine::claims::score::normalise(&mut c);
            println!(
                "centroid {} {} {:.2}",
                &corpus.documents[i].id[..3],
                d[i].is_some(),
                vectors::similarity(a, &c)
            );
        }
    }
    for spec in &args[1..] {
        let v: Vec<f32> = spec.split(',').filter_map(|x| x.parse().ok()).collect();
        let [join, bonus] = v[..] else {
            eprintln!("bad parameter set {spec:?} (join,bonus)");
            return ExitCode::FAILURE;
        };
        let evs = events::group_with(&corpus, &ents, &Params { join, bonus });
        let groups: Vec<Vec<&str>> = evs
            .iter()
            .map(|e| {
                e.documents
                    .iter()
                    .map(|&d| corpus.documents[d].id.as_str())
                    .collect()
            })
            .collect();
        let labels: Vec<&str> = evs.iter().map(|e| e.label.as_str()).collect();
        println!(
            "{}",
            serde_json::json!({"params": spec, "events": groups, "labels": labels})
        );
    }
    ExitCode::SUCCESS
}
