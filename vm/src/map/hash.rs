//! The internal term hash that places keys in hash tries, as ERTS 13 computes it
//! (`make_internal_hash` and `make_map_hash` in utils.c), so that a map's iteration order is the
//! order erl gives the same map.
//!
//! The hash mixes 32-bit pieces of the term with Bob Jenkins' 96-bit mix. Immediates are hashed by
//! their raw word, which girder lays out as ERTS does (for `[]` the word ERTS uses is hashed): small
//! integers and `[]` hash exactly as in erl; atoms hash by their table index (which erl does too, so the order of atom keys in large
//! maps differs between erl runs as well). Tuples, lists (with erl's shortcut for byte strings),
//! binaries, bignums, floats and maps follow ERTS word for word. Funs, references and external
//! identifiers hash their girder-specific words: stable and consistent with equality, but not
//! erl's values (erl hashes them by addresses and table indexes that differ between runs anyway).
//!
//! The walk uses an explicit work stack; nesting depth costs heap, not Rust stack.

use super::layout::{raw_words, MapNode, NodeKind};
use crate::ops::jenkins::{bitstring_hash, hash1, hash2, hconst, word_hash, HCONST};
use crate::term::{Subtag, Term};

const HCONST_4: u32 = hconst(4);
const HCONST_5: u32 = hconst(5);
const HCONST_7: u32 = hconst(7);
const HCONST_9: u32 = hconst(9);
const HCONST_10: u32 = hconst(10);
const HCONST_11: u32 = hconst(11);
const HCONST_12: u32 = hconst(12);
const HCONST_14: u32 = hconst(14);
const HCONST_16: u32 = hconst(16);
const HCONST_17: u32 = hconst(17);
const HCONST_18: u32 = hconst(18);
const HCONST_20: u32 = hconst(20);
const HCONST_21: u32 = hconst(21);
const HCONST_22: u32 = hconst(22);

/// The salt ERTS starts every internal hash with, so it differs from `erlang:phash2/1`.
const INTERNAL_HASH_SALT: u32 = 3_432_918_353;

/// A cheap mix of a type constant (used around list cells).
#[inline(always)]
fn const_hash(hash: u32, constant: u32) -> u32 {
    (hash ^ constant).rotate_left(17)
}

/// The word ERTS would hold for an immediate: the same as girder's except for `[]`, which ERTS
/// writes as the bare tag `0x3b` where girder sets all payload bits.
#[inline(always)]
fn erts_immediate(t: Term) -> u64 {
    if t.is_nil() {
        0x3b
    } else {
        t.raw()
    }
}

/// Work items of the hash walk.
enum Work {
    /// A term still to hash.
    Term(Term),
    /// The marker ERTS mixes in before the tail of an improper list.
    ImproperTail,
}

/// The hash of `key` that selects its slots in a hash trie at trie levels `8 * depth` to
/// `8 * depth + 7` (ERTS's `make_map_hash`). Depth 0 serves the first eight levels; deeper
/// generations are salted with the depth so that keys whose first hashes collide part eventually.
pub fn map_hash(key: Term, depth: u32) -> u32 {
    let salt = if depth > 0 {
        hash2(0, depth, 1, HCONST_22)
    } else {
        0
    };
    internal_hash(key, salt)
}

/// ERTS's `make_internal_hash(term, salt)`. An immediate (a small integer or atom key, say)
/// is hashed inline, without a call.
#[inline]
pub fn internal_hash(term: Term, salt: u32) -> u32 {
    if term.is_immediate() {
        return word_hash(salt ^ INTERNAL_HASH_SALT, erts_immediate(term), HCONST);
    }
    compound_hash(term, salt)
}

/// [`internal_hash`] of a term that is not an immediate.
fn compound_hash(term: Term, salt: u32) -> u32 {
    let mut hash = salt ^ INTERNAL_HASH_SALT;
    let mut work: Vec<Work> = Vec::new();
    let mut next = Some(term);
    loop {
        let t = match next.take() {
            Some(t) => t,
            None => match work.pop() {
                None => return hash,
                Some(Work::ImproperTail) => {
                    hash = const_hash(hash, HCONST_18);
                    continue;
                }
                Some(Work::Term(t)) => t,
            },
        };
        if t.is_immediate() {
            hash = word_hash(hash, erts_immediate(t), HCONST);
        } else if t.is_cons() {
            next = hash_list(&mut hash, t, &mut work);
        } else {
            next = hash_boxed(&mut hash, t, &mut work);
        }
    }
}

