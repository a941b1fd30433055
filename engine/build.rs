//! Stems the WordNet synonym groups once, at build time: the engine then
//! embeds stems (a quarter smaller gzipped) and starts without stemming
//! thousands of words, which in a browser is paid on every page load.

#[path = "src/claims/stem.rs"]
#[allow(dead_code)]
mod stem;

use std::{env, fs, path::PathBuf};

fn main() {
    let src = "data/synonyms.txt";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=src/claims/stem.rs");
    let data = fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let mut out = String::with_capacity(data.len());
    for line in data.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut stems: Vec<String> = line.split_whitespace().map(stem::stem).collect();
        stems.sort();
        stems.dedup();
        // A group whose words share one stem adds nothing stemming does not.
        if stems.len() < 2 {
            continue;
        }
        out.push_str(&stems.join(" "));
        out.push('\n');
    }
    let dest = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("synonym_stems.txt");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
