//! Where a table's objects live: each object is a self-contained copy ([`StoredTerm`]) outside
//! every process heap; a linear hash table laid out as ERTS's for `set`, `bag` and
//! `duplicate_bag` ([`LinearHash`]), a B-tree in term order for `ordered_set`.
//!
//! Hash tables: a read-write lock per stripe of slots (one stripe, or 64 with
//! `write_concurrency`; see [`LinearHash`]). A key's hash is ERTS's (`MAKE_HASH`: the
//! atom table's hash of an atom's text, else `make_internal_hash(Key, 0)`), and objects are
//! placed, moved when slots split or join, and walked exactly as ERTS does, so `tab2list`,
//! `first/next`, `match` and `select` give erl's order. Keys are compared with `=:=`.
//!
//! `ordered_set`: B+trees ([`super::tree::Tree`]) of [`StoredObject`] blocks (one header word
//! each) in term order (so `1` and `1.0` are the same key), one per key range, each under its
//! own read-write lock ([`Parts`]).

use std::ops::Bound;

use vm::heap::{Stored, StoredObject, StoredTerm, TermAlloc};
use vm::ops::compare::exact_equal;
use vm::ops::hash::atom_hash;
use vm::term::Term;

use super::linear::{Entry, LinearHash, Slots, SlotsMut, LOCK_STRIPES};
use super::parts::{PartMut, Parts};
use super::tree::cmp_keys;
use crate::match_spec::tighter;

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

/// The two storage shapes.
enum Shape {
    Hash(LinearHash),
    Tree(Parts),
}

/// What [`Store::retain`] does with an object.
pub enum Action {
    /// Keep it.
    Keep,
    /// Delete it.
    Delete,
    /// Replace it with this object (same key).
    Replace(StoredTerm),
}

/// The objects of a table emptied by [`Store::detach_all`], freed a slice at a time.
pub enum Detached {
    /// A hash table's slots.
    Hash(std::vec::IntoIter<Option<StoredTerm>>),
    /// An ordered set's entries.
    Tree(std::vec::IntoIter<StoredObject>),
}

impl Detached {
    /// Frees about `budget` objects (whole chains); whether none are left.
    pub fn free_some(&mut self, budget: usize) -> bool {
        match self {
            Detached::Hash(slots) => {
                let mut n = 0;
                while n < budget {
                    let Some(mut next) = slots.next() else {
                        return true;
                    };
                    while let Some(mut e) = next {
                        next = e.next_mut().take();
                        n += 1;
                    }
                }
                slots.len() == 0
            }
            Detached::Tree(entries) => {
                for _ in 0..budget {
                    if entries.next().is_none() {
                        return true;
                    }
                }
                entries.len() == 0
            }
        }
    }
}

/// A change [`Store::update`] makes.
pub enum Change {
    /// Set these 1-based fields of the current object to these values.
    Fields(Vec<(usize, Term)>),
    /// Set this one 1-based field of the current object to this value.
    Field((usize, Term)),
    /// Store this object (the key had none).
    New(StoredTerm),
}

/// Writes `fields` into `obj` in place if every old and new value is an immediate; whether it
/// did (if not, `obj` is unchanged).
fn set_in_place<const L: bool>(obj: &mut Stored<L>, fields: &[(usize, Term)]) -> bool {
    let es = obj.peek().tuple_elements().unwrap_or(&[]);
    let fits = fields.iter().all(|&(pos, v)| {
        !v.is_pointer() && pos >= 1 && es.get(pos - 1).is_some_and(|o| !o.is_pointer())
    });
    if !fits {
        return false;
    }
    for &(pos, v) in fields {
        obj.set_immediate_element(pos - 1, v);
    }
    true
}

/// The elements of tuple `obj` with those at the given 1-based positions replaced (later
/// entries for the same position win).
fn replaced_fields(obj: Term, fields: &[(usize, Term)]) -> Vec<Term> {
    let mut es: Vec<Term> = obj.tuple_elements().unwrap_or(&[]).to_vec();
    for &(pos, v) in fields {
        if let Some(slot) = pos.checked_sub(1).and_then(|i| es.get_mut(i)) {
            *slot = v;
        }
    }
    es
}

/// A stored copy of tuple `obj` with the elements at the given 1-based positions replaced
/// (later entries for the same position win).
pub fn with_fields(obj: Term, fields: &[(usize, Term)]) -> StoredTerm {
    StoredTerm::from_tuple(&replaced_fields(obj, fields), 0)
}

/// An ordered set's object made from a block built for a hash table (the rare paths that
/// build an object before knowing the table type: default objects, replacements).
fn tree_object(s: StoredTerm) -> StoredObject {
    StoredObject::new(s.peek())
}

