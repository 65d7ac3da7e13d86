//! An ordered set keyed by a 64-bit number, with constant-time insert, lookup and removal:
//! the links and monitors of a process, which may number hundreds of thousands.
//!
//! Entries keep the order they were added in (removed ones leave an empty slot, and the slots
//! are compacted once more than half are empty), so listings such as `process_info(P,
//! monitors)` stay oldest first.

use std::collections::HashMap;

/// Entries of type `V` by key, in insertion order.
pub struct Keyed<V> {
    slots: Vec<Option<(u64, V)>>,
    index: HashMap<u64, usize>,
}

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed {
            slots: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<V> Keyed<V> {
    /// Adds `value` under `key`; false (and nothing changes) if the key is present.
    pub fn insert(&mut self, key: u64, value: V) -> bool {
        if self.index.contains_key(&key) {
            return false;
        }
        self.index.insert(key, self.slots.len());
        self.slots.push(Some((key, value)));
        true
    }

    /// Removes and returns the entry of `key`.
    pub fn remove(&mut self, key: u64) -> Option<V> {
        let i = self.index.remove(&key)?;
        let (_, v) = self.slots[i].take()?;
        if self.slots.len() > 32 && self.index.len() * 2 < self.slots.len() {
            self.compact();
        }
        if self.index.is_empty() {
            self.slots.clear();
        }
        Some(v)
    }

    /// Drops the empty slots and renumbers the index.
    fn compact(&mut self) {
        self.slots.retain(Option::is_some);
        for (i, slot) in self.slots.iter().enumerate() {
            if let Some((k, _)) = slot {
                self.index.insert(*k, i);
            }
        }
    }

    /// Whether `key` is present.
    pub fn contains(&self, key: u64) -> bool {
        self.index.contains_key(&key)
    }

    /// The entry of `key`.
    pub fn get(&self, key: u64) -> Option<&V> {
        let &i = self.index.get(&key)?;
        self.slots[i].as_ref().map(|(_, v)| v)
    }

    /// The entries, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &V> {
        self.slots.iter().flatten().map(|(_, v)| v)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there is no entry.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Bytes of memory held beyond the structure itself.
    pub fn memory_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Option<(u64, V)>>() + self.index.capacity() * 24
    }
}

impl<V: Clone> Keyed<V> {
    /// The entries, oldest first, in a vector.
    pub fn to_vec(&self) -> Vec<V> {
        self.iter().cloned().collect()
    }
}

impl<'a, V> IntoIterator for &'a Keyed<V> {
    type Item = &'a V;
    type IntoIter = Box<dyn Iterator<Item = &'a V> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_survives_removal_and_compaction() {
        let mut k = Keyed::default();
        for i in 0..100u64 {
            assert!(k.insert(i, i * 10));
        }
        assert!(!k.insert(5, 0));
        for i in (0..100u64).filter(|i| i % 3 != 0) {
            assert_eq!(k.remove(i), Some(i * 10));
        }
        assert_eq!(k.remove(1), None);
        let left: Vec<u64> = k.iter().copied().collect();
        assert_eq!(
            left,
            (0..100)
                .filter(|i| i % 3 == 0)
                .map(|i| i * 10)
                .collect::<Vec<_>>()
        );
        assert!(k.contains(99) && !k.contains(98));
        assert_eq!(k.get(33), Some(&330));
        assert_eq!(k.len(), 34);
    }
}
