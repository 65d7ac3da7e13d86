//! [`StoredTerm`] and [`StoredObject`]: a term copied flat into one allocation of its own,
//! outside every process heap, as ETS keeps its objects.
//!
//! A [`StoredTerm`] block is `[next, meta, info, term words...]`; a [`StoredObject`] block is
//! `[info, term words...]`, for owners that keep neither a link nor a word of their own in the
//! block (an ordered set's tree holds its objects by pointer):
//!
//! - `next`: an optional link to another stored term, owned by this one (ETS's hash chains
//!   thread their objects through it, so a chain costs no allocation of its own);
//! - `meta`: one word for the owner (ETS keeps a key's hash and a flag there);
//! - `info`: the block's length in words (bits 0..32), whether it holds refc binaries or magic
//!   references (bit 32), whether the term is an immediate (bit 33) or a list (bit 34), and
//!   the offset of the root object within the term words (bits 35..64).
//!
//! The term words are filled by [`crate::copy::copy_term_all`], so they hold the whole term,
//! literal parts included, and point only into the same block. A refc binary or magic reference
//! inside holds a count of its own, released when the block is freed: the block's objects are
//! walked then (only for blocks that have any), which works because every word of a heap area is
//! either a term (never tagged as a header) or belongs to an object that starts with a header
//! giving its size.

use std::alloc::{alloc_zeroed, dealloc, handle_alloc_error, Layout};
use std::ptr::NonNull;

use super::{release_refc_object, OffHeapList, TermAlloc};
use crate::copy::{copy_term_all, size_of_all};
use crate::term::layout::object_shape;
use crate::term::magic::is_magic_header;
use crate::term::{Header, Subtag, Term, TAG_BOXED, TAG_HEADER, TAG_LIST};

/// Words of a [`StoredTerm`] block's header (`next`, `meta`, `info`).
pub const STORED_HEADER_WORDS: usize = 3;

const NEXT: usize = 0;
const META: usize = 1;
const LEN_MASK: u64 = 0xffff_ffff;
const OFF_HEAP_BIT: u64 = 1 << 32;
const IMMEDIATE_BIT: u64 = 1 << 33;
const CONS_BIT: u64 = 1 << 34;
const ROOT_SHIFT: u32 = 35;

/// A term stored flat in one allocation of its own (see the module docs); `LINKED` blocks
/// also hold a link to another one and a word of the owner's data.
#[repr(transparent)]
pub struct Stored<const LINKED: bool>(NonNull<u64>);

/// A stored term with a link to another one and a word of the owner's data (three header
/// words).
pub type StoredTerm = Stored<true>;

/// A stored term with only the block's own header word.
pub type StoredObject = Stored<false>;

// SAFETY: a block is owned by exactly one `Stored` and moves with it; the counts its refc
// binaries and magic references hold are atomic.
unsafe impl<const L: bool> Send for Stored<L> {}
// SAFETY: shared access only reads the block (writes need `&mut Stored`).
unsafe impl<const L: bool> Sync for Stored<L> {}

/// Hands out the term words of a block being filled, front to back.
struct Filler {
    base: *mut u64,
    len: usize,
    used: usize,
    off_heap: OffHeapList,
}

impl TermAlloc for Filler {
    fn alloc_words(&mut self, words: usize) -> &mut [u64] {
        // The block was sized with `size_of_all`, which counts exactly what the copy allocates;
        // running past it would be a bug in that count.
        assert!(self.used + words <= self.len, "stored term block too small");
        // SAFETY: the range lies inside the block's zeroed term words, handed out once.
        let s = unsafe { std::slice::from_raw_parts_mut(self.base.add(self.used), words) };
        self.used += words;
        s
    }

    fn off_heap_list(&mut self) -> Option<&mut OffHeapList> {
        Some(&mut self.off_heap)
    }
}

fn layout(words: usize) -> Layout {
    match Layout::array::<u64>(words) {
        Ok(l) => l,
        Err(_) => handle_alloc_error(Layout::new::<u64>()),
    }
}

