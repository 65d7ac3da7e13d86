//! The `math` module's BIFs: floating-point functions of numbers. A non-number argument is
//! `badarg`; a result that is not a finite float (`sqrt(-1)`, `log(0)`, overflow) is `badarith`,
//! as in erl.

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::number::{integer_to_f64, Number};
use vm::term::Term;

use crate::BifSpec;

/// The float value of a number argument.
fn arg(t: Term) -> Result<f64, BifError> {
    match Number::of(t).and_then(integer_to_f64) {
        Some(f) => Ok(f),
        None => badarg(),
    }
}

/// A float result, or `badarith` when it is not finite.
fn result(p: &mut ProcessContext, f: f64) -> BifResult {
    if f.is_finite() {
        Ok(p.heap.float(f))
    } else {
        Err(BifError::error(Term::atom(vm::atom::BADARITH)))
    }
}

macro_rules! unary {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(p: &mut ProcessContext, a: &[Term]) -> BifResult {
            let x = arg(a[0])?;
            let f: fn(f64) -> f64 = $f;
            result(p, f(x))
        })*
    };
}

unary! {
    sin => f64::sin, cos => f64::cos, tan => f64::tan,
    asin => f64::asin, acos => f64::acos, atan => f64::atan,
    sinh => f64::sinh, cosh => f64::cosh, tanh => f64::tanh,
    asinh => f64::asinh, acosh => f64::acosh, atanh => f64::atanh,
    exp => f64::exp, log => f64::ln, log2 => f64::log2, log10 => f64::log10,
    sqrt => f64::sqrt, floor => f64::floor, ceil => f64::ceil,
}

fn pow(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    result(p, x.powf(y))
}

fn atan2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (y, x) = (arg(a[0])?, arg(a[1])?);
    result(p, y.atan2(x))
}

fn fmod(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    result(p, x % y)
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("math", "sin", 1, sin),
    ("math", "cos", 1, cos),
    ("math", "tan", 1, tan),
    ("math", "asin", 1, asin),
    ("math", "acos", 1, acos),
    ("math", "atan", 1, atan),
    ("math", "atan2", 2, atan2),
    ("math", "sinh", 1, sinh),
    ("math", "cosh", 1, cosh),
    ("math", "tanh", 1, tanh),
    ("math", "asinh", 1, asinh),
    ("math", "acosh", 1, acosh),
    ("math", "atanh", 1, atanh),
    ("math", "exp", 1, exp),
    ("math", "log", 1, log),
    ("math", "log2", 1, log2),
    ("math", "log10", 1, log10),
    ("math", "pow", 2, pow),
    ("math", "sqrt", 1, sqrt),
    ("math", "floor", 1, floor),
    ("math", "ceil", 1, ceil),
    ("math", "fmod", 2, fmod),
];
