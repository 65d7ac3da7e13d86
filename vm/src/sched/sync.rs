//! Taking the locks of the scheduler's shared structures (inboxes, process slots, run queues,
//! the process table, the registry, the timers).
//!
//! A poisoned lock is taken anyway: a panic elsewhere never leaves these structures half
//! updated in a way later users could observe. In a ThreadSanitizer build (`--cfg girder_tsan`,
//! `make race`) every acquire and release is also announced to the sanitizer through an atomic
//! of the lock's own, because the standard library's locks are not instrumented there (its
//! precompiled code is not built with the sanitizer) and every access they protect would
//! otherwise be reported as a race. Ordinary builds take the plain standard guards.

use std::sync::{Condvar, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// A held lock: the standard guard, or in a sanitizer build a wrapper that announces the
/// release when dropped.
#[cfg(not(girder_tsan))]
pub type Guard<G> = G;

/// A held lock: the standard guard, or in a sanitizer build a wrapper that announces the
/// release when dropped.
#[cfg(girder_tsan)]
pub type Guard<G> = announce::Announced<G>;

/// Locks `m`.
#[inline]
pub fn lock<T>(m: &Mutex<T>) -> Guard<MutexGuard<'_, T>> {
    let g = m.lock().unwrap_or_else(|e| e.into_inner());
    wrap(g, m as *const Mutex<T> as usize)
}

/// Locks `m` if no one holds it.
#[inline]
pub fn try_lock<T>(m: &Mutex<T>) -> Option<Guard<MutexGuard<'_, T>>> {
    let g = match m.try_lock() {
        Ok(g) => g,
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return None,
    };
    Some(wrap(g, m as *const Mutex<T> as usize))
}

/// Locks `l` for writing if no one holds it.
#[inline]
pub fn try_write<T>(l: &RwLock<T>) -> Option<Guard<RwLockWriteGuard<'_, T>>> {
    let g = match l.try_write() {
        Ok(g) => g,
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return None,
    };
    Some(wrap(g, l as *const RwLock<T> as usize))
}

/// Waits on `cv` with `m` (held as `g`) released meanwhile, and returns the guard again.
pub fn wait<'a, T>(
    cv: &Condvar,
    m: &'a Mutex<T>,
    g: Guard<MutexGuard<'a, T>>,
) -> Guard<MutexGuard<'a, T>> {
    let g = unwrap(g);
    let g = cv.wait(g).unwrap_or_else(|e| e.into_inner());
    wrap(g, m as *const Mutex<T> as usize)
}

/// Locks `l` for reading.
#[inline]
pub fn read<T>(l: &RwLock<T>) -> Guard<RwLockReadGuard<'_, T>> {
    let g = l.read().unwrap_or_else(|e| e.into_inner());
    wrap(g, l as *const RwLock<T> as usize)
}

/// Locks `l` for writing.
#[inline]
pub fn write<T>(l: &RwLock<T>) -> Guard<RwLockWriteGuard<'_, T>> {
    let g = l.write().unwrap_or_else(|e| e.into_inner());
    wrap(g, l as *const RwLock<T> as usize)
}

#[cfg(not(girder_tsan))]
#[inline(always)]
fn wrap<G>(g: G, _addr: usize) -> G {
    g
}

#[cfg(not(girder_tsan))]
#[inline(always)]
fn unwrap<G>(g: G) -> G {
    g
}

#[cfg(girder_tsan)]
fn wrap<G>(g: G, addr: usize) -> announce::Announced<G> {
    announce::acquired(addr);
    announce::Announced {
        guard: Some(g),
        addr,
    }
}

/// The standard guard of a held lock, its release announced.
#[cfg(girder_tsan)]
fn unwrap<G>(mut g: announce::Announced<G>) -> G {
    let inner = g.guard.take();
    drop(g);
    match inner {
        Some(inner) => inner,
        None => unreachable!("a lock guard is taken out once"),
    }
}

#[cfg(girder_tsan)]
mod announce {
    //! Per-lock atomics that carry the happens-before edges of the locks to the sanitizer.

    use std::ops::{Deref, DerefMut};
    use std::sync::atomic::{AtomicU64, Ordering};

    const SLOTS: usize = 4096;
    static CLOCKS: [AtomicU64; SLOTS] = [const { AtomicU64::new(0) }; SLOTS];

    /// The atomic standing for the lock at `addr` (two locks may share one: that only adds
    /// edges, it never hides a race between accesses under the same lock).
    fn clock(addr: usize) -> &'static AtomicU64 {
        let h = (addr as u64 >> 3).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52;
        &CLOCKS[h as usize % SLOTS]
    }

    /// The lock at `addr` was just taken.
    pub fn acquired(addr: usize) {
        clock(addr).load(Ordering::Acquire);
    }

    /// A held lock; announces its release before the standard guard unlocks.
    pub struct Announced<G> {
        pub(super) guard: Option<G>,
        pub(super) addr: usize,
    }

    impl<G: Deref> Deref for Announced<G> {
        type Target = G::Target;
        fn deref(&self) -> &G::Target {
            match &self.guard {
                Some(g) => g,
                None => unreachable!("a lock guard is used after it was taken out"),
            }
        }
    }

    impl<G: DerefMut> DerefMut for Announced<G> {
        fn deref_mut(&mut self) -> &mut G::Target {
            match &mut self.guard {
                Some(g) => g,
                None => unreachable!("a lock guard is used after it was taken out"),
            }
        }
    }

    impl<G> Drop for Announced<G> {
        fn drop(&mut self) {
            clock(self.addr).fetch_add(1, Ordering::Release);
        }
    }
}
