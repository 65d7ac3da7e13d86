//! Looking inside map objects for the debugging built-ins: which kind of object a term points to,
//! a flatmap's keys tuple, a trie node's children and the shape statistics of a whole trie
//! (`erts_debug:map_info/1`, `erts_internal:map_to_tuple_keys/1`,
//! `erts_internal:map_hashmap_children/1`, `erts_internal:term_type/1`).
//!
//! Inner trie nodes handed out by [`trie_children`] are boxed map objects like any other, so
//! collectors and copiers keep them intact; only code that knows them (these built-ins,
//! printing, identity) should look at them, as in ERTS.

use super::layout::{MapNode, NodeKind};
use crate::term::Term;

/// The kind of map object a term points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapObject {
    /// A flatmap.
    Flat,
    /// The root of a hash trie: a map term of more than [`super::FLATMAP_LIMIT`] keys.
    Trie,
    /// An inner node of a hash trie (never a map term of its own).
    TrieNode,
}

/// The kind of map object `t` points to, if it points to one.
pub fn object_kind(t: Term) -> Option<MapObject> {
    Some(match MapNode::of(t)?.kind() {
        NodeKind::Flat => MapObject::Flat,
        NodeKind::Bitmap => MapObject::TrieNode,
        NodeKind::HeadArray | NodeKind::HeadBitmap => MapObject::Trie,
    })
}

/// A flatmap's keys tuple (shared by maps with the same keys).
pub fn flat_keys_tuple(t: Term) -> Option<Term> {
    let node = MapNode::of(t).filter(|n| n.is_flat())?;
    Some(node.flat_keys_tuple())
}

/// The children of a trie root or inner node, lowest slot first: leaves `[Key | Value]` and
/// inner nodes.
pub fn trie_children(t: Term) -> Option<Vec<Term>> {
    let node = MapNode::of(t).filter(|n| !n.is_flat())?;
    Some(node.children().to_vec())
}

/// The shape of a hash trie, counted as `erts_debug:map_info/1` reports it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrieInfo {
    /// The deepest level holding a node or a leaf (the root is level 0).
    pub depth: usize,
    /// Array nodes: a root with all 16 slots used (inner nodes are bitmap nodes whatever
    /// their use, as the tries erl builds from lists and puts have them).
    pub arrays: u64,
    /// Bitmap nodes.
    pub bitmaps: u64,
    /// `bitmap_usage[n - 1]`: bitmap nodes with `n` slots used.
    pub bitmap_usage: [u64; 16],
    /// Leaves (key-value pairs).
    pub leafs: u64,
    /// `leaf_usage[level]`: leaves at each level.
    pub leaf_usage: [u64; 16],
}

/// The shape of the hash trie `t` (a map of more than [`super::FLATMAP_LIMIT`] keys).
pub fn trie_info(t: Term) -> Option<TrieInfo> {
    let root = MapNode::of(t).filter(|n| !n.is_flat())?;
    let mut info = TrieInfo::default();
    let mut work = vec![(root.term(), 0usize)];
    while let Some((t, level)) = work.pop() {
        info.depth = info.depth.max(level);
        if t.is_cons() {
            info.leafs += 1;
            if let Some(n) = info.leaf_usage.get_mut(level) {
                *n += 1;
            }
            continue;
        }
        let Some(node) = MapNode::of(t).filter(|n| !n.is_flat()) else {
            continue;
        };
        let children = node.children();
        if node.kind() == NodeKind::HeadArray {
            info.arrays += 1;
        } else {
            info.bitmaps += 1;
            if let Some(n) = children.len().checked_sub(1) {
                info.bitmap_usage[n] += 1;
            }
        }
        work.extend(children.iter().rev().map(|&c| (c, level + 1)));
    }
    Some(info)
}
