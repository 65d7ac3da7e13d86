//! [`OffHeapList`]: the refc binary objects (and magic references, see `term::magic`) that live
//! in one piece of term memory.
//!
//! Every refc binary object owns one strong count on its off-heap storage, and every magic
//! reference one on its object. The memory the object
//! lives in (a process heap's young or old generation, a heap fragment, a literal area) records the
//! object's address here, so that the count can be released when the object dies: after a garbage
//! collection for objects that were not copied, or when a fragment or literal area is dropped.
//!
//! The list also keeps the sum of the binaries' sizes in words (the "virtual binary heap"), which
//! makes a process collect garbage when many bytes of binaries accumulate.

use std::sync::Arc;

use crate::term::binary::{refc, BinaryStorage};
use crate::term::magic::{is_magic_header, release_magic_object};
use crate::term::{Header, Subtag};

/// The addresses of refc binary objects living in one piece of memory, and their total size.
#[derive(Default, Debug)]
pub struct OffHeapList {
    objects: Vec<*mut u64>,
    words: usize,
}

/// Size of a binary in words, for virtual binary heap accounting.
#[inline]
pub(crate) fn binary_vheap_words(bytes: usize) -> usize {
    bytes / 8
}

impl OffHeapList {
    /// An empty list.
    pub fn new() -> OffHeapList {
        OffHeapList::default()
    }

    /// Records the refc binary object at `object` (header address).
    ///
    /// # Safety
    /// `object` must be a well-formed refc binary object that owns one strong count on its
    /// storage, stays at that address while it is listed, and is listed in no other list.
    pub unsafe fn push(&mut self, object: *mut u64) {
        let header = Header::from_raw(*object);
        if header.subtag() == Some(Subtag::RefcBinary) {
            self.words += binary_vheap_words(*object.add(refc::SIZE) as usize);
        } else {
            debug_assert!(
                is_magic_header(header),
                "off-heap list entry is neither a refc binary nor a magic reference"
            );
        }
        self.objects.push(object);
    }

    /// Number of objects listed.
    pub fn len(&self) -> usize {
        self.objects.len()
    }

    /// Whether no object is listed.
    pub fn is_empty(&self) -> bool {
        self.objects.is_empty()
    }

    /// Total size of the listed binaries, in words.
    pub fn vheap_words(&self) -> usize {
        self.words
    }

    /// The listed object addresses.
    pub(crate) fn objects(&self) -> &[*mut u64] {
        &self.objects
    }

    /// Empties the list, returning the object addresses (ownership of their counts moves to the
    /// caller).
    pub(crate) fn take(&mut self) -> Vec<*mut u64> {
        self.words = 0;
        std::mem::take(&mut self.objects)
    }

    /// Rewrites every listed address with `map` (used when the memory holding the objects moves).
    pub(crate) fn relocate(&mut self, map: impl Fn(usize) -> usize) {
        for object in &mut self.objects {
            *object = map(*object as usize) as *mut u64;
        }
    }

    /// Moves all entries of `other` into this list.
    pub(crate) fn append(&mut self, other: &mut OffHeapList) {
        self.words += other.words;
        other.words = 0;
        self.objects.append(&mut other.objects);
    }

    /// Releases the storage counts of all listed objects and empties the list. Called when the
    /// memory holding the objects is freed.
    pub(crate) fn release_all(&mut self) {
        for object in self.take() {
            // SAFETY: listed objects are live refc binaries owning one count (push contract);
            // the memory holding them has not been freed yet (callers release before freeing).
            unsafe { release_refc_object(object) }
        }
    }
}

/// Releases the strong count a refc binary object (or magic reference) owns on its storage.
///
/// # Safety
/// `object` must be a live refc binary object or magic reference whose count has not been
/// released yet; afterwards the object must be treated as dead.
pub(crate) unsafe fn release_refc_object(object: *mut u64) {
    if is_magic_header(Header::from_raw(*object)) {
        release_magic_object(object);
        return;
    }
    debug_assert_eq!(Header::from_raw(*object).subtag(), Some(Subtag::RefcBinary));
    let storage = *object.add(refc::STORAGE) as *const BinaryStorage;
    Arc::decrement_strong_count(storage);
}

// SAFETY: the listed addresses point into memory owned by whoever owns the list (a heap, fragment
// or literal area), which moves between threads together with the list; the counts they own are
// atomic.
unsafe impl Send for OffHeapList {}
// SAFETY: shared access only reads the addresses.
unsafe impl Sync for OffHeapList {}
