//! The entity index and one entity's page, as plain data. The query's
//! `src=`, `types=` and `q=` filters apply here so the pages only render.

use super::order;
use crate::url::Query;
use parallax_engine::{Analysis, Corpus, DocIx, Document, Entity, EntityType, Span};

/// A source as the entity pages name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub doc: DocIx,
    pub id: String,
    /// The letter the filter bar and matrix show for it (A, B, …).
    pub key: String,
    /// Outlet, else (shortened) title.
    pub name: String,
    /// The outlet as shown on cards ("AP via Outlet"), when one was found.
    pub outlet: Option<String>,
    pub title: super::doc_meta::TitleShown,
    pub local: bool,
}

impl Source {
    fn of(doc: DocIx, d: &Document) -> Source {
        Source {
            doc,
            id: d.id.clone(),
            key: super::source_key(doc),
            name: super::source_name(d),
            outlet: d.meta.display_outlet(),
            title: super::doc_meta::title_shown(&d.meta),
            local: d.local,
        }
    }
}

/// The sources the query selects: `src=` ids that exist, else all. Unknown
/// ids come back as notices.
pub fn shown_sources(corpus: &Corpus, query: &Query) -> (Vec<Source>, Vec<String>) {
    let (shown, notices) = super::filter::shown_docs(corpus, query);
    let sources = corpus
        .documents
        .iter()
        .enumerate()
        .filter(|(ix, _)| shown[*ix])
        .map(|(ix, d)| Source::of(ix, d))
        .collect();
    (sources, notices)
}

/// One entity of the index with its mentions per shown source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityRow {
    pub id: String,
    pub name: String,
    pub kind: EntityType,
    pub aliases: Vec<String>,
    /// Mentions in the shown sources.
    pub total: usize,
    /// Mentions per shown source, in the order of `EntityIndex::sources`.
    pub per_source: Vec<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityIndex {
    pub sources: Vec<Source>,
    /// Most mentioned first; ties by name.
    pub rows: Vec<EntityRow>,
    /// The largest single per-source count: the full width of a bar.
    pub max_count: usize,
    /// Entities in the analysis before filtering.
    pub all: usize,
    pub notices: Vec<String>,
}

fn matches_search(e: &Entity, needle: &str) -> bool {
    needle.is_empty()
        || e.name.to_lowercase().contains(needle)
        || e.aliases.iter().any(|a| a.to_lowercase().contains(needle))
        || e.id.to_lowercase().contains(needle)
}

/// The index of entities mentioned in the shown sources, filtered by type and search.
pub fn entity_index(corpus: &Corpus, analysis: &Analysis, query: &Query) -> EntityIndex {
    let (sources, notices) = shown_sources(corpus, query);
    let column: std::collections::HashMap<DocIx, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.doc, i))
        .collect();
    let mut counts: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for m in &analysis.mentions {
        if let Some(&col) = column.get(&m.doc) {
            counts
                .entry(m.entity.as_str())
                .or_insert_with(|| vec![0; sources.len()])[col] += 1;
        }
    }
    let needle = query.search.trim().to_lowercase();
    let mut rows: Vec<EntityRow> = analysis
        .entity_index
        .iter()
        .filter(|e| query.types.is_empty() || query.types.contains(&e.kind))
        .filter(|e| matches_search(e, &needle))
        .filter_map(|e| {
            let per_source = counts.get(e.id.as_str())?.clone();
            let total: usize = per_source.iter().sum();
            (total > 0).then(|| EntityRow {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
                total,
                per_source,
            })
        })
        .collect();
    order::sort_by(&mut rows, |a, b| {
        b.total.cmp(&a.total).then_with(|| a.name.cmp(&b.name))
    });
    let max_count = rows
        .iter()
        .flat_map(|r| r.per_source.iter().copied())
        .max()
        .unwrap_or(0);
    EntityIndex {
        sources,
        rows,
        max_count,
        all: analysis.entity_index.len(),
        notices,
    }
}

