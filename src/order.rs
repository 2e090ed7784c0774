//! Stable sorting through one shared instance of the standard library's sort.
//!
//! Every `sort_by_key` or `sort_unstable` call on a new element type compiles the standard
//! library's sort again (driftsort or ipnsort, each a few KB of wasm). The few sorts this crate
//! does are over short lists (dates, findings, checklist items, saved analyses), so they share
//! one: indices are sorted with the comparison behind a `dyn`, and the list is then put in that
//! order. `clippy.toml` keeps the standard sorts out of the crate; collecting into a
//! `BTreeMap` or `BTreeSet` sorts too, so maps are filled by inserting.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    // Lists often come in order already (offsets found left to right): leave them, unallocated.
    if items.is_sorted_by(|a, b| compare(a, b).is_le()) {
        return;
    }
    let order = sorted_indices(items.len(), &|a, b| compare(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .map(|i| taken[i].take().expect("each index once")),
    );
}

/// Sorts `items` stably by `key`.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// `0..len` in the order `compare` puts the items at those indices, stably. The one place the
/// standard sort is instantiated.
#[inline(never)]
#[allow(clippy::disallowed_methods)]
fn sorted_indices(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with the standard sort
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let cases: &[&[(u8, char)]] = &[
            &[],
            &[(1, 'a')],
            &[(3, 'a'), (1, 'b'), (2, 'c')],
            // Already in order, with equal keys: left as it is.
            &[(1, 'a'), (1, 'b'), (2, 'c')],
            // Equal keys keep their order.
            &[(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (2, 'e')],
            &[(5, 'a'), (4, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (0, 'f')],
        ];
        for &case in cases {
            let mut ours = case.to_vec();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut theirs = case.to_vec();
            theirs.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, theirs, "{case:?}");
        }
        // Longer lists, reversed order, and owned values that must each move exactly once.
        let mut words: Vec<String> = (0..500)
            .map(|i| format!("{:03}", (i * 7919) % 1000))
            .collect();
        let mut expected = words.clone();
        expected.sort_by(|a, b| b.cmp(a));
        sort_by(&mut words, |a, b| b.cmp(a));
        assert_eq!(words, expected);
    }
}
