//! Magic references: reference terms that own an object living outside every heap (a compiled
//! `binary:compile_pattern/1` pattern, for instance), as ERTS's "magic binary" references do.
//!
//! A magic reference is a local reference with one more word:
//!
//! | word | contents                                                                  |
//! |------|---------------------------------------------------------------------------|
//! | 0    | `header(Ref, 3)`                                                          |
//! | 1    | the reference's unique number, as in a local reference                    |
//! | 2    | owner word: always 0 (a magic reference is never an alias)                |
//! | 3    | the object: `Arc::into_raw` of an `Arc<MagicObject>`; the reference owns one strong count |
//!
//! Everywhere a reference's identity matters (printing, term order, hashing, the external term
//! format) a magic reference is the local reference with that number. Its object lives as long as
//! any copy of the reference does, with the same bookkeeping as refc binaries: each magic
//! reference object owns one count and is recorded in the off-heap list of the memory it lives in
//! ([`crate::heap::OffHeapList`]); copying it (message passing) adds a count, and a garbage
//! collection that finds it dead, or the freeing of the fragment holding it, releases its count.
//! Memory that keeps no off-heap list gets a plain local reference instead. While an object lives,
//! a plain reference with its number (one that went through `term_to_binary/1`) is rebuilt as a
//! magic reference by `binary_to_term/1`, as erl does.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, MutexGuard, Weak};

use super::{Header, Subtag, Term};
use crate::heap::TermAlloc;

/// Words of a magic reference object, header included.
pub const MAGIC_REF_WORDS: usize = 4;
/// Index of the word holding the object pointer.
pub(crate) const MAGIC_OBJECT: usize = 3;

/// The off-heap object a magic reference owns: any value the BIF that made it needs later,
/// and the unique number of the references to it.
pub struct MagicObject {
    id: u64,
    /// The type of `value`, kept here so that [`MagicObject::get`] needs no virtual call.
    type_id: TypeId,
    value: Box<dyn Any + Send + Sync>,
}

/// The live objects by reference number, so that a reference that went through the external
/// term format finds its object again while it lives (as in erl).
type Registry = HashMap<u64, Weak<MagicObject>>;

/// The registry, locked through `sched::sync` (so the race checks see the lock).
fn registry() -> crate::sched::sync::Guard<MutexGuard<'static, Registry>> {
    static REGISTRY: LazyLock<Mutex<Registry>> = LazyLock::new(|| Mutex::new(HashMap::new()));
    crate::sched::sync::lock(&REGISTRY)
}

/// The live object of the magic references numbered `id`, if there is one.
pub fn find_magic_object(id: u64) -> Option<Arc<MagicObject>> {
    registry().get(&id)?.upgrade()
}

impl Drop for MagicObject {
    fn drop(&mut self) {
        let mut registry = registry();
        if registry
            .get(&self.id)
            .is_some_and(|w| w.strong_count() == 0)
        {
            registry.remove(&self.id);
        }
    }
}

impl std::fmt::Debug for MagicObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MagicObject")
    }
}

impl MagicObject {
    /// An object holding `value`, for references with the unique number `id` (a number no
    /// other reference has, from `sched::new_ref_id`).
    pub fn new<T: Any + Send + Sync>(id: u64, value: T) -> Arc<MagicObject> {
        let object = Arc::new(MagicObject {
            id,
            type_id: TypeId::of::<T>(),
            value: Box::new(value),
        });
        registry().insert(id, Arc::downgrade(&object));
        object
    }

    /// The unique number of the references to this object.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The value, if it is a `T`.
    #[inline]
    pub fn get<T: Any>(&self) -> Option<&T> {
        if self.type_id != TypeId::of::<T>() {
            return None;
        }
        let value: *const (dyn Any + Send + Sync) = &*self.value;
        // SAFETY: `type_id` is the type of the boxed value (set from it in `new`, never
        // changed), so the box holds a `T`, borrowed as long as `self` is.
        Some(unsafe { &*value.cast::<T>() })
    }
}

/// Whether `header` is the header of a magic reference object.
#[inline]
pub(crate) fn is_magic_header(header: Header) -> bool {
    header.subtag() == Some(Subtag::Ref) && header.arity() as usize == MAGIC_REF_WORDS - 1
}

impl Term {
    /// Whether this is a magic reference.
    #[inline]
    pub fn is_magic_ref(self) -> bool {
        self.is_boxed() && is_magic_header(self.boxed_header())
    }

