//! Matching operations on match contexts: each reads at the context's position and, on
//! success, advances it. A failed operation leaves the context unchanged.

use crate::heap::TermAlloc;
use crate::ops::number::make_i128;
use crate::term::match_context::MatchContextAlloc;
use crate::term::Term;

use super::copy::read_bits_u64;
use super::float::float_from_bits;
use super::int::{get_int, IntValue};
use super::utf;

/// A match context over `t`: `t` itself if it is one, a new context if `t` is a bitstring,
/// `None` otherwise.
pub fn start_match(h: &mut impl TermAlloc, t: Term) -> Option<Term> {
    if t.is_match_context() {
        return Some(t);
    }
    let (orig, start, len) = t.bitstring_parts()?;
    Some(h.match_context(orig, start, start + len))
}

/// The bits left in context `ctx`.
#[inline]
pub fn remaining(ctx: Term) -> usize {
    ctx.mc_end() - ctx.mc_position()
}

/// The original's bytes and the position of context `ctx`.
#[inline]
fn data<'a>(ctx: Term) -> (&'a [u8], usize) {
    let bytes = ctx.mc_original().plain_bytes().unwrap_or(&[]);
    (bytes, ctx.mc_position())
}

/// The number of bits `size * unit`, if `size` is a non-negative small integer and the product
/// fits; `None` otherwise (the match fails).
pub fn size_bits(size: Term, unit: u16) -> Option<usize> {
    let n = size.as_small().filter(|&n| n >= 0)? as u64;
    usize::try_from(n.checked_mul(unit as u64)?).ok()
}

/// Reads an integer of `bits` bits.
#[inline]
pub fn get_integer(
    h: &mut impl TermAlloc,
    ctx: Term,
    bits: usize,
    little: bool,
    signed: bool,
) -> Option<Term> {
    if remaining(ctx) < bits {
        return None;
    }
    let (bytes, pos) = data(ctx);
    let t = if bits <= 64 && !little {
        let raw = read_bits_u64(bytes, pos, bits);
        if !signed && bits < 60 {
            Term::small(raw as i64)
        } else {
            let v = if signed && bits > 0 && (raw >> (bits - 1)) & 1 == 1 {
                raw as i128 - (1i128 << bits)
            } else {
                raw as i128
            };
            make_i128(h, v)
        }
    } else {
        match get_int(bytes, pos, bits, little, signed) {
            IntValue::Small(v) => make_i128(h, v),
            IntValue::Big(b) => crate::ops::number::make_integer(h, &b)?,
        }
    };
    ctx.mc_set_position(pos + bits);
    Some(t)
}

/// Reads an integer of `bits` bits (1 to [`MAX_SMALL_FIELD`]) that always fits a small
/// integer, as the specialised `BsGetSmallInt` instruction does: big-endian of any size, or
/// little-endian of whole bytes. `None` if `ctx` is not a match context or fewer bits remain.
#[inline(always)]
pub fn get_small_int(ctx: Term, bits: usize, little: bool, signed: bool) -> Option<i64> {
    debug_assert!((1..=MAX_SMALL_FIELD).contains(&bits));
    debug_assert!(!little || bits.is_multiple_of(8));
    if !ctx.is_match_context() {
        return None;
    }
    let pos = ctx.mc_position();
    if ctx.mc_end() - pos < bits {
        return None;
    }
    let bytes = ctx.mc_original().plain_bytes()?;
    let raw = read_field(bytes, pos, bits);
    let raw = if little {
        raw.swap_bytes() >> (64 - bits)
    } else {
        raw
    };
    let value = if signed {
        ((raw << (64 - bits)) as i64) >> (64 - bits)
    } else {
        raw as i64
    };
    ctx.mc_set_position(pos + bits);
    Some(value)
}

/// The `bits` (1 to [`MAX_SMALL_FIELD`]) bits at bit `pos` of `bytes`, which holds them.
#[inline(always)]
fn read_field(bytes: &[u8], pos: usize, bits: usize) -> u64 {
    let first = pos / 8;
    match bytes.get(first..first + 8) {
        // One unaligned load covers any field of at most 57 bits at any bit offset.
        Some(eight) => {
            let mut word = [0u8; 8];
            word.copy_from_slice(eight);
            (u64::from_be_bytes(word) << (pos % 8)) >> (64 - bits)
        }
        None => read_near_end(bytes, pos, bits),
    }
}

/// [`read_field`] within the last eight bytes of a binary.
#[cold]
#[inline(never)]
fn read_near_end(bytes: &[u8], pos: usize, bits: usize) -> u64 {
    read_bits_u64(bytes, pos, bits)
}

