//! Invented web pages (engine/tests/data/pages), each carrying a family of
//! chrome and metadata patterns: the cleaner must drop the chrome (keeping
//! it in `removed` with its rule), keep the story, and read the headline,
//! date and outlet from the evidence.

use parallax_engine::corpus::{Corpus, DateKind, Document, TitleKind};
use std::path::Path;

struct Page {
    file: &'static str,
    title: &'static str,
    title_kind: TitleKind,
    date: Option<&'static str>,
    date_kind: Option<DateKind>,
    /// As shown: "Wire via Outlet" or the outlet alone.
    outlet: Option<&'static str>,
    /// (start of a raw line, rule that must drop it)
    dropped: &'static [(&'static str, &'static str)],
    /// Starts of story paragraphs that must stay in the text.
    kept: &'static [&'static str],
}

const PAGES: &[Page] = &[
    Page {
        file: "menu-byline-related.txt",
        title: "Tidal barrier closes for the first time as storm surge nears Lindenport",
        title_kind: TitleKind::Headline,
        date: Some("2024-06-06"),
        date_kind: Some(DateKind::Stated),
        outlet: Some("The Lindenport Courier"),
        dropped: &[
            ("View settings", "menu"),
            ("Font size", "menu"),
            ("Site colours", "menu"),
            ("Home > News", "breadcrumb"),
            ("By Mara Quill", "byline"),
            ("Published 14:05", "dateline"),
            ("Related", "chrome-bar"),
            ("Council approves new sea wall", "link-list"),
            ("Why the tidal barrier took", "link-list"),
            ("Support our journalism", "call-to-action"),
            ("Sign up for our morning", "call-to-action"),
        ],
        kept: &[
            "Tidal barrier closes",
            "The tidal barrier on the river Lind",
            "\"We built it",
            "Shops along the waterfront",
        ],
    },
    Page {
        file: "wire-no-headline.txt",
        title: "The central bank of Oslovia raised its main interest rate by half a percentage point on Tuesday, its largest…",
        title_kind: TitleKind::Lead,
        date: None,
        date_kind: None,
        outlet: Some("Reuters"),
        dropped: &[
            ("Advertisement", "chrome-bar"),
            ("Story continues below", "chrome-bar"),
            ("Reporting by", "credits"),
        ],
        kept: &["OSLOVIA CITY (Reuters)", "Governor Ivo Darmann", "Oslovian bond yields"],
    },
    Page {
        file: "glued-marker-headline.txt",
        title: "Harbour cranes toppled by spring gale in Vessby",
        title_kind: TitleKind::Headline,
        date: Some("2022-04-09"),
        date_kind: Some(DateKind::Stated),
        outlet: None,
        dropped: &[("date 2022-04-09", "date-marker")],
        kept: &["Harbour cranes toppled", "Two container cranes", "No one was injured"],
    },
    Page {
        file: "glued-section-label.txt",
        title: "Water Rates To Rise by a Fifth in Three Eastern Counties",
        title_kind: TitleKind::Headline,
        date: Some("2022-04-02"),
        date_kind: Some(DateKind::Stated),
        outlet: None,
        dropped: &[
            ("Tomas Riel", "byline"),
            ("By Tomas Riel", "byline"),
            ("April 2, 2022World News", "dateline"),
            ("share", "chrome-bar"),
        ],
        kept: &["The water regulator", "Consumer groups said"],
    },
    Page {
        file: "caption-weekday.txt",
        title: "Volunteers Race to Save Dunmere as River Keeps Rising",
        title_kind: TitleKind::Headline,
        // The caption's Thursday, then "Friday morning the river crested";
        // "Monday" is a plan ("will stay closed until … Monday").
        date: Some("2019-11-15"),
        date_kind: Some(DateKind::Weekday),
        outlet: None,
        dropped: &[],
        kept: &["Hundreds of volunteers", "Volunteers fill sandbags", "Friday morning"],
    },
    Page {
        file: "caption-only.txt",
        title: "Mountain Pass Reopens After Rockfall",
        title_kind: TitleKind::Headline,
        date: Some("2021-08-03"),
        date_kind: Some(DateKind::Caption),
        outlet: None,
        dropped: &[],
        kept: &["Traffic returned", "A digger clears rocks", "The regional roads office"],
    },
    Page {
        file: "promo-masthead.txt",
        title: "Grain Prices Fall as Record Harvest Fills Silos",
        title_kind: TitleKind::Headline,
        date: None,
        date_kind: None,
        outlet: Some("The Veldmark Herald"),
        dropped: &[
            ("Unlock premium charts", "call-to-action"),
            ("The Veldmark Herald", "masthead"),
        ],
        kept: &["Farmers in the Veldmark", "Grain prices in the Veldmark", "Mills said"],
    },
    Page {
        file: "section-label-lead.txt",
        title: "Lawmakers in the Carrow assembly voted on Wednesday to lower the voting age to sixteen for local elections…",
        title_kind: TitleKind::Lead,
        date: None,
        date_kind: None,
        outlet: None,
        dropped: &[],
        kept: &["Lawmakers in the Carrow", "Supporters said", "The first elections"],
    },
    Page {
        file: "suffix-signoff.txt",
        title: "Ferry strike strands thousands on the Skerry islands",
        title_kind: TitleKind::Headline,
        date: None,
        date_kind: None,
        outlet: Some("AP via The Baltic Ledger"),
        dropped: &[("Home > World", "breadcrumb")],
        kept: &["Thousands of travellers", "The operator said"],
    },
    Page {
        file: "player-residue-paywall.txt",
        title: "A landslide buried part of the village of Orla after days of heavy rain, and rescuers were still searching…",
        title_kind: TitleKind::Lead,
        date: None,
        date_kind: None,
        outlet: None,
        dropped: &[
            ("ARTICLE AD BOX", "chrome-bar"),
            ("Media caption", "player-residue"),
            ("Listen to this article", "player-residue"),
            ("Mayor says the village school", "link-headline"),
            ("CLICK HERE", "call-to-action"),
            ("This article is for subscribers", "appeal"),
        ],
        kept: &["A landslide buried", "The slope above", "Rescue teams", "The regional government"],
    },
    Page {
        file: "repeated-furniture.txt",
        title: "Library Service Cut to Three Days a Week in Harlow Vale",
        title_kind: TitleKind::Headline,
        date: None,
        date_kind: None,
        outlet: None,
        dropped: &[
            ("Advertisement", "chrome-bar"),
            ("Most read", "link-list"),
            ("Bus fares to rise", "link-list"),
            ("Police appeal after", "link-list"),
        ],
        kept: &["The council in Harlow Vale", "The council's leader", "Readers' groups"],
    },
    Page {
        file: "html-anchors.txt",
        title: "The Central Bank of Oslovia held its main rate at 4 percent on Thursday, while governor Ivo Darmann said a…",
        title_kind: TitleKind::Lead,
        date: None,
        date_kind: None,
        outlet: None,
        dropped: &[("<a href=\"https://example.org/tags", "inline-markup"), ("</a>", "inline-markup")],
        kept: &["The Central Bank of Oslovia held its main rate at 4 percent on Thursday, while governor Ivo Darmann said a cut was possible later this year"],
    },
    Page {
        file: "front-matter-wins.txt",
        title: "The front matter's own headline",
        title_kind: TitleKind::FrontMatter,
        date: Some("2020-01-01"),
        date_kind: Some(DateKind::FrontMatter),
        outlet: Some("AFP via Example Daily"),
        dropped: &[("Published: January 2, 2020", "dateline")],
        kept: &["The museum in Varn", "Visitors queued"],
    },
    Page {
        file: "prose-that-stays.txt",
        title: "Share Prices Slide as Harbour Strike Enters Second Week",
        title_kind: TitleKind::Headline,
        date: None,
        date_kind: None,
        outlet: None,
        dropped: &[],
        kept: &[
            "Share prices of the three",
            "What the union wants",
            "\"We need your support",
            "More than 300 ships",
            "Watch groups",
            "Related talks",
            "Next, the council",
            "Why the strike matters",
            "The port handles",
            "Subscribers to the port's",
        ],
    },
    Page {
        file: "topics-and-more-on-this-story.txt",
        title: "Ferry operator fined over harbour crash",
        title_kind: TitleKind::Headline,
        date: Some("2024-09-18"),
        date_kind: Some(DateKind::Stated),
        outlet: None,
        dropped: &[
            ("Skip to main content", "skip-link"),
            ("Save", "menu"),
            ("Related topics", "chrome-bar"),
            ("Ferries", "menu"),
            ("More on this story", "link-list"),
            ("Ferry crash passengers", "link-list"),
        ],
        kept: &["A ferry operator has been fined", "The court heard", "The operator said"],
    },
    Page {
        file: "standfirst-explore-more.txt",
        title: "Rail strike to go ahead after talks collapse",
        title_kind: TitleKind::Headline,
        date: Some("2024-09-18"),
        date_kind: Some(DateKind::Stated),
        outlet: None,
        dropped: &[
            ("Wed 18 Sep 2024 19.24 BST", "dateline"),
            ("Explore more on these topics", "link-list"),
            ("Rail strikes", "menu"),
            ("Reuse this content", "menu"),
        ],
        kept: &["Union says offer", "Commuters face a week", "The union said"],
    },
    Page {
        file: "wire-read-time-credits.txt",
        title: "British house prices rose for a fifth month in March, a mortgage lender said on Thursday, adding to signs…",
        title_kind: TitleKind::Lead,
        date: Some("2024-03-28"),
        date_kind: Some(DateKind::Stated),
        outlet: Some("Reuters"),
        dropped: &[
            ("Thu, March 28, 2024 at 5:41 AM PDT", "dateline"),
            ("3 min read", "counter"),
            ("(Reporting by", "credits"),
        ],
        kept: &["LONDON (Reuters) - British house prices", "Prices rose 0.4%"],
    },
    Page {
        file: "wire-contributor-copyright.txt",
        title: "A subway train derailed in Manhattan on Thursday afternoon, injuring at least two dozen people, officials…",
        title_kind: TitleKind::Lead,
        date: None,
        date_kind: None,
        outlet: Some("AP"),
        dropped: &[
            ("Associated Press writer", "credits"),
            ("Copyright 2024", "copyright"),
        ],
        kept: &["NEW YORK (AP) — A subway train", "The train was carrying"],
    },
    Page {
        file: "nav-byline-republished.txt",
        title: "Floods close schools across the north",
        title_kind: TitleKind::Headline,
        date: Some("2024-03-04"),
        date_kind: Some(DateKind::Stated),
        outlet: Some("The Northern Echo Example"),
        dropped: &[
            ("Search", "menu"),
            ("Opinion", "menu"),
            ("By Sam Hill", "byline"),
            ("Advertisement", "chrome-bar"),
            ("This article was originally published", "credits"),
        ],
        kept: &["Schools across the north", "\"It is not safe", "More than 40 schools"],
    },
    Page {
        file: "headline-strip-kicker.txt",
        title: "Lindenport bridge reopens after three-week repair",
        title_kind: TitleKind::Headline,
        date: None,
        date_kind: None,
        outlet: None,
        dropped: &[
            ("Most read", "link-list"),
            ("Markets slide as oil", "link-list"),
            ("Opinion: Why the city budget", "link-list"),
        ],
        kept: &["Harbour crisis", "Lindenport bridge reopens", "The harbour bridge", "Shops on the harbour"],
    },
];