impl StoredTerm {
    /// A stored copy of `term` with `meta` as its owner word and no link.
    pub fn new(term: Term, meta: u64) -> StoredTerm {
        Stored::copy_of(term, meta)
    }

    /// A stored tuple of copies of `elements`.
    pub fn from_tuple(elements: &[Term], meta: u64) -> StoredTerm {
        Stored::tuple_of(elements, meta)
    }

    /// The owner's word.
    #[inline]
    pub fn meta(&self) -> u64 {
        self.word(META)
    }

    /// Sets the owner's word.
    #[inline]
    pub fn set_meta(&mut self, meta: u64) {
        // SAFETY: a header word of a block this value owns exclusively (`&mut self`).
        unsafe { *self.0.as_ptr().add(META) = meta }
    }

    /// The stored term this one links to.
    #[inline]
    pub fn next(&self) -> Option<&StoredTerm> {
        // SAFETY: the `next` word holds 0 or the pointer of a block this one owns, which
        // `Option<StoredTerm>` (a transparent non-null pointer) represents exactly.
        unsafe { (*(self.0.as_ptr().add(NEXT) as *const Option<StoredTerm>)).as_ref() }
    }

    /// The link to the next stored term, to change.
    #[inline]
    pub fn next_mut(&mut self) -> &mut Option<StoredTerm> {
        // SAFETY: as in `next`; `&mut self` makes the access exclusive.
        unsafe { &mut *(self.0.as_ptr().add(NEXT) as *mut Option<StoredTerm>) }
    }
}

impl StoredObject {
    /// Words of a block's header (`info`).
    pub const HEADER_WORDS: usize = 1;

    /// A stored copy of `term`.
    pub fn new(term: Term) -> StoredObject {
        Stored::copy_of(term, 0)
    }

    /// A stored tuple of copies of `elements`.
    pub fn from_tuple(elements: &[Term]) -> StoredObject {
        Stored::tuple_of(elements, 0)
    }
}

impl<const LINKED: bool> Stored<LINKED> {
    /// Words of the header: `next`, `meta` and `info` when linked, else `info` alone.
    const HEADER: usize = if LINKED { STORED_HEADER_WORDS } else { 1 };
    /// Index of the `info` word.
    const INFO: usize = Self::HEADER - 1;

    fn copy_of(term: Term, meta: u64) -> Self {
        if !term.is_pointer() {
            return Self::fill(1, meta, |f| {
                f.alloc_words(1)[0] = term.raw();
                term
            });
        }
        Self::fill(size_of_all(term), meta, |f| copy_term_all(term, f))
    }

    fn tuple_of(elements: &[Term], meta: u64) -> Self {
        let words = 1 + elements.len() + elements.iter().map(|&e| size_of_all(e)).sum::<usize>();
        Self::fill(words, meta, |f| {
            let tuple = f.alloc_words(1 + elements.len()).as_mut_ptr();
            // SAFETY: `tuple` is the first `1 + elements.len()` words just handed out; each
            // element word is written before the tuple is made a term.
            unsafe {
                *tuple = Header::new(Subtag::Tuple, elements.len() as u64).raw();
                for (i, &e) in elements.iter().enumerate() {
                    let c = copy_term_all(e, f);
                    *tuple.add(1 + i) = c.raw();
                }
                Term::boxed_ptr(tuple)
            }
        })
    }

