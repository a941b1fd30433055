//! Corpus loading: validate files, parse front matter, clean web chrome, and
//! keep a map from the cleaned text back to the raw file.

mod clean;
pub(crate) mod dates;
mod front_matter;
mod offsets;
mod repeats;
mod validate;

pub use clean::{clean, Cleaned, Removed};
pub use dates::parse_date;
pub use front_matter::{split_front_matter, FrontMatter};
pub use offsets::{OffsetMap, Segment};
pub use repeats::{find_repeats, Repeat};
pub use validate::{validate_file, FileError, FileErrorKind, MAX_FILE_BYTES};

use crate::analysis::Span;
use std::fmt;
use std::path::Path;

/// Article metadata: from front matter where given, otherwise inferred.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub title: String,
    /// True when the title was inferred from the text rather than given.
    pub title_inferred: bool,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// ISO `YYYY-MM-DD` when parseable, otherwise the text as given.
    pub date: Option<String>,
    pub lang: Option<String>,
}

/// One cleaned article.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Document {
    /// The file stem: stable, used in URLs.
    pub id: String,
    pub meta: Meta,
    /// Cleaned text: paragraphs separated by a blank line.
    pub text: String,
    /// The file as given (BOM stripped), so nothing is lost.
    pub raw: String,
    /// Cleaned byte offset → raw byte offset.
    pub map: OffsetMap,
    /// Raw lines the cleaner dropped, and why.
    pub removed: Vec<Removed>,
    /// Long passages that appear twice in this document (e.g. two versions of one story).
    pub repeats: Vec<Repeat>,
    /// Added by the user in the browser rather than embedded at build time.
    pub local: bool,
}

impl Document {
    /// Parses and cleans one article. `id` is the file stem.
    pub fn parse(id: &str, raw: &str) -> Document {
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        let (fm, body_start) = split_front_matter(raw);
        let cleaned = clean(raw, body_start, fm.title.as_deref());
        let meta = Meta {
            title_inferred: fm.title.is_none(),
            title: fm
                .title
                .clone()
                .or_else(|| cleaned.title.clone())
                .unwrap_or_else(|| id.to_string()),
            outlet: fm.outlet,
            url: fm.url,
            date: fm
                .date
                .map(|d| parse_date(&d).unwrap_or(d))
                .or(cleaned.date.clone()),
            lang: fm.lang,
        };
        let repeats = find_repeats(&cleaned.text);
        Document {
            id: id.to_string(),
            meta,
            text: cleaned.text,
            raw: raw.to_string(),
            map: cleaned.map,
            removed: cleaned.removed,
            repeats,
            local: false,
        }
    }

    /// Number of words in the cleaned text.
    pub fn word_count(&self) -> usize {
        crate::text::word_count(&self.text)
    }

    /// Paragraph spans of the cleaned text.
    pub fn paragraphs(&self) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, _) in self.text.match_indices("\n\n") {
            if i > start {
                out.push(Span::new(start, i));
            }
            start = i + 2;
        }
        if start < self.text.len() {
            out.push(Span::new(start, self.text.len()));
        }
        out
    }
}

/// A set of articles, in id order.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Corpus {
    pub documents: Vec<Document>,
}

