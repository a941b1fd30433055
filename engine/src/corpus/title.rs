//! The headline, from evidence: a line near the top, before the lead, that
//! has a headline's length and casing, no closing sentence period, and
//! whose words the story repeats. A text with no such line gets a title
//! made from its lead, marked as derived.

use rustc_hash::FxHashSet;

/// Where a document's title comes from.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum TitleKind {
    /// The front matter's `title:`.
    FrontMatter,
    /// A headline line of the text.
    Headline,
    /// No headline in the text: the start of the lead ("From the lead: …").
    Lead,
    /// No text at all: the file name.
    #[default]
    FileName,
}

impl TitleKind {
    /// The name used in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            TitleKind::FrontMatter => "front-matter",
            TitleKind::Headline => "headline",
            TitleKind::Lead => "lead",
            TitleKind::FileName => "file-name",
        }
    }
}

/// A lead-derived title longer than this is cut at a word boundary.
pub const MAX_LEAD_TITLE_CHARS: usize = 110;

fn stop(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "this"
            | "with"
            | "from"
            | "have"
            | "their"
            | "what"
            | "about"
            | "after"
            | "over"
            | "into"
            | "than"
            | "were"
            | "been"
            | "says"
            | "said"
            | "will"
            | "would"
            | "could"
            | "they"
            | "them"
            | "then"
            | "when"
            | "where"
            | "which"
            | "while"
            | "your"
            | "more"
            | "most"
            | "such"
            | "some"
            | "only"
            | "also"
            | "just"
            | "like"
            | "there"
            | "here"
            | "does"
            | "amid"
    )
}

/// Word stems that carry content: four letters or more, cut to five so
/// that "cuts"/"cut" and "rates"/"rate" meet.
fn content_stems(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !stop(w))
        .map(|mut w| {
            if let Some((cut, _)) = w.char_indices().nth(5) {
                w.truncate(cut);
            }
            w
        })
        .collect()
}

/// The stems of a document's text, to test a candidate headline against.
pub struct Body {
    // Only asked whether a stem is present: a hash set, not a sorted one.
    stems: FxHashSet<String>,
    words: usize,
}

impl Body {
    pub fn new<'a>(lines: impl Iterator<Item = &'a str>) -> Body {
        let mut stems = FxHashSet::default();
        let mut words = 0;
        for l in lines {
            words += l.split_whitespace().count();
            stems.extend(content_stems(l));
        }
        Body { stems, words }
    }

    /// A headline is about its story: a quarter of its content words come
    /// back in the text. A promotion or a site's name does not.
    pub fn relevant(&self, candidate: &str) -> bool {
        if self.words < 30 {
            return true;
        }
        let c = content_stems(candidate);
        let found = c.iter().filter(|s| self.stems.contains(*s)).count();
        !c.is_empty() && found * 4 >= c.len()
    }
}

/// Most words of four letters or more are capitalised ("Fed Cuts Rates by
/// Half a Point").
fn title_case(line: &str) -> bool {
    let long: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let caps = long
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
        .count();
    !long.is_empty() && caps * 10 >= long.len() * 7
}

