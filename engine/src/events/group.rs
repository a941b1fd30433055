//! Documents gathered into events: average linkage over what they report,
//! where a merge that would put dated documents further apart than
//! `WINDOW_DAYS` is refused. Dates keep a story and its sequel years later
//! apart however alike they read; content keeps two stories of one day
//! apart; an undated document joins the event it reads most like, or
//! stays on its own when it reads like none.

use super::days::weekday_fits;
use super::vectors::similarity;
use crate::claims::cluster::average_linkage_if;
use crate::claims::score::Vector;

/// Dated documents of one event lie at most this far apart: a story's
/// coverage (the day, the follow-ups, the weekly) spans weeks, not months.
pub const WINDOW_DAYS: i64 = 45;

/// Links weaker than this are left out of the graph (they count as zero in
/// the mean): no pair of one event comes near it, and most pairs of a large
/// corpus of many stories fall below it.
const FLOOR: f32 = 0.03;

/// When each document's story happened, as far as its text tells.
pub struct When<'a> {
    pub days: &'a [Option<i64>],
    /// The weekday an undated report names for its story.
    pub weekdays: &'a [Option<u8>],
}

impl When<'_> {
    /// Some(true) when the two reports' dates agree (both dated within the
    /// window, or one names the weekday of the other's date), Some(false)
    /// when both are dated too far apart, None when nothing tells.
    fn agree(&self, a: usize, b: usize) -> Option<bool> {
        let day = |i: usize| self.days.get(i).copied().flatten();
        let wd = |i: usize| self.weekdays.get(i).copied().flatten();
        match (day(a), day(b)) {
            (Some(x), Some(y)) => Some((x - y).abs() <= WINDOW_DAYS),
            (Some(x), None) => wd(b).and_then(|w| weekday_fits(w, x).then_some(true)),
            (None, Some(y)) => wd(a).and_then(|w| weekday_fits(w, y).then_some(true)),
            (None, None) => None,
        }
    }
}

/// Events as sorted lists of document indices, ordered by first member.
/// Two documents' link is their content similarity, plus `bonus` when their
/// dates agree.
pub fn cluster(vectors: &[Vector], when: &When, join: f32, bonus: f32) -> Vec<Vec<usize>> {
    let n = vectors.len();
    let days = when.days;
    let mut links = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            let extra = match when.agree(a, b) {
                Some(false) => continue,
                Some(true) => bonus,
                None => 0.0,
            };
            let s = similarity(&vectors[a], &vectors[b]);
            if s >= FLOOR {
                links.push((a, b, s + extra));
            }
        }
    }
    let span = |docs: &[usize]| -> Option<(i64, i64)> {
        docs.iter()
            .filter_map(|&d| days.get(d).copied().flatten())
            .fold(None, |acc, d| match acc {
                None => Some((d, d)),
                Some((lo, hi)) => Some((lo.min(d), hi.max(d))),
            })
    };
    average_linkage_if(
        n,
        &links,
        |_| 1.0,
        join,
        |a, b| match (span(a), span(b)) {
            (Some((alo, ahi)), Some((blo, bhi))) => ahi.max(bhi) - alo.min(blo) <= WINDOW_DAYS,
            _ => true,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(vectors: &[Vector], days: &[Option<i64>]) -> Vec<Vec<usize>> {
        let weekdays = vec![None; days.len()];
        cluster(
            vectors,
            &When {
                days,
                weekdays: &weekdays,
            },
            0.3,
            0.1,
        )
    }

    #[test]
    fn a_named_weekday_that_fits_the_date_pulls_a_report_in() {
        // Middling content: alone not enough, with the date bonus enough.
        let vectors = vec![v(&[(1, 1.0), (2, 1.0)]), v(&[(1, 1.0), (3, 1.0)])];
        let days = vec![Some(19_410), None]; // a Wednesday
        let wed = vec![None, Some(2)];
        let sat = vec![None, Some(5)];
        let go = |weekdays: &[Option<u8>]| {
            cluster(
                &vectors,
                &When {
                    days: &days,
                    weekdays,
                },
                0.55,
                0.1,
            )
        };
        assert_eq!(go(&wed), vec![vec![0, 1]]);
        assert_eq!(go(&sat), vec![vec![0], vec![1]]);
    }

    fn v(fs: &[(u32, f32)]) -> Vector {
        let mut v: Vector = fs.to_vec();
        crate::claims::score::normalise(&mut v);
        v
    }

    #[test]
    fn dates_far_apart_split_alike_documents() {
        let same = v(&[(1, 1.0), (2, 1.0)]);
        let vectors = vec![same.clone(), same.clone(), same.clone()];
        let days = vec![Some(0), Some(3), Some(800)];
        assert_eq!(run(&vectors, &days), vec![vec![0, 1], vec![2]]);
        // Undated, it joins the others.
        let days = vec![Some(0), Some(3), None];
        assert_eq!(run(&vectors, &days), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn unlike_documents_of_one_day_stay_apart() {
        let vectors = vec![v(&[(1, 1.0), (2, 1.0)]), v(&[(3, 1.0), (4, 1.0)])];
        let days = vec![Some(10), Some(10)];
        assert_eq!(run(&vectors, &days), vec![vec![0], vec![1]]);
    }

    #[test]
    fn a_window_chain_cannot_stretch_one_event() {
        // Each neighbour is within the window of the next, the ends are not.
        let same = v(&[(1, 1.0)]);
        let vectors = vec![same.clone(), same.clone(), same.clone()];
        let days = vec![Some(0), Some(40), Some(80)];
        let out = run(&vectors, &days);
        assert_eq!(out.len(), 2);
    }
}