/// Why a corpus could not be loaded.
#[derive(Debug, PartialEq, Eq)]
pub enum CorpusError {
    /// The folder could not be read.
    Io { path: String, message: String },
    /// The folder holds no `.txt` file.
    NoArticles { path: String },
    /// One or more files are unusable; every one is named.
    BadFiles(Vec<FileError>),
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::Io { path, message } => write!(f, "cannot read {path}: {message}"),
            CorpusError::NoArticles { path } => write!(
                f,
                "no articles: {path} holds no .txt files (put one article per .txt file there)"
            ),
            CorpusError::BadFiles(errors) => {
                for (i, e) in errors.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{e}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CorpusError {}

impl Corpus {
    /// Builds a corpus from `(file name, bytes)` pairs, validating every file
    /// first so that all bad files are reported at once.
    pub fn from_files<N: AsRef<str>, B: AsRef<[u8]>>(
        files: &[(N, B)],
    ) -> Result<Corpus, CorpusError> {
        let mut errors = Vec::new();
        let mut docs = Vec::new();
        let mut seen = std::collections::BTreeMap::<String, String>::new();
        for (name, bytes) in files {
            let name = name.as_ref();
            match validate_file(name, bytes.as_ref()) {
                Ok(text) => {
                    let id = file_stem(name);
                    if let Some(first) = seen.insert(id.clone(), name.to_string()) {
                        errors.push(FileError {
                            file: name.to_string(),
                            kind: FileErrorKind::DuplicateId { id, other: first },
                        });
                        continue;
                    }
                    docs.push(Document::parse(&file_stem(name), text));
                }
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(CorpusError::BadFiles(errors));
        }
        crate::order::sort_by(&mut docs, |a, b| a.id.cmp(&b.id));
        Ok(Corpus { documents: docs })
    }

    /// Loads every `*.txt` file of a folder (not recursive).
    pub fn load_dir(dir: &Path) -> Result<Corpus, CorpusError> {
        let io = |e: std::io::Error, p: &Path| CorpusError::Io {
            path: p.display().to_string(),
            message: e.to_string(),
        };
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(|e| io(e, dir))? {
            let path = entry.map_err(|e| io(e, dir))?.path();
            if path.is_file() && path.extension().is_some_and(|x| x == "txt") {
                let bytes = std::fs::read(&path).map_err(|e| io(e, &path))?;
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                files.push((name, bytes));
            }
        }
        if files.is_empty() {
            return Err(CorpusError::NoArticles {
                path: dir.display().to_string(),
            });
        }
        crate::order::sort(&mut files);
        Corpus::from_files(&files)
    }

    pub fn find(&self, id: &str) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
    }
}

/// The id of a file: its name without directory and final extension.
pub fn file_stem(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match base.rfind('.') {
        Some(i) if i > 0 => base[..i].to_string(),
        _ => base.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stem_drops_directory_and_extension() {
        assert_eq!(file_stem("seeds/000_abc.txt"), "000_abc");
        assert_eq!(file_stem("a.b.txt"), "a.b");
        assert_eq!(file_stem(".hidden"), ".hidden");
    }

    #[test]
    fn from_files_reports_every_bad_file() {
        let files: Vec<(&str, Vec<u8>)> = vec![
            ("good.txt", b"Title\n\nBody text here.".to_vec()),
            ("empty.txt", b"  \n".to_vec()),
            ("latin1.txt", vec![b'a', 0xe9, b'b']),
        ];
        let err = Corpus::from_files(&files).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("empty.txt"), "{msg}");
        assert!(msg.contains("latin1.txt"), "{msg}");
        assert!(!msg.contains("good.txt"), "{msg}");
    }

    #[test]
    fn duplicate_ids_are_rejected() {
        let files = vec![("x/a.txt", "One story."), ("y/a.txt", "Another story.")];
        let err = Corpus::from_files(&files).unwrap_err().to_string();
        assert!(err.contains("duplicate"), "{err}");
    }

    #[test]
    fn documents_are_sorted_by_id() {
        let files = vec![("b.txt", "Bee story."), ("a.txt", "Ay story.")];
        let c = Corpus::from_files(&files).unwrap();
        let ids: Vec<_> = c.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn empty_folder_is_a_clear_error() {
        let dir = std::env::temp_dir().join(format!("parallax-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let err = Corpus::load_dir(&dir).unwrap_err();
        assert!(matches!(err, CorpusError::NoArticles { .. }));
        assert!(err.to_string().contains("no .txt files"));
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let d = Document::parse("x", "Head line\n\nFirst para.\nSecond para.");
        let paras: Vec<_> = d.paragraphs().iter().map(|s| s.slice(&d.text)).collect();
        assert_eq!(paras, ["Head line", "First para.", "Second para."]);
    }
}
