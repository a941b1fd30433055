//! Embeds the corpus (`seeds/*.txt`, or the folder named by `PARALLAX_SEEDS`)
//! into the app at build time, already cleaned: every file is validated and
//! cleaned with the engine's own rules here, and the cleaned `Corpus` is
//! written in postcard (serde's compact binary format) for the app to
//! deserialise at start-up instead of cleaning every article again in the
//! browser. A bad file fails the build naming the file and the reason.
//!
//! The corpus is analysed here too, by the same engine, and the analysis
//! written for the worker (`worker/prebuilt.rs`): the embedded articles are
//! known at build time, so a visitor's browser need not spend seconds of
//! CPU recomputing the same result on every visit. The worker runs the
//! engine itself when articles are added.

use parallax_engine::corpus::{validate_file, Corpus};
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=PARALLAX_SEEDS");
    let dir = std::env::var_os("PARALLAX_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    // A directory path makes cargo rescan it: added, changed and removed files all rerun this.
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(e) => fail(&format!(
            "cannot read the corpus folder {}: {e}",
            dir.display()
        )),
    };
    files.sort();
    if files.is_empty() {
        fail(&format!(
            "no articles: {} holds no .txt files (put one article per .txt file there)",
            dir.display()
        ));
    }

    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        match std::fs::read(path) {
            Ok(bytes) => match validate_file(&name, &bytes) {
                Ok(_) => loaded.push((name, bytes)),
                Err(e) => errors.push(e.to_string()),
            },
            Err(e) => errors.push(format!("{name}: cannot read: {e}")),
        }
    }
    let mut corpus = Corpus::default();
    if errors.is_empty() {
        // Same checks as for local articles (duplicate ids among them).
        match Corpus::from_files(&loaded) {
            Ok(c) => corpus = c,
            Err(e) => errors.push(e.to_string()),
        }
    }
    if !errors.is_empty() {
        fail(&format!(
            "bad article files in {}:\n  {}",
            dir.display(),
            errors.join("\n  ")
        ));
    }

    // Written one document at a time, so the page can decode the corpus in
    // slices (a task each) by the byte ranges in corpus_ranges.rs. Postcard
    // writes a `Corpus` as its one field, a sequence: the length as a varint,
    // then each document's own encoding, so the joined pieces are exactly
    // postcard's bytes of the whole `Corpus` (checked below), which the
    // worker and `seeds::corpus` decode in one go.
    let mut bytes = postcard::to_allocvec(&corpus.documents.len())
        .unwrap_or_else(|e| fail(&format!("cannot serialise the corpus: {e}")));
    let mut ranges = Vec::with_capacity(corpus.documents.len());
    for doc in &corpus.documents {
        let start = bytes.len();
        bytes.extend(
            postcard::to_allocvec(doc)
                .unwrap_or_else(|e| fail(&format!("cannot serialise {}: {e}", doc.id))),
        );
        ranges.push(format!("({start}, {})", bytes.len()));
    }
    if postcard::to_allocvec(&corpus).ok().as_ref() != Some(&bytes) {
        fail("the corpus written a document at a time is not postcard's encoding of it");
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    write(&out.join("corpus.postcard"), &bytes);
    let analysis = postcard::to_allocvec(&parallax_engine::analyze(&corpus))
        .unwrap_or_else(|e| fail(&format!("cannot serialise the corpus's analysis: {e}")));
    write(&out.join("analysis.postcard"), &analysis);
    write(
        &out.join("corpus_ranges.rs"),
        format!(
            "/// Each document's byte range in `CORPUS_BYTES`.\npub static DOC_RANGES: &[(usize, usize)] = &[{}];\n",
            ranges.join(", ")
        )
        .as_bytes(),
    );
}

fn write(dest: &Path, contents: &[u8]) {
    std::fs::write(dest, contents)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", dest.display())));
}

fn fail(msg: &str) -> ! {
    // cargo shows build-script stderr on failure; `error:` makes it stand out.
    eprintln!("error: {msg}");
    std::process::exit(1);
}
