//! Precision/recall/F1 per type on an annotated test set of short news texts
//! written for this purpose (tests/data/entities/own.txt), and on the five
//! seed articles annotated in full (tests/data/entities/seeds.txt).
//! Exact span + type match. Fails below floors set a little under the
//! measured values.

use parallax_engine::{analyze, Corpus, EntityType};
use std::collections::BTreeMap;
use std::path::Path;

type Gold = Vec<(usize, usize, EntityType)>;

/// Parses `[surface](TYPE)` markup into plain text and byte spans. Type "O"
/// marks text that is not an entity. A `[` opens markup only when the next
/// `]` comes before any other `[` and is followed by `(LABEL)` with a known
/// label; otherwise it is literal text (the seeds contain "[their]").
fn parse(block: &str) -> (String, Gold) {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut rest = block;
    while let Some(open) = rest.find('[') {
        let markup = markup_at(&rest[open..]);
        let Some((surface, label, len)) = markup else {
            text.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            continue;
        };
        text.push_str(&rest[..open]);
        let start = text.len();
        text.push_str(surface);
        if let Some(t) = EntityType::from_label(label) {
            gold.push((start, text.len(), t));
        }
        rest = &rest[open + len..];
    }
    text.push_str(rest);
    (text, gold)
}

/// `s` starts with `[`: returns (surface, label, markup length) if it is markup.
fn markup_at(s: &str) -> Option<(&str, &str, usize)> {
    let close = s.find(']')?;
    let surface = &s[1..close];
    if surface.contains('[') || !s[close..].starts_with("](") {
        return None;
    }
    let end = close + s[close..].find(')')?;
    let label = &s[close + 2..end];
    let known = label == "O" || EntityType::from_label(label).is_some();
    known.then_some((surface, label, end + 1))
}

fn blocks(file: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/entities")
        .join(file);
    let raw = std::fs::read_to_string(path).expect("annotation file");
    let body: String = raw
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n");
    body.split("\n---\n")
        .map(|b| b.trim().to_string())
        .filter(|b| !b.is_empty())
        .collect()
}

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

fn prf(c: &Counts) -> (f64, f64, f64) {
    let p = if c.tp + c.fp == 0 {
        1.0
    } else {
        c.tp as f64 / (c.tp + c.fp) as f64
    };
    let r = if c.tp + c.fn_ == 0 {
        1.0
    } else {
        c.tp as f64 / (c.tp + c.fn_) as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Scores predictions against gold, document by document.
fn score(name: &str, corpus: &Corpus, golds: &[Gold]) -> (f64, f64, f64) {
    let a = analyze(corpus);
    let mut per: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let mut all = Counts::default();
    for (di, gold) in golds.iter().enumerate() {
        let pred: Vec<(usize, usize, EntityType)> = a
            .mentions
            .iter()
            .filter(|m| m.doc == di)
            .map(|m| (m.span.start, m.span.end, m.kind))
            .collect();
        let text = &corpus.documents[di].text;
        for p in &pred {
            let c = per.entry(p.2.label()).or_default();
            if gold.contains(p) {
                c.tp += 1;
                all.tp += 1;
            } else {
                c.fp += 1;
                all.fp += 1;
                println!("  {name} FP {:?} {}", &text[p.0..p.1], p.2);
            }
        }
        for g in gold {
            if !pred.contains(g) {
                per.entry(g.2.label()).or_default().fn_ += 1;
                all.fn_ += 1;
                println!("  {name} FN {:?} {}", &text[g.0..g.1], g.2);
            }
        }
    }
    println!("{name}: type       P      R      F1   (tp fp fn)");
    for (t, c) in &per {
        let (p, r, f) = prf(c);
        println!(
            "{name}: {t:<9} {p:.3}  {r:.3}  {f:.3}  ({} {} {})",
            c.tp, c.fp, c.fn_
        );
    }
    let (p, r, f) = prf(&all);
    println!(
        "{name}: OVERALL   {p:.3}  {r:.3}  {f:.3}  ({} {} {})",
        all.tp, all.fp, all.fn_
    );
    (p, r, f)
}

#[test]
fn own_test_set() {
    let parsed: Vec<(String, Gold)> = blocks("own.txt").iter().map(|b| parse(b)).collect();
    assert!(parsed.len() >= 15);
    let files: Vec<(String, String)> = parsed
        .iter()
        .enumerate()
        .map(|(i, (t, _))| (format!("t{i:02}.txt"), t.clone()))
        .collect();
    let corpus = Corpus::from_files(&files).unwrap();
    for (d, (t, _)) in corpus.documents.iter().zip(&parsed) {
        assert_eq!(&d.text, t, "cleaning changed an eval text");
    }
    let golds: Vec<Gold> = parsed.into_iter().map(|(_, g)| g).collect();
    let (p, r, f) = score("own", &corpus, &golds);
    assert!(
        p >= FLOOR_OWN.0 && r >= FLOOR_OWN.1 && f >= FLOOR_OWN.2,
        "own set below floor: {p:.3} {r:.3} {f:.3}"
    );
}

#[test]
fn seed_articles() {
    let corpus = Corpus::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")).unwrap();
    let parsed: Vec<(String, Gold)> = blocks("seeds.txt").iter().map(|b| parse(b)).collect();
    assert_eq!(parsed.len(), corpus.documents.len());
    for (d, (t, _)) in corpus.documents.iter().zip(&parsed) {
        assert_eq!(
            &d.text, t,
            "{}: annotation differs from the cleaned text",
            d.id
        );
    }
    let golds: Vec<Gold> = parsed.into_iter().map(|(_, g)| g).collect();
    let (p, r, f) = score("seeds", &corpus, &golds);
    assert!(
        p >= FLOOR_SEEDS.0 && r >= FLOOR_SEEDS.1 && f >= FLOOR_SEEDS.2,
        "seeds below floor: {p:.3} {r:.3} {f:.3}"
    );
}

/// (precision, recall, F1) floors, a little under the measured values.
const FLOOR_OWN: (f64, f64, f64) = (0.98, 0.97, 0.98);
const FLOOR_SEEDS: (f64, f64, f64) = (0.98, 0.98, 0.98);
