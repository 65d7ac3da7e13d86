//! [`LinearHash`]: the objects of a `set`, `bag` or `duplicate_bag`, laid out as ERTS lays them
//! out, so that every traversal visits them in erl's order, and locked by stripes of slots so
//! that processes working on different keys of a `write_concurrency` table do not wait for
//! each other.
//!
//! A linear hash table: `nactive` slots, a size mask `szm` (one less than a power of two, at
//! least `nactive - 1`), and a key's slot is `hash & szm`, or `hash & (szm >> 1)` when that is
//! not active yet. A slot holds a chain of objects: a new key goes to the end of its chain, a new
//! object of a key already there goes in front of that key's objects (which stay together), a
//! replaced object keeps its place. The table starts with 256 slots and splits one slot (the one
//! the next new slot takes keys from, keeping the order of both halves) whenever it holds more
//! objects than slots, at most five splits per insert; slots are allocated in segments of 2048
//! and, once there are at least three such segments' worth, it joins its last slot into its
//! partner (the joined chain in front) whenever it holds fewer objects than half the slots of all
//! but the last segment. Tables with `decentralized_counters` estimate the count from the
//! objects under one of 64 lock stripes (`hash & 63`), times 64, as ERTS does.
//!
//! Walks go over the slots `0, L, 2L, ...`, then `1, L + 1, ...` where `L` is the number of lock
//! stripes (1 for tables without `write_concurrency`, 64 with it), each chain from its head.
//! While the table is fixed it neither grows nor shrinks and deleted objects stay in their chains
//! marked dead (invisible to everything but `next/2`), so walks continue correctly; they go when
//! the last fix is released.
//!
//! Each object is one [`StoredTerm`] block; a slot's chain is threaded through the blocks' own
//! links and their owner word holds the key's hash and the dead mark, so an object costs one
//! allocation and a slot one word, as in ERTS.
//!
//! # Locking
//!
//! Slot `ix` belongs to stripe `ix & (L - 1)`, which keeps its slots (`ix >> log2 L`) in a
//! vector of its own under its own read-write lock, on a cache line of its own with its
//! counters. A key's slot always lies in the stripe of `hash & (L - 1)`: a split moves objects
//! from slot `from` to slot `from + (szm + 1) / 2` (a multiple of `L` apart, as there are at
//! least 256 slots), a join back. So an operation on one key locks only that stripe
//! ([`One`]) and reads the layout (`nactive`, `szm`, one atomic word) under it; a split or join
//! changes the layout only with the stripe of the slots it moves locked, and a change to the
//! layout never changes the slot of a key of another stripe. Operations on the whole table
//! ([`All`]) lock every stripe, in order. With one stripe, resizing happens under the lock, as
//! part of the operation; with 64, after the operation's stripe is unlocked, by one thread at a
//! time (the others skip it), as ERTS does.

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

use vm::heap::StoredTerm;
use vm::sched::sync::{read, try_lock, write, Guard};

/// Slots of the first segment (and of an empty table).
const FIRST_SLOTS: usize = 256;
/// Slots of each further segment.
const SEGMENT_SLOTS: usize = 2048;
/// Most splits or joins one operation does.
const RESIZE_STEPS: usize = 5;
/// Lock stripes of a table with `write_concurrency` (counters per stripe when decentralized).
pub const LOCK_STRIPES: usize = 64;

/// The dead mark in an object's owner word (below it, the key's hash).
const DEAD: u64 = 1 << 32;

/// What a hash table keeps in each object's owner word.
pub trait Entry {
    /// The key's hash.
    fn hash(&self) -> u32;
    /// Whether it was deleted while the table was fixed.
    fn dead(&self) -> bool;
    /// Marks it deleted (or alive again).
    fn set_dead(&mut self, dead: bool);
}

impl Entry for StoredTerm {
    #[inline]
    fn hash(&self) -> u32 {
        self.meta() as u32
    }
    #[inline]
    fn dead(&self) -> bool {
        self.meta() & DEAD != 0
    }
    fn set_dead(&mut self, dead: bool) {
        let m = self.meta() & !DEAD;
        self.set_meta(if dead { m | DEAD } else { m });
    }
}

/// A stored copy of `obj` whose key hashes to `hash`.
pub fn entry(obj: vm::term::Term, hash: u32) -> StoredTerm {
    StoredTerm::new(obj, u64::from(hash))
}