    fn fill(words: usize, meta: u64, build: impl FnOnce(&mut Filler) -> Term) -> Self {
        let total = Self::HEADER + words;
        let layout = layout(total);
        // SAFETY: the layout has a non-zero size (at least the header).
        let raw = unsafe { alloc_zeroed(layout) } as *mut u64;
        let Some(base) = NonNull::new(raw) else {
            handle_alloc_error(layout)
        };
        let mut filler = Filler {
            // SAFETY: the term words follow the header inside the block.
            base: unsafe { raw.add(Self::HEADER) },
            len: words,
            used: 0,
            off_heap: OffHeapList::new(),
        };
        let root = build(&mut filler);
        let mut info = total as u64 & LEN_MASK;
        if root.is_pointer() {
            let off = (root.pointer() as usize - filler.base as usize) / 8;
            info |= (off as u64) << ROOT_SHIFT;
            if root.is_cons() {
                info |= CONS_BIT;
            }
        } else {
            info |= IMMEDIATE_BIT;
        }
        if !filler.off_heap.is_empty() {
            // The block owns the counts from now on; its walk at drop releases them.
            info |= OFF_HEAP_BIT;
            filler.off_heap.take();
        }
        // SAFETY: the header words are inside the block, which nothing else references yet.
        unsafe {
            if LINKED {
                *raw.add(NEXT) = 0;
                *raw.add(META) = meta;
            }
            *raw.add(Self::INFO) = info;
        }
        Stored(base)
    }

    fn word(&self, i: usize) -> u64 {
        // SAFETY: callers only read header words, which every block has.
        unsafe { *self.0.as_ptr().add(i) }
    }

    /// The term, valid while this block lives.
    #[inline]
    pub fn peek(&self) -> Term {
        let info = self.word(Self::INFO);
        // SAFETY: the block's term words start after the header.
        let area = unsafe { self.0.as_ptr().add(Self::HEADER) };
        if info & IMMEDIATE_BIT != 0 {
            // SAFETY: an immediate root is the one term word.
            return unsafe { Term::from_raw(*area) };
        }
        // SAFETY: the root offset was recorded from the copied root's own address.
        let root = unsafe { area.add((info >> ROOT_SHIFT) as usize) };
        // SAFETY: a cons root is a two-word cell, a boxed root a whole object, both in the
        // block; its words are what the copy wrote.
        unsafe {
            if info & CONS_BIT != 0 {
                Term::cons_ptr(root)
            } else {
                Term::boxed_ptr(root)
            }
        }
    }

    /// A copy of the term in `heap`, as [`crate::copy::copy_term`] makes. A block that holds no
    /// refc binaries or magic references is copied with one allocation and one block copy, and
    /// then its pointers are moved to the copy: every pointer of a block points into the block,
    /// and its words are walked as a heap area is (a header gives its object's size and which
    /// of its words are terms; any other word is a term of a list cell).
    pub fn copy_out(&self, heap: &mut impl TermAlloc) -> Term {
        let info = self.word(Self::INFO);
        if info & IMMEDIATE_BIT != 0 {
            return self.peek();
        }
        if info & OFF_HEAP_BIT != 0 {
            return crate::copy::copy_term(self.peek(), heap);
        }
        let n = self.term_words();
        // SAFETY: the term words follow the header inside the block.
        let src = unsafe { self.0.as_ptr().add(Self::HEADER) } as *const u64;
        let words = heap.alloc_words(n);
        // SAFETY: the block has `n` term words, all initialised (the block is zeroed when
        // allocated, then filled), and `words` is fresh memory of the process, not the block.
        words.copy_from_slice(unsafe { std::slice::from_raw_parts(src, n) });
        let delta = (words.as_ptr() as u64).wrapping_sub(src as u64);
        let relocate = |w: &mut u64| {
            if matches!(*w & 0b11, TAG_LIST | TAG_BOXED) {
                // A pointer into the block (the address is a multiple of 8, so the tag and
                // mark bits stay): the same place in the copy.
                *w = w.wrapping_add(delta);
            }
        };
        let mut i = 0;
        while i < n {
            let w = words[i];
            if w & 0b11 == TAG_HEADER {
                let shape = object_shape(Header::from_raw(w));
                for j in shape.terms.clone() {
                    if let Some(t) = words.get_mut(i + j) {
                        relocate(t);
                    }
                }
                i += shape.words.max(1);
            } else {
                relocate(&mut words[i]);
                i += 1;
            }
        }
        let off = ((info >> ROOT_SHIFT) as usize).min(n.saturating_sub(1));
        let root = words[off..].as_mut_ptr();
        // SAFETY: the root's offset was recorded from the block's own root, so the copy's root
        // is at the same offset, a list cell or a whole object whose pointers were all moved
        // into the copy above.
        unsafe {
            if info & CONS_BIT != 0 {
                Term::cons_ptr(root)
            } else {
                Term::boxed_ptr(root)
            }
        }
    }

