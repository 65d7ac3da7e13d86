//! [`Parts`]: an ordered set's objects as one or more [`Tree`]s over consecutive key ranges,
//! each under its own read-write lock, so that processes working on keys of different ranges
//! of a `write_concurrency` table do not wait for each other (the idea of ERTS's contention
//! adapting tree).
//!
//! A table starts as one part. With `write_concurrency`, taking a part's write lock first
//! tries without waiting: a failure adds [`CONTENDED`] to the part's contention figure, a
//! success takes [`UNCONTENDED`] off it; once the figure passes [`SPLIT_AT`] (and the part
//! holds at least [`MIN_SPLIT`] objects, the table fewer than [`MAX_PARTS`] parts), the
//! operation, after unlocking, splits the part at its middle key into two new ones. Parts are
//! never joined again: a table split once stays split (a whole-table operation locks every
//! part, in key order).
//!
//! The routing (the parts and the keys between them) is an immutable value behind an
//! [`ArcSwap`]: an operation loads it without writing to any shared memory, finds its part by
//! binary search and locks it. A split happens with the old part write-locked (and one split
//! at a time): it moves the objects to two new parts, marks the old part split, publishes the
//! new routing, and unlocks. An operation that locked a part marked split (it had loaded the
//! routing before) loads the routing again and retries; a whole-table operation that finds
//! one of its parts split unlocks all and retries.

use std::ops::Bound;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock, RwLockWriteGuard};

use arc_swap::ArcSwap;
use vm::heap::{StoredObject, StoredTerm};
use vm::sched::sync::{read, try_lock, try_write, write, Guard};
use vm::term::Term;

use super::tree::{cmp_keys, Tree};
use crate::match_spec::tighter;

/// Added to a part's contention figure when its write lock was held by another thread.
const CONTENDED: i32 = 250;
/// Taken off a part's contention figure when its write lock was free.
const UNCONTENDED: i32 = 1;
/// The contention figure above which a part is split.
const SPLIT_AT: i32 = 1000;
/// The fewest objects a part must hold to be split.
const MIN_SPLIT: usize = 64;
/// The most parts a table is split into.
const MAX_PARTS: usize = 4096;

/// One key range's tree, its lock and its counters, alone on their cache lines.
#[repr(align(128))]
struct Part {
    lock: RwLock<Tree>,
    /// Cleared, under the write lock, when the part is split (its objects moved away).
    live: AtomicBool,
    /// Contention figure (changed under the write lock).
    contention: AtomicI32,
    /// Objects (changed under the write lock).
    len: AtomicUsize,
    /// Words of the objects' terms (changed under the write lock).
    words: AtomicUsize,
}

impl Part {
    fn new(tree: Tree, words: usize) -> Arc<Part> {
        Arc::new(Part {
            len: AtomicUsize::new(tree.len()),
            lock: RwLock::new(tree),
            live: AtomicBool::new(true),
            contention: AtomicI32::new(0),
            words: AtomicUsize::new(words),
        })
    }

    /// Records the tree's size and a change of `words` words (under the write lock).
    fn counted(&self, tree: &Tree, words: isize) {
        self.len.store(tree.len(), Ordering::Relaxed);
        let w = self
            .words
            .load(Ordering::Relaxed)
            .wrapping_add_signed(words);
        self.words.store(w, Ordering::Relaxed);
    }

    fn is_live(&self) -> bool {
        self.live.load(Ordering::Relaxed)
    }
}

/// The parts in key order and the keys between them: part `i` holds the keys from
/// `bounds[i - 1]` (included) up to `bounds[i]` (excluded).
struct Routing {
    bounds: Vec<Arc<StoredTerm>>,
    parts: Vec<Arc<Part>>,
}

impl Routing {
    #[inline]
    fn route(&self, key: Term) -> usize {
        if self.bounds.is_empty() {
            return 0;
        }
        self.bounds
            .partition_point(|b| cmp_keys(b.peek(), key).is_le())
    }