/// A mention with the text around it, cut at paragraph breaks and word edges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InContext {
    pub before: String,
    pub mention: String,
    pub after: String,
    /// Whether text was cut before `before` / after `after`.
    pub cut_before: bool,
    pub cut_after: bool,
}

/// Bytes of context on each side of a mention (snapped to char boundaries).
pub const CONTEXT_BYTES: usize = 90;

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The window of `text` around `span`. Never panics: a span that does not
/// slice cleanly gives an empty mention.
pub fn in_context(text: &str, span: Span) -> InContext {
    let start = floor_boundary(text, span.start);
    let end = ceil_boundary(text, span.end.max(start));
    let mut from = floor_boundary(text, start.saturating_sub(CONTEXT_BYTES));
    let mut to = ceil_boundary(text, end.saturating_add(CONTEXT_BYTES));
    // Stay inside the mention's paragraph.
    if let Some(p) = text[from..start].rfind("\n\n") {
        from += p + 2;
    }
    if let Some(p) = text[end..to].find("\n\n") {
        to = end + p;
    }
    let mut cut_before = from > 0 && !text[..from].ends_with("\n\n");
    let mut cut_after = to < text.len() && !text[to..].starts_with("\n\n");
    // Start and end on whole words when the window cut through one.
    if cut_before {
        match text[from..start].find(char::is_whitespace) {
            Some(w) => from += w,
            None => cut_before = from > 0,
        }
    }
    if cut_after {
        match text[end..to].rfind(char::is_whitespace) {
            Some(w) => to = end + w,
            None => cut_after = to < text.len(),
        }
    }
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let before = squash(&text[from..start]);
    let after = squash(&text[end..to]);
    let space =
        |s: &str, edge: Option<char>| edge.is_some_and(char::is_whitespace) && !s.is_empty();
    InContext {
        before: if space(&before, text[..start].chars().next_back()) {
            format!("{before} ")
        } else {
            before
        },
        mention: text[start..end].to_string(),
        after: if space(&after, text[end..].chars().next()) {
            format!(" {after}")
        } else {
            after
        },
        cut_before,
        cut_after,
    }
}

