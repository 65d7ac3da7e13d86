//! `erlang:phash2/1,2` and `erlang:phash/2`: portable term hashes, equal to erl's values.
//!
//! **phash2** mixes 32-bit words into the running hash with Bob Jenkins' `mix` (the lookup2
//! function), each kind of term with its own constant, a multiple of the golden ratio `0x9e3779b9`:
//! small integers that fit 28 signed bits are mixed as one word (negative ones twice, once with
//! the magnitude); wider integers are mixed as 32-bit halves of their 64-bit magnitude digits,
//! with a constant telling the sign; floats as their two 32-bit halves (with -0.0 taken as 0.0);
//! atoms by the hashpjw hash of their text; runs of list elements in 0..255 are packed four to a
//! word; tuples mix their arity, then their elements in order. The first atom or `[]` met sets the
//! hash instead of mixing into it. `phash2/1` keeps the low 27 bits.
//!
//! **phash** is the older multiplicative hash: the hash is multiplied by one of a set of primes
//! just above 2^28 and the term's bytes are added in.
//!
//! Binaries hash their bytes (phash2 with Jenkins' block hash, phash byte by byte), then their
//! trailing bits. A map's phash2 mixes its size, then the xor of the hashes of its key-value
//! pairs, each pair hashed on its own, so the layout of the map does not matter; phash hashes a
//! map through phash2. Funs hash their module, lambda index, old unique value and captured
//! terms; exports their module, function and arity. Pids, ports and references, of this node
//! or another, hash by their number (a reference by its first id word) and nothing else, as in
//! erl.
//!
//! Both walks are iterative.

use super::class::{classify, Class};
use super::ident;
use super::jenkins::{bitstring_hash, hash1, hash2, hconst, HCONST};
use crate::atom::Atom;
use crate::code::export::Export;
use crate::term::Term;

/// The value phash2 gives `[]` when it is the first thing hashed.
const NIL_FIRST: u32 = 3_468_870_702;
/// erl's internal type number of `[]`, mixed when `[]` is not first.
const NIL_TYPE: u32 = 2;

/// The hash of an atom's text (hashpjw over its UTF-8 bytes, where a character 128..255 counts as
/// its Latin-1 byte), as erl's atom table stores it.
pub fn atom_hash(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let mut h: u32 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let mut v = bytes[i];
        i += 1;
        if i < bytes.len() && (v & 0xFE) == 0xC2 && (bytes[i] & 0xC0) == 0x80 {
            v = (v << 6) | (bytes[i] & 0x3F);
            i += 1;
        }
        h = (h << 4).wrapping_add(u32::from(v));
        let g = h & 0xF000_0000;
        if g != 0 {
            h ^= g >> 24;
            h ^= g;
        }
    }
    h
}

/// [`atom_hash`] of an atom.
fn atom_term_hash(atom: Atom) -> u32 {
    atom_hash(atom.text())
}

/// Mixes two words with a kind constant into `hash`.
fn mix2(hash: &mut u32, x: u32, y: u32, constant: u32) {
    *hash = hash2(*hash, x, y, constant);
}

/// Mixes one word with a kind constant into `hash`.
fn mix1(hash: &mut u32, x: u32, constant: u32) {
    *hash = hash1(*hash, x, constant);
}

/// Mixes a small integer of at most 28 signed bits.
fn mix_small28(hash: &mut u32, x: i64) {
    let y = x as i32;
    if y < 0 {
        mix1(hash, y.wrapping_neg() as u32, HCONST);
    }
    mix1(hash, y as u32, HCONST);
}

/// Mixes an integer's magnitude digits, with the sign in the constant.
fn mix_big(hash: &mut u32, negative: bool, digits: &[u64]) {
    let constant = if negative { hconst(10) } else { hconst(11) };
    for &d in digits {
        mix2(hash, d as u32, (d >> 32) as u32, constant);
    }
}

fn fits_28_bits(x: i64) -> bool {
    (-(1 << 27)..(1 << 27)).contains(&x)
}

/// A float's bits with -0.0 taken as 0.0.
fn float_bits(f: f64) -> u64 {
    if f == 0.0 {
        0
    } else {
        f.to_bits()
    }
}

/// The number of a pid (local or external): all of a pid that erl's hashes use.
fn pid_number(t: Term) -> u32 {
    ident::pid_fields(t).map_or(0, |p| p.id)
}

/// The number of a port (local or external), up to 64 bits.
fn port_number(t: Term) -> u64 {
    ident::port_fields(t).map_or(0, |p| p.id)
}