/// The objects of one chain, from its head.
pub struct Chain<'a>(Option<&'a StoredTerm>);

impl<'a> Iterator for Chain<'a> {
    type Item = &'a StoredTerm;
    #[inline]
    fn next(&mut self) -> Option<&'a StoredTerm> {
        let e = self.0?;
        self.0 = e.next();
        Some(e)
    }
}

/// The slots of one stripe: slot `s + k * L` of the table at index `k`.
#[derive(Default)]
pub struct Stripe {
    slots: Vec<Option<StoredTerm>>,
    /// Objects marked dead (kept while the table is fixed).
    dead: usize,
}

/// A stripe's lock and its counters, alone on their cache lines so that stripes used by
/// different threads never share one.
#[repr(align(128))]
struct Padded {
    lock: RwLock<Stripe>,
    /// Live objects (changed only under the write lock).
    items: AtomicUsize,
    /// Words of the live objects' terms (changed only under the write lock).
    words: AtomicUsize,
}

/// The hash table of a `set`, `bag` or `duplicate_bag`.
pub struct LinearHash {
    stripes: Box<[Padded]>,
    /// `log2` of the number of stripes.
    shift: u32,
    decentralized: bool,
    /// What changes as the table grows, on cache lines of its own (a separate allocation, so
    /// that the table's own fields stay small and together).
    growth: Box<Growth>,
}

/// The fields of a [`LinearHash`] that inserts and deletes write while it resizes, together
/// on cache lines that hold nothing else: whatever the threads write there moves between
/// their cores as one line, and the fields every operation only reads (the table's kind,
/// key position, stripes) stay shared by all.
#[repr(align(128))]
struct Growth {
    /// `nactive` in the low half, `szm` in the high half.
    layout: AtomicU64,
    /// Slots allocated (by segments), and the count below which the table shrinks.
    nslots: AtomicUsize,
    shrink_limit: AtomicUsize,
    /// Live objects, for resizing decisions of a striped table without decentralized counters.
    nitems: AtomicUsize,
    /// Whether some process has the table fixed (changed only with every stripe locked).
    fixed: AtomicBool,
    /// Held by the thread resizing a striped table.
    resizing: Mutex<()>,
}

fn pack(nactive: usize, szm: usize) -> u64 {
    nactive as u64 | (szm as u64) << 32
}

impl LinearHash {
    /// An empty table of `stripes` lock stripes (1 or [`LOCK_STRIPES`]), counting per stripe
    /// when `decentralized`.
    pub fn new(stripes: usize, decentralized: bool) -> LinearHash {
        debug_assert!(stripes.is_power_of_two() && 2 * stripes <= FIRST_SLOTS);
        let t = LinearHash {
            stripes: (0..stripes)
                .map(|_| Padded {
                    lock: RwLock::new(Stripe::default()),
                    items: AtomicUsize::new(0),
                    words: AtomicUsize::new(0),
                })
                .collect(),
            shift: stripes.trailing_zeros(),
            decentralized: decentralized && stripes > 1,
            growth: Box::new(Growth {
                layout: AtomicU64::new(0),
                nslots: AtomicUsize::new(0),
                shrink_limit: AtomicUsize::new(0),
                nitems: AtomicUsize::new(0),
                fixed: AtomicBool::new(false),
                resizing: Mutex::new(()),
            }),
        };
        t.reset_layout();
        for p in t.stripes.iter() {
            write(&p.lock).slots = t.fresh_slots();
        }
        t
    }

    fn fresh_slots(&self) -> Vec<Option<StoredTerm>> {
        (0..FIRST_SLOTS >> self.shift).map(|_| None).collect()
    }

    fn reset_layout(&self) {
        self.growth
            .layout
            .store(pack(FIRST_SLOTS, FIRST_SLOTS - 1), Ordering::Release);
        self.growth.nslots.store(FIRST_SLOTS, Ordering::Relaxed);
        self.growth.shrink_limit.store(0, Ordering::Relaxed);
    }

    /// `(nactive, szm)`.
    #[inline]
    fn layout(&self) -> (usize, usize) {
        let l = self.growth.layout.load(Ordering::Acquire);
        ((l & 0xFFFF_FFFF) as usize, (l >> 32) as usize)
    }

    /// Number of active slots.
    pub fn nactive(&self) -> usize {
        self.layout().0
    }

