//! The `math` module's BIFs: floating-point functions of numbers. A non-number argument is
//! `badarg`; a result that is not a finite float (`sqrt(-1)`, `log(0)`, overflow) is `badarith`,
//! as in erl.

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::number::{integer_to_f64, Number};
use vm::term::Term;

use crate::BifSpec;

mod erf;

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

/// The inverse hyperbolic functions as the C library erl calls computes them. Rust's own
/// `f64::asinh`/`acosh`/`atanh` use other formulas whose results differ in the last bit for
/// some arguments; these follow the classic fdlibm method (which glibc uses) on top of the C
/// library's `log`, `log1p` and `sqrt`, which `f64::ln`, `f64::ln_1p` and `f64::sqrt` call.
mod inverse {
    const LN2: f64 = std::f64::consts::LN_2;
    /// 2^28: above it, `x` and `x + 1/x` are the same float.
    const BIG: f64 = 268_435_456.0;
    /// 2^-28: below it, the functions are the identity.
    const TINY: f64 = 1.0 / BIG;

    pub fn asinh(x: f64) -> f64 {
        let a = x.abs();
        if !a.is_finite() || a < TINY {
            return x;
        }
        let w = if a > BIG {
            a.ln() + LN2
        } else if a > 2.0 {
            (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
        } else {
            let t = a * a;
            (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        };
        w.copysign(x)
    }

    pub fn acosh(x: f64) -> f64 {
        if x.is_nan() || x < 1.0 {
            f64::NAN
        } else if x >= BIG {
            if x.is_infinite() {
                x
            } else {
                x.ln() + LN2
            }
        } else if x == 1.0 {
            0.0
        } else if x > 2.0 {
            (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln()
        } else {
            let t = x - 1.0;
            (t + (2.0 * t + t * t).sqrt()).ln_1p()
        }
    }

    pub fn atanh(x: f64) -> f64 {
        let a = x.abs();
        let t = if a < 0.5 {
            if a < TINY {
                return x;
            }
            let d = a + a;
            0.5 * (d + d * a / (1.0 - a)).ln_1p()
        } else if a < 1.0 {
            0.5 * ((a + a) / (1.0 - a)).ln_1p()
        } else if a > 1.0 || a.is_nan() {
            return f64::NAN;
        } else {
            return x / 0.0;
        };
        t.copysign(x)
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
    asinh => inverse::asinh, acosh => inverse::acosh, atanh => inverse::atanh,
    exp => f64::exp, log => f64::ln, log2 => f64::log2, log10 => f64::log10,
    sqrt => f64::sqrt, floor => f64::floor, ceil => f64::ceil,
    erf => erf::erf, erfc => erf::erfc,
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
    ("math", "erf", 1, erf),
    ("math", "erfc", 1, erfc),
    ("math", "fmod", 2, fmod),
];
