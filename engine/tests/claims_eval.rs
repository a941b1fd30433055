//! Claim alignment on an invented, hand-aligned test set
//! (tests/data/claims/: three events in three versions each, plus a meeting
//! two years later that repeats a talking point). Prints pairwise
//! precision/recall/F1 of cross-document `Same` links and fails below floors
//! set just under the measured values.

use parallax_engine::{analyze, Corpus, LinkStrength};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const PRECISION_FLOOR: f64 = 0.90;
const RECALL_FLOOR: f64 = 0.76;
const F1_FLOOR: f64 = 0.83;

type Item = (usize, usize); // (doc, byte offset of the gold snippet)

#[test]
fn aligned_test_set_precision_recall() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/claims");
    let corpus = Corpus::load_dir(&dir).expect("test set loads");
    let a = analyze(&corpus);
    let gold_text = std::fs::read_to_string(dir.join("gold.tsv")).expect("gold.tsv");

    let mut groups: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    for line in gold_text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 3, "bad gold line {line:?}");
        let doc = corpus
            .find(f[1])
            .unwrap_or_else(|| panic!("no doc {}", f[1]));
        let text = &corpus.documents[doc].text;
        let at = text
            .find(f[2])
            .unwrap_or_else(|| panic!("{:?} not in {}", f[2], f[1]));
        assert_eq!(
            text.matches(f[2]).count(),
            1,
            "snippet not unique: {:?}",
            f[2]
        );
        groups.entry(f[0].to_string()).or_default().push((doc, at));
    }
    let pairs = |items: &[Item]| -> BTreeSet<(Item, Item)> {
        let mut out = BTreeSet::new();
        for x in items {
            for y in items {
                if x.0 < y.0 {
                    out.insert((*x, *y));
                }
            }
        }
        out
    };
    let mut gold_same = BTreeSet::new();
    let mut gold_theme = BTreeSet::new();
    for (name, items) in &groups {
        if name.starts_with("theme:") {
            gold_theme.extend(pairs(items));
        } else {
            gold_same.extend(pairs(items));
        }
    }
    let all_items: Vec<Item> = groups.values().flatten().copied().collect();

    // A member stands for the gold item whose snippet starts inside it, or
    // for itself (an unannotated unit: any link to it is a false positive).
    let item_of = |doc: usize, span: parallax_engine::Span| -> Item {
        all_items
            .iter()
            .copied()
            .find(|(d, at)| *d == doc && span.start <= *at && *at < span.end)
            .unwrap_or((doc, usize::MAX - span.start))
    };
    let mut pred_same = BTreeSet::new();
    let mut pred_theme = BTreeSet::new();
    for c in &a.claims {
        let items: Vec<Item> = c.members.iter().map(|m| item_of(m.doc, m.span)).collect();
        match c.strength {
            LinkStrength::Same => pred_same.extend(pairs(&items)),
            LinkStrength::Theme => pred_theme.extend(pairs(&items)),
        }
    }
    let tp = pred_same.intersection(&gold_same).count() as f64;
    let p = if pred_same.is_empty() {
        0.0
    } else {
        tp / pred_same.len() as f64
    };
    let r = tp / gold_same.len() as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let theme_found = gold_theme.intersection(&pred_theme).count();
    let theme_as_same = gold_theme.intersection(&pred_same).count();
    println!(
        "claims eval: {} gold links, {} predicted, {} correct: precision {p:.3} recall {r:.3} F1 {f1:.3}; \
         theme links found {theme_found}/{} (as same: {theme_as_same})",
        gold_same.len(),
        pred_same.len(),
        tp,
        gold_theme.len()
    );
    for c in &a.claims {
        let who: Vec<String> = c
            .members
            .iter()
            .map(|m| {
                format!(
                    "{}:{}",
                    corpus.documents[m.doc].id,
                    &corpus.documents[m.doc].text[m.span.start..m.span.end]
                        .chars()
                        .take(40)
                        .collect::<String>()
                )
            })
            .collect();
        println!("  {:?} {} {:?}", c.strength, c.id, who);
        for d in &c.divergences {
            println!("      {} {}", d.kind.label(), d.note);
        }
    }
    for missed in gold_same.difference(&pred_same) {
        println!("  missed {missed:?}");
    }
    assert_eq!(
        theme_as_same, 0,
        "a repeated talking point was linked as the same report"
    );
    assert!(p >= PRECISION_FLOOR, "precision {p:.3} < {PRECISION_FLOOR}");
    assert!(r >= RECALL_FLOOR, "recall {r:.3} < {RECALL_FLOOR}");
    assert!(f1 >= F1_FLOOR, "F1 {f1:.3} < {F1_FLOOR}");
}
