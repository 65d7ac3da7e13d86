//! A view of numeric terms, and the boundary to `num-bigint`.
//!
//! [`Number::of`] reads a term as a small integer, a bignum (sign and borrowed magnitude digits)
//! or a float, without allocating. Conversions to [`BigInt`] happen only through [`BigRef::to_bigint`]
//! and [`Number::to_bigint`], which arithmetic calls only when a bignum is involved.

use num_bigint::{BigInt, BigUint, Sign};

use crate::heap::TermAlloc;
use crate::term::Term;

/// Most 64-bit digits a bignum may have. erl raises `system_limit` for larger results
/// (2^19 - 1 digits, i.e. integers of up to 33 554 368 bits).
pub const MAX_BIG_DIGITS: usize = (1 << 19) - 1;

/// Most bits the magnitude of an integer may have.
pub const MAX_INTEGER_BITS: u64 = MAX_BIG_DIGITS as u64 * 64;

/// A bignum's sign and magnitude, borrowed from its heap object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BigRef<'a> {
    /// Whether the value is negative.
    pub negative: bool,
    /// The magnitude, little-endian 64-bit digits, most significant digit non-zero.
    pub digits: &'a [u64],
}

impl BigRef<'_> {
    /// The value as a `BigInt`.
    pub fn to_bigint(self) -> BigInt {
        bigint_from_parts(self.negative, self.digits)
    }

    /// The number of significant bits of the magnitude.
    pub fn bit_length(self) -> u64 {
        match self.digits.last() {
            Some(&top) => (self.digits.len() as u64 - 1) * 64 + (64 - top.leading_zeros() as u64),
            None => 0,
        }
    }
}

/// A numeric term, read without allocating.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number<'a> {
    /// A small integer.
    Small(i64),
    /// A bignum.
    Big(BigRef<'a>),
    /// A float (always finite in Erlang).
    Float(f64),
}

impl<'a> Number<'a> {
    /// Reads `term` as a number, or `None` if it is not one.
    #[inline]
    pub fn of(term: Term) -> Option<Number<'a>> {
        if let Some(v) = term.as_small() {
            return Some(Number::Small(v));
        }
        if let Some(f) = term.as_float() {
            return Some(Number::Float(f));
        }
        term.bignum_digits()
            .map(|(negative, digits)| Number::Big(BigRef { negative, digits }))
    }

    /// Reads `term` as an integer (small or bignum), or `None`.
    #[inline]
    pub fn integer_of(term: Term) -> Option<Number<'a>> {
        match Number::of(term)? {
            Number::Float(_) => None,
            n => Some(n),
        }
    }

    /// The value as a `BigInt`, or `None` for a float.
    pub fn to_bigint(self) -> Option<BigInt> {
        match self {
            Number::Small(v) => Some(BigInt::from(v)),
            Number::Big(b) => Some(b.to_bigint()),
            Number::Float(_) => None,
        }
    }
}

/// Builds a `BigInt` from a sign and little-endian 64-bit magnitude digits.
pub fn bigint_from_parts(negative: bool, digits: &[u64]) -> BigInt {
    let mut halves = Vec::with_capacity(digits.len() * 2);
    for &d in digits {
        halves.push(d as u32);
        halves.push((d >> 32) as u32);
    }
    let magnitude = BigUint::new(halves);
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, magnitude)
}

/// Whether `value` is small enough to be an Erlang integer.
pub fn fits_integer_limit(value: &BigInt) -> bool {
    value.bits() <= MAX_INTEGER_BITS
}

/// Builds an integer term from a `BigInt`, or `None` when it exceeds erl's size limit.
pub fn make_integer<H: TermAlloc + ?Sized>(heap: &mut H, value: &BigInt) -> Option<Term> {
    if fits_integer_limit(value) {
        Some(heap.big_integer(value))
    } else {
        None
    }
}

/// Builds an integer term from an `i128` (a small integer when it fits).
pub fn make_i128<H: TermAlloc + ?Sized>(heap: &mut H, value: i128) -> Term {
    if let Ok(v) = i64::try_from(value) {
        return heap.integer(v);
    }
    let magnitude = value.unsigned_abs();
    heap.bignum_from_parts(value < 0, &[magnitude as u64, (magnitude >> 64) as u64])
}

/// Converts an integer to the nearest float the way erl does, or `None` when it is too large for
/// a float.
///
/// erl converts a bignum by folding its digits from the most significant one, `d = d * 2^64 +
/// digit`, in floating point; the result is the same as a correctly rounded conversion except in
/// rare double-rounding cases, which this reproduces.
pub fn integer_to_f64(n: Number<'_>) -> Option<f64> {
    match n {
        Number::Small(v) => Some(v as f64),
        Number::Float(f) => Some(f),
        Number::Big(b) => {
            let base = 18446744073709551616.0f64; // 2^64
            let mut d = 0.0f64;
            for &digit in b.digits.iter().rev() {
                d = d * base + digit as f64;
                if !d.is_finite() {
                    return None;
                }
            }
            Some(if b.negative { -d } else { d })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;

    #[test]
    fn reads_numbers_without_allocating() {
        let mut h = ScratchHeap::new();
        assert_eq!(Number::of(Term::small(-7)), Some(Number::Small(-7)));
        let f = h.float(2.5);
        assert_eq!(Number::of(f), Some(Number::Float(2.5)));
        assert_eq!(Number::integer_of(f), None);
        let b = h.integer(i64::MIN);
        let n = Number::of(b).unwrap();
        assert_eq!(n.to_bigint(), Some(BigInt::from(i64::MIN)));
        assert_eq!(Number::of(Term::NIL), None);
        if let Number::Big(r) = n {
            assert_eq!(r.bit_length(), 64);
        } else {
            panic!("expected a bignum");
        }
    }

    #[test]
    fn bigints_round_trip_through_terms() {
        let mut h = ScratchHeap::new();
        for v in [
            BigInt::from(0),
            BigInt::from(1u8) << 200,
            -(BigInt::from(3u8).pow(150)),
            BigInt::from(crate::term::SMALL_MAX),
        ] {
            let t = make_integer(&mut h, &v).unwrap();
            assert_eq!(Number::of(t).unwrap().to_bigint().unwrap(), v);
        }
        assert!(make_i128(&mut h, i128::MIN).is_bignum());
        assert_eq!(
            Number::of(make_i128(&mut h, i128::MIN))
                .unwrap()
                .to_bigint(),
            Some(BigInt::from(i128::MIN))
        );
        let too_big = BigInt::from(1u8) << (MAX_INTEGER_BITS as usize);
        assert!(make_integer(&mut h, &too_big).is_none());
        let just_fits = (BigInt::from(1u8) << (MAX_INTEGER_BITS as usize)) - 1;
        assert!(make_integer(&mut h, &just_fits).is_some());
    }

    #[test]
    fn bignum_to_float_overflows_to_none() {
        let mut h = ScratchHeap::new();
        let big = h.big_integer(&(BigInt::from(1u8) << 1024));
        assert_eq!(integer_to_f64(Number::of(big).unwrap()), None);
        let ok = h.big_integer(&(BigInt::from(1u8) << 1023));
        assert_eq!(
            integer_to_f64(Number::of(ok).unwrap()),
            Some(2f64.powi(1023))
        );
    }
}
