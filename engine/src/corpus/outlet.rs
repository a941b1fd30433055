//! Who published a text, read from the text itself when no front matter
//! says so. No list of outlets: the patterns name them. A masthead line
//! ("Example Daily News"), a headline's suffix ("… | Example Times"), a
//! byline ("By Jane Roe, Reuters") name the publisher; a wire dateline
//! ("LONDON (Reuters) -", "(CNN) —"), a sign-off ("— AP"), a copyright line
//! or "told AFP" name the agency whose copy it is.

/// Words that name a kind of news publication: a short capitalised line
/// carrying one is a masthead.
const MEDIA_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "herald",
    "journal",
    "tribune",
    "gazette",
    "daily",
    "press",
    "telegraph",
    "guardian",
    "chronicle",
    "observer",
    "sun",
    "mail",
    "express",
    "agency",
    "radio",
    "tv",
    "television",
    "broadcasting",
    "network",
    "media",
    "wire",
    "today",
    "magazine",
    "weekly",
    "insider",
    "reporter",
    "monitor",
    "standard",
    "star",
    "mirror",
    "independent",
    "review",
    "bulletin",
    "courier",
    "dispatch",
    "examiner",
    "inquirer",
    "sentinel",
    "record",
    "register",
    "globe",
    "leader",
    "mercury",
    "statesman",
    "channel",
    "online",
    "newsroom",
    "international",
    "website",
    "service",
    "world",
];

/// Words of a byline that give a role, not a name or an outlet.
const ROLE_WORDS: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "staff",
    "contributor",
    "columnist",
    "analyst",
    "producer",
    "desk",
    "bureau",
    "chief",
    "senior",
    "special",
    "political",
    "business",
    "economics",
    "science",
    "technology",
    "health",
];

/// Small words that may sit inside a name.
fn connector(w: &str) -> bool {
    matches!(
        w,
        "the" | "of" | "and" | "&" | "de" | "der" | "van" | "von" | "al" | "el" | "la" | "for"
    )
}

fn media_word(w: &str) -> bool {
    MEDIA_WORDS.contains(&w.to_lowercase().as_str())
}

/// Two to six capital letters ("AP", "AFP", "CNN").
fn acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// A name: 1-6 words, each capitalised (or a connector), no sentence.
fn name_like(s: &str) -> bool {
    let s = s.trim();
    let ws: Vec<&str> = s.split_whitespace().collect();
    (1..=6).contains(&ws.len())
        && !s.ends_with(['.', '!', '?', ':', ','])
        && ws.first().is_some_and(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && ws.iter().all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || connector(&w.to_lowercase())
                || media_word(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// A publication's name as a line of its own near the top ("The Example
/// Daily News", "Example International"); "The News" alone is a section.
pub fn masthead(line: &str) -> Option<String> {
    let line = line.trim();
    if !name_like(line) || line.split_whitespace().count() > 5 {
        return None;
    }
    let ws: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let has_media = ws.iter().any(|w| media_word(w));
    let other = ws
        .iter()
        .any(|w| !media_word(w) && !connector(w) && !w.is_empty());
    (has_media && other).then(|| line.to_string())
}

/// A headline's site suffix: "Storm hits coast | Example Times" gives the
/// headline and "Example Times". A dash suffix must look like a publication.
pub fn title_suffix(title: &str) -> Option<(String, String)> {
    for sep in [" | ", " - ", " – ", " — "] {
        if let Some(i) = title.rfind(sep) {
            let (head, tail) = (title[..i].trim(), title[i + sep.len()..].trim());
            let tail_ok = name_like(tail)
                && tail.split_whitespace().count() <= 5
                && (sep == " | " || tail.split_whitespace().any(|w| media_word(w) || acronym(w)));
            if tail_ok && head.split_whitespace().count() >= 3 {
                return Some((head.to_string(), tail.to_string()));
            }
        }
    }
    None
}

/// A byline: "By Jane Roe", "By Jane Roe and John Doe, Example Times", "By
/// JANE ROE | Reuters". Returns the outlet it names, if any.
pub fn byline(line: &str) -> Option<Option<String>> {
    let line = line.trim();
    let rest = [
        "By ",
        "BY ",
        "by ",
        "Written by ",
        "Words by ",
        "Author: ",
        "Authors: ",
    ]
    .iter()
    .find_map(|p| line.strip_prefix(p))?;
    if rest.split_whitespace().count() > 20 {
        return None;
    }
    // A date in the byline is the dateline's business: cut it off.
    let rest = match super::dates::find_dates(rest).first() {
        Some(f) => &rest[..f.span.start],
        None => rest,
    };
    let parts: Vec<&str> = rest
        .split([',', '|', ';', '/', '–', '—'])
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let first = parts.first()?;
    if !name_like(first) {
        return None;
    }
    let outlet = parts[1..].iter().find(|p| {
        let ws: Vec<&str> = p.split_whitespace().collect();
        let role = ws
            .iter()
            .any(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()));
        let dated = ws.first().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "published" | "updated" | "posted" | "modified" | "last" | "first"
            )
        });
        name_like(p)
            && !role
            && !dated
            && (ws.len() == 1 || ws.iter().any(|w| media_word(w) || acronym(w)))
            && super::dates::dateline(p).is_none()
    });
    Some(outlet.map(|o| o.to_string()))
}

