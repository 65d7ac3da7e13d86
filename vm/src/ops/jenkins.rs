//! Bob Jenkins' lookup2 mixing, the building block of both of erl's Jenkins-style term hashes:
//! the portable `erlang:phash2/1,2` ([`super::hash`]) and the internal hash that places keys in
//! large maps ([`crate::map::internal_hash`]).
//!
//! Both hashes fold 32-bit pieces of a term into a running 32-bit value with [`mix`], offset by a
//! per-kind constant (a multiple of the golden ratio, [`hconst`]), and hash the bytes of
//! bitstrings with [`bitstring_hash`].

use crate::term::binary::BitSlice;

/// The golden ratio constant the mixes start from.
pub const HCONST: u32 = 0x9e37_79b9;

/// `HCONST * n` (wrapping): the per-kind constants.
pub const fn hconst(n: u32) -> u32 {
    HCONST.wrapping_mul(n)
}

/// Jenkins' mix of three 32-bit values, returning all three (block hashing carries `a` and `b`).
#[inline(always)]
pub fn mix3(mut a: u32, mut b: u32, mut c: u32) -> (u32, u32, u32) {
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

/// Jenkins' mix of three 32-bit values; the result is the mixed `c`.
#[inline(always)]
pub fn mix(a: u32, b: u32, c: u32) -> u32 {
    mix3(a, b, c).2
}

/// Mixes two 32-bit values, each offset by `constant`, into `hash`.
#[inline(always)]
pub fn hash2(hash: u32, x: u32, y: u32, constant: u32) -> u32 {
    mix(constant.wrapping_add(x), constant.wrapping_add(y), hash)
}

/// Mixes one 32-bit value (and a zero) into `hash`.
#[inline(always)]
pub fn hash1(hash: u32, x: u32, constant: u32) -> u32 {
    hash2(hash, x, 0, constant)
}

/// Mixes a 64-bit word as its low and high halves.
#[inline(always)]
pub fn word_hash(hash: u32, word: u64, constant: u32) -> u32 {
    hash2(hash, word as u32, (word >> 32) as u32, constant)
}

/// Jenkins' block hash of a byte string seeded with `initval`: 12 bytes per mix, little-endian,
/// with the total length added into `c` before the last bytes.
pub fn block_hash(bytes: &[u8], initval: u32) -> u32 {
    let le = |k: &[u8]| u32::from_le_bytes([k[0], k[1], k[2], k[3]]);
    let (mut a, mut b, mut c) = (HCONST, HCONST, initval);
    let mut chunks = bytes.chunks_exact(12);
    for k in &mut chunks {
        (a, b, c) = mix3(
            a.wrapping_add(le(&k[0..4])),
            b.wrapping_add(le(&k[4..8])),
            c.wrapping_add(le(&k[8..12])),
        );
    }
    // Only the low 32 bits of the length count, as in erl.
    c = c.wrapping_add(bytes.len() as u32);
    // The lowest byte of `c` holds the length, so the last bytes 8..10 go one byte higher.
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        let byte = u32::from(byte);
        match i {
            0..=3 => a = a.wrapping_add(byte << (8 * i)),
            4..=7 => b = b.wrapping_add(byte << (8 * (i - 4))),
            _ => c = c.wrapping_add(byte << (8 * (i - 7))),
        }
    }
    mix(a, b, c)
}

/// The hash of a bitstring continuing `hash`, as both erl hashes compute it: the block hash of
/// its whole bytes seeded with `hconst(13) + hash`, then the trailing bits (count and value)
/// mixed with `hconst(15)`. The empty bitstring gives the seed itself.
pub fn bitstring_hash(bits: &BitSlice<'_>, hash: u32) -> u32 {
    let seed = hconst(13).wrapping_add(hash);
    if bits.bit_len() == 0 {
        return seed;
    }
    let whole = bits.byte_len();
    let hashed = match bits.as_bytes() {
        Some(bytes) => block_hash(bytes, seed),
        None => block_hash(&bits.to_vec()[..whole], seed),
    };
    let (tail, tail_bits) = bits.trailing_bits();
    if tail_bits > 0 {
        hash2(hashed, u32::from(tail_bits), u32::from(tail), hconst(15))
    } else {
        hashed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_multiples_of_the_golden_ratio() {
        assert_eq!(hconst(4), 0x78dd_e6e4);
        assert_eq!(hconst(13), 0x08d1_2e65);
        assert_eq!(hconst(22), 0x98c4_75e6);
    }

    #[test]
    fn block_hash_depends_on_every_byte_and_the_length() {
        assert_ne!(block_hash(b"abc", 7), block_hash(b"abd", 7));
        assert_ne!(block_hash(&[0; 12], 0), block_hash(&[0; 13], 0));
        assert_eq!(mix3(1, 2, 3).2, mix(1, 2, 3));
    }
}