    /// The parts whose ranges meet the keys from `lo` to `hi`, if any.
    fn span(&self, lo: Bound<Term>, hi: Bound<Term>) -> Option<std::ops::RangeInclusive<usize>> {
        let first = match lo {
            Bound::Included(k) | Bound::Excluded(k) => self.route(k),
            Bound::Unbounded => 0,
        };
        let last = match hi {
            Bound::Included(k) | Bound::Excluded(k) => self.route(k),
            Bound::Unbounded => self.parts.len() - 1,
        };
        (first <= last).then_some(first..=last)
    }
}

/// An ordered set's objects, in parts.
pub struct Parts {
    keypos: usize,
    routing: ArcSwap<Routing>,
    /// Whether parts split under contention (`write_concurrency`).
    adaptive: bool,
    /// The first part, the only one of a table that never splits (reached without loading the
    /// routing).
    first: Arc<Part>,
    /// Held by the thread splitting a part.
    splitting: Mutex<()>,
}

/// One part of a table, write-locked: its tree, with the part's counters kept by
/// [`PartMut::insert`] and [`PartMut::remove`].
pub struct PartMut<'a> {
    part: &'a Part,
    /// The part's tree.
    pub tree: &'a mut Tree,
}

impl PartMut<'_> {
    /// Inserts `obj`, giving back the object it replaced.
    pub fn insert(&mut self, obj: StoredObject) -> Option<StoredObject> {
        let mut words = obj.term_words() as isize;
        let old = self.tree.insert(obj);
        if let Some(o) = &old {
            words -= o.term_words() as isize;
        }
        self.part.counted(self.tree, words);
        old
    }

    /// Removes and gives back the object of `key`.
    pub fn remove(&mut self, key: Term) -> Option<StoredObject> {
        let old = self.tree.remove(key)?;
        self.part.counted(self.tree, -(old.term_words() as isize));
        Some(old)
    }
}

/// Every part of a table, locked (for reading or writing, by the guards `G`), in key order.
pub struct AllParts<'a, G> {
    routing: &'a Routing,
    gs: Vec<G>,
    keypos: usize,
}

impl<G: std::ops::Deref<Target = Tree>> AllParts<'_, G> {
    /// The object of `key`.
    pub fn get(&self, key: Term) -> Option<&StoredObject> {
        self.gs[self.routing.route(key)].get(key)
    }

    /// Whether `key` has an object.
    pub fn contains(&self, key: Term) -> bool {
        self.get(key).is_some()
    }

    /// Calls `f` with each key and object from `lo` to `hi` (from `hi` down when `back`) until
    /// it returns `false`; whether it stopped early.
    pub fn walk(
        &self,
        lo: Bound<Term>,
        hi: Bound<Term>,
        back: bool,
        mut f: impl FnMut(Term, &StoredObject) -> bool,
    ) -> bool {
        let Some(span) = self.routing.span(lo, hi) else {
            return false;
        };
        let parts = &self.gs[span];
        if back {
            parts.iter().rev().any(|t| t.walk(lo, hi, true, &mut f))
        } else {
            parts.iter().any(|t| t.walk(lo, hi, false, &mut f))
        }
    }
}

impl<G: std::ops::DerefMut<Target = Tree>> AllParts<'_, G> {
    /// Inserts `obj`, giving back the object it replaced.
    pub fn insert(&mut self, obj: StoredObject) -> Option<StoredObject> {
        let i = self
            .routing
            .route(obj.peek().tuple_element(self.keypos - 1));
        PartMut {
            part: &self.routing.parts[i],
            tree: &mut self.gs[i],
        }
        .insert(obj)
    }

    /// Removes and gives back the object of `key`.
    pub fn remove(&mut self, key: Term) -> Option<StoredObject> {
        let i = self.routing.route(key);
        PartMut {
            part: &self.routing.parts[i],
            tree: &mut self.gs[i],
        }
        .remove(key)
    }

    /// Removes every object, giving them back in key order.
    pub fn take_all(&mut self) -> Vec<StoredObject> {
        let mut out = Vec::new();
        for (g, p) in self.gs.iter_mut().zip(&self.routing.parts) {
            out.append(&mut g.take_all());
            p.counted(g, -(p.words.load(Ordering::Relaxed) as isize));
        }
        out
    }
}