fn sentences(line: &str) -> Vec<&str> {
    line.split_inclusive(['.', '!', '?'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// A wire or place dateline opens a lead, never a headline ("WASHINGTON —",
/// "LONDON (Reuters) -", "Washington, DC—").
fn opens_with_dateline(line: &str) -> bool {
    let head: String = line.chars().take(50).collect();
    let Some(i) = head.find(['—', '–']).or_else(|| head.find(" - ")) else {
        return false;
    };
    let place = head[..i].trim();
    !place.is_empty()
        && place.split_whitespace().all(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_none_or(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && place.split_whitespace().count() <= 4
        && head[i..]
            .trim_start_matches(['—', '–', '-', ' '])
            .starts_with(char::is_uppercase)
}

/// Whether a line has the shape of a headline.
pub fn headline_shape(line: &str) -> bool {
    let n = line.split_whitespace().count();
    if !(3..=35).contains(&n) || line.len() > 260 || opens_with_dateline(line) {
        return false;
    }
    if super::outlet::wire_dateline(line).is_some() || super::caption::is_caption(line) {
        return false;
    }
    let end = line.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    if end.ends_with(['.', '!', '?']) && !end.ends_with("...") {
        // "Fed goes big. What that means." is a headline; a lead ending in
        // a period is not, unless written in title case. Headlines drop
        // articles and pronouns ("The council met. It voted." is prose).
        let ss = sentences(line);
        let first = line.split_whitespace().next().unwrap_or("");
        let headlinese = !matches!(
            first,
            "The"
                | "A"
                | "An"
                | "It"
                | "He"
                | "She"
                | "They"
                | "We"
                | "I"
                | "This"
                | "That"
                | "There"
                | "In"
                | "On"
                | "At"
        );
        let shout = end.ends_with(['!', '?']) && n <= 20;
        return title_case(line) || shout || (ss.len() >= 2 && n <= 12 && headlinese);
    }
    !end.ends_with([':', ',', ';'])
}

/// A line that is the lead (or any prose paragraph), where the search for a
/// headline above it stops.
pub fn prose(line: &str) -> bool {
    !headline_shape(line) && line.split_whitespace().count() >= 8
}

/// Picks the headline among the top lines (in order, before the lead).
/// `lines` are the candidates' texts; a masthead-shaped one is taken only if
/// nothing else qualifies. Returns the index of the headline line.
pub fn choose(lines: &[&str], body: &Body, masthead: impl Fn(&str) -> bool) -> Option<usize> {
    for allow_masthead in [false, true] {
        for (i, &line) in lines.iter().enumerate() {
            // "Headline | Site" is judged by its headline (the bar and name
            // would otherwise read as a caption's credit).
            let head = super::outlet::title_suffix(line).map(|(h, _)| h);
            let line = head.as_deref().unwrap_or(line);
            if super::caption::is_caption(line) {
                continue;
            }
            if masthead(line) && !allow_masthead {
                continue;
            }
            if headline_shape(line) && body.relevant(line) {
                // A short kicker over the headline ("Harbour crisis" over
                // "Bridge reopens after three-week repair"): the longer
                // headline under it is the title.
                let next = lines.get(i + 1).copied();
                let kicker = line.split_whitespace().count() <= 4
                    && next.is_some_and(|n| {
                        let len = n.split_whitespace().count();
                        len > line.split_whitespace().count()
                            && len <= 25
                            && !n.trim_end().ends_with('.')
                            && headline_shape(n)
                            && body.relevant(n)
                    });
                return Some(if kicker { i + 1 } else { i });
            }
            if prose(line) {
                break;
            }
        }
    }
    None
}

/// A title from the lead: its first sentence, cut to a readable length,
/// without the wire dateline that opens it ("LONDON (Reuters) - ").
pub fn from_lead(line: &str) -> String {
    let line = match super::outlet::wire_dateline(line) {
        Some(_) => line
            .find(')')
            .map(|i| line[i + 1..].trim_start_matches([' ', '-', '–', '—', ':']))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(line),
        // "WASHINGTON — The Senate voted…": the place is no part of a title.
        None if opens_with_dateline(line) => line
            .find(['—', '–'])
            .or_else(|| line.find(" - "))
            .map(|i| line[i..].trim_start_matches([' ', '-', '–', '—']))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(line),
        None => line,
    };
    let first_sentence = crate::text::sentences::sentences(line)
        .first()
        .and_then(|s| line.get(s.start..s.end))
        .unwrap_or(line);
    if first_sentence.chars().count() <= MAX_LEAD_TITLE_CHARS {
        return first_sentence.to_string();
    }
    let cut: String = first_sentence.chars().take(MAX_LEAD_TITLE_CHARS).collect();
    let cut = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_shapes() {
        let rows: &[(&str, bool)] = &[
            ("Storm Leaves Thousands Without Power Across the North", true),
            ("Harbour bridge reopens after three-week repair", true),
            ("Council votes to close library: what happens next", true),
            ("Rates go up again. Here's why.", true),
            ("The council met on Monday. It voted to close the library.", false),
            ("Why did the dam fail?", true),
            ("“We will rebuild,” Mayor Says After Flood", true),
            ("Storm hits coast; thousands evacuated…", true),
            (
                "The regional bank raised its main rate by a quarter point on Thursday, its third rise this year.",
                false,
            ),
            ("WASHINGTON (Reuters) - The central bank cut rates", false),
            ("LONDON — Thousands of commuters were stranded", false),
            ("Crews clear debris on Friday. (AP Photo/Jane Roe)", false),
            ("Here is what we know so far:", false),
            ("Storm", false),
        ];
        for (line, want) in rows {
            assert_eq!(headline_shape(line), *want, "{line}");
        }
    }

    #[test]
    fn choice_skips_promotions_and_mastheads_and_stops_at_the_lead() {
        let body = Body::new(
            ["The harbour bridge reopened on Monday after a three-week repair that closed the main road \
              into town. Engineers replaced two bearings and the deck joints, the council said, and \
              traffic is back to normal."]
            .into_iter(),
        );
        let mast = |l: &str| l == "The Harbour Gazette";
        let lines = [
            "Unlock premium charts and a newsfeed built for traders",
            "The Harbour Gazette",
            "Harbour bridge reopens after repair",
        ];
        assert_eq!(choose(&lines, &body, mast), Some(2));
        // A lead before any headline: no headline.
        let lines = [
            "The harbour bridge reopened on Monday after a three-week repair that closed the main road into town.",
            "Harbour bridge reopens after repair",
        ];
        assert_eq!(choose(&lines, &body, mast), None);
        // A kicker over the headline.
        let lines = [
            "Harbour bridge",
            "Harbour bridge reopens after three-week repair",
        ];
        assert_eq!(choose(&lines, &body, mast), Some(1));
        // Headline then standfirst: the headline.
        let lines = [
            "Harbour bridge reopens after repair",
            "Engineers replaced two bearings and the deck joints over three weeks",
        ];
        assert_eq!(choose(&lines, &body, mast), Some(0));
    }

    #[test]
    fn lead_titles_are_first_sentences_cut_to_length() {
        assert_eq!(
            from_lead(
                "The central bank raised rates again on Tuesday. It said inflation was too high."
            ),
            "The central bank raised rates again on Tuesday."
        );
        assert_eq!(
            from_lead("WASHINGTON — The Senate voted to extend the program. It passed 60-40."),
            "The Senate voted to extend the program."
        );
        assert_eq!(
            from_lead("LONDON (Reuters) - Strikes closed schools. Unions said more would follow."),
            "Strikes closed schools."
        );
        assert_eq!(
            from_lead("Crews launched on Sunday(Oct. 13) from the coast. Then it rained."),
            "Crews launched on Sunday(Oct. 13) from the coast."
        );
        let t = from_lead(&"word ".repeat(60));
        assert!(
            t.ends_with('…') && t.chars().count() <= MAX_LEAD_TITLE_CHARS + 1,
            "{t}"
        );
    }
}
