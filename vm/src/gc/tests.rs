//! Collector tests: big structures, many collections with varied root sets, and every reachable
//! term checked (structure and values) after each collection.

use std::sync::Arc;

use super::{NoRoots, RootSet};
use crate::copy::{copy_term, size_of};
use crate::heap::{HeapFragment, ProcessHeap, TermAlloc};
use crate::literal::LiteralAreaBuilder;
use crate::term::binary::BinaryStorage;
use crate::term::layout::object_shape;
use crate::term::Term;

/// A description of a term that does not depend on where it lives: a token stream from a
/// depth-first walk (explicit stack). Literal pointers are recorded by address, since they must
/// never move.
fn fingerprint(t: Term) -> Vec<u64> {
    fingerprint_with(t, false)
}

/// As [`fingerprint`], but describing literals by content, like any other term.
fn content_fingerprint(t: Term) -> Vec<u64> {
    fingerprint_with(t, true)
}

fn fingerprint_with(t: Term, through_literals: bool) -> Vec<u64> {
    let mut out = Vec::new();
    let mut work = vec![t];
    while let Some(t) = work.pop() {
        if t.is_literal() && !through_literals {
            out.extend([0x1111, t.raw()]);
        } else if t.is_cons() {
            out.push(0x2222);
            work.push(t.tail());
            work.push(t.head());
        } else if let Some(bits) = t.as_bitstring() {
            out.extend([0x3333, bits.bit_len() as u64]);
            out.extend(bits.to_vec().into_iter().map(u64::from));
        } else if t.is_boxed() {
            let header = t.boxed_header();
            out.push(header.raw());
            let shape = object_shape(header);
            for i in 1..shape.words {
                // SAFETY: word `i` of the object.
                let word = unsafe { *t.pointer().add(i) };
                if shape.terms.contains(&i) {
                    // SAFETY: a term word (shape contract).
                    work.push(unsafe { Term::from_raw(word) });
                } else {
                    out.push(word);
                }
            }
        } else {
            out.push(t.raw());
        }
    }
    out
}

/// A list of the integers `0..n` built on `heap`, collecting whenever the heap is full.
fn build_int_list(heap: &mut ProcessHeap, n: i64, roots: &mut Vec<Term>) -> Term {
    roots.push(Term::NIL);
    let slot = roots.len() - 1;
    for i in (0..n).rev() {
        if !heap.has_room(2) {
            heap.garbage_collect(2, roots);
        }
        let tail = roots[slot];
        roots[slot] = heap.cons(Term::small(i), tail);
    }
    roots.remove(slot)
}

fn check_int_list(mut l: Term, n: i64) {
    for i in 0..n {
        let (h, t) = l.as_cons().expect("list too short");
        assert_eq!(h, Term::small(i));
        l = t;
    }
    assert!(l.is_nil());
}

#[test]
fn survives_minor_and_major_collections_with_values_intact() {
    let mut heap = ProcessHeap::new();
    let mut roots = Vec::new();
    let list = heap.list(&[Term::small(1), Term::small(2), Term::small(3)]);
    let f = heap.float(1.5);
    let big = heap.integer(i64::MAX);
    let bin = heap.binary(b"hello");
    let tuple = heap.tuple(&[list, f, big, bin, Term::NIL]);
    roots.push(tuple);
    let expected = fingerprint(tuple);
    for round in 0..20 {
        if round == 10 {
            heap.set_fullsweep_after(0);
        }
        heap.garbage_collect(0, &mut roots);
        heap.verify();
        assert_eq!(fingerprint(roots[0]), expected, "after collection {round}");
    }
    assert_eq!(heap.gc_count(), 20);
}

