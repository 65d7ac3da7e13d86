//! Unit tests of the map layer against a simple model: a vector of pairs kept in exact key order.
//! Agreement with erl itself is checked by the `maps_vs_erl` integration test.

use super::layout::{MapNode, NodeKind};
use super::*;
use crate::heap::ScratchHeap;
use std::cmp::Ordering;

/// A random key of mixed types: small and big integers, floats, binaries, strings, tuples.
fn random_key(h: &mut ScratchHeap, rng: &mut fastrand::Rng) -> Term {
    match rng.u8(0..7) {
        0 => Term::small(rng.i64(-1000..1000)),
        1 => h.integer(rng.i64(..)),
        2 => h.float(rng.i32(-100..100) as f64 / 4.0),
        3 => {
            let bytes: Vec<u8> = (0..rng.usize(0..6)).map(|_| rng.u8(b'a'..b'e')).collect();
            h.binary(&bytes)
        }
        4 => {
            let s: String = (0..rng.usize(0..4)).map(|_| rng.char('a'..'d')).collect();
            h.charlist(&s)
        }
        5 => {
            let a = Term::small(rng.i64(0..5));
            let b = Term::small(rng.i64(0..5));
            h.tuple(&[a, b])
        }
        _ => Term::small(rng.i64(0..100_000)),
    }
}

/// The model: pairs sorted by exact key order.
#[derive(Default)]
struct Model(Vec<(Term, Term)>);

impl Model {
    fn put(&mut self, k: Term, v: Term) {
        match self.0.binary_search_by(|p| cmp_exact(p.0, k)) {
            Ok(i) => self.0[i].1 = v,
            Err(i) => self.0.insert(i, (k, v)),
        }
    }

    fn remove(&mut self, k: Term) -> Option<Term> {
        let i = self.0.binary_search_by(|p| cmp_exact(p.0, k)).ok()?;
        Some(self.0.remove(i).1)
    }
}

/// Checks a map's structure: flatmap keys sorted and unique; a trie canonical (each leaf in the
/// slot its hash selects, no node with a single leaf child, sizes right, heads only at the root).
fn check_structure(map: Term) {
    let m = MapNode::of(map).expect("a map");
    if m.is_flat() {
        assert!(m.size() <= FLATMAP_LIMIT);
        assert_eq!(m.flat_keys().len(), m.size());
        for w in m.flat_keys().windows(2) {
            assert_eq!(cmp_exact(w[0], w[1]), Ordering::Less);
        }
        return;
    }
    assert!(m.size() > FLATMAP_LIMIT);
    let mut count = 0;
    let mut work = vec![(m, 0u32, true)];
    while let Some((node, level, is_root)) = work.pop() {
        let kind = node.kind();
        if is_root {
            assert!(matches!(kind, NodeKind::HeadArray | NodeKind::HeadBitmap));
            assert_eq!(kind == NodeKind::HeadArray, node.bitmap() == 0xffff);
        } else {
            assert_eq!(kind, NodeKind::Bitmap);
        }
        let children = node.children();
        assert_eq!(children.len(), node.bitmap().count_ones() as usize);
        if !is_root {
            assert!(
                !(children.len() == 1 && children[0].is_cons()),
                "single-leaf inner node"
            );
        }
        let slots: Vec<u32> = (0..16).filter(|s| node.bitmap() & (1 << s) != 0).collect();
        for (&child, &slot) in children.iter().zip(&slots) {
            if let Some((k, _)) = child.as_cons() {
                let h = map_hash(k, level / 8) >> (4 * (level % 8));
                assert_eq!(h & 0xf, slot, "leaf in the wrong slot");
                count += 1;
            } else {
                work.push((MapNode::of(child).unwrap(), level + 1, false));
            }
        }
    }
    assert_eq!(count, m.size());
}

fn check_against(map: Term, model: &Model) {
    check_structure(map);
    assert_eq!(size(map).unwrap(), model.0.len());
    for &(k, v) in &model.0 {
        assert_eq!(get(map, k).unwrap(), Some(v));
    }
    let mut seen: Vec<(Term, Term)> = iter(map).unwrap().collect();
    seen.sort_by(|a, b| cmp_exact(a.0, b.0));
    assert_eq!(seen.len(), model.0.len());
    for (s, m) in seen.iter().zip(&model.0) {
        assert!(eq_exact(s.0, m.0) && s.1 == m.1, "{s:?} != {m:?}");
    }
}

#[test]
fn random_puts_and_removes_agree_with_the_model() {
    let mut rng = fastrand::Rng::with_seed(0x5eed);
    let mut h = ScratchHeap::new();
    for round in 0..20 {
        let mut map = new(&mut h);
        let mut model = Model::default();
        let n = [5, 31, 32, 33, 40, 200, 1000][round % 7];
        for i in 0..n {
            let k = random_key(&mut h, &mut rng);
            let v = Term::small(i as i64);
            map = put(&mut h, k, v, map).unwrap();
            model.put(k, v);
        }
        check_against(map, &model);
        for _ in 0..n {
            let k = random_key(&mut h, &mut rng);
            let expected = model.remove(k);
            let taken = take(&mut h, k, map).unwrap();
            assert_eq!(taken.map(|t| t.0), expected);
            if let Some((_, m)) = taken {
                map = m;
            }
        }
        check_against(map, &model);
        for &(k, _) in &model.0.clone() {
            map = update(&mut h, k, Term::NIL, map).unwrap();
            model.put(k, Term::NIL);
        }
        check_against(map, &model);
    }
}

