//! Literal areas: the constant terms of one module version, shared by every process that runs it
//! and never copied by garbage collection or message sending.
//!
//! A [`LiteralAreaBuilder`] is a [`TermAlloc`]: terms are built in it with the ordinary
//! constructors (or copied in with [`LiteralAreaBuilder::copy_in`]), which produce ordinary,
//! unmarked pointers. [`LiteralAreaBuilder::finish_term`] then marks a finished term: it walks the
//! term (with an explicit work stack) and sets [`crate::term::LITERAL_BIT`] on every cons and boxed
//! pointer inside it, including the returned root. Every pointer a process can reach in a literal
//! therefore carries the bit, so collectors and copiers stop at the first literal pointer without a
//! range lookup. `finish_term` checks that the term points only into this area, which is what makes
//! skipping literals safe. Terms of the area must be finished before they are handed out;
//! unfinished ones must not escape the builder.
//!
//! [`LiteralAreaBuilder::finish`] yields the immutable [`LiteralArea`], which a module version owns
//! (behind an `Arc`). Its memory never moves. Dropping it releases the refc binaries built in it;
//! the code table must only drop it once no process refers to it any more (after purging).

use crate::copy::copy_term;
use crate::heap::{HeapFragment, OffHeapList, TermAlloc};
use crate::term::layout::object_shape;
use crate::term::{Term, LITERAL_BIT};

/// The immutable memory holding one module version's literals.
#[derive(Debug, Default)]
pub struct LiteralArea {
    memory: HeapFragment,
}

impl LiteralArea {
    /// An area with no literals.
    pub fn empty() -> LiteralArea {
        LiteralArea::default()
    }

    /// Words holding literals.
    pub fn words(&self) -> usize {
        self.memory.used_words()
    }

    /// Whether `addr` lies inside this area (for code purging: does a heap still point here?).
    pub fn contains(&self, addr: *const u64) -> bool {
        self.memory.contains(addr)
    }

    /// Whether the pointer term `t` points into this area.
    pub fn contains_term(&self, t: Term) -> bool {
        t.is_pointer() && self.contains(t.pointer())
    }

    /// The used memory ranges of the area: `(first word, length in words)`.
    pub(crate) fn spans(&self) -> impl Iterator<Item = (*const u64, usize)> + '_ {
        self.memory.spans()
    }

    /// Number of refc binaries held by the area.
    pub fn refc_binary_count(&self) -> usize {
        self.memory.off_heap().len()
    }
}

/// Builds a [`LiteralArea`] (see the module docs for how terms get marked).
#[derive(Debug, Default)]
pub struct LiteralAreaBuilder {
    memory: HeapFragment,
}

impl LiteralAreaBuilder {
    /// An empty builder.
    pub fn new() -> LiteralAreaBuilder {
        LiteralAreaBuilder::default()
    }

    /// An empty builder with room for `words` words before it grows.
    pub fn with_capacity(words: usize) -> LiteralAreaBuilder {
        LiteralAreaBuilder {
            memory: HeapFragment::with_capacity(words),
        }
    }

    /// Marks `term`, built in this builder, as a literal: sets the literal bit on every pointer
    /// inside it and returns the marked root. Immediates come back unchanged. Idempotent; shared
    /// subterms are fine.
    ///
    /// Panics if the term points outside this area (other than to already-marked literals): that
    /// would let a collector skip memory it must manage.
    pub fn finish_term(&mut self, term: Term) -> Term {
        if !term.is_pointer() || term.is_literal() {
            return term;
        }
        self.check_inside(term);
        let mut work = vec![term];
        while let Some(object) = work.pop() {
            let base = object.pointer();
            let terms = if object.is_cons() {
                0..2
            } else {
                object_shape(object.boxed_header()).terms
            };
            for i in terms.rev() {
                // SAFETY: word `i` of an object of this area is a term (shape contract); the
                // builder owns the memory exclusively (`&mut self`).
                let slot = unsafe { base.add(i) };
                // SAFETY: as above.
                let word = unsafe { Term::from_raw(*slot) };
                if word.is_pointer() && !word.is_literal() {
                    self.check_inside(word);
                    // SAFETY: as above; setting the literal bit keeps the pointer's target.
                    unsafe { *slot = word.raw() | LITERAL_BIT };
                    work.push(word);
                }
            }
        }
        term.with_literal_bit()
    }

