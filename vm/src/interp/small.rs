//! Small-integer arithmetic and comparison on the tagged words themselves, for the fast paths.
//!
//! A small integer's word is its value times 16 plus the four tag bits (`vm::term`), so the word
//! order is the value order, and the word of `a + b` is `a + (b - tag)`: one 64-bit addition
//! whose signed overflow happens exactly when the result leaves the small-integer range.

use crate::term::Term;

/// The tag bits of a small integer's word.
const TAG: u64 = Term::small(0).raw();

/// Whether both terms are small integers (the small-integer tag has all four tag bits set, so
/// they are set in both words exactly when they are set in their AND).
#[inline(always)]
pub fn both_small(a: Term, b: Term) -> bool {
    a.raw() & b.raw() & TAG == TAG
}

/// The word of a checked result (already tagged) as a term.
#[inline(always)]
fn from_word(w: i64) -> Term {
    Term::from_small_word(w)
}

/// `a + b` when both are small integers and so is the sum.
#[inline(always)]
pub fn add(a: Term, b: Term) -> Option<Term> {
    if !both_small(a, b) {
        return None;
    }
    (a.raw() as i64)
        .checked_add((b.raw() & !TAG) as i64)
        .map(from_word)
}

/// `a - b` when both are small integers and so is the difference.
#[inline(always)]
pub fn sub(a: Term, b: Term) -> Option<Term> {
    if !both_small(a, b) {
        return None;
    }
    (a.raw() as i64)
        .checked_sub((b.raw() & !TAG) as i64)
        .map(from_word)
}

/// `a + imm` when `a` is a small integer and so is the sum.
#[inline(always)]
pub fn add_imm(a: Term, imm: i32) -> Option<Term> {
    if !a.is_small() {
        return None;
    }
    (a.raw() as i64)
        .checked_add((imm as i64) << 4)
        .map(from_word)
}

/// A small integer's word plus `delta` (a multiple of 16: a constant times 16) when `a` is a
/// small integer and so is the sum.
#[inline(always)]
pub fn add_delta(a: Term, delta: i32) -> Option<Term> {
    debug_assert!(delta % 16 == 0);
    if !a.is_small() {
        return None;
    }
    (a.raw() as i64)
        .checked_add(delta as i64)
        .map(Term::from_small_word)
}

/// `a - imm` when `a` is a small integer and so is the difference.
#[inline(always)]
pub fn sub_imm(a: Term, imm: i32) -> Option<Term> {
    if !a.is_small() {
        return None;
    }
    (a.raw() as i64)
        .checked_sub((imm as i64) << 4)
        .map(from_word)
}

/// `a * b` when both are small integers and so is the product.
#[inline(always)]
pub fn mul(a: Term, b: Term) -> Option<Term> {
    let (i, j) = (a.as_small()?, b.as_small()?);
    Term::try_small(i.checked_mul(j)?)
}

/// `a rem b` (the sign of `a`) when both are small integers and `b` is not zero.
#[inline(always)]
pub fn rem(a: Term, b: Term) -> Option<Term> {
    let (i, j) = (a.as_small()?, b.as_small()?);
    Term::try_small(i.checked_rem(j)?)
}

/// `a div b` (truncated toward zero) when both are small integers, `b` is not zero and the
/// quotient is small.
#[inline(always)]
pub fn div(a: Term, b: Term) -> Option<Term> {
    let (i, j) = (a.as_small()?, b.as_small()?);
    Term::try_small(i.checked_div(j)?)
}

/// `a band b` when both are small integers (the result then is one too).
#[inline(always)]
pub fn band(a: Term, b: Term) -> Option<Term> {
    Term::try_small(a.as_small()? & b.as_small()?)
}

/// `a bor b` when both are small integers (the result then is one too).
#[inline(always)]
pub fn bor(a: Term, b: Term) -> Option<Term> {
    Term::try_small(a.as_small()? | b.as_small()?)
}

/// `a bxor b` when both are small integers (the result then is one too).
#[inline(always)]
pub fn bxor(a: Term, b: Term) -> Option<Term> {
    Term::try_small(a.as_small()? ^ b.as_small()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::{SMALL_MAX, SMALL_MIN};

    #[test]
    fn tagged_arithmetic_matches_the_values() {
        let values = [
            0,
            1,
            -1,
            7,
            -123_456,
            SMALL_MAX,
            SMALL_MIN,
            SMALL_MAX - 3,
            SMALL_MIN + 5,
        ];
        for &i in &values {
            for &j in &values {
                let (a, b) = (Term::small(i), Term::small(j));
                assert_eq!(add(a, b), Term::try_small(i + j), "{i} + {j}");
                assert_eq!(sub(a, b), Term::try_small(i - j), "{i} - {j}");
                assert!(both_small(a, b));
                let product = i.checked_mul(j).and_then(Term::try_small);
                assert_eq!(mul(a, b), product, "{i} * {j}");
                let remainder = i.checked_rem(j).and_then(Term::try_small);
                assert_eq!(rem(a, b), remainder, "{i} rem {j}");
                let quotient = i.checked_div(j).and_then(Term::try_small);
                assert_eq!(div(a, b), quotient, "{i} div {j}");
                assert_eq!(band(a, b), Some(Term::small(i & j)), "{i} band {j}");
                assert_eq!(bor(a, b), Some(Term::small(i | j)), "{i} bor {j}");
                assert_eq!(bxor(a, b), Some(Term::small(i ^ j)), "{i} bxor {j}");
            }
            for imm in [0, 1, -1, i32::MAX, i32::MIN] {
                let want = Term::try_small(i + imm as i64);
                assert_eq!(add_imm(Term::small(i), imm), want, "{i} + {imm}");
                let want = Term::try_small(i - imm as i64);
                assert_eq!(sub_imm(Term::small(i), imm), want, "{i} - {imm}");
                if let Ok(imm) = i16::try_from(imm) {
                    let want = Term::try_small(i + imm as i64);
                    let delta = imm as i32 * 16;
                    assert_eq!(add_delta(Term::small(i), delta), want, "{i} + {imm}");
                }
            }
        }
        assert_eq!(add(Term::NIL, Term::small(1)), None);
        assert_eq!(sub(Term::small(1), Term::NIL), None);
        assert_eq!(add_imm(Term::NIL, 1), None);
        assert_eq!(add_delta(Term::NIL, 16), None);
        assert!(!both_small(Term::NIL, Term::small(1)));
        assert!(!both_small(Term::small(1), Term::TRUE));
        assert_eq!(rem(Term::small(-7), Term::small(2)), Some(Term::small(-1)));
        assert_eq!(div(Term::small(-7), Term::small(2)), Some(Term::small(-3)));
        assert_eq!(div(Term::small(SMALL_MIN), Term::small(-1)), None);
        assert_eq!(rem(Term::small(1), Term::small(0)), None);
        assert_eq!(band(Term::NIL, Term::small(1)), None);
        assert_eq!(bxor(Term::small(1), Term::NIL), None);
    }
}