/// The first id word of a reference (0 for one without words): all of it that erl's hashes use.
fn ref_first_word(t: Term) -> u32 {
    ident::ref_fields(t).map_or(0, |r| r.ids().first().copied().unwrap_or(0))
}

/// The export entry of an export term (`fun M:F/A`).
fn export_of(t: Term) -> Option<&'static Export> {
    let index = u32::try_from(t.fun_code_ref()?).ok()?;
    crate::code::export::by_index(index)
}

/// Pending work of the phash2 walk.
enum Hash2Work {
    /// A term still to hash.
    Term(Term),
    /// A map key and its value were hashed: fold the pair's hash into the map's.
    MapPair,
    /// A map's pairs are all hashed: mix their combined hash into the hash saved before them.
    MapEnd { saved_hash: u32, saved_pairs: u32 },
}

/// erl's 32-bit phash2 hash of `term` (`erlang:phash2(Term, 1 bsl 32)`).
pub fn phash2_u32(term: Term) -> u32 {
    let mut hash: u32 = 0;
    // The combined (xor) hash of the pairs of the map being hashed.
    let mut pairs: u32 = 0;
    let mut stack: Vec<Hash2Work> = Vec::new();
    let mut term = term;
    loop {
        // Hash `term`; compound terms continue with a part and leave the rest on the stack.
        match classify(term) {
            Class::Number => {
                if let Some(x) = term.as_small() {
                    if fits_28_bits(x) {
                        mix_small28(&mut hash, x);
                    } else {
                        mix_big(&mut hash, x < 0, &[x.unsigned_abs()]);
                    }
                } else if let Some(f) = term.as_float() {
                    let bits = float_bits(f);
                    mix2(&mut hash, (bits >> 32) as u32, bits as u32, hconst(12));
                } else if let Some((negative, digits)) = term.bignum_digits() {
                    mix_big(&mut hash, negative, digits);
                }
            }
            Class::Atom => {
                let h = term.as_atom().map_or(0, atom_term_hash);
                if hash == 0 {
                    hash = h;
                } else {
                    mix1(&mut hash, h, hconst(3));
                }
            }
            Class::Nil => {
                if hash == 0 {
                    hash = NIL_FIRST;
                } else {
                    mix1(&mut hash, NIL_TYPE, hconst(2));
                }
            }
            Class::List => {
                // Runs of bytes are packed four to a word.
                let (mut count, mut packed) = (0u32, 0u32);
                let mut cell = term;
                loop {
                    let head = cell.head();
                    match head.as_small() {
                        Some(b @ 0..=255) => {
                            packed = (packed << 8).wrapping_add(b as u32);
                            if count == 3 {
                                mix1(&mut hash, packed, hconst(4));
                                (count, packed) = (0, 0);
                            } else {
                                count += 1;
                            }
                            let tail = cell.tail();
                            if !tail.is_cons() {
                                if count > 0 {
                                    mix1(&mut hash, packed, hconst(4));
                                }
                                term = tail;
                                break;
                            }
                            cell = tail;
                        }
                        _ => {
                            if count > 0 {
                                mix1(&mut hash, packed, hconst(4));
                            }
                            stack.push(Hash2Work::Term(cell.tail()));
                            term = head;
                            break;
                        }
                    }
                }
                continue;
            }
            Class::Tuple => {
                let elems = term.tuple_elements().unwrap_or(&[]);
                mix1(&mut hash, elems.len() as u32, hconst(9));
                if let Some((&first, rest)) = elems.split_first() {
                    stack.extend(rest.iter().rev().map(|&e| Hash2Work::Term(e)));
                    term = first;
                    continue;
                }
            }
            Class::Map => {
                // Each pair is hashed on its own from 0 and the pair hashes are combined with
                // xor, so the result does not depend on the map's layout or order.
                let size = crate::map::size(term).unwrap_or(0);
                mix1(&mut hash, size as u32, hconst(16));
                if size > 0 {
                    stack.push(Hash2Work::MapEnd {
                        saved_hash: hash,
                        saved_pairs: pairs,
                    });
                    (hash, pairs) = (0, 0);
                    for (k, v) in crate::map::iter(term).into_iter().flatten() {
                        stack.push(Hash2Work::MapPair);
                        stack.push(Hash2Work::Term(v));
                        stack.push(Hash2Work::Term(k));
                    }
                }
            }
            Class::Bitstring => {
                if let Some(bits) = term.as_bitstring() {
                    hash = bitstring_hash(&bits, hash);
                }
            }
            Class::Fun => match term.fun_code_ref().and_then(crate::code::fun_entry) {
                Some(e) => {
                    let env = term.fun_env().unwrap_or(&[]);
                    mix2(
                        &mut hash,
                        env.len() as u32,
                        atom_term_hash(e.module),
                        HCONST,
                    );
                    mix2(&mut hash, e.index, e.old_uniq, HCONST);
                    if let Some((&first, rest)) = env.split_first() {
                        stack.extend(rest.iter().rev().map(|&e| Hash2Work::Term(e)));
                        term = first;
                        continue;
                    }
                }
                None => mix1(&mut hash, Class::Fun as u32, hconst(22)),
            },
            Class::Export => match export_of(term) {
                Some(e) => {
                    mix2(&mut hash, e.arity, atom_term_hash(e.module), HCONST);
                    mix1(&mut hash, atom_term_hash(e.function), hconst(14));
                }
                None => mix1(&mut hash, Class::Export as u32, hconst(22)),
            },
            Class::Pid => mix1(&mut hash, pid_number(term), hconst(5)),
            Class::Port => {
                let n = port_number(term);
                mix2(&mut hash, n as u32, (n >> 32) as u32, hconst(6));
            }
            Class::Ref => mix1(&mut hash, ref_first_word(term), hconst(7)),
            class => mix1(&mut hash, class as u32, hconst(22)),
        }
        loop {
            match stack.pop() {
                None => return hash,
                Some(Hash2Work::Term(next)) => {
                    term = next;
                    break;
                }
                Some(Hash2Work::MapPair) => {
                    pairs ^= hash;
                    hash = 0;
                }
                Some(Hash2Work::MapEnd {
                    saved_hash,
                    saved_pairs,
                }) => {
                    hash = hash1(saved_hash, pairs, hconst(19));
                    pairs = saved_pairs;
                }
            }
        }
    }
}

