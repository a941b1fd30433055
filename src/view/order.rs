//! Sorting for the views, through one instance of std's stable sort.
//!
//! Every `sort_by` on its own element type and comparator compiles a copy
//! of the whole algorithm (driftsort: about 3.5 KB of Wasm each, sixteen
//! copies in the views). These sort a list of indices with a comparator
//! behind `dyn`, so one copy serves them all, then move the items into
//! that order. Same stable order as `slice::sort_by`.

use std::cmp::Ordering;

/// `items.sort_by(cmp)`: stable, equal items keep their order.
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &mut |a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// `items.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)))
}

/// `items.sort()`.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp)
}

#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_std_does_and_is_stable() {
        let items: Vec<(u8, usize)> = [3u8, 1, 2, 1, 3, 0, 2, 1]
            .into_iter()
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |x| x.0);
        let mut std = items.clone();
        std.sort_by_key(|x| x.0);
        assert_eq!(ours, std);
        let mut ours = items.clone();
        sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
        let mut std = items;
        std.sort_by_key(|b| std::cmp::Reverse(b.0));
        assert_eq!(ours, std);
        let mut words = vec!["b", "c", "a"];
        sort(&mut words);
        assert_eq!(words, ["a", "b", "c"]);
        let mut none: Vec<String> = Vec::new();
        sort(&mut none);
        assert!(none.is_empty());
    }
}