impl Parts {
    /// An empty table of keys at 1-based `keypos`; `adaptive`: split under contention.
    pub fn new(keypos: usize, adaptive: bool) -> Parts {
        let first = Part::new(Tree::new(keypos), 0);
        Parts {
            keypos,
            routing: ArcSwap::from_pointee(Routing {
                bounds: Vec::new(),
                parts: vec![Arc::clone(&first)],
            }),
            adaptive,
            first,
            splitting: Mutex::new(()),
        }
    }

    /// Objects.
    pub fn len(&self) -> usize {
        let r = self.routing.load();
        r.parts.iter().map(|p| p.len.load(Ordering::Relaxed)).sum()
    }

    /// Whether there are no objects.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Words of the objects' terms.
    pub fn words(&self) -> usize {
        let r = self.routing.load();
        r.parts
            .iter()
            .map(|p| p.words.load(Ordering::Relaxed))
            .sum()
    }

    /// Runs `f` on the tree of `key`'s part, read-locked.
    #[inline(always)]
    pub fn read_one<R>(&self, key: Term, f: impl FnOnce(&Tree) -> R) -> R {
        if !self.adaptive {
            return f(&read(&self.first.lock));
        }
        let mut r = self.routing.load();
        loop {
            let part = &r.parts[r.route(key)];
            let g = read(&part.lock);
            if part.is_live() {
                return f(&g);
            }
            drop(g);
            r = self.routing.load();
        }
    }

    /// Runs `f` on `key`'s part, write-locked; splits the part afterwards if it is contended.
    #[inline(always)]
    pub fn write_one<R>(&self, key: Term, f: impl FnOnce(&mut PartMut<'_>) -> R) -> R {
        if !self.adaptive {
            let part = &*self.first;
            return f(&mut PartMut {
                part,
                tree: &mut write(&part.lock),
            });
        }
        let mut r = self.routing.load();
        loop {
            let part = &r.parts[r.route(key)];
            let mut g = match try_write(&part.lock) {
                Some(g) => {
                    let c = part.contention.load(Ordering::Relaxed);
                    part.contention.store(
                        c.saturating_sub(UNCONTENDED).max(-SPLIT_AT),
                        Ordering::Relaxed,
                    );
                    g
                }
                None => {
                    let g = write(&part.lock);
                    let c = part.contention.load(Ordering::Relaxed);
                    part.contention
                        .store(c.saturating_add(CONTENDED), Ordering::Relaxed);
                    g
                }
            };
            if !part.is_live() {
                drop(g);
                r = self.routing.load();
                continue;
            }
            let out = f(&mut PartMut { part, tree: &mut g });
            let split = part.contention.load(Ordering::Relaxed) > SPLIT_AT
                && g.len() >= MIN_SPLIT
                && r.parts.len() < MAX_PARTS;
            drop(g);
            if split {
                let part = Arc::clone(part);
                drop(r);
                self.split(&part);
            }
            return out;
        }
    }

    /// The first key (the last when `last`) given to `f`, each part read-locked in turn.
    pub fn first_key<R>(&self, last: bool, f: impl FnOnce(Term) -> R) -> Option<R> {
        'routing: loop {
            let r = self.routing.load();
            let n = r.parts.len();
            for j in 0..n {
                let part = &r.parts[if last { n - 1 - j } else { j }];
                let g = read(&part.lock);
                if !part.is_live() {
                    continue 'routing;
                }
                if let Some(k) = g.first_key(last) {
                    return Some(f(k));
                }
            }
            return None;
        }
    }

