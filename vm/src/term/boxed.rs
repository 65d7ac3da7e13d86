//! Reading the objects that cons and boxed pointers point to.
//!
//! Layouts (words, each 64 bits):
//!
//! | object  | layout                                                                 |
//! |---------|------------------------------------------------------------------------|
//! | cons    | `head, tail` (no header)                                               |
//! | tuple   | `header(Tuple, n), e1 .. en`                                           |
//! | float   | `header(Float, 1), f64 bits`                                           |
//! | bignum  | `header(PosBig or NegBig, n), d0 .. d(n-1)`: magnitude, little-endian, |
//! |         | no most-significant zero digit, never a value that fits a small        |
//!
//! The other kinds' layouts are documented next to the code that builds them.
//!
//! These readers are safe to call because pointer terms can only be made through the `unsafe`
//! constructors [`Term::cons_ptr`] and [`Term::boxed_ptr`], whose contract is that the pointee is a
//! live, well-formed object. Each reader still checks the term's kind in debug builds.

use super::{Header, Subtag, Term};

impl Term {
    /// Reads word `index` of the object this pointer term points to.
    #[inline(always)]
    fn word(self, index: usize) -> u64 {
        debug_assert!(self.is_pointer());
        // SAFETY: pointer terms point to live, well-formed objects (constructor contract); callers
        // only pass indexes inside the object, checked against its header in debug builds.
        unsafe { *self.pointer().add(index) }
    }

    /// Reads word `index` of the object as a term.
    #[inline(always)]
    fn word_term(self, index: usize) -> Term {
        Term(self.word(index))
    }

    /// The head of a list cell.
    #[inline(always)]
    pub fn head(self) -> Term {
        debug_assert!(self.is_cons());
        self.word_term(0)
    }

    /// The tail of a list cell.
    #[inline(always)]
    pub fn tail(self) -> Term {
        debug_assert!(self.is_cons());
        self.word_term(1)
    }

    /// Head and tail of a list cell, or `None` for anything else.
    #[inline(always)]
    pub fn as_cons(self) -> Option<(Term, Term)> {
        if self.is_cons() {
            Some((self.head(), self.tail()))
        } else {
            None
        }
    }

    /// The header of a boxed object.
    #[inline(always)]
    pub fn boxed_header(self) -> Header {
        debug_assert!(self.is_boxed());
        let raw = self.word(0);
        debug_assert!(raw & 0b11 == 0, "boxed object without a header: {raw:#x}");
        Header::from_raw(raw)
    }

    /// The kind of a boxed object, or `None` for non-boxed terms.
    #[inline(always)]
    pub fn boxed_subtag(self) -> Option<Subtag> {
        if self.is_boxed() {
            self.boxed_header().subtag()
        } else {
            None
        }
    }

    /// Whether this is a tuple.
    #[inline(always)]
    pub fn is_tuple(self) -> bool {
        self.is_boxed() && self.boxed_header().is_tuple()
    }

    /// The number of elements if this is a tuple.
    #[inline(always)]
    pub fn tuple_arity(self) -> Option<usize> {
        if self.is_tuple() {
            Some(self.boxed_header().arity() as usize)
        } else {
            None
        }
    }

    /// Element `index` (0-based) of a tuple. Checked against the arity in debug builds.
    #[inline(always)]
    pub fn tuple_element(self, index: usize) -> Term {
        debug_assert!(self.is_tuple());
        debug_assert!(index < self.boxed_header().arity() as usize);
        self.word_term(1 + index)
    }

    /// The elements of a tuple as a slice, or `None` if this is not a tuple.
    ///
    /// The slice borrows from the object; it must not be held across a garbage collection, which
    /// safe code cannot cause while it holds a borrow of the process.
    #[inline(always)]
    pub fn tuple_elements<'a>(self) -> Option<&'a [Term]> {
        let arity = self.tuple_arity()?;
        // SAFETY: a tuple is a header followed by `arity` initialised terms (constructor
        // contract); `Term` is `repr(transparent)` over `u64`.
        Some(unsafe { std::slice::from_raw_parts(self.pointer().add(1) as *const Term, arity) })
    }

