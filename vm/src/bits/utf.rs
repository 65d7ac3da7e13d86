//! UTF-8, UTF-16 and UTF-32 segments: encoding a code point into bits and decoding one at a bit
//! position, with erl's validity rules (no surrogates, nothing above U+10FFFF, shortest UTF-8
//! forms only).

use super::copy::read_bits_u64;
use super::writer::BitWriter;

/// Whether `c` is a Unicode scalar value (what the UTF segments accept).
pub fn is_scalar(c: i64) -> bool {
    (0..=0x10FFFF).contains(&c) && !(0xD800..=0xDFFF).contains(&c)
}

/// Appends `c` (a scalar value) in UTF-8.
pub fn put_utf8(w: &mut BitWriter, c: u32) {
    let mut buf = [0u8; 4];
    let s = char::from_u32(c).map_or(&[][..], |ch| ch.encode_utf8(&mut buf).as_bytes());
    w.push_bytes(s);
}

/// Appends `c` (a scalar value) in UTF-16.
pub fn put_utf16(w: &mut BitWriter, c: u32, little: bool) {
    let mut units = [0u16; 2];
    let units = char::from_u32(c).map_or(&[][..], |ch| &*ch.encode_utf16(&mut units));
    for &u in units {
        let u = if little { u.swap_bytes() } else { u };
        w.push_bits(u as u64, 16);
    }
}

/// Appends `c` in UTF-32.
pub fn put_utf32(w: &mut BitWriter, c: u32, little: bool) {
    let v = if little { c.swap_bytes() } else { c };
    w.push_bits(v as u64, 32);
}

/// Number of bytes of the UTF-8 encoding of `c`.
pub fn utf8_len(c: u32) -> usize {
    match c {
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0x800..=0xFFFF => 3,
        _ => 4,
    }
}

/// Decodes one UTF-8 character at bit `off` of `src`, with `avail` bits available; returns the
/// code point and the bits it took.
pub fn get_utf8(src: &[u8], off: usize, avail: usize) -> Option<(u32, usize)> {
    let byte = |i: usize| -> Option<u32> {
        (avail >= (i + 1) * 8).then(|| read_bits_u64(src, off + i * 8, 8) as u32)
    };
    let b0 = byte(0)?;
    let (len, init) = match b0 {
        0x00..=0x7F => return Some((b0, 8)),
        0xC2..=0xDF => (2, b0 & 0x1F),
        0xE0..=0xEF => (3, b0 & 0x0F),
        0xF0..=0xF4 => (4, b0 & 0x07),
        _ => return None,
    };
    let mut c = init;
    for i in 1..len {
        let b = byte(i)?;
        if b & 0xC0 != 0x80 {
            return None;
        }
        c = (c << 6) | (b & 0x3F);
    }
    let shortest = match len {
        3 => c >= 0x800,
        4 => c >= 0x10000,
        _ => true,
    };
    (shortest && is_scalar(c as i64)).then_some((c, len * 8))
}

/// Decodes one UTF-16 character; returns the code point and the bits it took.
pub fn get_utf16(src: &[u8], off: usize, avail: usize, little: bool) -> Option<(u32, usize)> {
    let unit = |i: usize| -> Option<u32> {
        (avail >= (i + 1) * 16).then(|| {
            let u = read_bits_u64(src, off + i * 16, 16) as u16;
            (if little { u.swap_bytes() } else { u }) as u32
        })
    };
    let u0 = unit(0)?;
    match u0 {
        0xD800..=0xDBFF => {
            let u1 = unit(1)?;
            if !(0xDC00..=0xDFFF).contains(&u1) {
                return None;
            }
            Some((0x10000 + ((u0 - 0xD800) << 10) + (u1 - 0xDC00), 32))
        }
        0xDC00..=0xDFFF => None,
        _ => Some((u0, 16)),
    }
}

/// Decodes one UTF-32 character; returns the code point and the bits it took.
pub fn get_utf32(src: &[u8], off: usize, avail: usize, little: bool) -> Option<(u32, usize)> {
    if avail < 32 {
        return None;
    }
    let v = read_bits_u64(src, off, 32) as u32;
    let c = if little { v.swap_bytes() } else { v };
    is_scalar(c as i64).then_some((c, 32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_scalar_at_an_odd_offset() {
        let mut rng = fastrand::Rng::with_seed(8);
        for _ in 0..20000 {
            let c = rng.u32(0..=0x10FFFF);
            if !is_scalar(c as i64) {
                continue;
            }
            let little = rng.bool();
            let mut w = BitWriter::default();
            w.push_bits(1, 3);
            put_utf8(&mut w, c);
            put_utf16(&mut w, c, little);
            put_utf32(&mut w, c, little);
            let b = w.bytes();
            let avail = w.bit_len() - 3;
            let (c8, n8) = get_utf8(b, 3, avail).unwrap();
            assert_eq!((c8, n8), (c, utf8_len(c) * 8));
            let (c16, n16) = get_utf16(b, 3 + n8, avail - n8, little).unwrap();
            assert_eq!(c16, c);
            let (c32, _) = get_utf32(b, 3 + n8 + n16, avail - n8 - n16, little).unwrap();
            assert_eq!(c32, c);
            // Agreement with the standard library's encoder.
            let mut buf = [0u8; 4];
            let std = char::from_u32(c).unwrap().encode_utf8(&mut buf).len();
            assert_eq!(std, utf8_len(c));
        }
    }

    #[test]
    fn refuses_bad_utf8() {
        for bad in [
            &[0xC0, 0x80][..],
            &[0xE0, 0x80, 0x80],
            &[0xED, 0xA0, 0x80],
            &[0xF4, 0x90, 0x80, 0x80],
            &[0x80],
            &[0xC3],
        ] {
            assert_eq!(get_utf8(bad, 0, bad.len() * 8), None, "{bad:?}");
        }
        assert_eq!(get_utf16(&[0xDC, 0x00], 0, 16, false), None);
        assert_eq!(get_utf32(&[0, 0, 0xD8, 0], 0, 32, false), None);
    }
}
