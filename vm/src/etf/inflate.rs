//! zlib inflation with a declared output size, for compressed terms and the literal chunk.

use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// Largest expansion a deflate stream can achieve (about 1032:1), plus slack for headers.
const MAX_RATIO: usize = 1032;

/// Inflates the zlib stream at the start of `input`, which must produce exactly `expected`
/// bytes. Returns the data and the number of input bytes the stream used.
///
/// The output buffer is sized from `expected` only as far as the input could possibly inflate to,
/// and grows beyond that only as real output arrives, so a lying size field cannot make this
/// allocate more than the stream actually produces.
pub fn inflate_zlib(input: &[u8], expected: usize) -> Result<(Vec<u8>, usize), &'static str> {
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
