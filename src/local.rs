//! Articles the reader adds in the browser: validated like the embedded
//! seeds, identified by a hash of their text, kept in `localStorage` when it
//! works and for the session when it does not. Never sent anywhere.

use parallax_engine::corpus::{validate_file, FileErrorKind};
use parallax_engine::json::{self, Value};
use parallax_engine::{Corpus, Document};

/// The `localStorage` key; the suffix is bumped if the stored shape changes.
pub const STORAGE_KEY: &str = "parallax.local.v1";

/// Stored as `{"version": 1, "articles": [{"id", "title" (or null), "text"}]}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalArticle {
    /// `local-` and a hash of the text: the same text always gets the same id.
    pub id: String,
    /// Given by the reader; otherwise the title is inferred from the text.
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

pub fn to_document(a: &LocalArticle) -> Document {
    let mut d = Document::parse(&a.id, &a.text);
    // A title the user typed is given with the article, as front matter is,
    // and wins over whatever the text suggests.
    if let Some(t) = &a.title {
        d.meta.title = t.clone();
        d.meta.title_inferred = false;
        d.meta.title_kind = parallax_engine::corpus::TitleKind::FrontMatter;
    }
    d.local = true;
    d
}

/// The embedded corpus followed by the local articles (seed ids never start
/// with `local-`, so ids stay unique).
pub fn with_locals(seeds: &Corpus, locals: &[LocalArticle]) -> Corpus {
    let mut documents = seeds.documents.clone();
    documents.extend(
        locals
            .iter()
            .filter(|a| seeds.find(&a.id).is_none())
            .map(to_document),
    );
    Corpus { documents }
}

pub fn encode(articles: &[LocalArticle]) -> String {
    let mut w = json::Writer::new();
    w.open_object().field_uint("version", 1);
    w.key("articles").open_array();
    for a in articles {
        w.open_object()
            .field_str("id", &a.id)
            .field_opt_str("title", a.title.as_deref())
            .field_str("text", &a.text)
            .close_object();
    }
    w.close_array().close_object();
    w.finish()
}

/// Reads stored articles. Entries that no longer pass validation (edited
/// by hand, or from an older rule) are dropped and counted.
pub fn decode(stored: &str) -> Result<(Vec<LocalArticle>, usize), String> {
    let unreadable = |e: &str| format!("saved local articles are unreadable: {e}");
    let value = json::parse(stored).map_err(|e| unreadable(&e))?;
    let articles = value
        .get("articles")
        .and_then(Value::as_array)
        .ok_or_else(|| unreadable("no list of articles"))?;
    let mut out: Vec<LocalArticle> = Vec::new();
    let mut dropped = 0;
    for a in articles {
        let id = a
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("saved article");
        let title = a.get("title").and_then(Value::as_str).unwrap_or("");
        let text = a.get("text").and_then(Value::as_str);
        match text.map(|t| prepare(id, title, t.as_bytes())) {
            Some(Ok(ok)) if !out.iter().any(|o| o.id == ok.id) => out.push(ok),
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

fn storage() -> Result<web_sys::Storage, StorageProblem> {
    web_sys::window()
        .ok_or(StorageProblem::Disabled)?
        .local_storage()
        .ok()
        .flatten()
        .ok_or(StorageProblem::Disabled)
}

/// Loads saved articles; with a problem, the articles that could be read
/// (possibly none) and a message.
pub fn load() -> (Vec<LocalArticle>, Option<String>) {
    let store = match storage() {
        Ok(s) => s,
        Err(p) => return (Vec::new(), Some(p.message())),
    };
    match store.get_item(STORAGE_KEY) {
        Ok(None) => (Vec::new(), None),
        Ok(Some(json)) => match decode(&json) {
            Ok((list, 0)) => (list, None),
            Ok((list, n)) => (
                list,
                Some(format!(
                    "{n} saved local article(s) could not be used and were skipped."
                )),
            ),
            Err(e) => (Vec::new(), Some(e)),
        },
        Err(_) => (Vec::new(), Some(StorageProblem::Disabled.message())),
    }
}

pub fn save(articles: &[LocalArticle]) -> Result<(), StorageProblem> {
    let store = storage()?;
    let result = if articles.is_empty() {
        store.remove_item(STORAGE_KEY)
    } else {
        store.set_item(STORAGE_KEY, &encode(articles))
    };
    result.map_err(|e| {
        use wasm_bindgen::JsCast;
        match e.dyn_ref::<web_sys::DomException>() {
            Some(d) if d.name() == "QuotaExceededError" || d.code() == 22 => StorageProblem::Full,
            Some(d) if d.name() == "SecurityError" => StorageProblem::Disabled,
            Some(d) => StorageProblem::Other(d.message()),
            None => StorageProblem::Other(format!("{e:?}")),
        }
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
        let c = with_locals(&seeds, std::slice::from_ref(&a));
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
