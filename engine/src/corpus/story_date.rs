//! The story's date where no dateline states it: a place dateline opening
//! the lead, a photo caption's day, a later weekday the text reports as
//! past. Also tells a revision date from a first publication.

use super::chrome;
use super::clean::{Cleaned, DateKind};
use super::dates::{find_dates, weekday_number, Day};

/// The date of a place dateline that opens a paragraph: "WASHINGTON, March
/// 3, 2024 — The Senate voted…", "LONDON, 18 September 2024 (AFP) - …".
pub(super) fn lead_dateline(para: &str) -> Option<String> {
    let cut = (0..=para.len().min(90))
        .rev()
        .find(|&i| para.is_char_boundary(i))
        .unwrap_or(0);
    let head = &para[..cut];
    let end = [" — ", " – ", " - ", "—", " ("]
        .iter()
        .filter_map(|sep| head.find(sep))
        .min()?;
    let place = &head[..end];
    let date = find_dates(place).into_iter().find_map(|f| f.full())?;
    // Only a place and the date before the dash: capitalised words,
    // numbers and commas.
    place
        .split_whitespace()
        .all(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.is_empty()
                || w.chars().all(|c| c.is_ascii_digit())
                || w.chars().next().is_some_and(char::is_uppercase)
        })
        .then(|| date.iso())
}

/// A dateline that gives a revision ("Updated …", "Last modified …"), not
/// the first publication.
pub(super) fn update_line(line: &str) -> bool {
    let l = line.trim_start().to_lowercase();
    ["updated", "last updated", "modified", "last modified"]
        .iter()
        .any(|p| l.starts_with(p))
        && !l.contains("published")
}

/// Words in a sentence that put it in the future or the conditional: its
/// weekday is a plan, not the day of the report.
pub(super) fn future(sentence: &str) -> bool {
    chrome::words(sentence).iter().any(|w| {
        matches!(
            w.as_str(),
            "will"
                | "would"
                | "expected"
                | "expects"
                | "scheduled"
                | "plans"
                | "planned"
                | "plan"
                | "next"
                | "upcoming"
                | "due"
                | "until"
                | "ahead"
                | "tomorrow"
        ) || w.ends_with("'ll")
    })
}

/// With no stated date: the latest day a photo caption gives, moved to a
/// later weekday the text reports as past ("Wednesday morning the search
/// was called off", the caption saying "Tuesday, March 26, 2024").
pub(super) fn story_date(out: &mut Cleaned) {
    let caption_days = out
        .captions
        .iter()
        .flat_map(|s| find_dates(&out.text[s.start..s.end]))
        .filter_map(|f| f.full());
    let Some(anchor) = caption_days.max() else {
        return;
    };
    let mut best: Day = anchor;
    let mut caption = out.captions.iter().peekable();
    for s in crate::text::sentences::sentences(&out.text) {
        // Captions and sentences both come in text order.
        while caption.peek().is_some_and(|c| c.end <= s.start) {
            caption.next();
        }
        if caption.peek().is_some_and(|c| c.overlaps(s)) {
            continue;
        }
        let sentence = &out.text[s.start..s.end];
        let days: Vec<Day> = sentence
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.starts_with(char::is_uppercase) && w.len() >= 6)
            .filter_map(|w| weekday_number(w).and_then(|wd| anchor.nearest_weekday(wd)))
            .collect();
        if !days.is_empty() && !future(sentence) {
            best = days.into_iter().fold(best, Day::max);
        }
    }
    out.date = Some(best.iso());
    out.date_kind = Some(if best > anchor {
        DateKind::Weekday
    } else {
        DateKind::Caption
    });
}
