//! BIFs on binaries and bitstrings in module `erlang`: sizes, parts, conversions between
//! binaries and lists, integers, floats and atoms, and iolists.

use vm::atom::{Atom, AtomError};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::bits::BitWriter;
use vm::heap::TermAlloc;
use vm::ops::convert::{integer_to_text, parse_float, parse_integer, ConvertError};
use vm::ops::float_format::{float_to_text, format_float, parse_float_options};
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "byte_size", 1, byte_size),
    ("erlang", "bit_size", 1, bit_size),
    ("erlang", "binary_part", 2, binary_part_2),
    ("erlang", "binary_part", 3, binary_part_3),
    ("binary", "part", 2, binary_part_2),
    ("binary", "part", 3, binary_part_3),
    ("erlang", "split_binary", 2, split_binary),
    ("erlang", "binary_to_list", 1, binary_to_list),
    ("erlang", "binary_to_list", 3, binary_to_list_3),
    ("erlang", "bitstring_to_list", 1, bitstring_to_list),
    ("erlang", "list_to_binary", 1, list_to_binary),
    ("erlang", "list_to_bitstring", 1, list_to_bitstring),
    ("erlang", "iolist_to_binary", 1, iolist_to_binary),
    ("erlang", "iolist_size", 1, iolist_size),
    ("erlang", "binary_to_integer", 1, binary_to_integer),
    ("erlang", "binary_to_integer", 2, binary_to_integer_2),
    ("erlang", "integer_to_binary", 1, integer_to_binary),
    ("erlang", "integer_to_binary", 2, integer_to_binary_2),
    ("erlang", "binary_to_float", 1, binary_to_float),
    ("erlang", "float_to_binary", 1, float_to_binary),
    ("erlang", "float_to_binary", 2, float_to_binary_2),
    ("erlang", "atom_to_binary", 1, atom_to_binary),
    ("erlang", "atom_to_binary", 2, atom_to_binary_2),
    ("erlang", "binary_to_atom", 1, binary_to_atom),
    ("erlang", "binary_to_atom", 2, binary_to_atom_2),
    (
        "erlang",
        "binary_to_existing_atom",
        1,
        binary_to_existing_atom,
    ),
    (
        "erlang",
        "binary_to_existing_atom",
        2,
        binary_to_existing_atom_2,
    ),
];

fn system_limit() -> BifError {
    BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT))
}

fn byte_size(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_bitstring() {
        Some(v) => Ok(Term::small(v.bit_len().div_ceil(8) as i64)),
        None => badarg(),
    }
}

fn bit_size(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_bitstring() {
        Some(v) => Ok(Term::small(v.bit_len() as i64)),
        None => badarg(),
    }
}

/// `len` bytes of binary `bin` from byte `start`: a copy when it fits a heap binary, otherwise a
/// sub-binary sharing `bin`'s storage (as erl extracts parts).
pub fn extract(p: &mut ProcessContext, bin: Term, start: usize, len: usize) -> Term {
    if len <= vm::term::binary::HEAP_BINARY_LIMIT {
        if let Some(view) = bin.as_bitstring() {
            let bytes: Vec<u8> = (start..start + len).map(|i| view.byte(i)).collect();
            return p.heap.binary(&bytes);
        }
    }
    p.heap.sub_binary(bin, start, 0, len * 8)
}

/// The bytes `start .. start + len` of `bin` (`len` may be negative), as a sub-binary. As in
/// erl, a bitstring is accepted and the part must lie within its whole bytes.
fn part(p: &mut ProcessContext, bin: Term, start: Term, len: Term) -> BifResult {
    let Some(view) = bin.as_bitstring() else {
        return badarg();
    };
    let (Some(s), Some(l)) = (start.as_small(), len.as_small()) else {
        return badarg();
    };
    let size = view.byte_len() as i64;
    let (from, to) = if l >= 0 { (s, s + l) } else { (s + l, s) };
    if from < 0 || to > size || s < 0 || s > size {
        return badarg();
    }
    Ok(extract(p, bin, from as usize, (to - from) as usize))
}

fn binary_part_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[1].tuple_elements() {
        Some(&[s, l]) => part(p, a[0], s, l),
        _ => badarg(),
    }
}

fn binary_part_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    part(p, a[0], a[1], a[2])
}

