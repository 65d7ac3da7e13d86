//! [`ScratchHeap`]: a growable, never-collected term store for tests and short-lived work.

use super::TermAlloc;

/// Words per chunk of a scratch heap.
const CHUNK_WORDS: usize = 4096;

/// A term store that only grows: chunks are never moved or freed until the heap is dropped, so every
/// term built in it stays valid as long as the heap lives. Used by unit tests and by code that builds
/// temporary terms outside any process.
#[derive(Default)]
pub struct ScratchHeap {
    chunks: Vec<Box<[u64]>>,
    used_in_last: usize,
}

impl ScratchHeap {
    /// An empty scratch heap.
    pub fn new() -> ScratchHeap {
        ScratchHeap::default()
    }

    /// Words handed out so far (including unused tails of full chunks).
    pub fn words_allocated(&self) -> usize {
        self.chunks.iter().map(|c| c.len()).sum::<usize>()
            - self
                .chunks
                .last()
                .map_or(0, |c| c.len() - self.used_in_last)
    }
}

impl TermAlloc for ScratchHeap {
    fn alloc_words(&mut self, words: usize) -> &mut [u64] {
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.len() - self.used_in_last >= words);
        if !fits {
            self.chunks
                .push(vec![0u64; words.max(CHUNK_WORDS)].into_boxed_slice());
            self.used_in_last = 0;
        }
        let start = self.used_in_last;
        self.used_in_last += words;
        let chunk = self.chunks.last_mut().expect("a chunk was just ensured");
        &mut chunk[start..start + words]
    }
}
