//! The encoder: heap terms to external term format bytes, exactly as OTP 25's
//! `term_to_binary/1,2` writes them, and `erlang:external_size/1,2`.
//!
//! Choices erl makes that the bytes depend on:
//! - integers: `SMALL_INTEGER_EXT` for 0..=255, `INTEGER_EXT` for other 32-bit values, otherwise
//!   `SMALL_BIG_EXT` (or `LARGE_BIG_EXT` from 256 magnitude bytes);
//! - atoms: `ATOM_EXT` (16-bit length, Latin-1 bytes) when every character is Latin-1, otherwise
//!   `SMALL_ATOM_UTF8_EXT` (`ATOM_UTF8_EXT` beyond 255 bytes); `{minor_version, 2}` always uses
//!   the UTF-8 tags;
//! - floats: `NEW_FLOAT_EXT`; `{minor_version, 0}` gives `FLOAT_EXT`, printed with `%.20e` in a
//!   31-byte NUL-padded field;
//! - lists of at most 65535 integers in 0..=255 ending in `[]`: `STRING_EXT`;
//! - maps: a flatmap's pairs in key order; a trie's in `maps:to_list/1` order (the reverse of its
//!   iteration order), or sorted by key with the `deterministic` option;
//! - `compressed` (zlib level 6) and `{compressed, Level}`: the zlib stream replaces the body only
//!   when the result is not longer than the uncompressed encoding; level 0 means no compression.
//!
//! The walk keeps an explicit work stack; a list's cells are visited one at a time, so long lists
//! and deep nesting cost heap, not Rust stack.

use super::external::ExternalTerms;
use super::tags;
use crate::atom::Atom;
use crate::map::cmp_exact;
use crate::map::layout::FLATMAP_LIMIT;
use crate::term::{Subtag, Term};
use std::fmt;

/// The options of `term_to_binary/2` (and, as far as they apply, `external_size/2`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncodeOptions {
    /// 0: floats as text; 1: the default; 2: atoms always as UTF-8.
    pub minor_version: u8,
    /// zlib level 1..=9, or 0 for no compression.
    pub compression: u32,
    /// Sort the pairs of large maps by key.
    pub deterministic: bool,
}

impl Default for EncodeOptions {
    fn default() -> Self {
        EncodeOptions {
            minor_version: 1,
            compression: 0,
            deterministic: false,
        }
    }
}

/// zlib's default level, which the plain `compressed` option selects.
const DEFAULT_COMPRESSION: u32 = 6;

impl EncodeOptions {
    /// Parses `term_to_binary/2`'s option list: `compressed`, `{compressed, 0..9}`,
    /// `{minor_version, 0..2}`, `deterministic`. `None` for anything else (`badarg`).
    pub fn from_term(options: Term) -> Option<EncodeOptions> {
        let mut opts = EncodeOptions::default();
        let mut rest = options;
        while let Some((opt, tail)) = rest.as_cons() {
            if let Some(a) = opt.as_atom() {
                match a.text() {
                    "compressed" => opts.compression = DEFAULT_COMPRESSION,
                    "deterministic" => opts.deterministic = true,
                    _ => return None,
                }
            } else {
                let (name, value) = pair_option(opt)?;
                match (name, value) {
                    ("minor_version", 0..=2) => opts.minor_version = value as u8,
                    ("compressed", 0..=9) => opts.compression = value as u32,
                    _ => return None,
                }
            }
            rest = tail;
        }
        rest.is_nil().then_some(opts)
    }

    /// Parses `external_size/2`'s option list: only `{minor_version, 0..1}`.
    pub fn from_external_size_term(options: Term) -> Option<EncodeOptions> {
        let mut opts = EncodeOptions::default();
        let mut rest = options;
        while let Some((opt, tail)) = rest.as_cons() {
            match pair_option(opt)? {
                ("minor_version", v @ 0..=1) => opts.minor_version = v as u8,
                _ => return None,
            }
            rest = tail;
        }
        rest.is_nil().then_some(opts)
    }
}

