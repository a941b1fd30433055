//! One invented case per failure family of claim alignment seen on real
//! multi-outlet reporting: a fact told by many outlets in different words
//! must gather into one claim; paraphrases with little word overlap must
//! meet; the same people meeting on two different occasions are two claims;
//! a sentence that carries two facts belongs to both claims.

use parallax_engine::{analyze, Analysis, Claim, Corpus, Document, LinkStrength};

fn corpus(docs: &[(&str, &str)]) -> Corpus {
    let mut documents: Vec<Document> = docs.iter().map(|(id, t)| Document::parse(id, t)).collect();
    documents.sort_by(|a, b| a.id.cmp(&b.id));
    Corpus { documents }
}

fn dated(date: &str, body: &str) -> String {
    format!("---\ndate: {date}\n---\n\n{body}")
}

/// A corpus of articles `ids[i]` with `bodies[i]`, all dated `date`.
fn dated_corpus(date: &str, ids: &[&str], bodies: &[&str]) -> Corpus {
    let texts: Vec<String> = bodies.iter().map(|b| dated(date, b)).collect();
    let docs: Vec<(&str, &str)> = ids
        .iter()
        .copied()
        .zip(texts.iter().map(String::as_str))
        .collect();
    corpus(&docs)
}

/// The `Same` claims whose members include a unit containing `snippet`.
fn claims_with<'a>(c: &Corpus, a: &'a Analysis, snippet: &str) -> Vec<&'a Claim> {
    a.claims
        .iter()
        .filter(|cl| cl.strength == LinkStrength::Same)
        .filter(|cl| {
            cl.members
                .iter()
                .any(|m| m.span.slice(&c.documents[m.doc].text).contains(snippet))
        })
        .collect()
}

/// Some claim holds a member containing `x` and one containing `y`;
/// otherwise fails, printing the claims.
fn assert_linked(c: &Corpus, a: &Analysis, x: &str, y: &str) {
    assert!(linked(c, a, x, y), "{x:?} ~ {y:?}: {:#?}", a.claims);
}

/// No claim holds both; otherwise fails, printing the claims.
fn assert_apart(c: &Corpus, a: &Analysis, x: &str, y: &str) {
    assert!(!linked(c, a, x, y), "{x:?} !~ {y:?}: {:#?}", a.claims);
}

/// Whether one `Same` claim holds units containing both snippets.
fn linked(c: &Corpus, a: &Analysis, x: &str, y: &str) -> bool {
    claims_with(c, a, x).iter().any(|cl| {
        cl.members
            .iter()
            .any(|m| m.span.slice(&c.documents[m.doc].text).contains(y))
    })
}

#[test]
fn one_fact_told_by_many_outlets_gathers_into_one_claim() {
    // Headline, lead, quote and paraphrase of one event, plus unrelated
    // lines, in five outlets.
    let bodies = [
        "Harbour crane collapses onto cargo ship in Tessport\n\nA harbour crane collapsed onto a cargo ship in Tessport early on Monday, port officials said.\n\nThe port had opened a new terminal last spring.",
        "A giant crane toppled onto a docked cargo ship at the port of Tessport on Monday morning.\n\nFishermen said the weather had been calm all week.",
        "Port officials said the crane collapsed onto the cargo vessel shortly after dawn on Monday in Tessport.\n\nThe city council will meet on Thursday to discuss parking fees.",
        "“The crane simply came down on the ship,” a Tessport dock worker said of Monday's collapse.\n\nTourism in the region grew by a tenth last year.",
        "Tessport: crane falls on cargo ship\n\nA crane fell onto a cargo ship in the port of Tessport on Monday, officials said.\n\nLocal schools reopened after the holidays.",
    ];
    let c = dated_corpus("2024-02-05", &["o1", "o2", "o3", "o4", "o5"], &bodies);
    let a = analyze(&c);
    let best = claims_with(&c, &a, "toppled onto a docked cargo ship")
        .iter()
        .map(|cl| cl.coverage)
        .max()
        .unwrap_or(0);
    assert!(
        best >= 4,
        "the collapse gathers only {best} outlets: {:#?}",
        a.claims
    );
    // An outlet's headline and its lead both tell it: both are members.
    assert_linked(
        &c,
        &a,
        "toppled onto a docked cargo ship",
        "crane falls on cargo ship",
    );
    assert_linked(
        &c,
        &a,
        "toppled onto a docked cargo ship",
        "A crane fell onto a cargo ship",
    );
    for unrelated in [
        "parking fees",
        "reopened after the holidays",
        "calm all week",
    ] {
        assert!(
            claims_with(&c, &a, unrelated).is_empty(),
            "{unrelated} linked"
        );
    }
}

