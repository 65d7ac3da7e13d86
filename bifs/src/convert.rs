//! Conversions between atoms, numbers and character lists: `atom_to_list/1`, `list_to_atom/1`,
//! `list_to_existing_atom/1`, `integer_to_list/1,2`, `list_to_integer/1,2`, `float_to_list/1,2`
//! and `list_to_float/1`. Their binary counterparts are in [`crate::binary`]. The syntax and the
//! errors are those of the erl-checked [`vm::ops::convert`] and [`vm::ops::float_format`].

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
    // The empty atom always exists in erl.
    let existing = match text.is_empty() {
        true => Atom::intern(&text).ok(),
        false => Atom::existing(&text),
    };
    match existing {
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

fn list_to_integer(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(convert::list_to_integer(&mut p.heap, a[0], 10))
}

fn list_to_integer_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = base(a[1])?;
    lift(convert::list_to_integer(&mut p.heap, a[0], b))
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

fn list_to_float(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(convert::list_to_float(&mut p.heap, a[0]))
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "atom_to_list", 1, atom_to_list),
    ("erlang", "list_to_atom", 1, list_to_atom),
    ("erlang", "list_to_existing_atom", 1, list_to_existing_atom),
    ("erlang", "integer_to_list", 1, integer_to_list),
    ("erlang", "integer_to_list", 2, integer_to_list_2),
    ("erlang", "list_to_integer", 1, list_to_integer),
    ("erlang", "list_to_integer", 2, list_to_integer_2),
    ("erlang", "float_to_list", 1, float_to_list),
    ("erlang", "float_to_list", 2, float_to_list),
    ("erlang", "list_to_float", 1, list_to_float),
];
