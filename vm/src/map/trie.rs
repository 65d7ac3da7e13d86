//! Hash array mapped tries: lookup, insertion, deletion and building from a set of pairs.
//!
//! A key's slot at trie level `L` is four bits of its hash: bits `4L..4L+4` of
//! `map_hash(key, 0)` for the first eight levels, then of `map_hash(key, L / 8)` (a salted hash)
//! for the next eight, and so on. A node holds a leaf in a slot when only one key of the map
//! shares the node's path and that slot; otherwise the slot holds a deeper node. So the shape of
//! the trie is determined by its keys alone: every operation below produces the one trie ERTS's
//! operations produce for the same keys (flatmap conversions aside, see [`super`]).
//!
//! All walks are iterative: updates record the path from the root and rebuild it bottom up.

use super::hash::map_hash;
use super::iter::{swizzle, MapIter};
use super::layout::{write_head, write_node, MapNode, NodeKind, FLATMAP_LIMIT};
use super::{cmp_exact, eq_exact};
use crate::heap::TermAlloc;
use crate::term::Term;
use std::cmp::Ordering;

/// A key's position in the trie: its level and the remaining hash bits of that level's
/// generation (ERTS's `hashmap_restore_hash` and `hashmap_shift_hash`).
#[derive(Clone, Copy, Debug)]
struct Cursor {
    key: Term,
    level: u32,
    bits: u32,
}

impl Cursor {
    /// The key's cursor at `level`.
    fn at(key: Term, level: u32) -> Cursor {
        let bits = map_hash(key, level / 8) >> (4 * (level % 8));
        Cursor { key, level, bits }
    }

    /// The slot (0..16) at the current level.
    fn slot(self) -> u32 {
        self.bits & 0xf
    }

    /// Moves one level down.
    fn down(&mut self) {
        self.level += 1;
        self.bits = if self.level.is_multiple_of(8) {
            map_hash(self.key, self.level / 8)
        } else {
            self.bits >> 4
        };
    }
}

/// Position of the child for `bit` among a node's children.
#[inline]
fn child_index(bitmap: u16, bit: u16) -> usize {
    (bitmap & bit.wrapping_sub(1)).count_ones() as usize
}

/// The value stored under `key` in the trie `root`.
pub(crate) fn get(root: MapNode, key: Term) -> Option<Term> {
    let mut node = root;
    let mut cursor = Cursor::at(key, 0);
    loop {
        let bit = 1u16 << cursor.slot();
        let bitmap = node.bitmap();
        if bitmap & bit == 0 {
            return None;
        }
        let child = node.children()[child_index(bitmap, bit)];
        if let Some((k, v)) = child.as_cons() {
            return eq_exact(k, key).then_some(v);
        }
        node = MapNode::of(child)?;
        cursor.down();
    }
}

/// One node on the path from the root to a key's slot.
#[derive(Clone, Copy)]
struct PathStep {
    node: MapNode,
    bit: u16,
}

/// The result of inserting into a trie.
pub(crate) enum Insert {
    /// The key already maps to this very value: the map is unchanged.
    Unchanged,
    /// The key is absent and the operation only updates.
    Absent,
    /// The new map.
    Map(Term),
}

/// Puts `key => value` into the trie `root`; with `update_only`, only when the key is present.
pub(crate) fn insert(
    heap: &mut impl TermAlloc,
    root: MapNode,
    key: Term,
    value: Term,
    update_only: bool,
) -> Insert {
    let mut path: Vec<PathStep> = Vec::new();
    let mut node = root;
    let mut cursor = Cursor::at(key, 0);
    let (replacement, added) = loop {
        let bit = 1u16 << cursor.slot();
        path.push(PathStep { node, bit });
        let bitmap = node.bitmap();
        if bitmap & bit == 0 {
            if update_only {
                return Insert::Absent;
            }
            break (heap.cons(key, value), true);
        }
        let child = node.children()[child_index(bitmap, bit)];
        if let Some((k, v)) = child.as_cons() {
            if eq_exact(k, key) {
                if v == value {
                    return Insert::Unchanged;
                }
                break (heap.cons(key, value), false);
            }
            if update_only {
                return Insert::Absent;
            }
            cursor.down();
            let other = Cursor::at(k, cursor.level);
            let leaf = heap.cons(key, value);
            break (split(heap, cursor, leaf, other, child), true);
        }
        match MapNode::of(child) {
            Some(inner) => node = inner,
            None => return Insert::Absent,
        }
        cursor.down();
    };
    let mut res = replacement;
    let mut children: Vec<Term> = Vec::with_capacity(16);
    for step in path.iter().rev() {
        let bitmap = step.node.bitmap();
        let index = child_index(bitmap, step.bit);
        children.clear();
        children.extend_from_slice(step.node.children());
        if bitmap & step.bit != 0 {
            children[index] = res;
        } else {
            children.insert(index, res);
        }
        let bitmap = bitmap | step.bit;
        res = match step.node.kind() {
            NodeKind::Bitmap => write_node(heap, NodeKind::Bitmap, bitmap, 0, &children),
            _ => write_head(heap, bitmap, step.node.size() + added as usize, &children),
        };
    }
    Insert::Map(res)
}

