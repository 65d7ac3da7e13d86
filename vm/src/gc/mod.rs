//! Per-process generational garbage collection, following ERTS's `erl_gc.c` in semantics.
//!
//! [`ProcessHeap::garbage_collect`] runs either
//! - a **minor collection**: Cheney copying of the young generation (young heap and heap
//!   fragments) into a new young block, promoting the objects below the high-water mark (those
//!   that already survived one collection) to the old heap; the old heap is neither scanned nor
//!   moved, because terms are immutable and old objects therefore never point to younger ones; or
//! - a **major collection** (full sweep): everything live, old heap included, is copied into one
//!   new young block and the old heap is freed.
//!
//! A full sweep happens when `fullsweep_after` minor collections ran since the last one, when the
//! old heap lacks room for the objects to promote, when the old generation's binaries exceed their
//! virtual heap limit, or when there is no old heap yet and nothing to promote (as ERTS).
//!
//! Block sizes come from the heap size series ([`crate::heap::sizes`]): the new young block is the
//! smallest size holding the stack and everything that might survive; afterwards the block is grown
//! when the caller's `need` does not fit, and shrunk when it is mostly empty (minor: heaps above
//! 3000 words using less than a quarter; major: less than a quarter, or grown at the next full
//! sweep when more than three quarters are used). Resizing moves the heap by copying it and adding
//! the displacement to every pointer into it ([`resize`]).
//!
//! Roots are the stack (which the heap knows) and whatever the process presents through
//! [`RootSet`]: X registers, process dictionary, exception, message terms. Refc binaries that were
//! not copied are released after the copying ends (see `sweep_off_heap`).

mod evacuate;
mod resize;
mod verify;

use std::collections::HashMap;

use evacuate::{forwarded_boxed, Evacuator, Span, ToSpace};

use crate::heap::sizes::{next_heap_size, next_vheap_size, DEFAULT_MIN_VHEAP_SIZE};
use crate::heap::{release_refc_object, OffHeapList, ProcessHeap, WordBlock};
use crate::literal::LiteralArea;
use crate::term::Term;

/// The roots a process presents to the collector besides its stack.
pub trait RootSet {
    /// Calls `f` on every root term (X registers 0..live, process dictionary entries, the current
    /// exception, the terms of messages whose fragments are attached to the heap, ...). `f` may
    /// replace the term. Every visited slot must be a valid term of this process: immediate,
    /// literal, or pointing into its young heap, old heap or an attached fragment — never into a
    /// fragment still owned by a message (attach it first with `attach_fragment`). Visiting a slot
    /// twice is harmless.
    fn visit_roots(&mut self, f: &mut dyn FnMut(&mut Term));
}

impl RootSet for [Term] {
    fn visit_roots(&mut self, f: &mut dyn FnMut(&mut Term)) {
        self.iter_mut().for_each(f);
    }
}

impl RootSet for Vec<Term> {
    fn visit_roots(&mut self, f: &mut dyn FnMut(&mut Term)) {
        self.iter_mut().for_each(f);
    }
}

/// The largest heap size a collection measured, in words, as erl measures it for
/// `max_heap_size` before each minor collection or full sweep it starts.
#[derive(Default)]
struct PeakSize(usize);

impl PeakSize {
    fn note(&mut self, words: usize) {
        self.0 = self.0.max(words);
    }
}

/// A root set with no roots (only the stack survives).
pub struct NoRoots;

impl RootSet for NoRoots {
    fn visit_roots(&mut self, _f: &mut dyn FnMut(&mut Term)) {}
}

/// Collections of all processes since the system started, and the words they freed
/// (`erlang:statistics(garbage_collection)`).
pub static GC_TOTALS: GcTotals = GcTotals {
    count: std::sync::atomic::AtomicU64::new(0),
    reclaimed: std::sync::atomic::AtomicU64::new(0),
};

/// Counters of collections over all processes.
pub struct GcTotals {
    /// Collections done.
    pub count: std::sync::atomic::AtomicU64,
    /// Words of heap data they freed.
    pub reclaimed: std::sync::atomic::AtomicU64,
}

