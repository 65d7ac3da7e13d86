//! Conversions between atoms, numbers and text, as lists and as binaries: `atom_to_list/1`,
//! `list_to_atom/1`, `integer_to_list/1,2`, `list_to_integer/1,2`, `float_to_list/1,2`,
//! `list_to_float/1` and their binary counterparts. The syntax and the errors are those of the
//! erl-checked [`vm::ops::convert`] and [`vm::ops::float_format`].

use vm::atom::{Atom, MAX_ATOM_CHARS};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::convert::{self, ConvertError};
use vm::ops::float_format::{self, FloatFormat};
use vm::term::Term;

use crate::BifSpec;

/// Turns a conversion result into a BIF result.
fn lift(r: Result<Term, ConvertError>) -> BifResult {
    r.map_err(|e| match e {
        ConvertError::Badarg => BifError::BADARG,
        ConvertError::SystemLimit => BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)),
    })
}

/// The base argument of the `/2` integer conversions (2..=36).
fn base(t: Term) -> Result<u32, BifError> {
    match t.as_small() {
        Some(b) if (2..=36).contains(&b) => Ok(b as u32),
        _ => badarg(),
    }
}

/// The bytes of a binary argument (not a bitstring with trailing bits).
fn binary_bytes(t: Term) -> Result<Vec<u8>, BifError> {
    match t.as_bitstring() {
        Some(b) if b.is_binary() => Ok(b.to_vec()),
        _ => badarg(),
    }
}

/// The text encoding argument of the atom/binary conversions: `true` for UTF-8.
fn encoding(t: Term) -> Result<bool, BifError> {
    match t.as_atom().map(Atom::text) {
        Some("utf8" | "unicode") => Ok(true),
        Some("latin1") => Ok(false),
        _ => badarg(),
    }
}

fn atom_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_atom() {
        Some(atom) => Ok(convert::atom_to_charlist(&mut p.heap, atom)),
        None => badarg(),
    }
}

fn list_to_atom(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(convert::list_to_atom(a[0]).map(Term::atom))
}

fn list_to_existing_atom(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let text = convert::charlist_to_string(a[0], MAX_ATOM_CHARS).or_else(|_| badarg())?;
    match Atom::existing(&text) {
        Some(atom) => Ok(Term::atom(atom)),
        None => badarg(),
    }
}

fn atom_to_binary_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_atom() {
        Some(atom) => Ok(p.heap.binary(atom.text().as_bytes())),
        None => badarg(),
    }
}

fn atom_to_binary_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(atom), utf8) = (a[0].as_atom(), encoding(a[1])?) else {
        return badarg();
    };
    if utf8 {
        return Ok(p.heap.binary(atom.text().as_bytes()));
    }
    let mut bytes = Vec::with_capacity(atom.text().len());
    for c in atom.text().chars() {
        match u8::try_from(c as u32) {
            Ok(b) => bytes.push(b),
            Err(_) => return badarg(),
        }
    }
    Ok(p.heap.binary(&bytes))
}

/// The atom text of a binary in the given encoding.
fn binary_atom_text(bin: Term, utf8: bool) -> Result<String, BifError> {
    let bytes = binary_bytes(bin)?;
    let text = if utf8 {
        String::from_utf8(bytes).or_else(|_| badarg())?
    } else {
        bytes.iter().map(|&b| b as char).collect()
    };
    if text.chars().count() > MAX_ATOM_CHARS {
        return Err(BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)));
    }
    Ok(text)
}

fn binary_to_atom_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    binary_to_atom(a[0], true)
}

fn binary_to_atom_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    binary_to_atom(a[0], encoding(a[1])?)
}

fn binary_to_atom(bin: Term, utf8: bool) -> BifResult {
    let text = binary_atom_text(bin, utf8)?;
    match Atom::intern(&text) {
        Ok(atom) => Ok(Term::atom(atom)),
        Err(_) => Err(BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT))),
    }
}

fn binary_to_existing_atom_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    binary_to_existing_atom(a[0], true)
}

fn binary_to_existing_atom_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    binary_to_existing_atom(a[0], encoding(a[1])?)
}

