//! Arithmetic, comparison and boolean operator BIFs (`erlang:'+'/2` ...). Integers are small
//! integers or bignums (`num-bigint`), floats are `f64`; a float result that is not finite raises
//! `badarith`, as in erl.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};
use vm::bif::{BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::interp::compare;
use vm::term::Term;

use crate::BifSpec;

/// A number taken apart.
#[derive(Clone, Debug)]
pub enum Num {
    /// An integer.
    Int(BigInt),
    /// A float.
    Float(f64),
}

/// The number `t` holds, if it is one.
pub fn num(t: Term) -> Option<Num> {
    if let Some(i) = t.as_small() {
        return Some(Num::Int(BigInt::from(i)));
    }
    if let Some(f) = t.as_float() {
        return Some(Num::Float(f));
    }
    compare::to_bigint(t).map(Num::Int)
}

fn badarith<T>() -> Result<T, BifError> {
    Err(BifError::error(Term::atom(vm::atom::BADARITH)))
}

/// Builds the term for an integer result.
pub fn int_term(p: &mut ProcessContext, v: &BigInt) -> Term {
    match v.to_i64().and_then(Term::try_small) {
        Some(t) => t,
        None => p.heap.big_integer(v),
    }
}

fn float_term(p: &mut ProcessContext, f: f64) -> BifResult {
    if f.is_finite() {
        Ok(p.heap.float(f))
    } else {
        badarith()
    }
}

fn to_f64(n: &Num) -> Option<f64> {
    match n {
        Num::Int(i) => i.to_f64().filter(|f| f.is_finite()),
        Num::Float(f) => Some(*f),
    }
}

fn arith(
    p: &mut ProcessContext,
    args: &[Term],
    int_op: fn(&BigInt, &BigInt) -> BigInt,
    float_op: fn(f64, f64) -> f64,
) -> BifResult {
    let (Some(a), Some(b)) = (num(args[0]), num(args[1])) else {
        return badarith();
    };
    match (&a, &b) {
        (Num::Int(x), Num::Int(y)) => Ok(int_term(p, &int_op(x, y))),
        _ => match (to_f64(&a), to_f64(&b)) {
            (Some(x), Some(y)) => float_term(p, float_op(x, y)),
            _ => badarith(),
        },
    }
}

fn add(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    if let (Some(a), Some(b)) = (args[0].as_small(), args[1].as_small()) {
        return Ok(p.heap.integer(a + b));
    }
    arith(p, args, |a, b| a + b, |a, b| a + b)
}

fn sub(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    if let (Some(a), Some(b)) = (args[0].as_small(), args[1].as_small()) {
        return Ok(p.heap.integer(a - b));
    }
    arith(p, args, |a, b| a - b, |a, b| a - b)
}

fn mul(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    if let (Some(a), Some(b)) = (args[0].as_small(), args[1].as_small()) {
        if let Some(r) = a.checked_mul(b) {
            return Ok(p.heap.integer(r));
        }
    }
    arith(p, args, |a, b| a * b, |a, b| a * b)
}

fn fdiv(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    let (Some(a), Some(b)) = (num(args[0]), num(args[1])) else {
        return badarith();
    };
    match (to_f64(&a), to_f64(&b)) {
        (Some(_), Some(0.0)) => badarith(),
        (Some(x), Some(y)) => float_term(p, x / y),
        _ => badarith(),
    }
}

fn ints(args: &[Term]) -> Option<(BigInt, BigInt)> {
    match (num(args[0])?, num(args[1])?) {
        (Num::Int(a), Num::Int(b)) => Some((a, b)),
        _ => None,
    }
}

fn int_div(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match ints(args) {
        Some((_, b)) if b.is_zero() => badarith(),
        Some((a, b)) => Ok(int_term(p, &(&a / &b))),
        None => badarith(),
    }
}

fn rem(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match ints(args) {
        Some((_, b)) if b.is_zero() => badarith(),
        Some((a, b)) => Ok(int_term(p, &(&a % &b))),
        None => badarith(),
    }
}

fn band(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match ints(args) {
        Some((a, b)) => Ok(int_term(p, &(a & b))),
        None => badarith(),
    }
}

fn bor(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match ints(args) {
        Some((a, b)) => Ok(int_term(p, &(a | b))),
        None => badarith(),
    }
}

fn bxor(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match ints(args) {
        Some((a, b)) => Ok(int_term(p, &(a ^ b))),
        None => badarith(),
    }
}

fn shift(p: &mut ProcessContext, a: BigInt, by: &BigInt) -> BifResult {
    let Some(by) = by.to_i64() else {
        return if by.is_negative() || a.is_zero() {
            Ok(int_term(
                p,
                &if a.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                },
            ))
        } else {
            Err(BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)))
        };
    };
    if by >= 0 {
        if by > (1 << 27) && !a.is_zero() {
            return Err(BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)));
        }
        Ok(int_term(p, &(a << by as usize)))
    } else {
        let n = by.unsigned_abs().min(1 << 30) as usize;
        Ok(int_term(p, &a.div_floor(&(BigInt::from(1) << n))))
    }
}

