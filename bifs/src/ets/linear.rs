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

use vm::signal::Payload;

/// Slots of the first segment (and of an empty table).
const FIRST_SLOTS: usize = 256;
/// Slots of each further segment.
const SEGMENT_SLOTS: usize = 2048;
/// Most splits or joins one operation does.
const RESIZE_STEPS: usize = 5;
/// Lock stripes of a table with `write_concurrency` (counters per stripe when decentralized).
pub const LOCK_STRIPES: usize = 64;

/// One object in a chain.
pub struct Entry {
    /// The key's hash.
    pub hash: u32,
    /// The object.
    pub obj: Payload,
    /// Deleted while the table was fixed.
    pub dead: bool,
}

/// The hash table of a `set`, `bag` or `duplicate_bag`.
pub struct LinearHash {
    slots: Vec<Vec<Entry>>,
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
            slots: (0..FIRST_SLOTS).map(|_| Vec::new()).collect(),
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
    pub fn clear(&mut self) -> Vec<Payload> {
        let mut out = Vec::new();
        if self.fixed {
            for e in self.slots.iter_mut().flatten() {
                if !e.dead {
                    e.dead = true;
                    self.dead += 1;
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
        for e in old.slots.into_iter().flatten() {
            if !e.dead {
                out.push(e.obj);
            }
        }
        out
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
    pub fn chain(&self, ix: usize) -> &[Entry] {
        &self.slots[ix]
    }

    /// The chain of slot `ix`, to change.
    pub fn chain_mut(&mut self, ix: usize) -> &mut Vec<Entry> {
        &mut self.slots[ix]
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
        let old = std::mem::take(&mut self.slots[from]);
        let mut stay = Vec::with_capacity(old.len());
        let mut moved = Vec::new();
        for e in old {
            if e.dead {
                self.dead -= 1;
                continue;
            }
            if e.hash as usize & szm == from {
                stay.push(e);
            } else {
                moved.push(e);
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
        let mut joined = self.slots.pop().unwrap_or_default();
        if dst == 0 {
            self.szm = low;
        }
        if self.nslots - src >= SEGMENT_SLOTS {
            self.nslots -= SEGMENT_SLOTS;
            self.calc_shrink_limit();
        }
        let before = joined.len();
        joined.retain(|e| !e.dead);
        self.dead -= before - joined.len();
        joined.append(&mut self.slots[dst]);
        self.slots[dst] = joined;
    }

    /// Drops the objects marked dead (the table is no longer fixed), handing them to `f`.
    pub fn purge(&mut self, mut f: impl FnMut(Payload)) {
        if self.dead == 0 {
            return;
        }
        for chain in &mut self.slots {
            if chain.iter().any(|e| e.dead) {
                for e in std::mem::take(chain) {
                    if e.dead {
                        f(e.obj);
                    } else {
                        chain.push(e);
                    }
                }
            }
        }
        self.dead = 0;
    }

    /// Every live object, in walk order.
    pub fn live(&self) -> impl Iterator<Item = &Entry> {
        let mut ix = Some(0);
        std::iter::from_fn(move || {
            let i = ix?;
            ix = self.next_slot(i);
            Some(i)
        })
        .flat_map(move |i| self.slots[i].iter().filter(|e| !e.dead))
    }
}
