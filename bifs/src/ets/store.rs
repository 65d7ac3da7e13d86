//! Where a table's objects live: each object is a self-contained copy ([`Payload`]) outside
//! every process heap; a hash table of striped buckets for `set`, `bag` and `duplicate_bag`, a
//! B-tree in term order for `ordered_set`.
//!
//! Hash tables: the key's `phash2` picks one of [`STRIPES`] stripes, each a read-write lock over
//! the groups of objects by hash, kept in hash order ([`Buckets`]); a group is a vector of the objects whose keys have that hash, in
//! insertion order (so a bag keeps the order of its objects per key). Keys are compared with
//! `=:=`. Walking stripes in order and buckets by hash gives a stable order for `first/next`
//! and for continuations, which survives inserts and deletes elsewhere.
//!
//! `ordered_set`: one read-write lock over a `BTreeMap` keyed by [`TreeKey`], a key term inside
//! the object it belongs to, ordered with `compare` (so `1` and `1.0` are the same key). The
//! key always points into the object stored with it: replacing an object removes the entry and
//! inserts a new one, never swapping only the value.

use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{RwLock, RwLockWriteGuard};

use vm::copy::{copy_term_all, size_of_all};
use vm::ops::compare::{compare, exact_equal};
use vm::ops::hash::phash2_u32;
use vm::sched::sync::{read, write, Guard};
use vm::signal::Payload;
use vm::term::Term;

use super::buckets::Buckets;

/// Number of lock stripes of a hash table.
pub const STRIPES: usize = 32;

/// The table types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One object per key (`=:=`).
    Set,
    /// One object per key (`==`), in key order.
    OrderedSet,
    /// Distinct objects per key.
    Bag,
    /// Any objects per key.
    DuplicateBag,
}

/// A key of an `ordered_set`, ordered as Erlang terms.
#[derive(Clone, Copy)]
pub struct TreeKey(pub Term);

impl PartialEq for TreeKey {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}
impl Eq for TreeKey {}
impl PartialOrd for TreeKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for TreeKey {
    #[inline]
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        // Small integers, the most common keys, compare without the general walk.
        if let (Some(a), Some(b)) = (self.0.as_small(), other.0.as_small()) {
            return a.cmp(&b);
        }
        compare(self.0, other.0)
    }
}

type Stripe = Buckets;

/// The two storage shapes.
enum Shape {
    Hash(Box<[RwLock<Stripe>]>),
    Tree(RwLock<BTreeMap<TreeKey, Payload>>),
}

/// What [`Store::retain`] does with an object.
pub enum Action {
    /// Keep it.
    Keep,
    /// Delete it.
    Delete,
    /// Replace it with this object (same key).
    Replace(Payload),
}

/// Where a scan stopped, to resume after.
pub enum Resume {
    /// Hash table: the stripe, the bucket hash, and the index in the bucket to go on from.
    Hash {
        /// Stripe index.
        stripe: usize,
        /// Bucket hash.
        hash: u32,
        /// Next index in the bucket.
        index: usize,
    },
    /// Ordered set: the last key visited (a copy).
    Key(Payload),
}

/// `next/2` of a key that is not in an unfixed hash table: erl's walk cannot go on.
#[derive(Debug)]
pub struct KeyGone;

/// Where a scan starts.
#[derive(Clone, Copy)]
pub enum Start {
    /// From the first object (or the last, when reversed).
    Beginning,
    /// Hash table position (see [`Resume::Hash`]).
    Hash {
        /// Stripe index.
        stripe: usize,
        /// Bucket hash.
        hash: u32,
        /// Index in the bucket.
        index: usize,
    },
    /// Ordered set: strictly after (before, reversed) this key.
    After(Term),
}

/// A table's objects.
pub struct Store {
    kind: Kind,
    keypos: usize,
    shape: Shape,
    len: AtomicUsize,
    words: AtomicUsize,
}

/// The key of object `obj` (a tuple at least `keypos` long).
pub fn key_of(obj: Term, keypos: usize) -> Term {
    obj.tuple_element(keypos - 1)
}

