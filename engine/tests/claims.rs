//! Claim alignment end to end: stable ids, trivial corpora, divergences on
//! crafted examples, and no panics with every span slicing.

use parallax_engine::{analyze, Analysis, Corpus, DivergenceKind, Document, LinkStrength};
use proptest::prelude::*;

fn corpus(docs: &[(&str, &str)]) -> Corpus {
    let mut documents: Vec<Document> = docs.iter().map(|(id, t)| Document::parse(id, t)).collect();
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    Corpus { documents }
}

fn check_spans(c: &Corpus, a: &Analysis) {
    for cl in &a.claims {
        assert!(cl.coverage >= 2);
        for m in &cl.members {
            assert!(c.documents[m.doc]
                .text
                .get(m.span.start..m.span.end)
                .is_some());
        }
        for d in &cl.divergences {
            for s in &d.spans {
                let m = &cl.members[s.member];
                assert!(
                    m.span.contains(s.span)
                        || c.documents[m.doc]
                            .text
                            .get(s.span.start..s.span.end)
                            .is_some()
                );
            }
        }
    }
    for u in &a.unique {
        for s in &u.spans {
            assert!(c.documents[u.doc].text.get(s.start..s.end).is_some());
        }
    }
}

const A: &str = "---\ndate: 2024-05-02\n---\n\nThe river ferry Aurora lost power near Tollmark on Thursday.\n\nAll 80 passengers were brought ashore safely by the rescue service.\n\nThe operator blamed a faulty generator.";
const B: &str = "---\ndate: 2024-05-02\n---\n\nA power failure stopped the river ferry Aurora near Tollmark on Thursday.\n\nRescuers brought all 80 passengers safely ashore.\n\nLocal shops reported brisk business.";
const C: &str = "---\ndate: 2024-05-03\n---\n\nThe Aurora ferry reportedly lost power near Tollmark on Thursday.\n\nThe operator blamed a faulty generator on board.";
const UNRELATED: &str = "---\ndate: 2024-05-02\n---\n\nThe city orchestra announced a winter season of twelve concerts.\n\nTickets go on sale next week at the concert hall.";

fn ids(a: &Analysis) -> Vec<String> {
    let mut v: Vec<String> = a.claims.iter().map(|c| c.id.clone()).collect();
    v.sort();
    v
}

#[test]
fn ids_survive_rebuilds_and_unrelated_additions() {
    let c1 = corpus(&[("a", A), ("b", B), ("c", C)]);
    let first = analyze(&c1);
    assert!(!first.claims.is_empty());
    assert_eq!(ids(&first), ids(&analyze(&c1)));
    let c2 = corpus(&[
        ("a", A),
        ("b", B),
        ("c", C),
        ("zz-orchestra", UNRELATED),
        ("0-orch", UNRELATED.replace("twelve", "ten").as_str()),
    ]);
    let second = analyze(&c2);
    check_spans(&c2, &second);
    for id in ids(&first) {
        assert!(
            ids(&second).contains(&id),
            "claim {id} lost after adding unrelated articles"
        );
    }
}

#[test]
fn empty_and_one_document_corpora_have_no_alignments() {
    let a = analyze(&Corpus::default());
    assert!(a.claims.is_empty() && a.unique.is_empty());
    let a = analyze(&corpus(&[("a", A)]));
    assert!(a.claims.is_empty() && a.unique.is_empty());
}

#[test]
fn paraphrases_align_and_unreported_units_are_unique() {
    let c = corpus(&[("a", A), ("b", B), ("c", C)]);
    let a = analyze(&c);
    check_spans(&c, &a);
    let power = a
        .claims
        .iter()
        .find(|cl| {
            cl.members.iter().any(|m| {
                m.span
                    .slice(&c.documents[m.doc].text)
                    .contains("A power failure")
            })
        })
        .expect("power claim");
    assert_eq!(power.coverage, 3);
    assert_eq!(power.strength, LinkStrength::Same);
    let b = c.find("b").unwrap();
    let unique_b: Vec<&str> = a
        .unique
        .iter()
        .filter(|u| u.doc == b)
        .flat_map(|u| u.spans.iter().map(|s| s.slice(&c.documents[b].text)))
        .collect();
    assert!(unique_b.iter().any(|s| s.contains("brisk business")));
}

