//! Sorting with comparators through one shared instance of the standard sort.
//!
//! Every `sort_by` call site with its own closure and element type compiles
//! the standard library's sort afresh: several KB of Wasm each at opt-level 3,
//! about an eighth of the shipped code before this module. Here the sort runs
//! once over indices with a `dyn` comparator, and only the small permutation
//! step is generic.
//!
//! The claim engine's hot loops sort short lists ~100,000 times on 1,000
//! articles, where an index allocation and a `dyn` call per comparison
//! would cost time: `sort_hot` sorts those in place, by insertion when short
//! and by heapsort beyond (a few hundred bytes per element type, where the
//! standard unstable sort is ~8 KB each).
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

/// Unstable in-place sort for hot loops over mostly short slices: for
/// elements whose order among equals does not matter.
pub fn sort_hot<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    const SHORT: usize = 20;
    if v.len() <= SHORT {
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    // Heapsort: a max-heap, then the largest swapped to the end one by one.
    let n = v.len();
    let mut sift = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && cmp(&v[child], &v[child + 1]) == Ordering::Less {
            child += 1;
        }
        if cmp(&v[root], &v[child]) != Ordering::Less {
            break;
        }
        v.swap(root, child);
        root = child;
    };
    for root in (0..n / 2).rev() {
        sift(v, root, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
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
    fn hot_sort_sorts_short_and_long_slices() {
        let mut seed = 11u32;
        for len in [0usize, 1, 2, 7, 20, 21, 100, 1000] {
            let mut v: Vec<u32> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    (seed >> 16) % 50
                })
                .collect();
            let mut expected = v.clone();
            expected.sort();
            sort_hot(&mut v, u32::cmp);
            assert_eq!(v, expected, "len {len}");
            sort_hot(&mut v, |a, b| b.cmp(a));
            expected.reverse();
            assert_eq!(v, expected, "len {len}, descending");
        }
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