/// Reads two integer fields of `bits1` and `bits2` bits (each 1 to [`MAX_SMALL_FIELD`]),
/// big-endian, one after the other, as the fused `BsGetSmallInt2` instruction does; `signed`
/// bit 0 makes the first signed, bit 1 the second. `None` (context unchanged) if `ctx` is not a
/// match context or fewer bits remain.
#[inline(always)]
pub fn get_two_small_ints(ctx: Term, bits1: usize, bits2: usize, signed: u8) -> Option<(i64, i64)> {
    if !ctx.is_match_context() {
        return None;
    }
    let pos = ctx.mc_position();
    if ctx.mc_end() - pos < bits1 + bits2 {
        return None;
    }
    let bytes = ctx.mc_original().plain_bytes()?;
    let (a, b) = if bits1 + bits2 <= MAX_SMALL_FIELD {
        // Both fields in one load.
        let both = read_field(bytes, pos, bits1 + bits2);
        (both >> bits2, both & (u64::MAX >> (64 - bits2)))
    } else {
        (
            read_field(bytes, pos, bits1),
            read_field(bytes, pos + bits1, bits2),
        )
    };
    ctx.mc_set_position(pos + bits1 + bits2);
    if signed == 0 {
        return Some((a as i64, b as i64));
    }
    let extend = |raw: u64, bits: usize, signed: bool| {
        if signed {
            ((raw << (64 - bits)) as i64) >> (64 - bits)
        } else {
            raw as i64
        }
    };
    Some((
        extend(a, bits1, signed & 1 != 0),
        extend(b, bits2, signed & 2 != 0),
    ))
}

/// The widest integer field [`get_small_int`] reads: one eight-byte load holds it at any bit
/// offset, and its values (signed or not) are small integers.
pub const MAX_SMALL_FIELD: usize = 57;

/// Checks that `bits` bits remain in `ctx` (a match context) and advances past them, returning
/// the position where they start; `None` (context unchanged) otherwise.
#[inline]
pub fn advance(ctx: Term, bits: usize) -> Option<usize> {
    if !ctx.is_match_context() {
        return None;
    }
    let pos = ctx.mc_position();
    if ctx.mc_end() - pos < bits {
        return None;
    }
    ctx.mc_set_position(pos + bits);
    Some(pos)
}

/// Reads a float of `bits` (16, 32 or 64) bits; fails on other sizes and non-finite values.
pub fn get_float(h: &mut impl TermAlloc, ctx: Term, bits: usize, little: bool) -> Option<Term> {
    if !matches!(bits, 16 | 32 | 64) || remaining(ctx) < bits {
        return None;
    }
    let (bytes, pos) = data(ctx);
    let raw = read_bits_u64(bytes, pos, bits);
    let raw = if little {
        raw.swap_bytes() >> (64 - bits)
    } else {
        raw
    };
    let v = float_from_bits(raw, bits)?;
    ctx.mc_set_position(pos + bits);
    Some(h.float(v))
}

/// Takes the next `bits` bits as a sub-binary.
pub fn get_binary(h: &mut impl TermAlloc, ctx: Term, bits: usize) -> Option<Term> {
    if remaining(ctx) < bits {
        return None;
    }
    let pos = ctx.mc_position();
    let t = h.sub_binary(ctx.mc_original(), pos / 8, (pos % 8) as u8, bits);
    ctx.mc_set_position(pos + bits);
    Some(t)
}

/// The rest of the bits as a sub-binary (the context is not advanced).
pub fn get_tail(h: &mut impl TermAlloc, ctx: Term) -> Term {
    let pos = ctx.mc_position();
    h.sub_binary(ctx.mc_original(), pos / 8, (pos % 8) as u8, remaining(ctx))
}

/// Skips `bits` bits.
pub fn skip(ctx: Term, bits: usize) -> bool {
    if remaining(ctx) < bits {
        return false;
    }
    ctx.mc_set_position(ctx.mc_position() + bits);
    true
}

/// Matches the bits of the bitstring `expected` at the position, advancing past them.
pub fn match_string(ctx: Term, expected: Term) -> bool {
    let Some(want) = expected.as_bitstring() else {
        return false;
    };
    let n = want.bit_len();
    if remaining(ctx) < n {
        return false;
    }
    let (bytes, pos) = data(ctx);
    let Some(got) = crate::term::binary::BitSlice::new(&bytes[pos / 8..], (pos % 8) as u8, n)
    else {
        return false;
    };
    if got != want {
        return false;
    }
    ctx.mc_set_position(pos + n);
    true
}

