//! The compact term encoding of instruction operands.
//!
//! The low three bits of the first byte are the tag (`u i a x y f h z`). Small values live in
//! the first byte (bit 3 clear: value = top four bits), medium ones in the top three bits plus
//! one more byte (bits 3 set, 4 clear), and larger ones as 2..=8 big-endian bytes whose count is
//! in the top three bits, or as 9 or more bytes whose count minus nine follows as a nested
//! `u` value. Tag `z` introduces the extended forms (list, float register, allocation list,
//! literal, typed register) whose payloads follow as further compact values.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::cursor::Cursor;
use crate::error::{LoadError, LoadErrorKind};
use crate::operand::{Operand, Reg};

/// Tag values of the compact encoding.
pub(crate) mod tag {
    pub const U: u8 = 0;
    pub const I: u8 = 1;
    pub const A: u8 = 2;
    pub const X: u8 = 3;
    pub const Y: u8 = 4;
    pub const F: u8 = 5;
    pub const H: u8 = 6;
    pub const Z: u8 = 7;
}

/// Registers (x, y, float) are numbered below this, as in the reference loader.
pub const MAX_REG: u64 = 1024;

/// Table sizes that operand indexes are checked against.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    /// Atom table size including the slot 0 for `[]`.
    pub atoms: u32,
    pub labels: u32,
    pub literals: u32,
    /// Number of type entries, or `None` when the module has no usable type table (typed
    /// registers then decode as plain registers).
    pub types: Option<u32>,
}

/// A raw tagged value: small values inline, larger ones as their big-endian bytes.
enum Raw<'a> {
    Word(u64),
    Bytes(&'a [u8]),
}

#[inline(always)]
fn read_raw<'a>(c: &mut Cursor<'a>) -> Result<(u8, Raw<'a>), LoadError> {
    let b = c.u8("an operand")?;
    let tag = b & 7;
    if b & 0x08 == 0 {
        return Ok((tag, Raw::Word((b >> 4) as u64)));
    }
    if b & 0x10 == 0 {
        let lo = c.u8("an operand")?;
        return Ok((tag, Raw::Word((((b >> 5) as u64) << 8) | lo as u64)));
    }
    read_long(c, tag, b)
}

#[cold]
fn bad(c: &Cursor<'_>, at: usize, why: String) -> LoadError {
    c.error_at(at, LoadErrorKind::BadOperand(why))
}

/// The 2..=8 byte and 9+ byte forms.
fn read_long<'a>(c: &mut Cursor<'a>, tag: u8, b: u8) -> Result<(u8, Raw<'a>), LoadError> {
    let at = c.offset() - 1;
    let len_code = (b >> 5) as usize;
    let n = if len_code < 7 {
        len_code + 2
    } else {
        // The byte count minus nine, as a nested `u` value in one of the short forms.
        let nb = c.u8("an operand length")?;
        let extra = if nb & 7 != tag::U {
            return Err(bad(c, at, "operand length prefix is not tagged u".into()));
        } else if nb & 0x08 == 0 {
            (nb >> 4) as usize
        } else if nb & 0x10 == 0 {
            (((nb >> 5) as usize) << 8) | c.u8("an operand length")? as usize
        } else {
            let k = (nb >> 5) as usize + 2;
            if k == 9 {
                return Err(bad(c, at, "operand length prefix is too long".into()));
            }
            let mut v = 0usize;
            for &d in c.bytes(k, "an operand length")? {
                v = v.checked_shl(8).unwrap_or(usize::MAX) | d as usize;
            }
            v
        };
        extra.saturating_add(9)
    };
    let bytes = c.bytes(n, "a multi-byte operand")?;
    Ok((tag, Raw::Bytes(bytes)))
}

/// An unsigned value that must fit in 63 bits (as the reference loader requires of every tag
/// but `i`).
#[inline]
fn unsigned(c: &Cursor<'_>, at: usize, raw: Raw<'_>) -> Result<u64, LoadError> {
    match raw {
        Raw::Word(w) => Ok(w),
        Raw::Bytes(bytes) => {
            let first = bytes.iter().position(|&d| d != 0).unwrap_or(bytes.len());
            let sig = &bytes[first..];
            if sig.len() > 8 || (sig.len() == 8 && sig[0] & 0x80 != 0) {
                return Err(bad(c, at, "value does not fit in 63 bits".into()));
            }
            Ok(sig.iter().fold(0u64, |v, &d| (v << 8) | d as u64))
        }
    }
}