#[test]
fn ten_million_element_list_survives_minor_and_major_collections() {
    const N: i64 = 10_000_000;
    let mut heap = ProcessHeap::new();
    let mut roots = Vec::new();
    let list = build_int_list(&mut heap, N, &mut roots);
    roots.push(list);
    heap.garbage_collect(0, &mut roots);
    heap.garbage_collect(0, &mut roots);
    assert!(heap.old_heap_used() > 0, "two collections promote the list");
    check_int_list(roots[0], N);
    heap.set_fullsweep_after(0);
    heap.garbage_collect(0, &mut roots);
    assert_eq!(heap.old_heap_size(), 0, "a full sweep frees the old heap");
    check_int_list(roots[0], N);
    heap.verify();
    assert!(heap.heap_used() >= 2 * N as usize);
    // Dropping the only root frees it all.
    roots.clear();
    heap.garbage_collect(0, &mut roots);
    assert_eq!(heap.heap_used(), 0);
    assert!(
        heap.heap_size() < 1000,
        "heap shrank to {}",
        heap.heap_size()
    );
}

#[test]
fn deeply_nested_tuples_survive() {
    const DEPTH: usize = 1_000_000;
    let mut heap = ProcessHeap::new();
    let mut roots = vec![Term::NIL];
    for i in 0..DEPTH {
        if !heap.has_room(3) {
            heap.garbage_collect(3, &mut roots);
        }
        let inner = roots[0];
        roots[0] = heap.tuple(&[Term::small(i as i64), inner]);
    }
    for _ in 0..3 {
        heap.garbage_collect(0, &mut roots);
    }
    heap.verify();
    let mut t = roots[0];
    for i in (0..DEPTH).rev() {
        let e = t.tuple_elements().expect("a tuple");
        assert_eq!(e[0], Term::small(i as i64));
        t = e[1];
    }
    assert!(t.is_nil());
    // Copying and sizing the nested tuple do not recurse either.
    assert_eq!(size_of(roots[0]), DEPTH * 3);
    let mut frag = HeapFragment::with_capacity(size_of(roots[0]));
    let copy = copy_term(roots[0], &mut frag);
    assert_eq!(frag.used_words(), DEPTH * 3);
    assert_eq!(fingerprint(copy), fingerprint(roots[0]));
}

#[test]
fn bignums_floats_binaries_and_literals_survive_untouched() {
    let mut lits = LiteralAreaBuilder::new();
    let lit_inner = lits.list(&[Term::small(7), Term::small(8)]);
    let lit_bin = lits.binary(&[9u8; 200]);
    let lit_tuple = lits.tuple(&[lit_inner, lit_bin]);
    let lit = lits.finish_term(lit_tuple);
    let area = lits.finish();
    assert!(lit.is_literal() && area.contains_term(lit));

    let mut heap = ProcessHeap::new();
    let big = heap.big_integer(&num_bigint::BigInt::from(3u8).pow(200));
    let neg = heap.integer(i64::MIN);
    let f = heap.float(-2.25);
    let small_bin = heap.binary(&[1, 2, 3]);
    let big_bin = heap.binary(&(0..=255).collect::<Vec<u8>>());
    let bits = heap.bitstring(&[0xAB, 0xCD], 13);
    let sub = heap.sub_binary(big_bin, 10, 3, 20);
    let lit_sub = heap.sub_binary(lit_bin_of(lit), 1, 0, 16);
    let all = heap.list(&[big, neg, f, small_bin, big_bin, bits, sub, lit, lit_sub]);
    let mut roots = vec![all, lit];
    let expected = fingerprint(all);
    for round in 0..10 {
        if round == 5 {
            heap.set_fullsweep_after(0);
        }
        heap.garbage_collect(0, &mut roots);
        heap.verify();
        assert_eq!(fingerprint(roots[0]), expected);
        assert_eq!(roots[1], lit, "a literal root never moves");
    }
    let elements: Vec<Term> = {
        let mut v = Vec::new();
        let mut l = roots[0];
        while let Some((h, t)) = l.as_cons() {
            v.push(h);
            l = t;
        }
        v
    };
    assert_eq!(elements[7], lit);
    assert_eq!(elements[2].as_float(), Some(-2.25));
    assert_eq!(elements[5].as_bitstring().unwrap().bit_len(), 13);
    assert_eq!(
        elements[6].as_bitstring().unwrap().to_vec(),
        crate::term::binary::BitSlice::new(&(10..20).collect::<Vec<u8>>(), 3, 20)
            .unwrap()
            .to_vec()
    );
    assert_eq!(elements[8].binary_bytes(), Some(&[9u8, 9][..]));
    drop(area);
}

