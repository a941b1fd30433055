//! Second memberships: a sentence often carries more than one fact ("the
//! booster flew back and was caught by the tower's arms on its fifth
//! flight"), yet clustering puts each item in one claim. After clustering,
//! an item also joins every other claim it is, on the whole, as close to as
//! the claim's own members are to one another: the sum of its links to the
//! claim's members in other documents, over the claim's size, reaches the
//! bar, with links to at least half of them. Averaging over the whole claim,
//! and asking for links to half of it, keep one close wording (often a
//! sentence that itself tells two facts) from pulling in a sentence that
//! shares a single detail.

use rustc_hash::FxHashMap as HashMap;

/// Every cluster extended by the items that also belong to it: the item's
/// links `(a, b, w)` to members of the cluster in other documents sum to at
/// least `bar` × the cluster's size, and reach at least half its members.
/// Clusters of one document take no extra members (they are not claims).
/// Result is deterministic: members sorted, clusters in input order.
pub fn extend(
    clusters: &[Vec<usize>],
    links: &[(usize, usize, f32)],
    doc_of: &[usize],
    bar: f32,
    most: usize,
    conflict: impl Fn(usize, usize) -> bool,
) -> Vec<Vec<usize>> {
    let mut owner: HashMap<usize, usize> = HashMap::default();
    let mut multi_doc = vec![false; clusters.len()];
    for (ci, c) in clusters.iter().enumerate() {
        let first = c.first().and_then(|&g| doc_of.get(g));
        multi_doc[ci] = c.iter().any(|&g| doc_of.get(g) != first);
        for &g in c {
            owner.insert(g, ci);
        }
    }
    // (item, cluster) -> summed link weight to members in other documents,
    // and how many members those links reach.
    let mut sums: HashMap<(usize, usize), (f32, usize)> = HashMap::default();
    for &(a, b, w) in links {
        let (Some(&da), Some(&db)) = (doc_of.get(a), doc_of.get(b)) else {
            continue;
        };
        if da == db {
            continue;
        }
        for (item, member) in [(a, b), (b, a)] {
            let Some(&ci) = owner.get(&member) else {
                continue;
            };
            if owner.get(&item) != Some(&ci) && multi_doc[ci] {
                let e = sums.entry((item, ci)).or_insert((0.0, 0));
                e.0 += w;
                e.1 += 1;
            }
        }
    }
    // Each item takes at most `most` further claims, its closest: a
    // sentence rarely tells more than a few of the facts outlets repeat,
    // and every extra membership it takes links it to a whole claim.
    let mut best: HashMap<usize, Vec<(f32, usize)>> = HashMap::default();
    for ((item, ci), (s, reached)) in sums {
        let members = clusters.get(ci).map_or(0, Vec::len);
        let size = members as f32;
        if members == 0 || s / size < bar || 2 * reached < members {
            continue;
        }
        best.entry(item).or_default().push((s / size, ci));
    }
    // Closest joins first; an item that names other people or other figures
    // than a member already there (one who joined before it included) stays
    // out: a claim that gathered "the cut was half a point" cannot also take
    // "one governor wanted a quarter point", even through a member that
    // mentions both.
    let mut joins: Vec<(f32, usize, usize)> = Vec::new();
    for (item, mut cs) in best {
        cs.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        joins.extend(cs.into_iter().take(most).map(|(mean, ci)| (mean, ci, item)));
    }
    joins.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut out: Vec<Vec<usize>> = clusters.to_vec();
    for (_, ci, item) in joins {
        if let Some(c) = out.get_mut(ci) {
            if c.iter().all(|&m| !conflict(m, item)) {
                c.push(item);
            }
        }
    }
    for c in &mut out {
        c.sort_unstable();
        c.dedup();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_close_to_a_whole_claim_joins_it_too() {
        // Claim A = {0 (doc 0), 1 (doc 1)}, claim B = {2 (doc 2), 3 (doc 3)}.
        // Item 4 (doc 4) is in A and close to both members of B.
        let clusters = vec![vec![0, 1, 4], vec![2, 3]];
        let doc_of = [0, 1, 2, 3, 4];
        let links = vec![
            (0, 1, 0.6),
            (2, 3, 0.6),
            (0, 4, 0.5),
            (2, 4, 0.4),
            (3, 4, 0.35),
        ];
        let out = extend(&clusters, &links, &doc_of, 0.3, 1, |_, _| false);
        assert_eq!(out, vec![vec![0, 1, 4], vec![2, 3, 4]]);
    }

    #[test]
    fn one_close_member_of_a_large_claim_is_not_enough() {
        let clusters = vec![vec![0, 1, 2, 3], vec![4]];
        let doc_of = [0, 1, 2, 3, 4];
        let links = vec![(0, 4, 0.9)];
        let out = extend(&clusters, &links, &doc_of, 0.3, 1, |_, _| false);
        assert_eq!(out, clusters);
    }

    #[test]
    fn one_close_member_is_not_enough_however_close() {
        // Claims {0, 1, 2} and {3, 4, 5}; 0 and 3 are very close (sentences
        // telling two facts), so close that the link alone reaches the bar.
        let clusters = vec![vec![0, 1, 2], vec![3, 4, 5]];
        let doc_of = [0, 1, 2, 3, 4, 5];
        let mut links = vec![
            (0, 1, 0.9),
            (1, 2, 0.9),
            (3, 4, 0.9),
            (4, 5, 0.9),
            (0, 3, 0.99),
        ];
        let out = extend(&clusters, &links, &doc_of, 0.3, 1, |_, _| false);
        assert_eq!(out, clusters);
        // Close to two of the three members, 3 joins the first claim too.
        links.push((1, 3, 0.5));
        let out = extend(&clusters, &links, &doc_of, 0.3, 1, |_, _| false);
        assert_eq!(out, vec![vec![0, 1, 2, 3], vec![3, 4, 5]]);
    }

    #[test]
    fn links_within_a_document_and_single_document_clusters_do_not_count() {
        let clusters = vec![vec![0, 1], vec![2]];
        let doc_of = [0, 0, 1];
        // Item 2 is close to both, but the cluster {0, 1} is one document's.
        let links = vec![(0, 2, 0.9), (1, 2, 0.9)];
        assert_eq!(
            extend(&clusters, &links, &doc_of, 0.3, 1, |_, _| false),
            clusters
        );
        let clusters = vec![vec![0, 2], vec![1]];
        // Item 1 shares a document with member 0: only its link to 2 counts.
        let links = vec![(0, 1, 0.9), (1, 2, 0.7), (0, 2, 0.5)];
        assert_eq!(
            extend(&clusters, &links, &doc_of, 0.3, 1, |_, _| false),
            vec![vec![0, 1, 2], vec![1]]
        );
        let links = vec![(0, 1, 0.9), (1, 2, 0.5), (0, 2, 0.5)];
        assert_eq!(
            extend(&clusters, &links, &doc_of, 0.3, 1, |_, _| false),
            clusters
        );
    }
}
