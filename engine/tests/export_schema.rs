//! The JSON export's exact bytes for a hand-built analysis that uses every
//! field: the schema (field order, escaping, number formats, char offsets)
//! is a contract that consumers diff byte for byte. The expected file was
//! written by the hand-written JSON writer the serde export replaced.

use parallax_engine::analysis::*;
use parallax_engine::{export, Corpus};

fn fixture() -> (Corpus, Analysis) {
    let raw_a = "---\ntitle: Talks \"open\" in Genève\noutlet: The Daily Example\nurl: https://example.org/a\ndate: 2024-05-01\nlang: en\n---\nSkip to content\n\n“Héllo,” said Ana Lima 🌍 in Genève on Monday.\n\nThe deal is worth $5 billion, she said.\tTabs\u{1}stay.";
    let raw_b = "Ana Lima said the deal is worth $5bn.\n\nOnly this source says that.";
    // A page that carries its story twice, the second time reworded: a repeat
    // with a similarity that is not a whole number.
    let para = "The regional council voted on Tuesday to close the old harbour bridge for repairs that engineers say will take at least eighteen months and cost far more than planned";
    let raw_c = format!("{para}.\n\nA different paragraph sits between the two versions here.\n\n{}, officials added.", para.replace("Tuesday", "Wednesday").replace("far more", "much more"));
    let corpus = Corpus::from_files(&[
        ("a.txt", raw_a),
        ("b.txt", raw_b),
        ("c.txt", raw_c.as_str()),
    ])
    .unwrap();
    let a = &corpus.documents[0].text;
    let b = &corpus.documents[1].text;
    let at = |t: &str, s: &str| {
        let i = t.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    let analysis = Analysis {
        mentions: vec![
            Mention {
                doc: 0,
                span: at(a, "Ana Lima"),
                kind: EntityType::Person,
                entity: "person:ana-lima".into(),
            },
            Mention {
                doc: 0,
                span: at(a, "Genève"),
                kind: EntityType::Gpe,
                entity: "gpe:geneve".into(),
            },
            Mention {
                doc: 1,
                span: at(b, "$5bn"),
                kind: EntityType::Money,
                entity: "money:usd-5000000000".into(),
            },
        ],
        entity_index: vec![Entity {
            id: "person:ana-lima".into(),
            name: "Ana Lima".into(),
            kind: EntityType::Person,
            aliases: vec!["Lima".into()],
            mentions: 2,
            docs: vec![0, 1],
        }],
        quotes: vec![
            Quote {
                doc: 0,
                span: at(a, "Héllo,"),
                speaker: Some("person:ana-lima".into()),
            },
            Quote {
                doc: 1,
                span: at(b, "Only"),
                speaker: None,
            },
        ],
        claims: vec![Claim {
            id: "c-0001".into(),
            label: "The deal is worth \"$5 billion\" \\ <b>".into(),
            members: vec![
                ClaimMember {
                    doc: 0,
                    span: at(a, "The deal is worth $5 billion, she said."),
                },
                ClaimMember {
                    doc: 1,
                    span: at(b, "Ana Lima said the deal is worth $5bn."),
                },
            ],
            divergences: vec![Divergence {
                kind: DivergenceKind::Number,
                spans: vec![
                    DivergentSpan {
                        member: 0,
                        span: at(a, "$5 billion"),
                    },
                    DivergentSpan {
                        member: 1,
                        span: at(b, "$5bn"),
                    },
                    DivergentSpan {
                        member: 7,
                        span: at(b, "$5bn"),
                    },
                ],
                note: "$5 billion vs $5bn".into(),
            }],
            coverage: 2,
            strength: LinkStrength::Theme,
        }],
        unique: vec![UniqueUnits {
            doc: 1,
            spans: vec![at(b, "Only this source says that.")],
        }],
        events: vec![
            Event {
                id: "2024-05-01-ana-lima-geneve".into(),
                label: "Ana Lima, Genève · May 2024".into(),
                start: Some("2024-05-01".into()),
                end: Some("2024-05-01".into()),
                documents: vec![0, 1],
            },
            Event {
                id: "undated-harbour".into(),
                label: "The \"harbour\" bridge".into(),
                start: None,
                end: None,
                documents: vec![2],
            },
        ],
    };
    (corpus, analysis)
}

#[test]
fn export_bytes_match_the_schema_fixture() {
    let (corpus, analysis) = fixture();
    let got = export::to_json(&corpus, &analysis);
    if std::env::var_os("PRINT_EXPORT_FIXTURE").is_some() {
        println!("{got}");
    }
    let want = include_str!("data/export/fixture.json");
    assert_eq!(got, want.trim_end_matches('\n'));
}
