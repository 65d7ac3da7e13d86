//! [`Buckets`]: the groups of objects of one hash-table stripe, by key hash, kept in hash order.
//!
//! A growable array of buckets indexed by the top bits of the hash, so that walking the array
//! in order walks the hashes in increasing order; each bucket is a short vector of
//! `(hash, group)` pairs sorted by hash. Finding a hash is one index and a short scan (unlike a
//! search tree), and the order never depends on the array's size, so positions such as "after
//! hash H" stay meaningful when the array grows.

use vm::signal::Payload;

/// Objects whose keys share one hash, in insertion order.
pub type Group = Vec<Payload>;

/// Average groups per bucket before the array doubles.
const LOAD: usize = 2;
/// Most index bits (the array stops growing at 2^MAX_BITS buckets).
const MAX_BITS: u32 = 24;

/// The groups of one stripe, by hash.
pub struct Buckets {
    bits: u32,
    buckets: Vec<Vec<(u32, Group)>>,
    groups: usize,
}

impl Default for Buckets {
    fn default() -> Self {
        Buckets {
            bits: 0,
            buckets: vec![Vec::new()],
            groups: 0,
        }
    }
}

impl Buckets {
    fn index(&self, hash: u32) -> usize {
        if self.bits == 0 {
            0
        } else {
            (hash >> (32 - self.bits)) as usize
        }
    }

    /// The group of `hash`, if any.
    pub fn get(&self, hash: u32) -> Option<&Group> {
        self.buckets[self.index(hash)]
            .iter()
            .find(|(h, _)| *h == hash)
            .map(|(_, g)| g)
    }

    /// The group of `hash` to change, if any.
    pub fn get_mut(&mut self, hash: u32) -> Option<&mut Group> {
        let i = self.index(hash);
        self.buckets[i]
            .iter_mut()
            .find(|(h, _)| *h == hash)
            .map(|(_, g)| g)
    }

    /// The group of `hash`, made empty if there was none.
    pub fn entry(&mut self, hash: u32) -> &mut Group {
        if self.get(hash).is_none() {
            self.grow_if_full();
            let i = self.index(hash);
            let bucket = &mut self.buckets[i];
            let at = bucket.partition_point(|(h, _)| *h < hash);
            bucket.insert(at, (hash, Vec::new()));
            self.groups += 1;
        }
        let i = self.index(hash);
        let bucket = &mut self.buckets[i];
        let at = bucket.partition_point(|(h, _)| *h < hash);
        &mut bucket[at].1
    }

    /// Removes the group of `hash`.
    pub fn remove(&mut self, hash: u32) -> Option<Group> {
        let i = self.index(hash);
        let bucket = &mut self.buckets[i];
        let at = bucket.iter().position(|(h, _)| *h == hash)?;
        self.groups -= 1;
        Some(bucket.remove(at).1)
    }

    fn grow_if_full(&mut self) {
        if self.groups < LOAD * self.buckets.len() || self.bits >= MAX_BITS {
            return;
        }
        self.bits += 1;
        let shift = 32 - self.bits;
        let old = std::mem::take(&mut self.buckets);
        let mut buckets = Vec::with_capacity(old.len() * 2);
        for bucket in old {
            // The new bit splits each bucket in two, each still sorted by hash.
            let (low, high): (Vec<_>, Vec<_>) =
                bucket.into_iter().partition(|(h, _)| (h >> shift) & 1 == 0);
            buckets.push(low);
            buckets.push(high);
        }
        self.buckets = buckets;
    }

    /// The groups with hashes from `from` on, in hash order.
    pub fn range_from(&self, from: u32) -> impl Iterator<Item = (u32, &Group)> {
        self.buckets[self.index(from)..]
            .iter()
            .flatten()
            .filter(move |(h, _)| *h >= from)
            .map(|(h, g)| (*h, g))
    }

    /// The first group with a hash above `after`.
    pub fn first_after(&self, after: u32) -> Option<&Group> {
        self.range_from(after)
            .find(|&(h, _)| h > after)
            .map(|(_, g)| g)
    }

    /// The first group in hash order.
    pub fn first(&self) -> Option<&Group> {
        self.buckets.iter().flatten().map(|(_, g)| g).next()
    }

    /// Every group, in hash order.
    pub fn values(&self) -> impl Iterator<Item = &Group> {
        self.buckets.iter().flatten().map(|(_, g)| g)
    }

    /// Every group to change, in hash order.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (u32, &mut Group)> {
        self.buckets.iter_mut().flatten().map(|(h, g)| (*h, g))
    }
}