/// The binary inside the literal tuple built by the test above.
fn lit_bin_of(lit: Term) -> Term {
    lit.tuple_elements().unwrap()[1]
}

#[test]
fn promotion_then_fullsweep() {
    // Big enough to build the list without collecting.
    let mut heap = ProcessHeap::with_min_size(4000);
    heap.set_fullsweep_after(3);
    let mut roots = Vec::new();
    let l = build_int_list(&mut heap, 1000, &mut roots);
    roots.push(l);
    heap.garbage_collect(0, &mut roots);
    assert_eq!(
        heap.old_heap_used(),
        0,
        "first collection only ages the data"
    );
    heap.garbage_collect(0, &mut roots);
    assert_eq!(heap.old_heap_used(), 2000, "second collection promotes it");
    assert_eq!(heap.heap_used(), 0);
    check_int_list(roots[0], 1000);
    // New data on top of promoted data.
    let young = heap.tuple(&[roots[0], Term::small(5)]);
    roots.push(young);
    heap.garbage_collect(0, &mut roots);
    // The first collection was a full sweep (no old heap and nothing to promote, as ERTS).
    assert_eq!(heap.minor_gcs(), 2);
    heap.verify();
    heap.garbage_collect(0, &mut roots);
    assert_eq!(heap.minor_gcs(), 3);
    assert_eq!(heap.old_heap_used(), 2003);
    // With fullsweep_after = 3, the next collection is a full sweep: everything back in one
    // young block.
    heap.garbage_collect(0, &mut roots);
    assert_eq!(heap.minor_gcs(), 0);
    assert_eq!(heap.old_heap_size(), 0);
    assert_eq!(heap.heap_used(), 2000 + 3);
    heap.verify();
    check_int_list(roots[0], 1000);
    assert_eq!(roots[1].tuple_elements().unwrap()[0], roots[0]);
}

#[test]
fn fragments_are_merged_into_the_heap() {
    let mut scratch = crate::heap::ScratchHeap::new();
    let msg = {
        let inner = scratch.list(&[Term::small(1), Term::small(2)]);
        let bin = scratch.binary(&[5u8; 100]);
        scratch.tuple(&[inner, bin, Term::small(3)])
    };
    let mut heap = ProcessHeap::new();
    let mut roots = Vec::new();
    for _ in 0..50 {
        let mut frag = HeapFragment::with_capacity(size_of(msg));
        let copy = copy_term(msg, &mut frag);
        assert_eq!(frag.used_words(), size_of(msg));
        heap.attach_fragment(frag);
        roots.push(copy);
    }
    assert_eq!(heap.fragment_words(), 50 * size_of(msg));
    assert!(!heap.has_room(0) || heap.free_words() >= heap.fragment_words());
    heap.verify();
    heap.garbage_collect(0, &mut roots);
    assert_eq!(heap.fragment_words(), 0);
    heap.verify();
    let expected = fingerprint(msg);
    for r in &roots {
        assert_eq!(fingerprint(*r), expected);
    }
    assert_eq!(heap.refc_binary_count(), 50);
}

#[test]
fn overflow_allocation_goes_to_fragments_and_is_collected() {
    let mut heap = ProcessHeap::new();
    // Fill far beyond the young block without collecting.
    let mut roots = vec![Term::NIL];
    for i in 0..10_000 {
        let t = roots[0];
        roots[0] = heap.cons(Term::small(i), t);
    }
    assert!(heap.fragment_words() > 0);
    assert!(!heap.has_room(1));
    heap.verify();
    heap.garbage_collect(0, &mut roots);
    assert!(heap.has_room(1));
    assert_eq!(heap.fragment_words(), 0);
    let mut l = roots[0];
    for i in (0..10_000).rev() {
        assert_eq!(l.head(), Term::small(i));
        l = l.tail();
    }
}

