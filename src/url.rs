//! URL ⇄ view state. The URL is the single source of truth for what a view
//! shows: the path names the page, the query holds filters and toggles.
//! Pure functions, tested natively.

use parallax_engine::EntityType;

/// A page of the app, as named by the URL path (below the base path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Overview,
    Read {
        doc: String,
    },
    Compare {
        a: String,
        b: String,
    },
    Claim {
        id: String,
    },
    Entities,
    Entity {
        id: String,
    },
    /// A path that names no page.
    Unknown {
        path: String,
    },
}

impl Page {
    /// Parses a path below the base ("/read/abc"). Segments are percent-decoded.
    pub fn parse(path: &str) -> Page {
        let segs: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect();
        let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
        match segs.as_slice() {
            [] => Page::Overview,
            ["read", doc] => Page::Read {
                doc: doc.to_string(),
            },
            ["compare", a, b] => Page::Compare {
                a: a.to_string(),
                b: b.to_string(),
            },
            ["claim", id] => Page::Claim { id: id.to_string() },
            ["entities"] => Page::Entities,
            ["entity", id] => Page::Entity { id: id.to_string() },
            _ => Page::Unknown {
                path: path.to_string(),
            },
        }
    }

    /// The path below the base, with segments percent-encoded.
    pub fn path(&self) -> String {
        match self {
            Page::Overview => "/".into(),
            Page::Read { doc } => format!("/read/{}", encode(doc)),
            Page::Compare { a, b } => format!("/compare/{}/{}", encode(a), encode(b)),
            Page::Claim { id } => format!("/claim/{}", encode(id)),
            Page::Entities => "/entities".into(),
            Page::Entity { id } => format!("/entity/{}", encode(id)),
            Page::Unknown { path } => path.clone(),
        }
    }
}

/// Which claims to show by how many sources report them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// Reported by every source.
    All,
    /// Reported by more than one source but not all.
    Some,
    /// Reported by one source only.
    Unique,
}

impl Coverage {
    pub fn parse(s: &str) -> Option<Coverage> {
        match s {
            "all" => Some(Coverage::All),
            "some" => Some(Coverage::Some),
            "unique" => Some(Coverage::Unique),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::All => "all",
            Coverage::Some => "some",
            Coverage::Unique => "unique",
        }
    }
}

/// Filters and toggles shared by all views, held in the query string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// `src=a,b`: only these sources (document ids); empty = all.
    pub sources: Vec<String>,
    /// `types=PERSON,ORG`: entity types to highlight; empty = all.
    pub types: Vec<EntityType>,
    /// `entity=id`: focus on one entity.
    pub entity: Option<String>,
    /// `cov=all|some|unique`.
    pub coverage: Option<Coverage>,
    /// `q=text`: free-text search.
    pub search: String,
    /// `view=raw`: show the raw file in the reader.
    pub raw: bool,
    /// `cards=N`: how many source cards the overview lists (`None` = its
    /// first page), so a corpus of a thousand sources is not drawn at once.
    pub cards: Option<usize>,
    /// `event=id`: only the sources of one event (an id of `Analysis::events`).
    pub event: Option<String>,
}

/// A query value that could not be understood; shown to the user, then ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadParam {
    pub key: String,
    pub value: String,
    pub reason: &'static str,
}

impl std::fmt::Display for BadParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ignored {}={:?}: {}", self.key, self.value, self.reason)
    }
}

/// Longest query value kept; longer ones are cut (a shared link should not carry a book).
pub const MAX_VALUE_CHARS: usize = 500;

