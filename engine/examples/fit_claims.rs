//! Runs the claim alignment on one folder with several threshold sets and
//! writes the JSON export of each, for scripts/fit_pairs.py:
//!   cargo run --release -p parallax-engine --example fit_claims -- [--model FILE] DIR OUT join,also[,conflict,theme[,second]] ...
//! writes OUT/<join>_<also>.json. Entities and quotes are computed once.
//! `--model` reads the pair model's numbers (`PairModel::parse`) in place
//! of the shipped one.

use parallax_engine::claims::pair_model::PairModel;
use parallax_engine::claims::{align_with, Params};
use parallax_engine::{entities, events, export, quotes, Analysis, Corpus};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut model = PairModel::default();
    if args.first().map(String::as_str) == Some("--model") {
        let Some(path) = args.get(1).cloned() else {
            eprintln!("--model needs a file");
            return ExitCode::FAILURE;
        };
        match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| PairModel::parse(&t))
        {
            Ok(m) => model = m,
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::FAILURE;
            }
        }
        args.drain(..2);
    }
    let (Some(dir), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: fit_claims [--model FILE] DIR OUT join,also[,conflict,theme[,second]] ..."
        );
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
    let qs = quotes::extract(&corpus, &ents);
    let evs = events::group(&corpus, &ents);
    for spec in &args[2..] {
        // "join,also" or "join,also,conflict,theme"; the rest default.
        let v: Vec<f32> = spec.split(',').filter_map(|x| x.parse().ok()).collect();
        let d = Params {
            model,
            ..Params::default()
        };
        let params = match v[..] {
            [join, also] => Params {
                join,
                also,
                theme: join,
                ..d
            },
            [join, also, conflict, theme] => Params {
                join,
                also,
                conflict,
                theme,
                ..d
            },
            [join, also, conflict, theme, second] => Params {
                join,
                also,
                conflict,
                theme,
                second: second as usize,
                ..d
            },
            _ => {
                eprintln!("bad parameter set {spec:?}");
                return ExitCode::FAILURE;
            }
        };
        let claims = align_with(&corpus, &ents, &qs, &evs, &params);
        let analysis = Analysis {
            mentions: ents.mentions.clone(),
            entity_index: ents.index.clone(),
            quotes: qs.clone(),
            claims: claims.claims,
            unique: claims.unique,
            events: evs.clone(),
        };
        let path = format!("{out}/{}.json", spec.replace(',', "_"));
        if let Err(e) = std::fs::write(&path, export::to_json(&corpus, &analysis)) {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
