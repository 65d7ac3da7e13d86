//! The tagged 64-bit term word, laid out as ERTS lays it out on 64-bit machines.
//!
//! | low bits   | meaning                                                         |
//! |------------|-----------------------------------------------------------------|
//! | `..00`     | header word of a boxed object (see [`header`])                  |
//! | `..01`     | list cell pointer (cons)                                        |
//! | `..10`     | boxed pointer                                                   |
//! | `..0011`   | local pid (immediate)                                           |
//! | `..0111`   | local port (immediate)                                          |
//! | `..1111`   | small integer, 60-bit signed                                    |
//! | `..001011` | atom (index into the global atom table)                         |
//! | `..011011` | catch marker (index into a module's catch table)                |
//! | `..111011` | nil (`[]`)                                                      |
//!
//! Pointers are 8-byte aligned, which leaves bit 2 of a cons or boxed pointer free: girder sets it
//! for pointers into a module's literal area ([`LITERAL_BIT`]), so the garbage collector and message
//! copying can leave literals alone without a range lookup.

pub mod binary;
pub mod boxed;
pub mod external;
pub mod fun;
pub mod header;
pub mod layout;
pub mod magic;
pub mod match_context;

use crate::atom::Atom;
pub use header::{Header, Subtag};

/// One Erlang term: a tagged machine word. Cheap to copy; it owns nothing.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Term(u64);

/// Primary tag of a header word.
pub const TAG_HEADER: u64 = 0b00;
/// Primary tag of a list cell pointer.
pub const TAG_LIST: u64 = 0b01;
/// Primary tag of a boxed pointer.
pub const TAG_BOXED: u64 = 0b10;
/// Primary tag of all immediates.
pub const TAG_IMMED1: u64 = 0b11;
const PRIMARY_MASK: u64 = 0b11;

const IMMED1_MASK: u64 = 0b1111;
const IMMED1_PID: u64 = 0b0011;
const IMMED1_PORT: u64 = 0b0111;
const IMMED1_SMALL: u64 = 0b1111;

const IMMED2_MASK: u64 = 0b11_1111;
const IMMED2_ATOM: u64 = 0b00_1011;
const IMMED2_CATCH: u64 = 0b01_1011;
const IMMED2_NIL: u64 = 0b11_1011;

/// Bit set in cons and boxed pointers that point into a literal area.
pub const LITERAL_BIT: u64 = 0b100;
const POINTER_MASK: u64 = !0b111;

/// Smallest value a small integer can hold (-2^59).
pub const SMALL_MIN: i64 = -(1 << 59);
/// Largest value a small integer can hold (2^59 - 1).
pub const SMALL_MAX: i64 = (1 << 59) - 1;

/// Largest payload of a pid or port immediate.
pub const IMMED1_PAYLOAD_MAX: u64 = (1 << 60) - 1;

impl Term {
    /// `[]`, the empty list.
    pub const NIL: Term = Term((!0u64 << 6) | IMMED2_NIL);
    /// A word that is no term at all: marks "no value" (e.g. a BIF that failed, an unset register).
    /// It is a header word of arity 0 and subtag `Float`, which never stands where a term is expected.
    pub const NON_VALUE: Term = Term(Subtag::Float.header_bits(0));
    /// The atom `true`.
    pub const TRUE: Term = Term::atom(crate::atom::TRUE);
    /// The atom `false`.
    pub const FALSE: Term = Term::atom(crate::atom::FALSE);

    /// The raw word.
    #[inline(always)]
    pub const fn raw(self) -> u64 {
        self.0
    }

    /// Reinterprets a raw word as a term.
    ///
    /// # Safety
    /// If the word is a cons or boxed pointer, it must point to a live, well-formed object (see
    /// [`Term::cons_ptr`] and [`Term::boxed_ptr`]); the term readers in [`boxed`] rely on it.
    #[inline(always)]
    pub const unsafe fn from_raw(raw: u64) -> Term {
        Term(raw)
    }

    /// The primary tag (low two bits).
    #[inline(always)]
    pub const fn primary_tag(self) -> u64 {
        self.0 & PRIMARY_MASK
    }

    // ---- small integers ----

    /// Whether `value` fits in a small integer.
    #[inline(always)]
    pub const fn fits_small(value: i64) -> bool {
        value >= SMALL_MIN && value <= SMALL_MAX
    }

    /// A small integer. The caller guarantees `fits_small(value)` (checked in debug builds).
    #[inline(always)]
    pub const fn small(value: i64) -> Term {
        debug_assert!(Term::fits_small(value));
        Term(((value as u64) << 4) | IMMED1_SMALL)
    }

    /// A small integer, or `None` when `value` needs a bignum.
    #[inline(always)]
    pub const fn try_small(value: i64) -> Option<Term> {
        if Term::fits_small(value) {
            Some(Term::small(value))
        } else {
            None
        }
    }

