//! Operations on flatmaps: at most [`FLATMAP_LIMIT`] keys, sorted in exact term order, in a keys
//! tuple that updates of existing keys share with the original map.

use super::layout::{new_flatmap, write_flatmap, MapNode, FLATMAP_LIMIT};
use super::trie::{build, sort_and_dedupe, Entry};
use super::{cmp_exact, eq_exact};
use crate::heap::TermAlloc;
use crate::term::Term;
use std::cmp::Ordering;

/// The index of `key` among a flatmap's keys.
pub(crate) fn find(map: MapNode, key: Term) -> Option<usize> {
    let keys = map.flat_keys();
    if key.is_immediate() {
        keys.iter().position(|&k| k == key)
    } else {
        keys.iter().position(|&k| eq_exact(k, key))
    }
}

/// The value of `key`.
pub(crate) fn get(map: MapNode, key: Term) -> Option<Term> {
    find(map, key).map(|i| map.flat_values()[i])
}

/// The map with the value at `index` replaced (the keys tuple is shared).
fn replace_value(heap: &mut impl TermAlloc, map: MapNode, index: usize, value: Term) -> Term {
    if map.flat_values()[index] == value {
        return map.term();
    }
    let mut values = map.flat_values().to_vec();
    values[index] = value;
    write_flatmap(heap, map.flat_keys_tuple(), &values)
}

/// Puts `key => value`: replaces an existing key's value, or inserts the key in order; a map that
/// grows beyond [`FLATMAP_LIMIT`] keys becomes a hash trie.
pub(crate) fn put(heap: &mut impl TermAlloc, map: MapNode, key: Term, value: Term) -> Term {
    if let Some(i) = find(map, key) {
        return replace_value(heap, map, i, value);
    }
    let (keys, values) = (map.flat_keys(), map.flat_values());
    if keys.len() >= FLATMAP_LIMIT {
        let mut entries: Vec<Entry> = keys
            .iter()
            .zip(values)
            .map(|(&k, &v)| Entry::new(k, v))
            .chain(std::iter::once(Entry::new(key, value)))
            .collect();
        // Keys are distinct, so this only sorts.
        let _ = sort_and_dedupe(&mut entries, false);
        return build(heap, &mut entries);
    }
    let at = keys.partition_point(|&k| cmp_exact(k, key) == Ordering::Less);
    let mut new_keys = Vec::with_capacity(keys.len() + 1);
    new_keys.extend_from_slice(&keys[..at]);
    new_keys.push(key);
    new_keys.extend_from_slice(&keys[at..]);
    let mut new_values = Vec::with_capacity(values.len() + 1);
    new_values.extend_from_slice(&values[..at]);
    new_values.push(value);
    new_values.extend_from_slice(&values[at..]);
    new_flatmap(heap, &new_keys, &new_values)
}

/// Replaces the value of an existing key; `None` if the key is absent.
pub(crate) fn update(
    heap: &mut impl TermAlloc,
    map: MapNode,
    key: Term,
    value: Term,
) -> Option<Term> {
    let i = find(map, key)?;
    Some(replace_value(heap, map, i, value))
}

/// Removes `key`: the removed value and the new map, or `None` if the key is absent.
pub(crate) fn remove(heap: &mut impl TermAlloc, map: MapNode, key: Term) -> Option<(Term, Term)> {
    let i = find(map, key)?;
    let (keys, values) = (map.flat_keys(), map.flat_values());
    let new_keys: Vec<Term> = keys[..i].iter().chain(&keys[i + 1..]).copied().collect();
    let new_values: Vec<Term> = values[..i]
        .iter()
        .chain(&values[i + 1..])
        .copied()
        .collect();
    Some((values[i], new_flatmap(heap, &new_keys, &new_values)))
}