/// [`Store::update`] in the part of an ordered set holding `key`.
#[inline(always)]
fn update_in_tree<R, E>(
    p: &mut PartMut<'_>,
    key: Term,
    f: impl FnOnce(Option<Term>) -> Result<(Option<Change>, R), E>,
) -> Result<R, E> {
    let entry = p.tree.get_mut(key);
    let current = entry.as_ref().map(|e| e.peek());
    let (change, r) = f(current)?;
    match change {
        None => {}
        Some(Change::New(new)) => drop(p.insert(tree_object(new))),
        Some(ch) => {
            let fields = match &ch {
                Change::Fields(v) => v.as_slice(),
                Change::Field(f) => std::slice::from_ref(f),
                Change::New(_) => &[],
            };
            let Some(e) = entry else {
                return Ok(r);
            };
            if !set_in_place(e, fields) {
                let new = StoredObject::from_tuple(&replaced_fields(e.peek(), fields));
                drop(p.insert(new));
            }
        }
    }
    Ok(r)
}

/// Where a scan stopped, to resume after.
pub enum Resume {
    /// Hash table: the slot to go on from (scans stop between slots, as ERTS's do).
    Hash {
        /// Slot index.
        slot: usize,
    },
    /// Ordered set: the last key visited (a copy).
    Key(StoredTerm),
}

/// Objects taken out of a table, to be freed once their terms are no longer needed (the
/// first one kept without a vector: most erases remove one object).
#[derive(Default)]
struct Freed {
    first: Option<StoredTerm>,
    rest: Vec<StoredTerm>,
}

impl Freed {
    fn push(&mut self, o: StoredTerm) {
        if self.first.is_none() {
            self.first = Some(o);
        } else {
            self.rest.push(o);
        }
    }
}

/// How many slots ahead of a walk their first objects are fetched into the cache.
const PREFETCH_SLOTS: usize = 8;

/// A range of keys in term order (lower and upper bound).
pub type KeyRange = (Bound<Term>, Bound<Term>);

/// The bounds of a tree range from `lo` to `hi`, or `None` if no key lies between them.
fn tree_bounds(lo: Bound<Term>, hi: Bound<Term>) -> Option<(Bound<Term>, Bound<Term>)> {
    if let (Bound::Included(a) | Bound::Excluded(a), Bound::Included(b) | Bound::Excluded(b)) =
        (lo, hi)
    {
        let ord = cmp_keys(a, b);
        let both_in = matches!((lo, hi), (Bound::Included(_), Bound::Included(_)));
        if ord.is_gt() || (ord.is_eq() && !both_in) {
            return None;
        }
    }
    Some((lo, hi))
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
}

/// The key of object `obj` (a tuple at least `keypos` long).
pub fn key_of(obj: Term, keypos: usize) -> Term {
    obj.tuple_element(keypos - 1)
}