    /// The slot of `hash`.
    #[inline]
    pub fn slot_of(&self, hash: u32) -> usize {
        let (nactive, szm) = self.layout();
        let ix = hash as usize & szm;
        if ix >= nactive {
            ix & (szm >> 1)
        } else {
            ix
        }
    }

    #[inline]
    fn stripe_of_hash(&self, hash: u32) -> usize {
        hash as usize & (self.stripes.len() - 1)
    }

    /// Live objects.
    pub fn len(&self) -> usize {
        self.stripes
            .iter()
            .map(|p| p.items.load(Ordering::Relaxed))
            .sum()
    }

    /// Whether the table holds no live object.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Words of the live objects' terms.
    pub fn words(&self) -> usize {
        self.stripes
            .iter()
            .map(|p| p.words.load(Ordering::Relaxed))
            .sum()
    }

    /// Whether some process has the table fixed.
    pub fn is_fixed(&self) -> bool {
        self.growth.fixed.load(Ordering::Relaxed)
    }

    /// Words of the slot array beyond the first segment's (which the table's fixed size counts).
    pub fn extra_slot_words(&self) -> usize {
        self.growth
            .nslots
            .load(Ordering::Relaxed)
            .saturating_sub(FIRST_SLOTS)
    }

    /// The stripe of `hash` locked for writing.
    #[inline]
    pub fn one(&self, hash: u32) -> One<'_, Guard<RwLockWriteGuard<'_, Stripe>>> {
        self.lock_stripe(self.stripe_of_hash(hash))
    }

    /// Stripe `s` locked for writing.
    #[inline]
    fn lock_stripe(&self, s: usize) -> One<'_, Guard<RwLockWriteGuard<'_, Stripe>>> {
        One {
            t: self,
            s,
            g: Some(write(&self.stripes[s].lock)),
            pending: None,
        }
    }

    /// The stripe of `hash` locked for reading.
    #[inline]
    pub fn one_read(&self, hash: u32) -> One<'_, Guard<RwLockReadGuard<'_, Stripe>>> {
        let s = self.stripe_of_hash(hash);
        One {
            t: self,
            s,
            g: Some(read(&self.stripes[s].lock)),
            pending: None,
        }
    }

    /// Every stripe locked for writing.
    pub fn all(&self) -> All<'_, Guard<RwLockWriteGuard<'_, Stripe>>> {
        All {
            t: self,
            gs: self.stripes.iter().map(|p| write(&p.lock)).collect(),
        }
    }

    /// Every stripe locked for reading.
    pub fn all_read(&self) -> All<'_, Guard<RwLockReadGuard<'_, Stripe>>> {
        All {
            t: self,
            gs: self.stripes.iter().map(|p| read(&p.lock)).collect(),
        }
    }

    /// The count the resizing decisions see after a change at `hash`.
    fn estimate(&self, hash: u32) -> usize {
        if self.decentralized {
            let c = self.stripes[self.stripe_of_hash(hash)]
                .items
                .load(Ordering::Relaxed);
            LOCK_STRIPES * c.max(1)
        } else if self.stripes.len() > 1 {
            self.growth.nitems.load(Ordering::Relaxed)
        } else {
            self.stripes[0].items.load(Ordering::Relaxed)
        }
    }

    fn wants_grow(&self, hash: u32) -> bool {
        !self.is_fixed() && self.estimate(hash) > self.nactive()
    }

    fn wants_shrink(&self, hash: u32) -> bool {
        !self.is_fixed() && self.estimate(hash) < self.growth.shrink_limit.load(Ordering::Relaxed)
    }

    fn calc_shrink_limit(&self) {
        let nslots = self.growth.nslots.load(Ordering::Relaxed);
        let enough = !self.decentralized || nslots >= 100 * LOCK_STRIPES;
        let limit = if enough && nslots >= FIRST_SLOTS + 2 * SEGMENT_SLOTS {
            (nslots - SEGMENT_SLOTS) / 2
        } else {
            0
        };
        self.growth.shrink_limit.store(limit, Ordering::Relaxed);
    }

