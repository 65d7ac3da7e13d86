//! [`ProcessHeap`]: all the memory of one process: the young heap and the stack sharing one block,
//! the old heap, heap fragments, and the off-heap lists.
//!
//! ```text
//!  young block (heap_size words)
//!  +-------------------------------+-----------------+---------------------------+
//!  | heap: objects, oldest first   |      free       | stack: frames, newest first |
//!  +-------------------------------+-----------------+---------------------------+
//!  0              high_water    htop              stop                      heap_size
//! ```
//!
//! The heap grows up from word 0 (`htop` is the first free word); the stack grows down from the end
//! (`stop` is the topmost used word). The words below `high_water` survived one garbage collection
//! already; the next minor collection promotes them to the old heap.
//!
//! **Stack frames.** A frame, from the stack top (lowest address) down to the stack bottom, is its
//! continuation word then its Y registers: `[cp, y0, y1, ..., y(n-1)]` — the layout of BEAM's
//! `E[0] = cp, y(i) = E[1 + i]`. A continuation word is a code address whose primary tag is `00`,
//! which no term has, so the collector and frame iterators can tell it from the Y registers. Catch
//! markers and any other word pushed with [`ProcessHeap::stack_push`] must be terms or such
//! tag-`00` words.
//!
//! **Allocation.** [`TermAlloc`] allocates in the young heap when the gap between `htop` and
//! `stop` has room, and otherwise in a heap fragment; it never fails and never collects. Only
//! [`ProcessHeap::garbage_collect`] (module `crate::gc`) moves terms.

use super::block::WordBlock;
use super::fragment::{FragmentBlock, HeapFragment};
use super::sizes::{
    next_heap_size, DEFAULT_FULLSWEEP_AFTER, DEFAULT_MIN_HEAP_SIZE, DEFAULT_MIN_VHEAP_SIZE,
};
use super::{OffHeapList, TermAlloc};
use crate::term::{Term, TAG_HEADER};

/// Smallest heap fragment the heap allocates when the young heap is full.
const MIN_OVERFLOW_FRAGMENT_WORDS: usize = 1024;

/// The memory of one process (see the module docs for the layout).
#[derive(Debug)]
pub struct ProcessHeap {
    /// Young heap (from word 0 up) and stack (from the end down).
    pub(crate) young: WordBlock,
    /// First free heap word.
    pub(crate) htop: usize,
    /// Topmost used stack word (`young.len()` when the stack is empty).
    pub(crate) stop: usize,
    /// Words below this index survived a collection and are promoted by the next minor one.
    pub(crate) high_water: usize,
    /// Old heap (empty when the process has none).
    pub(crate) old: WordBlock,
    /// First free word of the old heap.
    pub(crate) old_top: usize,
    /// Heap fragments: overflow allocations and attached message fragments (young data).
    pub(crate) fragments: Vec<FragmentBlock>,
    /// Words used in `fragments`.
    pub(crate) fragment_words: usize,
    /// Refc binary objects in the young heap and fragments.
    pub(crate) young_off_heap: OffHeapList,
    /// Refc binary objects in the old heap.
    pub(crate) old_off_heap: OffHeapList,
    /// Virtual binary heap limit for young binaries, in words.
    pub(crate) bin_vheap_limit: usize,
    /// Virtual binary heap limit for old binaries, in words.
    pub(crate) bin_old_vheap_limit: usize,
    /// Smallest young block size.
    pub(crate) min_heap_size: usize,
    /// Minor collections allowed between two full sweeps.
    pub(crate) fullsweep_after: usize,
    /// Minor collections since the last full sweep.
    pub(crate) minor_gcs: usize,
    /// Collections of either kind so far.
    pub(crate) gc_count: u64,
    /// The last full sweep left the heap more than 75% full: grow at the next one.
    pub(crate) grow_at_next_fullsweep: bool,
}

impl Default for ProcessHeap {
    fn default() -> Self {
        ProcessHeap::new()
    }
}

impl ProcessHeap {
    /// A heap of the default minimum size (233 words, as ERTS).
    pub fn new() -> ProcessHeap {
        ProcessHeap::with_min_size(DEFAULT_MIN_HEAP_SIZE)
    }

    /// A heap whose young block is never smaller than `words` (rounded up to the heap size
    /// series), as `spawn_opt`'s `min_heap_size`.
    pub fn with_min_size(words: usize) -> ProcessHeap {
        let size = next_heap_size(words, 0);
        ProcessHeap {
            young: WordBlock::reused(size),
            htop: 0,
            stop: size,
            high_water: 0,
            old: WordBlock::new(0),
            old_top: 0,
            fragments: Vec::new(),
            fragment_words: 0,
            young_off_heap: OffHeapList::new(),
            old_off_heap: OffHeapList::new(),
            bin_vheap_limit: DEFAULT_MIN_VHEAP_SIZE,
            bin_old_vheap_limit: DEFAULT_MIN_VHEAP_SIZE,
            min_heap_size: size,
            fullsweep_after: DEFAULT_FULLSWEEP_AFTER,
            minor_gcs: 0,
            gc_count: 0,
            grow_at_next_fullsweep: false,
        }
    }