    /// The small integer whose word is `word`, which must carry the small-integer tag (as the
    /// sum of a small integer's word and a multiple of 16 does); checked in debug builds.
    #[inline(always)]
    pub const fn from_small_word(word: i64) -> Term {
        debug_assert!(word as u64 & IMMED1_MASK == IMMED1_SMALL);
        Term(word as u64)
    }

    /// Whether this is a small integer.
    #[inline(always)]
    pub const fn is_small(self) -> bool {
        self.0 & IMMED1_MASK == IMMED1_SMALL
    }

    /// The value of a small integer (meaningless for other terms; checked in debug builds).
    #[inline(always)]
    pub const fn small_value(self) -> i64 {
        debug_assert!(self.is_small());
        (self.0 as i64) >> 4
    }

    /// The value if this is a small integer.
    #[inline(always)]
    pub const fn as_small(self) -> Option<i64> {
        if self.is_small() {
            Some(self.small_value())
        } else {
            None
        }
    }

    // ---- atoms ----

    /// The term for an atom.
    #[inline(always)]
    pub const fn atom(atom: Atom) -> Term {
        Term(((atom.index() as u64) << 6) | IMMED2_ATOM)
    }

    /// Whether this is an atom.
    #[inline(always)]
    pub const fn is_atom(self) -> bool {
        self.0 & IMMED2_MASK == IMMED2_ATOM
    }

    /// The atom if this is one.
    #[inline(always)]
    pub const fn as_atom(self) -> Option<Atom> {
        if self.is_atom() {
            Some(Atom::from_index((self.0 >> 6) as u32))
        } else {
            None
        }
    }

    /// `true` or `false`.
    #[inline(always)]
    pub const fn boolean(value: bool) -> Term {
        if value {
            Term::TRUE
        } else {
            Term::FALSE
        }
    }

    /// Whether this is the atom `true` or `false`.
    #[inline(always)]
    pub const fn is_boolean(self) -> bool {
        self.0 == Term::TRUE.0 || self.0 == Term::FALSE.0
    }

    // ---- nil, catch markers, non-value ----

    /// Whether this is `[]`.
    #[inline(always)]
    pub const fn is_nil(self) -> bool {
        self.0 == Term::NIL.0
    }

    /// Whether this is the non-value marker.
    #[inline(always)]
    pub const fn is_non_value(self) -> bool {
        self.0 == Term::NON_VALUE.0
    }

    /// A catch marker holding `index` (an index into a module's catch table).
    #[inline(always)]
    pub const fn catch(index: u32) -> Term {
        Term(((index as u64) << 6) | IMMED2_CATCH)
    }

    /// Whether this is a catch marker.
    #[inline(always)]
    pub const fn is_catch(self) -> bool {
        self.0 & IMMED2_MASK == IMMED2_CATCH
    }

    /// The index held by a catch marker.
    #[inline(always)]
    pub const fn catch_index(self) -> u32 {
        debug_assert!(self.is_catch());
        (self.0 >> 6) as u32
    }

    // ---- pids and ports ----

    /// A local pid immediate with the given payload (see `vm::process` for its meaning).
    #[inline(always)]
    pub const fn local_pid(payload: u64) -> Term {
        debug_assert!(payload <= IMMED1_PAYLOAD_MAX);
        Term((payload << 4) | IMMED1_PID)
    }

    /// Whether this is a local pid.
    #[inline(always)]
    pub const fn is_local_pid(self) -> bool {
        self.0 & IMMED1_MASK == IMMED1_PID
    }

    /// A local port immediate with the given payload.
    #[inline(always)]
    pub const fn local_port(payload: u64) -> Term {
        debug_assert!(payload <= IMMED1_PAYLOAD_MAX);
        Term((payload << 4) | IMMED1_PORT)
    }

    /// Whether this is a local port.
    #[inline(always)]
    pub const fn is_local_port(self) -> bool {
        self.0 & IMMED1_MASK == IMMED1_PORT
    }

    /// The payload of a pid or port immediate.
    #[inline(always)]
    pub const fn immed1_payload(self) -> u64 {
        self.0 >> 4
    }

    /// Whether this is any immediate (no pointer inside).
    #[inline(always)]
    pub const fn is_immediate(self) -> bool {
        self.0 & PRIMARY_MASK == TAG_IMMED1
    }

    // ---- pointers ----

    /// A list cell pointer to `cell` (two words: head, tail).
    ///
    /// # Safety
    /// `cell` must point to two initialised words (head and tail terms) that stay valid for as long
    /// as the term is reachable: on a process heap until the next garbage collection moves them, or
    /// in a literal area until it is freed.
    #[inline(always)]
    pub unsafe fn cons_ptr(cell: *const u64) -> Term {
        debug_assert!(cell as u64 & 0b111 == 0, "misaligned cons cell");
        Term(cell as u64 | TAG_LIST)
    }

