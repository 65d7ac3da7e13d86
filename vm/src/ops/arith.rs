//! Integer and float arithmetic with erl's semantics.
//!
//! - `+ - *` on integers are exact (bignums as needed); with a float operand the other operand is
//!   converted to a float and a non-finite result raises `badarith`.
//! - `div` truncates toward zero; `rem` has the sign of the dividend; both need integers and raise
//!   `badarith` on a zero divisor. `/` always gives a float.
//! - `band bor bxor bnot` act on two's complement integers of unbounded width; `bsl` and `bsr`
//!   shift arithmetically, a negative count shifting the other way; a shift whose result would be
//!   too large raises `system_limit`, while shifting 0 anywhere gives 0 and shifting far right
//!   gives 0 or -1.
//! - Integer results above [`MAX_INTEGER_BITS`](super::number::MAX_INTEGER_BITS) bits raise
//!   `system_limit`, as erl does.
//! - The BIFs `abs/1`, `float/1`, `trunc/1`, `round/1`, `ceil/1`, `floor/1` raise `badarg` on
//!   anything but a number (and `float/1` on an integer too large for a float).
//!
//! Operations on two small integers never allocate a `BigInt`.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, Zero};

use super::number::{integer_to_f64, make_i128, make_integer, Number, MAX_INTEGER_BITS};
use crate::atom::{self, Atom};
use crate::heap::TermAlloc;
use crate::term::Term;

/// Why an arithmetic operation failed: the error reason erl raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithError {
    /// `badarith`: an operator applied to wrong operands.
    Badarith,
    /// `badarg`: a BIF applied to a wrong argument.
    Badarg,
    /// `system_limit`: the result would be too large.
    SystemLimit,
}

impl ArithError {
    /// The atom erl raises as the error reason.
    pub fn reason(self) -> Atom {
        match self {
            ArithError::Badarith => atom::BADARITH,
            ArithError::Badarg => atom::BADARG,
            ArithError::SystemLimit => atom::SYSTEM_LIMIT,
        }
    }
}

/// The result of an arithmetic operation.
pub type ArithResult = Result<Term, ArithError>;

fn operands<'a>(a: Term, b: Term) -> Result<(Number<'a>, Number<'a>), ArithError> {
    match (Number::of(a), Number::of(b)) {
        (Some(x), Some(y)) => Ok((x, y)),
        _ => Err(ArithError::Badarith),
    }
}

fn integer_operands(a: Term, b: Term) -> Result<(BigInt, BigInt), ArithError> {
    match (Number::integer_of(a), Number::integer_of(b)) {
        (Some(x), Some(y)) => Ok((bigint(x), bigint(y))),
        _ => Err(ArithError::Badarith),
    }
}

fn bigint(n: Number<'_>) -> BigInt {
    n.to_bigint().unwrap_or_default()
}

fn to_f64(n: Number<'_>) -> Result<f64, ArithError> {
    integer_to_f64(n).ok_or(ArithError::Badarith)
}

fn float_result<H: TermAlloc + ?Sized>(heap: &mut H, value: f64) -> ArithResult {
    if value.is_finite() {
        Ok(heap.float(value))
    } else {
        Err(ArithError::Badarith)
    }
}

fn integer_result<H: TermAlloc + ?Sized>(heap: &mut H, value: &BigInt) -> ArithResult {
    make_integer(heap, value).ok_or(ArithError::SystemLimit)
}

fn is_float(n: Number<'_>) -> bool {
    matches!(n, Number::Float(_))
}

/// `A + B`.
pub fn add<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(heap.integer(x + y));
    }
    let (x, y) = operands(a, b)?;
    if is_float(x) || is_float(y) {
        let sum = to_f64(x)? + to_f64(y)?;
        return float_result(heap, sum);
    }
    integer_result(heap, &(bigint(x) + bigint(y)))
}

/// `A - B`.
pub fn sub<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(heap.integer(x - y));
    }
    let (x, y) = operands(a, b)?;
    if is_float(x) || is_float(y) {
        let difference = to_f64(x)? - to_f64(y)?;
        return float_result(heap, difference);
    }
    integer_result(heap, &(bigint(x) - bigint(y)))
}