/// Trims an agency name from its wrapping: "(Reuters)" → "Reuters".
fn agency(inner: &str) -> Option<String> {
    let mut inner = inner.trim().trim_matches(['(', ')', '-', '–', '—', ' ']);
    // "Example Chinese website": the name without its lower-case kind.
    while let Some((head, last)) = inner.rsplit_once(' ') {
        if last.starts_with(char::is_lowercase) && media_word(last) {
            inner = head.trim_end();
        } else {
            break;
        }
    }
    let ws: Vec<&str> = inner.split_whitespace().collect();
    let credit = ws.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "photo" | "file" | "l" | "r" | "c" | "left" | "right" | "centre" | "center" | "video"
        )
    });
    (name_like(inner) && ws.len() <= 4 && !credit).then(|| inner.to_string())
}

/// The agency of a wire dateline opening a paragraph: "WASHINGTON (Reuters)
/// - …", "LONDON, March 3 (AFP) -", "(CNN) — …", "(CNN)Six people …".
pub fn wire_dateline(para: &str) -> Option<String> {
    let open = para.find('(')?;
    if open > 60 {
        return None;
    }
    let place = para[..open].trim().trim_end_matches(',');
    let place_ok = place.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || w.bytes().all(|b| b.is_ascii_digit())
            || w.chars().next().is_some_and(char::is_uppercase)
    });
    if !place_ok {
        return None;
    }
    let close = open + para[open..].find(')')?;
    let name = agency(&para[open + 1..close])?;
    let after = para[close + 1..].trim_start();
    let dash = after.starts_with(['-', '–', '—', ':']);
    let glued = after.chars().next().is_some_and(char::is_uppercase)
        && place.is_empty()
        && para[open + 1..close]
            .split_whitespace()
            .any(|w| acronym(w) || media_word(w));
    (dash || glued).then_some(name)
}

/// A sign-off line at the end of a text: "— AP", "(Reuters)", "With AFP",
/// "Source: Reuters", "(With inputs from PTI)".
pub fn sign_off(line: &str) -> Option<String> {
    let l = line.trim();
    let marked = l.starts_with(['-', '–', '—', '(']);
    let mut inner = l.trim_matches(['(', ')', '-', '–', '—', ' ', '.']);
    let mut cue = false;
    for p in [
        "With inputs from ",
        "with inputs from ",
        "With files from ",
        "with files from ",
        "With reporting from ",
        "With ",
        "with ",
        "Source: ",
        "Sources: ",
    ] {
        if let Some(r) = inner.strip_prefix(p) {
            inner = r;
            cue = true;
            break;
        }
    }
    let ws: Vec<&str> = inner.split_whitespace().collect();
    let short = (1..=3).contains(&ws.len());
    // A bare capitalised word could be a crosshead ("Background"): only an
    // acronym signs off without a dash, bracket or "With".
    let strong = marked || cue || ws.iter().all(|w| acronym(w.trim_end_matches(',')));
    (short && strong && !inner.eq_ignore_ascii_case("agencies"))
        .then(|| agency(inner))
        .flatten()
}