#[test]
fn stack_frames_survive_with_y_registers_updated() {
    let mut heap = ProcessHeap::new();
    assert!(heap.allocate_frame(3, 0x1000));
    let t = heap.tuple(&[Term::small(1), Term::small(2)]);
    heap.set_y(0, t);
    heap.set_y(2, Term::small(42));
    assert!(heap.allocate_frame(1, 0x2000));
    let l = heap.list(&[Term::small(9)]);
    heap.set_y(0, l);
    assert_eq!(heap.stack_size(), 6);
    assert_eq!(
        heap.continuations().collect::<Vec<_>>(),
        vec![0x2000, 0x1000]
    );
    let old_t = t;
    for _ in 0..5 {
        heap.garbage_collect(0, &mut NoRoots);
        heap.verify();
    }
    assert_eq!(heap.y(0).as_cons(), Some((Term::small(9), Term::NIL)));
    assert_eq!(heap.deallocate_frame(1), 0x2000);
    let moved = heap.y(0);
    assert_ne!(moved, old_t, "the tuple moved");
    assert_eq!(
        moved.tuple_elements(),
        Some(&[Term::small(1), Term::small(2)][..])
    );
    assert_eq!(heap.y(1), Term::NIL);
    assert_eq!(heap.y(2), Term::small(42));
    // trim drops y0 and y1, keeping the continuation: the old y2 is now y0.
    heap.trim(2);
    assert_eq!(heap.stack_size(), 2);
    assert_eq!(heap.y(0), Term::small(42));
    assert_eq!(heap.deallocate_frame(1), 0x1000);
    assert_eq!(heap.stack_size(), 0);
}

#[test]
fn allocate_frame_reports_a_full_block() {
    let mut heap = ProcessHeap::new();
    let size = heap.heap_size();
    assert!(!heap.allocate_frame(size, 0x10));
    assert_eq!(heap.stack_size(), 0);
    heap.garbage_collect(size + 1, &mut NoRoots);
    assert!(heap.allocate_frame(size, 0x10));
    assert!(heap.stack_push(Term::catch(3).raw()) || heap.free_words() == 0);
}

#[test]
fn refc_binary_counts_drop_when_unreachable() {
    let storage = BinaryStorage::new(vec![7u8; 1000]);
    let mut heap = ProcessHeap::new();
    let b1 = heap.refc_binary(storage.clone());
    let b2 = heap.refc_binary(storage.clone());
    assert_eq!(Arc::strong_count(&storage), 3);
    let mut roots = vec![b1, b2];
    heap.garbage_collect(0, &mut roots);
    assert_eq!(Arc::strong_count(&storage), 3);
    roots.pop();
    heap.garbage_collect(0, &mut roots);
    assert_eq!(Arc::strong_count(&storage), 2);
    // Promoted to the old heap, then dropped: released by the next full sweep.
    heap.garbage_collect(0, &mut roots);
    assert_eq!(heap.bin_old_vheap_words(), 125);
    roots.clear();
    heap.garbage_collect(0, &mut roots);
    assert_eq!(
        Arc::strong_count(&storage),
        2,
        "minor collections keep old data"
    );
    heap.set_fullsweep_after(0);
    heap.garbage_collect(0, &mut roots);
    assert_eq!(Arc::strong_count(&storage), 1);
    assert_eq!(heap.refc_binary_count(), 0);
    // Dropping a heap releases what it still holds.
    let mut heap = ProcessHeap::new();
    let _ = heap.refc_binary(storage.clone());
    assert_eq!(Arc::strong_count(&storage), 2);
    drop(heap);
    assert_eq!(Arc::strong_count(&storage), 1);
}

#[test]
fn magic_reference_objects_live_while_a_copy_is_reachable() {
    use crate::term::magic::{make_magic_ref, MagicObject};
    let object = MagicObject::new(u64::MAX - 1234, "pattern");
    let mut heap = ProcessHeap::new();
    let r1 = make_magic_ref(&mut heap, object.clone());
    let r2 = make_magic_ref(&mut heap, object.clone());
    assert_eq!(Arc::strong_count(&object), 3);
    let mut roots = vec![r1, heap.tuple(&[r2])];
    heap.garbage_collect(0, &mut roots);
    assert_eq!(Arc::strong_count(&object), 3);
    assert_eq!(roots[0].local_ref_id(), Some(u64::MAX - 1234));
    let inner = roots[1].tuple_element(0);
    assert_eq!(
        inner.magic_object().unwrap().get::<&str>(),
        Some(&"pattern")
    );
    roots.pop();
    heap.garbage_collect(0, &mut roots);
    assert_eq!(Arc::strong_count(&object), 2);
    heap.set_fullsweep_after(0);
    roots.clear();
    heap.garbage_collect(0, &mut roots);
    heap.garbage_collect(0, &mut roots);
    assert_eq!(Arc::strong_count(&object), 1);
}