/// `A * B`.
pub fn mul<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(make_i128(heap, i128::from(x) * i128::from(y)));
    }
    let (x, y) = operands(a, b)?;
    if is_float(x) || is_float(y) {
        let product = to_f64(x)? * to_f64(y)?;
        return float_result(heap, product);
    }
    integer_result(heap, &(bigint(x) * bigint(y)))
}

/// `A / B`: float division.
pub fn float_div<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    let (x, y) = operands(a, b)?;
    let (x, y) = (to_f64(x)?, to_f64(y)?);
    if y == 0.0 {
        return Err(ArithError::Badarith);
    }
    float_result(heap, x / y)
}

/// `A div B`: integer division truncating toward zero.
pub fn int_div<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return match y {
            0 => Err(ArithError::Badarith),
            _ => Ok(heap.integer(x / y)),
        };
    }
    let (x, y) = integer_operands(a, b)?;
    if y.is_zero() {
        return Err(ArithError::Badarith);
    }
    integer_result(heap, &(x / y))
}

/// `A rem B`: the remainder of `div`, with the sign of `A`.
pub fn rem<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return match y {
            0 => Err(ArithError::Badarith),
            _ => Ok(heap.integer(x % y)),
        };
    }
    let (x, y) = integer_operands(a, b)?;
    if y.is_zero() {
        return Err(ArithError::Badarith);
    }
    integer_result(heap, &(x % y))
}

/// `-A`.
pub fn neg<H: TermAlloc + ?Sized>(heap: &mut H, a: Term) -> ArithResult {
    match Number::of(a).ok_or(ArithError::Badarith)? {
        Number::Small(x) => Ok(heap.integer(-x)),
        Number::Float(f) => Ok(heap.float(-f)),
        n => integer_result(heap, &-bigint(n)),
    }
}

/// `+A`: checks that `A` is a number.
pub fn plus(a: Term) -> ArithResult {
    Number::of(a).map(|_| a).ok_or(ArithError::Badarith)
}

/// `A band B`.
pub fn band<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(Term::small(x & y));
    }
    let (x, y) = integer_operands(a, b)?;
    integer_result(heap, &(x & y))
}

/// `A bor B`.
pub fn bor<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(Term::small(x | y));
    }
    let (x, y) = integer_operands(a, b)?;
    integer_result(heap, &(x | y))
}

/// `A bxor B`.
pub fn bxor<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(Term::small(x ^ y));
    }
    let (x, y) = integer_operands(a, b)?;
    integer_result(heap, &(x ^ y))
}

/// `bnot A`.
pub fn bnot<H: TermAlloc + ?Sized>(heap: &mut H, a: Term) -> ArithResult {
    match Number::integer_of(a).ok_or(ArithError::Badarith)? {
        Number::Small(x) => Ok(Term::small(!x)),
        n => integer_result(heap, &(-bigint(n) - 1)),
    }
}

/// `A bsl B`.
pub fn bsl<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    shift(heap, a, b, false)
}

/// `A bsr B`.
pub fn bsr<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term) -> ArithResult {
    shift(heap, a, b, true)
}