/// Reads a `u`-tagged value.
fn read_u(c: &mut Cursor<'_>, what: &str) -> Result<u64, LoadError> {
    let at = c.offset();
    let (tag, raw) = read_raw(c)?;
    if tag != tag::U {
        return Err(bad(
            c,
            at,
            format!("{what} must be tagged u, found tag {tag}"),
        ));
    }
    unsigned(c, at, raw)
}

/// Checks `v < limit` and narrows it to `u32`.
#[inline]
fn below(
    c: &Cursor<'_>,
    at: usize,
    v: u64,
    limit: u64,
    what: &'static str,
) -> Result<u32, LoadError> {
    if v >= limit {
        return Err(c.error_at(
            at,
            LoadErrorKind::OutOfRange {
                what,
                index: v,
                limit,
            },
        ));
    }
    Ok(v as u32)
}

/// The operand of tag `t` (one of `u i a x y f`) with the small value `v`, as the one- and
/// two-byte encodings give it. Other tags are never passed here; they give `Nil`.
const fn small_operand(t: u8, v: u32) -> Operand {
    match t {
        tag::U => Operand::Unsigned(v as u64),
        tag::I => Operand::Integer(v as i64),
        tag::A if v == 0 => Operand::Nil,
        tag::A => Operand::Atom(v),
        tag::X => Operand::X(v),
        tag::Y => Operand::Y(v),
        tag::F => Operand::Label(v),
        _ => Operand::Nil,
    }
}

/// Operands whose encoding is a single byte (bit 3 clear), indexed by that byte. Entries for
/// tags `h` and `z` are placeholders: the limit table sends those bytes to the general path.
static ONE_BYTE: [Operand; 256] = {
    let mut t = [Operand::Nil; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = small_operand((b & 7) as u8, (b >> 4) as u32);
        b += 1;
    }
    t
};

impl Limits {
    /// Per tag, the bound a one-byte value must stay below to be taken from [`ONE_BYTE`]
    /// (0 sends the tag to the general path).
    fn one_byte(&self) -> [u32; 8] {
        [
            u32::MAX,
            u32::MAX,
            self.atoms,
            u32::MAX,
            u32::MAX,
            self.labels,
            0,
            0,
        ]
    }
}

/// Decodes operands with a per-module fast path for the one-byte form.
pub(crate) struct OperandReader<'l> {
    limits: &'l Limits,
    one_byte: [u32; 8],
    two_byte: [u32; 8],
}

impl<'l> OperandReader<'l> {
    pub(crate) fn new(limits: &'l Limits) -> Self {
        OperandReader {
            limits,
            one_byte: limits.one_byte(),
            two_byte: [
                u32::MAX,
                u32::MAX,
                limits.atoms,
                MAX_REG as u32,
                MAX_REG as u32,
                limits.labels,
                0,
                0,
            ],
        }
    }

    /// True when `b` alone encodes an operand that needs no further check: a small value whose
    /// tag needs no range check, or an atom or label within its table. One branch.
    #[inline(always)]
    fn is_one_byte(&self, b: u8) -> bool {
        b & 0x08 == 0 && ((b >> 4) as u32) < self.one_byte[(b & 7) as usize]
    }

    /// Reads the next operand, taking it from the one-byte table when possible; the general
    /// path is out of line so the common case stays in registers.
    #[inline(always)]
    pub(crate) fn next(
        &self,
        c: &mut Cursor<'_>,
        big_ints: &mut Vec<BigInt>,
    ) -> Result<Operand, LoadError> {
        if let Some(&b) = c.data.get(c.pos) {
            if self.is_one_byte(b) {
                c.pos += 1;
                return Ok(ONE_BYTE[b as usize]);
            }
            // Two-byte form (bit 3 set, bit 4 clear): an 11-bit value.
            if b & 0x18 == 0x08 {
                if let Some(&lo) = c.data.get(c.pos + 1) {
                    let v = (((b >> 5) as u32) << 8) | lo as u32;
                    let t = b & 7;
                    if v < self.two_byte[t as usize] {
                        c.pos += 2;
                        return Ok(small_operand(t, v));
                    }
                }
            }
        }
        self.slow(c, big_ints)
    }

