//! Where a table's objects live: each object is a self-contained copy ([`Payload`]) outside
//! every process heap; a linear hash table laid out as ERTS's for `set`, `bag` and
//! `duplicate_bag` ([`LinearHash`]), a B-tree in term order for `ordered_set`.
//!
//! Hash tables: one read-write lock over the table. A key's hash is ERTS's (`MAKE_HASH`: the
//! atom table's hash of an atom's text, else `make_internal_hash(Key, 0)`), and objects are
//! placed, moved when slots split or join, and walked exactly as ERTS does, so `tab2list`,
//! `first/next`, `match` and `select` give erl's order. Keys are compared with `=:=`.
//!
//! `ordered_set`: one read-write lock over a `BTreeMap` keyed by [`TreeKey`], a key term inside
//! the object it belongs to, ordered with `compare` (so `1` and `1.0` are the same key). The
//! key always points into the object stored with it: replacing an object removes the entry and
//! inserts a new one, never swapping only the value.

use std::collections::BTreeMap;
use std::ops::Bound;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::RwLock;

use vm::copy::{copy_term_all, size_of_all};
use vm::ops::compare::{compare, exact_equal};
use vm::ops::hash::atom_hash;
use vm::sched::sync::{read, write};
use vm::signal::Payload;
use vm::term::Term;

use super::linear::{Entry, LinearHash, LOCK_STRIPES};

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

/// The two storage shapes.
enum Shape {
    Hash(RwLock<LinearHash>),
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
    /// Hash table: the slot to go on from (scans stop between slots, as ERTS's do).
    Hash {
        /// Slot index.
        slot: usize,
    },
    /// Ordered set: the last key visited (a copy).
    Key(Payload),
}

/// `next/2` of a key that is not in the table: erl's walk cannot go on.
#[derive(Debug)]
pub struct KeyGone;

