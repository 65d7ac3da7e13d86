//! Small maps in the flatmap layout: `header(Map, 2 + n)`, a raw size word `n`, the keys tuple,
//! then the `n` values in key order (term words `2..` as `super::layout` prescribes for maps).
//! Only what stack traces need today: building a map with one key, and reading any flatmap.

use super::{Header, Subtag, Term};
use crate::heap::TermAlloc;

/// Most keys a flatmap holds (ERTS switches to a hash trie beyond).
pub const MAX_FLATMAP_KEYS: usize = 32;

/// A map of one key.
pub fn single_entry_map(heap: &mut (impl TermAlloc + ?Sized), key: Term, value: Term) -> Term {
    flatmap(heap, &[key], &[value])
}

/// A flatmap of `keys` (already sorted in term order, without duplicates) and their `values`.
pub fn flatmap(heap: &mut (impl TermAlloc + ?Sized), keys: &[Term], values: &[Term]) -> Term {
    debug_assert_eq!(keys.len(), values.len());
    let n = keys.len().min(values.len());
    let keys = heap.tuple(&keys[..n]);
    let words = heap.alloc_words(3 + n);
    words[0] = Header::new(Subtag::Map, 2 + n as u64).raw();
    words[1] = n as u64;
    words[2] = keys.raw();
    for (slot, v) in words[3..].iter_mut().zip(values) {
        *slot = v.raw();
    }
    // SAFETY: a map header, its raw size word, then the keys tuple and the values (all terms),
    // the flatmap layout of this module.
    unsafe { Term::boxed_ptr(words.as_ptr()) }
}

impl Term {
    /// Keys and values of a flatmap, or `None` if this is not one.
    ///
    /// Like [`Term::tuple_elements`], the slices must not be held across a garbage collection.
    pub fn flatmap_entries<'a>(self) -> Option<(&'a [Term], &'a [Term])> {
        if self.boxed_subtag() != Some(Subtag::Map) {
            return None;
        }
        let arity = self.boxed_header().arity() as usize;
        if arity < 2 {
            return None;
        }
        // SAFETY: a map object has `arity` words after its header; word 2 is a term (the keys
        // tuple) and words 3..=arity are the values (layout contract of this module).
        let keys = unsafe { Term::from_raw(*self.pointer().add(2)) };
        let keys = keys.tuple_elements()?;
        let n = arity - 2;
        if keys.len() != n {
            return None;
        }
        // SAFETY: as above; `Term` is `repr(transparent)` over `u64`.
        let values = unsafe { std::slice::from_raw_parts(self.pointer().add(3) as *const Term, n) };
        Some((keys, values))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;

    #[test]
    fn one_entry_map_reads_back() {
        let mut h = ScratchHeap::new();
        let m = single_entry_map(&mut h, Term::small(1), Term::NIL);
        let (k, v) = m.flatmap_entries().unwrap();
        assert_eq!((k, v), (&[Term::small(1)][..], &[Term::NIL][..]));
        assert!(Term::small(1).flatmap_entries().is_none());
    }
}