    // ---- room and accounting ----

    /// Free words between the heap top and the stack top.
    #[inline(always)]
    pub fn free_words(&self) -> usize {
        self.stop - self.htop
    }

    /// Whether `words` words can be allocated on the young heap without a garbage collection.
    ///
    /// Also false when a collection is due for other reasons: the heap fragments hold more words
    /// than the young heap has free (as ERTS's "GC desired" test), or the refc binaries referenced
    /// from the young generation exceed the virtual binary heap limit. So an interpreter that
    /// collects whenever this is false keeps fragments and binaries in check.
    #[inline(always)]
    pub fn has_room(&self, words: usize) -> bool {
        let free = self.free_words();
        free >= words
            && free - words >= self.fragment_words
            && self.young_off_heap.vheap_words() < self.bin_vheap_limit
    }

    /// Size of the young block in words (heap and stack), as `process_info(P, heap_size)`.
    pub fn heap_size(&self) -> usize {
        self.young.len()
    }

    /// Words used on the young heap.
    pub fn heap_used(&self) -> usize {
        self.htop
    }

    /// Size of the old heap block in words (0 when there is none).
    pub fn old_heap_size(&self) -> usize {
        self.old.len()
    }

    /// Words used on the old heap.
    pub fn old_heap_used(&self) -> usize {
        self.old_top
    }

    /// Words used in heap fragments.
    pub fn fragment_words(&self) -> usize {
        self.fragment_words
    }

    /// Young block, old heap and used fragment words, as `process_info(P, total_heap_size)`.
    pub fn total_heap_size(&self) -> usize {
        self.young.len() + self.old.len() + self.fragment_words
    }

    /// Words on the stack, as `process_info(P, stack_size)`.
    pub fn stack_size(&self) -> usize {
        self.young.len() - self.stop
    }

    /// Words of memory held (all blocks, used or not), for `process_info(P, memory)`.
    pub fn memory_words(&self) -> usize {
        self.young.len()
            + self.old.len()
            + self.fragments.iter().map(|f| f.block.len()).sum::<usize>()
    }

    /// Garbage collections (minor and major) run so far.
    pub fn gc_count(&self) -> u64 {
        self.gc_count
    }

    /// Minor collections since the last full sweep (`minor_gcs` of
    /// `process_info(P, garbage_collection)`).
    pub fn minor_gcs(&self) -> usize {
        self.minor_gcs
    }

    /// The minimum young block size.
    pub fn min_heap_size(&self) -> usize {
        self.min_heap_size
    }

    /// Minor collections allowed between two full sweeps.
    pub fn fullsweep_after(&self) -> usize {
        self.fullsweep_after
    }

    /// Sets how many minor collections may run between two full sweeps (0: every collection is a
    /// full sweep), as the `fullsweep_after` process flag.
    pub fn set_fullsweep_after(&mut self, count: usize) {
        self.fullsweep_after = count;
    }

    /// Total size in words of the refc binaries referenced from the young generation.
    pub fn bin_vheap_words(&self) -> usize {
        self.young_off_heap.vheap_words()
    }

    /// Total size in words of the refc binaries referenced from the old heap.
    pub fn bin_old_vheap_words(&self) -> usize {
        self.old_off_heap.vheap_words()
    }

    /// Number of refc binary objects this process references (young and old).
    pub fn refc_binary_count(&self) -> usize {
        self.young_off_heap.len() + self.old_off_heap.len()
    }

    // ---- fragments ----

    /// Takes over a heap fragment (a received message's, usually); its terms become part of the
    /// young generation and the next collection copies the live ones into the heap.
    pub fn attach_fragment(&mut self, mut fragment: HeapFragment) {
        self.young_off_heap.append(&mut fragment.off_heap);
        // Keep the current overflow block last, so overflow allocation goes on using it.
        let overflow = self.fragments.pop();
        for block in std::mem::take(&mut fragment.blocks) {
            self.fragment_words += block.used;
            self.fragments.push(block);
        }
        self.fragments.extend(overflow);
    }

    /// Allocates in the last fragment if it has room, else in a new one.
    #[cold]
    fn alloc_in_fragment(&mut self, words: usize) -> &mut [u64] {
        let fits = self.fragments.last().is_some_and(|f| f.free() >= words);
        if !fits {
            let size = words
                .max(MIN_OVERFLOW_FRAGMENT_WORDS)
                .max(self.young.len() / 4);
            self.fragments.push(FragmentBlock::new(size));
        }
        self.fragment_words += words;
        self.fragments
            .last_mut()
            .expect("a fragment with room was just ensured")
            .bump(words)
    }

