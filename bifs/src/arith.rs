//! Arithmetic, comparison and boolean operator BIFs (`erlang:'+'/2` ...), on top of the
//! erl-checked [`vm::ops::arith`] and [`vm::ops::compare`].

use std::cmp::Ordering;

use vm::bif::{BifError, BifResult, ProcessContext};
use vm::ops::arith::{self, ArithResult, Rounding};
use vm::ops::compare;
use vm::term::Term;

use crate::BifSpec;

/// Turns an arithmetic result into a BIF result (the error reason as an `error` exception).
pub fn lift(r: ArithResult) -> BifResult {
    r.map_err(|e| BifError::error(Term::atom(e.reason())))
}

macro_rules! binary_ops {
    ($($name:ident => $op:path),* $(,)?) => {
        $(fn $name(p: &mut ProcessContext, a: &[Term]) -> BifResult {
            lift($op(&mut p.heap, a[0], a[1]))
        })*
    };
}

binary_ops! {
    add => arith::add,
    sub => arith::sub,
    mul => arith::mul,
    fdiv => arith::float_div,
    int_div => arith::int_div,
    rem => arith::rem,
    band => arith::band,
    bor => arith::bor,
    bxor => arith::bxor,
    bsl => arith::bsl,
    bsr => arith::bsr,
}

fn bnot(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::bnot(&mut p.heap, a[0]))
}

fn neg(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::neg(&mut p.heap, a[0]))
}

fn plus(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::plus(a[0]))
}

fn abs(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::abs(&mut p.heap, a[0]))
}

fn float(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::to_float(&mut p.heap, a[0]))
}

fn trunc(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::to_integer(&mut p.heap, a[0], Rounding::Trunc))
}

fn round(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::to_integer(&mut p.heap, a[0], Rounding::Round))
}

fn floor(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::to_integer(&mut p.heap, a[0], Rounding::Floor))
}

fn ceil(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    lift(arith::to_integer(&mut p.heap, a[0], Rounding::Ceil))
}

fn lt_(a: Term, b: Term) -> bool {
    compare::compare(a, b) == Ordering::Less
}

fn eq_exact(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(compare::exact_equal(a[0], a[1])))
}
fn ne_exact(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!compare::exact_equal(a[0], a[1])))
}
fn eq(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(compare::equal(a[0], a[1])))
}
fn ne(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!compare::equal(a[0], a[1])))
}
fn lt(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(lt_(a[0], a[1])))
}
fn gt(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(lt_(a[1], a[0])))
}
fn le(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!lt_(a[1], a[0])))
}
fn ge(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!lt_(a[0], a[1])))
}
fn min(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(if lt_(a[1], a[0]) { a[1] } else { a[0] })
}
fn max(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(if lt_(a[0], a[1]) { a[1] } else { a[0] })
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