fn bsl(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match ints(args) {
        Some((a, b)) => shift(p, a, &b),
        None => badarith(),
    }
}

fn bsr(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match ints(args) {
        Some((a, b)) => shift(p, a, &-b),
        None => badarith(),
    }
}

fn bnot(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match num(args[0]) {
        Some(Num::Int(a)) => Ok(int_term(p, &(-a - 1))),
        _ => badarith(),
    }
}

fn neg(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match num(args[0]) {
        Some(Num::Int(a)) => Ok(int_term(p, &-a)),
        Some(Num::Float(f)) => float_term(p, -f),
        None => badarith(),
    }
}

fn plus(_p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match num(args[0]) {
        Some(_) => Ok(args[0]),
        None => badarith(),
    }
}

fn abs(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match num(args[0]) {
        Some(Num::Int(a)) => Ok(int_term(p, &a.abs())),
        Some(Num::Float(f)) => float_term(p, f.abs()),
        None => vm::bif::badarg(),
    }
}

fn float(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match num(args[0]).as_ref().and_then(to_f64) {
        Some(f) => float_term(p, f),
        None => vm::bif::badarg(),
    }
}

fn to_int(p: &mut ProcessContext, args: &[Term], how: fn(f64) -> f64) -> BifResult {
    match num(args[0]) {
        Some(Num::Int(_)) => Ok(args[0]),
        Some(Num::Float(f)) => match BigInt::from_f64(how(f)) {
            Some(b) => Ok(int_term(p, &b)),
            None => vm::bif::badarg(),
        },
        None => vm::bif::badarg(),
    }
}

fn trunc(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    to_int(p, args, f64::trunc)
}

fn round(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    to_int(p, args, f64::round)
}

fn floor(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    to_int(p, args, f64::floor)
}

fn ceil(p: &mut ProcessContext, args: &[Term]) -> BifResult {
    to_int(p, args, f64::ceil)
}

fn eq_exact(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(compare::exact_eq(a[0], a[1])))
}
fn ne_exact(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!compare::exact_eq(a[0], a[1])))
}
fn eq(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(compare::eq(a[0], a[1])))
}
fn ne(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!compare::eq(a[0], a[1])))
}
fn lt(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(compare::lt(a[0], a[1])))
}
fn gt(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(compare::lt(a[1], a[0])))
}
fn le(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!compare::lt(a[1], a[0])))
}
fn ge(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!compare::lt(a[0], a[1])))
}
fn min(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(if compare::lt(a[1], a[0]) { a[1] } else { a[0] })
}
fn max(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(if compare::lt(a[0], a[1]) { a[1] } else { a[0] })
}

fn bools(a: &[Term]) -> Result<(bool, bool), BifError> {
    match (a[0].is_boolean(), a[1].is_boolean()) {
        (true, true) => Ok((a[0] == Term::TRUE, a[1] == Term::TRUE)),
        _ => vm::bif::badarg(),
    }
}
fn and(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (x, y) = bools(a)?;
    Ok(Term::boolean(x && y))
}
fn or(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (x, y) = bools(a)?;
    Ok(Term::boolean(x || y))
}
fn xor(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (x, y) = bools(a)?;
    Ok(Term::boolean(x != y))
}
fn not(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_boolean() {
        return vm::bif::badarg();
    }
    Ok(Term::boolean(a[0] == Term::FALSE))
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "+", 2, add),
    ("erlang", "-", 2, sub),
    ("erlang", "*", 2, mul),
    ("erlang", "/", 2, fdiv),
    ("erlang", "div", 2, int_div),
    ("erlang", "rem", 2, rem),
    ("erlang", "band", 2, band),
    ("erlang", "bor", 2, bor),
    ("erlang", "bxor", 2, bxor),
    ("erlang", "bsl", 2, bsl),
    ("erlang", "bsr", 2, bsr),
    ("erlang", "bnot", 1, bnot),
    ("erlang", "-", 1, neg),
    ("erlang", "+", 1, plus),
    ("erlang", "abs", 1, abs),
    ("erlang", "float", 1, float),
    ("erlang", "trunc", 1, trunc),
    ("erlang", "round", 1, round),
    ("erlang", "floor", 1, floor),
    ("erlang", "ceil", 1, ceil),
    ("erlang", "=:=", 2, eq_exact),
    ("erlang", "=/=", 2, ne_exact),
    ("erlang", "==", 2, eq),
    ("erlang", "/=", 2, ne),
    ("erlang", "<", 2, lt),
    ("erlang", ">", 2, gt),
    ("erlang", "=<", 2, le),
    ("erlang", ">=", 2, ge),
    ("erlang", "min", 2, min),
    ("erlang", "max", 2, max),
    ("erlang", "and", 2, and),
    ("erlang", "or", 2, or),
    ("erlang", "xor", 2, xor),
    ("erlang", "not", 1, not),
];