    /// Resizes a striped table after a change at `hash` (its stripe no longer locked): splits
    /// (`grow`) or joins slots, one stripe locked at a time, unless another thread is resizing.
    fn resize(&self, hash: u32, grow: bool) {
        let Some(_resizing) = try_lock(&self.growth.resizing) else {
            return;
        };
        for _ in 0..RESIZE_STEPS {
            if !(if grow {
                self.wants_grow(hash)
            } else {
                self.wants_shrink(hash)
            }) {
                return;
            }
            // The slots a split or join touches, as the layout is now; only a whole-table
            // operation can change it meanwhile, so check again under the stripe's lock.
            let (nactive, szm) = self.layout();
            let s = self.slot_stripe(if grow { nactive } else { nactive - 1 });
            let mut v = self.lock_stripe(s);
            if self.layout() != (nactive, szm) || self.is_fixed() {
                continue;
            }
            if grow {
                v.split();
            } else {
                v.join();
            }
        }
    }

    #[inline]
    fn slot_stripe(&self, ix: usize) -> usize {
        ix & (self.stripes.len() - 1)
    }
}

/// A view of locked stripes of a table: one stripe ([`One`]) or all of them ([`All`]).
pub trait Slots {
    /// The table.
    fn table(&self) -> &LinearHash;
    /// The locked stripe `s`, if this view holds it.
    fn stripe(&self, s: usize) -> Option<&Stripe>;

    /// The slot of `hash`.
    #[inline]
    fn slot_of(&self, hash: u32) -> usize {
        self.table().slot_of(hash)
    }

    /// Number of active slots.
    fn nactive(&self) -> usize {
        self.table().nactive()
    }

    /// Whether some process has the table fixed.
    fn fixed(&self) -> bool {
        self.table().is_fixed()
    }

    /// Slot `ix` (if active and in a stripe of this view).
    #[inline]
    fn slot(&self, ix: usize) -> Option<&Option<StoredTerm>> {
        let t = self.table();
        self.stripe(t.slot_stripe(ix))?.slots.get(ix >> t.shift)
    }

    /// The chain of slot `ix`.
    #[inline]
    fn chain(&self, ix: usize) -> Chain<'_> {
        Chain(self.slot(ix).and_then(Option::as_ref))
    }

    /// Starts loading the first object of slot `ix` into the cache (a hint for walks).
    #[inline]
    fn prefetch_slot(&self, ix: usize) {
        if let Some(Some(e)) = self.slot(ix) {
            e.prefetch();
        }
    }

    /// The slot walked after `ix`, or `None` at the end.
    fn next_slot(&self, ix: usize) -> Option<usize> {
        let stride = self.table().stripes.len();
        let n = ix + stride;
        if n < self.nactive() {
            return Some(n);
        }
        let n = (n + 1) & (stride - 1);
        (n != 0).then_some(n)
    }

    /// Every live object, in walk order (of the slots this view holds).
    fn live(&self) -> impl Iterator<Item = &StoredTerm> {
        let mut ix = Some(0);
        std::iter::from_fn(move || {
            let i = ix?;
            ix = self.next_slot(i);
            Some(i)
        })
        .flat_map(move |i| self.chain(i).filter(|e| !e.dead()))
    }
}

/// A view of locked stripes that may change them.
pub trait SlotsMut: Slots {
    /// The locked stripe `s` and its counters, if this view holds it.
    fn stripe_mut(&mut self, s: usize) -> Option<&mut Stripe>;
    /// Whether splits and joins happen within the operation (else after it).
    fn resizes_inline(&self) -> bool;
    /// Records that the table should be resized after a change at `hash` once this view's
    /// locks are released.
    fn defer_resize(&mut self, hash: u32, grow: bool);

    /// The head link of slot `ix`'s chain.
    #[inline]
    fn slot_mut(&mut self, ix: usize) -> Option<&mut Option<StoredTerm>> {
        let (s, shift) = {
            let t = self.table();
            (t.slot_stripe(ix), t.shift)
        };
        self.stripe_mut(s)?.slots.get_mut(ix >> shift)
    }

    /// The link holding the object at position `pos` of slot `ix`'s chain (the link after the
    /// last object when `pos` is the chain's length), or `None` past that.
    fn link(&mut self, ix: usize, pos: usize) -> Option<&mut Option<StoredTerm>> {
        let mut link = self.slot_mut(ix)?;
        for _ in 0..pos {
            link = link.as_mut()?.next_mut();
        }
        Some(link)
    }

    /// The object at position `pos` of slot `ix`'s chain.
    fn get_mut(&mut self, ix: usize, pos: usize) -> Option<&mut StoredTerm> {
        self.link(ix, pos)?.as_mut()
    }

