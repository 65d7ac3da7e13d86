//! The [`TermAlloc`] trait and its safe term constructors.

use num_bigint::{BigInt, Sign};

use crate::term::{Header, Subtag, Term};

/// A place terms can be allocated in.
///
/// Implementors provide [`TermAlloc::alloc_words`]; the constructors are provided on top of it.
/// Allocation never fails from the caller's point of view: a process heap that is full falls back to
/// a heap fragment, and garbage collection happens only at the interpreter's safepoints, never inside
/// a constructor. Terms built here stay valid until the owner's next garbage collection.
pub trait TermAlloc {
    /// Returns `words` fresh, 8-byte-aligned words that stay at a fixed address until the owner's
    /// next garbage collection (or, for literal areas, until the area is freed). Their contents are
    /// unspecified; the caller initialises all of them before making terms that point to them.
    fn alloc_words(&mut self, words: usize) -> &mut [u64];

    /// A list cell `[head | tail]`.
    fn cons(&mut self, head: Term, tail: Term) -> Term {
        let cell = self.alloc_words(2);
        cell[0] = head.raw();
        cell[1] = tail.raw();
        // SAFETY: `cell` is two initialised words that live until the next collection.
        unsafe { Term::cons_ptr(cell.as_ptr()) }
    }

    /// A tuple of `elements`.
    fn tuple(&mut self, elements: &[Term]) -> Term {
        let words = self.alloc_words(1 + elements.len());
        words[0] = Header::new(Subtag::Tuple, elements.len() as u64).raw();
        for (slot, e) in words[1..].iter_mut().zip(elements) {
            *slot = e.raw();
        }
        // SAFETY: a tuple header followed by `elements.len()` initialised terms.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// A float.
    fn float(&mut self, value: f64) -> Term {
        let words = self.alloc_words(2);
        words[0] = Header::new(Subtag::Float, 1).raw();
        words[1] = value.to_bits();
        // SAFETY: a float header followed by its value word.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// An integer: a small integer when it fits, a bignum otherwise.
    fn integer(&mut self, value: i64) -> Term {
        match Term::try_small(value) {
            Some(t) => t,
            None => self.bignum_from_parts(value < 0, &[value.unsigned_abs()]),
        }
    }

    /// An integer from a `u64`.
    fn integer_u64(&mut self, value: u64) -> Term {
        match i64::try_from(value) {
            Ok(v) => self.integer(v),
            Err(_) => self.bignum_from_parts(false, &[value]),
        }
    }

    /// An integer from a `BigInt`: a small integer when it fits.
    fn big_integer(&mut self, value: &BigInt) -> Term {
        let (sign, digits) = value.to_u64_digits();
        self.bignum_from_parts(sign == Sign::Minus, &digits)
    }

    /// An integer from sign and little-endian magnitude digits (leading zero digits allowed):
    /// normalised to a small integer when it fits, so that equal integers have one representation.
    fn bignum_from_parts(&mut self, negative: bool, digits: &[u64]) -> Term {
        let len = digits.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
        let digits = &digits[..len];
        match digits {
            [] => return Term::small(0),
            [d] if *d <= (1u64 << 59) => {
                let v = if negative { -(*d as i128) } else { *d as i128 };
                if let Ok(v) = i64::try_from(v) {
                    if let Some(t) = Term::try_small(v) {
                        return t;
                    }
                }
            }
            _ => {}
        }
        let words = self.alloc_words(1 + digits.len());
        let subtag = if negative {
            Subtag::NegBig
        } else {
            Subtag::PosBig
        };
        words[0] = Header::new(subtag, digits.len() as u64).raw();
        words[1..].copy_from_slice(digits);
        // SAFETY: a bignum header followed by its normalised digits.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// A proper list of `elements`, in order.
    fn list(&mut self, elements: &[Term]) -> Term {
        self.list_with_tail(elements, Term::NIL)
    }

    /// A list of `elements` ending in `tail` (improper unless `tail` is a list).
    fn list_with_tail(&mut self, elements: &[Term], tail: Term) -> Term {
        elements
            .iter()
            .rev()
            .fold(tail, |acc, &e| self.cons(e, acc))
    }

    /// The list of the code points of `text` (an Erlang string).
    fn charlist(&mut self, text: &str) -> Term {
        let chars: Vec<Term> = text.chars().map(|c| Term::small(c as i64)).collect();
        self.list(&chars)
    }
}

#[cfg(test)]
mod tests {
    use super::super::ScratchHeap;
    use super::*;

    #[test]
    fn integers_are_normalised() {
        let mut h = ScratchHeap::new();
        assert_eq!(h.integer(5), Term::small(5));
        let big = h.integer(i64::MAX);
        assert_eq!(big.bignum_digits(), Some((false, &[i64::MAX as u64][..])));
        let min = h.integer(i64::MIN);
        assert_eq!(min.bignum_digits(), Some((true, &[1u64 << 63][..])));
        assert_eq!(h.bignum_from_parts(true, &[5, 0, 0]), Term::small(-5));
        assert_eq!(
            h.bignum_from_parts(true, &[1 << 59]),
            Term::small(crate::term::SMALL_MIN)
        );
        assert!(h.bignum_from_parts(false, &[1 << 59]).is_bignum());
        let b = BigInt::from(3u8).pow(100);
        let t = h.big_integer(&b);
        let (neg, digits) = t.bignum_digits().unwrap();
        assert!(!neg);
        assert_eq!(b.to_u64_digits().1, digits);
    }

    #[test]
    fn builds_lists_and_tuples() {
        let mut h = ScratchHeap::new();
        let l = h.list(&[Term::small(1), Term::small(2)]);
        let (a, rest) = l.as_cons().unwrap();
        assert_eq!(a, Term::small(1));
        assert_eq!(rest.as_cons(), Some((Term::small(2), Term::NIL)));
        let t = h.tuple(&[l, Term::NIL]);
        assert_eq!(t.tuple_elements().unwrap()[0], l);
        let s = h.charlist("hé");
        assert_eq!(s.head(), Term::small('h' as i64));
        assert_eq!(s.tail().head(), Term::small('é' as i64));
        let f = h.float(-0.5);
        assert_eq!(f.as_float(), Some(-0.5));
    }
}
