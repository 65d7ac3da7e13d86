//! Checksums in module `erlang`: `crc32/1,2`, `crc32_combine/3`, `adler32/1,2`,
//! `adler32_combine/3` (over iodata), and `md5/1`, `md5_init/0`, `md5_update/2`,
//! `md5_final/1`.
//!
//! The MD5 context of `md5_init/0` and `md5_update/2` is an 88-byte binary laid out as erl's
//! (`crate::md5_context`).

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::bits::BitWriter;
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::binary::flatten_iolist;
use crate::md5_context::{self, Md5Context};
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "crc32", 1, crc32),
    ("erlang", "crc32", 2, crc32_2),
    ("erlang", "crc32_combine", 3, crc32_combine),
    ("erlang", "adler32", 1, adler32),
    ("erlang", "adler32", 2, adler32_2),
    ("erlang", "adler32_combine", 3, adler32_combine),
    ("erlang", "md5", 1, md5),
    ("erlang", "md5_init", 0, md5_init),
    ("erlang", "md5_update", 2, md5_update),
    ("erlang", "md5_final", 1, md5_final),
];

/// The bytes of iodata `t` (a binary or an iolist).
fn iodata(t: Term) -> Option<Vec<u8>> {
    if let Some(b) = t.as_bitstring().filter(|v| v.is_binary()) {
        return Some(b.to_vec());
    }
    if !(t.is_cons() || t.is_nil()) {
        return None;
    }
    let mut w = BitWriter::default();
    flatten_iolist(t, false, &mut w)?;
    Some(w.into_bytes())
}

/// A non-negative integer below 2^32.
fn u32_arg(t: Term) -> Option<u32> {
    t.as_small().and_then(|v| u32::try_from(v).ok())
}

fn integer(p: &mut ProcessContext, v: u64) -> Term {
    p.heap.integer(v as i64)
}

fn crc32_of(init: u32, data: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new_with_initial(init);
    h.update(data);
    h.finalize()
}

fn crc32(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match iodata(a[0]) {
        Some(d) => Ok(integer(p, crc32_of(0, &d) as u64)),
        None => badarg(),
    }
}

fn crc32_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (u32_arg(a[0]), iodata(a[1])) {
        (Some(init), Some(d)) => Ok(integer(p, crc32_of(init, &d) as u64)),
        _ => badarg(),
    }
}

fn crc32_combine(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(c1), Some(c2)) = (u32_arg(a[0]), u32_arg(a[1])) else {
        return badarg();
    };
    let Some(len2) = u32_arg(a[2]) else {
        return badarg();
    };
    let mut first = crc32fast::Hasher::new_with_initial_len(c1, 0);
    let second = crc32fast::Hasher::new_with_initial_len(c2, len2 as u64);
    first.combine(&second);
    Ok(integer(p, first.finalize() as u64))
}

fn adler32_of(init: u32, data: &[u8]) -> u32 {
    let mut a = adler2::Adler32::from_checksum(init);
    a.write_slice(data);
    a.checksum()
}

fn adler32(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match iodata(a[0]) {
        Some(d) => Ok(integer(p, adler32_of(1, &d) as u64)),
        None => badarg(),
    }
}

fn adler32_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (u32_arg(a[0]), iodata(a[1])) {
        (Some(init), Some(d)) => Ok(integer(p, adler32_of(init, &d) as u64)),
        _ => badarg(),
    }
}

/// The Adler-32 of the concatenation of two pieces from their checksums and the second's
/// length, with zlib's `adler32_combine` arithmetic exactly: its halves are reduced only by
/// conditional subtractions, so checksums whose halves are not below the modulus (which no
/// real Adler-32 has, but the BIF accepts any 32-bit value) combine as in erl. A zero length
/// gives the first checksum unchanged, as erl special-cases it.
fn combine_adler(a1: u32, a2: u32, len2: u64) -> u32 {
    const BASE: u64 = 65521;
    if len2 == 0 {
        return a1;
    }
    let rem = len2 % BASE;
    let mut sum1 = a1 as u64 & 0xFFFF;
    let mut sum2 = rem * sum1 % BASE;
    sum1 += (a2 as u64 & 0xFFFF) + BASE - 1;
    sum2 += ((a1 as u64 >> 16) & 0xFFFF) + ((a2 as u64 >> 16) & 0xFFFF) + BASE - rem;
    for _ in 0..2 {
        if sum1 >= BASE {
            sum1 -= BASE;
        }
    }
    if sum2 >= BASE << 1 {
        sum2 -= BASE << 1;
    }
    if sum2 >= BASE {
        sum2 -= BASE;
    }
    (sum1 | (sum2 << 16)) as u32
}

fn adler32_combine(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (u32_arg(a[0]), u32_arg(a[1]), u32_arg(a[2])) {
        (Some(a1), Some(a2), Some(len2)) => {
            Ok(integer(p, combine_adler(a1, a2, len2 as u64) as u64))
        }
        _ => badarg(),
    }
}

fn md5(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match iodata(a[0]) {
        Some(d) => Ok(p.heap.binary(&md5_context::digest(&d))),
        None => badarg(),
    }
}

fn md5_init(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.heap.binary(&Md5Context::default().to_bytes()))
}

/// A context argument: a binary of exactly the context's size.
fn context_arg(t: Term) -> Option<Md5Context> {
    let v = t.as_bitstring().filter(|v| v.is_binary())?;
    if v.byte_len() != md5_context::CONTEXT_BYTES {
        return None;
    }
    Md5Context::from_bytes(&v.to_vec())
}

fn md5_update(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (context_arg(a[0]), iodata(a[1])) {
        (Some(mut c), Some(d)) => {
            c.update(&d);
            Ok(p.heap.binary(&c.to_bytes()))
        }
        _ => badarg(),
    }
}

fn md5_final(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match context_arg(a[0]) {
        Some(c) => Ok(p.heap.binary(&c.finish())),
        None => badarg(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combines_agree_with_whole_checksums() {
        let (a, b) = (b"hello ".as_slice(), b"world, and more".as_slice());
        let whole: Vec<u8> = [a, b].concat();
        assert_eq!(
            combine_adler(adler32_of(1, a), adler32_of(1, b), b.len() as u64),
            adler32_of(1, &whole)
        );
        assert_eq!(crc32_of(crc32_of(0, a), b), crc32_of(0, &whole));
        assert_eq!(adler32_of(1, b"abc"), 0x024d0127);
    }

    #[test]
    fn adler_combine_edge_values_match_erl() {
        // erl: erlang:adler32_combine(0, 0, 0) and (16#FFFFFFFF, 16#FFFFFFFF, 16#FFFFFFFF).
        assert_eq!(combine_adler(0, 0, 0), 0);
        assert_eq!(
            combine_adler(u32::MAX, u32::MAX, u32::MAX as u64),
            192741388
        );
    }
}