/// Builds the subtree holding two leaves whose keys share the path so far: single-child nodes
/// while their slots agree, then a node with both.
fn split(
    heap: &mut impl TermAlloc,
    mut a: Cursor,
    leaf_a: Term,
    mut b: Cursor,
    leaf_b: Term,
) -> Term {
    let mut chain: Vec<u16> = Vec::new();
    while a.slot() == b.slot() {
        chain.push(1 << a.slot());
        a.down();
        b.down();
    }
    let (bit_a, bit_b) = (1u16 << a.slot(), 1u16 << b.slot());
    let pair = if bit_a < bit_b {
        [leaf_a, leaf_b]
    } else {
        [leaf_b, leaf_a]
    };
    let mut res = write_node(heap, NodeKind::Bitmap, bit_a | bit_b, 0, &pair);
    for &bit in chain.iter().rev() {
        res = write_node(heap, NodeKind::Bitmap, bit, 0, &[res]);
    }
    res
}

/// Removes `key` from the trie `root`. Returns the removed value and the new map, which is a
/// flatmap when at most [`FLATMAP_LIMIT`] keys remain (as ERTS does), or `None` if the key is
/// absent.
pub(crate) fn remove(heap: &mut impl TermAlloc, root: MapNode, key: Term) -> Option<(Term, Term)> {
    let mut path: Vec<PathStep> = Vec::new();
    let mut node = root;
    let mut cursor = Cursor::at(key, 0);
    let value = loop {
        let bit = 1u16 << cursor.slot();
        let bitmap = node.bitmap();
        if bitmap & bit == 0 {
            return None;
        }
        path.push(PathStep { node, bit });
        let child = node.children()[child_index(bitmap, bit)];
        if let Some((k, v)) = child.as_cons() {
            if !eq_exact(k, key) {
                return None;
            }
            break v;
        }
        node = MapNode::of(child)?;
        cursor.down();
    };
    let remaining = root.size() - 1;
    if remaining <= FLATMAP_LIMIT {
        let pairs: Vec<(Term, Term)> = MapIter::new(root)
            .filter(|&(k, _)| !eq_exact(k, key))
            .collect();
        return Some((value, super::build::flatmap_from_unique(heap, pairs)));
    }
    // Rebuild the path bottom up; `res` is what replaces the child (None: nothing).
    let mut res: Option<Term> = None;
    let mut children: Vec<Term> = Vec::with_capacity(16);
    for step in path.iter().rev() {
        let bitmap = step.node.bitmap();
        let index = child_index(bitmap, step.bit);
        let old = step.node.children();
        children.clear();
        children.extend_from_slice(old);
        match step.node.kind() {
            NodeKind::Bitmap => match res {
                None if old.len() == 1 => {}
                None if old.len() == 2 => {
                    let other = old[1 - index];
                    res = Some(if other.is_cons() {
                        other
                    } else {
                        write_node(heap, NodeKind::Bitmap, bitmap ^ step.bit, 0, &[other])
                    });
                }
                None => {
                    children.remove(index);
                    res = Some(write_node(
                        heap,
                        NodeKind::Bitmap,
                        bitmap ^ step.bit,
                        0,
                        &children,
                    ));
                }
                Some(r) if r.is_cons() && old.len() == 1 => {}
                Some(r) => {
                    children[index] = r;
                    res = Some(write_node(heap, NodeKind::Bitmap, bitmap, 0, &children));
                }
            },
            _ => {
                let new_bitmap = match res {
                    Some(r) => {
                        children[index] = r;
                        bitmap
                    }
                    None => {
                        children.remove(index);
                        bitmap ^ step.bit
                    }
                };
                res = Some(write_head(heap, new_bitmap, remaining, &children));
            }
        }
    }
    res.map(|m| (value, m))
}

