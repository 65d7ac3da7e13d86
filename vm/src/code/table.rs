//! [`AppendTable`]: a thread-safe table that only grows, read without locks. Module versions,
//! export entries, fun entries and catch handlers live in such tables so that an index stored in a
//! term, an instruction or a stack word can be resolved without a lock or a hash lookup.

use crate::sched::sync;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

const SEGMENT_BITS: usize = 12;
const SEGMENT_LEN: usize = 1 << SEGMENT_BITS;

/// One segment of slots.
type Segment<T> = Box<[OnceLock<T>]>;

/// An append-only table of `T`, indexed by `u32`. Entries never move and are never removed.
pub struct AppendTable<T: 'static> {
    segments: Box<[OnceLock<Segment<T>>]>,
    len: AtomicUsize,
    push: Mutex<()>,
}

impl<T: 'static> AppendTable<T> {
    /// A table that can hold up to `capacity` entries (rounded up to whole segments).
    pub fn new(capacity: usize) -> AppendTable<T> {
        let segments = capacity.div_ceil(SEGMENT_LEN).max(1);
        AppendTable {
            segments: (0..segments).map(|_| OnceLock::new()).collect(),
            len: AtomicUsize::new(0),
            push: Mutex::new(()),
        }
    }

    /// Appends `value`, returning its index, or `None` when the table is full.
    pub fn push(&self, value: T) -> Option<u32> {
        let _guard = sync::lock(&self.push);
        let index = self.len.load(Ordering::Relaxed);
        let segment = self.segments.get(index >> SEGMENT_BITS)?;
        let segment = segment.get_or_init(|| (0..SEGMENT_LEN).map(|_| OnceLock::new()).collect());
        if segment[index & (SEGMENT_LEN - 1)].set(value).is_err() {
            return None;
        }
        self.len.store(index + 1, Ordering::Release);
        Some(index as u32)
    }

    /// The entry at `index`, if it exists.
    #[inline]
    pub fn get(&self, index: u32) -> Option<&T> {
        let index = index as usize;
        self.segments
            .get(index >> SEGMENT_BITS)?
            .get()?
            .get(index & (SEGMENT_LEN - 1))?
            .get()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pushes_and_reads_across_segments() {
        let t = AppendTable::new(3 * SEGMENT_LEN);
        for i in 0..(2 * SEGMENT_LEN + 5) {
            assert_eq!(t.push(i * 2), Some(i as u32));
        }
        assert_eq!(t.get(7), Some(&14));
        assert_eq!(
            t.get((2 * SEGMENT_LEN + 4) as u32),
            Some(&((2 * SEGMENT_LEN + 4) * 2))
        );
        assert_eq!(t.get((2 * SEGMENT_LEN + 5) as u32), None);
        assert_eq!(t.len(), 2 * SEGMENT_LEN + 5);
    }

    #[test]
    fn refuses_beyond_capacity() {
        let t = AppendTable::new(1);
        for i in 0..SEGMENT_LEN {
            assert!(t.push(i).is_some());
        }
        assert_eq!(t.push(0), None);
    }
}