    /// Copies `term` (from any memory) into the area and marks the copy.
    pub fn copy_in(&mut self, term: Term) -> Term {
        let copy = copy_term(term, &mut self.memory);
        self.finish_term(copy)
    }

    /// The finished, immutable area.
    pub fn finish(self) -> LiteralArea {
        LiteralArea {
            memory: self.memory,
        }
    }

    fn check_inside(&self, t: Term) {
        assert!(
            self.memory.contains(t.pointer()),
            "literal term points outside its literal area: {t:?}"
        );
    }
}

impl TermAlloc for LiteralAreaBuilder {
    fn alloc_words(&mut self, words: usize) -> &mut [u64] {
        self.memory.alloc_words(words)
    }

    fn off_heap_list(&mut self) -> Option<&mut OffHeapList> {
        self.memory.off_heap_list()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;

    /// Every pointer reachable from `t`, including `t`.
    fn all_pointers(t: Term) -> Vec<Term> {
        let mut out = Vec::new();
        let mut work = vec![t];
        while let Some(t) = work.pop() {
            if !t.is_pointer() {
                continue;
            }
            out.push(t);
            let terms = if t.is_cons() {
                0..2
            } else {
                object_shape(t.boxed_header()).terms
            };
            for i in terms {
                // SAFETY: term word `i` of a live object.
                work.push(unsafe { Term::from_raw(*t.pointer().add(i)) });
            }
        }
        out
    }

    #[test]
    fn finishing_marks_every_inner_pointer() {
        let mut b = LiteralAreaBuilder::new();
        let inner = b.list(&[Term::small(1), Term::small(2)]);
        let bin = b.binary(&[4u8; 80]);
        let sub = b.sub_binary(bin, 1, 2, 30);
        let f = b.float(1.0);
        let t = b.tuple(&[inner, sub, f, inner]);
        let lit = b.finish_term(t);
        assert_eq!(b.finish_term(lit), lit, "idempotent");
        let ptrs = all_pointers(lit);
        assert_eq!(ptrs.len(), 1 + 2 + 2 + 1 + 2);
        assert!(ptrs.iter().all(|p| p.is_literal()));
        let area = b.finish();
        assert!(ptrs.iter().all(|p| area.contains_term(*p)));
        assert_eq!(area.refc_binary_count(), 1);
        assert_eq!(
            lit.tuple_elements().unwrap()[1]
                .as_bitstring()
                .unwrap()
                .bit_len(),
            30
        );
    }

    #[test]
    fn copying_in_marks_the_copy() {
        let mut scratch = ScratchHeap::new();
        let t = scratch.tuple(&[Term::small(1), Term::NIL]);
        let l = scratch.list(&[t, t]);
        let mut b = LiteralAreaBuilder::with_capacity(16);
        let lit = b.copy_in(l);
        assert!(all_pointers(lit).iter().all(|p| p.is_literal()));
        let area = b.finish();
        assert_eq!(area.words(), 4 + 3 + 3);
        assert!(!area.contains_term(l));
    }

    #[test]
    #[should_panic(expected = "outside its literal area")]
    fn terms_pointing_elsewhere_are_refused() {
        let mut scratch = ScratchHeap::new();
        let outside = scratch.tuple(&[Term::small(1)]);
        let mut b = LiteralAreaBuilder::new();
        let t = b.tuple(&[outside]);
        b.finish_term(t);
    }

    #[test]
    fn areas_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<LiteralArea>();
        check::<crate::heap::ProcessHeap>();
        check::<crate::heap::HeapFragment>();
    }
}