/// Hashes a run of list cells: byte elements four at a time, then the first cell whose head is
/// not a byte (its head becomes the next term, its tail goes on the work stack). Returns the next
/// term to hash.
fn hash_list(hash: &mut u32, list: Term, work: &mut Vec<Work>) -> Option<Term> {
    let (mut count, mut packed) = (0u32, 0u32);
    let mut cell = list;
    let mut rest = list;
    while let Some(byte) = cell.head().as_small().filter(|v| (0..=255).contains(v)) {
        packed = (packed << 8).wrapping_add(byte as u32);
        if count == 3 {
            *hash = hash1(*hash, packed, HCONST_4);
            count = 0;
            packed = 0;
        } else {
            count += 1;
        }
        rest = cell.tail();
        if !rest.is_cons() {
            break;
        }
        cell = rest;
    }
    if count > 0 {
        *hash = hash2(*hash, packed, count, HCONST_22);
    }
    if rest.is_cons() {
        // `cell` is the first cell whose head is not a byte.
        let tail = cell.tail();
        *hash = const_hash(*hash, HCONST_17);
        work.push(Work::Term(tail));
        if !tail.is_cons() {
            work.push(Work::ImproperTail);
        }
        Some(cell.head())
    } else {
        // A byte string: its tail (`[]` for a proper list) is hashed next.
        Some(rest)
    }
}

/// Hashes a boxed term; returns the next term to hash, if the object hands one over directly.
fn hash_boxed(hash: &mut u32, t: Term, work: &mut Vec<Work>) -> Option<Term> {
    let header = t.boxed_header();
    match header.subtag() {
        Some(Subtag::Tuple) => {
            let elements = t.tuple_elements().unwrap_or(&[]);
            *hash = hash1(*hash, elements.len() as u32, HCONST_9);
            let (first, rest) = elements.split_first()?;
            work.extend(rest.iter().rev().map(|&e| Work::Term(e)));
            Some(*first)
        }
        Some(Subtag::Map) => {
            let node = MapNode::of(t)?;
            hash_map_node(hash, node, work);
            None
        }
        Some(Subtag::Float) => {
            let f = t.as_float().unwrap_or(0.0);
            let f = if f == 0.0 { 0.0 } else { f };
            *hash = word_hash(*hash, f.to_bits(), HCONST_12);
            None
        }
        Some(Subtag::PosBig) | Some(Subtag::NegBig) => {
            let (negative, digits) = t.bignum_digits().unwrap_or((false, &[]));
            let constant = if negative { HCONST_10 } else { HCONST_11 };
            for &d in digits {
                *hash = word_hash(*hash, d, constant);
            }
            None
        }
        Some(Subtag::HeapBinary) | Some(Subtag::RefcBinary) | Some(Subtag::SubBinary) => {
            *hash = bitstring_hash(&t.as_bitstring()?, *hash);
            None
        }
        Some(Subtag::Fun) => {
            // Captured environment after the code reference, arity and creator (term::fun).
            let code_ref = t.fun_code_ref().unwrap_or(0);
            let env = t.fun_env().unwrap_or(&[]);
            *hash = hash2(*hash, env.len() as u32, code_ref as u32, HCONST_20);
            *hash = hash2(*hash, (code_ref >> 32) as u32, 0, HCONST_21);
            let (first, rest) = env.split_first()?;
            work.extend(rest.iter().rev().map(|&e| Work::Term(e)));
            Some(*first)
        }
        Some(Subtag::Export) => {
            let code_ref = t.fun_code_ref().unwrap_or(0);
            *hash = word_hash(*hash, code_ref, HCONST_14);
            None
        }
        _ => {
            // References and external identifiers: their raw data words.
            let constant = if header.subtag() == Some(Subtag::ExternalPid) {
                HCONST_5
            } else {
                HCONST_7
            };
            for &w in raw_words(t) {
                *hash = word_hash(*hash, w, constant);
            }
            None
        }
    }
}

/// Pushes a map node's contents: a flatmap's keys and values in key order; a trie node's
/// children so that the last child is hashed first, as ERTS's walk does.
fn hash_map_node(hash: &mut u32, node: MapNode, work: &mut Vec<Work>) {
    match node.kind() {
        NodeKind::Flat => {
            *hash = hash1(*hash, node.size() as u32, HCONST_16);
            let (keys, values) = (node.flat_keys(), node.flat_values());
            for (&k, &v) in keys.iter().zip(values).rev() {
                work.push(Work::Term(v));
                work.push(Work::Term(k));
            }
        }
        kind => {
            if kind != NodeKind::Bitmap {
                *hash = hash1(*hash, node.size() as u32, HCONST_16);
                if node.size() == 0 {
                    return;
                }
            }
            for &child in node.children() {
                if let Some((k, v)) = child.as_cons() {
                    work.push(Work::Term(v));
                    work.push(Work::Term(k));
                } else {
                    work.push(Work::Term(child));
                }
            }
        }
    }
}
