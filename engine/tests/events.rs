//! Events on invented corpora: one story; one story and its sequel years
//! later; two stories of one day in different places; undated reports.
//! All names, places and texts are made up for these tests.

use parallax_engine::{analyze, Analysis, Corpus, LinkStrength};

fn corpus(files: &[(&str, String)]) -> Corpus {
    let files: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Corpus::from_files(&files).unwrap()
}

fn dated(date: &str, body: &str) -> String {
    format!("---\ndate: {date}\n---\n{body}")
}

/// Document ids of each event.
fn groups(c: &Corpus, a: &Analysis) -> Vec<Vec<String>> {
    a.events
        .iter()
        .map(|e| {
            e.documents
                .iter()
                .map(|&d| c.documents[d].id.clone())
                .collect()
        })
        .collect()
}

const FLOOD_1: &str = "Floods cut Dorvale off\n\nFlood waters from the Mirren river cut the town of Dorvale off on Tuesday, mayor Ana Lima said, after three days of rain. \"The bridge at Kessel Road is closed and 400 homes are without power,\" Lima told reporters. Rescue crews from the Tarn county fire service moved 120 residents to the Dorvale sports hall overnight.\n\nThe Mirren rose 2.4 metres above its normal level, the county's water agency said. Lima said the town would ask the regional government for emergency funds.";
const FLOOD_2: &str = "Dorvale evacuates 120 as Mirren bursts its banks\n\nThe Mirren river burst its banks in Dorvale on Tuesday, forcing the Tarn county fire service to evacuate 120 people to the town's sports hall. Mayor Ana Lima said 400 homes had lost power and the Kessel Road bridge was shut. \"We have never seen the water this high,\" Lima said.\n\nThe county water agency measured the river 2.4 metres above normal. Lima plans to request emergency funds from the regional government.";
const FLOOD_3: &str = "Dorvale flood: what we know\n\nHeavy rain pushed the Mirren river over its banks in Dorvale on Tuesday. Ana Lima, the mayor, said the Kessel Road bridge is closed and that 400 homes have no power. Fire crews of Tarn county took 120 residents to the sports hall. The water agency put the river 2.4 metres above its usual level.";

#[test]
fn one_story_is_one_event_with_its_dates_and_names() {
    let c = corpus(&[
        ("a.txt", dated("2021-04-13", FLOOD_1)),
        ("b.txt", dated("2021-04-14", FLOOD_2)),
        ("c.txt", dated("2021-04-13", FLOOD_3)),
    ]);
    let a = analyze(&c);
    assert_eq!(groups(&c, &a), vec![vec!["a", "b", "c"]]);
    let e = &a.events[0];
    assert_eq!(e.start.as_deref(), Some("2021-04-13"));
    assert_eq!(e.end.as_deref(), Some("2021-04-14"));
    assert!(
        e.label.contains("Dorvale") && e.label.ends_with("Apr 2021"),
        "{}",
        e.label
    );
    assert!(e.id.starts_with("2021-04-13-"), "{}", e.id);
    assert!(a.claims.iter().all(|c| c.strength == LinkStrength::Same));
}

/// The same town floods again three years later: told in much the same words.
fn sequel(body: &str) -> String {
    body.replace("Tuesday", "Friday")
        .replace("120", "85")
        .replace("400", "260")
        .replace("2.4", "1.9")
        .replace("Ana Lima", "Bram Oster")
        .replace("Lima", "Oster")
}

#[test]
fn a_story_and_its_sequel_years_later_are_two_events_linked_by_themes_only() {
    let c = corpus(&[
        ("a.txt", dated("2021-04-13", FLOOD_1)),
        ("b.txt", dated("2021-04-14", FLOOD_2)),
        ("c.txt", dated("2024-11-08", &sequel(FLOOD_1))),
        ("d.txt", dated("2024-11-08", &sequel(FLOOD_3))),
    ]);
    let a = analyze(&c);
    assert_eq!(groups(&c, &a), vec![vec!["a", "b"], vec!["c", "d"]]);
    assert_eq!(a.events[1].start.as_deref(), Some("2024-11-08"));
    assert_ne!(a.events[0].id, a.events[1].id);
    let early = |d: usize| d < 2;
    for claim in &a.claims {
        let mixed = claim.members.iter().any(|m| early(m.doc))
            && claim.members.iter().any(|m| !early(m.doc));
        assert!(
            !mixed || claim.strength == LinkStrength::Theme,
            "a `same` claim spans both events: {}",
            claim.label
        );
    }
    // The recurring wording is still linked, as a theme.
    assert!(a.claims.iter().any(|c| c.strength == LinkStrength::Theme));
}