/// A pair waiting to be placed in a trie under construction.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    /// The swizzled hash of the key's current generation: comparing these orders entries by
    /// slot, level by level.
    pub(crate) hash: u32,
    pub(crate) key: Term,
    pub(crate) value: Term,
}

impl Entry {
    /// An entry with its first-generation hash.
    pub(crate) fn new(key: Term, value: Term) -> Entry {
        Entry {
            hash: swizzle(map_hash(key, 0)),
            key,
            value,
        }
    }
}

/// A node under construction: entries `pos..end` still to place.
struct Frame {
    end: usize,
    level: u32,
    pos: usize,
    bitmap: u16,
    children: Vec<Term>,
    /// The bit the child frame above this one will fill.
    pending_bit: u16,
}

/// The slot of an entry at `level` (its hash is that level's generation, swizzled).
#[inline]
fn slot_of(e: &Entry, level: u32) -> u32 {
    (e.hash >> (28 - 4 * (level % 8))) & 0xf
}

/// Builds the trie of `entries`: distinct keys, sorted by first-generation hash (see
/// [`Entry::new`]). Keys whose hashes collide are re-hashed with the next generation's salt as
/// their common path reaches its end.
pub(crate) fn build(heap: &mut impl TermAlloc, entries: &mut [Entry]) -> Term {
    let total = entries.len();
    let mut stack = vec![Frame {
        end: total,
        level: 0,
        pos: 0,
        bitmap: 0,
        children: Vec::new(),
        pending_bit: 0,
    }];
    loop {
        let top = stack
            .last_mut()
            .expect("the root frame stays until the trie is built");
        if top.pos < top.end {
            let level = top.level;
            let start = top.pos;
            let slot = slot_of(&entries[start], level);
            let mut group_end = start + 1;
            while group_end < top.end && slot_of(&entries[group_end], level) == slot {
                group_end += 1;
            }
            let bit = 1u16 << slot;
            if group_end - start == 1 {
                let e = entries[start];
                let leaf = heap.cons(e.key, e.value);
                top.children.push(leaf);
                top.bitmap |= bit;
                top.pos = group_end;
                continue;
            }
            top.pending_bit = bit;
            top.pos = group_end;
            let child_level = level + 1;
            if child_level.is_multiple_of(8) {
                let group = &mut entries[start..group_end];
                for e in group.iter_mut() {
                    e.hash = swizzle(map_hash(e.key, child_level / 8));
                }
                group.sort_unstable_by_key(|e| e.hash);
            }
            stack.push(Frame {
                end: group_end,
                level: child_level,
                pos: start,
                bitmap: 0,
                children: Vec::new(),
                pending_bit: 0,
            });
            continue;
        }
        let done = stack.pop().expect("checked above");
        match stack.last_mut() {
            None => return write_head(heap, done.bitmap, total, &done.children),
            Some(parent) => {
                let node = write_node(heap, NodeKind::Bitmap, done.bitmap, 0, &done.children);
                parent.children.push(node);
                parent.bitmap |= parent.pending_bit;
            }
        }
    }
}

/// Sorts entries by hash and removes duplicate keys. Entries must come in the order their pairs
/// were given; among equal keys the last one stays, or with `reject_duplicates` the first
/// duplicate found is reported.
pub(crate) fn sort_and_dedupe(
    entries: &mut Vec<Entry>,
    reject_duplicates: bool,
) -> Result<(), Term> {
    // Stable: among equal hashes, input order is kept.
    entries.sort_by_key(|e| e.hash);
    let mut out = 0;
    let mut i = 0;
    while i < entries.len() {
        let mut j = i + 1;
        while j < entries.len() && entries[j].hash == entries[i].hash {
            j += 1;
        }
        if j - i == 1 {
            entries[out] = entries[i];
            out += 1;
        } else {
            // Equal hashes: order by key (stable, so input order among equal keys), keep the
            // last of each run of equal keys.
            entries[i..j].sort_by(|a, b| cmp_exact(a.key, b.key));
            let mut k = i;
            while k < j {
                let mut l = k + 1;
                while l < j && cmp_exact(entries[l].key, entries[k].key) == Ordering::Equal {
                    if reject_duplicates {
                        return Err(entries[l].key);
                    }
                    l += 1;
                }
                entries[out] = entries[l - 1];
                out += 1;
                k = l;
            }
        }
        i = j;
    }
    entries.truncate(out);
    Ok(())
}