impl Query {
    /// Parses decoded `(key, value)` pairs. Unknown keys and bad values are
    /// reported, and the rest of the query still applies.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Query, Vec<BadParam>) {
        let mut q = Query::default();
        let mut bad = Vec::new();
        let mut report = |key: &str, value: &str, reason| {
            bad.push(BadParam {
                key: key.into(),
                value: value.chars().take(80).collect(),
                reason,
            })
        };
        for (key, value) in pairs {
            let value: String = value.chars().take(MAX_VALUE_CHARS).collect();
            let list = || value.split(',').map(str::trim).filter(|s| !s.is_empty());
            match key {
                "src" => q.sources = list().map(String::from).collect(),
                "types" => {
                    for t in list() {
                        match EntityType::from_label(t) {
                            Some(t) if !q.types.contains(&t) => q.types.push(t),
                            Some(_) => {}
                            None => report(key, t, "not an entity type"),
                        }
                    }
                }
                "entity" if !value.trim().is_empty() => q.entity = Some(value.trim().to_string()),
                "cov" => match Coverage::parse(value.trim()) {
                    Some(c) => q.coverage = Some(c),
                    None => report(key, &value, "expected all, some or unique"),
                },
                "q" => q.search = value,
                "view" => match value.as_str() {
                    "raw" => q.raw = true,
                    "clean" | "" => q.raw = false,
                    _ => report(key, &value, "expected raw or clean"),
                },
                "cards" => match value.trim().parse::<usize>() {
                    Ok(n) if n > 0 => q.cards = Some(n),
                    _ => report(key, &value, "expected a positive number"),
                },
                "entity" => {}
                "event" if !value.trim().is_empty() => q.event = Some(value.trim().to_string()),
                "event" => {}
                _ => report(key, &value, "unknown parameter"),
            }
        }
        (q, bad)
    }

    /// Drops `src=` ids that name no article in the corpus, reporting each,
    /// so a stale or mistyped shared link says why a source is missing.
    pub fn drop_unknown_sources(&mut self, known: impl Fn(&str) -> bool) -> Vec<BadParam> {
        let mut bad = Vec::new();
        self.sources.retain(|id| {
            let ok = known(id);
            if !ok {
                bad.push(BadParam {
                    key: "src".into(),
                    value: id.chars().take(80).collect(),
                    reason: "no such article",
                });
            }
            ok
        });
        bad
    }

    /// The query string ("?src=a&q=x"), or "" when nothing is set. Keys
    /// come in one fixed order so equal states give equal URLs.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.sources.is_empty() {
            parts.push(format!("src={}", encode_list(&self.sources)));
        }
        if !self.types.is_empty() {
            let labels: Vec<&str> = self.types.iter().map(|t| t.label()).collect();
            parts.push(format!("types={}", labels.join(",")));
        }
        if let Some(e) = &self.entity {
            parts.push(format!("entity={}", encode(e)));
        }
        if let Some(c) = self.coverage {
            parts.push(format!("cov={}", c.as_str()));
        }
        if !self.search.is_empty() {
            parts.push(format!("q={}", encode(&self.search)));
        }
        if self.raw {
            parts.push("view=raw".into());
        }
        if let Some(n) = self.cards {
            parts.push(format!("cards={n}"));
        }
        if let Some(e) = &self.event {
            parts.push(format!("event={}", encode(e)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

fn encode_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| encode(s))
        .collect::<Vec<_>>()
        .join(",")
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decodes; malformed escapes are kept as written, invalid UTF-8 is replaced.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push(h * 16 + l);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The router base from the document's base URL path: "/parallax/" → "/parallax", "/" → "".
pub fn base_from_path(path: &str) -> String {
    let p = path.trim_end_matches('/');
    if p.is_empty() || !p.starts_with('/') {
        String::new()
    } else {
        p.to_string()
    }
}

/// The path below `base` ("/parallax/read/x" → "/read/x"), or None when
/// `path` is outside the site ("/other", "/parallaxx").
pub fn below_base<'a>(path: &'a str, base: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(base.trim_end_matches('/'))?;
    (rest.is_empty() || rest.starts_with('/')).then_some(rest)
}

/// The key/value pairs of a query string (without its `?`), decoded as
/// browsers decode forms: `+` is a space, then percent-escapes.
pub fn search_pairs(search: &str) -> Vec<(String, String)> {
    search
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(&k.replace('+', " ")), decode(&v.replace('+', " ")))
        })
        .collect()
}