#[test]
fn many_binaries_force_collection_through_the_virtual_heap() {
    let mut heap = ProcessHeap::new();
    let mut collections = 0;
    for _ in 0..2000 {
        if !heap.has_room(6) {
            heap.garbage_collect(6, &mut NoRoots);
            collections += 1;
        }
        // 4 KB each: 2000 of them make 8 MB of garbage binaries.
        let _ = heap.binary(&[1u8; 4096]);
    }
    assert!(collections > 0);
    assert!(heap.bin_vheap_words() <= 46422 + 512);
}

#[test]
fn heap_shrinks_after_garbage() {
    let mut heap = ProcessHeap::new();
    let mut roots = Vec::new();
    let l = build_int_list(&mut heap, 200_000, &mut roots);
    roots.push(l);
    heap.garbage_collect(0, &mut roots);
    let grown = heap.heap_size() + heap.old_heap_size();
    assert!(grown >= 400_000);
    roots.clear();
    heap.garbage_collect(0, &mut roots);
    heap.garbage_collect(0, &mut roots);
    heap.set_fullsweep_after(0);
    heap.garbage_collect(0, &mut roots);
    assert!(
        heap.heap_size() <= 376,
        "heap did not shrink: {}",
        heap.heap_size()
    );
    assert_eq!(heap.old_heap_size(), 0);
}

#[test]
fn gigabytes_of_garbage_with_a_small_live_set_keep_the_heap_bounded() {
    // 2^29 words (4 GiB) of short-lived tuples; the live set is a 1000-element ring of them.
    const TOTAL_WORDS: usize = 1 << 29;
    let mut heap = ProcessHeap::new();
    let mut roots = vec![Term::NIL; 1000];
    let mut allocated = 0usize;
    let mut max_total = 0;
    let mut i = 0usize;
    while allocated < TOTAL_WORDS {
        if !heap.has_room(4) {
            heap.garbage_collect(4, &mut roots);
            max_total = max_total.max(heap.total_heap_size());
        }
        let prev = roots[(i + 999) % 1000];
        let keep = heap.tuple(&[Term::small(i as i64), prev, Term::NIL]);
        roots[i % 1000] = if i.is_multiple_of(7) {
            keep
        } else {
            Term::small(i as i64)
        };
        allocated += 4;
        i += 1;
    }
    assert!(heap.gc_count() > 1000);
    assert!(
        max_total < 100_000,
        "heap grew to {max_total} words for a tiny live set"
    );
    heap.verify();
}

#[test]
fn roots_visited_twice_are_not_copied_twice() {
    struct Twice(Vec<Term>);
    impl RootSet for Twice {
        fn visit_roots(&mut self, f: &mut dyn FnMut(&mut Term)) {
            self.0.iter_mut().for_each(&mut *f);
            self.0.iter_mut().for_each(f);
        }
    }
    let mut heap = ProcessHeap::new();
    let t = heap.tuple(&[Term::small(1)]);
    let mut roots = Twice(vec![t, t]);
    heap.garbage_collect(0, &mut roots);
    assert_eq!(roots.0[0], roots.0[1]);
    assert_eq!(heap.heap_used(), 2);
}

#[test]
fn fun_code_words_are_never_followed_even_when_they_look_like_pointers() {
    let mut heap = ProcessHeap::new();
    let env = heap.list(&[Term::small(1)]);
    let probe = heap.tuple(&[Term::small(2)]);
    // A code reference whose bits equal a boxed pointer to a heap tuple: a collector that read it
    // as a term would move the tuple and rewrite the word.
    let code_ref = probe.raw();
    let f = heap.fun(code_ref, 1, Term::local_pid(1), &[env]);
    let e = heap.export_fun(probe.raw());
    let mut roots = vec![f, e];
    for _ in 0..4 {
        heap.garbage_collect(0, &mut roots);
        heap.verify();
    }
    assert_eq!(roots[0].fun_code_ref(), Some(code_ref));
    assert_eq!(roots[1].fun_code_ref(), Some(code_ref));
    assert_eq!(
        roots[0].fun_env().unwrap()[0].as_cons(),
        Some((Term::small(1), Term::NIL))
    );
}

