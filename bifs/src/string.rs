//! The BIFs of module `string`: `list_to_integer/1` and `list_to_float/1`, which read a number
//! from the front of a character list and return it with the rest of the list.
//!
//! The number's text is an optional sign and decimal digits (for floats: digits, `.`, digits,
//! then an optional exponent `e`/`E`, sign and digits). The rest is the list from the first
//! character that is not part of the number, whatever its tail. Errors are values:
//! `{error, not_a_list}` when the argument is not a list, `{error, no_integer}` or
//! `{error, no_float}` when no number starts the list.

use vm::atom::Atom;
use vm::bif::{BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::convert::{parse_float, parse_integer};
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("string", "list_to_integer", 1, list_to_integer),
    ("string", "list_to_float", 1, list_to_float),
];

/// Reads characters from the front of `list` while `accept` takes them (given the text so far
/// and the next character); returns the text and the list cell after it.
fn take_prefix(list: Term, mut accept: impl FnMut(&[u8], u8) -> bool) -> (Vec<u8>, Term) {
    let mut text = Vec::new();
    let mut cell = list;
    while let Some((head, tail)) = cell.as_cons() {
        match head.as_small().and_then(|c| u8::try_from(c).ok()) {
            Some(c) if accept(&text, c) => text.push(c),
            _ => break,
        }
        cell = tail;
    }
    (text, cell)
}

fn error_tuple(p: &mut ProcessContext, reason: &str) -> Term {
    let error = Term::atom(vm::atom::ERROR);
    let reason = Atom::intern(reason).map_or(Term::NIL, Term::atom);
    p.heap.tuple(&[error, reason])
}

fn list_to_integer(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_cons() && !a[0].is_nil() {
        return Ok(error_tuple(p, "not_a_list"));
    }
    let (text, rest) = take_prefix(a[0], |text, c| {
        c.is_ascii_digit() || (text.is_empty() && (c == b'-' || c == b'+'))
    });
    if !text.last().is_some_and(u8::is_ascii_digit) {
        return Ok(error_tuple(p, "no_integer"));
    }
    match parse_integer(&mut p.heap, &text, 10) {
        Ok(n) => Ok(p.heap.tuple(&[n, rest])),
        Err(_) => Ok(error_tuple(p, "no_integer")),
    }
}

/// How far a float's text has got, for [`list_to_float`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum FloatPart {
    Sign,
    Integer,
    Fraction,
    ExponentSign,
    Exponent,
}

fn list_to_float(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_cons() && !a[0].is_nil() {
        return Ok(error_tuple(p, "not_a_list"));
    }
    // The longest prefix of the form [+-]D+.D+ with an optional complete exponent.
    let mut part = FloatPart::Sign;
    let (mut longest, mut seen) = (0usize, 0usize);
    let mut digits_in_part = 0;
    let (text, _) = take_prefix(a[0], |_, c| {
        let next = match (part, c) {
            (FloatPart::Sign, b'+' | b'-') if seen == 0 => Some(FloatPart::Integer),
            (FloatPart::Sign | FloatPart::Integer, b'0'..=b'9') => Some(FloatPart::Integer),
            (FloatPart::Integer, b'.') if digits_in_part > 0 => Some(FloatPart::Fraction),
            (FloatPart::Fraction, b'0'..=b'9') => Some(FloatPart::Fraction),
            (FloatPart::Fraction, b'e' | b'E') if digits_in_part > 0 => {
                Some(FloatPart::ExponentSign)
            }
            (FloatPart::ExponentSign, b'+' | b'-') => Some(FloatPart::Exponent),
            (FloatPart::ExponentSign | FloatPart::Exponent, b'0'..=b'9') => {
                Some(FloatPart::Exponent)
            }
            _ => None,
        };
        let Some(next) = next else {
            return false;
        };
        let digit = c.is_ascii_digit();
        if next != part || !digit {
            digits_in_part = 0;
        }
        if digit {
            digits_in_part += 1;
        }
        part = next;
        seen += 1;
        if digit && matches!(part, FloatPart::Fraction | FloatPart::Exponent) {
            longest = seen;
        }
        true
    });
    let number = &text[..longest];
    match (longest > 0).then(|| parse_float(number)).flatten() {
        Some(f) => {
            let mut rest = a[0];
            for _ in 0..longest {
                rest = rest.as_cons().map_or(rest, |(_, t)| t);
            }
            let f = p.heap.float(f);
            Ok(p.heap.tuple(&[f, rest]))
        }
        None => Ok(error_tuple(p, "no_float")),
    }
}
