//! Photo captions: a description of a picture closed by its credit ("…
//! Tuesday, March 26, 2024. (AP Photo/Jane Roe)", "… - Jane Roe/AP", "… |
//! Reuters", "… Picture: PA"). Captions stay in the text (they name people
//! and places), but they are no headline, and the day a photo was taken can
//! date a story that states no other date.

/// Words that mark a parenthetical as an image credit.
const CREDIT_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photographer",
    "image",
    "images",
    "picture",
    "pictures",
    "getty",
    "credit",
    "file",
    "pool",
    "handout",
];

fn credit_words(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::text::lower::with_lower(w, |l| CREDIT_WORDS.contains(&l)))
}

/// A short credit name: "AP", "Reuters", "Jane Roe/AFP via Getty Images".
fn credit_name(s: &str) -> bool {
    let s = s.trim();
    let n = s.split_whitespace().count();
    (1..=7).contains(&n)
        && s.chars().next().is_some_and(char::is_uppercase)
        && !s.ends_with(['.', '!', '?', ','])
}

/// Whether a line is a photo caption with its credit.
pub fn is_caption(line: &str) -> bool {
    let line = line.trim();
    if line.split_whitespace().count() < 5 {
        return false;
    }
    // "… (AP Photo/Jane Roe)", "… (Reuters)", "… (Jane Roe/AP)".
    if let Some(inner) = line
        .strip_suffix(')')
        .and_then(|l| l.rfind('(').map(|i| &l[i + 1..]))
    {
        if credit_words(inner) || (inner.contains('/') && credit_name(inner)) {
            return true;
        }
        let n = inner.split_whitespace().count();
        let before = line[..line.len() - inner.len() - 2].trim_end();
        if n <= 3 && credit_name(inner) && before.ends_with(['.', '”', '"']) {
            return true;
        }
    }
    // "… - Jane Roe/AP", "… | Reuters", "… Picture: PA".
    for sep in [" - ", " – ", " — ", " | "] {
        if let Some(i) = line.rfind(sep) {
            let tail = &line[i + sep.len()..];
            if credit_name(tail) && (tail.contains('/') || credit_words(tail) || sep == " | ") {
                return sep != " | " || tail.split_whitespace().count() <= 4;
            }
        }
    }
    [
        "Picture:",
        "Photo:",
        "Photograph:",
        "Image:",
        "Credit:",
        "Photo by",
    ]
    .iter()
    .any(|p| {
        line.rfind(p)
            .is_some_and(|i| i > 0 && credit_name(&line[i + p.len()..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_and_not() {
        let rows: &[(&str, bool)] = &[
            (
                "Residents clear debris in Leeds, England, Tuesday, March 26, 2024. (AP Photo/Jane Roe)",
                true,
            ),
            (
                "The harbour master speaks to reporters on Friday. (Photo by Jo Bloggs/Example via Getty Images)",
                true,
            ),
            ("Firefighters at the scene on Monday. (Reuters)", true),
            ("The tower at dusk, seen from the river (Jane Roe/AP)", true),
            ("The tower at dusk, seen from the river - Jane Roe/AP", true),
            ("A drone view of the flooded valley, in Leeds | Reuters", true),
            ("The central bank's headquarters. Picture: PA", true),
            // Prose with brackets or dashes stays prose.
            ("The vote passed 11-1 (one member dissented).", false),
            ("The company (founded in 1998) employs 3,000 people.", false),
            ("Prices rose again - and economists expect more - in May.", false),
            ("The North Atlantic Treaty Organization (NATO)", false),
        ];
        for (line, want) in rows {
            assert_eq!(is_caption(line), *want, "{line}");
        }
    }
}