/// A small deterministic pseudo-random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Builds a random term on `heap` from random pieces and existing roots.
fn random_term(rng: &mut Rng, heap: &mut ProcessHeap, roots: &[Term], lit: Term) -> Term {
    let pick = |rng: &mut Rng| {
        if roots.is_empty() {
            Term::NIL
        } else {
            roots[rng.below(roots.len() as u64) as usize]
        }
    };
    match rng.below(11) {
        0 => Term::small(rng.below(1000) as i64),
        1 => {
            let (a, b) = (pick(rng), pick(rng));
            heap.cons(a, b)
        }
        2 => {
            let n = rng.below(5) as usize;
            let elements: Vec<Term> = (0..n).map(|_| pick(rng)).collect();
            heap.tuple(&elements)
        }
        3 => heap.float(rng.below(100) as f64 / 4.0),
        4 => {
            let digits = [rng.next(), rng.next(), 1];
            heap.bignum_from_parts(rng.below(2) == 0, &digits)
        }
        5 => {
            let len = rng.below(200) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            heap.binary(&bytes)
        }
        6 => {
            let bytes = [rng.next() as u8, rng.next() as u8, rng.next() as u8];
            heap.bitstring(&bytes, 1 + rng.below(23) as usize)
        }
        7 => {
            let env = [pick(rng), pick(rng)];
            heap.fun(0x5550, 2, Term::local_pid(3), &env)
        }
        8 => lit,
        9 => {
            let b = pick(rng);
            match b.as_bitstring() {
                Some(v) if v.bit_len() > 0 => {
                    let len = rng.below(v.bit_len() as u64) as usize;
                    heap.sub_binary(b, 0, 0, len)
                }
                _ => b,
            }
        }
        _ => {
            let n = rng.below(20) as i64;
            let elements: Vec<Term> = (0..n).map(Term::small).collect();
            let t = pick(rng);
            heap.list_with_tail(&elements, t)
        }
    }
}

#[test]
fn random_structures_survive_random_collections() {
    let mut lits = LiteralAreaBuilder::new();
    let lit_raw = {
        let b = lits.binary(&[1u8; 100]);
        let l = lits.list(&[b, Term::small(5)]);
        lits.tuple(&[l, Term::NIL])
    };
    let lit = lits.finish_term(lit_raw);
    let area = lits.finish();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut heap = ProcessHeap::new();
    let mut roots: Vec<Term> = Vec::new();
    let mut expected: Vec<Vec<u64>> = Vec::new();
    // Each frame: its size, continuation word and the fingerprint of what y0 holds.
    let mut frames: Vec<(usize, u64, Vec<u64>)> = Vec::new();
    for step in 0..20_000u64 {
        // Make room the way the interpreter does: collect when the heap says so.
        if !heap.has_room(64) {
            heap.garbage_collect(64, &mut roots);
        }
        match rng.below(20) {
            0 if roots.len() > 4 => {
                let i = rng.below(roots.len() as u64) as usize;
                roots.swap_remove(i);
                expected.swap_remove(i);
            }
            1 => {
                heap.set_fullsweep_after(rng.below(4) as usize);
                heap.garbage_collect(rng.below(500) as usize, &mut roots);
                heap.verify();
                for (r, e) in roots.iter().zip(&expected) {
                    assert_eq!(&fingerprint(*r), e, "root changed at step {step}");
                }
            }
            2 => {
                let slots = 1 + rng.below(3) as usize;
                let cp = (step + 1) << 3;
                if !heap.allocate_frame(slots, cp) {
                    heap.garbage_collect(slots + 1, &mut roots);
                    assert!(heap.allocate_frame(slots, cp));
                }
                let y0 = roots.last().copied().unwrap_or(Term::NIL);
                heap.set_y(0, y0);
                frames.push((slots, cp, fingerprint(y0)));
            }
            3 if !frames.is_empty() => {
                let (slots, cp, y0) = frames.pop().unwrap();
                assert_eq!(fingerprint(heap.y(0)), y0, "y0 changed at step {step}");
                assert_eq!(heap.deallocate_frame(slots), cp);
            }
            _ => {
                if roots.len() > 200 {
                    let i = rng.below(roots.len() as u64) as usize;
                    roots.swap_remove(i);
                    expected.swap_remove(i);
                }
                let t = random_term(&mut rng, &mut heap, &roots, lit);
                if size_of(t) < 20_000 {
                    expected.push(fingerprint(t));
                    roots.push(t);
                }
            }
        }
    }
    heap.garbage_collect(0, &mut roots);
    heap.verify();
    for (r, e) in roots.iter().zip(&expected) {
        assert_eq!(&fingerprint(*r), e);
    }
    assert!(heap.gc_count() > 100);
    drop(heap);
    drop(area);
}