/// One source's mentions of the entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceMentions {
    pub source: Source,
    pub mentions: Vec<InContext>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteLine {
    pub source: Source,
    pub text: String,
    /// The element id of the quotation in the reader (see `quotes::quote_anchor`).
    pub anchor: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRef {
    pub id: String,
    pub label: String,
    pub coverage: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityPage {
    pub id: String,
    pub name: String,
    pub kind: EntityType,
    pub aliases: Vec<String>,
    pub total: usize,
    pub by_source: Vec<SourceMentions>,
    /// Words attributed to the entity (a person, or an organisation that
    /// speaks through statements), in source order then reading order.
    pub quotes: Vec<QuoteLine>,
    /// Claims with a member that mentions the entity.
    pub claims: Vec<ClaimRef>,
    pub notices: Vec<String>,
}

/// One entity's page, or `None` when the analysis has no such id.
pub fn entity_page(
    corpus: &Corpus,
    analysis: &Analysis,
    id: &str,
    query: &Query,
) -> Option<EntityPage> {
    let e = analysis.entity_index.iter().find(|e| e.id == id)?;
    let (sources, notices) = shown_sources(corpus, query);
    let mut spans: Vec<(DocIx, Span)> = analysis
        .mentions
        .iter()
        .filter(|m| m.entity == id)
        .map(|m| (m.doc, m.span))
        .collect();
    order::sort(&mut spans);
    spans.dedup();
    let by_source: Vec<SourceMentions> = sources
        .iter()
        .filter_map(|s| {
            let text = &corpus.documents.get(s.doc)?.text;
            let mentions: Vec<InContext> = spans
                .iter()
                .filter(|(d, _)| *d == s.doc)
                .map(|(_, sp)| in_context(text, *sp))
                .collect();
            (!mentions.is_empty()).then(|| SourceMentions {
                source: s.clone(),
                mentions,
            })
        })
        .collect();
    let shown = |doc: DocIx| sources.iter().find(|s| s.doc == doc);
    let mut quoted: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|q| q.speaker.as_deref() == Some(id))
        .collect();
    order::sort_by_key(&mut quoted, |q| (q.doc, q.span.start));
    let quotes = quoted
        .into_iter()
        .filter_map(|q| {
            let source = shown(q.doc)?.clone();
            let text = q.span.slice(&corpus.documents.get(q.doc)?.text).to_string();
            (!text.is_empty()).then(|| QuoteLine {
                source,
                text,
                anchor: super::quotes::quote_anchor(q.span.start),
            })
        })
        .collect();
    let claims = analysis
        .claims
        .iter()
        .filter(|c| {
            c.members.iter().any(|m| {
                shown(m.doc).is_some()
                    && spans
                        .iter()
                        .any(|(d, sp)| *d == m.doc && m.span.overlaps(*sp))
            })
        })
        .map(|c| ClaimRef {
            id: c.id.clone(),
            label: c.label.clone(),
            coverage: c.coverage,
        })
        .collect();
    Some(EntityPage {
        id: e.id.clone(),
        name: e.name.clone(),
        kind: e.kind,
        aliases: e.aliases.clone(),
        total: by_source.iter().map(|s| s.mentions.len()).sum(),
        by_source,
        quotes,
        claims,
        notices,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_engine::{Claim, ClaimMember, LinkStrength, Mention, Quote};

    const A: &str = "---\ntitle: Talks open\noutlet: Outlet A\n---\nJane Doe met the Acme Group in Geneva. Later Doe said “we will build peace” there.\n\nAcme Group declined to comment.\n";
    const B: &str = "---\ntitle: Geneva talks\noutlet: Outlet B\n---\nIn Geneva, Jane Doe spoke first. Geneva was calm.\n";
    const C: &str = "---\ntitle: Weather\n---\nRain all week.\n";

    fn corpus() -> Corpus {
        Corpus::from_files(&[("a.txt", A), ("b.txt", B), ("c.txt", C)]).unwrap()
    }

    fn find(c: &Corpus, doc: DocIx, needle: &str, nth: usize) -> Span {
        let (s, _) = c.documents[doc]
            .text
            .match_indices(needle)
            .nth(nth)
            .unwrap();
        Span::new(s, s + needle.len())
    }

    fn mention(
        c: &Corpus,
        doc: DocIx,
        needle: &str,
        nth: usize,
        kind: EntityType,
        id: &str,
    ) -> Mention {
        Mention {
            doc,
            span: find(c, doc, needle, nth),
            kind,
            entity: id.into(),
        }
    }

    fn entity(id: &str, name: &str, kind: EntityType, aliases: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            mentions: 0,
            docs: vec![],
        }
    }

    fn analysis(c: &Corpus) -> Analysis {
        use EntityType::*;
        Analysis {
            mentions: vec![
                mention(c, 0, "Jane Doe", 0, Person, "person:jane-doe"),
                mention(c, 0, "Doe", 1, Person, "person:jane-doe"),
                mention(c, 1, "Jane Doe", 0, Person, "person:jane-doe"),
                mention(c, 0, "Acme Group", 0, Org, "org:acme-group"),
                mention(c, 0, "Acme Group", 1, Org, "org:acme-group"),
                mention(c, 0, "Geneva", 0, Gpe, "gpe:geneva"),
                mention(c, 1, "Geneva", 0, Gpe, "gpe:geneva"),
                mention(c, 1, "Geneva", 1, Gpe, "gpe:geneva"),
            ],
            entity_index: vec![
                entity("gpe:geneva", "Geneva", Gpe, &[]),
                entity("org:acme-group", "Acme Group", Org, &["Acme"]),
                entity("person:jane-doe", "Jane Doe", Person, &["Doe"]),
                entity("org:never", "Never Mentioned", Org, &[]),
            ],
            quotes: vec![
                Quote {
                    doc: 0,
                    span: find(c, 0, "we will build peace", 0),
                    speaker: Some("person:jane-doe".into()),
                },
                Quote {
                    doc: 1,
                    span: find(c, 1, "spoke first", 0),
                    speaker: None,
                },
                Quote {
                    doc: 1,
                    span: find(c, 1, "Geneva was calm", 0),
                    speaker: Some("person:jane-doe".into()),
                },
                Quote {
                    doc: 0,
                    span: find(c, 0, "declined to comment", 0),
                    speaker: Some("org:acme-group".into()),
                },
            ],
            claims: vec![
                Claim {
                    id: "c-1".into(),
                    label: "Doe spoke in Geneva".into(),
                    members: vec![
                        ClaimMember {
                            doc: 0,
                            span: find(c, 0, "Later Doe said “we will build peace” there.", 0),
                        },
                        ClaimMember {
                            doc: 1,
                            span: find(c, 1, "In Geneva, Jane Doe spoke first.", 0),
                        },
                    ],
                    divergences: vec![],
                    coverage: 2,
                    strength: LinkStrength::Same,
                },
                Claim {
                    id: "c-2".into(),
                    label: "Acme declined".into(),
                    members: vec![ClaimMember {
                        doc: 0,
                        span: find(c, 0, "Acme Group declined to comment.", 0),
                    }],
                    divergences: vec![],
                    coverage: 1,
                    strength: LinkStrength::Same,
                },
            ],
            unique: vec![],
            events: vec![],
        }
    }

    fn query(pairs: &[(&str, &str)]) -> Query {
        let (q, bad) = Query::parse(pairs.iter().copied());
        assert!(bad.is_empty());
        q
    }

    #[test]
    fn index_counts_mentions_per_source_and_sorts_by_total() {
        let c = corpus();
        let ix = entity_index(&c, &analysis(&c), &Query::default());
        let ids: Vec<_> = ix.rows.iter().map(|r| r.id.as_str()).collect();
        // Geneva 3, Jane Doe 3 (tie → by name), Acme 2; the unmentioned entity is left out.
        assert_eq!(ids, ["gpe:geneva", "person:jane-doe", "org:acme-group"]);
        assert_eq!(ix.rows[0].per_source, [1, 2, 0]);
        assert_eq!(ix.rows[1].per_source, [2, 1, 0]);
        assert_eq!(ix.rows[2].aliases, ["Acme"]);
        assert_eq!(ix.max_count, 2);
        assert_eq!(ix.all, 4);
        let names: Vec<_> = ix.sources.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Outlet A", "Outlet B", "Weather"]);
        let keys: Vec<_> = ix.sources.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["A", "B", "C"]);
    }

    #[test]
    fn index_applies_type_search_and_source_filters() {
        let c = corpus();
        let a = analysis(&c);
        let ix = entity_index(&c, &a, &query(&[("types", "ORG,PERSON")]));
        assert!(ix.rows.iter().all(|r| r.kind != EntityType::Gpe));
        assert_eq!(ix.rows.len(), 2);

        // Search matches aliases too, case-insensitively.
        let ix = entity_index(&c, &a, &query(&[("q", "ACME")]));
        assert_eq!(ix.rows.len(), 1);
        assert_eq!(ix.rows[0].id, "org:acme-group");

        // Only source b: its counts alone, and Acme (absent from b) drops out.
        let ix = entity_index(&c, &a, &query(&[("src", "b")]));
        assert_eq!(ix.sources.len(), 1);
        let ids: Vec<_> = ix.rows.iter().map(|r| (r.id.as_str(), r.total)).collect();
        assert_eq!(ids, [("gpe:geneva", 2), ("person:jane-doe", 1)]);

        // An unknown source is named and ignored.
        let ix = entity_index(&c, &a, &query(&[("src", "zz")]));
        assert_eq!(ix.sources.len(), 3);
        assert_eq!(ix.notices.len(), 1);
        assert!(ix.notices[0].contains("zz"));
    }

    #[test]
    fn entity_page_groups_mentions_by_source_with_context() {
        let c = corpus();
        let p = entity_page(&c, &analysis(&c), "person:jane-doe", &Query::default()).unwrap();
        assert_eq!(p.total, 3);
        let per: Vec<_> = p
            .by_source
            .iter()
            .map(|s| (s.source.id.as_str(), s.mentions.len()))
            .collect();
        assert_eq!(per, [("a", 2), ("b", 1)]);
        let first = &p.by_source[0].mentions[0];
        assert_eq!(first.mention, "Jane Doe");
        assert!(first.after.starts_with(" met the Acme Group"), "{first:?}");
        // The context stops at the paragraph break.
        assert!(!first.after.contains("declined"), "{first:?}");
        let joined = format!("{}{}{}", first.before, first.mention, first.after);
        assert!(c.documents[0].text.contains(&joined), "{joined:?}");
        // Quotes: only those attributed to the person, across sources, each
        // with its source and the anchor of the quotation in the reader.
        let quotes: Vec<_> = p
            .quotes
            .iter()
            .map(|q| (q.source.id.as_str(), q.text.as_str()))
            .collect();
        assert_eq!(
            quotes,
            [("a", "we will build peace"), ("b", "Geneva was calm")]
        );
        let at = c.documents[0].text.find("we will build peace").unwrap();
        assert_eq!(p.quotes[0].anchor, format!("quote-{at}"));
        assert_eq!(p.quotes[0].source.outlet.as_deref(), Some("Outlet A"));
        assert_eq!(p.quotes[0].source.title.plain(), "Talks open");
        // The source filter applies to quotes too.
        let only_b = entity_page(
            &c,
            &analysis(&c),
            "person:jane-doe",
            &query(&[("src", "b")]),
        );
        let only_b: Vec<_> = only_b.unwrap().quotes.into_iter().map(|q| q.text).collect();
        assert_eq!(only_b, ["Geneva was calm"]);
        // Claims: the one whose members mention her, not Acme's.
        let claims: Vec<_> = p.claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(claims, ["c-1"]);
    }

    #[test]
    fn entity_page_for_an_org_has_its_statements_and_its_own_claims() {
        let c = corpus();
        let p = entity_page(&c, &analysis(&c), "org:acme-group", &Query::default()).unwrap();
        // An organisation speaks through statements: its quotations are listed too.
        let quotes: Vec<_> = p.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(quotes, ["declined to comment"]);
        let geneva = entity_page(&c, &analysis(&c), "gpe:geneva", &Query::default()).unwrap();
        assert!(geneva.quotes.is_empty());
        let claims: Vec<_> = p.claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(claims, ["c-2"]);
        let only_b = entity_page(&c, &analysis(&c), "org:acme-group", &query(&[("src", "b")]));
        assert!(only_b.unwrap().by_source.is_empty());
    }

    #[test]
    fn unknown_entity_is_none() {
        let c = corpus();
        assert!(entity_page(&c, &analysis(&c), "person:nobody", &Query::default()).is_none());
    }

    #[test]
    fn context_is_cut_on_words_and_safe_on_any_span() {
        let long = format!("{} Target {}", "alpha ".repeat(40), "omega ".repeat(40));
        let s = long.find("Target").unwrap();
        let ctx = in_context(&long, Span::new(s, s + 6));
        assert!(ctx.cut_before && ctx.cut_after);
        assert_eq!(ctx.mention, "Target");
        assert!(
            ctx.before.trim_start().starts_with("alpha"),
            "{:?}",
            ctx.before
        );
        assert!(ctx.after.trim_end().ends_with("omega"), "{:?}", ctx.after);
        assert!(ctx.before.len() <= CONTEXT_BYTES + 1);

        // Multi-byte text and spans off char boundaries or past the end never panic.
        let t = "Ça: “é” 🌍 près de Zürich — fin.";
        for start in 0..t.len() + 3 {
            for end in start..t.len() + 5 {
                let c = in_context(t, Span::new(start, end));
                assert!(t.contains(&c.mention));
            }
        }
        let c = in_context(t, Span::new(9, 3));
        assert_eq!(c.mention, "");
    }
}