fn split_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(view) = a[0].as_bitstring() else {
        return badarg();
    };
    let pos = match a[1].as_small() {
        Some(n) if n >= 0 && n as usize <= view.byte_len() => n as usize,
        _ => return badarg(),
    };
    let total = view.bit_len();
    let left = extract(p, a[0], 0, pos);
    let right = p.heap.sub_binary(a[0], pos, 0, total - pos * 8);
    Ok(p.heap.tuple(&[left, right]))
}

fn byte_list(p: &mut ProcessContext, bytes: &[u8], tail: Term) -> Term {
    let items: Vec<Term> = bytes.iter().map(|&b| Term::small(b as i64)).collect();
    p.heap.list_with_tail(&items, tail)
}

fn binary_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_bitstring().filter(|v| v.is_binary()) {
        Some(v) => {
            let bytes = v.to_vec();
            Ok(byte_list(p, &bytes, Term::NIL))
        }
        None => badarg(),
    }
}

/// `binary_to_list(Bin, Start, Stop)`: as in erl, a bitstring is accepted and the positions
/// must lie within its whole bytes.
fn binary_to_list_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(v) = a[0].as_bitstring() else {
        return badarg();
    };
    let size = v.byte_len() as i64;
    match (a[1].as_small(), a[2].as_small()) {
        (Some(s), Some(e)) if 1 <= s && s <= e && e <= size => {
            let bytes: Vec<u8> = (s as usize - 1..e as usize).map(|i| v.byte(i)).collect();
            Ok(byte_list(p, &bytes, Term::NIL))
        }
        _ => badarg(),
    }
}

fn bitstring_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(v) = a[0].as_bitstring() else {
        return badarg();
    };
    let bytes = v.to_vec();
    let whole = v.byte_len();
    let tail = if v.is_binary() {
        Term::NIL
    } else {
        let rest = p.heap.sub_binary(a[0], whole, 0, v.bit_len() - whole * 8);
        p.heap.list(&[rest])
    };
    Ok(byte_list(p, &bytes[..whole], tail))
}

/// Appends the bits of the iolist (or, with `bits`, bitstring list) `t` to `w`; `None` if `t`
/// is not one. Walks with an explicit stack.
pub fn flatten_iolist(t: Term, bits: bool, w: &mut BitWriter) -> Option<()> {
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        if let Some((h, tl)) = t.as_cons() {
            if let Some(b) = h.as_small() {
                w.push_bits(u8::try_from(b).ok()? as u64, 8);
                // Keep walking the same list without growing the stack per element.
                stack.push(tl);
            } else {
                stack.push(tl);
                stack.push(h);
                if !(h.is_cons() || h.is_nil() || h.is_bitstring()) {
                    return None;
                }
            }
        } else if t.is_nil() {
        } else if let Some(view) = t.as_bitstring() {
            if !bits && !view.is_binary() {
                return None;
            }
            match view.as_bytes() {
                Some(bytes) => w.push_bytes(bytes),
                None => {
                    let (orig, start, len) = t.bitstring_parts()?;
                    w.push_from(orig.plain_bytes()?, start, len);
                }
            }
        } else {
            return None;
        }
    }
    Some(())
}

fn list_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !(a[0].is_cons() || a[0].is_nil()) {
        return badarg();
    }
    iolist_to_binary(p, a)
}

fn list_to_bitstring(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !(a[0].is_cons() || a[0].is_nil()) {
        return badarg();
    }
    let mut w = BitWriter::default();
    match flatten_iolist(a[0], true, &mut w) {
        Some(()) => Ok(p.heap.bitstring(w.bytes(), w.bit_len())),
        None => badarg(),
    }
}

fn iolist_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if a[0].is_binary() {
        return Ok(a[0]);
    }
    let mut w = BitWriter::default();
    match flatten_iolist(a[0], false, &mut w) {
        Some(()) if !a[0].is_bitstring() => Ok(p.heap.binary(w.bytes())),
        _ => badarg(),
    }
}

fn iolist_size(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let mut w = BitWriter::default();
    match flatten_iolist(a[0], false, &mut w) {
        Some(()) => Ok(Term::small((w.bit_len() / 8) as i64)),
        None => badarg(),
    }
}

fn text_of(t: Term) -> Option<Vec<u8>> {
    t.as_bitstring()
        .filter(|v| v.is_binary())
        .map(|v| v.to_vec())
}

fn convert_error(e: ConvertError) -> BifError {
    match e {
        ConvertError::Badarg => BifError::BADARG,
        ConvertError::SystemLimit => system_limit(),
    }
}

