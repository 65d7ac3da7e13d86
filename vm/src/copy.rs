//! Deep copying of terms between memories: [`size_of`] and [`copy_term`], used to send messages
//! (into a [`crate::heap::HeapFragment`]), to pass spawn arguments, and to store terms outside
//! process heaps (timers, ETS, persistent terms, port data).
//!
//! The copy is unaware of sharing, as ERTS's `copy_struct`: a subterm referenced twice is copied
//! twice. Literal parts are copied too (ERTS references them instead): a pointer into a module's
//! literal area therefore never leaves the process whose code made it, which is what lets the
//! area be freed once every process has taken its own literals over (`docs/code-loading.md`).
//! Refc binaries are shared: the copy is a new refc object over the
//! same storage, whose count goes up by one; magic references share their object the same way. Both walks use an explicit work stack, visiting the
//! head of a list cell before its tail, so a list of any length needs only constant work-stack
//! space and nesting depth is limited by memory only.

use std::sync::Arc;

use crate::heap::TermAlloc;
use crate::term::binary::{refc, BinaryStorage, REFC_BINARY_WORDS};
use crate::term::layout::object_shape;
use crate::term::magic::{is_magic_header, retain_magic_object, MAGIC_REF_WORDS};
use crate::term::{Subtag, Term};

/// A stack that holds its first items inline, so that copying or sizing a small term (an ETS
/// object, a message) allocates no work stack.
struct Stack<T: Copy> {
    inline: [Option<T>; 16],
    len: usize,
    spill: Vec<T>,
}

impl<T: Copy> Stack<T> {
    #[inline(always)]
    fn new() -> Stack<T> {
        Stack {
            inline: [None; 16],
            len: 0,
            spill: Vec::new(),
        }
    }

    #[inline(always)]
    fn push(&mut self, item: T) {
        if self.len < self.inline.len() {
            self.inline[self.len] = Some(item);
            self.len += 1;
        } else {
            self.spill.push(item);
        }
    }

    #[inline(always)]
    fn pop(&mut self) -> Option<T> {
        if let Some(item) = self.spill.pop() {
            return Some(item);
        }
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        self.inline[self.len].take()
    }
}

/// Whether copying `t` means copying memory: a pointer, and not a literal unless `ALL`.
#[inline(always)]
fn needs_copy<const ALL: bool>(t: Term) -> bool {
    t.is_pointer() && (ALL || !t.is_literal())
}

/// Words that [`copy_term`] allocates to copy `term` into memory that tracks refc binaries
/// (process heaps, heap fragments, literal areas, scratch heaps): its whole flat size, literal
/// parts included.
pub fn size_of(term: Term) -> usize {
    size_with::<true>(term)
}

/// The same as [`size_of`]: a term's whole flat size, literal parts included (the name ETS
/// uses for an object's memory).
pub fn size_of_all(term: Term) -> usize {
    size_with::<true>(term)
}

/// The same as [`copy_term`]: literal parts are copied too, so the copy points into no literal
/// area (the name ETS uses: its objects outlive the module versions they came from).
pub fn copy_term_all(term: Term, dest: &mut impl TermAlloc) -> Term {
    copy_with::<true>(term, dest)
}

/// Copies `term` into the heap of the process it belongs to, leaving its literal parts in
/// place (`erts_debug:copy_shared/1,2`): a process may hold pointers into literal areas, and
/// the copy is no more than what the process held already.
pub fn copy_term_in_process(term: Term, dest: &mut impl TermAlloc) -> Term {
    copy_with::<false>(term, dest)
}

fn size_with<const ALL: bool>(term: Term) -> usize {
    let mut total = 0;
    let mut work = Stack::new();
    let mut next = needs_copy::<ALL>(term).then_some(term);
    while let Some(t) = next.or_else(|| work.pop()) {
        next = None;
        if t.is_cons() {
            total += 2;
            let (head, tail) = (t.head(), t.tail());
            if needs_copy::<ALL>(tail) {
                work.push(tail);
            }
            if needs_copy::<ALL>(head) {
                next = Some(head);
            }
            continue;
        }
        let header = t.boxed_header();
        if header.subtag() == Some(Subtag::RefcBinary) {
            total += REFC_BINARY_WORDS;
            continue;
        }
        let shape = object_shape(header);
        total += shape.words;
        for i in shape.terms.rev() {
            // SAFETY: word `i` of the object is a term (object shape contract) inside it.
            let e = unsafe { Term::from_raw(*t.pointer().add(i)) };
            if needs_copy::<ALL>(e) {
                work.push(e);
            }
        }
    }
    total
}

