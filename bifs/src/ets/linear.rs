//! [`LinearHash`]: the objects of a `set`, `bag` or `duplicate_bag`, laid out as ERTS lays them
//! out, so that every traversal visits them in erl's order.
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
//! objects under one of 64 lock slots (`hash & 63`), times 64, as ERTS does.
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

use vm::heap::StoredTerm;

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

/// The hash table of a `set`, `bag` or `duplicate_bag`.
pub struct LinearHash {
    slots: Vec<Option<StoredTerm>>,
    szm: usize,
    nslots: usize,
    shrink_limit: usize,
    /// Live objects.
    nitems: usize,
    /// Live objects per lock stripe, when counters are decentralized.
    stripe_items: Option<Box<[usize; LOCK_STRIPES]>>,
    stride: usize,
    /// Whether some process has the table fixed.
    pub fixed: bool,
    dead: usize,
}

impl LinearHash {
    /// An empty table walked with `stride` (1 or [`LOCK_STRIPES`]), counting per stripe when
    /// `decentralized`.
    pub fn new(stride: usize, decentralized: bool) -> LinearHash {
        LinearHash {
            slots: (0..FIRST_SLOTS).map(|_| None).collect(),
            szm: FIRST_SLOTS - 1,
            nslots: FIRST_SLOTS,
            shrink_limit: 0,
            nitems: 0,
            stripe_items: decentralized.then(|| Box::new([0; LOCK_STRIPES])),
            stride,
            fixed: false,
            dead: 0,
        }
    }

    /// Empties the table as ERTS's `delete_all_objects` does: a fixed table keeps its layout
    /// with every object dead, an unfixed one starts again from 256 slots. Gives the objects
    /// removed (alive ones only; dead ones are dropped silently).
    pub fn clear(&mut self) -> Vec<StoredTerm> {
        let mut out = Vec::new();
        if self.fixed {
            for ix in 0..self.slots.len() {
                let mut link = &mut self.slots[ix];
                while let Some(e) = link {
                    if !e.dead() {
                        e.set_dead(true);
                        self.dead += 1;
                    }
                    link = e.next_mut();
                }
            }
            // The dead objects' payloads stay until the unfix; report the live count only.
            self.nitems = 0;
            if let Some(s) = self.stripe_items.as_mut() {
                s.fill(0);
            }
            return out;
        }
        let fresh = LinearHash::new(self.stride, self.stripe_items.is_some());
        let old = std::mem::replace(self, fresh);
        let mut old = old;
        for ix in 0..old.slots.len() {
            for e in old.take_chain(ix) {
                if !e.dead() {
                    out.push(e);
                }
            }
        }
        out
    }

    /// Empties an unfixed table, handing over its old slots whole (`None` while fixed, when
    /// [`LinearHash::clear`] must mark the objects dead instead).
    pub fn take_all(&mut self) -> Option<Vec<Option<StoredTerm>>> {
        if self.fixed {
            return None;
        }
        let fresh = LinearHash::new(self.stride, self.stripe_items.is_some());
        Some(std::mem::replace(self, fresh).slots)
    }

    /// Whether the table holds no object, live or dead.
    pub fn is_empty_of_objects(&self) -> bool {
        self.nitems == 0 && self.dead == 0
    }

    /// Number of active slots.
    pub fn nactive(&self) -> usize {
        self.slots.len()
    }

    /// The slot of `hash`.
    pub fn slot_of(&self, hash: u32) -> usize {
        let ix = hash as usize & self.szm;
        if ix >= self.slots.len() {
            ix & (self.szm >> 1)
        } else {
            ix
        }
    }