    /// The key just after `key` (just before it when `back`), present or not, given to `f`,
    /// each part read-locked in turn.
    pub fn next_key<R>(&self, key: Term, back: bool, f: impl FnOnce(Term) -> R) -> Option<R> {
        'routing: loop {
            let r = self.routing.load();
            let i = r.route(key);
            let parts: Box<dyn Iterator<Item = usize>> = if back {
                Box::new((0..=i).rev())
            } else {
                Box::new(i..r.parts.len())
            };
            for j in parts {
                let part = &r.parts[j];
                let g = read(&part.lock);
                if !part.is_live() {
                    continue 'routing;
                }
                let k = if j == i {
                    g.next_key(key, back)
                } else {
                    g.first_key(back)
                };
                if let Some(k) = k {
                    return Some(f(k));
                }
            }
            return None;
        }
    }

    /// Calls `f` with each key and object from `lo` to `hi` (from `hi` down when `back`) until
    /// it returns `false`, each part read-locked in turn; whether it stopped early. A part
    /// split meanwhile is found by the keys it held, so no object is visited twice.
    pub fn walk(
        &self,
        lo: Bound<Term>,
        hi: Bound<Term>,
        back: bool,
        mut f: impl FnMut(Term, &StoredObject) -> bool,
    ) -> bool {
        // Where the parts not walked yet begin (end, when `back`): a part's bound.
        let mut reached: Option<Arc<StoredTerm>> = None;
        'routing: loop {
            // Keeps the bound `lo` or `hi` points into alive for this round.
            let _held = reached.clone();
            let r = self.routing.load();
            let (lo, hi) = match &reached {
                None => (lo, hi),
                Some(b) if back => (
                    lo,
                    tighter(hi, Bound::Excluded(b.peek()), std::cmp::Ordering::Less),
                ),
                Some(b) => (
                    tighter(lo, Bound::Included(b.peek()), std::cmp::Ordering::Greater),
                    hi,
                ),
            };
            let Some(span) = r.span(lo, hi) else {
                return false;
            };
            let order: Box<dyn Iterator<Item = usize>> = if back {
                Box::new(span.rev())
            } else {
                Box::new(span)
            };
            for j in order {
                let part = &r.parts[j];
                let g = read(&part.lock);
                if !part.is_live() {
                    continue 'routing;
                }
                if g.walk(lo, hi, back, &mut f) {
                    return true;
                }
                // Part j is done: the rest lies beyond its bound.
                let bound = if back {
                    j.checked_sub(1).map(|b| &r.bounds[b])
                } else {
                    r.bounds.get(j)
                };
                if let Some(b) = bound {
                    reached = Some(Arc::clone(b));
                }
            }
            return false;
        }
    }

    /// Runs `f` on every part, write-locked.
    pub fn write_all<R>(
        &self,
        f: impl FnOnce(&mut AllParts<'_, Guard<RwLockWriteGuard<'_, Tree>>>) -> R,
    ) -> R {
        loop {
            let r = self.routing.load_full();
            let gs: Vec<_> = r.parts.iter().map(|p| write(&p.lock)).collect();
            if r.parts.iter().all(|p| p.is_live()) {
                return f(&mut AllParts {
                    routing: &r,
                    gs,
                    keypos: self.keypos,
                });
            }
        }
    }

    /// Splits every part that holds enough objects, once (for tests of split tables).
    #[cfg(test)]
    pub fn split_all(&self) {
        let parts = self.routing.load_full().parts.clone();
        for p in &parts {
            self.split(p);
        }
    }

    /// Splits `part` at its middle key into two parts (unless another split is under way, or
    /// it was split already).
    fn split(&self, part: &Arc<Part>) {
        let Some(_splitting) = try_lock(&self.splitting) else {
            return;
        };
        let r = self.routing.load_full();
        let Some(i) = r.parts.iter().position(|p| Arc::ptr_eq(p, part)) else {
            return;
        };
        let mut g = write(&part.lock);
        if !part.is_live() || g.len() < MIN_SPLIT {
            return;
        }
        let Some(right) = g.split_off_half() else {
            return;
        };
        let Some(first) = right.first_key(false) else {
            // Nothing moved: the upper half was empty.
            debug_assert!(right.is_empty());
            return;
        };
        let bound = Arc::new(StoredTerm::new(first, 0));
        let rw = right.term_words();
        let lw = part.words.load(Ordering::Relaxed).saturating_sub(rw);
        let left = std::mem::replace(&mut *g, Tree::new(self.keypos));
        // The old part keeps its counts: whoever still sums over the old routing counts its
        // objects there once, and the new routing counts them in the new parts.
        part.live.store(false, Ordering::Relaxed);
        let mut parts = r.parts.clone();
        parts.splice(i..=i, [Part::new(left, lw), Part::new(right, rw)]);
        let mut bounds = r.bounds.clone();
        bounds.insert(i, bound);
        self.routing.store(Arc::new(Routing { bounds, parts }));
        drop(g);
    }

    /// How many parts the table has.
    pub fn part_count(&self) -> usize {
        self.routing.load().parts.len()
    }
}
