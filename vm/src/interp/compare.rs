//! Term equality and ordering for the test instructions: exact equality (`=:=`), arithmetic
//! equality (`==`) and the standard term order (`<`), with explicit work stacks.
//!
//! Immediates are decided inline by the interpreter; these functions handle the general case.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::term::{Subtag, Term};

/// Rank of a term's type in Erlang's term order:
/// number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring.
fn rank(t: Term) -> u8 {
    if t.is_small() {
        return 0;
    }
    if t.is_atom() {
        return 1;
    }
    if t.is_local_port() {
        return 4;
    }
    if t.is_local_pid() {
        return 5;
    }
    if t.is_nil() {
        return 8;
    }
    if t.is_cons() {
        return 9;
    }
    match t.boxed_subtag() {
        Some(Subtag::Float | Subtag::PosBig | Subtag::NegBig) => 0,
        Some(Subtag::Ref | Subtag::ExternalRef) => 2,
        Some(Subtag::Fun | Subtag::Export) => 3,
        Some(Subtag::ExternalPort) => 4,
        Some(Subtag::ExternalPid) => 5,
        Some(Subtag::Tuple) => 6,
        Some(Subtag::Map) => 7,
        Some(Subtag::HeapBinary | Subtag::RefcBinary | Subtag::SubBinary) => 10,
        _ => 11,
    }
}

/// An integer term as a `BigInt`.
pub fn to_bigint(t: Term) -> Option<BigInt> {
    if let Some(v) = t.as_small() {
        return Some(BigInt::from(v));
    }
    let (neg, digits) = t.bignum_digits()?;
    let mut bytes = Vec::with_capacity(digits.len() * 8);
    for d in digits {
        bytes.extend_from_slice(&d.to_le_bytes());
    }
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_bytes_le(sign, &bytes))
}

/// Compares a number with another number, mathematically (`1 == 1.0`).
fn compare_numbers(a: Term, b: Term) -> Ordering {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return x.cmp(&y);
    }
    match (a.as_float(), b.as_float()) {
        (Some(x), Some(y)) => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        (Some(x), None) => compare_float_int(x, b),
        (None, Some(y)) => compare_float_int(y, a).reverse(),
        (None, None) => {
            let x = to_bigint(a).unwrap_or_default();
            let y = to_bigint(b).unwrap_or_default();
            x.cmp(&y)
        }
    }
}

/// Compares float `f` with integer term `i`.
fn compare_float_int(f: f64, i: Term) -> Ordering {
    let big = to_bigint(i).unwrap_or_default();
    if let Some(fi) = big.to_f64() {
        if fi != f {
            return f.partial_cmp(&fi).unwrap_or(Ordering::Equal);
        }
    }
    // Same magnitude as a float: compare exactly using the float's integer part.
    let trunc = f.trunc();
    let fb = num_bigint::BigInt::from(trunc as i128);
    match fb.cmp(&big) {
        Ordering::Equal => {
            if f > trunc {
                Ordering::Greater
            } else if f < trunc {
                Ordering::Less
            } else {
                Ordering::Equal
            }
        }
        o => o,
    }
}

fn is_number(t: Term) -> bool {
    t.is_small() || t.is_float() || t.is_bignum()
}

