//! The day each document reports, as a day number: the document's own date
//! (front matter, dateline, caption, weekday or corpus year, see
//! `corpus::DateKind`), else the full date its text mentions most.

use crate::corpus::Corpus;
use crate::entities::Entities;
use std::collections::BTreeMap;

/// Days since 1970-01-01 of an ISO `YYYY-MM-DD` prefix.
pub fn day_number(iso: &str) -> Option<i64> {
    let y: i64 = iso.get(0..4)?.parse().ok()?;
    let m: i64 = iso.get(5..7)?.parse().ok()?;
    let d: i64 = iso.get(8..10)?.parse().ok()?;
    if iso.get(4..5) != Some("-") || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from civil (H. Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// (year, month, day) of a day number: the inverse of [`day_number`].
pub fn civil(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The ISO `YYYY-MM-DD` of a day number.
pub fn iso(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day of every document, where one can be told.
pub fn doc_days(corpus: &Corpus, entities: &Entities) -> Vec<Option<i64>> {
    corpus
        .documents
        .iter()
        .enumerate()
        .map(|(di, d)| {
            if let Some(day) = d.meta.date.as_deref().and_then(day_number) {
                return Some(day);
            }
            let lo = entities.mentions.partition_point(|m| m.doc < di);
            let hi = entities.mentions.partition_point(|m| m.doc <= di);
            let mut counts: BTreeMap<i64, usize> = BTreeMap::new();
            for m in entities.mentions.get(lo..hi).unwrap_or(&[]) {
                if let Some(day) = m.entity.strip_prefix("date:").and_then(day_number) {
                    *counts.entry(day).or_default() += 1;
                }
            }
            counts
                .into_iter()
                .max_by_key(|(day, n)| (*n, *day))
                .map(|(day, _)| day)
        })
        .collect()
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
pub fn weekday(day: i64) -> u8 {
    (day + 3).rem_euclid(7) as u8
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The weekday each document names most ("on Wednesday", "Tuesday
/// morning"), ties to the earlier: for an undated report, the day of its story.
pub fn doc_weekdays(corpus: &Corpus, entities: &Entities) -> Vec<Option<u8>> {
    let mut out = vec![None; corpus.documents.len()];
    let mut counts = [0usize; 7];
    let mut doc = usize::MAX;
    let flush = |doc: usize, counts: &mut [usize; 7], out: &mut Vec<Option<u8>>| {
        let best = (0..7u8)
            .filter(|&w| counts[w as usize] > 0)
            .max_by_key(|&w| (counts[w as usize], std::cmp::Reverse(w)));
        if let Some(x) = out.get_mut(doc) {
            *x = best;
        }
        *counts = [0; 7];
    };
    for m in &entities.mentions {
        if m.doc != doc {
            flush(doc, &mut counts, &mut out);
            doc = m.doc;
        }
        let Some(rest) = m.entity.strip_prefix("date:") else {
            continue;
        };
        let head = rest.split(['-', '/']).next().unwrap_or("");
        if let Some(w) = WEEKDAYS.iter().position(|&n| n == head) {
            counts[w] += 1;
        }
    }
    flush(doc, &mut counts, &mut out);
    out
}

/// Whether a report naming `named` as its story's weekday fits a report of
/// `day`: the weekday falls on that day, one of the two before (the story
/// told the next morning) or the day after (a report dated the eve).
pub fn weekday_fits(named: u8, day: i64) -> bool {
    (-2..=1).any(|k| weekday(day + k) == named)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays() {
        assert_eq!(weekday(day_number("2023-02-22").unwrap()), 2);
        assert_eq!(weekday(day_number("2024-10-13").unwrap()), 6);
        let wed = day_number("2024-03-27").unwrap();
        assert!(weekday_fits(1, wed) && weekday_fits(2, wed) && weekday_fits(3, wed));
        assert!(!weekday_fits(5, wed));
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2023-02-22"), Some(19_410));
        assert_eq!(day_number("2023-13-01"), None);
        assert_eq!(day_number("2023"), None);
        for iso_day in [
            "1970-01-01",
            "2000-02-29",
            "2023-02-22",
            "2025-12-31",
            "1899-03-01",
        ] {
            let n = day_number(iso_day).unwrap();
            assert_eq!(iso(n), iso_day);
        }
    }
}