/// `erlang:phash2(Term)`: the low 27 bits of the 32-bit hash.
pub fn phash2(term: Term) -> u32 {
    phash2_u32(term) & ((1 << 27) - 1)
}

/// `erlang:phash2(Term, Range)`, for a range of 1..=2^32; `None` (badarg) for any other range.
pub fn phash2_range(term: Term, range: u64) -> Option<u32> {
    if range == 0 || range > 1 << 32 {
        return None;
    }
    let hash = phash2_u32(term);
    Some(if range == 1 << 32 {
        hash
    } else {
        hash % range as u32
    })
}

const FUNNY1: u32 = 268_440_163;
const FUNNY2: u32 = 268_439_161;
const FUNNY3: u32 = 268_435_459;
const FUNNY4: u32 = 268_436_141;
const FUNNY5: u32 = 268_438_633;
const FUNNY6: u32 = 268_437_017;
const FUNNY8: u32 = 268_437_511;
const FUNNY9: u32 = 268_439_627;
const FUNNY10: u32 = 268_440_479;
const FUNNY11: u32 = 268_440_577;
const FUNNY12: u32 = 268_440_581;
const FUNNY13: u32 = 268_440_593;
const FUNNY14: u32 = 268_440_611;

fn step(hash: u32, prime: u32, byte: u32) -> u32 {
    hash.wrapping_mul(prime).wrapping_add(byte)
}

/// Adds the four bytes of `x`, least significant first.
fn add_u32_bytes(hash: u32, x: u32, prime: u32) -> u32 {
    (0..4).fold(hash, |h, i| step(h, prime, (x >> (8 * i)) & 0xFF))
}

/// The class number hashed for a term whose identity cannot be read.
fn class_number(t: Term) -> u32 {
    classify(t) as u32
}

/// phash's hash of a bitstring: its whole bytes, then the trailing bits and their count, then
/// the byte count.
fn phash_bitstring(bits: &crate::term::binary::BitSlice<'_>, hash: u32) -> u32 {
    let whole = bits.byte_len();
    let mut hash = match bits.as_bytes() {
        Some(bytes) => bytes
            .iter()
            .fold(hash, |h, &b| step(h, FUNNY1, u32::from(b))),
        None => (0..whole).fold(hash, |h, i| step(h, FUNNY1, u32::from(bits.byte(i)))),
    };
    let (tail, tail_bits) = bits.trailing_bits();
    if tail_bits > 0 {
        hash = step(
            step(hash, FUNNY1, u32::from(tail)),
            FUNNY12,
            u32::from(tail_bits),
        );
    }
    step(hash, FUNNY4, whole as u32)
}