    /// Whether this is a float.
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.boxed_subtag() == Some(Subtag::Float)
    }

    /// The value if this is a float.
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.word(1)))
        } else {
            None
        }
    }

    /// Whether this is a bignum.
    #[inline(always)]
    pub fn is_bignum(self) -> bool {
        self.boxed_subtag().is_some_and(Subtag::is_bignum)
    }

    /// Whether this is an integer (small or bignum).
    #[inline(always)]
    pub fn is_integer(self) -> bool {
        self.is_small() || self.is_bignum()
    }

    /// Whether this is a number (integer or float).
    #[inline(always)]
    pub fn is_number(self) -> bool {
        self.is_small() || self.is_float() || self.is_bignum()
    }

    /// The unique number of a local reference (see `TermAlloc::local_ref`), or `None` if this
    /// is not a local reference.
    #[inline]
    pub fn local_ref_id(self) -> Option<u64> {
        if self.boxed_subtag() == Some(Subtag::Ref) {
            Some(self.word(1))
        } else {
            None
        }
    }

    /// The owner word of a local reference (the pid payload plus one of the process receiving
    /// messages sent to it as an alias, or 0). Only meaningful when `local_ref_id` is `Some`.
    #[inline]
    pub fn ref_owner_word(self) -> u64 {
        debug_assert!(self.boxed_subtag() == Some(Subtag::Ref));
        self.word(2)
    }

    /// Sign and magnitude digits (little-endian) if this is a bignum; `true` means negative.
    #[inline(always)]
    pub fn bignum_digits<'a>(self) -> Option<(bool, &'a [u64])> {
        let subtag = self.boxed_subtag()?;
        if !subtag.is_bignum() {
            return None;
        }
        let len = self.boxed_header().arity() as usize;
        // SAFETY: a bignum is a header followed by `len` initialised digit words.
        let digits = unsafe { std::slice::from_raw_parts(self.pointer().add(1), len) };
        Some((subtag == Subtag::NegBig, digits))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tuples_floats_bignums_and_cons_cells() {
        let tuple = [
            Header::new(Subtag::Tuple, 2).raw(),
            Term::small(1).raw(),
            Term::NIL.raw(),
        ];
        // SAFETY: a well-formed 2-tuple that outlives the term.
        let t = unsafe { Term::boxed_ptr(tuple.as_ptr()) };
        assert_eq!(t.tuple_arity(), Some(2));
        assert_eq!(t.tuple_element(0), Term::small(1));
        assert_eq!(t.tuple_elements(), Some(&[Term::small(1), Term::NIL][..]));
        assert!(!t.is_float() && !t.is_bignum());

        let float = [Header::new(Subtag::Float, 1).raw(), 2.5f64.to_bits()];
        // SAFETY: a well-formed float object that outlives the term.
        let f = unsafe { Term::boxed_ptr(float.as_ptr()) };
        assert_eq!(f.as_float(), Some(2.5));
        assert!(f.is_number() && f.tuple_arity().is_none());

        let big = [Header::new(Subtag::NegBig, 2).raw(), 7, 1];
        // SAFETY: a well-formed bignum that outlives the term.
        let b = unsafe { Term::boxed_ptr(big.as_ptr()) };
        assert_eq!(b.bignum_digits(), Some((true, &[7u64, 1][..])));
        assert!(b.is_integer());

        let cell = [Term::small(5).raw(), Term::NIL.raw()];
        // SAFETY: a well-formed cons cell that outlives the term.
        let c = unsafe { Term::cons_ptr(cell.as_ptr()) };
        assert_eq!(c.as_cons(), Some((Term::small(5), Term::NIL)));
    }
}