    #[inline(never)]
    fn slow(&self, c: &mut Cursor<'_>, big_ints: &mut Vec<BigInt>) -> Result<Operand, LoadError> {
        read_operand(c, self.limits, big_ints)
    }
}

/// Decodes one operand (the general path). `big_ints` receives integers that do not fit in 64
/// bits.
pub(crate) fn read_operand(
    c: &mut Cursor<'_>,
    limits: &Limits,
    big_ints: &mut Vec<BigInt>,
) -> Result<Operand, LoadError> {
    let at = c.offset();
    let (tag, raw) = read_raw(c)?;
    Ok(match tag {
        tag::U => Operand::Unsigned(unsigned(c, at, raw)?),
        tag::I => integer(c, at, raw, big_ints)?,
        tag::A => match unsigned(c, at, raw)? {
            0 => Operand::Nil,
            v => Operand::Atom(below(c, at, v, limits.atoms as u64, "atom index")?),
        },
        tag::X => Operand::X(below(c, at, unsigned(c, at, raw)?, MAX_REG, "x register")?),
        tag::Y => Operand::Y(below(c, at, unsigned(c, at, raw)?, MAX_REG, "y register")?),
        tag::F => Operand::Label(below(
            c,
            at,
            unsigned(c, at, raw)?,
            limits.labels as u64,
            "label",
        )?),
        tag::H => Operand::Char(below(c, at, unsigned(c, at, raw)?, 1 << 32, "character")?),
        tag::Z => extended(c, at, unsigned(c, at, raw)?, limits)?,
        _ => unreachable!("a three-bit tag is one of the eight above"),
    })
}

#[cold]
fn integer(
    c: &Cursor<'_>,
    at: usize,
    raw: Raw<'_>,
    big_ints: &mut Vec<BigInt>,
) -> Result<Operand, LoadError> {
    match raw {
        Raw::Word(w) => Ok(Operand::Integer(w as i64)),
        Raw::Bytes(bytes) if bytes.len() <= 8 => {
            // Two's complement, big-endian: sign-extend from the first byte.
            let init = if bytes[0] & 0x80 != 0 { -1i64 } else { 0 };
            Ok(Operand::Integer(
                bytes.iter().fold(init, |v, &d| (v << 8) | d as i64),
            ))
        }
        Raw::Bytes(bytes) => {
            let n = BigInt::from_signed_bytes_be(bytes);
            if let Some(small) = n.to_i64() {
                return Ok(Operand::Integer(small));
            }
            if big_ints.len() >= u32::MAX as usize {
                return Err(bad(c, at, "too many big integers".into()));
            }
            big_ints.push(n);
            Ok(Operand::BigInt(big_ints.len() as u32 - 1))
        }
    }
}

/// The `z`-tagged forms.
fn extended(
    c: &mut Cursor<'_>,
    at: usize,
    kind: u64,
    limits: &Limits,
) -> Result<Operand, LoadError> {
    Ok(match kind {
        0 => {
            let b = c.bytes(8, "an inline float")?;
            let mut a = [0u8; 8];
            a.copy_from_slice(b);
            Operand::Float(f64::from_be_bytes(a))
        }
        1 => {
            let n = read_u(c, "extended list length")?;
            // Every element takes at least one byte.
            if n > c.remaining() as u64 {
                return Err(c.error_at(
                    at,
                    LoadErrorKind::BadCount {
                        what: "extended list length",
                        count: n as i64,
                    },
                ));
            }
            Operand::List(n as u32)
        }
        2 => {
            let at = c.offset();
            let r = read_u(c, "float register")?;
            Operand::FloatReg(below(c, at, r, MAX_REG, "float register")?)
        }
        3 => alloc_list(c, at)?,
        4 => {
            let at = c.offset();
            let i = read_u(c, "literal index")?;
            Operand::Literal(below(c, at, i, limits.literals as u64, "literal index")?)
        }
        5 => {
            let rat = c.offset();
            let (t, raw) = read_raw(c)?;
            let n = below(c, rat, unsigned(c, rat, raw)?, MAX_REG, "typed register")?;
            let reg = match t {
                tag::X => Reg::X(n),
                tag::Y => Reg::Y(n),
                _ => {
                    return Err(bad(
                        c,
                        rat,
                        format!("typed register has tag {t}, not x or y"),
                    ))
                }
            };
            let tat = c.offset();
            let ti = read_u(c, "type index")?;
            match limits.types {
                Some(count) => Operand::TypedReg {
                    reg,
                    type_index: below(c, tat, ti, count as u64, "type index")?,
                },
                // Without a type table the hint is dropped, as the reference loader does.
                None => match reg {
                    Reg::X(n) => Operand::X(n),
                    Reg::Y(n) => Operand::Y(n),
                },
            }
        }
        other => return Err(bad(c, at, format!("unknown extended tag {other}"))),
    })
}

