//! Quote detection and attribution, one invented article per family of the
//! ways news says who spoke (and of the ways it quotes without anyone speaking).

use parallax_engine::{analyze, Corpus};

/// (quote text, speaker's display name or None) for one article.
fn quotes(text: &str) -> Vec<(String, Option<String>)> {
    let c = Corpus::from_files(&[("a.txt".to_string(), text.to_string())]).expect("corpus");
    let a = analyze(&c);
    let doc = &c.documents[0].text;
    a.quotes
        .iter()
        .map(|q| {
            let name = q.speaker.as_ref().map(|id| {
                a.entity_index
                    .iter()
                    .find(|e| &e.id == id)
                    .map_or(id.clone(), |e| e.name.clone())
            });
            (q.span.slice(doc).to_string(), name)
        })
        .collect()
}

/// (family, article body, expected (quote, speaker) in order).
type Row<'a> = (&'a str, &'a str, &'a [(&'a str, Option<&'a str>)]);

fn check(rows: &[Row]) {
    for (family, body, want) in rows {
        let text = format!("Storm hits the coast\n\n{body}");
        let got = quotes(&text);
        // Display names are the entity engine's ("Frenchman Michel Durand"
        // until it strips descriptors): the speaker must end with the name.
        let same = got.len() == want.len()
            && got.iter().zip(want.iter()).all(|((gq, gs), (wq, ws))| {
                gq == wq
                    && match (gs, ws) {
                        (Some(g), Some(w)) => g == w || g.ends_with(&format!(" {w}")),
                        (None, None) => true,
                        _ => false,
                    }
            });
        assert!(same, "{family}: {body}\n got {got:?}\nwant {want:?}");
    }
}

#[test]
fn speaker_introduced_in_the_paragraph_before() {
    check(&[
        (
            "told … that, then a quote opening the next paragraph",
            "Frenchman Michel Durand, 43, who owns three guesthouses, told reporters that he had been asleep.\n\n“I thought my bed was going to fly away.”",
            &[("I thought my bed was going to fly away.", Some("Michel Durand"))],
        ),
        (
            "no speech act before: the article does not say who spoke",
            "The storm reached the harbour at dawn.\n\n“I thought my bed was going to fly away.”",
            &[("I thought my bed was going to fly away.", None)],
        ),
    ]);
}

#[test]
fn quotes_running_on_across_sentences_and_paragraphs() {
    check(&[
        (
            "a paragraph opening with a quote continues the speaker",
            "“The water came fast,” said Maria Lopez, a fisherman's widow.\n\n“We lost everything in minutes. Nobody warned us.”",
            &[
                ("The water came fast", Some("Maria Lopez")),
                ("We lost everything in minutes. Nobody warned us.", Some("Maria Lopez")),
            ],
        ),
        (
            "an unclosed paragraph quote runs on (news convention)",
            "Maria Lopez said: “The water came fast.\n\n“We lost everything.”",
            &[
                ("The water came fast.", Some("Maria Lopez")),
                ("We lost everything.", Some("Maria Lopez")),
            ],
        ),
        (
            "the next sentence's quote in the same paragraph",
            "“That was close,” Tom Reed said. “We were lucky this time.”",
            &[
                ("That was close", Some("Tom Reed")),
                ("We were lucky this time.", Some("Tom Reed")),
            ],
        ),
        (
            "two fragments of one sentence share its frame",
            "Police chief Anna Berg said that “changing conditions” had made the search “too dangerous for divers.”",
            &[
                ("changing conditions", Some("Anna Berg")),
                ("too dangerous for divers.", Some("Anna Berg")),
            ],
        ),
    ]);
}

#[test]
fn colon_and_participle_frames() {
    check(&[
        (
            "Mr X said: “…”",
            "Mr Chen Wei said: “We will rebuild the pier.”",
            &[("We will rebuild the pier.", Some("Chen Wei"))],
        ),
        (
            "…, saying: “…”",
            "Mayor Anna Berg expressed her condolences to the families, saying: “Our hearts are with them.”",
            &[("Our hearts are with them.", Some("Anna Berg"))],
        ),
        (
            "tweeting that in these “…”",
            "Prime Minister Jonas Lind wrote to the victims, tweeting that in these “difficult hours, the nation stands together.”",
            &[("difficult hours, the nation stands together.", Some("Jonas Lind"))],
        ),
        (
            "described … as “…”",
            "Seismologist Peter Holm described the tremors as “bad news” for the region.",
            &[("bad news", Some("Peter Holm"))],
        ),
        (
            "“…,” X, an appositive, said",
            "“We are ready,” Anna Berg, the regional head of civil protection, said on Monday.",
            &[("We are ready", Some("Anna Berg"))],
        ),
        (
            "“…” X wrote on …, no comma",
            "“The tower is safe.” Engineer Peter Holm wrote on his blog after the inspection.",
            &[("The tower is safe.", Some("Peter Holm"))],
        ),
        (
            "a paragraph broken between the quote and its tag",
            "“We will act before winter,”\n\nsaid Jonas Lind on Monday.",
            &[("We will act before winter", Some("Jonas Lind"))],
        ),
    ]);
}

