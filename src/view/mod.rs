//! The view model: plain data derived from the corpus, its analysis and the
//! URL's query. Components only render these structs; every filter is
//! applied here (in [`filter`]) so all views agree. Pure, tested natively.

pub mod claim;
pub mod compare;
pub mod diff;
pub mod doc_meta;
pub mod entities;
pub mod events;
pub mod filter;
pub mod matrix;
pub mod order;
pub mod overview;
pub mod quotes;
pub mod reader;
#[cfg(test)]
mod scale;

use parallax_engine::{Corpus, DocIx, Document, Span};

/// A count as readers write it: "1,000".
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The text of a span of a document, or "" when either does not exist.
pub fn span_text(corpus: &Corpus, doc: DocIx, span: Span) -> &str {
    corpus
        .documents
        .get(doc)
        .map(|d| span.slice(&d.text))
        .unwrap_or("")
}

/// A short name for a source: its outlet, else its title.
pub fn source_name(d: &Document) -> String {
    match &d.meta.outlet {
        Some(o) if !o.trim().is_empty() => o.clone(),
        _ => shorten(&d.meta.title, 32),
    }
}

/// `text` cut at a word boundary to at most `max` chars, with "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut
        .rfind(char::is_whitespace)
        .filter(|&i| i > max / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}