impl GcTotals {
    fn record(&self, before: usize, after: usize) {
        use std::sync::atomic::Ordering::Relaxed;
        self.count.fetch_add(1, Relaxed);
        self.reclaimed
            .fetch_add(before.saturating_sub(after) as u64, Relaxed);
    }
}

impl ProcessHeap {
    /// Collects garbage so that afterwards [`ProcessHeap::has_room`]`(need)` holds; the heap
    /// grows if the live data and `need` require it. Every term the process holds must be
    /// reachable from the stack or `roots`; terms held anywhere else are invalid afterwards.
    ///
    /// Returns the heap size in words the process had while collecting, as erl measures it for
    /// `max_heap_size` before it copies anything: the words in use, the old heap, the free
    /// space and stack of the young block, and the new young block (see [`PeakSize`]).
    pub fn garbage_collect(&mut self, need: usize, roots: &mut dyn RootSet) -> usize {
        self.gc_count += 1;
        let before = self.heap_used() + self.old_heap_used() + self.fragment_words();
        let minor_allowed = self.minor_gcs < self.fullsweep_after;
        let mut peak = PeakSize::default();
        if !(minor_allowed && self.minor_collection(need, roots, &mut peak)) {
            self.major_collection(need, roots, None, &mut peak);
        }
        GC_TOTALS.record(before, self.heap_used() + self.old_heap_used());
        debug_assert!(self.has_room(need), "collection left no room for {need}");
        #[cfg(debug_assertions)]
        self.verify_young();
        peak.0
    }

    /// A full sweep, whatever the number of minor collections since the last one (as
    /// `erlang:garbage_collect/0`); afterwards `has_room(need)` holds. Returns the heap size
    /// during the collection, as [`ProcessHeap::garbage_collect`].
    pub fn garbage_collect_major(&mut self, need: usize, roots: &mut dyn RootSet) -> usize {
        self.gc_count += 1;
        let before = self.heap_used() + self.old_heap_used() + self.fragment_words();
        let mut peak = PeakSize::default();
        self.major_collection(need, roots, None, &mut peak);
        GC_TOTALS.record(before, self.heap_used() + self.old_heap_used());
        #[cfg(debug_assertions)]
        self.verify_young();
        peak.0
    }

    /// Compacts the process for hibernation: a full sweep, then the young block shrunk to the
    /// smallest size of the series that holds the live data and the stack (never below the minimum
    /// heap size), with no old heap.
    pub fn compact(&mut self, roots: &mut dyn RootSet) {
        self.garbage_collect_major(0, roots);
        let wanted = self.next_size(self.htop + self.stack_size());
        if wanted < self.young.len() {
            self.resize_young(wanted, roots);
        }
        self.grow_at_next_fullsweep = false;
    }

    /// The smallest block size in the series that holds `words`, never below the minimum.
    fn next_size(&self, words: usize) -> usize {
        next_heap_size(words, 0).max(self.min_heap_size)
    }

    /// Runs a minor collection if the old heap can take the objects to promote; returns false
    /// (having changed nothing but possibly creating the old heap) when a full sweep is needed.
    fn minor_collection(
        &mut self,
        need: usize,
        roots: &mut dyn RootSet,
        peak: &mut PeakSize,
    ) -> bool {
        let mature = self.high_water;
        let size_before = self.htop + self.fragment_words;
        // The size during the collection: what is in use, the old heap (or the one about to be
        // made), and a new young block for everything young plus the free space and stack.
        let old_size = if self.old.is_empty() && mature != 0 {
            next_heap_size(size_before, 1)
        } else {
            self.old.len()
        };
        let free_and_stack = self.young.len() - self.htop;
        peak.note(size_before + old_size + self.next_size(free_and_stack + size_before));
        if self.old.is_empty() && mature != 0 {
            self.old = WordBlock::reused(next_heap_size(size_before, 1));
            self.old_top = 0;
        }
        if self.old.is_empty()
            || mature > self.old.len() - self.old_top
            || self.old_off_heap.vheap_words() >= self.bin_old_vheap_limit
        {
            return false;
        }
        let stack = self.stack_size();
        let new_size = self.next_size(stack + size_before);
        self.collect(new_size, true, roots, None);
        self.minor_gcs += 1;

        let need_after = self.htop + need + stack;
        let heap_size = self.young.len();
        let old_size = self.old.len();
        if heap_size > 3000
            && 4 * need_after < heap_size
            && (heap_size > 8000 || heap_size > old_size)
        {
            let mut wanted = 3 * need_after;
            if wanted * 9 < old_size {
                wanted = wanted.max(old_size / 8);
            }
            let wanted = self.next_size(wanted);
            if wanted < heap_size {
                self.resize_young(wanted, roots);
            }
        } else if need_after > heap_size {
            self.resize_young(self.next_size(need_after), roots);
        }
        true
    }

