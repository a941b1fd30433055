//! `parallax analyze <DIR> --json`: prints the analysis of a folder of articles.

use parallax_engine::{analyze, export, Corpus};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: parallax analyze <DIR> [--json]\n\n\
Analyses every .txt article in DIR and prints the analysis as JSON\n\
(documents, entities, quotes, entity_index, claims, unique).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = None;
    let mut command = None;
    for a in &args {
        match a.as_str() {
            "--json" => {}
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => return fail(&format!("unknown option {s}")),
            s if command.is_none() => command = Some(s.to_string()),
            s if dir.is_none() => dir = Some(PathBuf::from(s)),
            s => return fail(&format!("unexpected argument {s}")),
        }
    }
    match (command.as_deref(), dir) {
        (Some("analyze"), Some(dir)) => match Corpus::load_dir(&dir) {
            Ok(corpus) => {
                let analysis = analyze(&corpus);
                println!("{}", export::to_json(&corpus, &analysis));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("parallax: {e}");
                ExitCode::from(1)
            }
        },
        _ => fail("expected: analyze <DIR>"),
    }
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("parallax: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}