    /// Asks the processor to start loading the block's header and first term words into the
    /// cache, ahead of a walk that will read them (a hint only; nothing where unsupported).
    #[inline(always)]
    pub fn prefetch(&self) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: a prefetch reads nothing architecturally, never faults and changes no memory;
        // the addresses are this live block's first two cache lines (or just past a short block,
        // which a prefetch may name as well).
        unsafe {
            use core::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let p = self.0.as_ptr() as *const i8;
            _mm_prefetch::<_MM_HINT_T0>(p);
            _mm_prefetch::<_MM_HINT_T0>(p.wrapping_add(64));
        }
    }

    /// Words of the whole block, header included.
    #[inline]
    pub fn words(&self) -> usize {
        (self.word(Self::INFO) & LEN_MASK) as usize
    }

    /// Words of the term copy (the block without its header).
    #[inline]
    pub fn term_words(&self) -> usize {
        self.words() - Self::HEADER
    }

    /// Replaces element `i` (0-based) of the stored tuple with `value` in place, when both
    /// the old element and `value` are immediates (so the block's shape is unchanged); whether
    /// it did.
    pub fn set_immediate_element(&mut self, i: usize, value: Term) -> bool {
        if value.is_pointer() {
            return false;
        }
        let root = self.peek();
        let Some(es) = root.tuple_elements() else {
            return false;
        };
        if i >= es.len() || es[i].is_pointer() {
            return false;
        }
        // SAFETY: the tuple is in this block, owned exclusively (`&mut self`); element `i`
        // exists and held an immediate, so no other word of the block refers to anything
        // this write removes.
        unsafe { *root.pointer().add(1 + i) = value.raw() };
        true
    }

    /// Releases the counts held by the refc binaries and magic references of the block.
    fn release_off_heap(&mut self) {
        let len = self.words();
        let base = self.0.as_ptr();
        let mut i = Self::HEADER;
        while i < len {
            // SAFETY: `i` is inside the block's term words.
            let w = unsafe { *base.add(i) };
            if w & 0b11 != TAG_HEADER {
                i += 1;
                continue;
            }
            let header = Header::from_raw(w);
            if header.subtag() == Some(Subtag::RefcBinary) || is_magic_header(header) {
                // SAFETY: a refc binary or magic reference copied into this block, owning one
                // count that nothing released yet; the block is freed right after.
                unsafe { release_refc_object(base.add(i)) };
            }
            i += object_shape(header).words;
        }
    }
}

