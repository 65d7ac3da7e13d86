//! The copying core of the collector: moving one object to to-space ([`Evacuator::evacuate`]) and
//! Cheney's scan over to-space ([`Evacuator::scan`]).
//!
//! A moved boxed object's header is overwritten with a boxed pointer to its copy (a header never
//! has the boxed tag, so the two cannot be confused). A moved list cell gets the non-value marker
//! in its head and a list pointer to its copy in its tail (no term is the non-value marker). Both
//! are ERTS's forwarding conventions.
//!
//! Which pointers are followed: literal-marked pointers never; pointers into the kept range (the
//! old heap during a minor collection) never; pointers already in to-space never. Everything else
//! must point into the young generation (young heap or fragments) or, during a full sweep, the
//! old heap — checked in debug builds. Objects in the mature range (below the high-water mark)
//! go to the old heap (promotion); all others go to the new young heap.

use std::collections::HashMap;
use std::sync::Arc;

use crate::term::binary::{refc, BinaryStorage};
use crate::term::layout::object_shape;
use crate::term::{Header, Subtag, Term, TAG_BOXED, TAG_HEADER};

const NON_VALUE: u64 = Term::NON_VALUE.raw();

/// An address range `[start, end)` in bytes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Span {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Span {
    pub(crate) const EMPTY: Span = Span { start: 0, end: 0 };

    /// The span of `words` words starting at `base`.
    pub(crate) fn of(base: *const u64, words: usize) -> Span {
        Span {
            start: base as usize,
            end: base as usize + words * 8,
        }
    }

    #[inline(always)]
    pub(crate) fn contains(self, addr: usize) -> bool {
        addr >= self.start && addr < self.end
    }
}

/// A to-space: a bump region `[top, limit)` of words starting at `base`.
#[derive(Debug)]
pub(crate) struct ToSpace {
    pub(crate) base: *mut u64,
    pub(crate) top: usize,
    pub(crate) limit: usize,
    pub(crate) scan: usize,
}

impl ToSpace {
    pub(crate) fn new(base: *mut u64, top: usize, limit: usize) -> ToSpace {
        ToSpace {
            base,
            top,
            limit,
            scan: top,
        }
    }

    pub(crate) const NONE: ToSpace = ToSpace {
        base: std::ptr::null_mut(),
        top: 0,
        limit: 0,
        scan: 0,
    };

    /// Bumps `words` words off the free part.
    #[inline(always)]
    fn bump(&mut self, words: usize) -> *mut u64 {
        // A hard check: overrunning to-space would corrupt memory. Sizes are computed so that
        // this never fails.
        assert!(
            words <= self.limit - self.top,
            "garbage collection to-space overflow"
        );
        // SAFETY: `top + words <= limit`, inside the to-space block.
        let p = unsafe { self.base.add(self.top) };
        self.top += words;
        p
    }
}

/// The state of one collection's copying phase.
pub(crate) struct Evacuator {
    /// Objects here are promoted to `old`.
    pub(crate) mature: Span,
    /// Pointers here are left alone (the old heap during a minor collection).
    pub(crate) keep: Span,
    /// The new young heap block (its whole extent, to recognise already-copied pointers).
    pub(crate) young_block: Span,
    /// Where young survivors go.
    pub(crate) young: ToSpace,
    /// Where promoted objects go.
    pub(crate) old: ToSpace,
    /// A literal area being taken over (code purging): literal pointers into these ranges are
    /// copied like heap pointers. Empty in ordinary collections.
    pub(crate) literal_area: Vec<Span>,
    /// Where each copied literal object went (the literal area itself is shared and read-only, so
    /// its objects cannot hold forwarding words).
    pub(crate) literal_forward: HashMap<usize, u64>,
    /// Refc binary objects copied out of the literal area (each took a new count).
    pub(crate) literal_refc: Vec<*mut u64>,
    /// Debug builds: every range a followed pointer may point into.
    #[cfg(debug_assertions)]
    pub(crate) sources: Vec<Span>,
}