/// Compares two terms in Erlang's term order. `exact` makes integers and floats differ
/// (`=:=`); otherwise they compare by value (`==`, `<`).
pub fn compare(a: Term, b: Term, exact: bool) -> Ordering {
    let mut work: Vec<(Term, Term)> = vec![(a, b)];
    while let Some((a, b)) = work.pop() {
        if a == b {
            continue;
        }
        let o = compare_one(a, b, exact, &mut work);
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

/// Compares the outer layer of two terms; pushes pairs of children to compare next.
fn compare_one(a: Term, b: Term, exact: bool, work: &mut Vec<(Term, Term)>) -> Ordering {
    let (ra, rb) = (rank(a), rank(b));
    if ra == 0 && rb == 0 {
        if exact && (a.is_float() != b.is_float()) {
            // Erlang orders 1 and 1.0 as equal in ordering but not exactly: ints first.
            let o = compare_numbers(a, b);
            if o != Ordering::Equal {
                return o;
            }
            return if a.is_float() {
                Ordering::Greater
            } else {
                Ordering::Less
            };
        }
        return compare_numbers(a, b);
    }
    if ra != rb {
        return ra.cmp(&rb);
    }
    match ra {
        1 => {
            let (x, y) = (a.as_atom(), b.as_atom());
            match (x, y) {
                (Some(x), Some(y)) => x.text().cmp(y.text()),
                _ => Ordering::Equal,
            }
        }
        4 | 5 => a.immed1_payload().cmp(&b.immed1_payload()),
        6 => {
            let (x, y) = (
                a.tuple_elements().unwrap_or(&[]),
                b.tuple_elements().unwrap_or(&[]),
            );
            if x.len() != y.len() {
                return x.len().cmp(&y.len());
            }
            for (p, q) in x.iter().zip(y.iter()).rev() {
                work.push((*p, *q));
            }
            Ordering::Equal
        }
        9 => {
            let (ha, ta) = a.as_cons().unwrap_or((Term::NIL, Term::NIL));
            let (hb, tb) = b.as_cons().unwrap_or((Term::NIL, Term::NIL));
            work.push((ta, tb));
            work.push((ha, hb));
            Ordering::Equal
        }
        10 => {
            let x = a.as_bitstring().map(|s| s.to_vec()).unwrap_or_default();
            let y = b.as_bitstring().map(|s| s.to_vec()).unwrap_or_default();
            x.cmp(&y)
        }
        3 => {
            let x = a.fun_code_ref().unwrap_or(0);
            let y = b.fun_code_ref().unwrap_or(0);
            if x != y {
                return x.cmp(&y);
            }
            let (ea, eb) = (a.fun_env().unwrap_or(&[]), b.fun_env().unwrap_or(&[]));
            if ea.len() != eb.len() {
                return ea.len().cmp(&eb.len());
            }
            for (p, q) in ea.iter().zip(eb.iter()).rev() {
                work.push((*p, *q));
            }
            Ordering::Equal
        }
        2 => match (a.local_ref_id(), b.local_ref_id()) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => a.raw().cmp(&b.raw()),
        },
        _ => a.raw().cmp(&b.raw()),
    }
}

/// `a =:= b`.
#[inline]
pub fn exact_eq(a: Term, b: Term) -> bool {
    a == b || (!(a.is_immediate() && b.is_immediate()) && compare(a, b, true) == Ordering::Equal)
}

/// `a == b`.
#[inline]
pub fn eq(a: Term, b: Term) -> bool {
    a == b || (!(a.is_immediate() && b.is_immediate()) && compare(a, b, false) == Ordering::Equal)
}

/// `a < b` in the term order.
#[inline]
pub fn lt(a: Term, b: Term) -> bool {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return x < y;
    }
    compare(a, b, false) == Ordering::Less
}

/// Whether `t` is a number (for callers outside this module).
pub fn is_num(t: Term) -> bool {
    is_number(t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{ScratchHeap, TermAlloc};

    #[test]
    fn orders_terms_as_erlang() {
        let mut h = ScratchHeap::new();
        let one_f = h.float(1.0);
        assert!(eq(Term::small(1), one_f));
        assert!(!exact_eq(Term::small(1), one_f));
        assert!(lt(Term::small(1), Term::atom(crate::atom::OK)));
        let t1 = h.tuple(&[Term::small(1), Term::small(2)]);
        let t2 = h.tuple(&[Term::small(1), Term::small(3)]);
        assert!(lt(t1, t2));
        let l1 = h.list(&[Term::small(1), Term::small(2)]);
        let l2 = h.list(&[Term::small(1), Term::small(2)]);
        assert!(exact_eq(l1, l2));
        assert!(lt(t1, l1));
        assert!(lt(Term::NIL, l1));
        let big = h.integer(i64::MAX);
        assert!(lt(Term::small(5), big));
        assert!(lt(
            Term::atom(crate::atom::ERROR),
            Term::atom(crate::atom::OK)
        ));
    }
}