/// A stored copy of the object `obj`.
pub fn stored(obj: Term) -> StoredTerm {
    StoredTerm::new(obj, 0)
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
            Kind::OrderedSet => Shape::Tree(Parts::new(keypos, fine)),
            _ => {
                let stripes = if fine { LOCK_STRIPES } else { 1 };
                Shape::Hash(LinearHash::new(stripes, fine && decentralized))
            }
        };
        Store {
            kind,
            keypos,
            shape,
        }
    }

    /// Number of objects.
    pub fn len(&self) -> usize {
        match &self.shape {
            Shape::Hash(h) => h.len(),
            Shape::Tree(t) => t.len(),
        }
    }

    /// Whether the store has no objects.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Words of the stored objects' terms (without their blocks' headers).
    pub fn words(&self) -> usize {
        match &self.shape {
            Shape::Hash(h) => h.words(),
            Shape::Tree(t) => t.words(),
        }
    }

    /// Words of a hash table's slot array beyond its first segment (0 for an ordered set).
    pub fn extra_slot_words(&self) -> usize {
        match &self.shape {
            Shape::Hash(h) => h.extra_slot_words(),
            Shape::Tree(_) => 0,
        }
    }

    fn key(&self, obj: &StoredTerm) -> Term {
        key_of(obj.peek(), self.keypos)
    }

    #[inline]
    fn has_key(&self, e: &StoredTerm, key: Term, hash: u32) -> bool {
        e.hash() == hash && {
            let k = key_of(e.peek(), self.keypos);
            k == key || (!k.is_immediate() && exact_equal(k, key))
        }
    }

    /// Where in slot `ix`'s chain the live object of `key` (of hash `hash`) is, if any.
    #[inline]
    fn live_position(&self, h: &impl Slots, ix: usize, key: Term, hash: u32) -> Option<usize> {
        h.chain(ix)
            .position(|e| !e.dead() && self.has_key(e, key, hash))
    }

    /// Marks the table fixed or not; unfixing drops the objects deleted meanwhile.
    pub fn set_fixed(&self, fixed: bool) {
        if let Shape::Hash(h) = &self.shape {
            let mut all = h.all();
            all.set_fixed(fixed);
            if !fixed {
                all.purge(drop);
            }
        }
    }

    /// Puts one object, whose key hashes to `hash`, in the hash table by the table type's rule
    /// (`new_only`: only if its key has no live object); whether it went in or replaced one.
    fn put_hash(
        &self,
        h: &mut impl SlotsMut,
        mut obj: StoredTerm,
        hash: u32,
        new_only: bool,
    ) -> bool {
        let key = self.key(&obj);
        debug_assert_eq!(hash, key_hash(key));
        obj.set_meta(u64::from(hash));
        let words = obj.term_words() as isize;
        let ix = h.slot_of(hash);
        let first = h.chain(ix).position(|e| self.has_key(e, key, hash));
        let Some(b) = first else {
            h.push_back(ix, obj);
            h.count(hash, 1, words);
            h.maybe_grow(hash);
            return true;
        };
        match self.kind {
            Kind::Set | Kind::OrderedSet => {
                let was_dead = h.chain(ix).nth(b).is_some_and(|e| e.dead());
                if !was_dead && new_only {
                    return false;
                }
                let old = match h.replace_at(ix, b, obj) {
                    Ok(old) => old,
                    Err(_) => return false,
                };
                if was_dead {
                    h.revived(hash);
                    h.count(hash, 1, words);
                } else {
                    h.count(hash, 0, words - old.term_words() as isize);
                }
                true
            }
            _ => {
                let run = h
                    .chain(ix)
                    .skip(b)
                    .take_while(|e| self.has_key(e, key, hash))
                    .count();
                if new_only && h.chain(ix).skip(b).take(run).any(|e| !e.dead()) {
                    return false;
                }
                if self.kind == Kind::Bag {
                    let same = h
                        .chain(ix)
                        .skip(b)
                        .take(run)
                        .position(|e| exact_equal(e.peek(), obj.peek()));
                    if let Some(q) = same {
                        let dead = h.chain(ix).nth(b + q).is_some_and(|e| e.dead());
                        if dead {
                            if let Some(mut e) = h.remove_at(ix, b + q) {
                                e.set_dead(false);
                                let w = e.term_words() as isize;
                                h.insert_at(ix, b, e);
                                h.revived(hash);
                                h.count(hash, 1, w);
                            }
                        }
                        return false;
                    }
                }
                h.insert_at(ix, b, obj);
                h.count(hash, 1, words);
                h.maybe_grow(hash);
                true
            }
        }
    }

    /// Removes the live objects of `key` for which `pick` says so (at most one unless `all`),
    /// as ERTS's erase does: while the table is fixed the first one removed stays in its chain,
    /// marked dead (`whole_key`: the first removed, else only the key's first live object).
    /// Hands the objects removed to `f`, in chain order, and gives back those taken out of the
    /// table (the caller frees them when it no longer needs the terms `f` saw).
    #[must_use]
    fn erase_hash(
        &self,
        h: &mut impl SlotsMut,
        (key, hash): (Term, u32),
        mut pick: impl FnMut(Term) -> bool,
        all: bool,
        whole_key: bool,
        mut f: impl FnMut(Term),
    ) -> Freed {
        let ix = h.slot_of(hash);
        let fixed = h.fixed();
        // A set holds one live object per key: the walk ends at it, as the rest of the chain
        // cannot hold another.
        let all = all && self.kind != Kind::Set;
        let mut removed = 0isize;
        let mut words = 0isize;
        let mut keys_seen = 0;
        let mut marked = 0;
        let mut freed = Freed::default();
        if let Some(mut cur) = h.slot_mut(ix) {
            while let Some(e) = cur.as_ref() {
                let matches = !e.dead() && self.has_key(e, key, hash) && {
                    keys_seen += 1;
                    pick(e.peek())
                };
                if !matches {
                    match cur.as_mut() {
                        Some(e) => cur = e.next_mut(),
                        None => break,
                    }
                    continue;
                }
                removed += 1;
                f(e.peek());
                words += e.term_words() as isize;
                // Only the first object of the key needs to stay while the table is fixed.
                let keep = fixed
                    && if whole_key {
                        removed == 1
                    } else {
                        keys_seen == 1
                    };
                if keep {
                    marked += 1;
                    match cur.as_mut() {
                        Some(e) => {
                            e.set_dead(true);
                            cur = e.next_mut();
                        }
                        None => break,
                    }
                } else if let Some(mut o) = cur.take() {
                    *cur = o.next_mut().take();
                    freed.push(o);
                }
                if !all {
                    break;
                }
            }
        }
        for _ in 0..marked {
            h.marked_dead(hash);
        }
        if removed > 0 {
            h.count(hash, -removed, -words);
            h.maybe_shrink(hash);
        }
        freed
    }

    /// Inserts one object (already checked to be a tuple of the right size).
    pub fn insert_one(&self, obj: Term) {
        match &self.shape {
            Shape::Tree(tree) => {
                let copy = StoredObject::new(obj);
                tree.write_one(key_of(obj, self.keypos), |p| p.insert(copy));
            }
            Shape::Hash(h) => {
                let hash = key_hash(key_of(obj, self.keypos));
                let copy = stored(obj);
                self.put_hash(&mut h.one(hash), copy, hash, false);
            }
        }
    }

    /// Inserts the objects (already checked to be tuples of the right size), all at once for
    /// readers.
    pub fn insert(&self, objs: &[Term]) {
        match &self.shape {
            Shape::Tree(tree) => {
                let copies: Vec<StoredObject> =
                    objs.iter().map(|&o| StoredObject::new(o)).collect();
                tree.write_all(|all| {
                    for obj in copies {
                        all.insert(obj);
                    }
                });
            }
            Shape::Hash(h) => {
                let mut copies: Vec<StoredTerm> = objs.iter().map(|&o| stored(o)).collect();
                if self.kind == Kind::Bag {
                    // erl adds the objects of one bag insert from the last to the first.
                    copies.reverse();
                }
                let mut all = h.all();
                for obj in copies {
                    let hash = key_hash(self.key(&obj));
                    self.put_hash(&mut all, obj, hash, false);
                }
            }
        }
    }

    /// Inserts the objects if none of their keys is present; whether it did.
    pub fn insert_new(&self, objs: &[Term]) -> bool {
        let keys: Vec<Term> = objs.iter().map(|&o| key_of(o, self.keypos)).collect();
        match &self.shape {
            Shape::Tree(tree) => {
                if let [o] = objs {
                    return tree.write_one(keys[0], |p| {
                        if p.tree.contains(keys[0]) {
                            return false;
                        }
                        p.insert(StoredObject::new(*o));
                        true
                    });
                }
                tree.write_all(|all| {
                    if keys.iter().any(|&k| all.contains(k)) {
                        return false;
                    }
                    for &o in objs {
                        all.insert(StoredObject::new(o));
                    }
                    true
                })
            }
            Shape::Hash(h) => {
                if let [o] = objs {
                    let hash = key_hash(keys[0]);
                    return self.put_hash(&mut h.one(hash), stored(*o), hash, true);
                }
                let mut all = h.all();
                let present = keys.iter().any(|&k| {
                    let hash = key_hash(k);
                    all.chain(all.slot_of(hash))
                        .any(|e| !e.dead() && self.has_key(e, k, hash))
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
                    let hash = key_hash(key_of(o, self.keypos));
                    self.put_hash(&mut all, stored(o), hash, false);
                }
                true
            }
        }
    }

    /// Calls `f` with each object of key `key`, in erl's order, under the read lock.
    pub fn lookup(&self, key: Term, mut f: impl FnMut(Term)) {
        match &self.shape {
            Shape::Tree(tree) => tree.read_one(key, |t| {
                if let Some(o) = t.get(key) {
                    f(o.peek());
                }
            }),
            Shape::Hash(h) => {
                let hash = key_hash(key);
                let h = h.one_read(hash);
                let mut chain = h.chain(h.slot_of(hash));
                let Some(first) = chain.find(|e| self.has_key(e, key, hash)) else {
                    return;
                };
                if self.kind == Kind::Set {
                    if !first.dead() {
                        f(first.peek());
                    }
                    return;
                }
                // erl builds the list by consing along the chain: last first.
                let run: Vec<&StoredTerm> = std::iter::once(first)
                    .chain(chain.take_while(|e| self.has_key(e, key, hash)))
                    .filter(|e| !e.dead())
                    .collect();
                for e in run.into_iter().rev() {
                    f(e.peek());
                }
            }
        }
    }

    /// The object of key `key` of a `set` or `ordered_set` copied into `heap`, without a
    /// walk of its terms where the object holds no refc binaries or magic references
    /// (`StoredObject::copy_out`); `None` if there is none.
    pub fn lookup_one(&self, key: Term, heap: &mut impl TermAlloc) -> Option<Term> {
        match &self.shape {
            Shape::Tree(tree) => tree.read_one(key, |t| t.get(key).map(|o| o.copy_out(heap))),
            Shape::Hash(h) => {
                let hash = key_hash(key);
                let h = h.one_read(hash);
                let first = h
                    .chain(h.slot_of(hash))
                    .find(|e| self.has_key(e, key, hash))?;
                (!first.dead()).then(|| first.copy_out(heap))
            }
        }
    }

    /// Removes every object of key `key` (`ets:delete/2`).
    pub fn delete_key(&self, key: Term) {
        match &self.shape {
            Shape::Tree(tree) => {
                let taken = tree.write_one(key, |p| p.remove(key));
                drop(taken);
            }
            Shape::Hash(h) => {
                let hash = key_hash(key);
                let mut h = h.one(hash);
                let freed = self.erase_hash(&mut h, (key, hash), |_| true, true, true, |_| {});
                drop(h);
                drop(freed);
            }
        }
    }

    /// Removes every object of key `key`, handing them to `f` (in erl's order) before they are
    /// freed.
    pub fn take(&self, key: Term, mut f: impl FnMut(Term)) {
        match &self.shape {
            Shape::Tree(tree) => {
                let taken = tree.write_one(key, |p| p.remove(key));
                if let Some(o) = taken {
                    f(o.peek());
                }
            }
            Shape::Hash(h) => {
                let hash = key_hash(key);
                let mut h = h.one(hash);
                let mut got: Vec<Term> = Vec::new();
                let freed =
                    self.erase_hash(&mut h, (key, hash), |_| true, true, true, |o| got.push(o));
                // The terms stay valid: the objects removed are in `freed`, the ones marked dead
                // stay in the table, and the lock is held.
                for &o in got.iter().rev() {
                    f(o);
                }
                drop(h);
                drop(freed);
            }
        }
    }

    /// Removes the objects exactly equal to `obj` (same key position).
    pub fn delete_object(&self, obj: Term) {
        let key = key_of(obj, self.keypos);
        match &self.shape {
            Shape::Tree(tree) => {
                let taken = tree.write_one(key, |p| {
                    let same = p.tree.get(key).is_some_and(|o| exact_equal(o.peek(), obj));
                    if same {
                        p.remove(key)
                    } else {
                        None
                    }
                });
                drop(taken);
            }
            Shape::Hash(h) => {
                let hash = key_hash(key);
                let mut h = h.one(hash);
                let all = self.kind == Kind::DuplicateBag;
                let freed = self.erase_hash(
                    &mut h,
                    (key, hash),
                    |o| exact_equal(o, obj),
                    all,
                    false,
                    |_| {},
                );
                drop(h);
                drop(freed);
            }
        }
    }

    /// Adds `incr` to the small integer at 1-based position `pos` (not the key's) of the
    /// object of key `key` (a `set` or `ordered_set`) in place, atomically, when the object
    /// exists, has that field, holds a small integer there and the sum is one too: the new
    /// value. `None` (and the table unchanged) otherwise, for [`Store::update`] to decide.
    #[inline]
    pub fn add_small(&self, key: Term, pos: usize, incr: i64) -> Option<Term> {
        #[inline(always)]
        fn add<const L: bool>(o: &mut Stored<L>, pos: usize, incr: i64) -> Option<Term> {
            let old = o
                .peek()
                .tuple_elements()?
                .get(pos.checked_sub(1)?)?
                .as_small()?;
            let new = Term::try_small(old.checked_add(incr)?)?;
            o.set_immediate_element(pos - 1, new).then_some(new)
        }
        match &self.shape {
            Shape::Tree(tree) => tree.write_one(key, |p| add(p.tree.get_mut(key)?, pos, incr)),
            Shape::Hash(h) => {
                let hash = key_hash(key);
                let mut h = h.one(hash);
                let ix = h.slot_of(hash);
                let at = self.live_position(&h, ix, key, hash)?;
                add(h.get_mut(ix, at)?, pos, incr)
            }
        }
    }

    /// Changes the object of key `key` (a `set` or `ordered_set`) as `f` decides from the
    /// current one (`None` if there is none): `(Some(change), r)` makes the change, `(None, r)`
    /// leaves the table as it was. All under the write lock, so updates are atomic. Fields
    /// whose old and new values are both immediates are written in place.
    pub fn update<R, E>(
        &self,
        key: Term,
        f: impl FnOnce(Option<Term>) -> Result<(Option<Change>, R), E>,
    ) -> Result<R, E> {
        match &self.shape {
            Shape::Tree(tree) => tree.write_one(key, |p| update_in_tree(p, key, f)),
            Shape::Hash(h) => {
                let hash = key_hash(key);
                let mut h = h.one(hash);
                let ix = h.slot_of(hash);
                let pos = self.live_position(&h, ix, key, hash);
                let current = pos.and_then(|p| h.chain(ix).nth(p)).map(StoredTerm::peek);
                let (change, r) = f(current)?;
                match change {
                    None => {}
                    Some(Change::New(new)) => {
                        self.put_hash(&mut h, new, hash, false);
                    }
                    Some(Change::Fields(fields)) => {
                        self.set_fields_hash(&mut h, ix, pos, hash, &fields);
                    }
                    Some(Change::Field(f)) => {
                        self.set_fields_hash(&mut h, ix, pos, hash, std::slice::from_ref(&f));
                    }
                }
                Ok(r)
            }
        }
    }

    fn set_fields_hash(
        &self,
        h: &mut impl SlotsMut,
        ix: usize,
        pos: Option<usize>,
        hash: u32,
        fields: &[(usize, Term)],
    ) {
        let Some(e) = pos.and_then(|p| h.get_mut(ix, p)) else {
            return;
        };
        if !set_in_place(e, fields) {
            let new = with_fields(e.peek(), fields);
            self.put_hash(h, new, hash, false);
        }
    }

    /// Empties the table at once, handing its objects over to be freed by the caller; `None`
    /// (and nothing done) if it is a fixed hash table, whose objects must be marked dead instead
    /// ([`Store::clear_slots`]).
    pub fn detach_all_unless_fixed(&self) -> Option<Detached> {
        match &self.shape {
            Shape::Tree(tree) => {
                let old = tree.write_all(|all| all.take_all());
                Some(Detached::Tree(old.into_iter()))
            }
            Shape::Hash(h) => {
                let mut all = h.all();
                if all.fixed() {
                    return None;
                }
                Some(Detached::Hash(all.take_all().into_iter()))
            }
        }
    }

    /// Empties the table at once whether or not it is fixed (it is being deleted), handing
    /// every object over to be freed by the caller.
    pub fn detach_everything(&self) -> Detached {
        let rest = match &self.shape {
            Shape::Tree(tree) => Detached::Tree(tree.write_all(|all| all.take_all()).into_iter()),
            Shape::Hash(h) => Detached::Hash(h.all().take_all().into_iter()),
        };
        rest
    }

    /// Part of `delete_all_objects/1` on a fixed hash table: marks dead the live objects of the
    /// slots from `from` on (in slot order), stopping after the slot in which `budget` objects
    /// were marked; the slot to go on from, if any. Should the table have been unfixed
    /// meanwhile, the objects are removed instead and handed back to be freed; a table left
    /// empty and unfixed at the end starts again from its first slots, as a cleared one does.
    pub fn clear_slots(&self, from: usize, budget: usize) -> (Option<usize>, Vec<StoredTerm>) {
        let Shape::Hash(h) = &self.shape else {
            return (None, Vec::new());
        };
        let mut h = h.all();
        let mut freed = Vec::new();
        let mut done = 0;
        let mut ix = from;
        while ix < h.nactive() {
            if h.fixed() {
                let mut marked = Vec::new();
                let mut link = h.slot_mut(ix);
                while let Some(Some(e)) = link {
                    if !e.dead() {
                        e.set_dead(true);
                        marked.push((e.hash(), e.term_words() as isize));
                    }
                    link = Some(e.next_mut());
                }
                for &(hash, words) in &marked {
                    h.marked_dead(hash);
                    h.count(hash, -1, -words);
                }
                done += marked.len();
            } else {
                let mut kept = Vec::new();
                for e in h.take_chain(ix) {
                    if e.dead() {
                        kept.push(e);
                    } else {
                        h.count(e.hash(), -1, -(e.term_words() as isize));
                        freed.push(e);
                        done += 1;
                    }
                }
                h.put_chain(ix, kept);
            }
            ix += 1;
            if done >= budget && ix < h.nactive() {
                return (Some(ix), freed);
            }
        }
        if !h.fixed() && h.is_empty_of_objects() {
            let old = h.take_all();
            drop(h);
            drop(old);
        }
        (None, freed)
    }

    /// Removes every object.
    pub fn clear(&self) {
        match &self.shape {
            Shape::Tree(tree) => {
                let old = tree.write_all(|all| all.take_all());
                drop(old);
            }
            Shape::Hash(h) => {
                let old = h.all().clear();
                drop(old);
            }
        }
    }

    /// The first key (the smallest; `last` the largest for an `ordered_set`, else the same as
    /// `first`), given to `f` under the lock.
    pub fn first<R>(&self, last: bool, f: impl FnOnce(Term) -> R) -> Option<R> {
        match &self.shape {
            Shape::Tree(tree) => tree.first_key(last, f),
            Shape::Hash(h) => {
                let h = h.all_read();
                let first = h.live().next().map(|e| self.key(e));
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
            Shape::Tree(tree) => Ok(tree.next_key(key, back, f)),
            Shape::Hash(h) => {
                let h = h.all_read();
                let hash = key_hash(key);
                let mut ix = h.slot_of(hash);
                let mut chain = h.chain(ix);
                chain.find(|e| self.has_key(e, key, hash)).ok_or(KeyGone)?;
                let bag = self.kind != Kind::Set;
                loop {
                    for e in chain.by_ref() {
                        if e.dead() || (bag && self.has_key(e, key, hash)) {
                            continue;
                        }
                        return Ok(Some(f(self.key(e))));
                    }
                    match h.next_slot(ix) {
                        Some(n) => {
                            ix = n;
                            chain = h.chain(ix);
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
        visit: impl FnMut(Term) -> bool,
    ) -> Option<Resume> {
        self.scan_in(start, back, None, visit)
    }

    /// [`Store::scan`], visiting in an ordered set only the objects whose keys lie in `range`
    /// (a hash table ignores it).
    pub fn scan_in(
        &self,
        start: Start,
        back: bool,
        range: Option<&KeyRange>,
        mut visit: impl FnMut(Term) -> bool,
    ) -> Option<Resume> {
        match &self.shape {
            Shape::Tree(tree) => {
                let (mut lo, mut hi) = range
                    .copied()
                    .unwrap_or((Bound::Unbounded, Bound::Unbounded));
                if let Start::After(k) = start {
                    if back {
                        hi = tighter(hi, Bound::Excluded(k), std::cmp::Ordering::Less);
                    } else {
                        lo = tighter(lo, Bound::Excluded(k), std::cmp::Ordering::Greater);
                    }
                }
                let (lo, hi) = tree_bounds(lo, hi)?;
                let mut stop = None;
                tree.walk(lo, hi, back, |k, o| {
                    if visit(o.peek()) {
                        return true;
                    }
                    stop = Some(k);
                    false
                });
                stop.map(|k| Resume::Key(stored(k)))
            }
            Shape::Hash(h) => {
                let h = h.all_read();
                let mut ix = match start {
                    Start::Hash { slot } => slot,
                    _ => 0,
                };
                if ix >= h.nactive() {
                    return None;
                }
                // The slots' first objects are scattered in memory: start loading a few slots
                // ahead of the walk.
                let mut ahead = Some(ix);
                for _ in 0..PREFETCH_SLOTS {
                    ahead = ahead.and_then(|a| {
                        h.prefetch_slot(a);
                        h.next_slot(a)
                    });
                }
                loop {
                    if let Some(a) = ahead {
                        h.prefetch_slot(a);
                        ahead = h.next_slot(a);
                    }
                    let mut go_on = true;
                    for e in h.chain(ix) {
                        if !e.dead() {
                            go_on &= visit(e.peek());
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
                let h = h.all_read();
                let mut slots: Vec<usize> = Vec::new();
                for &k in keys {
                    let hash = key_hash(k);
                    let ix = h.slot_of(hash);
                    // erl only searches a slot where the key is present (the table lock is held).
                    let present = h.chain(ix).any(|e| !e.dead() && self.has_key(e, k, hash));
                    if present && !slots.contains(&ix) {
                        slots.push(ix);
                    }
                }
                for ix in slots {
                    for e in h.chain(ix) {
                        if !e.dead() {
                            visit(e.peek());
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
        let h = h.all_read();
        if ix >= h.nactive() {
            return Some(Err(h.nactive()));
        }
        for e in h.chain(ix) {
            if !e.dead() {
                visit(e.peek());
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
        self.retain_from(Start::Beginning, usize::MAX, None, f).0
    }

    /// [`Store::retain`] from `from`, stopping once `budget` objects have been visited (at the
    /// end of that slot in a hash table): the number changed, and where to go on if it stopped
    /// early. An ordered set visits only the keys in `range`.
    pub fn retain_from(
        &self,
        from: Start,
        budget: usize,
        range: Option<&KeyRange>,
        mut f: impl FnMut(Term) -> Action,
    ) -> (usize, Option<Resume>) {
        let mut changed = 0;
        let mut visited = 0usize;
        match &self.shape {
            Shape::Tree(tree) => tree.write_all(|tree| {
                let (mut lo, hi) = range
                    .copied()
                    .unwrap_or((Bound::Unbounded, Bound::Unbounded));
                if let Start::After(k) = from {
                    lo = tighter(lo, Bound::Excluded(k), std::cmp::Ordering::Greater);
                }
                let Some((lo, hi)) = tree_bounds(lo, hi) else {
                    return (0, None);
                };
                let mut actions = Vec::new();
                let mut stop = None;
                let mut last: Option<Term> = None;
                tree.walk(lo, hi, false, |k, o| {
                    if let (Some(l), true) = (last, visited >= budget) {
                        // More remain: go on after the last key visited.
                        stop = Some(Resume::Key(stored(l)));
                        return false;
                    }
                    visited += 1;
                    last = Some(k);
                    match f(o.peek()) {
                        Action::Keep => {}
                        a => actions.push((stored(k), a)),
                    }
                    true
                });
                for (k, a) in actions {
                    changed += 1;
                    drop(tree.remove(k.peek()));
                    if let Action::Replace(new) = a {
                        drop(tree.insert(tree_object(new)));
                    }
                }
                (changed, stop)
            }),
            Shape::Hash(h) => {
                let mut h = h.all();
                let from = match from {
                    Start::Hash { slot } => slot,
                    _ => 0,
                };
                if from >= h.nactive() {
                    return (0, None);
                }
                let fixed = h.fixed();
                let mut ix = from;
                let mut deleted = 0isize;
                let mut last_hash = 0;
                let mut stop = None;
                loop {
                    let old = h.take_chain(ix);
                    let mut kept = Vec::with_capacity(old.len());
                    let mut marked = Vec::new();
                    for mut e in old {
                        if e.dead() {
                            kept.push(e);
                            continue;
                        }
                        visited += 1;
                        match f(e.peek()) {
                            Action::Keep => kept.push(e),
                            Action::Delete => {
                                changed += 1;
                                deleted += 1;
                                last_hash = e.hash();
                                h.count(e.hash(), -1, -(e.term_words() as isize));
                                if fixed {
                                    e.set_dead(true);
                                    marked.push(e.hash());
                                    kept.push(e);
                                }
                            }
                            Action::Replace(mut new) => {
                                changed += 1;
                                let grew = new.term_words() as isize - e.term_words() as isize;
                                h.count(e.hash(), 0, grew);
                                new.set_meta(u64::from(e.hash()));
                                kept.push(new);
                            }
                        }
                    }
                    h.put_chain(ix, kept);
                    for hash in marked {
                        h.marked_dead(hash);
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
                (changed, stop.map(|slot| Resume::Hash { slot }))
            }
        }
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

    /// An ordered set split into parts behaves as one tree: order, walks both ways and
    /// resumed, `next` across parts, lookups, updates, deletes and counts.
    #[test]
    fn split_ordered_set_keeps_order_and_counts() {
        let mut h = ScratchHeap::new();
        let store = Store::new(Kind::OrderedSet, 1, true, true);
        let Shape::Tree(parts) = &store.shape else {
            unreachable!("an ordered set is a tree")
        };
        let n = 3000i64;
        for i in 0..n {
            let k = i * 7919 % n;
            let v = h.tuple(&[Term::small(k)]);
            let o = h.tuple(&[Term::small(k), v]);
            store.insert_one(o);
        }
        let words = store.words();
        for _ in 0..4 {
            parts.split_all();
        }
        assert!(parts.part_count() >= 8, "{} parts", parts.part_count());
        assert_eq!(store.len(), n as usize);
        assert_eq!(store.words(), words);
        assert_eq!(keys(&store), (0..n).collect::<Vec<_>>());
        let mut down = Vec::new();
        store.scan(Start::Beginning, true, |o| {
            down.push(o.tuple_element(0).as_small().unwrap_or(-1));
            true
        });
        assert_eq!(down, (0..n).rev().collect::<Vec<_>>());
        // A walk stopped every 100 objects and resumed after the last key.
        let mut seen = Vec::new();
        let mut start = Start::Beginning;
        loop {
            let mut left = 100;
            let resume = store.scan(start, false, |o| {
                seen.push(o.tuple_element(0).as_small().unwrap_or(-1));
                left -= 1;
                left > 0
            });
            match resume {
                Some(Resume::Key(k)) => {
                    start = Start::After(Term::small(k.peek().as_small().unwrap_or(-1)))
                }
                _ => break,
            }
        }
        assert_eq!(seen, (0..n).collect::<Vec<_>>());
        // A key range across parts.
        let range = (
            Bound::Included(Term::small(1000)),
            Bound::Excluded(Term::small(2000)),
        );
        let mut inside = 0;
        store.scan_in(Start::Beginning, false, Some(&range), |_| {
            inside += 1;
            true
        });
        assert_eq!(inside, 1000);
        for k in (0..n).step_by(2) {
            store.delete_key(Term::small(k));
        }
        assert_eq!(store.len(), (n / 2) as usize);
        assert_eq!(
            keys(&store),
            (0..n).filter(|k| k % 2 == 1).collect::<Vec<_>>()
        );
        assert_eq!(store.first(true, |k| k.as_small()), Some(Some(n - 1)));
        let last_back = store.next(Term::small(1), true, false, |k| k.as_small());
        assert!(matches!(last_back, Ok(None)));
        let removed = store.retain(|o| {
            if o.tuple_element(0).as_small().unwrap_or(0) % 3 == 0 {
                Action::Delete
            } else {
                Action::Keep
            }
        });
        assert_eq!(removed, (0..n).filter(|k| k % 2 == 1 && k % 3 == 0).count());
        let mut got = None;
        store.lookup(Term::small(7), |o| got = o.tuple_element(0).as_small());
        assert_eq!(got, Some(7));
        store.clear();
        assert!(store.is_empty());
        assert_eq!(store.words(), 0);
        assert_eq!(keys(&store), Vec::<i64>::new());
    }

    /// Four threads each inserting keys `w, w + 4, ...` (`per` of them) three times over, adding
    /// 1 to each object's counter just after inserting it, and deleting every third key after
    /// each round; gives the keys that must remain.
    fn hammer(
        store: &std::sync::Arc<Store>,
        per: i64,
    ) -> (Vec<std::thread::JoinHandle<()>>, Vec<i64>) {
        let writers = (0..4i64)
            .map(|w| {
                let store = std::sync::Arc::clone(store);
                std::thread::spawn(move || {
                    let mut h = ScratchHeap::new();
                    for round in 0..3 {
                        for i in 0..per {
                            let k = i * 4 + w;
                            store.insert_one(h.tuple(&[Term::small(k), Term::small(round)]));
                            let added = store.add_small(Term::small(k), 2, 1);
                            assert_eq!(added, Some(Term::small(round + 1)));
                        }
                        for i in (0..per).step_by(3) {
                            store.delete_key(Term::small(i * 4 + w));
                        }
                    }
                })
            })
            .collect();
        let left = (0..per * 4).filter(|k| (k / 4) % 3 != 0).collect();
        (writers, left)
    }

    /// Threads inserting, updating and deleting their own keys of an ordered set while it is
    /// split under them lose nothing.
    #[test]
    fn ordered_set_split_under_concurrent_writers_loses_nothing() {
        let store = std::sync::Arc::new(Store::new(Kind::OrderedSet, 1, true, true));
        let (writers, want) = hammer(&store, 2000);
        let Shape::Tree(parts) = &store.shape else {
            unreachable!("an ordered set is a tree")
        };
        for _ in 0..50 {
            parts.split_all();
            std::thread::yield_now();
        }
        for t in writers {
            t.join().expect("a writer panicked");
        }
        assert_eq!(keys(&store), want);
        assert_eq!(store.len(), want.len());
        assert!(parts.part_count() > 1);
    }

    /// Threads inserting, updating and deleting their own keys of a 64-stripe set, growing and
    /// shrinking it, while another walks it, lose nothing and count every increment.
    #[test]
    fn striped_set_under_concurrent_writers_loses_nothing() {
        let store = std::sync::Arc::new(Store::new(Kind::Set, 1, true, false));
        let (writers, want) = hammer(&store, 5000);
        for _ in 0..20 {
            let mut n = 0;
            store.scan(Start::Beginning, false, |_| {
                n += 1;
                true
            });
            assert!(n <= 20_000);
        }
        for t in writers {
            t.join().expect("a writer panicked");
        }
        let mut got = keys(&store);
        got.sort_unstable();
        assert_eq!(got, want);
        assert_eq!(store.len(), want.len());
    }
}
