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
        // "on Feb. 21-22" with no year: the year from the other seeds' dates.
        ("002_60fcfc2b4460913a", "Wang Yi Holds High-Level Talks in Moscow To Deepen Strategic Cooperation", Some("2023-02-22")),
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

/// The 2025 meeting is an event of its own: no `Same` claim joins it to the
/// 2023 visit, and the talking points that recur across them are themes.
#[test]
fn the_two_meetings_share_no_claim_only_themes() {
    let c = seeds();
    let a = parallax_engine::analyze(&c);
    let doc = |id: &str| {
        c.documents
            .iter()
            .position(|d| d.id.starts_with(id))
            .expect(id)
    };
    let event_of = |d: usize| a.events.iter().position(|e| e.documents.contains(&d));
    let (visit, beijing) = (event_of(doc("000")), event_of(doc("004")));
    assert!(visit.is_some() && visit != beijing, "{:#?}", a.events);
    for i in 1..4 {
        assert_eq!(event_of(doc(&format!("00{i}"))), visit);
    }
    let events_of = |cl: &parallax_engine::Claim| {
        let mut e: Vec<_> = cl.members.iter().map(|m| event_of(m.doc)).collect();
        e.sort();
        e.dedup();
        e
    };
    for cl in &a.claims {
        if cl.strength == parallax_engine::LinkStrength::Same {
            assert_eq!(
                events_of(cl).len(),
                1,
                "a same claim across events: {cl:#?}"
            );
        }
    }
    assert!(a
        .claims
        .iter()
        .any(|cl| cl.strength == parallax_engine::LinkStrength::Theme && events_of(cl).len() == 2));
}
