//! Fuzz target: zlib inflate (`vm::os::zlib::ZStream`, what zlib's NIFs drive) on arbitrary
//! bytes, with the window size chosen by the first byte (zlib, raw, gzip and automatic
//! headers) and the input fed in pieces into small output buffers, as the NIFs do: it must
//! return an error or data, never crash, and respect the buffers it is given.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vm::os::zlib::{ZStream, Z_BUF_ERROR, Z_NEED_DICT, Z_NO_FLUSH, Z_OK, Z_STREAM_END};

fuzz_target!(|data: &[u8]| {
    let Some((&selector, input)) = data.split_first() else {
        return;
    };
    let bits = match selector % 5 {
        0 => 15,
        1 => -15,
        2 => 31,
        3 => 47,
        _ => 8 + (selector as i32 >> 3) % 8,
    };
    let Ok(mut z) = ZStream::inflate(bits) else {
        return;
    };
    let piece = 1 + (selector as usize % 97);
    let mut pos = 0;
    let mut total = 0usize;
    loop {
        let end = (pos + piece).min(input.len());
        let mut out = Vec::with_capacity(64);
        let step = z.step(&input[pos..end], &mut out, Z_NO_FLUSH);
        assert!(out.len() <= 64 && step.consumed <= end - pos);
        pos += step.consumed;
        total += step.produced;
        match step.code {
            Z_OK | Z_BUF_ERROR if step.consumed > 0 || step.produced > 0 => {}
            // A wrong dictionary leaves the stream asking again without progress: stop then.
            Z_NEED_DICT if z.set_dictionary(b"dictionary") == Z_OK => {}
            Z_STREAM_END => break,
            _ => break,
        }
        if total > 1 << 24 {
            break;
        }
    }
    let _ = z.get_dictionary();
    let _ = z.reset();
    let _ = z.end();
});