/// A sign-off glued to the last paragraph: "… said. — AP", "… said. (AFP)".
pub fn trailing_sign_off(para: &str) -> Option<String> {
    let p = para.trim_end();
    let cut = p.rfind(['—', '–', '(']).filter(|&i| p.len() - i <= 24)?;
    let before = p[..cut].trim_end();
    if !before.ends_with(['.', '!', '?', '"', '”']) {
        return None;
    }
    let name = agency(&p[cut..])?;
    name.split_whitespace()
        .all(|w| acronym(w) || w.chars().next().is_some_and(char::is_uppercase))
        .then_some(name)
        .filter(|n| n.split_whitespace().count() <= 2)
}

/// A note that the text is another outlet's: "This article was originally
/// published on The Example Review", "This story first appeared in …",
/// "Republished from …", "This story was provided by …". The outlet named.
pub fn republished(line: &str) -> Option<String> {
    if line.split_whitespace().count() > 25 {
        return None;
    }
    let l = line.to_lowercase();
    let cues = [
        "originally published on ",
        "originally published in ",
        "originally published by ",
        "originally appeared on ",
        "originally appeared in ",
        "first published on ",
        "first published in ",
        "first published by ",
        "first appeared on ",
        "first appeared in ",
        "republished from ",
        "republished with permission from ",
        "was provided by ",
    ];
    let at = cues.iter().find_map(|c| l.find(c).map(|i| i + c.len()))?;
    // Lower-casing can move byte offsets outside ASCII: then no match.
    let rest = line.get(at..).filter(|_| l.len() == line.len())?;
    // Cut at the sentence's end or a following clause ("… on X under a
    // Creative Commons licence").
    let end = rest
        .find(['.', ',', ';', '(', '|'])
        .into_iter()
        .chain(
            [" under ", " and ", " on ", " in "]
                .iter()
                .filter_map(|w| rest.find(w)),
        )
        .min()
        .unwrap_or(rest.len());
    let name = rest[..end].trim();
    let letters = name.chars().next().is_some_and(char::is_alphabetic);
    (letters && name_like(name) && name.split_whitespace().count() <= 6).then(|| name.to_string())
}

/// The holder named by a copyright line ("Copyright 2024 The Example Wire.
/// All rights reserved." → "The Example Wire").
pub fn copyright_holder(line: &str) -> Option<String> {
    let mut s = line.trim();
    for p in [
        "©",
        "(c)",
        "(C)",
        "Copyright",
        "COPYRIGHT",
        "copyright",
        "©",
    ] {
        s = s.strip_prefix(p).unwrap_or(s).trim_start();
    }
    let s = s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–' || c == ' ');
    let s = s.split(['.', ',', '|']).next().unwrap_or("").trim();
    (name_like(s) && !s.to_lowercase().starts_with("all rights")).then(|| s.to_string())
}