impl Evacuator {
    /// Returns the new location of `t`, copying the object it points to if that has not
    /// happened yet. Non-pointers, literals and pointers outside the collected area come back
    /// unchanged.
    ///
    /// # Safety
    /// `t` must be a valid term of the heap being collected; the from-spaces must still be alive.
    #[inline]
    pub(crate) unsafe fn evacuate(&mut self, t: Term) -> Term {
        if !t.is_pointer() {
            return t;
        }
        if t.is_literal() {
            if self.literal_area.is_empty() {
                return t;
            }
            return self.evacuate_literal(t);
        }
        let p = t.pointer();
        let addr = p as usize;
        if self.keep.contains(addr) || self.young_block.contains(addr) {
            return t;
        }
        #[cfg(debug_assertions)]
        self.check_source(addr);
        if t.is_cons() {
            let head = *p;
            if head == NON_VALUE {
                return Term::from_raw(*p.add(1));
            }
            let tail = *p.add(1);
            debug_assert!(head & 0b11 != TAG_HEADER, "header word in a list cell");
            debug_assert!(tail & 0b11 != TAG_HEADER, "header word in a list cell");
            let dst = self.destination(addr).bump(2);
            *dst = head;
            *dst.add(1) = tail;
            let moved = Term::cons_ptr(dst);
            *p = NON_VALUE;
            *p.add(1) = moved.raw();
            moved
        } else {
            let header = *p;
            if header & 0b11 == TAG_BOXED {
                return Term::from_raw(header);
            }
            debug_assert_eq!(header & 0b11, TAG_HEADER, "boxed pointer to a non-header");
            let words = object_shape(Header::from_raw(header)).words;
            let dst = self.destination(addr).bump(words);
            std::ptr::copy_nonoverlapping(p, dst, words);
            let moved = Term::boxed_ptr(dst);
            *p = moved.raw();
            moved
        }
    }

    /// Copies a literal object of the area being taken over into the young heap (once).
    #[cold]
    unsafe fn evacuate_literal(&mut self, t: Term) -> Term {
        let p = t.pointer();
        let addr = p as usize;
        if !self.literal_area.iter().any(|s| s.contains(addr)) {
            return t;
        }
        if let Some(&moved) = self.literal_forward.get(&addr) {
            return Term::from_raw(moved);
        }
        let moved = if t.is_cons() {
            let dst = self.young.bump(2);
            std::ptr::copy_nonoverlapping(p, dst, 2);
            Term::cons_ptr(dst)
        } else {
            let header = Header::from_raw(*p);
            let words = object_shape(header).words;
            let dst = self.young.bump(words);
            std::ptr::copy_nonoverlapping(p, dst, words);
            if header.subtag() == Some(Subtag::RefcBinary) {
                Arc::increment_strong_count(*dst.add(refc::STORAGE) as *const BinaryStorage);
                *dst.add(refc::FLAGS) = 0;
                self.literal_refc.push(dst);
            } else if crate::term::magic::is_magic_header(header) {
                crate::term::magic::retain_magic_object(dst);
                self.literal_refc.push(dst);
            }
            Term::boxed_ptr(dst)
        };
        self.literal_forward.insert(addr, moved.raw());
        moved
    }

    #[inline(always)]
    fn destination(&mut self, addr: usize) -> &mut ToSpace {
        if self.mature.contains(addr) {
            &mut self.old
        } else {
            &mut self.young
        }
    }

    #[cfg(debug_assertions)]
    fn check_source(&self, addr: usize) {
        assert!(
            self.sources.iter().any(|s| s.contains(addr)),
            "pointer {addr:#x} outside the heap being collected (neither young heap, fragment, \
             old heap nor literal)"
        );
    }

    /// Cheney's scan: evacuates everything the copied objects point to, until both to-spaces
    /// are fully scanned.
    ///
    /// # Safety
    /// As for [`Evacuator::evacuate`]; the to-spaces hold well-formed copied objects.
    pub(crate) unsafe fn scan(&mut self) {
        loop {
            let mut progress = false;
            while self.young.scan < self.young.top {
                progress = true;
                let base = self.young.base;
                let mut at = self.young.scan;
                self.scan_one(base, &mut at);
                self.young.scan = at;
            }
            while self.old.scan < self.old.top {
                progress = true;
                let base = self.old.base;
                let mut at = self.old.scan;
                self.scan_one(base, &mut at);
                self.old.scan = at;
            }
            if !progress {
                break;
            }
        }
    }

    /// Scans the object or list word at `base[*at]` and advances `at` past it.
    #[inline(always)]
    unsafe fn scan_one(&mut self, base: *mut u64, at: &mut usize) {
        let slot = base.add(*at);
        let word = *slot;
        if word & 0b11 == TAG_HEADER {
            let shape = object_shape(Header::from_raw(word));
            for i in shape.terms {
                let s = slot.add(i);
                *s = self.evacuate(Term::from_raw(*s)).raw();
            }
            *at += shape.words;
        } else {
            *slot = self.evacuate(Term::from_raw(word)).raw();
            *at += 1;
        }
    }
}

/// Where a boxed object went, if `header_word` (its first word) is a forwarding pointer.
#[inline(always)]
pub(crate) fn forwarded_boxed(header_word: u64) -> Option<*mut u64> {
    (header_word & 0b11 == TAG_BOXED).then_some((header_word & !0b111) as *mut u64)
}
