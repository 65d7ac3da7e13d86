//! Integer segments: reading and writing integers of any size, unit, endianness and
//! signedness at any bit position.
//!
//! A big-endian segment holds the value's bits most significant first. A little-endian segment
//! of `n` bits holds the value's bytes least significant first; when `n` is not a multiple of 8
//! the last, partial, chunk holds the top `n % 8` bits (as erl lays it out: `<<16#abc:12/little>>`
//! is `<<16#bc, 16#a:4>>`). Native endianness is little on every machine girder runs on.

use num_bigint::{BigInt, Sign};

use super::copy::{copy_bits, read_bits_u64};
use super::writer::BitWriter;

/// An integer read from a segment: small values without allocation.
#[derive(Clone, Debug, PartialEq)]
pub enum IntValue {
    /// Fits in an `i128`.
    Small(i128),
    /// Anything larger.
    Big(BigInt),
}

/// Writes the low `n` bits of the two's complement of `v` (given as a sign and magnitude
/// bytes, little-endian) to `w`.
pub fn put_int_bytes(
    w: &mut BitWriter,
    negative: bool,
    magnitude_le: &[u8],
    n: usize,
    little: bool,
) {
    let len = n.div_ceil(8);
    // Two's complement, truncated or sign-extended to `len` bytes, little-endian.
    let mut le = vec![0u8; len];
    for (d, s) in le.iter_mut().zip(magnitude_le) {
        *d = *s;
    }
    if negative {
        let mut carry = true;
        for b in le.iter_mut() {
            let (v, c) = (!*b).overflowing_add(carry as u8);
            *b = v;
            carry = c;
        }
    }
    put_le_bytes(w, &le, n, little);
}

/// Writes the low `n` bits of the two's complement value `v` (sign-extended beyond 64 bits).
pub fn put_int_i64(w: &mut BitWriter, v: i64, n: usize, little: bool) {
    if n <= 64 && !little {
        w.push_bits(v as u64, n);
        return;
    }
    if !little {
        // Big-endian beyond 64 bits: the sign extension, then the value's 64 bits.
        let mut fill = n - 64;
        let fill_word = if v < 0 { u64::MAX } else { 0 };
        while fill > 0 {
            let k = fill.min(64);
            w.push_bits(fill_word, k);
            fill -= k;
        }
        w.push_bits(v as u64, 64);
        return;
    }
    let len = n.div_ceil(8);
    let fill = if v < 0 { 0xFF } else { 0 };
    let mut le = vec![fill; len];
    for (d, s) in le.iter_mut().zip(v.to_le_bytes()) {
        *d = s;
    }
    put_le_bytes(w, &le, n, little);
}

/// Writes `n` bits from `le`, a little-endian two's complement of `n.div_ceil(8)` bytes.
fn put_le_bytes(w: &mut BitWriter, le: &[u8], n: usize, little: bool) {
    let rem = n % 8;
    let whole = n / 8;
    if little {
        w.push_bytes(&le[..whole]);
        if rem > 0 {
            w.push_bits(le[whole] as u64, rem);
        }
    } else {
        let be: Vec<u8> = le.iter().rev().copied().collect();
        // The top byte holds only `rem` bits when `n` is not a multiple of 8.
        let skip = if rem > 0 { 8 - rem } else { 0 };
        w.push_from(&be, skip, n);
    }
}

/// Reads an `n`-bit integer at bit `off` of `src` (which must hold it).
pub fn get_int(src: &[u8], off: usize, n: usize, little: bool, signed: bool) -> IntValue {
    if n <= 64 {
        let raw = if little {
            read_le_u64(src, off, n)
        } else {
            read_bits_u64(src, off, n)
        };
        let v = if signed && n > 0 && (raw >> (n - 1)) & 1 == 1 {
            raw as i128 - (1i128 << n)
        } else {
            raw as i128
        };
        return IntValue::Small(v);
    }
    // Gather the bits as little-endian bytes of the unsigned value.
    let len = n.div_ceil(8);
    let mut le = vec![0u8; len];
    let rem = n % 8;
    if little {
        let whole = n / 8;
        copy_bits(src, off, &mut le, 0, whole * 8);
        if rem > 0 {
            le[whole] = read_bits_u64(src, off + whole * 8, rem) as u8;
        }
    } else {
        let mut be = vec![0u8; len];
        let skip = if rem > 0 { 8 - rem } else { 0 };
        copy_bits(src, off, &mut be, skip, n);
        be.reverse();
        le = be;
    }
    let negative = signed && {
        let top_bit = (n - 1) % 8;
        (le[len - 1] >> top_bit) & 1 == 1
    };
    if negative {
        // Sign-extend the top byte, then take the magnitude of the two's complement.
        if rem > 0 {
            le[len - 1] |= 0xFFu8 << rem;
        }
        let mut carry = true;
        for b in le.iter_mut() {
            let (v, c) = (!*b).overflowing_add(carry as u8);
            *b = v;
            carry = c;
        }
        IntValue::Big(BigInt::from_bytes_le(Sign::Minus, &le))
    } else {
        IntValue::Big(BigInt::from_bytes_le(Sign::Plus, &le))
    }
}