/// Shifts `a` left by `b` bits (right when `right`, or when the count is negative).
fn shift<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, b: Term, right: bool) -> ArithResult {
    let (value, count) = match (Number::integer_of(a), Number::integer_of(b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Err(ArithError::Badarith),
    };
    let negative = match value {
        Number::Small(x) => x < 0,
        Number::Big(r) => r.negative,
        Number::Float(_) => return Err(ArithError::Badarith),
    };
    if value == Number::Small(0) {
        return Ok(a);
    }
    // The count as a left shift; a bignum count is far beyond any possible result.
    let left: i64 = match count {
        Number::Small(n) => {
            if right {
                -n
            } else {
                n
            }
        }
        Number::Big(r) => {
            // A positive count shifts left for `bsl`, a negative one for `bsr`.
            if r.negative == right {
                return Err(ArithError::SystemLimit);
            }
            return Ok(Term::small(if negative { -1 } else { 0 }));
        }
        Number::Float(_) => return Err(ArithError::Badarith),
    };
    if left == 0 {
        return Ok(a);
    }
    if left < 0 {
        let by = left.unsigned_abs();
        return match value {
            Number::Small(x) => Ok(Term::small(x >> by.min(63))),
            n => {
                let v = bigint(n);
                if by >= v.bits() {
                    Ok(Term::small(if negative { -1 } else { 0 }))
                } else {
                    integer_result(heap, &(v >> by))
                }
            }
        };
    }
    let by = left as u64;
    if let Number::Small(x) = value {
        if by < 64 {
            let shifted = i128::from(x) << by;
            if shifted >> by == i128::from(x) {
                return Ok(make_i128(heap, shifted));
            }
        }
    }
    let v = bigint(value);
    if v.bits() + by > MAX_INTEGER_BITS {
        return Err(ArithError::SystemLimit);
    }
    integer_result(heap, &(v << by))
}

/// `abs(A)`.
pub fn abs<H: TermAlloc + ?Sized>(heap: &mut H, a: Term) -> ArithResult {
    match Number::of(a).ok_or(ArithError::Badarg)? {
        Number::Small(x) => Ok(heap.integer(x.abs())),
        // As in erl, -0.0 is not below zero and stays as it is.
        Number::Float(f) => Ok(if f < 0.0 { heap.float(-f) } else { a }),
        Number::Big(r) if r.negative => integer_result(heap, &bigint(Number::Big(r)).abs()),
        Number::Big(_) => Ok(a),
    }
}

/// `float(A)`.
pub fn to_float<H: TermAlloc + ?Sized>(heap: &mut H, a: Term) -> ArithResult {
    match Number::of(a).ok_or(ArithError::Badarg)? {
        Number::Float(_) => Ok(a),
        n => {
            let f = integer_to_f64(n).ok_or(ArithError::Badarg)?;
            Ok(heap.float(f))
        }
    }
}

/// How a float is turned into an integer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    /// `trunc/1`: toward zero.
    Trunc,
    /// `round/1`: to the nearest, halves away from zero.
    Round,
    /// `ceil/1`: toward positive infinity.
    Ceil,
    /// `floor/1`: toward negative infinity.
    Floor,
}

/// `trunc/1`, `round/1`, `ceil/1` or `floor/1`: integers are returned as they are.
pub fn to_integer<H: TermAlloc + ?Sized>(heap: &mut H, a: Term, how: Rounding) -> ArithResult {
    match Number::of(a).ok_or(ArithError::Badarg)? {
        Number::Float(f) => {
            let whole = match how {
                Rounding::Trunc => f.trunc(),
                Rounding::Round => f.round(),
                Rounding::Ceil => f.ceil(),
                Rounding::Floor => f.floor(),
            };
            Ok(float_to_integer(heap, whole))
        }
        _ => Ok(a),
    }
}