#[test]
fn organisations_and_statements() {
    check(&[
        (
            "the ministry said in a statement",
            "“Roads in the north remain closed,” the Ministry of Transport said in a statement.",
            &[("Roads in the north remain closed", Some("Ministry of Transport"))],
        ),
        (
            "according to a readout from X (not the person it reports on)",
            "According to a readout from the Ministry of Defence, Jonas Lind expressed “deep concern” about the drills.",
            &[("deep concern", Some("Ministry of Defence"))],
        ),
        (
            "X officials said",
            "Shares fell sharply. European Union officials said “no decision has been taken” on the tariffs.",
            &[("no decision has been taken", Some("European Union"))],
        ),
        (
            "a sentence ending on “, X reported”",
            "The ferry had “lost all power” before it hit the pier, the Ministry of Transport reported.",
            &[("lost all power", Some("Ministry of Transport"))],
        ),
    ]);
}

#[test]
fn what_is_not_a_frame() {
    check(&[
        (
            "a subordinate clause's name is not the subject",
            "After Tom Reed left the room, Anna Berg said: “We will vote tomorrow.”",
            &[("We will vote tomorrow.", Some("Anna Berg"))],
        ),
        (
            "a clause joined by “and” is not the quote's tag",
            "Officials called it a “developing emergency,” and Governor Maria Lopez declared a state of emergency.",
            &[("developing emergency", None)],
        ),
        (
            "a new statement after a full-sentence quote is not its tag",
            "The harbour stayed closed.\n\n“Boats are not allowed out.” Tom Reed said that the ban would last a week.",
            &[("Boats are not allowed out.", None)],
        ),
    ]);
}

#[test]
fn pronouns_follow_focus_and_gender() {
    check(&[
        (
            "she: the woman in focus, not the last name",
            "Ms Anna Berg met Mr Peter Holm in the capital. “We agreed on a plan,” she said.",
            &[("We agreed on a plan", Some("Anna Berg"))],
        ),
        (
            "he: the man in focus",
            "Ms Anna Berg met Mr Peter Holm in the capital. “We agreed on a plan,” he said.",
            &[("We agreed on a plan", Some("Peter Holm"))],
        ),
        (
            "he: the last speaker, not a later possessive",
            "Peter Holm said talks would resume after a call with Tom Reed's office. Reed's visit, he said, would bring “fresh energy to the talks.”",
            &[("fresh energy to the talks.", Some("Peter Holm"))],
        ),
    ]);
}

#[test]
fn descriptions_and_roles() {
    check(&[
        (
            "a witness said: described, and it ends the previous speaker's turn",
            "Anna Berg said: “We are safe.” “The ground shook,” a witness said. “Then it stopped.”",
            &[
                ("We are safe.", Some("Anna Berg")),
                ("The ground shook", None),
                ("Then it stopped.", None),
            ],
        ),
        (
            "said the governor: the person introduced with that role",
            "Governor Maria Lopez visited the pier on Tuesday.\n\n“These people are heroes,” said the governor.",
            &[("These people are heroes", Some("Maria Lopez"))],
        ),
        (
            "the passive has no speaker unless it names one",
            "The collapse has been described as a “developing mass casualty incident,” and rescuers are searching the river.",
            &[("developing mass casualty incident", None)],
        ),
    ]);
}

#[test]
fn quoted_names_terms_and_markup_are_not_quotes() {
    check(&[
        (
            "naming verbs and their coordinated terms",
            "The arms, dubbed “chopsticks” or “the claw” by fans, caught the booster.",
            &[],
        ),
        (
            "a quoted name inside a noun phrase",
            "The “Super Heavy” booster landed, and the 'May Day' call saved lives.",
            &[],
        ),
        (
            "a short quote with no speech in its sentence",
            "Thrusters slowed the tank so the “mechanical” pincers could grab it safely.",
            &[],
        ),
        (
            "markup left by web pages",
            "Read more <a href=\"https://example.org/story\" target=\"_blank\">here</a> about the storm.",
            &[],
        ),
        (
            "but a passive report keeps its words",
            "The plan was called “a bold step” by some.",
            &[("a bold step", None)],
        ),
    ]);
}

#[test]
fn cut_off_article_ends_inside_a_quote() {
    check(&[(
        "the last paragraph stops mid-quote",
        "Anna Berg spoke to the crews.\n\nThe crews warned the port that an “allision with the bridge was poss",
        &[("allision with the bridge was poss", None)],
    )]);
}