    /// The object of a magic reference (a new count on it), or `None` for anything else.
    pub fn magic_object(self) -> Option<Arc<MagicObject>> {
        if !self.is_magic_ref() {
            return None;
        }
        // SAFETY: a magic reference object holds a pointer from `Arc::into_raw` that owns one
        // count for as long as the object lives (module docs), so the object is alive here and
        // taking one more count is sound.
        unsafe {
            let raw = *self.pointer().add(MAGIC_OBJECT) as *const MagicObject;
            Arc::increment_strong_count(raw);
            Some(Arc::from_raw(raw))
        }
    }
}

impl Term {
    /// Calls `f` with the object of a magic reference, without taking a count on it, or with
    /// `None` for anything else. The reference's own memory holds a count for as long as it
    /// lives, so the object outlives `f` as long as the term stays live meanwhile (a BIF never
    /// collects its process's memory, so a term argument of a BIF does).
    #[inline(always)]
    pub fn with_magic_object<R>(self, f: impl FnOnce(Option<&MagicObject>) -> R) -> R {
        if !self.is_magic_ref() {
            return f(None);
        }
        // SAFETY: a magic reference object holds a pointer from `Arc::into_raw` that owns one
        // count for as long as the reference object lives (module docs); the term is live for
        // the duration of this call, so the object is alive while `f` borrows it.
        let object = unsafe { &*(*self.pointer().add(MAGIC_OBJECT) as *const MagicObject) };
        f(Some(object))
    }
}

/// Builds a magic reference owning `object` (numbered as the object says), or a plain local
/// reference when `heap` keeps no off-heap list.
pub fn make_magic_ref(heap: &mut impl TermAlloc, object: Arc<MagicObject>) -> Term {
    let id = object.id();
    if heap.off_heap_list().is_none() {
        return heap.local_ref(id, 0);
    }
    let words = heap.alloc_words(MAGIC_REF_WORDS);
    words[0] = Header::new(Subtag::Ref, (MAGIC_REF_WORDS - 1) as u64).raw();
    words[1] = id;
    words[2] = 0;
    words[MAGIC_OBJECT] = Arc::into_raw(object) as u64;
    let object = words.as_mut_ptr();
    if let Some(list) = heap.off_heap_list() {
        // SAFETY: a complete magic reference object owning one count, at a fixed address until
        // the next collection of this memory, listed nowhere else.
        unsafe { list.push(object) };
    }
    // SAFETY: a complete magic reference object (layout in the module docs).
    unsafe { Term::boxed_ptr(object) }
}

/// Releases the count a magic reference object owns on its object.
///
/// # Safety
/// `object` must be a live magic reference object whose count has not been released yet;
/// afterwards the object must be treated as dead.
pub(crate) unsafe fn release_magic_object(object: *mut u64) {
    debug_assert!(is_magic_header(Header::from_raw(*object)));
    Arc::decrement_strong_count(*object.add(MAGIC_OBJECT) as *const MagicObject);
}

/// Adds a count for the copy of the magic reference object at `object`.
///
/// # Safety
/// `object` must be a live magic reference object.
pub(crate) unsafe fn retain_magic_object(object: *const u64) {
    debug_assert!(is_magic_header(Header::from_raw(*object)));
    Arc::increment_strong_count(*object.add(MAGIC_OBJECT) as *const MagicObject);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::copy::copy_term;
    use crate::heap::{HeapFragment, ScratchHeap};

    #[test]
    fn copies_share_the_object_and_dropping_memory_releases_it() {
        let object = MagicObject::new(u64::MAX - 77, vec![1u8, 2, 3]);
        let mut a = HeapFragment::with_capacity(8);
        let r = make_magic_ref(&mut a, Arc::clone(&object));
        assert!(r.is_magic_ref());
        assert_eq!(r.local_ref_id(), Some(u64::MAX - 77));
        assert!(find_magic_object(u64::MAX - 77).is_some());
        assert_eq!(Arc::strong_count(&object), 2);
        let got = r.magic_object().unwrap();
        assert_eq!(got.get::<Vec<u8>>(), Some(&vec![1u8, 2, 3]));
        drop(got);
        let mut b = HeapFragment::with_capacity(8);
        let c = copy_term(r, &mut b);
        assert!(c.is_magic_ref() && crate::ops::compare::exact_equal(c, r));
        assert_eq!(Arc::strong_count(&object), 3);
        drop(a);
        assert_eq!(Arc::strong_count(&object), 2);
        drop(b);
        assert_eq!(Arc::strong_count(&object), 1);
        let mut s = ScratchHeap::new();
        let kept = make_magic_ref(&mut s, Arc::clone(&object));
        assert_eq!(kept.local_ref_id(), Some(u64::MAX - 77));
        assert_eq!(Arc::strong_count(&object), 2);
        drop(s);
        assert_eq!(Arc::strong_count(&object), 1);
        drop(object);
        assert!(find_magic_object(u64::MAX - 77).is_none());
    }
}