#[test]
fn from_list_merge_and_key_orders() {
    let mut rng = fastrand::Rng::with_seed(7);
    let mut h = ScratchHeap::new();
    for n in [0usize, 1, 10, 32, 33, 64, 500] {
        let mut model = Model::default();
        let mut pairs = Vec::new();
        for i in 0..n {
            let k = random_key(&mut h, &mut rng);
            pairs.push((k, Term::small(i as i64)));
            model.put(k, Term::small(i as i64));
        }
        let list: Vec<Term> = pairs.iter().map(|&(k, v)| h.tuple(&[k, v])).collect();
        let list = h.list(&list);
        let map = from_list(&mut h, list).unwrap();
        check_against(map, &model);
        // Built once or put one by one, the structure is the same.
        let mut one_by_one = new(&mut h);
        for &(k, v) in &pairs {
            one_by_one = put(&mut h, k, v, one_by_one).unwrap();
        }
        assert_eq!(cmp_exact(map, one_by_one), Ordering::Equal);
        assert!(eq_exact(map, one_by_one));
        // keys/1 is the reverse of iteration order for tries, key order for flatmaps.
        let keys_list = keys(&mut h, map).unwrap();
        let mut ks = Vec::new();
        let mut l = keys_list;
        while let Some((k, t)) = l.as_cons() {
            ks.push(k);
            l = t;
        }
        let mut it: Vec<Term> = iter(map).unwrap().map(|p| p.0).collect();
        if size(map).unwrap() > FLATMAP_LIMIT {
            it.reverse();
        }
        assert_eq!(ks, it);
        // Merging with half of itself changes nothing but values.
        let half: Vec<(Term, Term)> = model.0[..model.0.len() / 2]
            .iter()
            .map(|&(k, _)| (k, Term::NIL))
            .collect();
        let other = map_from_pairs(&mut h, &half, Duplicates::Reject).unwrap();
        let merged = merge(&mut h, map, other).unwrap();
        for &(k, _) in &half {
            model.put(k, Term::NIL);
        }
        check_against(merged, &model);
    }
}

#[test]
fn errors_are_values() {
    let mut h = ScratchHeap::new();
    let not_map = Term::small(1);
    assert_eq!(get(not_map, Term::NIL), Err(MapError::BadMap(not_map)));
    let m = new(&mut h);
    assert_eq!(
        update(&mut h, Term::small(2), Term::NIL, m),
        Err(MapError::BadKey(Term::small(2)))
    );
    let bad = h.list(&[Term::small(3)]);
    assert_eq!(from_list(&mut h, bad), Err(MapError::BadArg));
    let improper = h.cons(Term::small(3), Term::small(4));
    assert_eq!(
        from_keys(&mut h, improper, Term::NIL),
        Err(MapError::BadArg)
    );
    let k = Term::small(5);
    let dup = [(k, Term::NIL), (k, Term::NIL)];
    assert_eq!(map_from_pairs(&mut h, &dup, Duplicates::Reject), Err(k));
}

#[test]
fn integers_sort_before_floats_and_zeroes_are_one_key() {
    let mut h = ScratchHeap::new();
    let one = Term::small(1);
    let one_f = h.float(1.0);
    let two = Term::small(2);
    let m = map_from_pairs(
        &mut h,
        &[(one_f, Term::NIL), (two, Term::NIL), (one, Term::NIL)],
        Duplicates::Reject,
    )
    .unwrap();
    let ks: Vec<Term> = iter(m).unwrap().map(|p| p.0).collect();
    assert_eq!(ks, vec![one, two, one_f]);
    let zero = h.float(0.0);
    let minus_zero = h.float(-0.0);
    let z = map_from_pairs(&mut h, &[(zero, one)], Duplicates::Reject).unwrap();
    let z2 = put(&mut h, minus_zero, two, z).unwrap();
    assert_eq!(size(z2), Ok(1));
    assert_eq!(internal_hash(zero, 0), internal_hash(minus_zero, 0));
}

#[test]
fn map_next_walks_everything_in_iteration_order() {
    let mut h = ScratchHeap::new();
    let pairs: Vec<(Term, Term)> = (0..300).map(|i| (Term::small(i), Term::small(i))).collect();
    let m = map_from_pairs(&mut h, &pairs, Duplicates::Reject).unwrap();
    let expected: Vec<(Term, Term)> = iter(m).unwrap().collect();
    for batch in [1usize, 3, 17, 1000] {
        let mut got = Vec::new();
        let mut path = Term::small(0);
        loop {
            let (res, n) = map_next(&mut h, path, m, NextMode::Iterator, batch).unwrap();
            let mut t = res;
            let mut count = 0;
            while let Some(el) = t.tuple_elements() {
                got.push((el[0], el[1]));
                t = el[2];
                count += 1;
            }
            assert_eq!(count, n);
            match t.as_cons() {
                Some((p, rest)) => {
                    assert_eq!(rest, m);
                    path = p;
                }
                None => break,
            }
        }
        assert_eq!(got, expected, "batch {batch}");
    }
    assert_eq!(
        map_next(&mut h, Term::small(0xf), m, NextMode::Iterator, 5).map(|_| ()),
        if m_has_children(m, 16) {
            Ok(())
        } else {
            Err(MapError::BadArg)
        }
    );
}

fn m_has_children(m: Term, n: usize) -> bool {
    MapNode::of(m).unwrap().children().len() >= n
}