/// `{Atom, SmallInteger}` as the atom's text and the integer.
fn pair_option(opt: Term) -> Option<(&'static str, i64)> {
    match opt.tuple_elements()? {
        &[name, value] => Some((name.as_atom()?.text(), value.as_small()?)),
        _ => None,
    }
}

/// Why a term could not be encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// A pid, port, reference or fun that the [`ExternalTerms`] provider cannot describe.
    Unencodable(&'static str),
    /// A binary, list or tuple too large for the format's 32-bit lengths (`system_limit`).
    SystemLimit,
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::Unencodable(what) => write!(f, "cannot encode this {what}"),
            EncodeError::SystemLimit => write!(f, "term too large for the external format"),
        }
    }
}

impl std::error::Error for EncodeError {}

/// `term_to_binary(Term, Options)`: the version byte, then the (possibly compressed) term.
pub fn term_to_binary(
    term: Term,
    options: &EncodeOptions,
    ext: &impl ExternalTerms,
) -> Result<Vec<u8>, EncodeError> {
    let mut out = vec![tags::VERSION];
    Encoder {
        out: Output::Bytes(&mut out),
        options,
        ext,
    }
    .run(term)?;
    if options.compression == 0 || out.len() < 6 {
        return Ok(out);
    }
    Ok(compress(out, options.compression))
}

/// `erlang:external_size(Term, Options)`: the bytes `term_to_binary/2` would produce without
/// compression — except that, as in erl, a local fun's old index and old uniq are counted as
/// five bytes each even when they are encoded in two.
pub fn external_size(
    term: Term,
    options: &EncodeOptions,
    ext: &impl ExternalTerms,
) -> Result<u64, EncodeError> {
    let mut size = 1u64;
    Encoder {
        out: Output::Count(&mut size),
        options,
        ext,
    }
    .run(term)?;
    Ok(size)
}

/// Replaces the body of `uncompressed` (version byte first) by a zlib stream when that is not
/// longer, as erl does.
fn compress(uncompressed: Vec<u8>, level: u32) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    let body = &uncompressed[1..];
    // The stream may take at most as many bytes as the uncompressed result, less the tag and the
    // size field.
    let room = uncompressed.len() - 6;
    let mut out = Vec::with_capacity(uncompressed.len());
    out.push(tags::VERSION);
    out.push(tags::COMPRESSED);
    out.extend_from_slice(&(body.len() as u32).to_be_bytes());
    let mut stream = Vec::with_capacity(room);
    let mut z = Compress::new(Compression::new(level), true);
    match z.compress_vec(body, &mut stream, FlushCompress::Finish) {
        Ok(Status::StreamEnd) if z.total_in() as usize == body.len() => {
            out.extend_from_slice(&stream);
            out
        }
        _ => uncompressed,
    }
}

/// Where encoded bytes go: a buffer, or only a count (for `external_size`).
enum Output<'a> {
    Bytes(&'a mut Vec<u8>),
    Count(&'a mut u64),
}

impl Output<'_> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        match self {
            Output::Bytes(v) => v.extend_from_slice(bytes),
            Output::Count(n) => **n += bytes.len() as u64,
        }
    }

    #[inline]
    fn byte(&mut self, b: u8) {
        self.put(&[b]);
    }

    #[inline]
    fn u16(&mut self, v: u16) {
        self.put(&v.to_be_bytes());
    }

    #[inline]
    fn u32(&mut self, v: u32) {
        self.put(&v.to_be_bytes());
    }

    /// Current position (only meaningful for byte output).
    fn position(&self) -> usize {
        match self {
            Output::Bytes(v) => v.len(),
            Output::Count(_) => 0,
        }
    }

    fn is_counting(&self) -> bool {
        matches!(self, Output::Count(_))
    }
}

/// Pending work of the encoder.
enum Work {
    /// A term to encode.
    Term(Term),
    /// A list cell: encode its head, then continue with its tail.
    Cell(Term),
    /// Write the byte size of a fun, counted from `position`, into the four bytes there.
    FunSize(usize),
}

struct Encoder<'a, E> {
    out: Output<'a>,
    options: &'a EncodeOptions,
    ext: &'a E,
}

