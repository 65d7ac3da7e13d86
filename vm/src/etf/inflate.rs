//! zlib inflation with a declared output size, for compressed terms and the literal chunk.

use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// Largest expansion a deflate stream can achieve (about 1032:1), plus slack for headers.
const MAX_RATIO: usize = 1032;

/// Declared sizes above this are checked by inflating the stream once into a small ring buffer
/// and counting, before the real output buffer is allocated: a stream that lies about its size
/// costs time, never memory.
const CHECKED_ABOVE: usize = 1 << 20;

/// The ring buffer of that count (a power of two, at least deflate's 32 KB window).
const RING: usize = 1 << 16;

/// Inflates the zlib stream at the start of `input`, which must produce exactly `expected`
/// bytes. Returns the data and the number of input bytes the stream used.
///
/// The output buffer is sized from `expected` only as far as the input could possibly inflate to,
/// and grows beyond that only as real output arrives, so a lying size field cannot make this
/// allocate more than the stream actually produces.
pub fn inflate_zlib(input: &[u8], expected: usize) -> Result<(Vec<u8>, usize), &'static str> {
    if expected > CHECKED_ABOVE && inflated_size(input, expected)? != expected {
        return Err("inflates to fewer bytes than its declared size");
    }
    let plausible = input.len().saturating_mul(MAX_RATIO).saturating_add(64);
    let mut out = vec![0u8; expected.min(plausible)];
    let mut state = Box::<DecompressorOxide>::default();
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut in_pos = 0;
    let mut out_pos = 0;
    loop {
        let (status, read, written) =
            decompress(&mut state, &input[in_pos..], &mut out, out_pos, flags);
        in_pos += read;
        out_pos += written;
        match status {
            TINFLStatus::Done => break,
            TINFLStatus::HasMoreOutput => {
                if out.len() >= expected {
                    return Err("inflates to more bytes than its declared size");
                }
                let grown = (out.len().max(1024) * 2).min(expected);
                out.resize(grown, 0);
            }
            TINFLStatus::NeedsMoreInput | TINFLStatus::FailedCannotMakeProgress => {
                return Err("zlib stream is truncated")
            }
            _ => return Err("zlib stream is corrupt"),
        }
    }
    if out_pos != expected {
        return Err("inflates to fewer bytes than its declared size");
    }
    out.truncate(out_pos);
    Ok((out, in_pos))
}

/// The number of bytes the zlib stream at the start of `input` inflates to, counted through a
/// ring buffer of [`RING`] bytes; an error as soon as it passes `limit`.
fn inflated_size(input: &[u8], limit: usize) -> Result<usize, &'static str> {
    let mut ring = vec![0u8; RING];
    let mut state = Box::<DecompressorOxide>::default();
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER;
    let (mut in_pos, mut out_pos, mut total) = (0, 0, 0usize);
    loop {
        let (status, read, written) =
            decompress(&mut state, &input[in_pos..], &mut ring, out_pos, flags);
        in_pos += read;
        total += written;
        out_pos = (out_pos + written) & (RING - 1);
        if total > limit {
            return Err("inflates to more bytes than its declared size");
        }
        match status {
            TINFLStatus::Done => return Ok(total),
            TINFLStatus::HasMoreOutput => {}
            TINFLStatus::NeedsMoreInput | TINFLStatus::FailedCannotMakeProgress => {
                return Err("zlib stream is truncated")
            }
            _ => return Err("zlib stream is corrupt"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::{write::ZlibEncoder, Compression};
    use std::io::Write;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
        z.write_all(data).expect("compress");
        z.finish().expect("compress")
    }

    #[test]
    fn counts_through_the_ring() {
        let data: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
        let z = zlib(&data);
        assert_eq!(inflated_size(&z, usize::MAX), Ok(data.len()));
        assert!(inflated_size(&z, data.len() - 1).is_err());
        let (out, used) = inflate_zlib(&z, data.len()).expect("inflate");
        assert_eq!((out, used), (data, z.len()));
    }

    #[test]
    fn a_lying_declared_size_is_refused() {
        let z = zlib(&vec![0u8; 2 << 20]);
        assert!(inflate_zlib(&z, 0xFFFF_FFFF).is_err());
        assert!(inflate_zlib(&z, (2 << 20) + 1).is_err());
        assert!(inflate_zlib(&z, (2 << 20) - 1).is_err());
        assert!(inflate_zlib(&z, 2 << 20).is_ok());
        assert!(inflate_zlib(&z[..z.len() / 2], 2 << 20).is_err());
    }
}