/// Words of a fun object before its environment in ERTS 25's layout.
const ERTS_FUN_WORDS: usize = 5;
/// Words of a local fun object before its environment here.
const GIRDER_FUN_WORDS: usize = 4;

/// Words of `term` as `erts_debug:flat_size/1` counts them: every object, literals included,
/// a subterm reached twice counted twice (`shared` false); or as `erts_debug:size_shared/1`
/// counts them (`shared` true): each object once, and nothing of a module's literals (they
/// live in no process's memory).
pub fn flat_size(term: Term, shared: bool) -> usize {
    let mut total = 0;
    let mut work = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut next = term.is_pointer().then_some(term);
    while let Some(t) = next.or_else(|| work.pop()) {
        next = None;
        if shared && (t.is_literal() || !seen.insert(t.raw())) {
            continue;
        }
        if t.is_cons() {
            total += 2;
            let (head, tail) = (t.head(), t.tail());
            if tail.is_pointer() {
                work.push(tail);
            }
            if head.is_pointer() {
                next = Some(head);
            }
            continue;
        }
        let header = t.boxed_header();
        if header.subtag() == Some(Subtag::RefcBinary) {
            total += REFC_BINARY_WORDS;
            continue;
        }
        if t.tuple_elements().is_some_and(|e| e.is_empty()) {
            // erl keeps one empty tuple for the whole system.
            continue;
        }
        if t.is_export() {
            // ERTS 25 keeps an export fun in its export entry, five words that no process
            // owns: counted by flat_size, not by size_shared.
            total += if shared { 0 } else { ERTS_FUN_WORDS };
            continue;
        }
        let shape = object_shape(header);
        total += shape.words;
        if t.is_local_fun() {
            // ERTS's fun object has one word more before its environment than girder's.
            total += ERTS_FUN_WORDS - GIRDER_FUN_WORDS;
        }
        if crate::map::object_kind(t) == Some(crate::map::MapObject::TrieNode) {
            // ERTS keeps an inner node's bitmap in its header: one word less than here.
            total -= 1;
        }
        for i in shape.terms.rev() {
            // SAFETY: word `i` of the object is a term (object shape contract) inside it.
            let e = unsafe { Term::from_raw(*t.pointer().add(i)) };
            if e.is_pointer() {
                work.push(e);
            }
        }
    }
    total
}

/// Copies `term` into `dest` and returns the copy (see the module docs for what is shared);
/// literal parts are copied too.
pub fn copy_term(term: Term, dest: &mut impl TermAlloc) -> Term {
    copy_with::<true>(term, dest)
}

fn copy_with<const ALL: bool>(term: Term, dest: &mut impl TermAlloc) -> Term {
    if !needs_copy::<ALL>(term) {
        return term;
    }
    let mut root = Term::NIL.raw();
    // Each work item is a word of already-copied memory that must receive the copy of a term.
    // The first item is kept apart, so that copying a flat object allocates no work stack.
    let mut work: Stack<(*mut u64, Term)> = Stack::new();
    let mut first = Some((&mut root as *mut u64, term));
    while let Some((mut slot, mut src)) = first.take().or_else(|| work.pop()) {
        loop {
            debug_assert!(needs_copy::<ALL>(src));
            if src.is_cons() {
                let (head, tail) = (src.head(), src.tail());
                let cell = dest.alloc_words(2);
                cell[0] = head.raw();
                cell[1] = tail.raw();
                let cell = cell.as_mut_ptr();
                // SAFETY: `slot` is a word of memory copied earlier (or `root`), which stays at
                // its address while we copy (no collection runs); `cell` holds two terms.
                unsafe { *slot = Term::cons_ptr(cell).raw() };
                if needs_copy::<ALL>(tail) {
                    // SAFETY: word 1 of the two-word cell.
                    work.push((unsafe { cell.add(1) }, tail));
                }
                if needs_copy::<ALL>(head) {
                    slot = cell;
                    src = head;
                    continue;
                }
                break;
            }
            let header = src.boxed_header();
            let shape = object_shape(header);
            let from = src.pointer();
            if header.subtag() == Some(Subtag::RefcBinary) {
                let copy = copy_refc_binary(from, dest);
                // SAFETY: as above.
                unsafe { *slot = copy.raw() };
                break;
            }
            if is_magic_header(header) {
                let copy = copy_magic_ref(src, from, dest);
                // SAFETY: as above.
                unsafe { *slot = copy.raw() };
                break;
            }
            let words = dest.alloc_words(shape.words);
            // SAFETY: the source object has `shape.words` initialised words.
            words.copy_from_slice(unsafe { std::slice::from_raw_parts(from, shape.words) });
            let object = words.as_mut_ptr();
            for i in shape.terms.clone().rev() {
                // SAFETY: word `i` is inside the copy, and is a term (shape contract).
                let e = unsafe { Term::from_raw(*object.add(i)) };
                if needs_copy::<ALL>(e) {
                    // SAFETY: as above.
                    work.push((unsafe { object.add(i) }, e));
                }
            }
            // SAFETY: the copy is a well-formed object whose pointer words are patched below
            // before anyone reads them; `slot` is valid as above.
            unsafe { *slot = Term::boxed_ptr(object).raw() };
            break;
        }
    }
    // SAFETY: `root` now holds the copy of `term`, a well-formed term in `dest`.
    unsafe { Term::from_raw(root) }
}

