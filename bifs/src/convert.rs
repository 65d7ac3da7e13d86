//! Conversions between atoms, integers and strings: `atom_to_list/1`, `list_to_atom/1`,
//! `list_to_existing_atom/1`, `integer_to_list/1,2`, `list_to_integer/1,2`.

use num_bigint::BigInt;
use num_traits::Num as _;
use vm::atom::Atom;
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::interp::compare::to_bigint;
use vm::term::Term;

use crate::arith::int_term;
use crate::lists::proper_list;
use crate::BifSpec;

/// The text of a list of character codes (any Unicode code point), or `None`.
pub fn char_list(t: Term) -> Option<String> {
    let mut s = String::new();
    for c in proper_list(t)? {
        let c = c.as_small()?;
        s.push(char::from_u32(u32::try_from(c).ok()?)?);
    }
    Some(s)
}

fn atom_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_atom() {
        Some(atom) => Ok(p.heap.charlist(atom.text())),
        None => badarg(),
    }
}

fn list_to_atom(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(text) = char_list(a[0]) else {
        return badarg();
    };
    match Atom::intern(&text) {
        Ok(atom) => Ok(Term::atom(atom)),
        Err(vm::atom::AtomError::TooLong) => {
            Err(BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)))
        }
        Err(_) => Err(BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT))),
    }
}

fn list_to_existing_atom(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match char_list(a[0]).and_then(|t| Atom::existing(&t)) {
        Some(atom) => Ok(Term::atom(atom)),
        None => badarg(),
    }
}

fn radix(t: Term) -> Option<u32> {
    t.as_small()
        .filter(|b| (2..=36).contains(b))
        .map(|b| b as u32)
}

fn integer_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match to_bigint(a[0]) {
        Some(v) => Ok(p.heap.charlist(&v.to_string())),
        None => badarg(),
    }
}

fn integer_to_list_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (to_bigint(a[0]), radix(a[1])) {
        (Some(v), Some(r)) => Ok(p.heap.charlist(&v.to_str_radix(r).to_uppercase())),
        _ => badarg(),
    }
}

fn parse_int(text: &str, radix: u32) -> Option<BigInt> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    BigInt::from_str_radix(text.strip_prefix('+').unwrap_or(text), radix).ok()
}

fn list_to_integer(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match char_list(a[0]).and_then(|t| parse_int(&t, 10)) {
        Some(v) => Ok(int_term(p, &v)),
        None => badarg(),
    }
}

fn list_to_integer_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(r) = radix(a[1]) else {
        return badarg();
    };
    match char_list(a[0]).and_then(|t| parse_int(&t, r)) {
        Some(v) => Ok(int_term(p, &v)),
        None => badarg(),
    }
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
];
