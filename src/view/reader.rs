//! The reader: an article's paragraphs cut into runs that are plain text,
//! entity mentions, quotations and claim sentences, plus a margin marker
//! for each claim sentence saying how many other sources report it.

use super::filter::Filter;
use super::order;
use super::quotes::{quote_anchor, speaker, Speaker};
use parallax_engine::{Analysis, Corpus, DocIx, EntityType, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub kind: EntityType,
    pub entity: String,
    /// The focused entity of `entity=`.
    pub focus: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub entity: Option<Highlight>,
    /// Inside a quotation.
    pub quote: bool,
    /// Set on the first run of a quotation: its anchor and who said it.
    pub opens: Option<QuoteStart>,
    /// Inside the sentence of marker number `n` (1-based within the article).
    pub claim: Option<usize>,
}

/// The start of a quotation, where its speaker tag goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteStart {
    /// The element id a link to this quotation lands on.
    pub anchor: String,
    /// `None` when the article attributes the quotation to no one.
    pub speaker: Option<Speaker>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub number: usize,
    pub claim: String,
    pub label: String,
    /// Shown sources other than this one reporting the claim.
    pub others: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paragraph {
    pub runs: Vec<Run>,
    pub markers: Vec<Marker>,
    pub headline: bool,
    pub repeat: bool,
}

/// Which entity types occur in the article, with their counts, for the legend.
pub fn type_counts(analysis: &Analysis, doc: DocIx) -> Vec<(EntityType, usize)> {
    EntityType::ALL
        .into_iter()
        .filter_map(|t| {
            let n = analysis
                .mentions
                .iter()
                .filter(|m| m.doc == doc && m.kind == t)
                .count();
            (n > 0).then_some((t, n))
        })
        .collect()
}

/// A quotation's span widened to its quotation marks (and a comma or full
/// stop tucked inside the closing mark), so the speaker tag can sit before
/// the opening mark rather than inside the quote.
fn with_marks(text: &str, span: Span) -> Span {
    use parallax_engine::text::tokens::is_quote_mark;
    let mut out = span;
    if let Some(c) = text.get(..span.start).and_then(|t| t.chars().next_back()) {
        if is_quote_mark(c) {
            out.start -= c.len_utf8();
        }
    }
    let rest = text.get(span.end..).unwrap_or("");
    let mut chars = rest.char_indices();
    let mut end = None;
    match chars.next() {
        Some((_, c)) if is_quote_mark(c) => end = Some(c.len_utf8()),
        Some((_, ',' | '.' | ';' | '!' | '?')) => {
            if let Some((i, q)) = chars.next().filter(|(_, q)| is_quote_mark(*q)) {
                end = Some(i + q.len_utf8());
            }
        }
        _ => {}
    }
    if let Some(n) = end {
        out.end += n;
    }
    out
}

