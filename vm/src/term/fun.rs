//! Fun (closure) and export (`fun M:F/A`) objects.
//!
//! **Fun**, a closure over `num_free` captured terms:
//!
//! | word  | contents                                                                  |
//! |-------|---------------------------------------------------------------------------|
//! | 0     | `header(Fun, 3 + num_free)`                                               |
//! | 1     | code reference: an opaque word chosen by the code table (e.g. the address of its fun entry); never interpreted by heap walks |
//! | 2     | the fun's arity, as a small integer term                                  |
//! | 3     | the creator's pid (a term)                                                |
//! | 4..   | the captured environment, `num_free` terms                                |
//!
//! ERTS's fun object has two more raw words (an off-heap list link and a separate free-variable
//! count); girder derives the count from the header and keeps fun entries alive through the code
//! table, so a fun is two words smaller here.
//!
//! **Export**: `header(Export, 1)` followed by an opaque code reference to the export entry (which
//! the code table keeps at a fixed address for the life of the system), as in ERTS.
//!
//! The code reference words are raw (see [`super::layout`]): garbage collection copies them
//! unchanged, and they must not point into any process heap.

use super::{Subtag, Term};

/// Words of a fun object with `num_free` captured terms, header included.
#[inline]
pub const fn fun_words(num_free: usize) -> usize {
    4 + num_free
}

/// Words of an export object, header included.
pub const EXPORT_WORDS: usize = 2;

impl Term {
    /// Reads word `index` of a boxed object (private to the fun readers).
    #[inline(always)]
    fn fun_word(self, index: usize) -> u64 {
        debug_assert!(self.is_boxed());
        debug_assert!(index <= self.boxed_header().arity() as usize);
        // SAFETY: boxed pointer terms point to live, well-formed objects (constructor contract);
        // `index` is inside the object (checked in debug builds).
        unsafe { *self.pointer().add(index) }
    }

    /// Whether this is a fun object (a closure; not an export).
    #[inline]
    pub fn is_local_fun(self) -> bool {
        self.boxed_subtag() == Some(Subtag::Fun)
    }

    /// Whether this is an export object (`fun M:F/A`).
    #[inline]
    pub fn is_export(self) -> bool {
        self.boxed_subtag() == Some(Subtag::Export)
    }

    /// Whether this is any fun: a closure or an export.
    #[inline]
    pub fn is_function(self) -> bool {
        matches!(self.boxed_subtag(), Some(Subtag::Fun | Subtag::Export))
    }

    /// The code reference word of a closure or an export.
    #[inline]
    pub fn fun_code_ref(self) -> Option<u64> {
        self.is_function().then(|| self.fun_word(1))
    }

    /// The arity of a closure.
    #[inline]
    pub fn fun_arity(self) -> Option<usize> {
        if !self.is_local_fun() {
            return None;
        }
        // SAFETY (for `from_raw`): word 2 of a fun is a small integer term.
        let t = unsafe { Term::from_raw(self.fun_word(2)) };
        Some(t.small_value() as usize)
    }

    /// The creator pid of a closure.
    #[inline]
    pub fn fun_creator(self) -> Option<Term> {
        // SAFETY (for `from_raw`): word 3 of a fun is a term.
        self.is_local_fun()
            .then(|| unsafe { Term::from_raw(self.fun_word(3)) })
    }

    /// The captured environment of a closure.
    ///
    /// Like [`Term::tuple_elements`], the slice must not be held across a garbage collection.
    pub fn fun_env<'a>(self) -> Option<&'a [Term]> {
        if !self.is_local_fun() {
            return None;
        }
        let num_free = self.boxed_header().arity() as usize - 3;
        // SAFETY: words 4.. of a fun are `num_free` initialised terms; `Term` is
        // `repr(transparent)` over `u64`.
        Some(unsafe { std::slice::from_raw_parts(self.pointer().add(4) as *const Term, num_free) })
    }
}