    /// A boxed pointer to `object` (its first word is a header).
    ///
    /// # Safety
    /// `object` must point to an initialised header followed by `arity` initialised words that form
    /// a well-formed object of the header's kind, valid as long as the term is reachable (as for
    /// [`Term::cons_ptr`]).
    #[inline(always)]
    pub unsafe fn boxed_ptr(object: *const u64) -> Term {
        debug_assert!(object as u64 & 0b111 == 0, "misaligned boxed object");
        Term(object as u64 | TAG_BOXED)
    }

    /// The same pointer, marked as pointing into a literal area.
    #[inline(always)]
    pub const fn with_literal_bit(self) -> Term {
        debug_assert!(self.is_pointer());
        Term(self.0 | LITERAL_BIT)
    }

    /// Whether this is a list cell pointer.
    #[inline(always)]
    pub const fn is_cons(self) -> bool {
        self.0 & PRIMARY_MASK == TAG_LIST
    }

    /// Whether this is a list: `[]` or a list cell.
    #[inline(always)]
    pub const fn is_list(self) -> bool {
        self.is_cons() || self.is_nil()
    }

    /// Whether this is a boxed pointer.
    #[inline(always)]
    pub const fn is_boxed(self) -> bool {
        self.0 & PRIMARY_MASK == TAG_BOXED
    }

    /// Whether this is a cons or boxed pointer.
    #[inline(always)]
    pub const fn is_pointer(self) -> bool {
        self.is_cons() || self.is_boxed()
    }

    /// Whether this is a pointer into a literal area.
    #[inline(always)]
    pub const fn is_literal(self) -> bool {
        self.is_pointer() && self.0 & LITERAL_BIT != 0
    }

    /// Whether this is a header word.
    #[inline(always)]
    pub const fn is_header(self) -> bool {
        self.0 & PRIMARY_MASK == TAG_HEADER
    }

    /// The address a cons or boxed pointer points to.
    #[inline(always)]
    pub const fn pointer(self) -> *mut u64 {
        debug_assert!(self.is_pointer());
        (self.0 & POINTER_MASK) as *mut u64
    }

    /// This word read as a header.
    #[inline(always)]
    pub const fn as_header(self) -> Header {
        debug_assert!(self.is_header());
        Header::from_raw(self.0)
    }
}

impl std::fmt::Debug for Term {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(v) = self.as_small() {
            write!(f, "Small({v})")
        } else if let Some(a) = self.as_atom() {
            write!(f, "Atom({})", a.index())
        } else if self.is_nil() {
            f.write_str("Nil")
        } else if self.is_non_value() {
            f.write_str("NonValue")
        } else if self.is_cons() {
            write!(f, "Cons({:#x})", self.0)
        } else if self.is_boxed() {
            write!(f, "Boxed({:#x})", self.0)
        } else {
            write!(f, "Term({:#x})", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_integers_round_trip_at_the_limits() {
        for v in [0, 1, -1, SMALL_MIN, SMALL_MAX, 12345, -98765] {
            let t = Term::small(v);
            assert!(t.is_small());
            assert!(!t.is_atom() && !t.is_pointer() && !t.is_nil());
            assert_eq!(t.small_value(), v);
        }
        assert!(Term::try_small(SMALL_MAX + 1).is_none());
        assert!(Term::try_small(SMALL_MIN - 1).is_none());
    }

    #[test]
    fn immediates_are_distinct() {
        let a = Term::atom(Atom::from_index(7));
        assert!(a.is_atom() && !a.is_small() && !a.is_nil() && !a.is_catch());
        assert_eq!(a.as_atom().map(Atom::index), Some(7));
        assert!(Term::NIL.is_nil() && Term::NIL.is_list() && !Term::NIL.is_atom());
        let c = Term::catch(42);
        assert!(c.is_catch() && c.catch_index() == 42 && !c.is_atom());
        let p = Term::local_pid(99);
        assert!(p.is_local_pid() && !p.is_local_port() && p.immed1_payload() == 99);
        assert!(Term::NON_VALUE.is_header() && Term::NON_VALUE.is_non_value());
        assert!(Term::TRUE.is_boolean() && Term::FALSE.is_boolean());
    }

    #[test]
    fn pointers_keep_their_address_and_literal_mark() {
        let cell = [Term::NIL.raw(); 2];
        // SAFETY: `cell` holds two initialised terms and outlives `t`.
        let t = unsafe { Term::cons_ptr(cell.as_ptr()) };
        assert!(t.is_cons() && t.is_list() && !t.is_literal());
        assert!(std::ptr::eq(t.pointer(), cell.as_ptr()));
        let lit = t.with_literal_bit();
        assert!(lit.is_cons() && lit.is_literal());
        assert!(std::ptr::eq(lit.pointer(), cell.as_ptr()));
        let tuple = [Header::new(Subtag::Tuple, 1).raw(), Term::NIL.raw()];
        // SAFETY: `tuple` is a well-formed one-element tuple that outlives `b`.
        let b = unsafe { Term::boxed_ptr(tuple.as_ptr()) }.with_literal_bit();
        assert!(b.is_boxed() && b.is_literal() && std::ptr::eq(b.pointer(), tuple.as_ptr()));
    }
}
