//! Which event a document reports, as a day number, so that a talking point
//! repeated at a meeting two years later links as a theme, not the same
//! report. The date is the document's own (front matter or dateline), else
//! the full date its text mentions most.

use crate::corpus::Corpus;
use crate::entities::Entities;
use std::collections::BTreeMap;

/// Reports further apart than this are about different events.
pub const EVENT_WINDOW_DAYS: i64 = 45;

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

/// The event day of every document, where one can be told.
pub fn event_days(corpus: &Corpus, entities: &Entities) -> Vec<Option<i64>> {
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

/// An event number for every document: documents whose days fall within
/// the window of one another share one; undated ones join the largest event.
pub fn event_of_docs(corpus: &Corpus, entities: &Entities) -> Vec<usize> {
    let days = event_days(corpus, entities);
    let all: Vec<usize> = (0..corpus.documents.len()).collect();
    let mut out = vec![0; all.len()];
    for (e, ds) in events(&all, &days).iter().enumerate() {
        for &d in ds {
            if let Some(x) = out.get_mut(d) {
                *x = e;
            }
        }
    }
    out
}

/// Splits `docs` into events: dated documents within the window of an
/// event's first date share it; undated ones join the largest event.
pub fn events(docs: &[usize], days: &[Option<i64>]) -> Vec<Vec<usize>> {
    let mut dated: Vec<(i64, usize)> = docs
        .iter()
        .filter_map(|&d| days.get(d).copied().flatten().map(|day| (day, d)))
        .collect();
    dated.sort();
    let mut out: Vec<(i64, Vec<usize>)> = Vec::new();
    for (day, d) in dated {
        match out.last_mut() {
            Some((first, ds)) if day - *first <= EVENT_WINDOW_DAYS => ds.push(d),
            _ => out.push((day, vec![d])),
        }
    }
    let mut out: Vec<Vec<usize>> = out.into_iter().map(|(_, ds)| ds).collect();
    let undated: Vec<usize> = docs
        .iter()
        .copied()
        .filter(|&d| days.get(d).copied().flatten().is_none())
        .collect();
    if !undated.is_empty() {
        match out.iter_mut().max_by_key(|ds| ds.len()) {
            Some(largest) => largest.extend(undated),
            None => out.push(undated),
        }
    }
    for ds in &mut out {
        ds.sort();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2023-02-22"), Some(19_410));
        assert_eq!(day_number("2023-13-01"), None);
        assert_eq!(day_number("2023"), None);
    }

    #[test]
    fn far_apart_reports_are_separate_events() {
        let days = vec![
            day_number("2023-02-22"),
            day_number("2023-02-23"),
            day_number("2025-04-01"),
            None,
        ];
        assert_eq!(events(&[0, 1, 2, 3], &days), vec![vec![0, 1, 3], vec![2]]);
        assert_eq!(events(&[0, 1], &days), vec![vec![0, 1]]);
    }
}
