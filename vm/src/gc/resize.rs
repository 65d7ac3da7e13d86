//! Moving the young heap and stack into a block of another size after a collection, as ERTS's
//! `grow_new_heap`/`shrink_new_heap`: the heap words and the stack are copied to the new block and
//! every pointer into the old block (in the heap, the stack, the roots and the off-heap list) is
//! displaced by the distance between the blocks.
//!
//! This relies on the state right after a collection: the young heap is a dense sequence of
//! objects (so it can be walked linearly), there are no fragments, and the old heap never points
//! into the young heap.

use super::evacuate::Span;
use super::RootSet;
use crate::heap::{ProcessHeap, WordBlock};
use crate::term::layout::object_shape;
use crate::term::{Header, Term, TAG_HEADER};

impl ProcessHeap {
    /// Moves the young heap and the stack into a new block of `new_size` words.
    pub(crate) fn resize_young(&mut self, new_size: usize, roots: &mut dyn RootSet) {
        let stack_len = self.stack_size();
        assert!(
            new_size >= self.htop + stack_len,
            "young block of {new_size} words cannot hold the live data"
        );
        debug_assert!(self.fragments.is_empty(), "resizing with heap fragments");
        // Only the copied heap and stack words are read later.
        let to = WordBlock::reused(new_size);
        let new_stop = new_size - stack_len;
        // SAFETY: the copied ranges lie inside their blocks, which are distinct allocations.
        unsafe {
            std::ptr::copy_nonoverlapping(self.young.at(0), to.at(0), self.htop);
            std::ptr::copy_nonoverlapping(self.young.at(self.stop), to.at(new_stop), stack_len);
        }
        let from = Span::of(self.young.base(), self.htop);
        let delta = (to.base() as u64).wrapping_sub(self.young.base() as u64);
        let displace = |word: u64| -> u64 {
            // SAFETY (for `from_raw`): only the tag and address bits of the word are inspected.
            let t = unsafe { Term::from_raw(word) };
            if t.is_pointer() && !t.is_literal() && from.contains(t.pointer() as usize) {
                word.wrapping_add(delta)
            } else {
                word
            }
        };
        let mut i = 0;
        while i < self.htop {
            let slot = to.at(i);
            // SAFETY: `i < htop`: an initialised word of the new block.
            let word = unsafe { *slot };
            if word & 0b11 == TAG_HEADER {
                let shape = object_shape(Header::from_raw(word));
                for j in shape.terms {
                    // SAFETY: term word `j` of the object starting at `i`, inside the heap.
                    unsafe { *slot.add(j) = displace(*slot.add(j)) };
                }
                i += shape.words;
            } else {
                // SAFETY: as above.
                unsafe { *slot = displace(word) };
                i += 1;
            }
        }
        debug_assert_eq!(i, self.htop, "young heap walk overran the heap top");
        for k in new_stop..new_size {
            // SAFETY: a stack word of the new block.
            unsafe { *to.at(k) = displace(*to.at(k)) };
        }
        roots.visit_roots(&mut |t| {
            // SAFETY: displacing keeps the tag; the new address holds the same object.
            *t = unsafe { Term::from_raw(displace(t.raw())) }
        });
        self.young_off_heap
            .relocate(|addr| displace(addr as u64 | 0b10) as usize & !0b111);
        std::mem::replace(&mut self.young, to).give_up();
        self.stop = new_stop;
    }
}
