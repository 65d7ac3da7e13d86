//! Copying and reading bits between arbitrary bit positions.
//!
//! Bits are numbered as Erlang numbers them: bit 0 is the most significant bit of byte 0.

/// Copies `n` bits from bit `src_off` of `src` to bit `dst_off` of `dst`; the bits of `dst`
/// outside the destination range are kept.
///
/// Panics if either range runs past its slice.
pub fn copy_bits(src: &[u8], src_off: usize, dst: &mut [u8], dst_off: usize, n: usize) {
    if n == 0 {
        return;
    }
    assert!(
        src_off + n <= src.len() * 8,
        "copy_bits: source range out of bounds"
    );
    assert!(
        dst_off + n <= dst.len() * 8,
        "copy_bits: destination range out of bounds"
    );
    if src_off.is_multiple_of(8) && dst_off.is_multiple_of(8) {
        let (s, d) = (src_off / 8, dst_off / 8);
        let whole = n / 8;
        dst[d..d + whole].copy_from_slice(&src[s..s + whole]);
        let rest = n % 8;
        if rest > 0 {
            let mask = !(0xFFu8 >> rest);
            dst[d + whole] = (dst[d + whole] & !mask) | (src[s + whole] & mask);
        }
        return;
    }
    let mut done = 0;
    // Leading bits until the destination is byte-aligned.
    let head = ((8 - dst_off % 8) % 8).min(n);
    if head > 0 {
        let v = read_bits_u64(src, src_off, head);
        write_small(dst, dst_off, head, v as u8);
        done = head;
    }
    // Whole destination bytes.
    let mut d = (dst_off + done) / 8;
    while n - done >= 8 {
        dst[d] = read_byte(src, src_off + done);
        d += 1;
        done += 8;
    }
    if done < n {
        let k = n - done;
        let v = read_bits_u64(src, src_off + done, k);
        write_small(dst, dst_off + done, k, v as u8);
    }
}

/// Eight bits of `src` starting at bit `off` (which must be in range).
#[inline]
fn read_byte(src: &[u8], off: usize) -> u8 {
    let (i, sh) = (off / 8, off % 8);
    if sh == 0 {
        src[i]
    } else {
        (src[i] << sh) | (src[i + 1] >> (8 - sh))
    }
}

/// Writes the low `k` (1..=8) bits of `v` at bit `off` of `dst`, within one or two bytes.
#[inline]
fn write_small(dst: &mut [u8], off: usize, k: usize, v: u8) {
    debug_assert!((1..=8).contains(&k));
    let v = (v as u16) & ((1u16 << k) - 1);
    let (i, sh) = (off / 8, off % 8);
    // The k bits placed in a 16-bit window starting at byte i.
    let shift = 16 - sh - k;
    let mask = ((1u16 << k) - 1) << shift;
    let placed = v << shift;
    dst[i] = (dst[i] & !((mask >> 8) as u8)) | (placed >> 8) as u8;
    if sh + k > 8 {
        dst[i + 1] = (dst[i + 1] & !(mask as u8)) | placed as u8;
    }
}

/// Reads `n` (at most 64) bits at bit `off` of `src` as an unsigned big-endian number.
#[inline]
///
/// Panics if the range runs past `src`.
pub fn read_bits_u64(src: &[u8], off: usize, n: usize) -> u64 {
    assert!(n <= 64, "read_bits_u64 reads at most 64 bits");
    if n == 0 {
        return 0;
    }
    assert!(
        off + n <= src.len() * 8,
        "read_bits_u64: range out of bounds"
    );
    let first = off / 8;
    let shift = off % 8;
    if shift + n <= 64 {
        // All the bits lie in the eight bytes from `first`: one big-endian load (zero-padded
        // near the end of `src`).
        let word = match src.get(first..first + 8) {
            Some(eight) => u64::from_be_bytes(eight.try_into().expect("eight bytes")),
            None => {
                let mut buf = [0u8; 8];
                let avail = src.len() - first;
                buf[..avail].copy_from_slice(&src[first..]);
                u64::from_be_bytes(buf)
            }
        };
        return (word << shift) >> (64 - n);
    }
    let last = (off + n - 1) / 8;
    let mut acc: u128 = 0;
    for &b in &src[first..=last] {
        acc = (acc << 8) | b as u128;
    }
    let total = (last - first + 1) * 8;
    let drop = total - (off % 8) - n;
    let v = acc >> drop;
    if n == 64 {
        v as u64
    } else {
        (v as u64) & ((1u64 << n) - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bit(b: &[u8], i: usize) -> u8 {
        (b[i / 8] >> (7 - i % 8)) & 1
    }

    fn set(b: &mut [u8], i: usize, v: u8) {
        let m = 0x80u8 >> (i % 8);
        if v == 1 {
            b[i / 8] |= m
        } else {
            b[i / 8] &= !m
        }
    }

    #[test]
    fn copies_match_a_bit_by_bit_reference() {
        let mut rng = fastrand::Rng::with_seed(0x5eed_b175);
        for _ in 0..4000 {
            let src: Vec<u8> = (0..rng.usize(1..24)).map(|_| rng.u8(..)).collect();
            let mut dst: Vec<u8> = (0..rng.usize(1..24)).map(|_| rng.u8(..)).collect();
            let src_off = rng.usize(0..src.len() * 8);
            let dst_off = rng.usize(0..dst.len() * 8);
            let n = rng.usize(0..=(src.len() * 8 - src_off).min(dst.len() * 8 - dst_off));
            let mut expected = dst.clone();
            for i in 0..n {
                set(&mut expected, dst_off + i, bit(&src, src_off + i));
            }
            copy_bits(&src, src_off, &mut dst, dst_off, n);
            assert_eq!(dst, expected, "src_off {src_off} dst_off {dst_off} n {n}");
        }
    }

    #[test]
    fn reads_match_a_bit_by_bit_reference() {
        let mut rng = fastrand::Rng::with_seed(42);
        for _ in 0..4000 {
            let src: Vec<u8> = (0..rng.usize(1..16)).map(|_| rng.u8(..)).collect();
            let off = rng.usize(0..src.len() * 8);
            let n = rng.usize(0..=(src.len() * 8 - off).min(64));
            let mut expected = 0u64;
            for i in 0..n {
                expected = (expected << 1) | bit(&src, off + i) as u64;
            }
            assert_eq!(read_bits_u64(&src, off, n), expected);
        }
    }
}