/// The integer equal to a finite, integral float.
pub fn float_to_integer<H: TermAlloc + ?Sized>(heap: &mut H, whole: f64) -> Term {
    const TWO_63: f64 = 9223372036854775808.0;
    if (-TWO_63..TWO_63).contains(&whole) {
        heap.integer(whole as i64)
    } else {
        let v = BigInt::from_f64(whole).unwrap_or_default();
        heap.big_integer(&v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;
    use crate::ops::compare::exact_equal;
    use crate::ops::print::display;
    use crate::ops::testkit::{run_erl_on, split_records, TermGen};
    use crate::term::{SMALL_MAX, SMALL_MIN};

    fn big(h: &mut ScratchHeap, v: BigInt) -> Term {
        h.big_integer(&v)
    }

    #[test]
    fn small_edges_become_bignums() {
        let mut h = ScratchHeap::new();
        let r = add(&mut h, Term::small(SMALL_MAX), Term::small(1)).unwrap();
        assert!(r.is_bignum());
        let back = sub(&mut h, r, Term::small(1)).unwrap();
        assert_eq!(back, Term::small(SMALL_MAX));
        let r = neg(&mut h, Term::small(SMALL_MIN)).unwrap();
        assert!(r.is_bignum());
        let r = int_div(&mut h, Term::small(SMALL_MIN), Term::small(-1)).unwrap();
        assert!(exact_equal(r, big(&mut h, BigInt::from(1u64 << 59))));
        assert_eq!(
            rem(&mut h, Term::small(-7), Term::small(2)),
            Ok(Term::small(-1))
        );
        assert_eq!(
            int_div(&mut h, Term::small(-7), Term::small(2)),
            Ok(Term::small(-3))
        );
        assert_eq!(
            int_div(&mut h, Term::small(1), Term::small(0)),
            Err(ArithError::Badarith)
        );
        assert_eq!(
            add(&mut h, Term::NIL, Term::small(0)),
            Err(ArithError::Badarith)
        );
        assert_eq!(abs(&mut h, Term::NIL), Err(ArithError::Badarg));
    }

    #[test]
    fn small_operands_do_not_allocate() {
        let mut h = ScratchHeap::new();
        let (a, b) = (Term::small(123_456_789), Term::small(-987));
        let results = [
            add(&mut h, a, b),
            sub(&mut h, a, b),
            mul(&mut h, a, b),
            int_div(&mut h, a, b),
            rem(&mut h, a, b),
            band(&mut h, a, b),
            bor(&mut h, a, b),
            bxor(&mut h, a, b),
            bnot(&mut h, a),
            neg(&mut h, a),
            bsl(&mut h, a, Term::small(3)),
            bsr(&mut h, a, Term::small(3)),
        ];
        assert!(results.iter().all(|r| r.is_ok_and(Term::is_small)));
        assert_eq!(h.words_allocated(), 0);
    }

    #[test]
    fn shifts_follow_erl_limits() {
        let mut h = ScratchHeap::new();
        let huge = big(&mut h, BigInt::from(1u8) << 70u32);
        let neg_huge = big(&mut h, -(BigInt::from(1u8) << 70u32));
        assert_eq!(
            bsl(&mut h, Term::small(1), huge),
            Err(ArithError::SystemLimit)
        );
        assert_eq!(bsl(&mut h, Term::small(0), huge), Ok(Term::small(0)));
        assert_eq!(bsr(&mut h, Term::small(-1), huge), Ok(Term::small(-1)));
        assert_eq!(bsl(&mut h, Term::small(-5), neg_huge), Ok(Term::small(-1)));
        assert_eq!(
            bsr(&mut h, Term::small(5), neg_huge),
            Err(ArithError::SystemLimit)
        );
        let max = (MAX_INTEGER_BITS - 1) as i64;
        assert!(bsl(&mut h, Term::small(1), Term::small(max)).is_ok());
        assert_eq!(
            bsl(&mut h, Term::small(1), Term::small(max + 1)),
            Err(ArithError::SystemLimit)
        );
        assert_eq!(
            bsr(&mut h, Term::small(-9), Term::small(2)),
            Ok(Term::small(-3))
        );
    }

    #[test]
    fn float_results_must_be_finite() {
        let mut h = ScratchHeap::new();
        let max = h.float(f64::MAX);
        assert_eq!(mul(&mut h, max, Term::small(2)), Err(ArithError::Badarith));
        let z = h.float(0.0);
        assert_eq!(
            float_div(&mut h, Term::small(1), z),
            Err(ArithError::Badarith)
        );
        let b = big(&mut h, BigInt::from(1u8) << 1024u32);
        assert_eq!(to_float(&mut h, b), Err(ArithError::Badarg));
        let f = h.float(1.0e20);
        let t = to_integer(&mut h, f, Rounding::Trunc).unwrap();
        assert!(exact_equal(t, big(&mut h, BigInt::from(10u8).pow(20))));
    }

    /// A bignum whose conversion to float rounds twice in erl's digit-by-digit algorithm, so the
    /// result differs from the correctly rounded one: erl's answer is the reference.
    #[test]
    fn bignum_to_float_rounds_like_erl() {
        let mut h = ScratchHeap::new();
        let low = (1u64 << 63) + 2048 + 1023;
        let x = big(&mut h, (BigInt::from(1u8) << 64u32) + low);
        let f = to_float(&mut h, x).unwrap().as_float().unwrap();
        let out = run_erl_on(
            &[x],
            "[X] = Terms, io:format(\"~w\", [float(X) == 27670116110564327424])",
        );
        assert_eq!(String::from_utf8(out).unwrap(), "true");
        assert_eq!(f, 27670116110564327424.0);
    }

    /// Random operands through every operator and BIF, computed by erl and by us.
    #[test]
    fn agrees_with_erl() {
        let mut h = ScratchHeap::new();
        let mut g = TermGen::new(0xa817);
        let binary = [
            "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr",
        ];
        let unary = [
            "-", "+", "bnot", "abs", "float", "trunc", "round", "ceil", "floor",
        ];
        let mut cases = Vec::new();
        let number = |g: &mut TermGen, h: &mut ScratchHeap| match g.rng.u8(0..10) {
            0..=4 => g.integer(h),
            5..=8 => g.float(h),
            _ => g.atom(),
        };
        for i in 0..12000 {
            let (op, args) = if i % 3 == 0 {
                let op = unary[g.rng.usize(0..unary.len())];
                (op, vec![number(&mut g, &mut h)])
            } else {
                let op = binary[g.rng.usize(0..binary.len())];
                let a = number(&mut g, &mut h);
                let b = if op == "bsl" || op == "bsr" {
                    match g.rng.u8(0..8) {
                        0 => number(&mut g, &mut h),
                        1 => big(&mut h, BigInt::from(1u8) << 70u32),
                        2 => big(&mut h, -(BigInt::from(1u8) << 70u32)),
                        _ => Term::small(g.rng.i64(-300..300)),
                    }
                } else if g.rng.u8(0..10) == 0 {
                    Term::small(0)
                } else {
                    number(&mut g, &mut h)
                };
                (op, vec![a, b])
            };
            let op = Term::atom(Atom::intern(op).unwrap());
            let args = h.list(&args);
            cases.push(h.tuple(&[op, args]));
        }
        let out = run_erl_on(
            &cases,
            "[begin R = try apply(erlang, Op, Args) catch error:E -> {error, E} end, \
               erlang:display('$mark'), erlang:display(R) end || {Op, Args} <- Terms]",
        );
        let records = split_records(&out, b"'$mark'");
        assert_eq!(records.len(), cases.len());
        for (i, &case) in cases.iter().enumerate() {
            let e = case.tuple_elements().unwrap();
            let op = e[0].as_atom().unwrap().text();
            let mut args = Vec::new();
            let mut l = e[1];
            while let Some((x, rest)) = l.as_cons() {
                args.push(x);
                l = rest;
            }
            let h = &mut h;
            let result = match (op, args.as_slice()) {
                ("+", &[a, b]) => add(h, a, b),
                ("-", &[a, b]) => sub(h, a, b),
                ("*", &[a, b]) => mul(h, a, b),
                ("/", &[a, b]) => float_div(h, a, b),
                ("div", &[a, b]) => int_div(h, a, b),
                ("rem", &[a, b]) => rem(h, a, b),
                ("band", &[a, b]) => band(h, a, b),
                ("bor", &[a, b]) => bor(h, a, b),
                ("bxor", &[a, b]) => bxor(h, a, b),
                ("bsl", &[a, b]) => bsl(h, a, b),
                ("bsr", &[a, b]) => bsr(h, a, b),
                ("-", &[a]) => neg(h, a),
                ("+", &[a]) => plus(a),
                ("bnot", &[a]) => bnot(h, a),
                ("abs", &[a]) => abs(h, a),
                ("float", &[a]) => to_float(h, a),
                ("trunc", &[a]) => to_integer(h, a, Rounding::Trunc),
                ("round", &[a]) => to_integer(h, a, Rounding::Round),
                ("ceil", &[a]) => to_integer(h, a, Rounding::Ceil),
                ("floor", &[a]) => to_integer(h, a, Rounding::Floor),
                other => panic!("no case for {other:?}"),
            };
            let ours = match result {
                Ok(t) => t,
                Err(err) => h.tuple(&[Term::atom(atom::ERROR), Term::atom(err.reason())]),
            };
            assert_eq!(
                String::from_utf8_lossy(&display(ours)),
                String::from_utf8_lossy(&records[i]),
                "case {i}: {}",
                String::from_utf8_lossy(&display(case))
            );
        }
    }
}
