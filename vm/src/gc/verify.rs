//! Heap verification: walks every object of a process's memory and checks the invariants the
//! collector relies on, panicking with a description of the first violation. Run after every
//! collection in debug builds (young generation only, as that is what a collection produced) and
//! by the tests (everything).
//!
//! Checked: every header has a known subtag and its object fits in its block; every non-literal
//! pointer in the young heap, fragments and stack points to an object start in the young heap,
//! a fragment or the old heap; every non-literal pointer in the old heap points into the old heap;
//! every off-heap list entry is a refc binary in the memory its list belongs to.

use super::evacuate::Span;
use crate::heap::ProcessHeap;
use crate::term::layout::object_shape;
use crate::term::{Header, Subtag, Term, TAG_HEADER};

/// Calls `f` on every term word of the objects in `words` words from `base`.
pub(crate) fn for_each_term_word(
    base: *const u64,
    words: usize,
    what: &str,
    mut f: impl FnMut(u64),
) {
    let mut i = 0;
    while i < words {
        // SAFETY: `i < words`, inside the used part of the block.
        let word = unsafe { *base.add(i) };
        if word & 0b11 == TAG_HEADER {
            let header = Header::from_raw(word);
            assert!(
                header.subtag().is_some(),
                "{what}: word {i} is a header with an unknown subtag ({word:#x})"
            );
            let shape = object_shape(header);
            assert!(
                i + shape.words <= words,
                "{what}: object at word {i} ({header:?}) runs past the end ({words} words)"
            );
            for j in shape.terms {
                // SAFETY: inside the object, checked above.
                f(unsafe { *base.add(i + j) });
            }
            i += shape.words;
        } else {
            f(word);
            i += 1;
        }
    }
}

/// Checks that a non-literal pointer word points to an object start inside one of `targets`.
fn check_pointer(word: u64, targets: &[Span], what: &str) {
    // SAFETY (for `from_raw`): only the tag and address bits are inspected before the range check.
    let t = unsafe { Term::from_raw(word) };
    if !t.is_pointer() || t.is_literal() {
        return;
    }
    let addr = t.pointer() as usize;
    assert!(
        targets.iter().any(|s| s.contains(addr)),
        "{what}: pointer {word:#x} leads outside the memory it may point into"
    );
    // SAFETY: the address lies inside live memory of this heap (checked above).
    let first = unsafe { *t.pointer() };
    if t.is_boxed() {
        assert_eq!(
            first & 0b11,
            TAG_HEADER,
            "{what}: boxed pointer {word:#x} does not point to a header"
        );
    } else {
        assert_ne!(
            first & 0b11,
            TAG_HEADER,
            "{what}: list pointer {word:#x} points to a header"
        );
    }
}

impl ProcessHeap {
    /// Checks every invariant of this heap (see the module docs); panics on the first violation.
    pub fn verify(&self) {
        self.verify_young();
        self.verify_old();
    }

    fn young_spans(&self) -> Vec<Span> {
        let mut spans = vec![Span::of(self.young.base(), self.htop)];
        spans.extend(
            self.fragments
                .iter()
                .map(|f| Span::of(f.block.base(), f.used)),
        );
        spans
    }

    /// Checks the young heap, the fragments, the stack and the young off-heap list.
    pub(crate) fn verify_young(&self) {
        let young = self.young_spans();
        let mut targets = young.clone();
        targets.push(Span::of(self.old.base(), self.old_top));
        let check = |w| check_pointer(w, &targets, "young heap");
        for_each_term_word(self.young.base(), self.htop, "young heap", check);
        for f in &self.fragments {
            for_each_term_word(f.block.base(), f.used, "heap fragment", |w| {
                check_pointer(w, &targets, "heap fragment")
            });
        }
        for &w in self.stack_words() {
            check_pointer(w, &targets, "stack");
        }
        for &object in self.young_off_heap.objects() {
            assert!(
                young.iter().any(|s| s.contains(object as usize)),
                "young off-heap entry {object:p} is not in the young generation"
            );
            check_refc(object);
        }
    }

    fn verify_old(&self) {
        let old = [Span::of(self.old.base(), self.old_top)];
        for_each_term_word(self.old.base(), self.old_top, "old heap", |w| {
            check_pointer(w, &old, "old heap")
        });
        for &object in self.old_off_heap.objects() {
            assert!(
                old[0].contains(object as usize),
                "old off-heap entry {object:p} is not in the old heap"
            );
            check_refc(object);
        }
    }
}

fn check_refc(object: *mut u64) {
    // SAFETY: the address lies in live memory of the heap (checked by the callers).
    let word = unsafe { *object };
    assert_eq!(
        word & 0b11,
        TAG_HEADER,
        "off-heap entry {object:p} has no header"
    );
    let header = Header::from_raw(word);
    assert!(
        header.subtag() == Some(Subtag::RefcBinary) || crate::term::magic::is_magic_header(header),
        "off-heap entry {object:p} is neither a refc binary nor a magic reference"
    );
}
