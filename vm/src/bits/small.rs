//! [`SmallBits`]: a fixed-size bit buffer that lives on the stack, for appends of a few small
//! segments (the common case of `<<Acc/binary, X:16, Y:32>>` in a loop), so that they need no
//! heap buffer and no segment list.

use super::copy::copy_bits;

/// Bytes a [`SmallBits`] holds.
pub const SMALL_BITS_BYTES: usize = 128;

/// A buffer of up to [`SMALL_BITS_BYTES`] bytes that bits are appended to. Bits after the
/// length are zero. Every push returns `None`, writing nothing, when the bits do not fit.
#[derive(Clone, Debug)]
pub struct SmallBits {
    buf: [u8; SMALL_BITS_BYTES],
    len: usize,
}

impl Default for SmallBits {
    fn default() -> Self {
        SmallBits {
            buf: [0; SMALL_BITS_BYTES],
            len: 0,
        }
    }
}

impl SmallBits {
    /// Length in bits.
    #[inline]
    pub fn bit_len(&self) -> usize {
        self.len
    }

    /// The bytes holding the bits (the last one padded with zero bits).
    #[inline]
    pub fn bytes(&self) -> &[u8] {
        &self.buf[..self.len.div_ceil(8)]
    }

    fn reserve(&self, n: usize) -> Option<()> {
        (n <= SMALL_BITS_BYTES * 8 - self.len).then_some(())
    }

    /// Appends the low `n` (at most 64) bits of `v`, most significant first.
    #[inline]
    pub fn push_bits(&mut self, v: u64, n: usize) -> Option<()> {
        debug_assert!(n <= 64);
        self.reserve(n)?;
        if n == 0 {
            return Some(());
        }
        let top = v << (64 - n);
        let at = self.len / 8;
        if let Some(window) = self.buf.get_mut(at..at + 16) {
            // The bits after the length are zero, so OR-ing the new bits, shifted to the bit
            // position, into the 16 bytes from there writes them and keeps the rest zero.
            let mut word = [0u8; 16];
            word.copy_from_slice(window);
            let merged = u128::from_be_bytes(word) | ((top as u128) << 64) >> (self.len % 8);
            window.copy_from_slice(&merged.to_be_bytes());
        } else {
            copy_bits(&top.to_be_bytes(), 0, &mut self.buf, self.len, n);
        }
        self.len += n;
        Some(())
    }

    /// Appends the `n`-bit big-endian two's complement of `v` (sign-extended beyond 64 bits).
    #[inline]
    pub fn push_int(&mut self, v: i64, n: usize) -> Option<()> {
        self.reserve(n)?;
        if n > 64 {
            let mut fill = n - 64;
            if v < 0 {
                while fill > 0 {
                    let k = fill.min(64);
                    self.push_bits(u64::MAX, k)?;
                    fill -= k;
                }
            } else {
                // Bits after the length are already zero.
                self.len += fill;
            }
            return self.push_bits(v as u64, 64);
        }
        self.push_bits(v as u64, n)
    }

    /// Appends `n` bits of `src` starting at bit `off`.
    pub fn push_from(&mut self, src: &[u8], off: usize, n: usize) -> Option<()> {
        self.reserve(n)?;
        copy_bits(src, off, &mut self.buf, self.len, n);
        self.len += n;
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bits::int::put_int_i64;
    use crate::bits::BitWriter;

    #[test]
    fn agrees_with_the_bit_writer() {
        let mut rng = fastrand::Rng::with_seed(0x5a11);
        for _ in 0..2000 {
            let mut small = SmallBits::default();
            let mut reference = BitWriter::default();
            for _ in 0..rng.usize(1..6) {
                match rng.u8(0..3) {
                    0 => {
                        let n = rng.usize(0..=64);
                        let v = rng.u64(..);
                        if small.push_bits(v, n).is_some() {
                            reference.push_bits(v, n);
                        }
                    }
                    1 => {
                        let n = rng.usize(0..200);
                        let v = rng.i64(..) >> rng.u32(0..63);
                        if small.push_int(v, n).is_some() {
                            put_int_i64(&mut reference, v, n, false);
                        }
                    }
                    _ => {
                        let src: Vec<u8> = (0..rng.usize(1..20)).map(|_| rng.u8(..)).collect();
                        let off = rng.usize(0..src.len() * 8);
                        let n = rng.usize(0..=src.len() * 8 - off);
                        if small.push_from(&src, off, n).is_some() {
                            reference.push_from(&src, off, n);
                        }
                    }
                }
            }
            assert_eq!(small.bit_len(), reference.bit_len());
            assert_eq!(small.bytes(), reference.bytes());
        }
    }

    #[test]
    fn refuses_what_does_not_fit() {
        let mut small = SmallBits::default();
        assert!(small.push_int(0, SMALL_BITS_BYTES * 8 - 3).is_some());
        assert!(small.push_bits(0b1111, 4).is_none());
        assert_eq!(small.bit_len(), SMALL_BITS_BYTES * 8 - 3);
        assert!(small.push_bits(0b101, 3).is_some());
        assert_eq!(small.bytes().last(), Some(&0b0000_0101));
    }
}