fn load(file: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/pages")
        .join(file);
    let raw = std::fs::read_to_string(&path).expect("page");
    Document::parse(file.trim_end_matches(".txt"), &raw)
}

#[test]
fn every_page_reads_right() {
    let mut failures = Vec::new();
    for p in PAGES {
        let d = load(p.file);
        let m = &d.meta;
        let mut check = |what: &str, ok: bool, got: String| {
            if !ok {
                failures.push(format!("{}: {what}: got {got}", p.file));
            }
        };
        check("title", m.title == p.title, format!("{:?}", m.title));
        check(
            "title kind",
            m.title_kind == p.title_kind,
            format!("{:?}", m.title_kind),
        );
        check("date", m.date.as_deref() == p.date, format!("{:?}", m.date));
        check(
            "date kind",
            m.date_kind == p.date_kind,
            format!("{:?}", m.date_kind),
        );
        let outlet = m.display_outlet();
        check(
            "outlet",
            outlet.as_deref() == p.outlet,
            format!("{outlet:?}"),
        );
        for (line, rule) in p.dropped {
            let hit = d
                .removed
                .iter()
                .any(|r| d.raw[r.raw.start..r.raw.end].starts_with(line) && r.rule == *rule);
            let rules: Vec<(&str, &str)> = d
                .removed
                .iter()
                .map(|r| (r.rule.as_ref(), &d.raw[r.raw.start..r.raw.end]))
                .collect();
            check(
                &format!("drop {line:?} by {rule}"),
                hit,
                format!("{rules:?}"),
            );
        }
        for start in p.kept {
            let kept = d.text.split("\n\n").any(|para| para.starts_with(start));
            check(&format!("keep {start:?}"), kept, d.text.clone());
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_page_maps_back_to_raw_and_loses_no_line() {
    for p in PAGES {
        let d = load(p.file);
        for s in &d.map.segments {
            assert_eq!(
                d.text.get(s.clean..s.clean + s.len),
                d.raw.get(s.raw..s.raw + s.len),
                "{}",
                p.file
            );
        }
        // Each non-blank raw byte is either kept or inside a removed span.
        let mut covered = vec![false; d.raw.len()];
        for s in &d.map.segments {
            covered[s.raw..s.raw + s.len]
                .iter_mut()
                .for_each(|c| *c = true);
        }
        for r in &d.removed {
            covered[r.raw.start..r.raw.end]
                .iter_mut()
                .for_each(|c| *c = true);
        }
        let body = d.raw.find("\n---\n").map_or(0, |i| i + 5);
        for (i, ch) in d.raw.char_indices().skip_while(|(i, _)| *i < body) {
            assert!(
                covered[i] || ch.is_whitespace(),
                "{}: byte {i} ({ch:?}) neither kept nor removed",
                p.file
            );
        }
    }
}

#[test]
fn derived_titles_say_so_and_wire_copies_name_both() {
    let d = load("section-label-lead.txt");
    assert!(d
        .meta
        .display_title()
        .starts_with("From the lead: Lawmakers"));
    let d = load("suffix-signoff.txt");
    assert_eq!(d.meta.outlet.as_deref(), Some("The Baltic Ledger"));
    assert_eq!(d.meta.wire.as_deref(), Some("AP"));
}

#[test]
fn a_yearless_day_is_dated_by_the_corpus() {
    let c = Corpus::from_files(&[
        (
            "a.txt",
            "Published: March 4, 2022\n\nThe envoys met in Vienna on Friday.",
        ),
        (
            "b.txt",
            "Envoys meet in Vienna\n\nThe envoys on March 3-4 held talks in Vienna about the dam.",
        ),
    ])
    .unwrap();
    assert_eq!(c.documents[1].meta.date.as_deref(), Some("2022-03-04"));
    assert_eq!(c.documents[1].meta.date_kind, Some(DateKind::CorpusYear));
}

#[test]
fn plain_prose_loses_nothing() {
    for file in [
        "prose-that-stays.txt",
        "caption-weekday.txt",
        "caption-only.txt",
    ] {
        let d = load(file);
        let removed: Vec<&str> = d
            .removed
            .iter()
            .map(|r| &d.raw[r.raw.start..r.raw.end])
            .collect();
        assert!(removed.is_empty(), "{file}: {removed:?}");
    }
}