#[test]
fn literals_are_taken_over_before_their_area_is_freed() {
    let storage = BinaryStorage::new(vec![6u8; 300]);
    let mut lits = LiteralAreaBuilder::new();
    let lit = {
        let b = lits.refc_binary(storage.clone());
        let s = lits.sub_binary(b, 1, 0, 80);
        let l = lits.list(&[b, s, Term::small(5)]);
        let t = lits.tuple(&[l, l]);
        lits.finish_term(t)
    };
    let area = lits.finish();
    assert_eq!(Arc::strong_count(&storage), 2);

    let mut heap = ProcessHeap::new();
    heap.set_fullsweep_after(10);
    let holder = heap.tuple(&[lit, Term::small(1), lit]);
    assert!(heap.allocate_frame(1, 0x40));
    heap.set_y(0, lit);
    let mut roots = vec![holder, lit];
    heap.garbage_collect(0, &mut roots);
    heap.garbage_collect(0, &mut roots);
    assert!(heap.old_heap_used() > 0, "the holder is in the old heap");
    let expected = content_fingerprint(roots[0]);
    assert!(heap.references_literals(&area, &mut roots));

    heap.collect_literals(&area, &mut roots);
    heap.verify();
    assert!(!heap.references_literals(&area, &mut roots));
    assert!(!roots[1].is_literal());
    assert_eq!(content_fingerprint(roots[0]), expected);
    // Shared within the process: the three references now lead to one copy.
    assert_eq!(roots[0].tuple_elements().unwrap()[0], roots[1]);
    assert_eq!(heap.y(0), roots[1]);
    // The copies hold their own count on the binary; the area can go.
    assert_eq!(Arc::strong_count(&storage), 3);
    drop(area);
    assert_eq!(Arc::strong_count(&storage), 2);
    assert_eq!(content_fingerprint(roots[0]), expected);
    roots.clear();
    heap.deallocate_frame(1);
    heap.garbage_collect(0, &mut roots);
    assert_eq!(Arc::strong_count(&storage), 1);
}

#[test]
fn forced_full_sweeps_and_compaction() {
    let mut heap = ProcessHeap::new();
    let mut roots = Vec::new();
    let l = build_int_list(&mut heap, 5000, &mut roots);
    roots.push(l);
    heap.garbage_collect(0, &mut roots);
    heap.garbage_collect(0, &mut roots);
    assert!(heap.old_heap_used() > 0);
    heap.garbage_collect_major(0, &mut roots);
    assert_eq!(heap.old_heap_size(), 0);
    assert_eq!(heap.minor_gcs(), 0);
    check_int_list(roots[0], 5000);
    // Make garbage, then compact: the block is the smallest series size holding 10000 words.
    for i in 0..20_000 {
        if !heap.has_room(3) {
            heap.garbage_collect(3, &mut roots);
        }
        let _ = heap.tuple(&[Term::small(i), Term::NIL]);
    }
    heap.compact(&mut roots);
    heap.verify();
    assert_eq!(heap.heap_size(), 10958);
    assert_eq!(heap.heap_used(), 10000);
    assert_eq!(heap.old_heap_size(), 0);
    check_int_list(roots[0], 5000);
}
