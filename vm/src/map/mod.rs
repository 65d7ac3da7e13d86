//! Erlang maps, laid out and ordered as ERTS 13 (OTP 25) lays them out and orders them.
//!
//! A map of at most [`FLATMAP_LIMIT`] keys is a *flatmap*: keys sorted in exact term order
//! ([`cmp_exact`]) with their values. A larger map is a hash array mapped trie keyed by ERTS's
//! internal hash ([`map_hash`]), so iterating, printing and encoding a map visit its keys in the
//! order erl visits the same keys. Layouts are in [`layout`]; the trie in `trie`.
//!
//! Representation changes follow erl: a flatmap that grows past [`FLATMAP_LIMIT`] keys becomes a
//! trie, and a trie that shrinks to [`FLATMAP_LIMIT`] keys (`maps:remove/2`, `maps:take/2`)
//! becomes a flatmap again; building a map from pairs gives a flatmap exactly when it has at most
//! [`FLATMAP_LIMIT`] distinct keys.
//!
//! Orders: a flatmap iterates in key order. A trie iterates in hash order (`maps:iterator/1`,
//! `maps:next/1`, printing), while `maps:to_list/1`, `maps:keys/1`, `maps:values/1` and
//! `term_to_binary/1` produce the reverse of that order, as erl does.
//!
//! Every function builds through a [`TermAlloc`] and never collects garbage; failures are
//! [`MapError`] values that the BIF layer turns into erl's exceptions. Terms returned stay valid
//! until the owner's next garbage collection.

mod build;
mod flat;
mod hash;
mod inspect;
mod iter;
pub mod layout;
mod next;
mod order;
mod trie;

#[cfg(test)]
mod tests;

pub use crate::ops::compare::{compare_exact as cmp_exact, exact_equal as eq_exact};
pub use build::{map_from_pairs, Duplicates};
pub use hash::{internal_hash, map_hash};
pub use inspect::{flat_keys_tuple, object_kind, trie_children, trie_info, MapObject, TrieInfo};
pub use iter::{key_hash_cmp, MapIter};
pub use layout::FLATMAP_LIMIT;
pub use next::{map_next, NextMode};
pub(crate) use order::{TrieOrder, TrieStep};

use crate::heap::TermAlloc;
use crate::term::Term;
use layout::{new_flatmap, MapNode};

/// Why a map operation failed; the BIF layer raises the matching exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapError {
    /// The term is not a map: `{badmap, Term}`.
    BadMap(Term),
    /// The key is not in the map: `{badkey, Key}`.
    BadKey(Term),
    /// An argument has the wrong shape: `badarg`.
    BadArg,
    /// The atom table is full: `system_limit`.
    SystemLimit,
}

/// The map object of `map`, or `BadMap`.
fn node(map: Term) -> Result<MapNode, MapError> {
    MapNode::of(map).ok_or(MapError::BadMap(map))
}

/// Whether `t` is a map (`is_map/1`).
pub fn is_map(t: Term) -> bool {
    MapNode::of(t).is_some()
}

/// The number of keys (`map_size/1`).
pub fn size(map: Term) -> Result<usize, MapError> {
    Ok(node(map)?.size())
}

/// The empty map `#{}`.
pub fn new(heap: &mut impl TermAlloc) -> Term {
    new_flatmap(heap, &[], &[])
}

/// The value of `key` (`maps:find/2`, `maps:get/2`, `map_get/2`), or `None`.
pub fn get(map: Term, key: Term) -> Result<Option<Term>, MapError> {
    let m = node(map)?;
    Ok(if m.is_flat() {
        flat::get(m, key)
    } else {
        trie::get(m, key)
    })
}

/// Whether `key` is in the map (`maps:is_key/2`, `is_map_key/2`).
pub fn is_key(map: Term, key: Term) -> Result<bool, MapError> {
    Ok(get(map, key)?.is_some())
}

/// The map with `key => value` (`maps:put/3`, the `=>` update). Returns `map` itself when the key
/// already maps to this very value.
pub fn put(heap: &mut impl TermAlloc, key: Term, value: Term, map: Term) -> Result<Term, MapError> {
    let m = node(map)?;
    if m.is_flat() {
        return Ok(flat::put(heap, m, key, value));
    }
    Ok(match trie::insert(heap, m, key, value, false) {
        trie::Insert::Map(t) => t,
        trie::Insert::Unchanged | trie::Insert::Absent => map,
    })
}

/// The map with the existing `key` set to `value` (`maps:update/3`, the `:=` update);
/// `BadKey` if the key is absent.
pub fn update(
    heap: &mut impl TermAlloc,
    key: Term,
    value: Term,
    map: Term,
) -> Result<Term, MapError> {
    let m = node(map)?;
    if m.is_flat() {
        return flat::update(heap, m, key, value).ok_or(MapError::BadKey(key));
    }
    match trie::insert(heap, m, key, value, true) {
        trie::Insert::Map(t) => Ok(t),
        trie::Insert::Unchanged => Ok(map),
        trie::Insert::Absent => Err(MapError::BadKey(key)),
    }
}

/// Removes `key`: the removed value and the new map (`maps:take/2`), or `None` when the key is
/// absent.
pub fn take(
    heap: &mut impl TermAlloc,
    key: Term,
    map: Term,
) -> Result<Option<(Term, Term)>, MapError> {
    let m = node(map)?;
    Ok(if m.is_flat() {
        flat::remove(heap, m, key)
    } else {
        trie::remove(heap, m, key)
    })
}

