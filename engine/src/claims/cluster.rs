//! Average-linkage clustering over a sparse link graph. Two clusters merge
//! when the mean similarity over all their member pairs (a missing link
//! counts as zero) reaches `join`: a fact told by many outlets gathers as
//! long as its wordings are on the whole close, yet a chain of pairwise
//! neighbours (A~B, B~C, C~D) cannot pull unrelated ends together, since the
//! far pairs drag the mean down. Nor do two clusters of several members
//! merge when every link between them runs through one item: that item is
//! most often a sentence telling two facts, and it joins the second claim
//! as a second membership instead (membership.rs). Clusters may hold
//! several units of one document: a headline, a lead and a quote of one
//! article often tell the same fact.

use rustc_hash::FxHashMap as HashMap;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A proposed merge; the heap pops the highest mean first, ties by ids so
/// the result does not depend on insertion order.
struct Merge {
    mean: f32,
    a: usize,
    b: usize,
}

impl PartialEq for Merge {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Merge {}
impl PartialOrd for Merge {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Merge {
    fn cmp(&self, o: &Self) -> Ordering {
        self.mean
            .total_cmp(&o.mean)
            .then_with(|| (o.a, o.b).cmp(&(self.a, self.b)))
    }
}

struct Cluster {
    members: Vec<usize>,
    /// Sum of link weights to each neighbouring cluster.
    sums: HashMap<usize, f32>,
}

/// Clusters of `0..n` (each sorted, ordered by first member) from weighted
/// links `(a, b, w)`: merge greedily by the highest mean link weight while it
/// is at least `join`. `weight_of(i)` is how many units item `i` stands for.
pub fn average_linkage(
    n: usize,
    links: &[(usize, usize, f32)],
    weight_of: impl Fn(usize) -> f32,
    join: f32,
) -> Vec<Vec<usize>> {
    let mut clusters: Vec<Option<Cluster>> = (0..n)
        .map(|i| {
            Some(Cluster {
                members: vec![i],
                sums: HashMap::default(),
            })
        })
        .collect();
    let mut size: Vec<f32> = (0..n).map(&weight_of).collect();
    let mut owner: Vec<usize> = (0..n).collect();
    let mut adjacent: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b, w) in links {
        if a == b || a >= n || b >= n {
            continue;
        }
        if w > 0.0 {
            adjacent[a].push(b);
            adjacent[b].push(a);
        }
        for (x, y) in [(a, b), (b, a)] {
            if let Some(c) = clusters[x].as_mut() {
                *c.sums.entry(y).or_insert(0.0) += w;
            }
        }
    }
    let mean = |sum: f32, sa: f32, sb: f32| sum / (sa * sb).max(f32::MIN_POSITIVE);
    let mut heap = BinaryHeap::new();
    for (a, c) in clusters.iter().enumerate() {
        let Some(c) = c else { continue };
        for (&b, &s) in &c.sums {
            let m = mean(s, size[a], size[b]);
            if a < b && m >= join {
                heap.push(Merge { mean: m, a, b });
            }
        }
    }
    while let Some(Merge { mean: m, a, b }) = heap.pop() {
        // Stale entries (a side merged away, or sums changed) are skipped:
        // every change pushes a fresh entry.
        let current = match (&clusters[a], &clusters[b]) {
            (Some(x), Some(_)) => x.sums.get(&b).map(|&s| mean(s, size[a], size[b])),
            _ => None,
        };
        if current != Some(m) || one_item_bridges(&clusters, &owner, &adjacent, a, b) {
            continue;
        }
        let (keep, gone) = {
            let la = clusters[a].as_ref().map_or(0, |c| c.sums.len());
            let lb = clusters[b].as_ref().map_or(0, |c| c.sums.len());
            if la >= lb {
                (a, b)
            } else {
                (b, a)
            }
        };
        let Some(g) = clusters[gone].take() else {
            continue;
        };
        size[keep] += size[gone];
        let mut moved: Vec<(usize, f32)> = g.sums.into_iter().filter(|&(c, _)| c != keep).collect();
        moved.sort_unstable_by_key(|x| x.0);
        for &(c, s) in &moved {
            if let Some(other) = clusters[c].as_mut() {
                other.sums.remove(&gone);
                *other.sums.entry(keep).or_insert(0.0) += s;
            }
        }
        let Some(k) = clusters[keep].as_mut() else {
            continue;
        };
        k.sums.remove(&gone);
        for (c, s) in moved {
            *k.sums.entry(c).or_insert(0.0) += s;
        }
        for &i in &g.members {
            owner[i] = keep;
        }
        k.members.extend(g.members);
        let mut fresh: Vec<(usize, f32)> = k.sums.iter().map(|(&c, &s)| (c, s)).collect();
        fresh.sort_unstable_by_key(|x| x.0);
        for (c, s) in fresh {
            let m = mean(s, size[keep], size[c]);
            if m >= join {
                heap.push(Merge {
                    mean: m,
                    a: keep.min(c),
                    b: keep.max(c),
                });
            }
        }
    }
    let mut out: Vec<Vec<usize>> = clusters
        .into_iter()
        .flatten()
        .map(|mut c| {
            c.members.sort_unstable();
            c.members
        })
        .collect();
    out.sort_unstable_by_key(|m| m.first().copied());
    out
}

/// Whether clusters `a` and `b`, both of several members, are linked only
/// through one member of either side.
fn one_item_bridges(
    clusters: &[Option<Cluster>],
    owner: &[usize],
    adjacent: &[Vec<usize>],
    a: usize,
    b: usize,
) -> bool {
    let touching = |from: usize, to: usize| {
        clusters[from].as_ref().map_or(0, |c| {
            c.members
                .iter()
                .filter(|&&i| adjacent[i].iter().any(|&j| owner[j] == to))
                .take(2)
                .count()
        })
    };
    let several = |c: usize| clusters[c].as_ref().is_some_and(|c| c.members.len() > 1);
    several(a) && several(b) && (touching(a, b) < 2 || touching(b, a) < 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(n: usize, links: &[(usize, usize, f32)], join: f32) -> Vec<Vec<usize>> {
        average_linkage(n, links, |_| 1.0, join)
    }

    #[test]
    fn a_fact_told_many_ways_gathers() {
        // Five wordings, each linked to most others: one cluster.
        let mut links = Vec::new();
        for a in 0..5 {
            for b in a + 1..5 {
                if (a + b) % 4 != 0 {
                    links.push((a, b, 0.5));
                }
            }
        }
        assert_eq!(run(5, &links, 0.3), vec![vec![0, 1, 2, 3, 4]]);
    }

    #[test]
    fn no_chaining_through_a_middle_item() {
        // a~b, b~c, c~d only: the far pairs keep the mean low.
        let links = vec![(0, 1, 0.6), (1, 2, 0.55), (2, 3, 0.6)];
        assert_eq!(run(4, &links, 0.3), vec![vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn two_claims_linked_only_through_one_item_stay_apart() {
        // {0, 1, 2} and {3, 4} are linked only through item 0 (it tells
        // both facts), though its links alone lift the mean over the bar.
        let mut links = vec![(0, 1, 0.99), (0, 2, 0.95), (1, 2, 0.9), (3, 4, 0.95)];
        links.extend([(0, 3, 0.98), (0, 4, 0.96)]);
        assert_eq!(run(5, &links, 0.3), vec![vec![0, 1, 2], vec![3, 4]]);
        // With a second item linking across, they are one claim.
        links.push((1, 3, 0.5));
        assert_eq!(run(5, &links, 0.3), vec![vec![0, 1, 2, 3, 4]]);
    }

    #[test]
    fn weak_links_stay_apart_and_result_is_order_free() {
        let links = vec![(0, 1, 0.1), (2, 3, 0.9)];
        assert_eq!(run(4, &links, 0.3), vec![vec![0], vec![1], vec![2, 3]]);
        let mut rev = links.clone();
        rev.reverse();
        assert_eq!(run(4, &rev, 0.3), run(4, &links, 0.3));
    }
}