    /// The chain of slot `ix`.
    #[inline]
    pub fn chain(&self, ix: usize) -> Chain<'_> {
        Chain(self.slots.get(ix).and_then(Option::as_ref))
    }

    /// Starts loading the first object of slot `ix` into the cache (a hint for walks).
    #[inline]
    pub fn prefetch_slot(&self, ix: usize) {
        if let Some(Some(e)) = self.slots.get(ix) {
            e.prefetch();
        }
    }

    /// The link holding the object at position `pos` of slot `ix`'s chain (the link after the
    /// last object when `pos` is the chain's length), or `None` past that.
    fn link(&mut self, ix: usize, pos: usize) -> Option<&mut Option<StoredTerm>> {
        let mut link = self.slots.get_mut(ix)?;
        for _ in 0..pos {
            link = link.as_mut()?.next_mut();
        }
        Some(link)
    }

    /// The head link of slot `ix`'s chain.
    pub fn slot_mut(&mut self, ix: usize) -> Option<&mut Option<StoredTerm>> {
        self.slots.get_mut(ix)
    }

    /// The object at position `pos` of slot `ix`'s chain.
    pub fn get_mut(&mut self, ix: usize, pos: usize) -> Option<&mut StoredTerm> {
        self.link(ix, pos)?.as_mut()
    }

    /// Puts `e` at position `pos` of slot `ix`'s chain (at its end if `pos` is past it).
    pub fn insert_at(&mut self, ix: usize, pos: usize, mut e: StoredTerm) {
        let Some(mut link) = self.slots.get_mut(ix) else {
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
    pub fn push_back(&mut self, ix: usize, e: StoredTerm) {
        self.insert_at(ix, usize::MAX, e);
    }

    /// Takes the object at position `pos` out of slot `ix`'s chain.
    pub fn remove_at(&mut self, ix: usize, pos: usize) -> Option<StoredTerm> {
        let link = self.link(ix, pos)?;
        let mut e = link.take()?;
        *link = e.next_mut().take();
        Some(e)
    }

    /// Puts `e` in place of the object at position `pos` of slot `ix`'s chain, giving the old
    /// one back (or `e` if there is no such object).
    pub fn replace_at(
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
    pub fn take_chain(&mut self, ix: usize) -> Vec<StoredTerm> {
        let mut out = Vec::new();
        let Some(slot) = self.slots.get_mut(ix) else {
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
    pub fn put_chain(&mut self, ix: usize, chain: Vec<StoredTerm>) {
        let mut head = None;
        for mut e in chain.into_iter().rev() {
            *e.next_mut() = head;
            head = Some(e);
        }
        if let Some(slot) = self.slots.get_mut(ix) {
            *slot = head;
        }
    }

    /// Words of the slot array beyond the first segment's (which the table's fixed size counts).
    pub fn extra_slot_words(&self) -> usize {
        self.slots.capacity().saturating_sub(FIRST_SLOTS)
    }

    /// The slot walked after `ix`, or `None` at the end.
    pub fn next_slot(&self, ix: usize) -> Option<usize> {
        let n = ix + self.stride;
        if n < self.slots.len() {
            return Some(n);
        }
        let n = (n + 1) & (self.stride - 1);
        (n != 0).then_some(n)
    }

    /// Records `n` more live objects of `hash` (negative: fewer).
    pub fn count(&mut self, hash: u32, n: isize) {
        self.nitems = self.nitems.wrapping_add_signed(n);
        if let Some(s) = self.stripe_items.as_mut() {
            let c = &mut s[hash as usize % LOCK_STRIPES];
            *c = c.wrapping_add_signed(n);
        }
    }

    /// Records that an object was marked dead.
    pub fn marked_dead(&mut self) {
        self.dead += 1;
    }

    /// Records that a dead object came back to life.
    pub fn revived(&mut self) {
        self.dead -= 1;
    }

    /// The count the resizing decisions see after a change at `hash`.
    fn estimate(&self, hash: u32) -> usize {
        match &self.stripe_items {
            Some(s) => {
                let c = s[hash as usize % LOCK_STRIPES];
                LOCK_STRIPES * c.max(1)
            }
            None => self.nitems,
        }
    }

    /// Splits slots after an object of `hash` was added, as ERTS does.
    pub fn maybe_grow(&mut self, hash: u32) {
        let n = self.estimate(hash);
        if self.fixed || n <= self.slots.len() {
            return;
        }
        for _ in 0..RESIZE_STEPS {
            self.split();
            if n <= self.slots.len() {
                break;
            }
        }
    }

    /// Joins slots after an object of `hash` was removed, as ERTS does.
    pub fn maybe_shrink(&mut self, hash: u32) {
        let n = self.estimate(hash);
        if self.fixed || n >= self.shrink_limit {
            return;
        }
        for _ in 0..RESIZE_STEPS {
            self.join();
            if n >= self.shrink_limit {
                break;
            }
        }
    }

    fn calc_shrink_limit(&mut self) {
        let enough = self.stripe_items.is_none() || self.nslots >= 100 * LOCK_STRIPES;
        self.shrink_limit = if enough && self.nslots >= FIRST_SLOTS + 2 * SEGMENT_SLOTS {
            (self.nslots - SEGMENT_SLOTS) / 2
        } else {
            0
        };
    }

    /// Adds one slot, moving into it the objects of its partner slot that now belong there.
    fn split(&mut self) {
        let nactive = self.slots.len();
        if nactive == self.nslots {
            self.nslots += SEGMENT_SLOTS;
            self.calc_shrink_limit();
        }
        let from = if nactive <= self.szm {
            nactive & (self.szm >> 1)
        } else {
            self.szm = (self.szm << 1) | 1;
            0
        };
        let szm = self.szm;
        // A stable partition of the chain, relinking the blocks in place.
        let mut rest = self.slots[from].take();
        let mut stay: Option<StoredTerm> = None;
        let mut moved: Option<StoredTerm> = None;
        let mut stay_tail = &mut stay;
        let mut moved_tail = &mut moved;
        while let Some(mut e) = rest {
            rest = e.next_mut().take();
            if e.dead() {
                self.dead -= 1;
                continue;
            }
            if e.hash() as usize & szm == from {
                stay_tail = stay_tail.insert(e).next_mut();
            } else {
                moved_tail = moved_tail.insert(e).next_mut();
            }
        }
        self.slots[from] = stay;
        self.slots.push(moved);
    }

    /// Removes the last slot, putting its objects in front of its partner's.
    fn join(&mut self) {
        let src = self.slots.len() - 1;
        let low = self.szm >> 1;
        let dst = src & low;
        let joined = self.take_chain(src);
        self.slots.pop();
        if dst == 0 {
            self.szm = low;
        }
        if self.nslots - src >= SEGMENT_SLOTS {
            self.nslots -= SEGMENT_SLOTS;
            self.calc_shrink_limit();
        }
        let before = joined.len();
        let mut joined: Vec<StoredTerm> = joined.into_iter().filter(|e| !e.dead()).collect();
        self.dead -= before - joined.len();
        joined.extend(self.take_chain(dst));
        self.put_chain(dst, joined);
    }

    /// Drops the objects marked dead (the table is no longer fixed), handing them to `f`.
    pub fn purge(&mut self, mut f: impl FnMut(StoredTerm)) {
        if self.dead == 0 {
            return;
        }
        for ix in 0..self.slots.len() {
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
        self.dead = 0;
    }

    /// Every live object, in walk order.
    pub fn live(&self) -> impl Iterator<Item = &StoredTerm> {
        let mut ix = Some(0);
        std::iter::from_fn(move || {
            let i = ix?;
            ix = self.next_slot(i);
            Some(i)
        })
        .flat_map(move |i| self.chain(i).filter(|e| !e.dead()))
    }
}