/// Pending work of the phash walk.
enum PhashWork<'a> {
    /// The tail of a list whose head was just hashed.
    Tail(Term),
    /// A list ended: multiply in the end-of-list prime.
    ListEnd,
    /// Elements of a tuple still to hash, then its arity.
    Elements(&'a [Term], u32),
    /// Captured terms of a fun still to hash.
    Env(&'a [Term]),
}

/// erl's `make_hash`, the 32-bit hash behind `erlang:phash/2`.
pub fn phash_u32(term: Term) -> u32 {
    let mut hash: u32 = 0;
    let mut stack: Vec<PhashWork<'_>> = Vec::new();
    let mut term = term;
    'terms: loop {
        match classify(term) {
            Class::Nil => hash = step(hash, FUNNY3, 1),
            Class::Atom => {
                let h = term.as_atom().map_or(0, |a| atom_hash(a.text()));
                hash = step(hash, FUNNY1, h);
            }
            Class::Number => {
                if let Some(x) = term.as_small() {
                    let magnitude = x.unsigned_abs();
                    hash = add_u32_bytes(hash, magnitude as u32, FUNNY2);
                    if magnitude >> 32 != 0 {
                        hash = add_u32_bytes(hash, (magnitude >> 32) as u32, FUNNY2);
                    }
                    hash = hash.wrapping_mul(if x < 0 { FUNNY4 } else { FUNNY3 });
                } else if let Some(f) = term.as_float() {
                    let bits = float_bits(f);
                    hash = step(hash, FUNNY6, (bits as u32) ^ ((bits >> 32) as u32));
                } else if let Some((negative, digits)) = term.bignum_digits() {
                    if let Some((&top, rest)) = digits.split_last() {
                        for &d in rest {
                            hash = add_u32_bytes(hash, d as u32, FUNNY2);
                            hash = add_u32_bytes(hash, (d >> 32) as u32, FUNNY2);
                        }
                        hash = add_u32_bytes(hash, top as u32, FUNNY2);
                        if top >> 32 != 0 {
                            hash = add_u32_bytes(hash, (top >> 32) as u32, FUNNY2);
                        }
                    }
                    hash = hash.wrapping_mul(if negative { FUNNY4 } else { FUNNY3 });
                }
            }
            Class::List => {
                let mut cell = term;
                loop {
                    let head = cell.head();
                    match head.as_small() {
                        Some(b @ 0..=255) => {
                            hash = step(hash, FUNNY2, b as u32);
                            let tail = cell.tail();
                            if !tail.is_cons() {
                                stack.push(PhashWork::ListEnd);
                                term = tail;
                                continue 'terms;
                            }
                            cell = tail;
                        }
                        _ => {
                            stack.push(PhashWork::Tail(cell.tail()));
                            term = head;
                            continue 'terms;
                        }
                    }
                }
            }
            Class::Tuple => {
                let elems = term.tuple_elements().unwrap_or(&[]);
                stack.push(PhashWork::Elements(elems, elems.len() as u32));
            }
            Class::Pid => {
                hash = add_u32_bytes(hash, pid_number(term), FUNNY5).wrapping_mul(FUNNY6);
            }
            Class::Port => {
                // The high half of a wide port number is added first, when it is not zero.
                let n = port_number(term);
                let high = (n >> 32) as u32;
                if high != 0 {
                    hash = add_u32_bytes(hash, high, FUNNY11);
                }
                hash = add_u32_bytes(hash, n as u32, FUNNY9).wrapping_mul(FUNNY10);
            }
            Class::Ref => {
                hash = add_u32_bytes(hash, ref_first_word(term), FUNNY9).wrapping_mul(FUNNY10);
            }
            Class::Bitstring => {
                if let Some(bits) = term.as_bitstring() {
                    hash = phash_bitstring(&bits, hash);
                }
            }
            Class::Map => {
                hash = hash
                    .wrapping_mul(FUNNY13)
                    .wrapping_add(FUNNY14)
                    .wrapping_add(phash2_u32(term));
            }
            Class::Fun => match term.fun_code_ref().and_then(crate::code::fun_entry) {
                Some(e) => {
                    let env = term.fun_env().unwrap_or(&[]);
                    hash = step(hash, FUNNY10, env.len() as u32);
                    hash = step(hash, FUNNY1, atom_term_hash(e.module));
                    hash = step(hash, FUNNY2, e.index);
                    hash = step(hash, FUNNY2, e.old_uniq);
                    stack.push(PhashWork::Env(env));
                }
                None => hash = step(hash, FUNNY10, class_number(term)),
            },
            Class::Export => match export_of(term) {
                Some(e) => {
                    hash = step(hash, FUNNY11, e.arity);
                    hash = step(hash, FUNNY1, atom_term_hash(e.module));
                    hash = step(hash, FUNNY1, atom_term_hash(e.function));
                }
                None => hash = step(hash, FUNNY10, class_number(term)),
            },
            class => hash = step(hash, FUNNY10, class as u32),
        }
        // Continue with pending work.
        loop {
            match stack.pop() {
                None => return hash,
                Some(PhashWork::ListEnd) => hash = hash.wrapping_mul(FUNNY8),
                Some(PhashWork::Tail(t)) => {
                    if !t.is_cons() {
                        stack.push(PhashWork::ListEnd);
                    }
                    term = t;
                    continue 'terms;
                }
                Some(PhashWork::Elements(elems, arity)) => match elems.split_first() {
                    Some((&first, rest)) => {
                        stack.push(PhashWork::Elements(rest, arity));
                        term = first;
                        continue 'terms;
                    }
                    None => hash = step(hash, FUNNY9, arity),
                },
                Some(PhashWork::Env(env)) => {
                    if let Some((&first, rest)) = env.split_first() {
                        stack.push(PhashWork::Env(rest));
                        term = first;
                        continue 'terms;
                    }
                }
            }
        }
    }
}

