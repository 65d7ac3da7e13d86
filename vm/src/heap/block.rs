//! [`WordBlock`]: a fixed-size, initialised block of words at a stable address.
//!
//! Heaps, stacks, heap fragments and literal areas are made of these blocks. Terms hold raw
//! addresses into them, so a block is never reallocated or moved; all access goes through raw
//! pointers derived from the allocation itself, never through a reference to the whole block
//! (which would invalidate the addresses held by terms under Rust's aliasing rules).

use std::alloc::{alloc_zeroed, dealloc, handle_alloc_error, Layout};
use std::cell::RefCell;
use std::ptr::NonNull;

/// Most blocks a thread keeps for reuse by [`WordBlock::reused`].
const SPARE_BLOCKS: usize = 4;

/// Most words all the blocks a thread keeps for reuse may hold together (8 MB).
const SPARE_WORDS: usize = 1 << 20;

thread_local! {
    /// Young blocks given up by collections on this thread, kept so that the next collection
    /// needing a block of the same size takes one instead of allocating and zeroing a new one.
    static SPARES: RefCell<Vec<WordBlock>> = const { RefCell::new(Vec::new()) };
}

/// An initialised block of `len` words (zeroed when new), freed on drop.
pub struct WordBlock {
    ptr: NonNull<u64>,
    len: usize,
}

impl WordBlock {
    /// A block of `len` zeroed words (`len` may be 0).
    pub fn new(len: usize) -> WordBlock {
        if len == 0 {
            return WordBlock {
                ptr: NonNull::dangling(),
                len: 0,
            };
        }
        let layout = Self::layout(len);
        // SAFETY: the layout has a non-zero size.
        let raw = unsafe { alloc_zeroed(layout) } as *mut u64;
        let Some(ptr) = NonNull::new(raw) else {
            handle_alloc_error(layout)
        };
        WordBlock { ptr, len }
    }

    /// A block of `len` words whose contents are unspecified (but initialised: zeroes, or stale
    /// words of an earlier block): a block given up by [`WordBlock::give_up`] on this thread when
    /// one of that size is kept, else a new zeroed one. For young heaps, whose words above the
    /// heap top and the stack top are always written before they are read.
    pub fn reused(len: usize) -> WordBlock {
        let spare = SPARES
            .try_with(|spares| {
                let mut spares = spares.borrow_mut();
                let at = spares.iter().position(|b| b.len == len)?;
                Some(spares.swap_remove(at))
            })
            .ok()
            .flatten();
        spare.unwrap_or_else(|| WordBlock::new(len))
    }

    /// Keeps the block for [`WordBlock::reused`] on this thread, freeing the longest-kept
    /// blocks to stay within [`SPARE_BLOCKS`] blocks and [`SPARE_WORDS`] words; a block larger
    /// than that is freed at once.
    pub fn give_up(self) {
        if self.len == 0 || self.len > SPARE_WORDS {
            return;
        }
        // The block is dropped with the closure when the thread is shutting down.
        let _ = SPARES.try_with(|spares| {
            let mut spares = spares.borrow_mut();
            let mut kept: usize = spares.iter().map(|b| b.len).sum();
            while !spares.is_empty()
                && (spares.len() >= SPARE_BLOCKS || kept + self.len > SPARE_WORDS)
            {
                kept -= spares.remove(0).len;
            }
            spares.push(self);
        });
    }

    fn layout(len: usize) -> Layout {
        Layout::array::<u64>(len).expect("heap block size overflows the address space")
    }

    /// Number of words.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the block has no words.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Address of the first word.
    #[inline(always)]
    pub fn base(&self) -> *mut u64 {
        self.ptr.as_ptr()
    }

    /// Address of word `index` (`index <= len`, checked in debug builds).
    #[inline(always)]
    pub fn at(&self, index: usize) -> *mut u64 {
        debug_assert!(index <= self.len);
        // SAFETY: `index <= len`, so the result is inside the allocation or one past its end.
        unsafe { self.ptr.as_ptr().add(index) }
    }

    /// Reads word `index`.
    #[inline(always)]
    pub fn get(&self, index: usize) -> u64 {
        assert!(index < self.len, "word outside its block");
        // SAFETY: in bounds (checked above); the block is initialised (zeroed at creation, or
        // holding the words written into it since).
        unsafe { *self.at(index) }
    }

    /// Writes word `index`.
    #[inline(always)]
    pub fn set(&mut self, index: usize, value: u64) {
        assert!(index < self.len, "word outside its block");
        // SAFETY: in bounds (checked above).
        unsafe { *self.at(index) = value }
    }

    /// The words `start..start + len` as a mutable slice.
    ///
    /// The caller must not keep the slice alive across any other access to those words through a
    /// term; the heap hands such slices out only for freshly allocated words.
    #[inline(always)]
    pub fn slice_mut(&mut self, start: usize, len: usize) -> &mut [u64] {
        assert!(start <= self.len && len <= self.len - start);
        // SAFETY: in bounds (checked above), initialised, and `&mut self` guarantees no other
        // slice of this block is alive.
        unsafe { std::slice::from_raw_parts_mut(self.at(start), len) }
    }

    /// The words `start..start + len` as a shared slice.
    #[inline(always)]
    pub fn slice(&self, start: usize, len: usize) -> &[u64] {
        assert!(start <= self.len && len <= self.len - start);
        // SAFETY: in bounds (checked above) and initialised.
        unsafe { std::slice::from_raw_parts(self.at(start), len) }
    }

    /// Whether `addr` lies in words `0..limit` of this block.
    #[inline(always)]
    pub fn contains_below(&self, addr: *const u64, limit: usize) -> bool {
        let start = self.ptr.as_ptr() as usize;
        let a = addr as usize;
        a >= start && a < start + limit * 8
    }

    /// Whether `addr` lies anywhere in this block.
    #[inline(always)]
    pub fn contains(&self, addr: *const u64) -> bool {
        self.contains_below(addr, self.len)
    }
}

impl Drop for WordBlock {
    fn drop(&mut self) {
        if self.len != 0 {
            // SAFETY: allocated in `new` with this exact layout and not freed before.
            unsafe { dealloc(self.ptr.as_ptr() as *mut u8, Self::layout(self.len)) }
        }
    }
}

// SAFETY: a block is plain memory exclusively owned by its `WordBlock`; moving it to another
// thread moves that ownership. Shared access (`&WordBlock`) only reads.
unsafe impl Send for WordBlock {}
// SAFETY: as above; `&WordBlock` allows reads only.
unsafe impl Sync for WordBlock {}

impl std::fmt::Debug for WordBlock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordBlock({:p}, {} words)", self.ptr, self.len)
    }
}