    /// Puts `e` at position `pos` of slot `ix`'s chain (at its end if `pos` is past it).
    fn insert_at(&mut self, ix: usize, pos: usize, mut e: StoredTerm) {
        let Some(mut link) = self.slot_mut(ix) else {
            return;
        };
        let mut i = 0;
        while i < pos {
            match link {
                Some(o) => link = o.next_mut(),
                None => break,
            }
            i += 1;
        }
        *e.next_mut() = link.take();
        *link = Some(e);
    }

    /// Appends `e` to slot `ix`'s chain.
    fn push_back(&mut self, ix: usize, e: StoredTerm) {
        self.insert_at(ix, usize::MAX, e);
    }

    /// Takes the object at position `pos` out of slot `ix`'s chain.
    fn remove_at(&mut self, ix: usize, pos: usize) -> Option<StoredTerm> {
        let link = self.link(ix, pos)?;
        let mut e = link.take()?;
        *link = e.next_mut().take();
        Some(e)
    }

    /// Puts `e` in place of the object at position `pos` of slot `ix`'s chain, giving the old
    /// one back (or `e` if there is no such object).
    fn replace_at(
        &mut self,
        ix: usize,
        pos: usize,
        mut e: StoredTerm,
    ) -> Result<StoredTerm, StoredTerm> {
        let Some(link) = self.link(ix, pos) else {
            return Err(e);
        };
        let Some(mut old) = link.take() else {
            return Err(e);
        };
        *e.next_mut() = old.next_mut().take();
        *link = Some(e);
        Ok(old)
    }

    /// Takes slot `ix`'s whole chain out, unlinked, in order.
    fn take_chain(&mut self, ix: usize) -> Vec<StoredTerm> {
        let mut out = Vec::new();
        let Some(slot) = self.slot_mut(ix) else {
            return out;
        };
        let mut next = slot.take();
        while let Some(mut e) = next {
            next = e.next_mut().take();
            out.push(e);
        }
        out
    }

    /// Makes `chain` slot `ix`'s chain, in order (the slot must be empty).
    fn put_chain(&mut self, ix: usize, chain: Vec<StoredTerm>) {
        let mut head = None;
        for mut e in chain.into_iter().rev() {
            *e.next_mut() = head;
            head = Some(e);
        }
        if let Some(slot) = self.slot_mut(ix) {
            *slot = head;
        }
    }

    /// Records `n` more live objects of `hash` (negative: fewer) holding `words` words of
    /// terms in all (negative: fewer).
    fn count(&mut self, hash: u32, n: isize, words: isize) {
        let t = self.table();
        let p = &t.stripes[t.stripe_of_hash(hash)];
        // Only writers change the counters, and they hold the stripe's write lock.
        let items = p.items.load(Ordering::Relaxed).wrapping_add_signed(n);
        p.items.store(items, Ordering::Relaxed);
        let w = p.words.load(Ordering::Relaxed).wrapping_add_signed(words);
        p.words.store(w, Ordering::Relaxed);
        if t.stripes.len() > 1 && !t.decentralized {
            if n >= 0 {
                t.growth
                    .nitems
                    .fetch_add(n.unsigned_abs(), Ordering::Relaxed);
            } else {
                t.growth
                    .nitems
                    .fetch_sub(n.unsigned_abs(), Ordering::Relaxed);
            }
        }
    }

    /// Records that an object of `hash` was marked dead.
    fn marked_dead(&mut self, hash: u32) {
        let s = self.table().stripe_of_hash(hash);
        if let Some(st) = self.stripe_mut(s) {
            st.dead += 1;
        }
    }

    /// Records that a dead object of `hash` came back to life.
    fn revived(&mut self, hash: u32) {
        let s = self.table().stripe_of_hash(hash);
        if let Some(st) = self.stripe_mut(s) {
            st.dead -= 1;
        }
    }

    /// Splits slots after an object of `hash` was added, as ERTS does.
    fn maybe_grow(&mut self, hash: u32) {
        let t = self.table();
        if !t.wants_grow(hash) {
            return;
        }
        if !self.resizes_inline() {
            self.defer_resize(hash, true);
            return;
        }
        for _ in 0..RESIZE_STEPS {
            self.split();
            if !self.table().wants_grow(hash) {
                break;
            }
        }
    }

    /// Joins slots after an object of `hash` was removed, as ERTS does.
    fn maybe_shrink(&mut self, hash: u32) {
        let t = self.table();
        if !t.wants_shrink(hash) {
            return;
        }
        if !self.resizes_inline() {
            self.defer_resize(hash, false);
            return;
        }
        for _ in 0..RESIZE_STEPS {
            self.join();
            if !self.table().wants_shrink(hash) {
                break;
            }
        }
    }

