//! Articles the reader adds in the browser: validated like the embedded
//! seeds, identified by a hash of their text, kept in `localStorage` when it
//! works and for the session when it does not. Never sent anywhere.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use parallax_engine::corpus::{validate_file, FileErrorKind, OffsetMap, Segment, TitleKind};
use parallax_engine::{Corpus, Document, Meta};
use serde::{Deserialize, Serialize};

/// The `localStorage` key; the suffix is bumped if the stored shape changes.
pub const STORAGE_KEY: &str = "parallax.local.v1";

/// Stored as `{"version": 1, "articles": [{"id", "title" (or null), "text"}]}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalArticle {
    /// `local-` and a hash of the text: the same text always gets the same id
    /// (recomputed on load, so a stored entry may lack it).
    #[serde(default)]
    pub id: String,
    /// Given by the reader; otherwise the title is inferred from the text.
    #[serde(default)]
    pub title: Option<String>,
    pub text: String,
}

/// FNV-1a: small, stable across sessions and builds (unlike std's hasher).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn local_id(text: &str) -> String {
    format!("local-{:012x}", fnv1a(text.as_bytes()) >> 16)
}

/// Checks pasted or dropped bytes with the seeds' rules (UTF-8, not empty,
/// at most 2 MB) and makes an article of them. `name` names the input in
/// the error message ("pasted text" or the file name).
pub fn prepare(name: &str, title: &str, bytes: &[u8]) -> Result<LocalArticle, String> {
    let text = validate_file(name, bytes).map_err(|e| match e.kind {
        // The seed message speaks of files; this may be a paste.
        FileErrorKind::Empty => format!("{name} is empty (no text to add)"),
        _ => e.to_string(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let title = title.trim();
    Ok(LocalArticle {
        id: local_id(text),
        title: (!title.is_empty()).then(|| title.chars().take(300).collect()),
        text: text.to_string(),
    })
}

/// Cleans a local article as the seeds are cleaned. Runs in the analysis
/// worker: the page's Wasm carries no cleaner (src/worker/analyst.rs).
pub fn to_document(a: &LocalArticle) -> Document {
    let mut d = Document::parse(&a.id, &a.text);
    // A title the user typed is given with the article, as front matter is,
    // and wins over whatever the text suggests.
    if let Some(t) = &a.title {
        d.meta.title = t.clone();
        d.meta.title_inferred = false;
        d.meta.title_kind = TitleKind::FrontMatter;
    }
    d.local = true;
    d
}

/// A local article as the page shows it until the worker has cleaned it:
/// the text as given, readable at once, titled by the reader's title or
/// its id. Every cleaned offset is the raw offset.
pub fn placeholder(a: &LocalArticle) -> Document {
    let text = a.text.clone();
    let map = OffsetMap {
        segments: vec![Segment {
            clean: 0,
            raw: 0,
            len: text.len(),
        }],
    };
    Document {
        id: a.id.clone(),
        meta: Meta {
            title: a.title.clone().unwrap_or_else(|| a.id.clone()),
            title_inferred: a.title.is_none(),
            title_kind: if a.title.is_some() {
                TitleKind::FrontMatter
            } else {
                TitleKind::FileName
            },
            ..Meta::default()
        },
        raw: text.clone(),
        text,
        map,
        removed: Vec::new(),
        repeats: Vec::new(),
        captions: Vec::new(),
        local: true,
    }
}

/// The embedded corpus followed by the local articles (seed ids never start
/// with `local-`, so ids stay unique): each as the worker cleaned it, found
/// in `cleaned` by id, else its placeholder.
pub fn with_locals(seeds: &Corpus, locals: &[LocalArticle], cleaned: &[Document]) -> Corpus {
    let mut documents = seeds.documents.clone();
    documents.extend(
        locals
            .iter()
            .filter(|a| seeds.find(&a.id).is_none())
            .map(|a| {
                cleaned
                    .iter()
                    .find(|d| d.id == a.id)
                    .cloned()
                    .unwrap_or_else(|| placeholder(a))
            }),
    );
    Corpus { documents }
}

/// What is written: the version, then the articles.
#[derive(Serialize)]
struct Stored<'a> {
    version: u32,
    articles: &'a [LocalArticle],
}

impl<'a> Stored<'a> {
    fn new(articles: &'a [LocalArticle]) -> Self {
        Stored {
            version: 1,
            articles,
        }
    }
}

/// The stored text, as `save` writes it.
pub fn encode(articles: &[LocalArticle]) -> String {
    // Strings and an integer only: serialising this cannot fail.
    serde_json::to_string(&Stored::new(articles)).unwrap_or_default()
}

fn unreadable(e: &dyn std::fmt::Display) -> String {
    format!("saved local articles are unreadable: {e}")
}

/// Reads stored articles. Entries that no longer pass validation (edited
/// by hand, or from an older rule) are dropped and counted.
pub fn decode(stored: &str) -> Result<(Vec<LocalArticle>, usize), String> {
    decode_value(serde_json::from_str(stored).map_err(|e| unreadable(&e))?)
}

fn decode_value(mut value: serde_json::Value) -> Result<(Vec<LocalArticle>, usize), String> {
    // Each entry is read on its own, so one that is not an article (edited
    // by hand, or from an older shape) does not cost the others.
    let entries = match value.get_mut("articles").map(serde_json::Value::take) {
        Some(serde_json::Value::Array(entries)) => entries,
        _ => return Err(unreadable(&"no list of articles")),
    };
    let mut out: Vec<LocalArticle> = Vec::new();
    let mut dropped = 0;
    for entry in entries {
        // The text is checked again, and the id recomputed from it: a stored
        // id or text edited by hand cannot forge another article's identity.
        let prepared = serde_json::from_value::<LocalArticle>(entry)
            .map_err(|e| e.to_string())
            .and_then(|a| prepare(&a.id, a.title.as_deref().unwrap_or(""), a.text.as_bytes()));
        match prepared {
            Ok(ok) if !out.iter().any(|o| o.id == ok.id) => out.push(ok),
            _ => dropped += 1,
        }
    }
    Ok((out, dropped))
}

/// Why the browser's storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Access to `localStorage` throws (blocked cookies, some private modes).
    Disabled,
    /// `setItem` threw a quota error.
    Full,
    /// Anything else, with the browser's message.
    Other(String),
}

impl StorageProblem {
    pub fn message(&self) -> String {
        match self {
            StorageProblem::Disabled => "Browser storage is disabled or blocked, so local articles are kept for this session only: they will be gone after a reload.".into(),
            StorageProblem::Full => "Browser storage is full: the local articles are kept for this session only and will be gone after a reload. Remove a local article (or free space for this site) to keep them.".into(),
            StorageProblem::Other(e) => format!("Local articles could not be saved ({e}); they are kept for this session only."),
        }
    }
}

/// gloo-storage takes `localStorage` for granted and throws where it is
/// blocked, so reaching it is checked first.
fn storage_reachable() -> Result<(), StorageProblem> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .map(|_| ())
        .ok_or(StorageProblem::Disabled)
}