    /// Runs a full sweep (taking over the literals of `literals` that the process references)
    /// and adjusts the young block size afterwards.
    fn major_collection(
        &mut self,
        need: usize,
        roots: &mut dyn RootSet,
        literals: Option<&LiteralArea>,
        peak: &mut PeakSize,
    ) {
        let literal_words = literals.map_or(0, LiteralArea::words);
        let size_before = self.htop + self.fragment_words + self.old_top + literal_words;
        let stack = self.stack_size();
        let mut new_size = self.next_size(stack + size_before);
        if new_size == self.young.len() && self.grow_at_next_fullsweep {
            new_size = next_heap_size(new_size, 1);
        }
        // The size during the collection: what is in use, the free part of the old heap, the
        // free space and stack of the young block, and the new young block.
        peak.note(
            size_before
                + (self.old.len() - self.old_top)
                + (self.young.len() - self.htop)
                + new_size,
        );
        self.grow_at_next_fullsweep = false;
        self.collect(new_size, false, roots, literals);
        self.minor_gcs = 0;

        let need_after = self.htop + need + stack;
        let heap_size = self.young.len();
        if heap_size < need_after {
            self.resize_young(self.next_size(need_after), roots);
        } else if 3 * heap_size < 4 * need_after {
            self.grow_at_next_fullsweep = true;
        } else if 4 * need_after < heap_size && heap_size > self.min_heap_size {
            let wanted = self.next_size(2 * need_after);
            if wanted < heap_size {
                self.resize_young(wanted, roots);
            }
        }
    }

    /// Copies the live data into a new young block of `new_size` words (promoting mature data
    /// to the old heap when `minor`), then frees the young block and the fragments (and, for a
    /// full sweep, the old heap).
    fn collect(
        &mut self,
        new_size: usize,
        minor: bool,
        roots: &mut dyn RootSet,
        literals: Option<&LiteralArea>,
    ) {
        let stack_len = self.stack_size();
        // Only the copied stack and the evacuated objects below the new heap top are read later.
        let to = WordBlock::reused(new_size);
        let young_limit = new_size - stack_len;
        // SAFETY: both ranges hold `stack_len` words inside their blocks, and the blocks differ.
        unsafe {
            std::ptr::copy_nonoverlapping(self.young.at(self.stop), to.at(young_limit), stack_len)
        };
        let mut ev = Evacuator {
            mature: if minor {
                Span::of(self.young.base(), self.high_water)
            } else {
                Span::EMPTY
            },
            keep: if minor {
                Span::of(self.old.base(), self.old.len())
            } else {
                Span::EMPTY
            },
            young_block: Span::of(to.base(), new_size),
            literal_area: literals.map_or_else(Vec::new, |area| {
                area.spans()
                    .map(|(base, words)| Span::of(base, words))
                    .collect()
            }),
            literal_forward: HashMap::new(),
            literal_refc: Vec::new(),
            young: ToSpace::new(to.base(), 0, young_limit),
            old: if minor {
                ToSpace::new(self.old.base(), self.old_top, self.old.len())
            } else {
                ToSpace::NONE
            },
            #[cfg(debug_assertions)]
            sources: self.source_spans(!minor),
        };
        // SAFETY: the stack words and the roots are valid terms of this heap (garbage_collect
        // contract); all from-spaces stay alive until after the off-heap sweep below.
        unsafe {
            for i in young_limit..new_size {
                let slot = to.at(i);
                *slot = ev.evacuate(Term::from_raw(*slot)).raw();
            }
            roots.visit_roots(&mut |t| *t = ev.evacuate(*t));
            ev.scan();
        }
        let (young_top, old_top) = (ev.young.top, ev.old.top);
        let literal_refc = std::mem::take(&mut ev.literal_refc);
        drop(ev);
        if minor {
            self.old_top = old_top;
        }
        self.sweep_off_heap(minor);
        for object in literal_refc {
            // SAFETY: a refc binary just copied into the new young block, holding its own count
            // (taken when it was copied), listed nowhere else.
            unsafe { self.young_off_heap.push(object) };
        }

        std::mem::replace(&mut self.young, to).give_up();
        self.htop = young_top;
        self.stop = young_limit;
        self.high_water = young_top;
        self.fragments.clear();
        self.fragment_words = 0;
        if !minor {
            std::mem::replace(&mut self.old, WordBlock::new(0)).give_up();
            self.old_top = 0;
        }
    }

