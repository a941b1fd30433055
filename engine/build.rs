//! Prepares the engine's word lists at build time, for a smaller Wasm:
//! - the WordNet synonym groups are stemmed once: the engine then embeds
//!   stems (a quarter smaller gzipped) and starts without stemming thousands
//!   of words, which in a browser is paid on every page load;
//! - the given names and surnames are sorted and front-coded (3 KB smaller
//!   gzipped for the given names).

#[path = "src/entities/front_coding.rs"]
#[allow(dead_code)]
mod front_coding;
#[path = "src/claims/stem.rs"]
#[allow(dead_code)]
mod stem;

use std::{env, fs, path::PathBuf};

fn main() {
    synonym_stems();
    name_list("first_names");
    name_list("surnames");
}

fn out_file(name: &str) -> PathBuf {
    PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join(name)
}

/// data/<name>.txt sorted and front-coded into <name>.fc.
fn name_list(name: &str) {
    let src = format!("data/{name}.txt");
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=src/entities/front_coding.rs");
    let data = fs::read_to_string(&src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let mut names: Vec<&str> = data.lines().filter(|l| !l.is_empty()).collect();
    names.sort_unstable();
    names.dedup();
    let dest = out_file(&format!("{name}.fc"));
    fs::write(&dest, front_coding::encode(names))
        .unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

fn synonym_stems() {
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
    let dest = out_file("synonym_stems.txt");
    fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
