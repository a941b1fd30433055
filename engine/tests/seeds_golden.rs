//! Golden test: the example corpus in seeds/ loads with the expected titles,
//! dates and cleaning. (Seed names appear here, in tests, never in the engine.)

use parallax_engine::Corpus;
use std::path::Path;

fn seeds() -> Corpus {
    Corpus::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")).expect("seeds load")
}

#[test]
fn seeds_load_with_expected_titles_and_dates() {
    let c = seeds();
    let got: Vec<(&str, &str, Option<&str>)> = c
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d.meta.title.as_str(), d.meta.date.as_deref()))
        .collect();
    let want = [
        ("000_761f217a1e28bc21", "Russia-China Relations “Not Subject to Pressure from Third Parties”: Wang Yi Tells Putin", Some("2023-02-23")),
        ("001_5cd5df0be4793570", "Wang Yi, China’s top diplomatic representative and member of the Political Bureau of the Communist Party of…", Some("2023-02-22")),
        ("002_60fcfc2b4460913a", "Wang Yi Holds High-Level Talks in Moscow To Deepen Strategic Cooperation", None),
        ("003_16fbe56af909fff0", "China-Russia Ties Strengthen as Wang Yi Meets Putin in Moscow", None),
        ("004_6563dcdc79f6373c", "Chinese Foreign Minister Wang Yi emphasized the extraordinary strength and significance of China’s…", None),
    ];
    assert_eq!(got, want);
}

#[test]
fn seed_chrome_is_removed_and_kept_in_raw() {
    let c = seeds();
    for d in &c.documents {
        for chrome in [
            "Google tag",
            "Skip to content",
            "Previous Post Next Post",
            "IMAGE SOURCE",
            "date 2023-02-22",
        ] {
            assert!(
                !d.text.contains(chrome),
                "{}: {chrome:?} left in cleaned text",
                d.id
            );
        }
        // Nothing is lost: every kept segment is the raw text verbatim.
        for s in &d.map.segments {
            assert_eq!(
                d.text.get(s.clean..s.clean + s.len),
                d.raw.get(s.raw..s.raw + s.len)
            );
        }
    }
    let first = &c.documents[0];
    let title = &first.meta.title;
    assert_eq!(
        first.text.matches(title.as_str()).count(),
        1,
        "repeated title line dropped"
    );
    let rules: Vec<&str> = first.removed.iter().map(|r| r.rule.as_ref()).collect();
    assert_eq!(
        rules,
        ["markup", "dateline", "repeated-title", "image-credit"]
    );
}

#[test]
fn the_two_version_seed_is_flagged() {
    let c = seeds();
    let flagged: Vec<(&str, usize)> = c
        .documents
        .iter()
        .filter(|d| !d.repeats.is_empty())
        .map(|d| (d.id.as_str(), d.repeats.len()))
        .collect();
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert_eq!(flagged[0].0, "003_16fbe56af909fff0");
    assert!(flagged[0].1 >= 4, "{flagged:?}");
}