impl<const LINKED: bool> Drop for Stored<LINKED> {
    fn drop(&mut self) {
        if LINKED {
            // Unlink the chain first, one block at a time, so a long chain never recurses.
            // SAFETY: a linked block's `next` word holds 0 or the pointer of a block it owns
            // (as in `StoredTerm::next_mut`); `&mut self` makes the access exclusive.
            let link = unsafe { &mut *(self.0.as_ptr().add(NEXT) as *mut Option<StoredTerm>) };
            let mut next = link.take();
            while let Some(mut n) = next {
                next = n.next_mut().take();
            }
        }
        if self.word(Self::INFO) & OFF_HEAP_BIT != 0 {
            self.release_off_heap();
        }
        let layout = layout(self.words());
        // SAFETY: the block was allocated in `fill` with this layout and is freed once.
        unsafe { dealloc(self.0.as_ptr() as *mut u8, layout) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;

    #[test]
    fn copies_tuples_lists_and_immediates() {
        let mut h = ScratchHeap::new();
        let inner = h.tuple(&[Term::small(1), Term::NIL]);
        let list = h.list(&[Term::small(3), inner]);
        let t = h.tuple(&[Term::small(7), list, inner]);
        let s = StoredTerm::new(t, 42);
        assert!(crate::ops::compare::exact_equal(s.peek(), t));
        assert_eq!(s.words(), STORED_HEADER_WORDS + size_of_all(t));
        assert_eq!(s.meta(), 42);
        let l = StoredTerm::new(list, 0);
        assert!(crate::ops::compare::exact_equal(l.peek(), list));
        let i = StoredTerm::new(Term::small(5), 0);
        assert_eq!(i.peek(), Term::small(5));
        let u = StoredTerm::from_tuple(&[Term::small(7), list, inner], 0);
        assert!(crate::ops::compare::exact_equal(u.peek(), t));
    }

    #[test]
    fn copies_out_whole_blocks_with_moved_pointers() {
        let mut h = ScratchHeap::new();
        let f = h.float(2.5);
        let big = h.integer_u64(u64::MAX);
        let bin = h.heap_binary(b"v");
        let inner = h.tuple(&[Term::small(1), bin, big]);
        let list = h.list_with_tail(&[inner, f, Term::NIL], Term::small(4));
        let t = h.tuple(&[Term::small(7), list, inner, f]);
        let mut out = ScratchHeap::new();
        for term in [bin, big, f, inner, list, t, Term::small(5)] {
            let o = StoredObject::new(term);
            let c = o.copy_out(&mut out);
            assert!(crate::ops::compare::exact_equal(c, term));
            let s = StoredTerm::new(term, 0);
            let c = s.copy_out(&mut out);
            assert!(crate::ops::compare::exact_equal(c, term));
        }
        // A copy lives on after its block.
        let o = StoredObject::new(t);
        let c = o.copy_out(&mut out);
        drop(o);
        assert!(crate::ops::compare::exact_equal(c, t));
        // A block with a refc binary is copied term by term, with a count of its own.
        let refc = h.binary(&[1u8; 200]);
        let r = h.tuple(&[Term::small(1), refc]);
        let o = StoredObject::new(r);
        let c = o.copy_out(&mut out);
        drop(o);
        assert!(crate::ops::compare::exact_equal(c, r));
    }

    #[test]
    fn chains_link_and_drop_without_recursion() {
        let mut head: Option<StoredTerm> = None;
        for i in 0..200_000 {
            let mut s = StoredTerm::new(Term::small(i), i as u64);
            *s.next_mut() = head.take();
            head = Some(s);
        }
        let mut n = 0;
        let mut cur = head.as_ref();
        while let Some(s) = cur {
            n += 1;
            cur = s.next();
        }
        assert_eq!(n, 200_000);
        drop(head);
    }

    #[test]
    fn objects_have_one_header_word() {
        let mut h = ScratchHeap::new();
        let bin = h.tuple(&[Term::small(2), Term::NIL]);
        let t = h.tuple(&[Term::small(1), bin, Term::small(0)]);
        let o = StoredObject::new(t);
        assert!(crate::ops::compare::exact_equal(o.peek(), t));
        assert_eq!(o.words(), StoredObject::HEADER_WORDS + size_of_all(t));
        assert_eq!(o.term_words(), size_of_all(t));
        let u = StoredObject::from_tuple(&[Term::small(1), bin, Term::small(0)]);
        assert!(crate::ops::compare::exact_equal(u.peek(), t));
        let mut i = StoredObject::new(Term::small(5));
        assert_eq!(i.peek(), Term::small(5));
        assert!(!i.set_immediate_element(0, Term::small(1)));
        let mut v = StoredObject::new(t);
        assert!(v.set_immediate_element(2, Term::small(9)));
        assert_eq!(v.peek().tuple_element(2), Term::small(9));
    }

    #[test]
    fn immediate_elements_change_in_place() {
        let mut h = ScratchHeap::new();
        let t = h.tuple(&[Term::small(1), Term::small(2)]);
        let mut s = StoredTerm::new(t, 0);
        assert!(s.set_immediate_element(1, Term::small(9)));
        assert_eq!(s.peek().tuple_element(1), Term::small(9));
        let f = h.float(1.5);
        assert!(!s.set_immediate_element(1, f));
        assert!(!s.set_immediate_element(2, Term::small(0)));
    }
}
