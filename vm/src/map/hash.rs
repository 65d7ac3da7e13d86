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
use crate::term::{Subtag, Term};

const HCONST: u32 = 0x9e37_79b9;
const HCONST_4: u32 = 0x78dd_e6e4;
const HCONST_5: u32 = 0x1715_609d;
const HCONST_7: u32 = 0x5384_540f;
const HCONST_9: u32 = 0x8ff3_4781;
const HCONST_10: u32 = 0x2e2a_c13a;
const HCONST_11: u32 = 0xcc62_3af3;
const HCONST_12: u32 = 0x6a99_b4ac;
const HCONST_13: u32 = 0x08d1_2e65;
const HCONST_14: u32 = 0xa708_a81e;
const HCONST_15: u32 = 0x4540_21d7;
const HCONST_16: u32 = 0xe377_9b90;
const HCONST_17: u32 = 0x81af_1549;
const HCONST_18: u32 = 0x1fe6_8f02;
const HCONST_20: u32 = 0x5c55_8274;
const HCONST_21: u32 = 0xfa8c_fc2d;
const HCONST_22: u32 = 0x98c4_75e6;

/// The salt ERTS starts every internal hash with, so it differs from `erlang:phash2/1`.
const INTERNAL_HASH_SALT: u32 = 3_432_918_353;

/// Bob Jenkins' mix of three 32-bit values; the result is in `c`.
#[inline(always)]
fn mix(mut a: u32, mut b: u32, mut c: u32) -> u32 {
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 13);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 8);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 13);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 12);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 16);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 5);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 3);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 10);
    c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 15)
}

/// Mixes two 32-bit values, offset by a type constant, into `hash`.
#[inline(always)]
fn hash2(hash: u32, x: u32, y: u32, constant: u32) -> u32 {
    mix(constant.wrapping_add(x), constant.wrapping_add(y), hash)
}

/// Mixes one 32-bit value into `hash`.
#[inline(always)]
fn hash1(hash: u32, x: u32, constant: u32) -> u32 {
    hash2(hash, x, 0, constant)
}

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

/// Hashes a word by its two 32-bit halves.
#[inline(always)]
fn word_hash(hash: u32, word: u64, constant: u32) -> u32 {
    hash2(hash, word as u32, (word >> 32) as u32, constant)
}

/// Jenkins' one-at-a-time-in-blocks hash of a byte string, seeded with `initval`.
fn block_hash(bytes: &[u8], initval: u32) -> u32 {
    let le = |k: &[u8]| u32::from_le_bytes([k[0], k[1], k[2], k[3]]);
    let (mut a, mut b, mut c) = (HCONST, HCONST, initval);
    let mut chunks = bytes.chunks_exact(12);
    for k in &mut chunks {
        a = a.wrapping_add(le(&k[0..4]));
        b = b.wrapping_add(le(&k[4..8]));
        c = c.wrapping_add(le(&k[8..12]));
        let mixed = mix3(a, b, c);
        (a, b, c) = mixed;
    }
    let rest = chunks.remainder();
    c = c.wrapping_add(bytes.len() as u32);
    // The last bytes are added in little-endian order; the lowest byte of `c` is reserved for the
    // length, so `c` takes bytes 8..11 shifted up by one byte.
    for (i, &byte) in rest.iter().enumerate() {
        let byte = byte as u32;
        match i {
            0..=3 => a = a.wrapping_add(byte << (8 * i)),
            4..=7 => b = b.wrapping_add(byte << (8 * (i - 4))),
            _ => c = c.wrapping_add(byte << (8 * (i - 7))),
        }
    }
    mix(a, b, c)
}

/// [`mix`] returning all three values (block hashing carries `a` and `b` between blocks).
#[inline(always)]
fn mix3(mut a: u32, mut b: u32, mut c: u32) -> (u32, u32, u32) {
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 13);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 8);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 13);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 12);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 16);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 5);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 3);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 10);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 15);
    (a, b, c)
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

/// ERTS's `make_internal_hash(term, salt)`.
pub fn internal_hash(term: Term, salt: u32) -> u32 {
    let mut hash = salt ^ INTERNAL_HASH_SALT;
    if term.is_immediate() {
        return word_hash(hash, erts_immediate(term), HCONST);
    }
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
            let bits = t.as_bitstring()?;
            let seed = HCONST_13.wrapping_add(*hash);
            let (tail, tail_bits) = bits.trailing_bits();
            if bits.bit_len() == 0 {
                *hash = seed;
            } else {
                *hash = match bits.as_bytes() {
                    Some(bytes) => block_hash(bytes, seed),
                    None => block_hash(&bits.to_vec()[..bits.byte_len()], seed),
                };
                if tail_bits > 0 {
                    *hash = hash2(*hash, tail_bits as u32, tail as u32, HCONST_15);
                }
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_hash_of_empty_and_short_inputs_is_deterministic() {
        assert_eq!(block_hash(&[], 7), block_hash(&[], 7));
        assert_ne!(block_hash(b"abc", 7), block_hash(b"abd", 7));
        assert_ne!(block_hash(&[0; 12], 0), block_hash(&[0; 13], 0));
    }

    #[test]
    fn mix3_and_mix_agree() {
        assert_eq!(mix3(1, 2, 3).2, mix(1, 2, 3));
    }
}