#[test]
fn divergences_on_crafted_examples() {
    let x = "---\ndate: 2023-06-14\n---\n\nFinance Minister Ola Brandt said the fund would reach $200 billion in 2024, calling it “a historic step for the region”.";
    let y = "---\ndate: 2023-06-14\n---\n\nPrime Minister Ola Brandt said the fund may reach $150 billion in 2025, calling it “a decisive moment for all of us”.";
    let c = corpus(&[("x", x), ("y", y)]);
    let a = analyze(&c);
    check_spans(&c, &a);
    assert_eq!(a.claims.len(), 1, "{:?}", a.claims);
    let kinds: Vec<DivergenceKind> = a.claims[0].divergences.iter().map(|d| d.kind).collect();
    for k in [
        DivergenceKind::Number,
        DivergenceKind::Date,
        DivergenceKind::Quote,
        DivergenceKind::Hedge,
        DivergenceKind::Speaker,
    ] {
        assert!(
            kinds.contains(&k),
            "missing {k:?} in {:?}",
            a.claims[0].divergences
        );
    }
    let num = a.claims[0]
        .divergences
        .iter()
        .find(|d| d.kind == DivergenceKind::Number)
        .unwrap();
    assert!(
        num.note.contains("$200 billion") && num.note.contains("$150 billion"),
        "{}",
        num.note
    );
}

#[test]
fn repeated_talking_point_years_later_is_a_theme() {
    let x = "---\ndate: 2023-06-14\n---\n\nMinister Ola Brandt said relations with Norland are not subject to pressure from third parties.";
    let y = "---\ndate: 2023-06-15\n---\n\nOla Brandt stressed that relations with Norland will not be pressured by third parties.";
    let z = "---\ndate: 2025-09-01\n---\n\nOla Brandt repeated that relations with Norland are not subject to pressure from third parties.";
    let c = corpus(&[("x", x), ("y", y), ("z", z)]);
    let a = analyze(&c);
    let zi = c.find("z").unwrap();
    for cl in &a.claims {
        if cl.strength == LinkStrength::Same {
            assert!(
                cl.members.iter().all(|m| m.doc != zi),
                "2025 report linked as same: {cl:?}"
            );
        }
    }
    assert!(a
        .claims
        .iter()
        .any(|cl| cl.strength == LinkStrength::Theme && cl.members.iter().any(|m| m.doc == zi)));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn align_never_panics_and_spans_slice(
        docs in proptest::collection::vec(
            proptest::collection::vec(
                prop_oneof![
                    Just("The ferry lost power. ".to_string()), Just("“We are ready,” he said. ".to_string()), Just("U.S. ".to_string()),
                    Just("Mr. J. Smith may reach $5 billion in 2024; ".to_string()), Just("\n\n".to_string()), Just("- item\n".to_string()),
                    Just("é\u{301} ".to_string()), Just("中国。".to_string()), Just("\"".to_string()), Just("...".to_string()), Just("On Feb. 3, 2023, ".to_string()),
                    "[a-zA-Z .,;“”\"'\n]{0,20}".prop_map(|s: String| s),
                ],
                0..12,
            ).prop_map(|v| v.concat()),
            0..5,
        )
    ) {
        let named: Vec<(String, String)> = docs.into_iter().enumerate().map(|(i, t)| (format!("d{i}"), t)).collect();
        let refs: Vec<(&str, &str)> = named.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let c = corpus(&refs);
        let a = analyze(&c);
        check_spans(&c, &a);
    }
}