#[test]
fn paraphrases_with_little_word_overlap_meet() {
    // Rows: two wordings of one statement, each in its own outlet, among
    // sentences about other things.
    let rows = [
        (
            "The central bank cut its benchmark rate by half a percentage point on Wednesday.",
            "Policymakers lowered the key lending rate by 50 basis points on Wednesday.",
        ),
        (
            "The central bank cut its benchmark rate by half a percentage point on Wednesday.",
            "Bank Cuts Benchmark Rate 50bps",
        ),
    ];
    for (x, y) in rows {
        let filler_a = "Shares in carmakers rose after the announcement.\n\nThe governor will testify before parliament next month.";
        let filler_b = "Analysts said housing demand would recover slowly.\n\nThe currency fell against the dollar.";
        let da = dated("2024-09-18", &format!("{x}\n\n{filler_a}"));
        let db = dated("2024-09-18", &format!("{y}\n\n{filler_b}"));
        let c = corpus(&[("p1", &da), ("p2", &db)]);
        let a = analyze(&c);
        assert!(
            linked(&c, &a, x, y),
            "{x:?} and {y:?} not linked: {:#?}",
            a.claims
        );
    }
}

#[test]
fn the_same_people_meeting_on_two_occasions_are_two_claims() {
    let spring = "Foreign Minister Lena Markov met her Osterian counterpart Daniel Reyes in Velgrad on Tuesday.\n\nThe two ministers discussed grain exports and river transport.";
    let spring2 = "Lena Markov held talks with Daniel Reyes in Velgrad on Tuesday, the ministry said.\n\nThey discussed grain exports.";
    let autumn = "Foreign Minister Lena Markov met her Osterian counterpart Daniel Reyes in Porto Alva on Friday.\n\nThe ministers discussed a new border crossing.";
    let autumn2 =
        "Lena Markov and Daniel Reyes met in Porto Alva on Friday to discuss the border crossing.";
    let (s1, s2) = (dated("2024-03-12", spring), dated("2024-03-13", spring2));
    let (a1, a2) = (dated("2024-10-04", autumn), dated("2024-10-05", autumn2));
    let c = corpus(&[("m1", &s1), ("m2", &s2), ("m3", &a1), ("m4", &a2)]);
    let a = analyze(&c);
    let spring_docs = [c.find("m1").unwrap(), c.find("m2").unwrap()];
    for cl in a
        .claims
        .iter()
        .filter(|cl| cl.strength == LinkStrength::Same)
    {
        let in_spring = cl
            .members
            .iter()
            .filter(|m| spring_docs.contains(&m.doc))
            .count();
        assert!(
            in_spring == 0 || in_spring == cl.members.len(),
            "one Same claim joins the two meetings: {cl:#?}"
        );
    }
    assert!(linked(
        &c,
        &a,
        "in Velgrad on Tuesday.",
        "held talks with Daniel Reyes"
    ));
    assert!(linked(
        &c,
        &a,
        "in Porto Alva on Friday.",
        "met in Porto Alva"
    ));
}