/// The article `doc` as paragraphs of runs.
pub fn paragraphs(
    corpus: &Corpus,
    analysis: &Analysis,
    filter: &Filter,
    doc: DocIx,
) -> Vec<Paragraph> {
    let Some(d) = corpus.documents.get(doc) else {
        return Vec::new();
    };
    let text = d.text.as_str();
    let mentions: Vec<_> = analysis
        .mentions
        .iter()
        .filter(|m| m.doc == doc && filter.shows_type(m.kind))
        .collect();
    // The anchor is the quotation's own start, the one the entity page links to.
    let quotes: Vec<(Span, QuoteStart)> = analysis
        .quotes
        .iter()
        .filter(|q| q.doc == doc)
        .map(|q| {
            let start = QuoteStart {
                anchor: quote_anchor(q.span.start),
                speaker: q.speaker.as_deref().map(|id| speaker(analysis, id)),
            };
            (with_marks(text, q.span), start)
        })
        .collect();
    // Claim sentences of this article, in reading order, numbered.
    let mut members: Vec<(Span, usize)> = filter
        .claims(corpus, analysis)
        .into_iter()
        .flat_map(|ci| {
            analysis.claims[ci]
                .members
                .iter()
                .filter(move |m| m.doc == doc)
                .map(move |m| (m.span, ci))
        })
        .collect();
    order::sort_by_key(&mut members, |(s, _)| (s.start, s.end));
    let mut markers: Vec<(Span, Marker)> = Vec::new();
    for (n, (span, ci)) in members.iter().enumerate() {
        let claim = &analysis.claims[*ci];
        markers.push((
            *span,
            Marker {
                number: n + 1,
                claim: claim.id.clone(),
                label: claim.label.clone(),
                others: filter.reporting(claim).saturating_sub(1),
            },
        ));
    }
    let repeated: Vec<Span> = d.repeats.iter().map(|r| r.second).collect();
    d.paragraphs()
        .into_iter()
        .map(|para| {
            let mut cuts = vec![para.start, para.end];
            let spans = mentions
                .iter()
                .map(|m| m.span)
                .chain(quotes.iter().map(|q| q.0))
                .chain(markers.iter().map(|(s, _)| *s));
            for s in spans.filter(|s| s.overlaps(para)) {
                cuts.push(s.start.clamp(para.start, para.end));
                cuts.push(s.end.clamp(para.start, para.end));
            }
            cuts.retain(|&c| text.is_char_boundary(c));
            order::sort(&mut cuts);
            cuts.dedup();
            let mut runs: Vec<Run> = Vec::new();
            for w in cuts.windows(2) {
                let piece = Span::new(w[0], w[1]);
                let entity = mentions
                    .iter()
                    .find(|m| m.span.contains(piece))
                    .map(|m| Highlight {
                        kind: m.kind,
                        entity: m.entity.clone(),
                        focus: filter.entity.as_deref() == Some(m.entity.as_str()),
                    });
                let quote = quotes.iter().find(|q| q.0.contains(piece));
                let opens = quote
                    .filter(|q| q.0.start == piece.start)
                    .map(|q| q.1.clone());
                let claim = markers
                    .iter()
                    .find(|(s, _)| s.contains(piece))
                    .map(|(_, m)| m.number);
                runs.push(Run {
                    text: piece.slice(text).to_string(),
                    entity,
                    quote: quote.is_some(),
                    opens,
                    claim,
                });
            }
            let markers = markers
                .iter()
                .filter(|(s, _)| para.contains(Span::new(s.start, s.start)) && s.start < para.end)
                .map(|(_, m)| m.clone())
                .collect();
            let whole = para.slice(text);
            Paragraph {
                runs,
                markers,
                headline: whole == d.meta.title,
                repeat: repeated.contains(&para),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::fixture::*;

    fn read(q: &str, doc: DocIx) -> Vec<Paragraph> {
        let c = corpus();
        let a = analysis(&c);
        paragraphs(&c, &a, &Filter::new(&c, Some(&a), &query(q)), doc)
    }

    #[test]
    fn runs_rebuild_the_text_exactly() {
        let c = corpus();
        for q in ["", "types=PERSON", "cov=unique", "entity=gpe:geneva"] {
            for doc in 0..3 {
                let joined: Vec<String> = read(q, doc)
                    .iter()
                    .map(|p| p.runs.iter().map(|r| r.text.as_str()).collect())
                    .collect();
                let expected: Vec<&str> = c.documents[doc]
                    .paragraphs()
                    .iter()
                    .map(|s| s.slice(&c.documents[doc].text))
                    .collect();
                assert_eq!(joined, expected, "q={q} doc={doc}");
            }
        }
    }

    #[test]
    fn entities_quotes_and_speakers_are_marked() {
        let paras = read("", 0);
        let runs: Vec<&Run> = paras.iter().flat_map(|p| &p.runs).collect();
        let geneva = runs.iter().find(|r| r.text == "Geneva").unwrap();
        assert_eq!(geneva.entity.as_ref().unwrap().kind, EntityType::Gpe);
        let quote = runs
            .iter()
            .find(|r| r.text == "“we will build peace”")
            .unwrap();
        assert!(quote.quote);
        let opens = quote.opens.as_ref().unwrap();
        let who = opens.speaker.as_ref().unwrap();
        assert_eq!(
            (who.name.as_str(), who.id.as_str()),
            ("Jane Doe", "person:jane-doe")
        );
        assert!(who.linked);
        // The anchor names the quotation's own start (inside its marks).
        let c = corpus();
        let start = c.documents[0].text.find("we will build peace").unwrap();
        assert_eq!(opens.anchor, format!("quote-{start}"));
        // Only the first run of a quotation opens it.
        assert_eq!(runs.iter().filter(|r| r.opens.is_some()).count(), 1);
        let unattributed = read("", 1);
        let q = unattributed[0].runs.iter().find(|r| r.quote).unwrap();
        assert_eq!(q.opens.as_ref().unwrap().speaker, None);
    }

    #[test]
    fn quotes_take_in_their_marks() {
        let t = "He said “we go,” and ‘fine’. Then \"x\"";
        let at = |n: &str| {
            let i = t.find(n).unwrap();
            with_marks(t, Span::new(i, i + n.len())).slice(t)
        };
        assert_eq!(at("we go"), "“we go,”");
        assert_eq!(at("fine"), "‘fine’");
        assert_eq!(at("x"), "\"x\"");
        assert_eq!(at("He said"), "He said");
    }

    #[test]
    fn type_filter_hides_other_highlights() {
        let paras = read("types=PERSON", 0);
        let kinds: Vec<EntityType> = paras
            .iter()
            .flat_map(|p| &p.runs)
            .filter_map(|r| r.entity.as_ref().map(|e| e.kind))
            .collect();
        assert_eq!(kinds, [EntityType::Person]);
        let c = corpus();
        let a = analysis(&c);
        assert_eq!(type_counts(&a, 0).len(), 4);
    }

    #[test]
    fn markers_count_other_sources_and_follow_filters() {
        let paras = read("", 0);
        let markers: Vec<(usize, &str, usize)> = paras
            .iter()
            .flat_map(|p| &p.markers)
            .map(|m| (m.number, m.claim.as_str(), m.others))
            .collect();
        assert_eq!(
            markers,
            [(1, "c-talks", 1), (2, "c-peace", 1), (3, "c-prices", 0)]
        );
        // The marker sits in the paragraph of its sentence, and runs point at it.
        assert_eq!(paras[0].markers.len(), 2);
        assert!(paras[1].runs.iter().all(|r| r.claim == Some(3)));
        let unique: Vec<String> = read("cov=unique", 0)
            .iter()
            .flat_map(|p| p.markers.iter().map(|m| m.claim.clone()))
            .collect();
        assert_eq!(unique, ["c-prices"]);
        let focus = read("entity=person:jane-doe", 0);
        let run = focus[0].runs.iter().find(|r| r.text == "Jane Doe").unwrap();
        assert!(run.entity.as_ref().unwrap().focus);
        assert_eq!(focus.iter().map(|p| p.markers.len()).sum::<usize>(), 1);
    }
}

#[cfg(test)]
mod markup_tests {
    use super::*;

    #[test]
    fn markup_stays_verbatim_in_the_runs() {
        let raw = "Maria Lopez told reporters in Lisbon on Monday that the talks would go on.\n\n<script>window.__xss=1</script>\n\nShe added: <img src=x onerror=\"window.__xss=1\"> and x were fine.\n";
        let corpus = Corpus {
            documents: vec![parallax_engine::Document::parse("local-x", raw)],
        };
        let analysis = parallax_engine::analyze(&corpus);
        let filter = Filter::new(&corpus, Some(&analysis), &crate::url::Query::default());
        let text: String = paragraphs(&corpus, &analysis, &filter, 0)
            .iter()
            .flat_map(|p| p.runs.iter().map(|r| r.text.clone()))
            .collect();
        // What the cleaner keeps reaches the runs verbatim (rendered as text
        // nodes); the tags it drops stay in the raw file for the raw view.
        let kept: String = corpus.documents[0]
            .paragraphs()
            .iter()
            .map(|s| s.slice(&corpus.documents[0].text))
            .collect();
        assert_eq!(text, kept);
        assert!(text.contains("and x were fine."), "{text}");
        let doc = &corpus.documents[0];
        assert!(doc
            .removed
            .iter()
            .any(|r| r.raw.slice(&doc.raw).contains("onerror")));
    }
}