fn read_le_u64(src: &[u8], off: usize, n: usize) -> u64 {
    let whole = n / 8;
    let mut v = 0u64;
    for i in 0..whole {
        v |= read_bits_u64(src, off + i * 8, 8) << (8 * i);
    }
    let rem = n % 8;
    if rem > 0 {
        v |= read_bits_u64(src, off + whole * 8, rem) << (8 * whole);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_i64(v: i64, n: usize, little: bool) -> (Vec<u8>, usize) {
        let mut w = BitWriter::default();
        w.push_bits(0b1, 1); // misalign
        put_int_i64(&mut w, v, n, little);
        (w.bytes().to_vec(), w.bit_len())
    }

    #[test]
    fn little_endian_layout_matches_erl() {
        let mut w = BitWriter::default();
        put_int_i64(&mut w, 0xabc, 12, true);
        assert_eq!((w.bytes(), w.bit_len()), (&[0xbc, 0xa0][..], 12));
        let mut w = BitWriter::default();
        put_int_i64(&mut w, 0xabcde, 20, true);
        assert_eq!(w.bytes(), &[0xde, 0xbc, 0xa0]);
        assert_eq!(
            get_int(&[0xbc, 0xa0], 0, 12, true, false),
            IntValue::Small(0xabc)
        );
        let mut w = BitWriter::default();
        put_int_i64(&mut w, -1, 12, true);
        assert_eq!(w.bytes(), &[0xff, 0xf0]);
    }

    #[test]
    fn round_trips_at_every_size_and_offset() {
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..5000 {
            let n = rng.usize(1..=64);
            let little = rng.bool();
            let raw = rng.u64(..);
            let v = if n == 64 {
                raw
            } else {
                raw & ((1u64 << n) - 1)
            };
            let (bytes, len) = write_i64(v as i64, n, little);
            assert_eq!(len, n + 1);
            let unsigned = get_int(&bytes, 1, n, little, false);
            assert_eq!(
                unsigned,
                IntValue::Small(v as i128),
                "n {n} little {little}"
            );
            let signed = get_int(&bytes, 1, n, little, true);
            let expect = if n < 128 && (v >> (n - 1)) & 1 == 1 {
                v as i128 - (1i128 << n)
            } else {
                v as i128
            };
            assert_eq!(signed, IntValue::Small(expect));
        }
    }

    #[test]
    fn small_values_in_wide_segments_match_the_bignum_writer() {
        let mut rng = fastrand::Rng::with_seed(1234);
        for _ in 0..2000 {
            let n = rng.usize(65..400);
            let little = rng.bool();
            let v = rng.i64(..) >> rng.u32(0..63);
            let offset = rng.usize(0..8);
            let mut fast = BitWriter::default();
            fast.push_bits(0, offset);
            put_int_i64(&mut fast, v, n, little);
            let mut reference = BitWriter::default();
            reference.push_bits(0, offset);
            let magnitude = v.unsigned_abs().to_le_bytes();
            put_int_bytes(&mut reference, v < 0, &magnitude, n, little);
            assert_eq!(
                (fast.bytes(), fast.bit_len()),
                (reference.bytes(), reference.bit_len()),
                "v {v} n {n} little {little} offset {offset}"
            );
        }
    }

    #[test]
    fn big_values_round_trip() {
        let mut rng = fastrand::Rng::with_seed(99);
        for _ in 0..500 {
            let n = rng.usize(65..300);
            let little = rng.bool();
            let bytes: Vec<u8> = (0..n.div_ceil(8)).map(|_| rng.u8(..)).collect();
            let mut mag = BigInt::from_bytes_le(Sign::Plus, &bytes);
            mag %= BigInt::from(1) << n;
            let negative = rng.bool() && mag != BigInt::from(0);
            let value = if negative { -mag.clone() } else { mag.clone() };
            let mut w = BitWriter::default();
            w.push_bits(0, 3);
            put_int_bytes(&mut w, negative, &mag.to_bytes_le().1, n, little);
            let back = match get_int(w.bytes(), 3, n, little, true) {
                IntValue::Big(b) => b,
                IntValue::Small(s) => BigInt::from(s),
            };
            // Signed reading gives value modulo 2^n in the signed range.
            let modulus = BigInt::from(1) << n;
            let mut expect = ((value % &modulus) + &modulus) % &modulus;
            if expect >= (BigInt::from(1) << (n - 1)) {
                expect -= &modulus;
            }
            assert_eq!(back, expect, "n {n} little {little}");
        }
    }
}
