//! The interpreter's view of the version table: a cache of the module versions a scheduler has
//! run, which lends `&ModuleVersion` for a whole time slice without locks or atomic
//! read-modify-writes.
//!
//! Each entry owns an `Arc` of its version, so a borrowed version stays allocated for as long
//! as the cache is borrowed, whatever the version table does meanwhile. Each scheduler keeps
//! its cache in its loop: it lends it shared to the interpreter for one slice
//! (`interp::run_cached`) and empties it only through a mutable borrow between slices
//! ([`VersionCache::refresh`], before each slice and before the scheduler sleeps), when the
//! version table's generation says a version was removed since the cache was filled. Entries
//! are only ever added during a slice (`OnceCell`s), never replaced, so a lent reference can
//! never dangle: the borrow checker proves it. This is the quiescent-state argument of
//! `docs/code-loading.md`: a purged version's last `Arc` goes when the last scheduler that ran
//! it passes a slice boundary. Other threads that run a slice (`interp::run`) use a
//! thread-local cache the same way ([`with_slice`]).

use std::cell::{OnceCell, RefCell};
use std::sync::Arc;

use super::{versions, ModuleVersion};

/// Direct-mapped slots (by version id); collisions chain.
const SLOTS: usize = 256;

/// One cached version and the next one of its slot.
struct Node {
    version: Arc<ModuleVersion>,
    next: OnceCell<Box<Node>>,
}

/// The versions one thread has resolved since the last removal from the version table.
pub struct VersionCache {
    /// The version table's generation when the cache was last emptied.
    generation: u64,
    slots: [OnceCell<Node>; SLOTS],
}

impl VersionCache {
    /// An empty cache.
    pub const fn new() -> VersionCache {
        VersionCache {
            generation: 0,
            slots: [const { OnceCell::new() }; SLOTS],
        }
    }

    /// Version `id`, borrowed for as long as the cache is: from the cache, or from the version
    /// table (then kept). `None` when the table no longer has it.
    #[inline]
    pub fn get(&self, id: u32) -> Option<&ModuleVersion> {
        let slot = &self.slots[id as usize % SLOTS];
        match slot.get() {
            Some(node) if node.version.id == id => Some(&node.version),
            _ => self.get_slow(slot, id),
        }
    }

    /// [`VersionCache::get`] past the first entry of the slot.
    #[cold]
    #[inline(never)]
    fn get_slow<'c>(&'c self, slot: &'c OnceCell<Node>, id: u32) -> Option<&'c ModuleVersion> {
        let Some(mut node) = slot.get() else {
            let version = versions::version(id)?;
            let node = slot.get_or_init(|| Node {
                version,
                next: OnceCell::new(),
            });
            // The slot was empty and nothing else fills it meanwhile (the cache is not shared
            // between threads); should it hold another version, the lookup fails cleanly.
            return (node.version.id == id).then_some(&*node.version);
        };
        loop {
            if node.version.id == id {
                return Some(&node.version);
            }
            match node.next.get() {
                Some(next) => node = next,
                None => return self.fill(&node.next, id),
            }
        }
    }

    /// Adds version `id` from the table to the empty end of a slot's chain.
    fn fill<'c>(&'c self, cell: &'c OnceCell<Box<Node>>, id: u32) -> Option<&'c ModuleVersion> {
        let version = versions::version(id)?;
        let node = cell.get_or_init(|| {
            Box::new(Node {
                version,
                next: OnceCell::new(),
            })
        });
        // The cell was empty and nothing else fills it meanwhile (the cache is not shared
        // between threads); should it hold another version, the lookup fails cleanly.
        (node.version.id == id).then_some(&*node.version)
    }

    /// Drops every entry if a version was removed from the table since the cache was filled.
    #[inline]
    pub fn refresh(&mut self) {
        let now = versions::generation();
        if now != self.generation {
            self.clear(now);
        }
    }

    #[cold]
    #[inline(never)]
    fn clear(&mut self, now: u64) {
        for s in self.slots.iter_mut() {
            s.take();
        }
        self.generation = now;
    }

    /// Number of cached versions (for tests).
    pub fn len(&self) -> usize {
        let mut n = 0;
        for s in self.slots.iter() {
            let mut node = s.get();
            while let Some(x) = node {
                n += 1;
                node = x.next.get().map(|b| &**b);
            }
        }
        n
    }

    /// Whether the cache holds no version.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for VersionCache {
    fn default() -> VersionCache {
        VersionCache::new()
    }
}

thread_local! {
    static CACHE: RefCell<VersionCache> = const { RefCell::new(VersionCache::new()) };
}

/// Runs `f` (one time slice) with this thread's cache, after dropping it if it is stale. The
/// cache stays borrowed (exclusively, lent shared to `f`) until `f` returns. A nested slice
/// (the cache already borrowed, which the interpreter never does) gets a private cache.
#[inline]
pub fn with_slice<R>(f: impl FnOnce(&VersionCache) -> R) -> R {
    CACHE.with(|c| match c.try_borrow_mut() {
        Ok(mut cache) => {
            cache.refresh();
            f(&cache)
        }
        Err(_) => f(&VersionCache::new()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::Atom;
    use crate::code::{lifecycle, prepare, versions, ModuleVersion};
    use crate::instr::Instr;

    #[test]
    fn cached_versions_stay_until_a_refresh_after_removal() {
        let m = Atom::intern("cache_test_module").unwrap();
        let v = prepare(|id| {
            Ok(ModuleVersion::synthetic(
                id,
                m,
                vec![Instr::ProcessExit {}],
                Vec::new(),
            ))
        })
        .unwrap();
        let id = v.id;
        drop(v);
        let mut cache = VersionCache::new();
        assert_eq!(cache.get(id).map(|v| v.id), Some(id));
        let before = versions::stats().freed_versions;
        // Committed then purged: the table lets go, the cache still lends it.
        crate::code::commit(m, id).unwrap();
        assert!(lifecycle::delete(m) == lifecycle::Deleted::Deleted);
        assert!(lifecycle::purge_now(m));
        assert!(crate::code::version(id).is_none());
        assert_eq!(cache.get(id).map(|v| v.module), Some(m));
        cache.refresh();
        assert!(cache.is_empty());
        assert!(cache.get(id).is_none());
        assert!(versions::stats().freed_versions > before);
    }
}