fn alloc_list(c: &mut Cursor<'_>, at: usize) -> Result<Operand, LoadError> {
    let n = read_u(c, "allocation list length")?;
    if n > 3 {
        return Err(bad(
            c,
            at,
            format!("allocation list has {n} entries (at most 3)"),
        ));
    }
    let (mut words, mut floats, mut funs) = (0u32, 0u32, 0u32);
    for _ in 0..n {
        let kat = c.offset();
        let kind = read_u(c, "allocation kind")?;
        let count = read_u(c, "allocation count")?;
        let count = u32::try_from(count)
            .map_err(|_| bad(c, kat, format!("allocation count {count} is too large")))?;
        let slot = match kind {
            0 => &mut words,
            1 => &mut floats,
            2 => &mut funs,
            k => return Err(bad(c, kat, format!("unknown allocation kind {k}"))),
        };
        *slot = slot
            .checked_add(count)
            .ok_or_else(|| bad(c, kat, "allocation total overflows".into()))?;
    }
    Ok(Operand::Alloc {
        words,
        floats,
        funs,
    })
}

/// Reads a value of the compact encoding as the `Line` chunk uses it: `a` (file index) or `i`
/// (line number), both small and non-negative.
pub(crate) fn read_line_item(c: &mut Cursor<'_>) -> Result<(u8, u64), LoadError> {
    let at = c.offset();
    let (tag, raw) = read_raw(c)?;
    if let (tag::I, Raw::Bytes(b)) = (tag, &raw) {
        if b[0] & 0x80 != 0 {
            return Err(bad(c, at, "negative line number".into()));
        }
    }
    Ok((tag, unsigned(c, at, raw)?))
}

#[cfg(test)]
mod tests {
    //! Checks the decoder against the compiler's own encoder: `beam_asm:encode/2` run on real
    //! erl produces the bytes for each (tag, value) pair.

    use super::*;
    use crate::error::ChunkId;
    use std::process::Command;

    const CHUNK: ChunkId = *b"Code";

    fn limits() -> Limits {
        Limits {
            atoms: u32::MAX,
            labels: u32::MAX,
            literals: u32::MAX,
            types: Some(u32::MAX),
        }
    }

    fn decode_all(bytes: &[u8]) -> (Vec<Operand>, Vec<BigInt>) {
        let mut c = Cursor::new(bytes, 0, CHUNK);
        let mut big = Vec::new();
        let mut out = Vec::new();
        while !c.at_end() {
            out.push(read_operand(&mut c, &limits(), &mut big).unwrap());
        }
        (out, big)
    }