    /// Whether any term of this process (heap, old heap, fragments, stack, or `roots`) points
    /// into `area`. Code purging asks this before freeing a module version's literals.
    pub fn references_literals(&self, area: &LiteralArea, roots: &mut dyn RootSet) -> bool {
        let into_area = |w: u64| {
            // SAFETY (for `from_raw`): only the tag and address bits are inspected.
            let t = unsafe { Term::from_raw(w) };
            t.is_literal() && area.contains(t.pointer())
        };
        let mut found = false;
        verify::for_each_term_word(self.young.base(), self.htop, "young heap", |w| {
            found |= into_area(w)
        });
        verify::for_each_term_word(self.old.base(), self.old_top, "old heap", |w| {
            found |= into_area(w)
        });
        for f in &self.fragments {
            verify::for_each_term_word(f.block.base(), f.used, "heap fragment", |w| {
                found |= into_area(w)
            });
        }
        found |= self.stack_words().iter().any(|&w| into_area(w));
        roots.visit_roots(&mut |t| found |= into_area(t.raw()));
        found
    }

    /// Copies every literal of `area` that this process references into its heap (a full sweep
    /// that treats the area as part of the heap; refc binaries get counts of their own), so that
    /// afterwards nothing of the process points into `area` and the area can be freed.
    pub fn collect_literals(&mut self, area: &LiteralArea, roots: &mut dyn RootSet) {
        self.gc_count += 1;
        self.major_collection(0, roots, Some(area), &mut PeakSize::default());
        #[cfg(debug_assertions)]
        self.verify_young();
    }

    /// The ranges a collection may copy from (debug checks).
    #[cfg(debug_assertions)]
    fn source_spans(&self, with_old: bool) -> Vec<Span> {
        let mut spans = vec![Span::of(self.young.base(), self.htop)];
        spans.extend(
            self.fragments
                .iter()
                .map(|f| Span::of(f.block.base(), f.used)),
        );
        if with_old {
            spans.push(Span::of(self.old.base(), self.old_top));
        }
        spans
    }

    /// After copying: keeps the refc binaries that were copied (at their new addresses, in the
    /// list of the generation they landed in) and releases the others. Must run while the
    /// from-spaces still hold the forwarding words.
    fn sweep_off_heap(&mut self, minor: bool) {
        let mut young = OffHeapList::new();
        let mut entries = self.young_off_heap.take();
        if !minor {
            entries.extend(self.old_off_heap.take());
        }
        for object in entries {
            // SAFETY: listed objects are refc binaries in memory that is still alive; a copied one
            // has a forwarding word in place of its header.
            unsafe {
                match forwarded_boxed(*object) {
                    Some(moved) if minor && self.old.contains(moved) => {
                        self.old_off_heap.push(moved)
                    }
                    Some(moved) => young.push(moved),
                    None => release_refc_object(object),
                }
            }
        }
        self.young_off_heap = young;
        self.bin_vheap_limit = next_vheap_size(
            self.young_off_heap.vheap_words(),
            self.bin_vheap_limit,
            DEFAULT_MIN_VHEAP_SIZE,
        );
        if !minor {
            self.bin_old_vheap_limit = next_vheap_size(
                self.young_off_heap.vheap_words(),
                self.bin_old_vheap_limit,
                DEFAULT_MIN_VHEAP_SIZE,
            );
        }
    }
}

#[cfg(test)]
mod tests;