impl<E: ExternalTerms> Encoder<'_, E> {
    fn run(mut self, term: Term) -> Result<(), EncodeError> {
        let mut work = vec![Work::Term(term)];
        while let Some(item) = work.pop() {
            let t = match item {
                Work::Term(t) => t,
                Work::Cell(cell) => {
                    let tail = cell.tail();
                    work.push(if tail.is_cons() {
                        Work::Cell(tail)
                    } else {
                        Work::Term(tail)
                    });
                    cell.head()
                }
                Work::FunSize(at) => {
                    if let Output::Bytes(v) = &mut self.out {
                        let size = (v.len() - at) as u32;
                        v[at..at + 4].copy_from_slice(&size.to_be_bytes());
                    }
                    continue;
                }
            };
            self.term(t, &mut work)?;
        }
        Ok(())
    }

    fn term(&mut self, t: Term, work: &mut Vec<Work>) -> Result<(), EncodeError> {
        if let Some(v) = t.as_small() {
            self.integer(v);
        } else if let Some(a) = t.as_atom() {
            self.atom(a);
        } else if t.is_nil() {
            self.out.byte(tags::NIL);
        } else if t.is_cons() {
            self.list(t, work)?;
        } else if t.is_local_pid() {
            self.pid(t)?;
        } else if t.is_local_port() {
            self.port(t)?;
        } else if t.is_boxed() {
            self.boxed(t, work)?;
        } else {
            return Err(EncodeError::Unencodable("internal value"));
        }
        Ok(())
    }

    fn integer(&mut self, v: i64) {
        if (0..=255).contains(&v) {
            self.out.byte(tags::SMALL_INTEGER);
            self.out.byte(v as u8);
        } else if i32::try_from(v).is_ok() {
            self.out.byte(tags::INTEGER);
            self.out.u32(v as i32 as u32);
        } else {
            let magnitude = v.unsigned_abs().to_le_bytes();
            let len = 8 - magnitude.iter().rev().take_while(|&&b| b == 0).count();
            self.out.byte(tags::SMALL_BIG);
            self.out.byte(len as u8);
            self.out.byte((v < 0) as u8);
            self.out.put(&magnitude[..len]);
        }
    }

    fn bignum(&mut self, negative: bool, digits: &[u64]) {
        let top = digits.last().copied().unwrap_or(0);
        let top_bytes = 8 - (top.leading_zeros() / 8) as usize;
        let len = (digits.len() - 1) * 8 + top_bytes;
        if len < 256 {
            self.out.byte(tags::SMALL_BIG);
            self.out.byte(len as u8);
        } else {
            self.out.byte(tags::LARGE_BIG);
            self.out.u32(len as u32);
        }
        self.out.byte(negative as u8);
        for (i, d) in digits.iter().enumerate() {
            let bytes = d.to_le_bytes();
            let n = if i + 1 == digits.len() { top_bytes } else { 8 };
            self.out.put(&bytes[..n]);
        }
    }

    fn atom(&mut self, a: Atom) {
        let text = a.text();
        let latin1 = text.chars().all(|c| (c as u32) < 256);
        if self.options.minor_version < 2 && latin1 {
            let chars = text.chars().count();
            self.out.byte(tags::ATOM);
            self.out.u16(chars as u16);
            if text.is_ascii() {
                self.out.put(text.as_bytes());
            } else {
                for c in text.chars() {
                    self.out.byte(c as u32 as u8);
                }
            }
        } else if text.len() > 255 {
            self.out.byte(tags::ATOM_UTF8);
            self.out.u16(text.len() as u16);
            self.out.put(text.as_bytes());
        } else {
            self.out.byte(tags::SMALL_ATOM_UTF8);
            self.out.byte(text.len() as u8);
            self.out.put(text.as_bytes());
        }
    }

    fn float(&mut self, f: f64) {
        if self.options.minor_version == 0 {
            self.out.byte(tags::FLOAT);
            let text = c_exponent_format(f);
            let mut field = [0u8; 31];
            let n = text.len().min(31);
            field[..n].copy_from_slice(&text.as_bytes()[..n]);
            self.out.put(&field);
        } else {
            self.out.byte(tags::NEW_FLOAT);
            self.out.put(&f.to_bits().to_be_bytes());
        }
    }

    fn list(&mut self, list: Term, work: &mut Vec<Work>) -> Result<(), EncodeError> {
        // STRING_EXT when the whole list is at most 65535 bytes ending in [].
        let mut len = 0usize;
        let mut rest = list;
        let mut bytes_only = true;
        while let Some((head, tail)) = rest.as_cons() {
            len += 1;
            if bytes_only
                && !(head.as_small().is_some_and(|v| (0..=255).contains(&v)) && len <= 0xffff)
            {
                bytes_only = false;
            }
            rest = tail;
        }
        if bytes_only && rest.is_nil() {
            self.out.byte(tags::STRING);
            self.out.u16(len as u16);
            let mut rest = list;
            while let Some((head, tail)) = rest.as_cons() {
                self.out.byte(head.small_value() as u8);
                rest = tail;
            }
            return Ok(());
        }
        let len = u32::try_from(len).map_err(|_| EncodeError::SystemLimit)?;
        self.out.byte(tags::LIST);
        self.out.u32(len);
        work.push(Work::Cell(list));
        Ok(())
    }

    fn boxed(&mut self, t: Term, work: &mut Vec<Work>) -> Result<(), EncodeError> {
        match t.boxed_subtag() {
            Some(Subtag::Tuple) => {
                let elements = t.tuple_elements().unwrap_or(&[]);
                if elements.len() <= 0xff {
                    self.out.byte(tags::SMALL_TUPLE);
                    self.out.byte(elements.len() as u8);
                } else {
                    let n = u32::try_from(elements.len()).map_err(|_| EncodeError::SystemLimit)?;
                    self.out.byte(tags::LARGE_TUPLE);
                    self.out.u32(n);
                }
                work.extend(elements.iter().rev().map(|&e| Work::Term(e)));
            }
            Some(Subtag::Float) => self.float(t.as_float().unwrap_or(0.0)),
            Some(Subtag::PosBig | Subtag::NegBig) => {
                let (negative, digits) = t.bignum_digits().unwrap_or((false, &[]));
                self.bignum(negative, digits);
            }
            Some(Subtag::HeapBinary | Subtag::RefcBinary | Subtag::SubBinary) => {
                self.bitstring(t)?
            }
            Some(Subtag::Map) => self.map(t, work),
            Some(Subtag::Fun) => self.fun(t, work)?,
            Some(Subtag::Export) => {
                let parts = self
                    .ext
                    .export_parts(t)
                    .ok_or(EncodeError::Unencodable("external fun"))?;
                self.out.byte(tags::EXPORT);
                self.atom(parts.module);
                self.atom(parts.function);
                self.integer(parts.arity as i64);
            }
            Some(Subtag::ExternalPid) => self.pid(t)?,
            Some(Subtag::ExternalPort) => self.port(t)?,
            Some(Subtag::Ref | Subtag::ExternalRef) => {
                let parts = self
                    .ext
                    .ref_parts(t)
                    .ok_or(EncodeError::Unencodable("reference"))?;
                self.out.byte(tags::NEWER_REFERENCE);
                self.out.u16(parts.ids().len() as u16);
                self.atom(parts.node);
                self.out.u32(parts.creation);
                for &id in parts.ids() {
                    self.out.u32(id);
                }
            }
            _ => return Err(EncodeError::Unencodable("internal value")),
        }
        Ok(())
    }

    fn bitstring(&mut self, t: Term) -> Result<(), EncodeError> {
        let bits = t
            .as_bitstring()
            .ok_or(EncodeError::Unencodable("bitstring"))?;
        let whole = bits.byte_len();
        let (_, tail_bits) = bits.trailing_bits();
        if tail_bits == 0 {
            let n = u32::try_from(whole).map_err(|_| EncodeError::SystemLimit)?;
            self.out.byte(tags::BINARY);
            self.out.u32(n);
        } else {
            let n = u32::try_from(whole + 1).map_err(|_| EncodeError::SystemLimit)?;
            self.out.byte(tags::BIT_BINARY);
            self.out.u32(n);
            self.out.byte(tail_bits);
        }
        if self.out.is_counting() {
            self.out.put_count(whole + (tail_bits > 0) as usize);
        } else if let Some(bytes) = bits.as_bytes() {
            self.out.put(bytes);
        } else {
            self.out.put(&bits.to_vec());
        }
        Ok(())
    }

    fn map(&mut self, t: Term, work: &mut Vec<Work>) {
        let Some(size) = crate::map::size(t).ok() else {
            return;
        };
        self.out.byte(tags::MAP);
        self.out.u32(size as u32);
        let Ok(iter) = crate::map::iter(t) else {
            return;
        };
        let mut pairs: Vec<(Term, Term)> = iter.collect();
        if size <= FLATMAP_LIMIT {
            // Flatmaps are already in key order; encode first to last.
            pairs.reverse();
        } else if self.options.deterministic {
            pairs.sort_by(|a, b| cmp_exact(a.0, b.0));
            pairs.reverse();
        }
        // Pushed so that the pair pushed last is encoded first: a trie's pairs come out in the
        // reverse of its iteration order.
        for (k, v) in pairs {
            work.push(Work::Term(v));
            work.push(Work::Term(k));
        }
    }

    fn fun(&mut self, t: Term, work: &mut Vec<Work>) -> Result<(), EncodeError> {
        let parts = self
            .ext
            .fun_parts(t)
            .ok_or(EncodeError::Unencodable("fun"))?;
        let env = t.fun_env().unwrap_or(&[]);
        let arity = t.fun_arity().unwrap_or(0);
        let creator = t.fun_creator().unwrap_or(Term::NIL);
        self.out.byte(tags::NEW_FUN);
        let size_at = self.out.position();
        self.out.u32(0);
        self.out.byte(arity as u8);
        self.out.put(&parts.uniq);
        self.out.u32(parts.index);
        self.out.u32(env.len() as u32);
        self.atom(parts.module);
        if self.out.is_counting() {
            // erl's size estimate counts both as INTEGER_EXT.
            self.out.put_count(10);
        } else {
            self.integer(parts.old_index as i64);
            self.integer(parts.old_uniq as i64);
        }
        self.pid(creator)?;
        work.push(Work::FunSize(size_at));
        work.extend(env.iter().rev().map(|&e| Work::Term(e)));
        Ok(())
    }

    fn pid(&mut self, t: Term) -> Result<(), EncodeError> {
        let p = self
            .ext
            .pid_parts(t)
            .ok_or(EncodeError::Unencodable("pid"))?;
        self.out.byte(tags::NEW_PID);
        self.atom(p.node);
        self.out.u32(p.id);
        self.out.u32(p.serial);
        self.out.u32(p.creation);
        Ok(())
    }

    fn port(&mut self, t: Term) -> Result<(), EncodeError> {
        let p = self
            .ext
            .port_parts(t)
            .ok_or(EncodeError::Unencodable("port"))?;
        // Port numbers beyond 28 bits need the 64-bit form.
        if p.id > (1 << 28) - 1 {
            self.out.byte(tags::V4_PORT);
            self.atom(p.node);
            self.out.put(&p.id.to_be_bytes());
        } else {
            self.out.byte(tags::NEW_PORT);
            self.atom(p.node);
            self.out.u32(p.id as u32);
        }
        self.out.u32(p.creation);
        Ok(())
    }
}

impl Output<'_> {
    /// Counts `n` bytes without writing them (sizing only).
    fn put_count(&mut self, n: usize) {
        if let Output::Count(c) = self {
            **c += n as u64;
        }
    }
}

/// A float as C's `printf("%.20e")` prints it: `d.dddddddddddddddddddde±XX`.
pub(crate) fn c_exponent_format(f: f64) -> String {
    let s = format!("{f:.20e}");
    let (mantissa, exponent) = s.split_once('e').unwrap_or((&s, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exponent.unsigned_abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_c_does() {
        assert_eq!(c_exponent_format(1.5), "1.50000000000000000000e+00");
        assert_eq!(c_exponent_format(-0.1), "-1.00000000000000005551e-01");
        assert_eq!(c_exponent_format(1e300), "1.00000000000000005250e+300");
        assert_eq!(c_exponent_format(0.0), "0.00000000000000000000e+00");
    }
}