/// A letter key per source (A…Z, then AA, AB…), shown wherever sources are
/// named briefly, so long titles need not be repeated in narrow places.
pub fn source_key(ix: DocIx) -> String {
    let mut n = ix;
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_with_thousands_separators() {
        assert_eq!(count(1234567), "1,234,567");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(999), "999");
        assert_eq!(count(0), "0");
    }

    #[test]
    fn source_keys_count_like_spreadsheet_columns() {
        let keys: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(source_key)
            .collect();
        assert_eq!(keys, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        assert_eq!(shorten("Short title", 32), "Short title");
        assert_eq!(
            shorten(
                "Talks open in Geneva as ministers meet for a second day",
                32
            ),
            "Talks open in Geneva as…"
        );
        assert_eq!(shorten("Ünïcödé".repeat(10).as_str(), 5), "Ünïcö…");
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    //! A small corpus with a hand-built analysis: three sources, two claims
    //! shared by two of them (one diverging on a date, one on a quote's
    //! wording), one claim only one source has, and a source with nothing shared.

    use parallax_engine::*;

    pub const A: &str = "---\ntitle: Talks open\noutlet: Outlet A\ndate: 2024-05-01\n---\nTalks opened in Geneva on Monday. Jane Doe said “we will build peace” at the start.\n\nPrices rose by 5 percent.\n";
    pub const B: &str = "---\ntitle: Geneva talks\noutlet: Outlet B\n---\nJane Doe said “we shall build peace” in Geneva. Talks opened in Geneva on Tuesday.\n";
    pub const C: &str =
        "---\ntitle: Weather\noutlet: Outlet C\n---\nAn unrelated report about the weather.\n";

    pub fn corpus() -> Corpus {
        Corpus::from_files(&[("a.txt", A), ("b.txt", B), ("c.txt", C)]).unwrap()
    }

    /// The span of the `nth` occurrence of `needle` in document `doc`.
    pub fn span(c: &Corpus, doc: DocIx, needle: &str, nth: usize) -> Span {
        let text = &c.documents[doc].text;
        let (start, _) = text
            .match_indices(needle)
            .nth(nth)
            .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
        Span::new(start, start + needle.len())
    }

    pub fn analysis(c: &Corpus) -> Analysis {
        let s = |d, n| span(c, d, n, 0);
        let mention = |doc, span, kind, entity: &str| Mention {
            doc,
            span,
            kind,
            entity: entity.into(),
        };
        let member = |doc, needle| ClaimMember {
            doc,
            span: s(doc, needle),
        };
        Analysis {
            mentions: vec![
                mention(0, s(0, "Geneva"), EntityType::Gpe, "gpe:geneva"),
                mention(0, s(0, "Monday"), EntityType::Date, "date:monday"),
                mention(0, s(0, "Jane Doe"), EntityType::Person, "person:jane-doe"),
                mention(0, s(0, "5 percent"), EntityType::Percent, "percent:5"),
                mention(1, s(1, "Jane Doe"), EntityType::Person, "person:jane-doe"),
                mention(1, span(c, 1, "Geneva", 0), EntityType::Gpe, "gpe:geneva"),
                mention(1, span(c, 1, "Geneva", 1), EntityType::Gpe, "gpe:geneva"),
            ],
            entity_index: vec![
                Entity {
                    id: "gpe:geneva".into(),
                    name: "Geneva".into(),
                    kind: EntityType::Gpe,
                    aliases: vec![],
                    mentions: 3,
                    docs: vec![0, 1],
                },
                Entity {
                    id: "person:jane-doe".into(),
                    name: "Jane Doe".into(),
                    kind: EntityType::Person,
                    aliases: vec![],
                    mentions: 2,
                    docs: vec![0, 1],
                },
                Entity {
                    id: "date:monday".into(),
                    name: "Monday".into(),
                    kind: EntityType::Date,
                    aliases: vec![],
                    mentions: 1,
                    docs: vec![0],
                },
                Entity {
                    id: "percent:5".into(),
                    name: "5 percent".into(),
                    kind: EntityType::Percent,
                    aliases: vec![],
                    mentions: 1,
                    docs: vec![0],
                },
            ],
            quotes: vec![
                Quote {
                    doc: 0,
                    span: s(0, "we will build peace"),
                    speaker: Some("person:jane-doe".into()),
                },
                Quote {
                    doc: 1,
                    span: s(1, "we shall build peace"),
                    speaker: None,
                },
            ],
            claims: vec![
                Claim {
                    id: "c-prices".into(),
                    label: "Prices rose".into(),
                    members: vec![member(0, "Prices rose by 5 percent.")],
                    divergences: vec![],
                    coverage: 1,
                    strength: LinkStrength::Same,
                },
                Claim {
                    id: "c-talks".into(),
                    label: "Talks opened in Geneva".into(),
                    members: vec![
                        member(0, "Talks opened in Geneva on Monday."),
                        member(1, "Talks opened in Geneva on Tuesday."),
                    ],
                    divergences: vec![Divergence {
                        kind: DivergenceKind::Date,
                        spans: vec![
                            DivergentSpan {
                                member: 0,
                                span: s(0, "Monday"),
                            },
                            DivergentSpan {
                                member: 1,
                                span: s(1, "Tuesday"),
                            },
                        ],
                        note: "Monday vs Tuesday".into(),
                    }],
                    coverage: 2,
                    strength: LinkStrength::Same,
                },
                Claim {
                    id: "c-peace".into(),
                    label: "Jane Doe promised peace".into(),
                    members: vec![
                        member(0, "Jane Doe said “we will build peace” at the start."),
                        member(1, "Jane Doe said “we shall build peace” in Geneva."),
                    ],
                    divergences: vec![Divergence {
                        kind: DivergenceKind::Quote,
                        spans: vec![
                            DivergentSpan {
                                member: 0,
                                span: s(0, "will"),
                            },
                            DivergentSpan {
                                member: 1,
                                span: s(1, "shall"),
                            },
                        ],
                        note: "quoted differently".into(),
                    }],
                    coverage: 2,
                    strength: LinkStrength::Same,
                },
            ],
            unique: vec![UniqueUnits {
                doc: 2,
                spans: vec![s(2, "An unrelated report about the weather.")],
            }],
            events: vec![],
        }
    }

    /// Each listed card's source id and `reported` share, for `q`, at most `limit` cards.
    pub fn card_shares(
        c: &Corpus,
        a: Option<&Analysis>,
        q: &str,
        limit: usize,
    ) -> Vec<(String, Option<(usize, usize)>)> {
        let f = crate::view::filter::Filter::new(c, a, &query(q));
        crate::view::overview::cards(c, a, &f, limit)
            .into_iter()
            .map(|k| (k.id, k.reported))
            .collect()
    }

    /// `card_shares`' shape from literals.
    pub fn shares(v: &[(&str, Option<(usize, usize)>)]) -> Vec<(String, Option<(usize, usize)>)> {
        v.iter().map(|(id, r)| (id.to_string(), *r)).collect()
    }

    pub fn query(q: &str) -> crate::url::Query {
        let pairs: Vec<(String, String)> = q
            .split('&')
            .filter(|kv| !kv.is_empty())
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (k.to_string(), crate::url::decode(v))
            })
            .collect();
        let (q, bad) =
            crate::url::Query::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert!(bad.is_empty(), "{bad:?}");
        q
    }
}