/// "… told AFP", "… told the BBC", "… told NBC News": the outlet that did
/// the interview, and most often the one whose copy this is.
pub fn told(text: &str) -> Option<String> {
    for (i, _) in text.match_indices("told ") {
        let rest = &text[i + 5..];
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        if !acronym(&word) {
            continue;
        }
        let after = &rest[word.len()..];
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        // "NBC News", "ABC Radio": the acronym with its media word.
        let next: String = after
            .trim_start_matches(' ')
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if after.starts_with(' ')
            && media_word(&next)
            && next.chars().next().is_some_and(char::is_uppercase)
        {
            return Some(format!("{word} {next}"));
        }
        return Some(word);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mastheads() {
        let rows: &[(&str, Option<&str>)] = &[
            ("Example Daily News", Some("Example Daily News")),
            ("The Harbour Gazette", Some("The Harbour Gazette")),
            ("Examplia International", Some("Examplia International")),
            ("The News", None),
            ("Business", None),
            ("Jane Roe", None),
            ("Prices rose in the news sector", None),
        ];
        for (line, want) in rows {
            assert_eq!(masthead(line).as_deref(), *want, "{line}");
        }
    }

    #[test]
    fn suffixes_and_bylines() {
        assert_eq!(
            title_suffix("Storm hits the coast | Example Times"),
            Some(("Storm hits the coast".into(), "Example Times".into()))
        );
        assert_eq!(
            title_suffix("Storm hits the coast - EXN News").map(|x| x.1),
            Some("EXN News".into())
        );
        assert_eq!(title_suffix("Prices rise - and then fall again"), None);
        assert_eq!(byline("By Jane Roe"), Some(None));
        assert_eq!(byline("By Jane Roe, Reuters"), Some(Some("Reuters".into())));
        assert_eq!(
            byline("By JANE ROE and John Doe | The Example Post | March 3, 2024"),
            Some(Some("The Example Post".into()))
        );
        assert_eq!(byline("By Jane Roe, Senior Correspondent"), Some(None));
        assert_eq!(
            byline("By Sam Hill | Published March 4, 2024 | Updated March 5, 2024"),
            Some(None)
        );
        assert_eq!(byline("By Jane Roe, John Doe"), Some(None));
        assert_eq!(byline("By the end of the year, prices had doubled."), None);
    }

    #[test]
    fn wire_evidence() {
        let rows: &[(&str, Option<&str>)] = &[
            (
                "WASHINGTON (Reuters) - The central bank cut rates.",
                Some("Reuters"),
            ),
            (
                "LONDON, March 3 (AFP) - Strikes closed schools.",
                Some("AFP"),
            ),
            ("(CNN) — Six people are missing.", Some("CNN")),
            ("(CNN)Six people are missing.", Some("CNN")),
            (
                "(Example Chinese website) The minister met envoys.",
                Some("Example Chinese"),
            ),
            ("The tower (Jane Roe/AP) stands tall.", None),
            ("(L-R) The two leaders met on Monday.", None),
            ("Officials (who declined to be named) said so.", None),
        ];
        for (p, want) in rows {
            assert_eq!(wire_dateline(p).as_deref(), *want, "{p}");
        }
        assert_eq!(sign_off("— AP").as_deref(), Some("AP"));
        assert_eq!(sign_off("(With inputs from PTI)").as_deref(), Some("PTI"));
        assert_eq!(sign_off("AFP").as_deref(), Some("AFP"));
        assert_eq!(
            sign_off("(AFP, AP, Reuters)").as_deref(),
            Some("AFP, AP, Reuters")
        );
        assert_eq!(sign_off("Background"), None);
        assert_eq!(sign_off("Jane Roe"), None);
        assert_eq!(sign_off("Agencies"), None);
        assert_eq!(
            trailing_sign_off("The search resumes on Friday. — AP").as_deref(),
            Some("AP")
        );
        assert_eq!(trailing_sign_off("He left (for good)."), None);
        assert_eq!(
            copyright_holder("Copyright 2024 The Example Wire. All rights reserved.").as_deref(),
            Some("The Example Wire")
        );
        assert_eq!(
            copyright_holder("© 2023-2024 Example Media").as_deref(),
            Some("Example Media")
        );
        assert_eq!(
            told("a spokesman told AFP on Monday").as_deref(),
            Some("AFP")
        );
        assert_eq!(told("she told the BBC.").as_deref(), Some("BBC"));
        assert_eq!(told("he told NBC News that").as_deref(), Some("NBC News"));
        assert_eq!(told("he told reporters"), None);
        assert_eq!(
            republished(
                "This article was originally published on The Example Review under a Creative Commons licence."
            )
            .as_deref(),
            Some("The Example Review")
        );
        assert_eq!(
            republished("This story first appeared in Example Weekly.").as_deref(),
            Some("Example Weekly")
        );
        assert_eq!(republished("The law was first published in 1990."), None);
        assert_eq!(
            sign_off("— With files from The Example Press").as_deref(),
            Some("The Example Press")
        );
    }
}