    /// Adds one slot, moving into it the objects of its partner slot that now belong there
    /// (the view holds the stripe of both).
    fn split(&mut self) {
        let t = self.table();
        let (nactive, szm) = t.layout();
        let shift = t.shift;
        let nslots = t.growth.nslots.load(Ordering::Relaxed);
        if nactive == nslots {
            t.growth
                .nslots
                .store(nslots + SEGMENT_SLOTS, Ordering::Relaxed);
            t.calc_shrink_limit();
        }
        let (from, szm) = if nactive <= szm {
            (nactive & (szm >> 1), szm)
        } else {
            (0, (szm << 1) | 1)
        };
        let s = t.slot_stripe(from);
        debug_assert_eq!(s, t.slot_stripe(nactive));
        let Some(st) = self.stripe_mut(s) else {
            return;
        };
        debug_assert_eq!(st.slots.len(), nactive >> shift);
        // A stable partition of the chain, relinking the blocks in place.
        let mut rest = st.slots[from >> shift].take();
        let mut stay: Option<StoredTerm> = None;
        let mut moved: Option<StoredTerm> = None;
        let mut stay_tail = &mut stay;
        let mut moved_tail = &mut moved;
        while let Some(mut e) = rest {
            rest = e.next_mut().take();
            if e.dead() {
                st.dead -= 1;
                continue;
            }
            if e.hash() as usize & szm == from {
                stay_tail = stay_tail.insert(e).next_mut();
            } else {
                moved_tail = moved_tail.insert(e).next_mut();
            }
        }
        st.slots[from >> shift] = stay;
        st.slots.push(moved);
        self.table()
            .growth
            .layout
            .store(pack(nactive + 1, szm), Ordering::Release);
    }

    /// Removes the last slot, putting its objects in front of its partner's (the view holds
    /// the stripe of both).
    fn join(&mut self) {
        let t = self.table();
        let (nactive, szm) = t.layout();
        let shift = t.shift;
        let src = nactive - 1;
        let low = szm >> 1;
        let dst = src & low;
        let nslots = t.growth.nslots.load(Ordering::Relaxed);
        if nslots - src >= SEGMENT_SLOTS {
            t.growth
                .nslots
                .store(nslots - SEGMENT_SLOTS, Ordering::Relaxed);
            t.calc_shrink_limit();
        }
        let new_szm = if dst == 0 { low } else { szm };
        let s = t.slot_stripe(src);
        let Some(st) = self.stripe_mut(s) else {
            return;
        };
        debug_assert_eq!(st.slots.len(), (src >> shift) + 1);
        let mut next = st.slots.pop().flatten();
        let mut joined = Vec::new();
        while let Some(mut e) = next {
            next = e.next_mut().take();
            if e.dead() {
                st.dead -= 1;
            } else {
                joined.push(e);
            }
        }
        let mut tail = st.slots[dst >> shift].take();
        while let Some(mut e) = tail {
            tail = e.next_mut().take();
            joined.push(e);
        }
        let mut head = None;
        for mut e in joined.into_iter().rev() {
            *e.next_mut() = head;
            head = Some(e);
        }
        st.slots[dst >> shift] = head;
        self.table()
            .growth
            .layout
            .store(pack(nactive - 1, new_szm), Ordering::Release);
    }
}

/// One stripe of a table, locked (for reading or writing, by the guard `G`). Resizing that
/// an operation through it asked for happens when it is dropped, after the unlock.
pub struct One<'a, G> {
    t: &'a LinearHash,
    s: usize,
    g: Option<G>,
    pending: Option<(u32, bool)>,
}

impl<G: std::ops::Deref<Target = Stripe>> Slots for One<'_, G> {
    #[inline]
    fn table(&self) -> &LinearHash {
        self.t
    }
    #[inline]
    fn stripe(&self, s: usize) -> Option<&Stripe> {
        if s == self.s {
            self.g.as_deref()
        } else {
            None
        }
    }
}

impl<G: std::ops::DerefMut<Target = Stripe>> SlotsMut for One<'_, G> {
    #[inline]
    fn stripe_mut(&mut self, s: usize) -> Option<&mut Stripe> {
        if s == self.s {
            self.g.as_deref_mut()
        } else {
            None
        }
    }
    fn resizes_inline(&self) -> bool {
        self.t.stripes.len() == 1
    }
    fn defer_resize(&mut self, hash: u32, grow: bool) {
        self.pending = Some((hash, grow));
    }
}

