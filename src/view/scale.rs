//! The view model on a generated corpus of 1,000 articles and 3,000 claims:
//! checks the shapes and PRINTS how long each view's derivation takes
//! (`cargo test -p parallax scale -- --nocapture`). No timing is asserted.

use super::filter::Filter;
use super::{compare, matrix, overview, reader};
use parallax_engine::*;
use std::time::Instant;

const DOCS: usize = 1000;
const CLAIMS: usize = 3000;

fn generated() -> (Corpus, Analysis) {
    let files: Vec<(String, String)> = (0..DOCS)
        .map(|d| {
            let body: String = (0..30)
                .map(|s| {
                    format!("Sentence {s} of article {d} says that the talks went on for a while. ")
                })
                .collect();
            (
                format!("doc{d:04}.txt"),
                format!("---\ntitle: Article {d}\n---\n{body}\n"),
            )
        })
        .collect();
    let corpus = Corpus::from_files(&files).expect("generated corpus");
    let sentence = |doc: usize, s: usize| {
        let text = &corpus.documents[doc].text;
        let needle = format!("Sentence {s} of article {doc} ");
        let start = text.find(&needle).expect("sentence");
        let end = start
            + text[start..]
                .find(". ")
                .map(|i| i + 1)
                .unwrap_or(needle.len());
        Span::new(start, end)
    };
    let mut claims = Vec::new();
    for c in 0..CLAIMS {
        let width = 1 + c % 5;
        let members: Vec<ClaimMember> = (0..width)
            .map(|k| {
                let doc = (c * 7 + k * 131) % DOCS;
                ClaimMember {
                    doc,
                    span: sentence(doc, (c / 7) % 30),
                }
            })
            .collect();
        let mut docs: Vec<usize> = members.iter().map(|m| m.doc).collect();
        docs.sort();
        docs.dedup();
        claims.push(Claim {
            id: format!("c{c:05}"),
            label: format!("Claim number {c} about the talks"),
            coverage: docs.len(),
            members,
            divergences: vec![],
            strength: LinkStrength::Same,
        });
    }
    let mentions = (0..DOCS)
        .flat_map(|d| {
            let text = corpus.documents[d].text.clone();
            text.match_indices("talks")
                .map(|(i, _)| Mention {
                    doc: d,
                    span: Span::new(i, i + 5),
                    kind: EntityType::Event,
                    entity: "event:talks".into(),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let analysis = Analysis {
        mentions,
        entity_index: vec![Entity {
            id: "event:talks".into(),
            name: "talks".into(),
            kind: EntityType::Event,
            aliases: vec![],
            mentions: DOCS * 30,
            docs: (0..DOCS).collect(),
        }],
        quotes: vec![],
        claims,
        unique: vec![],
        events: vec![],
    };
    (corpus, analysis)
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    println!(
        "scale: {what}: {:.1} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    out
}

#[test]
fn view_model_on_a_thousand_articles() {
    let (corpus, analysis) = generated();
    let query = crate::view::fixture::query("");
    let filter = timed("filter", || Filter::new(&corpus, Some(&analysis), &query));
    let m = timed("matrix (1000 columns x 3000 rows)", || {
        matrix::matrix(&corpus, &analysis, &filter)
    });
    assert_eq!(m.rows.len(), CLAIMS);
    assert_eq!(m.columns.len(), DOCS);
    assert!(m.rows.windows(2).all(|w| w[0].reporting >= w[1].reporting));
    let cards = timed("cards (all)", || {
        overview::cards(&corpus, Some(&analysis), &filter, usize::MAX)
    });
    assert_eq!(cards.len(), DOCS);
    let page = timed("cards (first page)", || {
        overview::cards(&corpus, Some(&analysis), &filter, overview::CARD_PAGE)
    });
    assert_eq!(page.len(), overview::CARD_PAGE);
    let paras = timed("reader (one article)", || {
        reader::paragraphs(&corpus, &analysis, &filter, 7)
    });
    assert!(paras.iter().any(|p| !p.markers.is_empty()));
    let cmp = timed("compare (two articles)", || {
        compare::compare(&corpus, &analysis, &filter, 0, 131)
    });
    assert!(!cmp.pairs.is_empty());
    let searched = crate::view::fixture::query("q=number%2012&cov=some");
    let f2 = Filter::new(&corpus, Some(&analysis), &searched);
    let rows = timed("matrix with search + coverage", || {
        matrix::matrix(&corpus, &analysis, &f2).rows.len()
    });
    assert!(rows > 0 && rows < CLAIMS);
}