/// The sentence joins the claim it is closest to and, as a second
/// membership, the other claim whose members it is close to on the whole.
#[test]
fn a_sentence_carrying_two_facts_joins_both_claims() {
    let two = "After losing power near Tollmark, the ferry Aurora was towed back to Halvik by two tugboats.\n\nThe weather was calm.";
    let power1 = "The ferry Aurora lost power near Tollmark on Thursday afternoon.\n\nShops in the old town stayed open late.";
    let power2 = "A power failure stopped the Aurora ferry near Tollmark, the coast guard said.\n\nThe festival starts on Friday.";
    let tow1 =
        "Two tugboats towed the Aurora back to Halvik harbour.\n\nThe mayor opened a new library.";
    let tow2 = "The stricken vessel was towed to Halvik by a pair of tugboats.\n\nBus fares will rise in June.";
    let c = dated_corpus(
        "2024-05-02",
        &["x", "y1", "y2", "z1", "z2"],
        &[two, power1, power2, tow1, tow2],
    );
    let a = analyze(&c);
    assert_linked(&c, &a, "After losing power", "lost power near Tollmark");
    assert_linked(&c, &a, "After losing power", "Two tugboats towed");
    // ...as two claims: the power loss and the towing are not one statement.
    assert_apart(&c, &a, "lost power near Tollmark", "Two tugboats towed");
}

/// One subject, two statements joined by "and" and a verb of saying: each
/// is reported on its own elsewhere, so each clause links to its own claim.
#[test]
fn a_second_statement_after_and_links_on_its_own() {
    let both = "Mayor Ilse Brandt said trade through the harbour had reached record heights this year and confirmed that Governor Ana Pike will visit Halvik in early June.\n\nThe weather was calm.";
    let visit1 = "Governor Ana Pike will visit Halvik in early June, the mayor confirmed.\n\nShops in the old town stayed open late.";
    let visit2 = "Ana Pike, the governor, is expected in Halvik in early June.\n\nThe festival starts on Friday.";
    let trade1 = "Trade through the harbour reached record heights this year, Brandt said.\n\nThe mayor opened a new library.";
    let trade2 =
        "Brandt said harbour trade had hit a record this year.\n\nBus fares will rise in June.";
    let c = dated_corpus(
        "2024-05-02",
        &["x", "v1", "v2", "t1", "t2"],
        &[both, visit1, visit2, trade1, trade2],
    );
    let a = analyze(&c);
    assert_linked(
        &c,
        &a,
        "confirmed that Governor",
        "will visit Halvik in early June, the mayor",
    );
    assert_linked(
        &c,
        &a,
        "had reached record heights",
        "reached record heights this year, Brandt",
    );
    // The visit's claim quotes that clause only, not the trade figures.
    let visit = claims_with(&c, &a, "will visit Halvik in early June, the mayor");
    assert!(
        visit.iter().all(|cl| cl.members.iter().all(|m| {
            !m.span
                .slice(&c.documents[m.doc].text)
                .contains("record heights this year and")
        })),
        "{visit:#?}"
    );
    assert_apart(
        &c,
        &a,
        "will visit Halvik in early June, the mayor",
        "reached record heights this year, Brandt",
    );
}

/// A figure the reports disagree on sets two statements apart: the move
/// that was made and the smaller move one member wanted are two claims,
/// though they share nearly every word.
#[test]
fn a_different_figure_is_a_different_claim() {
    let bodies = [
        "Norland central bank cuts rates by half a percentage point\n\nThe Norland central bank cut its main interest rate by half a percentage point on Thursday.\n\nDeputy governor Ilse Brandt wanted the central bank to cut its main interest rate by a quarter point on Thursday.\n\nBakers said flour prices had doubled.",
        "The Norland central bank lowered its main interest rate by 50 basis points on Thursday.\n\nDeputy governor Ilse Brandt preferred to lower the main interest rate by 25 basis points on Thursday.\n\nA new ferry line opens in May.",
        "Norland's central bank slashed its main interest rate by half a point on Thursday.\n\nIlse Brandt, the deputy governor, wanted the bank to slash its main interest rate by a quarter point on Thursday.\n\nThe museum reopened after repairs.",
    ];
    let c = dated_corpus("2024-11-07", &["r1", "r2", "r3"], &bodies);
    let a = analyze(&c);
    assert_linked(
        &c,
        &a,
        "cut its main interest rate by half",
        "lowered its main interest rate by 50",
    );
    assert_linked(
        &c,
        &a,
        "wanted the central bank to cut",
        "preferred to lower the main",
    );
    for dissent in [
        "wanted the central bank to cut",
        "preferred to lower the main",
        "wanted the bank to slash",
    ] {
        for cut in [
            "cut its main interest rate by half",
            "lowered its main interest rate by 50",
            "slashed its main interest rate",
        ] {
            assert!(
                !linked(&c, &a, dissent, cut),
                "{dissent:?} joined {cut:?}: {:#?}",
                a.claims
            );
        }
    }
}