/// The map without `key` (`maps:remove/2`); `map` itself when the key is absent.
pub fn remove(heap: &mut impl TermAlloc, key: Term, map: Term) -> Result<Term, MapError> {
    Ok(take(heap, key, map)?.map_or(map, |(_, m)| m))
}

/// Puts several pairs in order, later ones winning (`put_map_assoc` with many keys).
pub fn put_many(
    heap: &mut impl TermAlloc,
    map: Term,
    pairs: &[(Term, Term)],
) -> Result<Term, MapError> {
    let m = node(map)?;
    if pairs.len() > 1 && m.size() + pairs.len() > FLATMAP_LIMIT && m.is_flat() {
        // Growing a flatmap into a trie: build it once from all pairs.
        let all: Vec<(Term, Term)> = m
            .flat_keys()
            .iter()
            .copied()
            .zip(m.flat_values().iter().copied())
            .chain(pairs.iter().copied())
            .collect();
        return map_from_pairs(heap, &all, Duplicates::LastWins).map_err(|_| MapError::BadArg);
    }
    let mut result = map;
    for &(k, v) in pairs {
        result = put(heap, k, v, result)?;
    }
    Ok(result)
}

/// Updates several existing keys in order (`put_map_exact` with many keys); `BadKey` for the
/// first absent key.
pub fn update_many(
    heap: &mut impl TermAlloc,
    map: Term,
    pairs: &[(Term, Term)],
) -> Result<Term, MapError> {
    node(map)?;
    let mut result = map;
    for &(k, v) in pairs {
        result = update(heap, k, v, result)?;
    }
    Ok(result)
}

/// The maps merged, keys of `b` winning (`maps:merge/2`).
pub fn merge(heap: &mut impl TermAlloc, a: Term, b: Term) -> Result<Term, MapError> {
    let ma = node(a)?;
    let mb = node(b)?;
    if a == b {
        return Ok(a);
    }
    if mb.size() == 0 {
        return Ok(a);
    }
    if ma.size() == 0 {
        return Ok(b);
    }
    let pairs: Vec<(Term, Term)> = MapIter::new(ma).chain(MapIter::new(mb)).collect();
    map_from_pairs(heap, &pairs, Duplicates::LastWins).map_err(|_| MapError::BadArg)
}

/// An iterator over the map's pairs in iteration order (see the module docs).
pub fn iter(map: Term) -> Result<MapIter, MapError> {
    Ok(MapIter::new(node(map)?))
}

/// The map's pairs in the order lists are consed from them: the last element of the result list
/// first. `to_list` order is key order for a flatmap and the reverse of iteration order for a
/// trie, so a flatmap's pairs come last to first and a trie's in iteration order.
fn cons_order(map: Term) -> Result<Vec<(Term, Term)>, MapError> {
    let m = node(map)?;
    let mut pairs: Vec<(Term, Term)> = MapIter::new(m).collect();
    if m.is_flat() {
        pairs.reverse();
    }
    Ok(pairs)
}

/// `[{Key, Value}]` (`maps:to_list/1`).
pub fn to_list(heap: &mut impl TermAlloc, map: Term) -> Result<Term, MapError> {
    let mut list = Term::NIL;
    for (k, v) in cons_order(map)? {
        let pair = heap.tuple(&[k, v]);
        list = heap.cons(pair, list);
    }
    Ok(list)
}

/// The keys (`maps:keys/1`), in `to_list` order.
pub fn keys(heap: &mut impl TermAlloc, map: Term) -> Result<Term, MapError> {
    let mut list = Term::NIL;
    for (k, _) in cons_order(map)? {
        list = heap.cons(k, list);
    }
    Ok(list)
}

/// The values (`maps:values/1`), in `to_list` order.
pub fn values(heap: &mut impl TermAlloc, map: Term) -> Result<Term, MapError> {
    let mut list = Term::NIL;
    for (_, v) in cons_order(map)? {
        list = heap.cons(v, list);
    }
    Ok(list)
}

/// Collects the elements of a proper list; `BadArg` for anything else.
fn list_elements(list: Term) -> Result<Vec<Term>, MapError> {
    let mut out = Vec::new();
    let mut rest = list;
    while let Some((head, tail)) = rest.as_cons() {
        out.push(head);
        rest = tail;
    }
    if rest.is_nil() {
        Ok(out)
    } else {
        Err(MapError::BadArg)
    }
}

/// A map from a list of `{Key, Value}` tuples, later keys winning (`maps:from_list/1`).
pub fn from_list(heap: &mut impl TermAlloc, list: Term) -> Result<Term, MapError> {
    let pairs = list_elements(list)?
        .into_iter()
        .map(|t| match t.tuple_elements() {
            Some(&[k, v]) => Ok((k, v)),
            _ => Err(MapError::BadArg),
        })
        .collect::<Result<Vec<_>, _>>()?;
    map_from_pairs(heap, &pairs, Duplicates::LastWins).map_err(|_| MapError::BadArg)
}

/// A map from a list of keys, all mapping to `value` (`maps:from_keys/2`).
pub fn from_keys(heap: &mut impl TermAlloc, list: Term, value: Term) -> Result<Term, MapError> {
    let pairs: Vec<(Term, Term)> = list_elements(list)?
        .into_iter()
        .map(|k| (k, value))
        .collect();
    map_from_pairs(heap, &pairs, Duplicates::LastWins).map_err(|_| MapError::BadArg)
}
