//! [`ScratchHeap`]: a growable, never-collected term store for tests and short-lived work.

use super::fragment::HeapFragment;
use super::{OffHeapList, TermAlloc};

/// A term store that only grows: its memory is never moved or freed until the heap is dropped, so
/// every term built in it stays valid as long as the heap lives. Used by unit tests and by code
/// that builds temporary terms outside any process. Refc binaries built in it are released when it
/// is dropped.
#[derive(Default)]
pub struct ScratchHeap {
    memory: HeapFragment,
}

impl ScratchHeap {
    /// An empty scratch heap.
    pub fn new() -> ScratchHeap {
        ScratchHeap::default()
    }

    /// Words handed out so far.
    pub fn words_allocated(&self) -> usize {
        self.memory.used_words()
    }
}

impl TermAlloc for ScratchHeap {
    fn alloc_words(&mut self, words: usize) -> &mut [u64] {
        self.memory.alloc_words(words)
    }

    fn off_heap_list(&mut self) -> Option<&mut OffHeapList> {
        self.memory.off_heap_list()
    }
}