    #[test]
    fn decodes_what_the_compiler_encodes() {
        let values: Vec<i128> = vec![
            0,
            1,
            5,
            15,
            16,
            1000,
            2047,
            2048,
            65535,
            65536,
            4294967295,
            429496729501,
            (1 << 62) - 1,
            1 << 62,
            i64::MAX as i128,
            1 << 63,
            1 << 64,
            (1 << 100) + 12345,
            -1,
            -2,
            -128,
            -129,
            -32768,
            -32769,
            -4294967295,
            i64::MIN as i128,
            i64::MIN as i128 - 1,
            -(1 << 100),
            -(1 << 120) + 7,
        ];
        let list = values
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
            .join(",");
        // For each value: the i-encoding; for non-negative ones also u, a, x, y, f.
        let script = format!(
            "L = [{list}], \
             Enc = fun(T, V) -> iolist_to_binary([beam_asm:encode(T, V)]) end, \
             Out = [begin \
                      I = Enc(1, V), \
                      Rest = case V >= 0 of true -> [Enc(T, V) || T <- [0,2,3,4,5]]; false -> [] end, \
                      lists:join(\" \", [binary:encode_hex(B) || B <- [I | Rest]]) \
                    end || V <- L], \
             io:put_chars(lists:join(\"\\n\", Out)), halt()."
        );
        let out = Command::new("erl")
            .args(["-noshell", "-eval", &script])
            .env("ERL_CRASH_DUMP_SECONDS", "0")
            .output()
            .expect("erl must be installed to run this test (make erlang)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), values.len());
        for (v, line) in values.iter().zip(lines) {
            let encodings: Vec<Vec<u8>> = line
                .split(' ')
                .map(|h| {
                    (0..h.len())
                        .step_by(2)
                        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
                        .collect()
                })
                .collect();
            // Tag i.
            let (ops, big) = decode_all(&encodings[0]);
            assert_eq!(ops.len(), 1, "{v}: {line}");
            let got: i128 = match ops[0] {
                Operand::Integer(n) => n as i128,
                Operand::BigInt(i) => big[i as usize].to_string().parse().unwrap(),
                other => panic!("{v}: {other:?}"),
            };
            assert_eq!(got, *v, "{line}");
            if *v < 0 {
                continue;
            }
            let rest = &encodings[1..];
            let fits = *v <= i64::MAX as i128;
            for (k, enc) in rest.iter().enumerate() {
                let mut c = Cursor::new(enc, 0, CHUNK);
                let r = read_operand(&mut c, &limits(), &mut Vec::new());
                if !fits {
                    assert!(r.is_err(), "{v} tag {k} must not fit");
                    continue;
                }
                let small = u32::try_from(*v).ok();
                match (k, r) {
                    (0, Ok(Operand::Unsigned(n))) => assert_eq!(n as i128, *v),
                    (1, Ok(Operand::Nil)) => assert_eq!(*v, 0),
                    (1, Ok(Operand::Atom(n))) => assert_eq!(Some(n), small),
                    (2, Ok(Operand::X(n))) | (3, Ok(Operand::Y(n))) => {
                        assert_eq!(Some(n), small)
                    }
                    (2 | 3, Err(_)) => assert!(*v >= MAX_REG as i128),
                    (4, Ok(Operand::Label(n))) => assert_eq!(Some(n), small),
                    (1 | 4, Err(_)) => assert!(small.is_none_or(|n| n == u32::MAX)),
                    (k, r) => panic!("{v} tag index {k}: {r:?}"),
                }
            }
        }
    }

    #[test]
    fn extended_forms() {
        // {z,1} list of two, {z,2} fr 3, {z,3} alloc [{words,5},{floats,1}], {z,4} literal 7,
        // {z,5} typed {x,2} type 4.
        let bytes = [
            0x17, 0x20, 0x13, 0x23, // list, length 2, {x,1}, {x,2}
            0x27, 0x30, // fr 3
            0x37, 0x20, 0x00, 0x50, 0x10, 0x10, // alloc list
            0x47, 0x70, // literal 7
            0x57, 0x23, 0x40, // typed register
        ];
        let (ops, _) = decode_all(&bytes);
        assert_eq!(
            ops,
            [
                Operand::List(2),
                Operand::X(1),
                Operand::X(2),
                Operand::FloatReg(3),
                Operand::Alloc {
                    words: 5,
                    floats: 1,
                    funs: 0
                },
                Operand::Literal(7),
                Operand::TypedReg {
                    reg: Reg::X(2),
                    type_index: 4
                }
            ]
        );
    }

    #[test]
    fn malformed_operands_name_their_offset() {
        let cases: &[(&[u8], usize)] = &[
            (&[0x67], 0),             // unknown extended tag 6
            (&[0x57, 0x02, 0x00], 1), // typed register with an atom
            (&[0x37, 0x40], 0),       // allocation list of 4 entries
            (&[0x08], 1),             // medium form without its second byte
            (&[0xf8, 0x01], 0),       // length prefix not tagged u
            (&[0x17, 0x70], 0),       // list longer than the data
        ];
        for (bytes, offset) in cases {
            let mut c = Cursor::new(bytes, 100, CHUNK);
            let e = read_operand(&mut c, &limits(), &mut Vec::new()).unwrap_err();
            assert_eq!(e.offset, 100 + offset, "{bytes:?}: {e}");
            assert_eq!(e.chunk, Some(CHUNK));
        }
    }
}