/// Copies the magic reference `src` (object at `from`) into `dest`, sharing its object; a plain
/// local reference where `dest` keeps no off-heap list.
fn copy_magic_ref(src: Term, from: *const u64, dest: &mut impl TermAlloc) -> Term {
    if dest.off_heap_list().is_none() {
        return dest.local_ref(src.local_ref_id().unwrap_or(0), 0);
    }
    let words = dest.alloc_words(MAGIC_REF_WORDS);
    // SAFETY: the source object has MAGIC_REF_WORDS initialised words; the copy owns a new
    // count on the shared object.
    unsafe {
        words.copy_from_slice(std::slice::from_raw_parts(from, MAGIC_REF_WORDS));
        retain_magic_object(from);
    }
    let object = words.as_mut_ptr();
    if let Some(list) = dest.off_heap_list() {
        // SAFETY: a complete magic reference owning one count, listed nowhere else.
        unsafe { list.push(object) };
    }
    // SAFETY: a complete magic reference object.
    unsafe { Term::boxed_ptr(object) }
}

/// Copies the refc binary object at `from` into `dest`, sharing its storage.
fn copy_refc_binary(from: *const u64, dest: &mut impl TermAlloc) -> Term {
    // SAFETY: `from` is a live refc binary object (layout in `term::binary`).
    let (size, storage, bytes) = unsafe {
        (
            *from.add(refc::SIZE) as usize,
            *from.add(refc::STORAGE) as *const BinaryStorage,
            *from.add(refc::BYTES) as *const u8,
        )
    };
    if dest.off_heap_list().is_none() {
        // SAFETY: the object keeps `size` bytes at `bytes` alive.
        let data = unsafe { std::slice::from_raw_parts(bytes, size) };
        return dest.heap_binary(data);
    }
    let words = dest.alloc_words(REFC_BINARY_WORDS);
    // SAFETY: the source object has REFC_BINARY_WORDS initialised words.
    words.copy_from_slice(unsafe { std::slice::from_raw_parts(from, REFC_BINARY_WORDS) });
    words[refc::FLAGS] = 0;
    let object = words.as_mut_ptr();
    // SAFETY: the source object owns a count on `storage`, so it is alive; the copy takes a
    // count of its own and is listed in the destination's off-heap list exactly once.
    unsafe {
        Arc::increment_strong_count(storage);
        dest.off_heap_list()
            .expect("checked above that the destination tracks binaries")
            .push(object);
        Term::boxed_ptr(object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{HeapFragment, ProcessHeap, ScratchHeap};
    use crate::literal::LiteralAreaBuilder;
    use crate::term::binary::BinaryStorage;

    #[test]
    fn size_matches_the_words_copy_allocates() {
        let mut src = ScratchHeap::new();
        let storage = BinaryStorage::new(vec![3u8; 500]);
        let refc = src.refc_binary(storage.clone());
        let sub = src.sub_binary(refc, 2, 1, 33);
        let f = src.fun(0xdead_bee0, 2, Term::local_pid(5), &[refc, Term::small(1)]);
        let e = src.export_fun(0x1230);
        let big = src.integer(i64::MIN);
        let fl = src.float(0.25);
        let s = src.charlist("héllo");
        let t = src.tuple(&[refc, sub, f, e, big, fl, s, Term::NIL]);
        let shared = src.list(&[t, t]);
        let size = size_of(shared);
        let mut frag = HeapFragment::with_capacity(size);
        let copy = copy_term(shared, &mut frag);
        assert_eq!(frag.used_words(), size);
        assert_eq!(
            frag.capacity_words(),
            size,
            "the fragment did not need to grow"
        );
        // Sharing is not preserved: the tuple was copied twice; its refc binary is referenced by
        // the tuple and by the sub-binary and the fun (3 objects per copy of the tuple).
        let (a, rest) = copy.as_cons().unwrap();
        let b = rest.head();
        assert_ne!(a, b);
        assert_eq!(frag.off_heap().len(), 2 * 3);
        assert_eq!(Arc::strong_count(&storage), 1 + 1 + 6);
        let ea = a.tuple_elements().unwrap();
        assert_eq!(
            ea[1].as_bitstring(),
            t.tuple_elements().unwrap()[1].as_bitstring()
        );
        assert_eq!(ea[2].fun_code_ref(), Some(0xdead_bee0));
        assert_eq!(ea[2].fun_arity(), Some(2));
        assert_eq!(ea[2].fun_creator(), Some(Term::local_pid(5)));
        assert_eq!(ea[2].fun_env().unwrap()[1], Term::small(1));
        assert_eq!(ea[3].fun_code_ref(), Some(0x1230));
        assert_eq!(ea[4].bignum_digits(), Some((true, &[1u64 << 63][..])));
        drop(frag);
        assert_eq!(Arc::strong_count(&storage), 1 + 1);
    }

    #[test]
    fn size_of_a_large_map_is_what_its_copy_allocates() {
        // Large maps are tries: their inner nodes must be counted at their size here (the
        // ERTS-layout sizes `erts_debug:flat_size/1` reports are another matter).
        let mut src = ScratchHeap::new();
        let pairs: Vec<(Term, Term)> = (0..5000)
            .map(|i| (Term::small(i), Term::small(i * 2)))
            .collect();
        let map =
            crate::map::map_from_pairs(&mut src, &pairs, crate::map::Duplicates::LastWins).unwrap();
        for size in [size_of(map), size_of_all(map)] {
            let mut frag = HeapFragment::with_capacity(size);
            copy_term(map, &mut frag);
            assert_eq!(frag.used_words(), size);
            assert_eq!(
                frag.capacity_words(),
                size,
                "the fragment did not need to grow"
            );
        }
    }

    #[test]
    fn immediates_are_not_copied_and_literals_are() {
        let mut lits = LiteralAreaBuilder::new();
        let l = lits.list(&[Term::small(1)]);
        let lit = lits.finish_term(l);
        let area = lits.finish();
        let mut heap = ProcessHeap::new();
        assert_eq!(size_of(lit), 2);
        let copy = copy_term(lit, &mut heap);
        assert!(!copy.is_literal() && !area.contains_term(copy));
        assert_eq!(copy.head(), Term::small(1));
        assert_eq!(copy_term(Term::small(3), &mut heap), Term::small(3));
        let t = heap.tuple(&[lit, lit]);
        assert_eq!(size_of(t), 3 + 2 + 2);
        let mut frag = HeapFragment::with_capacity(0);
        let c = copy_term(t, &mut frag);
        let es = c.tuple_elements().unwrap();
        assert!(es
            .iter()
            .all(|e| !e.is_literal() && !area.contains_term(*e)));
        assert!(es.iter().all(|e| e.head() == Term::small(1)));
    }

    #[test]
    fn a_million_element_list_copies_without_recursion() {
        let mut src = ScratchHeap::new();
        let mut l = Term::NIL;
        for i in 0..1_000_000 {
            let e = src.tuple(&[Term::small(i)]);
            l = src.cons(e, l);
        }
        assert_eq!(size_of(l), 4_000_000);
        let mut frag = HeapFragment::with_capacity(0);
        let mut c = copy_term(l, &mut frag);
        for i in (0..1_000_000).rev() {
            assert_eq!(c.head().tuple_elements(), Some(&[Term::small(i)][..]));
            c = c.tail();
        }
        assert!(c.is_nil());
    }

    #[test]
    fn memory_without_an_off_heap_list_gets_heap_binaries() {
        struct Plain(Vec<Box<[u64]>>);
        impl TermAlloc for Plain {
            fn alloc_words(&mut self, words: usize) -> &mut [u64] {
                self.0.push(vec![0; words].into_boxed_slice());
                self.0.last_mut().unwrap()
            }
        }
        let mut plain = Plain(Vec::new());
        let b = plain.binary(&[1u8; 100]);
        assert_eq!(b.boxed_subtag(), Some(Subtag::HeapBinary));
        let mut src = ScratchHeap::new();
        let r = src.binary(&[2u8; 100]);
        assert_eq!(r.boxed_subtag(), Some(Subtag::RefcBinary));
        let c = copy_term(r, &mut plain);
        assert_eq!(c.boxed_subtag(), Some(Subtag::HeapBinary));
        assert_eq!(c.binary_bytes(), Some(&[2u8; 100][..]));
    }
}
