//! [`BitWriter`]: a growable buffer that bits are appended to, the workspace of binary
//! construction.

use super::copy::copy_bits;

/// A buffer of `len` bits; bits after `len` in the last byte are zero.
#[derive(Default, Debug, Clone)]
pub struct BitWriter {
    bytes: Vec<u8>,
    len: usize,
}

impl BitWriter {
    /// An empty writer with room for `bits` bits.
    pub fn with_capacity(bits: usize) -> BitWriter {
        BitWriter {
            bytes: Vec::with_capacity(bits.div_ceil(8)),
            len: 0,
        }
    }

    /// Makes room for `bits` more bits.
    pub fn reserve(&mut self, bits: usize) {
        self.bytes
            .reserve((self.len + bits).div_ceil(8) - self.bytes.len());
    }

    /// Empties the writer, keeping its buffer.
    pub fn clear(&mut self) {
        self.bytes.clear();
        self.len = 0;
    }

    /// Length in bits.
    pub fn bit_len(&self) -> usize {
        self.len
    }

    /// The bytes written; the last one is padded with zero bits.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Takes the bytes out.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Appends the low `n` (at most 64) bits of `v`, most significant first.
    pub fn push_bits(&mut self, v: u64, n: usize) {
        debug_assert!(n <= 64);
        if n == 0 {
            return;
        }
        if self.len.is_multiple_of(8) && n.is_multiple_of(8) {
            let be = v.to_be_bytes();
            self.bytes.extend_from_slice(&be[8 - n / 8..]);
            self.len += n;
            return;
        }
        let v = if n == 64 { v } else { v & ((1u64 << n) - 1) };
        let mut remaining = n;
        while remaining > 0 {
            let used = self.len % 8;
            if used == 0 {
                self.bytes.push(0);
            }
            let room = 8 - used;
            let take = room.min(remaining);
            let chunk = ((v >> (remaining - take)) & ((1u64 << take) - 1)) as u8;
            let last = self.bytes.len() - 1;
            self.bytes[last] |= chunk << (room - take);
            self.len += take;
            remaining -= take;
        }
    }

    /// Appends whole bytes.
    pub fn push_bytes(&mut self, data: &[u8]) {
        if self.len.is_multiple_of(8) {
            self.bytes.extend_from_slice(data);
            self.len += data.len() * 8;
        } else {
            self.push_from(data, 0, data.len() * 8);
        }
    }

    /// Appends `n` bits of `src` starting at bit `off`.
    pub fn push_from(&mut self, src: &[u8], off: usize, n: usize) {
        if n == 0 {
            return;
        }
        let new_len = self.len + n;
        self.bytes.resize(new_len.div_ceil(8), 0);
        copy_bits(src, off, &mut self.bytes, self.len, n);
        self.len = new_len;
    }

    /// Appends `n` zero bits.
    pub fn push_zeros(&mut self, n: usize) {
        self.len += n;
        self.bytes.resize(self.len.div_ceil(8), 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_pack_most_significant_first() {
        let mut w = BitWriter::default();
        w.push_bits(0b101, 3);
        w.push_bits(0xABCD, 16);
        w.push_bytes(&[0xFF]);
        w.push_zeros(2);
        w.push_from(&[0b1100_0000], 0, 2);
        assert_eq!(w.bit_len(), 3 + 16 + 8 + 2 + 2);
        // 101 1010101111001101 11111111 00 11
        assert_eq!(
            w.bytes(),
            &[0b1011_0101, 0b0111_1001, 0b1011_1111, 0b1110_0110]
        );
    }
}
