//! `parallax analyze <DIR> --json`: prints the analysis of a folder of articles.

use clap::{Parser, Subcommand};
use parallax_engine::{analyze, export, Corpus};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "parallax",
    version,
    about = "Parallax: how outlets report the same event"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Analyses every .txt article in DIR and prints the analysis as JSON
    /// (documents, entities, quotes, entity_index, claims, unique).
    Analyze {
        /// Folder of articles, one UTF-8 .txt file per article.
        dir: PathBuf,
        /// Print JSON (the only format; accepted for clarity in scripts).
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Analyze { dir, json: _ } => match Corpus::load_dir(&dir) {
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
    }
}