/// Loads saved articles; with a problem, the articles that could be read
/// (possibly none) and a message.
pub fn load() -> (Vec<LocalArticle>, Option<String>) {
    if let Err(p) = storage_reachable() {
        return (Vec::new(), Some(p.message()));
    }
    let stored = match LocalStorage::get::<serde_json::Value>(STORAGE_KEY) {
        Ok(stored) => stored,
        Err(StorageError::KeyNotFound(_)) => return (Vec::new(), None),
        Err(e) => return (Vec::new(), Some(unreadable(&e))),
    };
    match decode_value(stored) {
        Ok((list, 0)) => (list, None),
        Ok((list, n)) => (
            list,
            Some(format!(
                "{n} saved local article(s) could not be used and were skipped."
            )),
        ),
        Err(e) => (Vec::new(), Some(e)),
    }
}

pub fn save(articles: &[LocalArticle]) -> Result<(), StorageProblem> {
    storage_reachable()?;
    if articles.is_empty() {
        LocalStorage::delete(STORAGE_KEY);
        return Ok(());
    }
    LocalStorage::set(STORAGE_KEY, Stored::new(articles)).map_err(|e| match e {
        StorageError::JsError(e) if e.name == "QuotaExceededError" => StorageProblem::Full,
        StorageError::JsError(e) if e.name == "SecurityError" => StorageProblem::Disabled,
        StorageError::JsError(e) => StorageProblem::Other(e.message),
        other => StorageProblem::Other(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_differ_by_text() {
        let a = local_id("One story.");
        assert_eq!(a, local_id("One story."));
        assert_ne!(a, local_id("One story!"));
        assert!(a.starts_with("local-"));
        assert_eq!(a.len(), "local-".len() + 12);
    }

    #[test]
    fn prepare_applies_the_seed_rules() {
        let ok = prepare("pasted text", "  My title ", "Body.\n".as_bytes()).unwrap();
        assert_eq!(ok.title.as_deref(), Some("My title"));
        assert_eq!(ok.id, local_id("Body.\n"));
        let empty = prepare("pasted text", "", b"  \n ").unwrap_err();
        assert!(
            empty.contains("pasted text") && empty.contains("empty"),
            "{empty}"
        );
        let latin1 = prepare("old.txt", "", &[b'a', 0xe9, b'b']).unwrap_err();
        assert!(
            latin1.contains("old.txt") && latin1.contains("UTF-8"),
            "{latin1}"
        );
        let big = vec![b'a'; parallax_engine::corpus::MAX_FILE_BYTES + 1];
        assert!(prepare("big.txt", "", &big)
            .unwrap_err()
            .contains("too large"));
        // A byte-order mark does not change the id.
        let bom = prepare("b.txt", "", "\u{feff}Body.\n".as_bytes()).unwrap();
        assert_eq!(bom.id, ok.id);
    }

    #[test]
    fn markup_stays_text_in_the_document() {
        let raw = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> said something.";
        let a = prepare("pasted text", "", raw.as_bytes()).unwrap();
        let d = to_document(&a);
        assert!(d.local);
        // Tags are page residue: the cleaner moves them out of the reading
        // text into `removed`, and the raw view shows them verbatim as text.
        assert!(d.text.contains("said something."), "{}", d.text);
        assert!(!d.text.contains("onerror"), "{}", d.text);
        assert!(d
            .removed
            .iter()
            .any(|r| r.raw.slice(&d.raw) == "<img src=x onerror=alert(1)>"));
    }

    #[test]
    fn given_title_wins_and_locals_follow_the_seeds() {
        let seeds = Corpus::from_files(&[("000_a.txt", "Seed story.")]).unwrap();
        let a = prepare("pasted text", "Mine", b"Local story text.").unwrap();
        let c = with_locals(&seeds, std::slice::from_ref(&a), &[to_document(&a)]);
        let ids: Vec<_> = c.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["000_a", a.id.as_str()]);
        assert_eq!(c.documents[1].meta.title, "Mine");
        assert_eq!(
            c.documents[1].meta.title_kind,
            parallax_engine::corpus::TitleKind::FrontMatter
        );
        assert!(c.documents[1].local && !c.documents[0].local);
        // Without a typed title, the text's own evidence decides (not front matter).
        let untitled = to_document(&prepare("p", "  ", b"Local story text.").unwrap());
        assert_ne!(
            untitled.meta.title_kind,
            parallax_engine::corpus::TitleKind::FrontMatter
        );
    }

    #[test]
    fn an_uncleaned_local_article_reads_as_given_until_the_worker_cleans_it() {
        let seeds = Corpus::from_files(&[("000_a.txt", "Seed story.")]).unwrap();
        let a = prepare("p", "", b"Menu\n\nLocal story text.").unwrap();
        let c = with_locals(&seeds, std::slice::from_ref(&a), &[]);
        let d = &c.documents[1];
        assert_eq!(
            (d.id.as_str(), d.text.as_str()),
            (a.id.as_str(), a.text.as_str())
        );
        assert!(d.local && d.meta.title_inferred);
        assert_eq!(d.map.to_raw(5), 5);
        // Once cleaned, the cleaned document takes its place.
        let cleaned = to_document(&a);
        let c = with_locals(
            &seeds,
            std::slice::from_ref(&a),
            std::slice::from_ref(&cleaned),
        );
        assert_eq!(c.documents[1], cleaned);
    }

    #[test]
    fn an_entry_of_the_wrong_shape_costs_only_itself() {
        let stored =
            r#"{"version":1,"articles":[{"id":"a","text":5},"text",{"text":"Kept one."}]}"#;
        let (list, dropped) = decode(stored).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].text, "Kept one.");
        assert_eq!(list[0].id, local_id("Kept one."));
        assert_eq!(dropped, 2);
        let not_a_list = decode(r#"{"articles":{"id":"a"}}"#).unwrap_err();
        assert!(not_a_list.contains("no list of articles"), "{not_a_list}");
    }

    #[test]
    fn storage_round_trips_and_skips_bad_entries() {
        let a = prepare("p", "T", b"First text.").unwrap();
        let b = prepare("p", "", "Second “text”.".as_bytes()).unwrap();
        let json = encode(&[a.clone(), b.clone()]);
        assert_eq!(decode(&json).unwrap(), (vec![a.clone(), b], 0));
        let tampered = json.replace("First text.", "   ");
        let (list, dropped) = decode(&tampered).unwrap();
        assert_eq!((list.len(), dropped), (1, 1));
        assert!(decode("{not json").is_err());
        assert!(decode(r#"{"version": 1}"#).is_err());
        // What an earlier build wrote (compact, title absent or null) still reads.
        let compact = r#"{"version":1,"articles":[{"id":"x","text":"Old one."},{"id":"y","title":null,"text":"Old two."},{"id":"z"}]}"#;
        let (old, dropped) = decode(compact).unwrap();
        assert_eq!(
            old.iter().map(|a| a.text.as_str()).collect::<Vec<_>>(),
            ["Old one.", "Old two."]
        );
        assert_eq!(dropped, 1);
        // An edited text gets the id of its new content.
        let edited = encode(&[LocalArticle {
            id: "local-forged".into(),
            title: None,
            text: "Edited.".into(),
        }]);
        assert_eq!(decode(&edited).unwrap().0[0].id, local_id("Edited."));
    }
}