/// `erlang:phash(Term, Range)` for a range of 1..=2^32: a value in 1..=Range; `None` (badarg)
/// for any other range.
pub fn phash_range(term: Term, range: u64) -> Option<u32> {
    if range == 0 || range > 1 << 32 {
        return None;
    }
    let hash = phash_u32(term);
    Some(if range == 1 << 32 {
        // erl adds one in 32 bits and turns the wrapped 0 into 1.
        hash.wrapping_add(1).max(1)
    } else {
        1 + hash % range as u32
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{ScratchHeap, TermAlloc};
    use crate::ops::testkit::{run_erl_on, TermGen};

    #[test]
    fn deep_and_long_terms_hash_without_recursion() {
        let mut h = ScratchHeap::new();
        let mut deep = Term::NIL;
        for _ in 0..1_000_000 {
            deep = h.tuple(&[deep]);
        }
        let mut nested = Term::NIL;
        for _ in 0..1_000_000 {
            nested = h.cons(nested, Term::NIL);
        }
        let mut long = Term::NIL;
        for i in 0..10_000_000 {
            long = h.cons(Term::small(i % 300), long);
        }
        for t in [deep, nested, long] {
            assert_eq!(phash2(t), phash2(t));
            assert_eq!(phash_u32(t), phash_u32(t));
        }
        assert_ne!(phash2(deep), phash2(nested));
    }

    #[test]
    fn ranges_are_checked() {
        assert_eq!(phash2_range(Term::NIL, 0), None);
        assert_eq!(phash2_range(Term::NIL, (1 << 32) + 1), None);
        assert_eq!(phash2_range(Term::NIL, 1), Some(0));
        assert_eq!(phash_range(Term::NIL, 1), Some(1));
        assert_eq!(phash2_range(Term::NIL, 1 << 32), Some(NIL_FIRST));
    }

    /// phash2/1, phash2/2 and phash/2 of random terms, computed by erl and by us.
    #[test]
    fn agrees_with_erl() {
        let mut h = ScratchHeap::new();
        let mut g = TermGen::new(0x4a54);
        let mut terms: Vec<Term> = (0..4000).map(|_| g.term(&mut h, 3)).collect();
        let z = h.float(0.0);
        let nz = h.float(-0.0);
        terms.extend([z, nz]);
        let ranges = [1u64, 7, 1000, (1 << 32) - 1, 1 << 32];
        let out = run_erl_on(
            &terms,
            "io:put_chars([[integer_to_list(erlang:phash2(T)), $\\s, \
               lists:join($\\s, [[integer_to_list(erlang:phash2(T, R)), $\\s, \
                                 integer_to_list(erlang:phash(T, R))] \
                                || R <- [1, 7, 1000, (1 bsl 32) - 1, 1 bsl 32]]), $\\n] \
              || T <- Terms])",
        );
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), terms.len());
        for (i, (&t, line)) in terms.iter().zip(&lines).enumerate() {
            let mut ours = vec![phash2(t).to_string()];
            for &r in &ranges {
                ours.push(phash2_range(t, r).unwrap().to_string());
                ours.push(phash_range(t, r).unwrap().to_string());
            }
            assert_eq!(
                ours.join(" "),
                *line,
                "term {i}: {}",
                String::from_utf8_lossy(&crate::ops::print::display(t))
            );
        }
    }
}