/// A stored copy of the object `obj`.
pub fn stored(obj: Term) -> Payload {
    Payload::build(size_of_all(obj), |f| copy_term_all(obj, f))
}

fn stripe_of(hash: u32) -> usize {
    (hash as usize) % STRIPES
}

impl Store {
    /// An empty store for a table of `kind` with keys at 1-based `keypos`.
    pub fn new(kind: Kind, keypos: usize) -> Store {
        let shape = match kind {
            Kind::OrderedSet => Shape::Tree(RwLock::new(BTreeMap::new())),
            _ => Shape::Hash(
                (0..STRIPES)
                    .map(|_| RwLock::new(Buckets::default()))
                    .collect(),
            ),
        };
        Store {
            kind,
            keypos,
            shape,
            len: AtomicUsize::new(0),
            words: AtomicUsize::new(0),
        }
    }

    /// Number of objects.
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Relaxed)
    }

    /// Whether the store has no objects.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Words of the stored objects.
    pub fn words(&self) -> usize {
        self.words.load(Ordering::Relaxed)
    }

    fn added(&self, obj: &Payload) {
        self.len.fetch_add(1, Ordering::Relaxed);
        self.words.fetch_add(obj.words(), Ordering::Relaxed);
    }

    fn removed(&self, obj: &Payload) {
        self.len.fetch_sub(1, Ordering::Relaxed);
        self.words.fetch_sub(obj.words(), Ordering::Relaxed);
    }

    fn key(&self, obj: &Payload) -> Term {
        key_of(obj.peek(), self.keypos)
    }

    /// Write locks on the stripes holding `hashes`, in stripe order, indexed by stripe.
    fn lock_stripes<'a>(
        stripes: &'a [RwLock<Stripe>],
        hashes: &[u32],
    ) -> Vec<(usize, Guard<RwLockWriteGuard<'a, Stripe>>)> {
        let mut wanted: Vec<usize> = hashes.iter().map(|&h| stripe_of(h)).collect();
        wanted.sort_unstable();
        wanted.dedup();
        wanted
            .into_iter()
            .map(|s| (s, write(&stripes[s])))
            .collect()
    }

    /// Puts one object in a locked bucket, by the table type's rule.
    fn put_in_bucket(&self, bucket: &mut Vec<Payload>, obj: Payload) {
        let key = self.key(&obj);
        match self.kind {
            Kind::Set | Kind::OrderedSet => {
                match bucket
                    .iter_mut()
                    .find(|o| exact_equal(key_of(o.peek(), self.keypos), key))
                {
                    Some(old) => {
                        self.removed(old);
                        self.added(&obj);
                        *old = obj;
                    }
                    None => {
                        self.added(&obj);
                        bucket.push(obj);
                    }
                }
            }
            Kind::Bag => {
                if !bucket.iter().any(|o| exact_equal(o.peek(), obj.peek())) {
                    self.added(&obj);
                    bucket.push(obj);
                }
            }
            Kind::DuplicateBag => {
                self.added(&obj);
                bucket.push(obj);
            }
        }
    }

    fn put_in_tree(&self, tree: &mut BTreeMap<TreeKey, Payload>, obj: Payload) {
        let key = TreeKey(self.key(&obj));
        if let Some(old) = tree.remove(&key) {
            self.removed(&old);
        }
        self.added(&obj);
        tree.insert(key, obj);
    }

    /// Inserts the objects (already checked to be tuples of the right size), all at once for
    /// readers.
    pub fn insert(&self, objs: &[Term]) {
        let mut copies: Vec<Payload> = objs.iter().map(|&o| stored(o)).collect();
        if self.kind == Kind::Bag {
            // erl adds the objects of one bag insert from the last to the first.
            copies.reverse();
        }
        match &self.shape {
            Shape::Tree(tree) => {
                let mut tree = write(tree);
                for obj in copies {
                    self.put_in_tree(&mut tree, obj);
                }
            }
            Shape::Hash(stripes) => {
                let hashes: Vec<u32> = copies.iter().map(|o| phash2_u32(self.key(o))).collect();
                let mut guards = Self::lock_stripes(stripes, &hashes);
                for (obj, h) in copies.into_iter().zip(hashes) {
                    let s = stripe_of(h);
                    if let Some((_, g)) = guards.iter_mut().find(|(i, _)| *i == s) {
                        self.put_in_bucket(g.entry(h), obj);
                    }
                }
            }
        }
    }

    /// Inserts the objects if none of their keys is present; whether it did.
    pub fn insert_new(&self, objs: &[Term]) -> bool {
        let keys: Vec<Term> = objs.iter().map(|&o| key_of(o, self.keypos)).collect();
        match &self.shape {
            Shape::Tree(tree) => {
                let mut tree = write(tree);
                if keys.iter().any(|&k| tree.contains_key(&TreeKey(k))) {
                    return false;
                }
                for &o in objs {
                    self.put_in_tree(&mut tree, stored(o));
                }
                true
            }
            Shape::Hash(stripes) => {
                let hashes: Vec<u32> = keys.iter().map(|&k| phash2_u32(k)).collect();
                let mut guards = Self::lock_stripes(stripes, &hashes);
                let present = keys.iter().zip(&hashes).any(|(&k, &h)| {
                    guards
                        .iter()
                        .find(|(i, _)| *i == stripe_of(h))
                        .and_then(|(_, g)| g.get(h))
                        .is_some_and(|b| {
                            b.iter()
                                .any(|o| exact_equal(key_of(o.peek(), self.keypos), k))
                        })
                });
                if present {
                    return false;
                }
                let mut order: Vec<(Term, u32)> = objs.iter().copied().zip(hashes).collect();
                if self.kind == Kind::Bag {
                    // As in `insert`: erl adds a bag's objects from the last to the first.
                    order.reverse();
                }
                for (o, h) in order {
                    let s = stripe_of(h);
                    if let Some((_, g)) = guards.iter_mut().find(|(i, _)| *i == s) {
                        self.put_in_bucket(g.entry(h), stored(o));
                    }
                }
                true
            }
        }
    }

    /// Calls `f` with each object of key `key`, in order, under the read lock.
    pub fn lookup(&self, key: Term, mut f: impl FnMut(Term)) {
        match &self.shape {
            Shape::Tree(tree) => {
                if let Some(o) = read(tree).get(&TreeKey(key)) {
                    f(o.peek());
                }
            }
            Shape::Hash(stripes) => {
                let h = phash2_u32(key);
                let g = read(&stripes[stripe_of(h)]);
                if let Some(b) = g.get(h) {
                    for o in b {
                        if exact_equal(key_of(o.peek(), self.keypos), key) {
                            f(o.peek());
                        }
                    }
                }
            }
        }
    }

    /// Removes every object of key `key`, handing them to `f` (in order) before they are freed.
    pub fn take(&self, key: Term, mut f: impl FnMut(Term)) {
        match &self.shape {
            Shape::Tree(tree) => {
                let taken = write(tree).remove(&TreeKey(key));
                if let Some(o) = taken {
                    self.removed(&o);
                    f(o.peek());
                }
            }
            Shape::Hash(stripes) => {
                let h = phash2_u32(key);
                let mut g = write(&stripes[stripe_of(h)]);
                let Some(b) = g.get_mut(h) else {
                    return;
                };
                let (gone, kept): (Vec<Payload>, Vec<Payload>) = std::mem::take(b)
                    .into_iter()
                    .partition(|o| exact_equal(key_of(o.peek(), self.keypos), key));
                *b = kept;
                if b.is_empty() {
                    g.remove(h);
                }
                drop(g);
                for o in &gone {
                    self.removed(o);
                    f(o.peek());
                }
            }
        }
    }

    /// Removes the objects exactly equal to `obj` (same key position).
    pub fn delete_object(&self, obj: Term) {
        let key = key_of(obj, self.keypos);
        match &self.shape {
            Shape::Tree(tree) => {
                let mut tree = write(tree);
                let same = tree
                    .get(&TreeKey(key))
                    .is_some_and(|o| exact_equal(o.peek(), obj));
                if same {
                    if let Some(o) = tree.remove(&TreeKey(key)) {
                        self.removed(&o);
                    }
                }
            }
            Shape::Hash(stripes) => {
                let h = phash2_u32(key);
                let mut g = write(&stripes[stripe_of(h)]);
                let Some(b) = g.get_mut(h) else {
                    return;
                };
                b.retain(|o| {
                    let gone = exact_equal(o.peek(), obj);
                    if gone {
                        self.removed(o);
                    }
                    !gone
                });
                if b.is_empty() {
                    g.remove(h);
                }
            }
        }
    }

    /// Replaces the object of key `key` (a `set` or `ordered_set`) with what `f` gives for the
    /// current one (`None` if there is none): `(Some(new), r)` stores `new`, `(None, r)` leaves
    /// the table as it was. All under the write lock, so updates are atomic.
    pub fn update<R, E>(
        &self,
        key: Term,
        f: impl FnOnce(Option<Term>) -> Result<(Option<Payload>, R), E>,
    ) -> Result<R, E> {
        match &self.shape {
            Shape::Tree(tree) => {
                let mut tree = write(tree);
                let current = tree.get(&TreeKey(key)).map(Payload::peek);
                let (new, r) = f(current)?;
                if let Some(new) = new {
                    self.put_in_tree(&mut tree, new);
                }
                Ok(r)
            }
            Shape::Hash(stripes) => {
                let h = phash2_u32(key);
                let mut g = write(&stripes[stripe_of(h)]);
                let current = g.get(h).and_then(|b| {
                    b.iter()
                        .map(Payload::peek)
                        .find(|&o| exact_equal(key_of(o, self.keypos), key))
                });
                let (new, r) = f(current)?;
                if let Some(new) = new {
                    self.put_in_bucket(g.entry(h), new);
                }
                Ok(r)
            }
        }
    }

    /// Removes every object.
    pub fn clear(&self) {
        match &self.shape {
            Shape::Tree(tree) => {
                let old = std::mem::take(&mut *write(tree));
                for o in old.values() {
                    self.removed(o);
                }
            }
            Shape::Hash(stripes) => {
                for s in stripes.iter() {
                    let old = std::mem::take(&mut *write(s));
                    for o in old.values().flatten() {
                        self.removed(o);
                    }
                }
            }
        }
    }

    /// The first key (the smallest; `last` the largest for an `ordered_set`, else the same as
    /// `first`), given to `f` under the lock.
    pub fn first<R>(&self, last: bool, f: impl FnOnce(Term) -> R) -> Option<R> {
        match &self.shape {
            Shape::Tree(tree) => {
                let tree = read(tree);
                let e = if last {
                    tree.keys().next_back()
                } else {
                    tree.keys().next()
                };
                e.map(|k| f(k.0))
            }
            Shape::Hash(stripes) => {
                for s in stripes.iter() {
                    let g = read(s);
                    if let Some(o) = g.first().and_then(|b| b.first()) {
                        return Some(f(self.key(o)));
                    }
                }
                None
            }
        }
    }

    /// The key after `key` (before it when `back`, for an `ordered_set`) given to `f`, or
    /// `Ok(None)` at the end. A hash table gives `Err(KeyGone)` when `key` is not in it and the walk
    /// cannot go on (`fixed` false), as erl does.
    pub fn next<R>(
        &self,
        key: Term,
        back: bool,
        fixed: bool,
        f: impl FnOnce(Term) -> R,
    ) -> Result<Option<R>, KeyGone> {
        match &self.shape {
            Shape::Tree(tree) => {
                let tree = read(tree);
                let k = TreeKey(key);
                let e = if back {
                    tree.range(..k).next_back()
                } else {
                    tree.range((Bound::Excluded(k), Bound::Unbounded)).next()
                };
                Ok(e.map(|(k, _)| f(k.0)))
            }
            Shape::Hash(stripes) => {
                let h = phash2_u32(key);
                let start = stripe_of(h);
                {
                    let g = read(&stripes[start]);
                    let bucket = g.get(h);
                    let at =
                        bucket.and_then(|b| b.iter().position(|o| exact_equal(self.key(o), key)));
                    if at.is_none() && !fixed {
                        return Err(KeyGone);
                    }
                    if let (Some(b), Some(at)) = (bucket, at) {
                        // The next key of the same hash, in order of first appearance.
                        for (j, o) in b.iter().enumerate().skip(at + 1) {
                            let k = self.key(o);
                            if !exact_equal(k, key)
                                && !b[..j].iter().any(|e| exact_equal(self.key(e), k))
                            {
                                return Ok(Some(f(k)));
                            }
                        }
                    }
                    if let Some(o) = g.first_after(h).and_then(|b| b.first()) {
                        return Ok(Some(f(self.key(o))));
                    }
                }
                for s in stripes.iter().skip(start + 1) {
                    let g = read(s);
                    if let Some(o) = g.first().and_then(|b| b.first()) {
                        return Ok(Some(f(self.key(o))));
                    }
                }
                Ok(None)
            }
        }
    }

    /// Calls `visit` with each object from `start` (backwards when `back`, ordered sets only)
    /// until it returns `false`; where to resume after the object it stopped on, or `None` if
    /// every object was visited.
    pub fn scan(
        &self,
        start: Start,
        back: bool,
        mut visit: impl FnMut(Term) -> bool,
    ) -> Option<Resume> {
        match &self.shape {
            Shape::Tree(tree) => {
                let tree = read(tree);
                let mut iter: Box<dyn Iterator<Item = (&TreeKey, &Payload)>> = match (start, back) {
                    (Start::After(k), false) => {
                        Box::new(tree.range((Bound::Excluded(TreeKey(k)), Bound::Unbounded)))
                    }
                    (Start::After(k), true) => Box::new(tree.range(..TreeKey(k)).rev()),
                    (_, false) => Box::new(tree.iter()),
                    (_, true) => Box::new(tree.iter().rev()),
                };
                for (k, o) in &mut iter {
                    if !visit(o.peek()) {
                        return Some(Resume::Key(stored(k.0)));
                    }
                }
                None
            }
            Shape::Hash(stripes) => {
                let (s0, h0, i0) = match start {
                    Start::Hash {
                        stripe,
                        hash,
                        index,
                    } => (stripe, hash, index),
                    _ => (0, 0, 0),
                };
                for (s, stripe) in stripes.iter().enumerate().skip(s0) {
                    let g = read(stripe);
                    let lo = if s == s0 { h0 } else { 0 };
                    for (h, b) in g.range_from(lo) {
                        let from = if s == s0 && h == h0 { i0 } else { 0 };
                        for (i, o) in b.iter().enumerate().skip(from) {
                            if !visit(o.peek()) {
                                return Some(Resume::Hash {
                                    stripe: s,
                                    hash: h,
                                    index: i + 1,
                                });
                            }
                        }
                    }
                }
                None
            }
        }
    }

    /// Decides with `f` about every object, under the write lock(s): keep, delete or replace
    /// (a replacement keeps its place). Gives the number of objects deleted or replaced.
    pub fn retain(&self, f: impl FnMut(Term) -> Action) -> usize {
        self.retain_from(0, usize::MAX, f).0
    }

    /// [`Store::retain`] from stripe `from` of a hash table, stopping after the stripe in which
    /// `budget` objects have been visited: the number changed, and the stripe to go on from if it
    /// stopped early. An ordered set is done whole.
    pub fn retain_from(
        &self,
        from: usize,
        budget: usize,
        mut f: impl FnMut(Term) -> Action,
    ) -> (usize, Option<usize>) {
        let mut changed = 0;
        let mut visited = 0usize;
        match &self.shape {
            Shape::Tree(tree) => {
                let mut tree = write(tree);
                let mut actions = Vec::new();
                for (k, o) in tree.iter() {
                    match f(o.peek()) {
                        Action::Keep => {}
                        a => actions.push((stored(k.0), a)),
                    }
                }
                for (k, a) in actions {
                    changed += 1;
                    if let Some(old) = tree.remove(&TreeKey(k.peek())) {
                        self.removed(&old);
                    }
                    if let Action::Replace(new) = a {
                        self.put_in_tree(&mut tree, new);
                    }
                }
            }
            Shape::Hash(stripes) => {
                for (i, s) in stripes.iter().enumerate().skip(from) {
                    if visited >= budget {
                        return (changed, Some(i));
                    }
                    let mut g = write(s);
                    let mut empty = Vec::new();
                    for (h, b) in g.iter_mut() {
                        let old = std::mem::take(b);
                        visited += old.len();
                        for o in old {
                            match f(o.peek()) {
                                Action::Keep => b.push(o),
                                Action::Delete => {
                                    changed += 1;
                                    self.removed(&o);
                                }
                                Action::Replace(new) => {
                                    changed += 1;
                                    self.removed(&o);
                                    self.added(&new);
                                    b.push(new);
                                }
                            }
                        }
                        if b.is_empty() {
                            empty.push(h);
                        }
                    }
                    for h in empty {
                        g.remove(h);
                    }
                }
            }
        }
        (changed, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::heap::{ScratchHeap, TermAlloc};

    fn keys(store: &Store) -> Vec<i64> {
        let mut out = Vec::new();
        let mut k = store.first(false, |k| k.as_small());
        while let Some(Some(v)) = k {
            out.push(v);
            k = store
                .next(Term::small(v), false, false, |k| k.as_small())
                .unwrap_or(None);
        }
        out
    }

    #[test]
    fn hash_walk_visits_each_key_once_and_survives_deletes() {
        let mut h = ScratchHeap::new();
        let store = Store::new(Kind::Bag, 1);
        let objs: Vec<Term> = (0..500)
            .map(|i| h.tuple(&[Term::small(i % 97), Term::small(i)]))
            .collect();
        store.insert(&objs);
        assert_eq!(store.len(), 500);
        let mut seen = keys(&store);
        seen.sort_unstable();
        assert_eq!(seen, (0..97).collect::<Vec<_>>());
        store.take(Term::small(5), |_| {});
        assert_eq!(store.len(), 500 - 6);
        assert_eq!(keys(&store).len(), 96);
        store.clear();
        assert!(store.is_empty());
        assert_eq!(store.words(), 0);
    }

    #[test]
    fn ordered_set_treats_equal_numbers_as_one_key_and_keeps_order() {
        let mut h = ScratchHeap::new();
        let store = Store::new(Kind::OrderedSet, 1);
        let one = h.tuple(&[Term::small(1), Term::small(10)]);
        let one_f = h.float(1.0);
        let one_float = h.tuple(&[one_f, Term::small(20)]);
        let three = h.tuple(&[Term::small(3), Term::NIL]);
        store.insert(&[three, one, one_float]);
        assert_eq!(store.len(), 2);
        let mut vals = Vec::new();
        store.lookup(Term::small(1), |o| vals.push(o.tuple_element(1).as_small()));
        assert_eq!(vals, vec![Some(20)]);
        let mut order = Vec::new();
        store.scan(Start::Beginning, false, |o| {
            order.push(o.tuple_element(1));
            true
        });
        assert_eq!(order, vec![Term::small(20), Term::NIL]);
    }

    #[test]
    fn scans_resume_where_they_stopped() {
        let mut h = ScratchHeap::new();
        for kind in [Kind::Set, Kind::OrderedSet] {
            let store = Store::new(kind, 1);
            let objs: Vec<Term> = (0..100).map(|i| h.tuple(&[Term::small(i)])).collect();
            store.insert(&objs);
            let mut all = Vec::new();
            let mut start = Start::Beginning;
            loop {
                let mut n = 0;
                let resume = store.scan(start, false, |o| {
                    all.push(o.tuple_element(0).as_small().unwrap_or(-1));
                    n += 1;
                    n < 7
                });
                match resume {
                    None => break,
                    Some(Resume::Hash {
                        stripe,
                        hash,
                        index,
                    }) => {
                        start = Start::Hash {
                            stripe,
                            hash,
                            index,
                        }
                    }
                    Some(Resume::Key(k)) => {
                        let k = k.peek().as_small().unwrap_or(-1);
                        start = Start::After(Term::small(k));
                    }
                }
            }
            all.sort_unstable();
            assert_eq!(all, (0..100).collect::<Vec<_>>());
        }
    }
}