const VOTE_1: &str = "Castelmar council backs tram plan\n\nThe city council of Castelmar voted 31 to 9 on Tuesday to build a tram line from the harbour to the university, council leader Piet Vos said. The line will cost 640 million euros and open in 2029. \"This is the biggest investment Castelmar has made in a generation,\" Vos said. Opposition councillor Mira Stenholt said the costs were underestimated.";
const VOTE_2: &str = "Tram line approved in Castelmar\n\nCastelmar's councillors approved a 640 million euro tram line on Tuesday by 31 votes to 9. Piet Vos, the council leader, called it the city's biggest investment in a generation. The line links the harbour with the university and should open in 2029; Mira Stenholt of the opposition warned that the budget would not hold.";

#[test]
fn two_stories_of_one_day_in_different_places_stay_apart() {
    let c = corpus(&[
        ("a.txt", dated("2021-04-13", FLOOD_1)),
        ("b.txt", dated("2021-04-13", VOTE_1)),
        ("c.txt", dated("2021-04-13", FLOOD_2)),
        ("d.txt", dated("2021-04-13", VOTE_2)),
    ]);
    let a = analyze(&c);
    assert_eq!(groups(&c, &a), vec![vec!["a", "c"], vec!["b", "d"]]);
    assert!(a.events[0].label.contains("Dorvale") || a.events[0].label.contains("Lima"));
    assert!(a.events[1].label.contains("Castelmar") || a.events[1].label.contains("Vos"));
    // Same start date: the ids still differ, by their names.
    assert_ne!(a.events[0].id, a.events[1].id);
    for claim in &a.claims {
        let flood = claim.members.iter().any(|m| m.doc == 0 || m.doc == 2);
        let vote = claim.members.iter().any(|m| m.doc == 1 || m.doc == 3);
        assert!(!(flood && vote && claim.strength == LinkStrength::Same));
    }
}

#[test]
fn undated_reports_join_the_story_they_tell_or_stand_alone() {
    let c = corpus(&[
        ("a.txt", dated("2021-04-13", FLOOD_1)),
        ("b.txt", dated("2021-04-14", FLOOD_2)),
        // No date: tells the flood, names its weekday.
        ("c.txt", FLOOD_3.to_string()),
        // No date, another story altogether.
        ("d.txt", VOTE_1.to_string()),
    ]);
    let a = analyze(&c);
    assert_eq!(groups(&c, &a), vec![vec!["a", "b", "c"], vec!["d"]]);
    let alone = &a.events[1];
    assert_eq!((alone.start.as_deref(), alone.end.as_deref()), (None, None));
    assert!(alone.id.starts_with("undated-"), "{}", alone.id);
    assert!(
        !alone.label.contains('·'),
        "an undated event has no month: {}",
        alone.label
    );
    // Every document is in exactly one event.
    let mut all: Vec<usize> = a.events.iter().flat_map(|e| e.documents.clone()).collect();
    all.sort();
    assert_eq!(all, vec![0, 1, 2, 3]);
    assert_eq!(a.event_of(2), Some(0));
    assert_eq!(a.event_of(3), Some(1));
}

#[test]
fn ids_and_labels_do_not_depend_on_document_order() {
    let files = [
        ("a.txt", dated("2021-04-13", FLOOD_1)),
        ("b.txt", dated("2021-04-13", VOTE_1)),
        ("c.txt", dated("2021-04-14", FLOOD_2)),
        ("d.txt", VOTE_2.to_string()),
    ];
    let c1 = corpus(&files);
    let mut renamed: Vec<(&str, String)> = files.to_vec();
    renamed.reverse();
    let names = ["w.txt", "x.txt", "y.txt", "z.txt"];
    for (f, n) in renamed.iter_mut().zip(names) {
        f.0 = n;
    }
    let c2 = corpus(&renamed);
    let key = |a: &Analysis| {
        let mut v: Vec<(String, String, usize)> = a
            .events
            .iter()
            .map(|e| (e.id.clone(), e.label.clone(), e.documents.len()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(key(&analyze(&c1)), key(&analyze(&c2)));
}

#[test]
fn empty_and_single_document_corpora() {
    let c = corpus(&[("a.txt", FLOOD_1.to_string())]);
    let a = analyze(&c);
    assert_eq!(a.events.len(), 1);
    assert_eq!(a.events[0].documents, vec![0]);
    let empty = Corpus { documents: vec![] };
    assert!(analyze(&empty).events.is_empty());
}