    // ---- stack ----

    /// Pushes a frame: the continuation word `cp` (primary tag `00`) and `slots` Y registers set
    /// to `[]`. Returns false, changing nothing, when the block lacks `slots + 1` free words; the
    /// caller then collects with a `need` covering the frame and retries.
    #[inline]
    pub fn allocate_frame(&mut self, slots: usize, cp: u64) -> bool {
        debug_assert_eq!(cp & 0b11, TAG_HEADER, "continuation word with a term tag");
        if self.free_words() < slots + 1 {
            return false;
        }
        self.stop -= slots + 1;
        let frame = self.young.slice_mut(self.stop, slots + 1);
        frame[0] = cp;
        frame[1..].fill(Term::NIL.raw());
        true
    }

    /// Pops the current frame of `slots` Y registers and returns its continuation word.
    #[inline]
    pub fn deallocate_frame(&mut self, slots: usize) -> u64 {
        assert!(
            slots < self.stack_size(),
            "deallocating a frame of {slots} slots from a stack of {} words",
            self.stack_size()
        );
        let cp = self.young.get(self.stop);
        self.stop += slots + 1;
        cp
    }

    /// Y register `i` of the current frame (0 is nearest the stack top).
    #[inline(always)]
    pub fn y(&self, i: usize) -> Term {
        let index = self.stop + 1 + i;
        // SAFETY (for `from_raw`): stack words below the top continuation are terms written by
        // `allocate_frame`, `set_y` or `stack_push`, kept valid by the collector.
        unsafe { Term::from_raw(self.young.get(index)) }
    }

    /// Sets Y register `i` of the current frame.
    #[inline(always)]
    pub fn set_y(&mut self, i: usize, value: Term) {
        self.young.set(self.stop + 1 + i, value.raw());
    }

    /// BEAM's `trim`: removes the `n` lowest-addressed Y registers of the current frame (y0 up to
    /// y(n-1)), keeping its continuation word, which moves up by `n` words. Afterwards the former
    /// y(n) is y0.
    #[inline]
    pub fn trim(&mut self, n: usize) {
        assert!(
            n < self.stack_size(),
            "trimming {n} words off a shorter stack"
        );
        let cp = self.young.get(self.stop);
        self.stop += n;
        self.young.set(self.stop, cp);
    }

    /// Pushes one word (a term, or a tag-`00` code word). Returns false when there is no room.
    #[inline]
    pub fn stack_push(&mut self, word: u64) -> bool {
        if self.free_words() < 1 {
            return false;
        }
        self.stop -= 1;
        self.young.set(self.stop, word);
        true
    }

    /// Pops one word. Panics on an empty stack.
    #[inline]
    pub fn stack_pop(&mut self) -> u64 {
        assert!(self.stack_size() > 0, "pop from an empty stack");
        let w = self.young.get(self.stop);
        self.stop += 1;
        w
    }

    /// The stack, topmost word first (index 0 is the current frame's continuation word when a
    /// frame is allocated).
    pub fn stack_words(&self) -> &[u64] {
        self.young.slice(self.stop, self.stack_size())
    }

    /// The continuation words on the stack, newest first (for stack traces and code purging):
    /// every stack word with primary tag `00` other than the non-value marker.
    pub fn continuations(&self) -> impl Iterator<Item = u64> + '_ {
        self.stack_words()
            .iter()
            .copied()
            .filter(|w| w & 0b11 == TAG_HEADER && *w != Term::NON_VALUE.raw())
    }
}

impl ProcessHeap {
    /// A float on the young heap, or `None` when it has no room (the interpreter's fast path
    /// then leaves the instruction to the general loop, whose allocation may use a fragment).
    #[inline(always)]
    pub fn young_float(&mut self, value: f64) -> Option<Term> {
        (self.free_words() >= 2).then(|| self.float(value))
    }
}

impl TermAlloc for ProcessHeap {
    #[inline]
    fn alloc_words(&mut self, words: usize) -> &mut [u64] {
        if self.free_words() >= words {
            let start = self.htop;
            self.htop += words;
            return self.young.slice_mut(start, words);
        }
        self.alloc_in_fragment(words)
    }

    fn off_heap_list(&mut self) -> Option<&mut OffHeapList> {
        Some(&mut self.young_off_heap)
    }
}

impl Drop for ProcessHeap {
    fn drop(&mut self) {
        // All blocks are still alive here; release the binaries' counts before they go.
        self.young_off_heap.release_all();
        self.old_off_heap.release_all();
        std::mem::replace(&mut self.young, WordBlock::new(0)).give_up();
        std::mem::replace(&mut self.old, WordBlock::new(0)).give_up();
    }
}
