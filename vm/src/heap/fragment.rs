//! [`HeapFragment`]: a standalone piece of term memory, for messages in flight and for terms built
//! outside a process's heap.
//!
//! A fragment is filled through [`TermAlloc`] (usually by [`crate::copy::copy_term`] after sizing
//! the term with [`crate::copy::size_of`]), travels with a message, and is finally attached to the
//! receiving process's heap with [`crate::heap::ProcessHeap::attach_fragment`], after which the
//! next garbage collection copies its live terms into the heap and frees it. Terms in a fragment
//! point only into the same fragment or into literal areas.

use super::block::WordBlock;
use super::{OffHeapList, TermAlloc};

/// Smallest block a fragment allocates when it has to grow.
const MIN_GROWTH_WORDS: usize = 64;

/// One block of a fragment and how many of its words are used.
#[derive(Debug)]
pub(crate) struct FragmentBlock {
    pub(crate) block: WordBlock,
    pub(crate) used: usize,
}

impl FragmentBlock {
    pub(crate) fn new(words: usize) -> FragmentBlock {
        FragmentBlock {
            block: WordBlock::new(words),
            used: 0,
        }
    }

    /// Words still free.
    pub(crate) fn free(&self) -> usize {
        self.block.len() - self.used
    }

    /// Bumps `words` words off the free end.
    pub(crate) fn bump(&mut self, words: usize) -> &mut [u64] {
        debug_assert!(words <= self.free());
        let start = self.used;
        self.used += words;
        self.block.slice_mut(start, words)
    }
}

/// A growable, never-collected piece of term memory that can be merged into a process heap.
#[derive(Debug, Default)]
pub struct HeapFragment {
    pub(crate) blocks: Vec<FragmentBlock>,
    pub(crate) off_heap: OffHeapList,
}

impl HeapFragment {
    /// An empty fragment with room for `words` words (it grows if more are allocated).
    pub fn with_capacity(words: usize) -> HeapFragment {
        let blocks = if words == 0 {
            Vec::new()
        } else {
            vec![FragmentBlock::new(words)]
        };
        HeapFragment {
            blocks,
            off_heap: OffHeapList::new(),
        }
    }

    /// Words allocated in the fragment so far.
    pub fn used_words(&self) -> usize {
        self.blocks.iter().map(|b| b.used).sum()
    }

    /// Words the fragment occupies in memory (used or not).
    pub fn capacity_words(&self) -> usize {
        self.blocks.iter().map(|b| b.block.len()).sum()
    }

    /// The refc binary objects living in this fragment.
    pub fn off_heap(&self) -> &OffHeapList {
        &self.off_heap
    }

    /// The used memory ranges: `(first word, length in words)`.
    pub(crate) fn spans(&self) -> impl Iterator<Item = (*const u64, usize)> + '_ {
        self.blocks
            .iter()
            .map(|b| (b.block.base() as *const u64, b.used))
    }

    /// Whether `addr` lies in the used part of this fragment.
    pub fn contains(&self, addr: *const u64) -> bool {
        self.blocks
            .iter()
            .any(|b| b.block.contains_below(addr, b.used))
    }
}

impl TermAlloc for HeapFragment {
    fn alloc_words(&mut self, words: usize) -> &mut [u64] {
        let fits = self.blocks.last().is_some_and(|b| b.free() >= words);
        if !fits {
            let size = words.max(MIN_GROWTH_WORDS).max(self.capacity_words() / 2);
            self.blocks.push(FragmentBlock::new(size));
        }
        self.blocks
            .last_mut()
            .expect("a block with room was just ensured")
            .bump(words)
    }

    fn off_heap_list(&mut self) -> Option<&mut OffHeapList> {
        Some(&mut self.off_heap)
    }
}

impl Drop for HeapFragment {
    fn drop(&mut self) {
        // The blocks holding the listed objects are still alive here.
        self.off_heap.release_all();
    }
}