/// One visitor meeting two hosts on one trip: the meetings share the
/// visitor, the day and the place, yet name different hosts, so they are
/// two claims.
#[test]
fn meetings_with_different_participants_are_different_claims() {
    let bodies = [
        "Foreign Minister Lena Markov met President Tomas Halden in Velgrad on Tuesday.\n\nLena Markov also met Defence Minister Piet Varga in Velgrad on Tuesday.\n\nThe city hosted a jazz festival.",
        "Lena Markov met with President Tomas Halden in Velgrad on Tuesday, officials said.\n\nMarkov also held a meeting with Defence Minister Piet Varga in Velgrad on Tuesday.\n\nTrains ran late because of snow.",
        "In Velgrad on Tuesday, Lena Markov met President Tomas Halden.\n\nOn Tuesday in Velgrad, Lena Markov also met Piet Varga, the defence minister.\n\nA new bridge opened downtown.",
    ];
    let c = dated_corpus("2024-04-16", &["v1", "v2", "v3"], &bodies);
    let a = analyze(&c);
    for president in [
        "met President Tomas Halden in Velgrad",
        "met with President Tomas Halden",
        "met President Tomas Halden.",
    ] {
        for defence in [
            "also met Defence Minister",
            "held a meeting with Defence",
            "also met Piet Varga",
        ] {
            assert!(
                !linked(&c, &a, president, defence),
                "{president:?} joined {defence:?}: {:#?}",
                a.claims
            );
        }
    }
    assert_linked(
        &c,
        &a,
        "met President Tomas Halden in Velgrad",
        "met with President Tomas Halden",
    );
}

/// Outlets quote several sentences of one written statement. Each quoted
/// sentence is a claim of its own: they share the speaker and the framing
/// ("the board said in a statement") but not what they state.
#[test]
fn two_sentences_of_one_statement_are_two_claims() {
    let growth = [
        "“Output has grown at a solid pace and hiring has held up,” the Lindmark port board said in a statement on Tuesday.",
        "The board said in its statement that “output has grown at a solid pace and hiring has held up.”",
        "“Output grew at a solid pace and hiring held up,” the Lindmark port board said in a written statement.",
    ];
    let fees = [
        "“The board will review harbour fees again in the autumn,” it added.",
        "The statement also said “the board will review harbour fees again in the autumn.”",
        "It added that the board “will review harbour fees again in the autumn.”",
    ];
    let fillers = [
        "Ferries ran on time all week.",
        "A new café opened near the quay.",
        "School holidays begin next month.",
    ];
    let bodies: Vec<String> = (0..3)
        .map(|i| format!("{}\n\n{}\n\n{}", growth[i], fillers[i], fees[i]))
        .collect();
    let bodies: Vec<&str> = bodies.iter().map(String::as_str).collect();
    let c = dated_corpus("2024-03-05", &["p1", "p2", "p3"], &bodies);
    let a = analyze(&c);
    assert_linked(&c, &a, "Output has grown", "Output grew at a solid pace");
    assert_linked(&c, &a, "will review harbour fees", "also said");
    assert_apart(&c, &a, "Output has grown", "will review harbour fees");
}
