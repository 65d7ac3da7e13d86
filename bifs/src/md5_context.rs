//! The streaming MD5 state behind `erlang:md5_init/0`, `md5_update/2` and `md5_final/1`, kept
//! in the 88-byte layout of erl's context binary: the four state words, the count of bits seen
//! (64 bits), and the 64-byte block buffer, all little-endian. Bytes are buffered as RFC 1321's
//! reference update does, so a context holds the same state, count and pending bytes as erl's.
//! The compression function is the `md-5` crate's.

/// Size in bytes of a context binary.
pub const CONTEXT_BYTES: usize = 88;

const INITIAL_STATE: [u32; 4] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476];

/// An MD5 computation in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Md5Context {
    state: [u32; 4],
    bit_count: u64,
    buffer: [u8; 64],
}

impl Default for Md5Context {
    fn default() -> Self {
        Md5Context {
            state: INITIAL_STATE,
            bit_count: 0,
            buffer: [0; 64],
        }
    }
}

impl Md5Context {
    /// Reads a context from its binary form; `None` unless `bytes` has exactly the context's
    /// size (erl checks only the size).
    pub fn from_bytes(bytes: &[u8]) -> Option<Md5Context> {
        if bytes.len() != CONTEXT_BYTES {
            return None;
        }
        let word = |i: usize| u32::from_le_bytes(bytes[4 * i..4 * i + 4].try_into().unwrap());
        let mut buffer = [0; 64];
        buffer.copy_from_slice(&bytes[24..]);
        Some(Md5Context {
            state: [word(0), word(1), word(2), word(3)],
            bit_count: u64::from_le_bytes(bytes[16..24].try_into().unwrap()),
            buffer,
        })
    }

    /// The binary form of the context.
    pub fn to_bytes(&self) -> [u8; CONTEXT_BYTES] {
        let mut out = [0; CONTEXT_BYTES];
        for (chunk, w) in out[..16].chunks_exact_mut(4).zip(self.state) {
            chunk.copy_from_slice(&w.to_le_bytes());
        }
        out[16..24].copy_from_slice(&self.bit_count.to_le_bytes());
        out[24..].copy_from_slice(&self.buffer);
        out
    }

    /// Feeds `data` into the computation.
    pub fn update(&mut self, data: &[u8]) {
        let index = ((self.bit_count >> 3) & 63) as usize;
        self.bit_count = self.bit_count.wrapping_add((data.len() as u64) << 3);
        let part = 64 - index;
        let mut rest = data;
        let mut at = index;
        if data.len() >= part {
            self.buffer[index..].copy_from_slice(&data[..part]);
            md5::block_api::compress(&mut self.state, &[self.buffer]);
            let (blocks, tail) = data[part..].as_chunks::<64>();
            md5::block_api::compress(&mut self.state, blocks);
            rest = tail;
            at = 0;
        }
        self.buffer[at..at + rest.len()].copy_from_slice(rest);
    }

    /// Ends the computation: the 16-byte digest.
    pub fn finish(mut self) -> [u8; 16] {
        let length = self.bit_count.to_le_bytes();
        let index = ((self.bit_count >> 3) & 63) as usize;
        let pad = if index < 56 { 56 - index } else { 120 - index };
        let mut padding = [0u8; 64];
        padding[0] = 0x80;
        self.update(&padding[..pad]);
        self.update(&length);
        let mut digest = [0; 16];
        for (chunk, w) in digest.chunks_exact_mut(4).zip(self.state) {
            chunk.copy_from_slice(&w.to_le_bytes());
        }
        digest
    }
}

/// The MD5 digest of `data`.
pub fn digest(data: &[u8]) -> [u8; 16] {
    let mut c = Md5Context::default();
    c.update(data);
    c.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(d: [u8; 16]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn rfc_1321_test_suite() {
        let cases = [
            ("", "d41d8cd98f00b204e9800998ecf8427e"),
            ("a", "0cc175b9c0f1b6a831c399e269772661"),
            ("abc", "900150983cd24fb0d6963f7d28e17f72"),
            ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            (
                "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
                "57edf4a22be3c955ac49da2e2107b67a",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(hex(digest(text.as_bytes())), want, "{text:?}");
        }
    }

    #[test]
    fn chunked_updates_match_one_update_and_round_trip_through_bytes() {
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 + 3) as u8).collect();
        for chunk in [1, 3, 55, 56, 63, 64, 65, 128, 999] {
            let mut c = Md5Context::default();
            for piece in data.chunks(chunk) {
                c = Md5Context::from_bytes(&c.to_bytes()).unwrap();
                c.update(piece);
            }
            assert_eq!(c.finish(), digest(&data), "chunk {chunk}");
        }
    }

    #[test]
    fn layout_is_erls() {
        // erl: erlang:md5_update(erlang:md5_init(), <<"abc">>) starts with the initial state
        // words, then a bit count of 24, then "abc" at the start of the buffer.
        let mut c = Md5Context::default();
        c.update(b"abc");
        let b = c.to_bytes();
        assert_eq!(
            &b[..16],
            &[1, 35, 69, 103, 137, 171, 205, 239, 254, 220, 186, 152, 118, 84, 50, 16]
        );
        assert_eq!(&b[16..24], &[24, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(&b[24..27], b"abc");
        // 70 bytes of "x": one block compressed, 560 bits counted, the buffer full of "x".
        let mut c = Md5Context::default();
        c.update(&[b'x'; 70]);
        let b = c.to_bytes();
        assert_eq!(&b[..4], &[78, 43, 119, 121]);
        assert_eq!(&b[16..24], &[48, 2, 0, 0, 0, 0, 0, 0]);
        assert!(b[24..].iter().all(|&x| x == b'x'));
        assert!(Md5Context::from_bytes(&b[1..]).is_none());
    }
}
