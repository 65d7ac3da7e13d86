//! Walking a map's associations in erl's iteration order.
//!
//! A flatmap is walked in key order. A hash trie is walked depth first, children in slot order,
//! which orders its keys by their hashes (lowest four bits first); this is the order of
//! `maps:iterator/1` and `maps:next/1` and of printing. `maps:to_list/1`, `maps:keys/1` and
//! `maps:values/1` build their lists by consing in this order, so for a trie they come out
//! reversed (see [`super::to_list`]).

use super::hash::map_hash;
use super::layout::MapNode;
use crate::term::Term;
use std::cmp::Ordering;

/// An iterator over a map's `(key, value)` pairs in iteration order.
///
/// Like every borrowed view of heap terms, it must not be kept across a garbage collection.
#[derive(Clone, Debug)]
pub struct MapIter {
    /// For a flatmap: the map and the next index.
    flat: Option<(MapNode, usize)>,
    /// For a trie: the nodes on the path to the next leaf, each with its next child index.
    stack: Vec<(MapNode, usize)>,
}

impl MapIter {
    /// An iterator over `map`, which the caller has checked to be a map.
    pub(crate) fn new(map: MapNode) -> MapIter {
        if map.is_flat() {
            MapIter {
                flat: Some((map, 0)),
                stack: Vec::new(),
            }
        } else {
            MapIter {
                flat: None,
                stack: vec![(map, 0)],
            }
        }
    }
}

impl Iterator for MapIter {
    type Item = (Term, Term);

    fn next(&mut self) -> Option<(Term, Term)> {
        if let Some((map, index)) = &mut self.flat {
            let keys = map.flat_keys();
            let i = *index;
            if i < keys.len() {
                *index += 1;
                return Some((keys[i], map.flat_values()[i]));
            }
            return None;
        }
        while let Some((node, index)) = self.stack.last_mut() {
            let children = node.children();
            let Some(&child) = children.get(*index) else {
                self.stack.pop();
                continue;
            };
            *index += 1;
            if let Some(pair) = child.as_cons() {
                return Some(pair);
            }
            let inner = MapNode::of(child).expect("a trie child is a leaf or a map node");
            self.stack.push((inner, 0));
        }
        None
    }
}

/// Compares the positions of two different keys in a trie's iteration order: by their level-0
/// hashes compared four bits at a time from the lowest, then by the salted hashes of the next
/// generations (ERTS's `hashmap_key_hash_cmp`). `None` stands for "past the end" and sorts last.
pub fn key_hash_cmp(a: Option<Term>, b: Option<Term>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => {
            // Distinct keys part within a few generations; the bound only guards against a
            // key compared with itself.
            for depth in 0..64 {
                let (ha, hb) = (map_hash(a, depth), map_hash(b, depth));
                if ha != hb {
                    return swizzle(ha).cmp(&swizzle(hb));
                }
            }
            Ordering::Equal
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Reverses the order of the eight 4-bit groups of a hash, so that comparing swizzled hashes
/// compares the groups from the lowest (the trie's first level) up.
#[inline]
pub(crate) fn swizzle(h: u32) -> u32 {
    let h = h.swap_bytes();
    ((h & 0x0f0f_0f0f) << 4) | ((h >> 4) & 0x0f0f_0f0f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swizzle_reverses_nibbles() {
        assert_eq!(swizzle(0x1234_5678), 0x8765_4321);
        assert_eq!(swizzle(0x0000_000f), 0xf000_0000);
    }
}