/// Which UTF encoding a `bs_get_utf*`/`bs_skip_utf*` instruction reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Utf {
    /// UTF-8.
    Utf8,
    /// UTF-16, big or little endian.
    Utf16(bool),
    /// UTF-32, big or little endian.
    Utf32(bool),
}

/// Reads one character, advancing past it.
pub fn get_utf(ctx: Term, kind: Utf) -> Option<u32> {
    let (bytes, pos) = data(ctx);
    let avail = remaining(ctx);
    let (c, n) = match kind {
        Utf::Utf8 => utf::get_utf8(bytes, pos, avail)?,
        Utf::Utf16(little) => utf::get_utf16(bytes, pos, avail, little)?,
        Utf::Utf32(little) => utf::get_utf32(bytes, pos, avail, little)?,
    };
    ctx.mc_set_position(pos + n);
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;

    #[test]
    fn reads_segments_in_order() {
        let mut h = ScratchHeap::new();
        let b = h.binary(&[0x12, 0x34, 0xFF, b'a', b'b', 0xC3, 0xA9]);
        let ctx = start_match(&mut h, b).unwrap();
        assert_eq!(
            get_integer(&mut h, ctx, 4, false, false),
            Some(Term::small(1))
        );
        assert_eq!(
            get_integer(&mut h, ctx, 12, true, false),
            Some(Term::small(0x423))
        );
        assert_eq!(
            get_integer(&mut h, ctx, 8, false, true),
            Some(Term::small(-1))
        );
        let ab = h.binary(b"ab");
        assert!(!match_string(ctx, h.binary(b"ax")));
        assert!(match_string(ctx, ab));
        assert_eq!(get_utf(ctx, Utf::Utf8), Some(0xE9));
        assert_eq!(remaining(ctx), 0);
        assert!(get_integer(&mut h, ctx, 1, false, false).is_none());
        // A context over a sub-binary at an odd bit offset.
        let sub = h.sub_binary(b, 0, 3, 13);
        let c2 = start_match(&mut h, sub).unwrap();
        assert_eq!(remaining(c2), 13);
        let t = get_binary(&mut h, c2, 5).unwrap();
        assert_eq!(t.as_bitstring().unwrap().to_vec(), vec![0b1001_0000]);
        let tail = get_tail(&mut h, c2);
        assert_eq!(tail.as_bitstring().unwrap().bit_len(), 8);
        assert_eq!(tail.as_bitstring().unwrap().to_vec(), vec![0x34]);
    }

    /// The specialised small-integer reads agree with the general one at every size up to
    /// [`MAX_SMALL_FIELD`], at every bit offset, including near the end of the binary.
    #[test]
    fn small_integer_reads_agree_with_the_general_one() {
        let mut h = ScratchHeap::new();
        let mut rng = fastrand::Rng::with_seed(0xb175);
        for _ in 0..3000 {
            let bytes: Vec<u8> = (0..rng.usize(1..20)).map(|_| rng.u8(..)).collect();
            let b = h.binary(&bytes);
            let total = bytes.len() * 8;
            let start = rng.usize(0..total);
            let bits = rng.usize(1..=MAX_SMALL_FIELD);
            let little = rng.bool() && bits.is_multiple_of(8);
            let signed = rng.bool();
            let fast = start_match(&mut h, b).unwrap();
            let slow = start_match(&mut h, b).unwrap();
            fast.mc_set_position(start);
            slow.mc_set_position(start);
            let want = get_integer(&mut h, slow, bits, little, signed);
            let got = get_small_int(fast, bits, little, signed).map(Term::small);
            assert_eq!(got, want, "{bits} bits at {start} of {bytes:?}");
            assert_eq!(fast.mc_position(), slow.mc_position());
            // Two fields in one go, as the fused instruction reads them.
            let bits2 = rng.usize(1..=MAX_SMALL_FIELD);
            let signs = rng.u8(0..4);
            fast.mc_set_position(start);
            slow.mc_set_position(start);
            let a = get_integer(&mut h, slow, bits, false, signs & 1 != 0);
            let b2 = a.and_then(|_| get_integer(&mut h, slow, bits2, false, signs & 2 != 0));
            let pair = get_two_small_ints(fast, bits, bits2, signs);
            match (a, b2) {
                (Some(a), Some(b2)) => {
                    assert_eq!(
                        pair.map(|(x, y)| (Term::small(x), Term::small(y))),
                        Some((a, b2))
                    );
                    assert_eq!(fast.mc_position(), slow.mc_position());
                }
                _ => {
                    assert_eq!(pair, None);
                    assert_eq!(fast.mc_position(), start);
                }
            }
        }
        assert_eq!(advance(Term::small(1), 0), None);
        assert_eq!(get_small_int(Term::NIL, 8, false, false), None);
    }
}