fn binary_to_existing_atom(bin: Term, utf8: bool) -> BifResult {
    let text = binary_atom_text(bin, utf8).or_else(|_| badarg())?;
    match Atom::existing(&text) {
        Some(atom) => Ok(Term::atom(atom)),
        None => badarg(),
    }
}

fn integer_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(convert::integer_to_charlist(&mut p.heap, a[0], 10))
}

fn integer_to_list_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = base(a[1])?;
    lift(convert::integer_to_charlist(&mut p.heap, a[0], b))
}

fn integer_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match convert::integer_to_text(a[0], 10) {
        Some(text) => Ok(p.heap.binary(text.as_bytes())),
        None => badarg(),
    }
}

fn integer_to_binary_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = base(a[1])?;
    match convert::integer_to_text(a[0], b) {
        Some(text) => Ok(p.heap.binary(text.as_bytes())),
        None => badarg(),
    }
}

fn list_to_integer(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(convert::list_to_integer(&mut p.heap, a[0], 10))
}

fn list_to_integer_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = base(a[1])?;
    lift(convert::list_to_integer(&mut p.heap, a[0], b))
}

fn binary_to_integer(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bytes = binary_bytes(a[0])?;
    lift(convert::parse_integer(&mut p.heap, &bytes, 10))
}

fn binary_to_integer_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bytes = binary_bytes(a[0])?;
    let b = base(a[1])?;
    lift(convert::parse_integer(&mut p.heap, &bytes, b))
}

/// The text `float_to_list/1,2` gives for `a[0]` with the options in `a[1]` (if any).
fn float_text(a: &[Term]) -> Result<String, BifError> {
    let Some(f) = a[0].as_float() else {
        return badarg();
    };
    let format = match a.get(1) {
        None => FloatFormat::Legacy,
        Some(&opts) => match float_format::parse_float_options(opts) {
            Some(f) => f,
            None => return badarg(),
        },
    };
    match float_format::format_float(f, format) {
        Some(text) => Ok(text),
        None => badarg(),
    }
}

fn float_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let text = float_text(a)?;
    Ok(p.heap.charlist(&text))
}

fn float_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let text = float_text(a)?;
    Ok(p.heap.binary(text.as_bytes()))
}

fn list_to_float(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(convert::list_to_float(&mut p.heap, a[0]))
}

fn binary_to_float(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bytes = binary_bytes(a[0])?;
    match convert::parse_float(&bytes) {
        Some(f) => Ok(p.heap.float(f)),
        None => badarg(),
    }
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "atom_to_list", 1, atom_to_list),
    ("erlang", "list_to_atom", 1, list_to_atom),
    ("erlang", "list_to_existing_atom", 1, list_to_existing_atom),
    ("erlang", "atom_to_binary", 1, atom_to_binary_1),
    ("erlang", "atom_to_binary", 2, atom_to_binary_2),
    ("erlang", "binary_to_atom", 1, binary_to_atom_1),
    ("erlang", "binary_to_atom", 2, binary_to_atom_2),
    (
        "erlang",
        "binary_to_existing_atom",
        1,
        binary_to_existing_atom_1,
    ),
    (
        "erlang",
        "binary_to_existing_atom",
        2,
        binary_to_existing_atom_2,
    ),
    ("erlang", "integer_to_list", 1, integer_to_list),
    ("erlang", "integer_to_list", 2, integer_to_list_2),
    ("erlang", "integer_to_binary", 1, integer_to_binary),
    ("erlang", "integer_to_binary", 2, integer_to_binary_2),
    ("erlang", "list_to_integer", 1, list_to_integer),
    ("erlang", "list_to_integer", 2, list_to_integer_2),
    ("erlang", "binary_to_integer", 1, binary_to_integer),
    ("erlang", "binary_to_integer", 2, binary_to_integer_2),
    ("erlang", "float_to_list", 1, float_to_list),
    ("erlang", "float_to_list", 2, float_to_list),
    ("erlang", "float_to_binary", 1, float_to_binary),
    ("erlang", "float_to_binary", 2, float_to_binary),
    ("erlang", "list_to_float", 1, list_to_float),
    ("erlang", "binary_to_float", 1, binary_to_float),
];