fn binary_to_integer(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(text) = text_of(a[0]) else {
        return badarg();
    };
    parse_integer(&mut p.heap, &text, 10).map_err(convert_error)
}

fn binary_to_integer_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(text), Some(base)) = (text_of(a[0]), a[1].as_small()) else {
        return badarg();
    };
    if !(2..=36).contains(&base) {
        return badarg();
    }
    parse_integer(&mut p.heap, &text, base as u32).map_err(convert_error)
}

fn integer_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match integer_to_text(a[0], 10) {
        Some(s) => Ok(p.heap.binary(s.as_bytes())),
        None => badarg(),
    }
}

fn integer_to_binary_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let base = a[1].as_small().filter(|b| (2..=36).contains(b));
    match base.and_then(|b| integer_to_text(a[0], b as u32)) {
        Some(s) => Ok(p.heap.binary(s.as_bytes())),
        None => badarg(),
    }
}

fn binary_to_float(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match text_of(a[0]).and_then(|t| parse_float(&t)) {
        Some(f) => Ok(p.heap.float(f)),
        None => badarg(),
    }
}

fn float_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_float() {
        Some(f) => Ok(p.heap.binary(float_to_text(f).as_bytes())),
        None => badarg(),
    }
}

fn float_to_binary_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let text = a[0]
        .as_float()
        .zip(parse_float_options(a[1]))
        .and_then(|(f, fmt)| format_float(f, fmt));
    match text {
        Some(s) => Ok(p.heap.binary(s.as_bytes())),
        None => badarg(),
    }
}

/// The encoding argument of the atom/binary conversions: `Some(true)` for UTF-8
/// (`utf8`/`unicode`), `Some(false)` for `latin1`.
fn encoding(t: Term) -> Option<bool> {
    match t.as_atom()?.text() {
        "utf8" | "unicode" => Some(true),
        "latin1" => Some(false),
        _ => None,
    }
}

fn atom_bytes(atom: Atom, utf8: bool) -> Option<Vec<u8>> {
    if utf8 {
        return Some(atom.text().as_bytes().to_vec());
    }
    atom.text()
        .chars()
        .map(|c| u8::try_from(c as u32).ok())
        .collect()
}

fn atom_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_atom() {
        Some(atom) => Ok(p.heap.binary(atom.text().as_bytes())),
        None => badarg(),
    }
}

fn atom_to_binary_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (a[0].as_atom(), encoding(a[1])) {
        (Some(atom), Some(utf8)) => match atom_bytes(atom, utf8) {
            Some(b) => Ok(p.heap.binary(&b)),
            None => badarg(),
        },
        _ => badarg(),
    }
}

/// The atom text of binary `bin` in the given encoding; `Err` is the BIF's error.
fn binary_atom_text(bin: Term, utf8: bool) -> Result<String, BifError> {
    let bytes = text_of(bin).ok_or(BifError::BADARG)?;
    let text = if utf8 {
        String::from_utf8(bytes).map_err(|_| BifError::BADARG)?
    } else {
        bytes.iter().map(|&b| b as char).collect()
    };
    if text.chars().count() > vm::atom::MAX_ATOM_CHARS {
        return Err(system_limit());
    }
    Ok(text)
}

fn to_atom(bin: Term, enc: Term, existing: bool) -> BifResult {
    let utf8 = encoding(enc).ok_or(BifError::BADARG)?;
    if existing {
        // A name too long for an atom names no existing atom: badarg, not system_limit. The
        // empty atom always exists in erl.
        let text = binary_atom_text(bin, utf8).map_err(|_| BifError::BADARG)?;
        let atom = match text.is_empty() {
            true => Atom::intern(&text).ok(),
            false => Atom::existing(&text),
        };
        return atom.map(Term::atom).ok_or(BifError::BADARG);
    }
    let text = binary_atom_text(bin, utf8)?;
    match Atom::intern(&text) {
        Ok(a) => Ok(Term::atom(a)),
        Err(AtomError::TooLong | AtomError::TableFull) => Err(system_limit()),
    }
}

fn binary_to_atom(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    to_atom(
        a[0],
        Term::atom(Atom::intern("utf8").map_err(|_| BifError::BADARG)?),
        false,
    )
}

fn binary_to_atom_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    to_atom(a[0], a[1], false)
}

fn binary_to_existing_atom(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    to_atom(
        a[0],
        Term::atom(Atom::intern("utf8").map_err(|_| BifError::BADARG)?),
        true,
    )
}

fn binary_to_existing_atom_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    to_atom(a[0], a[1], true)
}
