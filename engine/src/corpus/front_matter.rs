//! The optional `---` block at the top of an article file.

/// Fields of a front-matter block; all optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
    pub lang: Option<String>,
}

/// Splits off a front-matter block. Returns the fields and the byte offset
/// where the body starts (0 when there is no block). A block must open with
/// `---` on the first non-blank line and close with `---`; an unclosed block
/// is treated as body text, so a stray rule line loses nothing.
pub fn split_front_matter(raw: &str) -> (FrontMatter, usize) {
    let mut fm = FrontMatter::default();
    let mut pos = 0;
    let mut lines = raw.split_inclusive('\n');
    // Opening fence: first non-blank line.
    loop {
        let Some(line) = lines.next() else {
            return (fm, 0);
        };
        pos += line.len();
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if t != "---" {
            return (fm, 0);
        }
        break;
    }
    for line in lines {
        pos += line.len();
        let t = line.trim();
        if t == "---" {
            return (fm, pos);
        }
        let Some((key, value)) = t.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim());
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" => &mut fm.title,
            "outlet" | "source" | "publisher" => &mut fm.outlet,
            "url" | "link" => &mut fm.url,
            "date" | "published" => &mut fm.date,
            "lang" | "language" => &mut fm.lang,
            _ => continue,
        };
        *slot = Some(value.to_string());
    }
    (FrontMatter::default(), 0)
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_all_fields() {
        let raw = "---\ntitle: \"A: B\"\noutlet: The Daily\nurl: https://x.example/a\ndate: 2024-05-01\nlang: en\n---\nBody";
        let (fm, at) = split_front_matter(raw);
        assert_eq!(fm.title.as_deref(), Some("A: B"));
        assert_eq!(fm.outlet.as_deref(), Some("The Daily"));
        assert_eq!(fm.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(fm.date.as_deref(), Some("2024-05-01"));
        assert_eq!(fm.lang.as_deref(), Some("en"));
        assert_eq!(&raw[at..], "Body");
    }

    #[test]
    fn fields_are_optional_and_unknown_keys_ignored() {
        let (fm, at) = split_front_matter("\n---\noutlet: X\nauthor: Y\n---\nText");
        assert_eq!(fm.outlet.as_deref(), Some("X"));
        assert_eq!(fm.title, None);
        assert!(at > 0);
    }

    #[test]
    fn no_block_means_body_from_start() {
        assert_eq!(split_front_matter("Title\n---\nmore").1, 0);
    }

    #[test]
    fn unclosed_block_is_body() {
        let (fm, at) = split_front_matter("---\ntitle: X\nno end");
        assert_eq!((fm, at), (FrontMatter::default(), 0));
    }
}