impl<G> Drop for One<'_, G> {
    fn drop(&mut self) {
        drop(self.g.take());
        if let Some((hash, grow)) = self.pending.take() {
            self.t.resize(hash, grow);
        }
    }
}

/// Every stripe of a table, locked (for reading or writing, by the guards `G`), in stripe
/// order.
pub struct All<'a, G> {
    t: &'a LinearHash,
    gs: Vec<G>,
}

impl<G: std::ops::Deref<Target = Stripe>> Slots for All<'_, G> {
    #[inline]
    fn table(&self) -> &LinearHash {
        self.t
    }
    #[inline]
    fn stripe(&self, s: usize) -> Option<&Stripe> {
        self.gs.get(s).map(|g| &**g)
    }
}

impl<G: std::ops::DerefMut<Target = Stripe>> SlotsMut for All<'_, G> {
    #[inline]
    fn stripe_mut(&mut self, s: usize) -> Option<&mut Stripe> {
        self.gs.get_mut(s).map(|g| &mut **g)
    }
    fn resizes_inline(&self) -> bool {
        true
    }
    fn defer_resize(&mut self, _hash: u32, _grow: bool) {}
}

impl<G: std::ops::DerefMut<Target = Stripe>> All<'_, G> {
    /// Marks the table fixed or not.
    pub fn set_fixed(&mut self, fixed: bool) {
        self.t.growth.fixed.store(fixed, Ordering::Relaxed);
    }

    /// Whether the table holds no object, live or dead.
    pub fn is_empty_of_objects(&self) -> bool {
        self.t.is_empty() && self.gs.iter().all(|g| g.dead == 0)
    }

    /// Empties the table as ERTS's `delete_all_objects` does: a fixed table keeps its layout
    /// with every object dead, an unfixed one starts again from 256 slots. Gives the objects
    /// removed (alive ones only; dead ones are dropped silently).
    pub fn clear(&mut self) -> Vec<StoredTerm> {
        let mut out = Vec::new();
        if self.fixed() {
            for g in self.gs.iter_mut() {
                let mut marked = 0;
                for slot in g.slots.iter_mut() {
                    let mut link = slot;
                    while let Some(e) = link {
                        if !e.dead() {
                            e.set_dead(true);
                            marked += 1;
                        }
                        link = e.next_mut();
                    }
                }
                g.dead += marked;
            }
            // The dead objects' payloads stay until the unfix; report the live count only.
            self.zero_counts();
            return out;
        }
        for head in self.take_all() {
            let mut next = head;
            while let Some(mut e) = next {
                next = e.next_mut().take();
                if !e.dead() {
                    out.push(e);
                }
            }
        }
        out
    }

    fn zero_counts(&mut self) {
        for p in self.t.stripes.iter() {
            p.items.store(0, Ordering::Relaxed);
            p.words.store(0, Ordering::Relaxed);
        }
        self.t.growth.nitems.store(0, Ordering::Relaxed);
    }

    /// Empties the table whether or not it is fixed (the fix is dropped too), handing over its
    /// old slots whole, and starts it again from its first slots.
    pub fn take_all(&mut self) -> Vec<Option<StoredTerm>> {
        let mut old = Vec::new();
        for g in self.gs.iter_mut() {
            old.append(&mut std::mem::replace(&mut g.slots, self.t.fresh_slots()));
            g.dead = 0;
        }
        self.zero_counts();
        self.t.reset_layout();
        self.t.growth.fixed.store(false, Ordering::Relaxed);
        old
    }

    /// Drops the objects marked dead (the table is no longer fixed), handing them to `f`.
    pub fn purge(&mut self, mut f: impl FnMut(StoredTerm)) {
        if self.gs.iter().all(|g| g.dead == 0) {
            return;
        }
        for ix in 0..self.nactive() {
            if self.chain(ix).any(|e| e.dead()) {
                let mut kept = Vec::new();
                for e in self.take_chain(ix) {
                    if e.dead() {
                        f(e);
                    } else {
                        kept.push(e);
                    }
                }
                self.put_chain(ix, kept);
            }
        }
        for g in self.gs.iter_mut() {
            g.dead = 0;
        }
    }
}