/// Where a scan starts.
#[derive(Clone, Copy)]
pub enum Start {
    /// From the first object (or the last, when reversed).
    Beginning,
    /// Hash table slot (see [`Resume::Hash`]).
    Hash {
        /// Slot index.
        slot: usize,
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

/// ERTS's hash of an ETS key: the atom table's hash of an atom's text, else the internal hash.
pub fn key_hash(key: Term) -> u32 {
    match key.as_atom() {
        Some(a) => atom_hash(a.text()),
        None => vm::map::internal_hash(key, 0),
    }
}

impl Store {
    /// An empty store for a table of `kind` with keys at 1-based `keypos`; a hash table with
    /// `write_concurrency` (`fine`) walks its slots by lock stripe, and one with
    /// `decentralized` counters resizes on per-stripe estimates, as ERTS's do.
    pub fn new(kind: Kind, keypos: usize, fine: bool, decentralized: bool) -> Store {
        let shape = match kind {
            Kind::OrderedSet => Shape::Tree(RwLock::new(BTreeMap::new())),
            _ => {
                let stride = if fine { LOCK_STRIPES } else { 1 };
                Shape::Hash(RwLock::new(LinearHash::new(stride, fine && decentralized)))
            }
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

    fn has_key(&self, e: &Entry, key: Term, hash: u32) -> bool {
        e.hash == hash && exact_equal(key_of(e.obj.peek(), self.keypos), key)
    }

    /// Marks the table fixed or not; unfixing drops the objects deleted meanwhile.
    pub fn set_fixed(&self, fixed: bool) {
        if let Shape::Hash(h) = &self.shape {
            let mut h = write(h);
            h.fixed = fixed;
            if !fixed {
                h.purge(drop);
            }
        }
    }

    /// Puts one object in the hash table by the table type's rule (`new_only`: only if its key
    /// has no live object); whether it went in or replaced one.
    fn put_hash(&self, h: &mut LinearHash, obj: Payload, new_only: bool) -> bool {
        let key = self.key(&obj);
        let hash = key_hash(key);
        let ix = h.slot_of(hash);
        let first = h.chain(ix).iter().position(|e| self.has_key(e, key, hash));
        let Some(b) = first else {
            self.added(&obj);
            h.chain_mut(ix).push(Entry {
                hash,
                obj,
                dead: false,
            });
            h.count(hash, 1);
            h.maybe_grow(hash);
            return true;
        };
        match self.kind {
            Kind::Set | Kind::OrderedSet => {
                let e = &mut h.chain_mut(ix)[b];
                let was_dead = e.dead;
                if !was_dead && new_only {
                    return false;
                }
                if !was_dead {
                    self.removed(&e.obj);
                }
                e.dead = false;
                e.obj = obj;
                self.added(&e.obj);
                if was_dead {
                    h.revived();
                    h.count(hash, 1);
                }
                true
            }
            _ => {
                let run = h.chain(ix)[b..]
                    .iter()
                    .take_while(|e| self.has_key(e, key, hash))
                    .count();
                if new_only && h.chain(ix)[b..b + run].iter().any(|e| !e.dead) {
                    return false;
                }
                if self.kind == Kind::Bag {
                    let same = h.chain(ix)[b..b + run]
                        .iter()
                        .position(|e| exact_equal(e.obj.peek(), obj.peek()));
                    if let Some(q) = same {
                        let chain = h.chain_mut(ix);
                        if chain[b + q].dead {
                            chain[b + q].dead = false;
                            let e = chain.remove(b + q);
                            chain.insert(b, e);
                            self.added(&chain[b].obj);
                            h.revived();
                            h.count(hash, 1);
                        }
                        return false;
                    }
                }
                self.added(&obj);
                h.chain_mut(ix).insert(
                    b,
                    Entry {
                        hash,
                        obj,
                        dead: false,
                    },
                );
                h.count(hash, 1);
                h.maybe_grow(hash);
                true
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

    /// Removes the live objects of `key` for which `pick` says so (at most one unless `all`),
    /// as ERTS's erase does: while the table is fixed the first one removed stays in its chain,
    /// marked dead (`whole_key`: the first removed, else only the key's first live object).
    /// Hands the objects removed to `f`, in chain order.
    fn erase_hash(
        &self,
        h: &mut LinearHash,
        key: Term,
        mut pick: impl FnMut(Term) -> bool,
        all: bool,
        whole_key: bool,
        mut f: impl FnMut(Term),
    ) {
        let hash = key_hash(key);
        let ix = h.slot_of(hash);
        let fixed = h.fixed;
        let mut removed = 0isize;
        let mut keys_seen = 0;
        let mut marked = 0;
        let mut i = 0;
        let mut freed = Vec::new();
        while i < h.chain(ix).len() {
            let e = &h.chain(ix)[i];
            if e.dead || !self.has_key(e, key, hash) {
                i += 1;
                continue;
            }
            keys_seen += 1;
            if !pick(e.obj.peek()) {
                i += 1;
                continue;
            }
            removed += 1;
            f(e.obj.peek());
            self.removed(&e.obj);
            // Only the first object of the key needs to stay while the table is fixed.
            let keep = fixed
                && if whole_key {
                    removed == 1
                } else {
                    keys_seen == 1
                };
            if keep {
                h.chain_mut(ix)[i].dead = true;
                marked += 1;
                i += 1;
            } else {
                freed.push(h.chain_mut(ix).remove(i));
            }
            if !all {
                break;
            }
        }
        for _ in 0..marked {
            h.marked_dead();
        }
        if removed > 0 {
            h.count(hash, -removed);
            h.maybe_shrink(hash);
        }
        drop(freed);
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
            Shape::Hash(h) => {
                let mut h = write(h);
                for obj in copies {
                    self.put_hash(&mut h, obj, false);
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
            Shape::Hash(h) => {
                let mut h = write(h);
                let present = keys.iter().any(|&k| {
                    let hash = key_hash(k);
                    h.chain(h.slot_of(hash))
                        .iter()
                        .any(|e| !e.dead && self.has_key(e, k, hash))
                });
                if present {
                    return false;
                }
                let mut order: Vec<Term> = objs.to_vec();
                if self.kind == Kind::Bag {
                    // As in `insert`: erl adds a bag's objects from the last to the first.
                    order.reverse();
                }
                for o in order {
                    self.put_hash(&mut h, stored(o), false);
                }
                true
            }
        }
    }

    /// Calls `f` with each object of key `key`, in erl's order, under the read lock.
    pub fn lookup(&self, key: Term, mut f: impl FnMut(Term)) {
        match &self.shape {
            Shape::Tree(tree) => {
                if let Some(o) = read(tree).get(&TreeKey(key)) {
                    f(o.peek());
                }
            }
            Shape::Hash(h) => {
                let h = read(h);
                let hash = key_hash(key);
                let chain = h.chain(h.slot_of(hash));
                if let Some(b) = chain
                    .iter()
                    .position(|e| !e.dead && self.has_key(e, key, hash))
                {
                    // erl builds the list by consing along the chain: last first.
                    let run = chain[b..]
                        .iter()
                        .take_while(|e| self.has_key(e, key, hash))
                        .count();
                    for e in chain[b..b + run].iter().rev() {
                        if !e.dead {
                            f(e.obj.peek());
                        }
                    }
                }
            }
        }
    }

    /// Removes every object of key `key`, handing them to `f` (in erl's order) before they are
    /// freed.
    pub fn take(&self, key: Term, mut f: impl FnMut(Term)) {
        match &self.shape {
            Shape::Tree(tree) => {
                let taken = write(tree).remove(&TreeKey(key));
                if let Some(o) = taken {
                    self.removed(&o);
                    f(o.peek());
                }
            }
            Shape::Hash(h) => {
                let mut h = write(h);
                let mut got: Vec<Term> = Vec::new();
                // The terms stay valid: removed objects are freed only when `erase_hash`
                // returns, and the ones marked dead stay in the table under the lock.
                let mut copies: Vec<Payload> = Vec::new();
                self.erase_hash(
                    &mut h,
                    key,
                    |_| true,
                    true,
                    true,
                    |o| {
                        copies.push(stored(o));
                    },
                );
                got.extend(copies.iter().map(Payload::peek));
                drop(h);
                for &o in got.iter().rev() {
                    f(o);
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
            Shape::Hash(h) => {
                let mut h = write(h);
                let all = self.kind == Kind::DuplicateBag;
                self.erase_hash(&mut h, key, |o| exact_equal(o, obj), all, false, |_| {});
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
            Shape::Hash(h) => {
                let mut h = write(h);
                let hash = key_hash(key);
                let current = h
                    .chain(h.slot_of(hash))
                    .iter()
                    .find(|e| !e.dead && self.has_key(e, key, hash))
                    .map(|e| e.obj.peek());
                let (new, r) = f(current)?;
                if let Some(new) = new {
                    self.put_hash(&mut h, new, false);
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
            Shape::Hash(h) => {
                let mut h = write(h);
                if h.fixed {
                    for e in h.live() {
                        self.removed(&e.obj);
                    }
                }
                for o in h.clear() {
                    self.removed(&o);
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
            Shape::Hash(h) => {
                let h = read(h);
                let first = h.live().next().map(|e| self.key(&e.obj));
                first.map(f)
            }
        }
    }

    /// The key after `key` (before it when `back`, for an `ordered_set`) given to `f`, or
    /// `Ok(None)` at the end. A hash table gives `Err(KeyGone)` when `key` is not in it (a key
    /// deleted while the table is fixed still is, as in erl).
    pub fn next<R>(
        &self,
        key: Term,
        back: bool,
        _fixed: bool,
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
            Shape::Hash(h) => {
                let h = read(h);
                let hash = key_hash(key);
                let mut ix = h.slot_of(hash);
                let chain = h.chain(ix);
                let at = chain
                    .iter()
                    .position(|e| self.has_key(e, key, hash))
                    .ok_or(KeyGone)?;
                let bag = self.kind != Kind::Set;
                let mut i = at + 1;
                loop {
                    let chain = h.chain(ix);
                    while i < chain.len() {
                        let e = &chain[i];
                        i += 1;
                        if e.dead || (bag && self.has_key(e, key, hash)) {
                            continue;
                        }
                        return Ok(Some(f(self.key(&e.obj))));
                    }
                    match h.next_slot(ix) {
                        Some(n) => {
                            ix = n;
                            i = 0;
                        }
                        None => return Ok(None),
                    }
                }
            }
        }
    }

    /// Calls `visit` with each object from `start` (backwards when `back`, ordered sets only)
    /// until it returns `false`; where to resume, or `None` if every object was visited. A hash
    /// table stops only between slots (as ERTS's scans do): the rest of the slot is still
    /// visited after `visit` asked to stop.
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
            Shape::Hash(h) => {
                let h = read(h);
                let mut ix = match start {
                    Start::Hash { slot } => slot,
                    _ => 0,
                };
                if ix >= h.nactive() {
                    return None;
                }
                loop {
                    let mut go_on = true;
                    for e in h.chain(ix) {
                        if !e.dead {
                            go_on &= visit(e.obj.peek());
                        }
                    }
                    ix = h.next_slot(ix)?;
                    if !go_on {
                        return Some(Resume::Hash { slot: ix });
                    }
                }
            }
        }
    }

    /// Calls `visit` with each object of the slots holding `keys` (each slot once, in the order
    /// of the keys' first appearance), as ERTS's select does for a specification whose every
    /// head names its key. An ordered set visits the objects of the keys.
    pub fn scan_keys(&self, keys: &[Term], mut visit: impl FnMut(Term)) {
        match &self.shape {
            Shape::Tree(_) => {
                for &k in keys {
                    self.lookup(k, &mut visit);
                }
            }
            Shape::Hash(h) => {
                let h = read(h);
                let mut slots: Vec<usize> = Vec::new();
                for &k in keys {
                    let hash = key_hash(k);
                    let ix = h.slot_of(hash);
                    // erl only searches a slot where the key is present (the table lock is held).
                    let present = h
                        .chain(ix)
                        .iter()
                        .any(|e| !e.dead && self.has_key(e, k, hash));
                    if present && !slots.contains(&ix) {
                        slots.push(ix);
                    }
                }
                for ix in slots {
                    for e in h.chain(ix) {
                        if !e.dead {
                            visit(e.obj.peek());
                        }
                    }
                }
            }
        }
    }

    /// The objects of hash slot `ix` (`ets:slot/2`), in the order of the slot's chain; the
    /// number of active slots when `ix` is past the last one. `None` for an ordered set.
    pub fn hash_slot(&self, ix: usize, mut visit: impl FnMut(Term)) -> Option<Result<(), usize>> {
        let Shape::Hash(h) = &self.shape else {
            return None;
        };
        let h = read(h);
        if ix >= h.nactive() {
            return Some(Err(h.nactive()));
        }
        for e in h.chain(ix) {
            if !e.dead {
                visit(e.obj.peek());
            }
        }
        Some(Ok(()))
    }

    /// Whether the table is a hash table (results of scans are built last first, as erl's).
    pub fn is_hash(&self) -> bool {
        matches!(self.shape, Shape::Hash(_))
    }

    /// Decides with `f` about every object, under the write lock(s): keep, delete or replace
    /// (a replacement keeps its place). Gives the number of objects deleted or replaced.
    pub fn retain(&self, f: impl FnMut(Term) -> Action) -> usize {
        self.retain_from(0, usize::MAX, f).0
    }

    /// [`Store::retain`] from slot `from` of a hash table, stopping at the end of the slot in
    /// which `budget` objects have been visited: the number changed, and the slot to go on from
    /// if it stopped early. An ordered set is done whole.
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
            Shape::Hash(h) => {
                let mut h = write(h);
                if from >= h.nactive() {
                    return (0, None);
                }
                let fixed = h.fixed;
                let mut ix = from;
                let mut deleted = 0isize;
                let mut last_hash = 0;
                let mut stop = None;
                loop {
                    let old = std::mem::take(h.chain_mut(ix));
                    let mut kept = Vec::with_capacity(old.len());
                    let mut marked = 0;
                    for mut e in old {
                        if e.dead {
                            kept.push(e);
                            continue;
                        }
                        visited += 1;
                        match f(e.obj.peek()) {
                            Action::Keep => kept.push(e),
                            Action::Delete => {
                                changed += 1;
                                deleted += 1;
                                last_hash = e.hash;
                                h.count(e.hash, -1);
                                self.removed(&e.obj);
                                if fixed {
                                    e.dead = true;
                                    marked += 1;
                                    kept.push(e);
                                }
                            }
                            Action::Replace(new) => {
                                changed += 1;
                                self.removed(&e.obj);
                                self.added(&new);
                                e.obj = new;
                                kept.push(e);
                            }
                        }
                    }
                    *h.chain_mut(ix) = kept;
                    for _ in 0..marked {
                        h.marked_dead();
                    }
                    match h.next_slot(ix) {
                        None => break,
                        Some(n) if visited >= budget => {
                            stop = Some(n);
                            break;
                        }
                        Some(n) => ix = n,
                    }
                }
                // ERTS shrinks once the whole walk is done.
                if deleted > 0 && stop.is_none() {
                    h.maybe_shrink(last_hash);
                }
                return (changed, stop);
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
        let store = Store::new(Kind::Bag, 1, false, false);
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
        let store = Store::new(Kind::OrderedSet, 1, false, false);
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
            let store = Store::new(kind, 1, false, false);
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
                    Some(Resume::Hash { slot }) => start = Start::Hash { slot },
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
