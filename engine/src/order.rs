//! Sorting with comparators through one shared instance of the standard sort.
//!
//! Every `sort_by` call site with its own closure and element type compiles
//! the standard library's sort afresh: several KB of Wasm each at opt-level 3,
//! about an eighth of the shipped code before this module. Here the sort runs
//! once over indices with a `dyn` comparator, and only the small permutation
//! step is generic.
//!
//! Sorts in the claim engine's per-unit hot loops (plain numbers, called
//! ~100,000 times on 1,000 articles) keep the standard sort: there the index
//! allocation per call costs more time than the shared code saves bytes.
//!
//! The index sort is unstable internally but ties fall back to the original
//! index, so every sort here is stable and deterministic.

use std::cmp::Ordering;

/// Stable sort of `v` by `cmp` (equal elements keep their order).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        permutation(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    apply(v, order);
}

/// Stable sort of `v` by a key (computed per comparison: keep keys cheap).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts by the elements' own order.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The indices `0..n` in sorted order; ties keep index order, so the result
/// is stable and deterministic whatever the comparator.
fn permutation(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_unstable_by(|&a, &b| cmp(a, b).then(a.cmp(&b)));
    idx
}

/// Moves `v[order[k]]` to position `k` for every `k`, following each cycle
/// of the permutation once (linear, no clones).
fn apply<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_equal_elements_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
    }

    #[test]
    fn owned_values_survive_the_permutation() {
        let mut v: Vec<String> = ["pear", "fig", "apple", "kiwi"].map(String::from).to_vec();
        sort_by_key(&mut v, |s| s.len());
        assert_eq!(v, ["fig", "pear", "kiwi", "apple"]);
        let mut empty: Vec<String> = Vec::new();
        sort_by(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }

    #[test]
    fn matches_the_standard_stable_sort_on_many_shapes() {
        // A small deterministic generator: long cycles, duplicates, runs.
        let mut seed = 7u32;
        for len in [2usize, 3, 5, 17, 64, 257] {
            let mut v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 7, i)
                })
                .collect();
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            sort_by_key(&mut v, |p| p.0);
            assert_eq!(v, expected, "len {len}");
        }
    }
}