/// A full href: base + page path + query.
pub fn href(base: &str, page: &Page, query: &Query) -> String {
    format!("{base}{}{}", page.path(), query.to_query_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_below_the_base() {
        assert_eq!(below_base("/parallax/read/x", "/parallax"), Some("/read/x"));
        assert_eq!(below_base("/parallax", "/parallax"), Some(""));
        assert_eq!(below_base("/parallax/", "/parallax/"), Some("/"));
        assert_eq!(below_base("/parallaxx/read", "/parallax"), None);
        assert_eq!(below_base("/elsewhere", "/parallax"), None);
        assert_eq!(below_base("/read/x", ""), Some("/read/x"));
    }

    #[test]
    fn query_strings_decode_like_a_browser() {
        let pairs = search_pairs("q=new+heights&src=a%2Cb&&flag&e=%E2%80%9C");
        let pairs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("q", "new heights"),
                ("src", "a,b"),
                ("flag", ""),
                ("e", "“")
            ]
        );
        // A literal plus survives as %2B; garbage escapes stay as written.
        assert_eq!(search_pairs("q=1%2B1&x=%zz")[0].1, "1+1");
        assert_eq!(search_pairs("q=1%2B1&x=%zz")[1].1, "%zz");
        assert!(search_pairs("").is_empty());
    }

    #[test]
    fn pages_round_trip() {
        let pages = [
            Page::Overview,
            Page::Read {
                doc: "000_abc".into(),
            },
            Page::Compare {
                a: "a b".into(),
                b: "c/d".into(),
            },
            Page::Claim {
                id: "c-12ab".into(),
            },
            Page::Entities,
            Page::Entity {
                id: "person:jane-doe".into(),
            },
        ];
        for p in pages {
            assert_eq!(Page::parse(&p.path()), p, "{}", p.path());
        }
    }

    #[test]
    fn unknown_paths_are_named() {
        assert_eq!(
            Page::parse("/nope/x"),
            Page::Unknown {
                path: "/nope/x".into()
            }
        );
        assert_eq!(
            Page::parse("/read"),
            Page::Unknown {
                path: "/read".into()
            }
        );
        assert_eq!(Page::parse("//read//x/"), Page::Read { doc: "x".into() });
    }

    #[test]
    fn query_parses_every_filter() {
        let (q, bad) = Query::parse([
            ("src", "a,b"),
            ("types", "person,GPE"),
            ("entity", "org:un"),
            ("cov", "unique"),
            ("q", "new heights"),
            ("view", "raw"),
            ("cards", "48"),
        ]);
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(q.cards, Some(48));
        assert_eq!(q.sources, ["a", "b"]);
        assert_eq!(q.types, [EntityType::Person, EntityType::Gpe]);
        assert_eq!(q.entity.as_deref(), Some("org:un"));
        assert_eq!(q.coverage, Some(Coverage::Unique));
        assert_eq!(q.search, "new heights");
        assert!(q.raw);
    }

    #[test]
    fn bad_values_are_reported_and_the_rest_applies() {
        let (q, bad) = Query::parse([
            ("cov", "most"),
            ("types", "PERSON,ALIEN"),
            ("zzz", "1"),
            ("q", "x"),
            ("cards", "0"),
            ("cards", "many"),
        ]);
        assert_eq!(q.cards, None);
        assert_eq!(q.types, [EntityType::Person]);
        assert_eq!(q.coverage, None);
        assert_eq!(q.search, "x");
        let keys: Vec<_> = bad.iter().map(|b| b.key.as_str()).collect();
        assert_eq!(keys, ["cov", "types", "zzz", "cards", "cards"]);
        assert!(bad[1].to_string().contains("ALIEN"));
    }

    #[test]
    fn query_string_round_trips_through_decode() {
        let q = Query {
            sources: vec!["a".into(), "b c".into()],
            types: vec![EntityType::Org],
            entity: Some("gpe:côte".into()),
            coverage: Some(Coverage::Some),
            search: "“new” & <b>".into(),
            raw: true,
            cards: Some(72),
            event: Some("2021-04-13-dorvale harbour".into()),
        };
        let s = q.to_query_string();
        let pairs: Vec<(String, String)> = s
            .trim_start_matches('?')
            .split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_string(), decode(v))
            })
            .collect();
        let (back, bad) = Query::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert!(bad.is_empty());
        // Lists are split on commas before decoding each item in the browser; here the
        // decoded "b c" survives because encode never emits a raw comma inside an item.
        assert_eq!(back, q);
        assert_eq!(Query::default().to_query_string(), "");
    }

    #[test]
    fn long_values_are_cut() {
        let long = "x".repeat(10_000);
        let (q, _) = Query::parse([("q", long.as_str())]);
        assert_eq!(q.search.len(), MAX_VALUE_CHARS);
    }

    #[test]
    fn unknown_sources_are_reported_and_dropped() {
        let (mut q, bad) = Query::parse([("src", "a,nope,b")]);
        assert!(bad.is_empty());
        let bad = q.drop_unknown_sources(|id| id == "a" || id == "b");
        assert_eq!(q.sources, vec!["a".to_string(), "b".to_string()]);
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].value, "nope");
        assert!(bad[0].to_string().contains("no such article"));
    }

    #[test]
    fn decode_survives_garbage() {
        assert_eq!(decode("%E2%80%9Cx%E2%80%9D"), "“x”");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{fffd}");
        assert_eq!(decode("a+b"), "a b");
    }

    #[test]
    fn base_paths() {
        assert_eq!(base_from_path("/parallax/"), "/parallax");
        assert_eq!(base_from_path("/"), "");
        assert_eq!(base_from_path(""), "");
        let h = href(
            "/parallax",
            &Page::Read { doc: "x".into() },
            &Query {
                raw: true,
                ..Default::default()
            },
        );
        assert_eq!(h, "/parallax/read/x?view=raw");
    }
}
