//! Documents gathered into events: average linkage over what they report,
//! where a merge that would put dated documents further apart than
//! `WINDOW_DAYS` is refused. Dates keep a story and its sequel years later
//! apart however alike they read; content keeps two stories of one day
//! apart; an undated document joins the event it reads most like, or
//! stays on its own when it reads like none.

use super::days::weekday_fits;
use super::vectors::all_pairs;
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

/// Corpora larger than this are grouped by their dates alone: the links of
/// every pair would not fit in a browser tab's memory.
pub const MAX_LINKED: usize = 3000;

/// Events as sorted lists of document indices, ordered by first member.
/// Two documents' link is their content similarity, plus `bonus` when their
/// dates agree. Average linkage on a dense table of summed links: a corpus
/// of one story has a link between almost every pair, so a sparse graph
/// saves nothing.
pub fn cluster(vectors: &[Vector], when: &When, join: f32, bonus: f32) -> Vec<Vec<usize>> {
    let n = vectors.len();
    if n > MAX_LINKED {
        return by_dates(when.days);
    }
    // sums[a * n + b]: summed links between clusters a and b; -inf = may
    // never merge (dates too far apart), which later sums keep.
    let mut sums = all_pairs(vectors);
    for a in 0..n {
        for b in a + 1..n {
            let w = match when.agree(a, b) {
                Some(false) => f32::NEG_INFINITY,
                agree => {
                    let s = sums[a * n + b];
                    if s < FLOOR {
                        0.0
                    } else if agree == Some(true) {
                        s + bonus
                    } else {
                        s
                    }
                }
            };
            sums[a * n + b] = w;
            sums[b * n + a] = w;
        }
    }
    let mut size = vec![1f32; n];
    // Active: may still merge. A cluster whose every mean is below `join`
    // never will (merging others only averages its means), so it leaves.
    let mut active = vec![true; n];
    let mut alive = vec![true; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut span: Vec<Option<(i64, i64)>> = (0..n)
        .map(|i| when.days.get(i).copied().flatten().map(|d| (d, d)))
        .collect();
    // Nearest-neighbour chain: follow each cluster to its closest until two
    // are each other's closest, and merge those. For average linkage this
    // gives the merges of "highest mean first" in O(n²) overall.
    let mut chain: Vec<usize> = Vec::new();
    let mut next_start = 0;
    loop {
        let a = match chain.last() {
            Some(&a) => a,
            None => {
                while next_start < n && !active[next_start] {
                    next_start += 1;
                }
                if next_start == n {
                    break;
                }
                chain.push(next_start);
                continue;
            }
        };
        let prev = chain.len().checked_sub(2).map(|i| chain[i]);
        let mut best = (f32::NEG_INFINITY, usize::MAX);
        for b in (0..n).filter(|&b| b != a && active[b]) {
            let m = sums[a * n + b] / (size[a] * size[b]);
            // Ties go to the chain's previous link, so the chain cannot cycle.
            if m > best.0 || (m == best.0 && Some(b) == prev) {
                best = (m, b);
            }
        }
        let (m, b) = best;
        if b == usize::MAX || m < join {
            active[a] = false;
            chain.pop();
            continue;
        }
        if Some(b) != prev {
            chain.push(b);
            continue;
        }
        chain.pop();
        chain.pop();
        let fits = match (span[a], span[b]) {
            (Some((alo, ahi)), Some((blo, bhi))) => ahi.max(bhi) - alo.min(blo) <= WINDOW_DAYS,
            _ => true,
        };
        if !fits {
            // Spans only grow: this pair can never merge.
            sums[a * n + b] = f32::NEG_INFINITY;
            sums[b * n + a] = f32::NEG_INFINITY;
            continue;
        }
        let (keep, gone) = (a.min(b), a.max(b));
        alive[gone] = false;
        active[gone] = false;
        for k in (0..n).filter(|&k| alive[k] && k != keep) {
            let s = sums[keep * n + k] + sums[gone * n + k];
            sums[keep * n + k] = s;
            sums[k * n + keep] = s;
        }
        size[keep] += size[gone];
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        span[keep] = match (span[keep], span[gone]) {
            (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
            (x, None) | (None, x) => x,
        };
        next_start = next_start.min(keep);
    }
    let mut out: Vec<Vec<usize>> = members
        .into_iter()
        .zip(&alive)
        .filter(|(_, &a)| a)
        .map(|(mut m, _)| {
            m.sort_unstable();
            m
        })
        .collect();
    out.sort_unstable_by_key(|m| m.first().copied());
    out
}

/// Dated documents chained by the window from each event's first day;
/// undated ones together: the grouping of a corpus too large to link.
fn by_dates(days: &[Option<i64>]) -> Vec<Vec<usize>> {
    let mut dated: Vec<(i64, usize)> = days
        .iter()
        .enumerate()
        .filter_map(|(d, day)| day.map(|x| (x, d)))
        .collect();
    dated.sort_unstable();
    let mut out: Vec<(i64, Vec<usize>)> = Vec::new();
    for (day, d) in dated {
        match out.last_mut() {
            Some((first, ds)) if day - *first <= WINDOW_DAYS => ds.push(d),
            _ => out.push((day, vec![d])),
        }
    }
    let mut out: Vec<Vec<usize>> = out.into_iter().map(|(_, ds)| ds).collect();
    let undated: Vec<usize> = (0..days.len()).filter(|&d| days[d].is_none()).collect();
    if !undated.is_empty() {
        out.push(undated);
    }
    for ds in &mut out {
        ds.sort_unstable();
    }
    out.sort_unstable_by_key(|m| m.first().copied());
    out
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
    fn too_large_a_corpus_is_grouped_by_dates() {
        let days = vec![Some(0), Some(900), None, Some(10), None];
        assert_eq!(by_dates(&days), vec![vec![0, 3], vec![1], vec![2, 4]]);
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
