//! Timers: `receive ... after` timeouts and `erlang:send_after/start_timer`.
//!
//! Every timer has a unique number (the reference number of the timer reference the BIFs
//! return) and a due time in nanoseconds since the system started. Due times sit in a binary
//! heap; the entries in a map, so that cancelling removes the entry at once and its heap item is
//! skipped when it comes up. Schedulers call [`Timers::take_due`] between time slices and sleep
//! no longer than [`Timers::next_due`]. A timer never fires before its due time: it fires at the
//! first check at or after it.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use crate::atom::Atom;
use crate::signal::Payload;
use crate::term::Term;

/// Where a timer's message goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dest {
    /// A process by pid (the timer is dropped if it is gone).
    Pid(Term),
    /// A process by registered name, looked up when the timer fires.
    Name(Atom),
}

/// What happens when a timer fires.
pub enum Action {
    /// The `receive ... after` timer of `pid` expired.
    Timeout {
        /// The waiting process.
        pid: Term,
    },
    /// `send_after`/`start_timer`: send `msg` to `dest`.
    Send {
        /// Destination.
        dest: Dest,
        /// The message.
        msg: Payload,
    },
}

/// A pending timer.
struct Entry {
    due: u64,
    action: Action,
}

#[derive(Default)]
struct Inner {
    heap: BinaryHeap<Reverse<(u64, u64)>>,
    entries: HashMap<u64, Entry>,
}

/// All pending timers.
pub struct Timers {
    inner: Mutex<Inner>,
    /// Held while due timers are taken and delivered, so deliveries keep due-time order.
    firing: Mutex<()>,
    /// The earliest due time in the heap (`u64::MAX` when none).
    next_due: AtomicU64,
}

impl Default for Timers {
    fn default() -> Self {
        Timers::new()
    }
}

/// The instant the system started (the time base of due times and of `monotonic_time`).
pub fn epoch() -> Instant {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

/// Nanoseconds since [`epoch`].
pub fn now_nanos() -> u64 {
    epoch().elapsed().as_nanos() as u64
}

impl Timers {
    /// No timers.
    pub fn new() -> Timers {
        Timers {
            inner: Mutex::new(Inner::default()),
            firing: Mutex::new(()),
            next_due: AtomicU64::new(u64::MAX),
        }
    }

    fn lock(&self) -> crate::sched::sync::Guard<MutexGuard<'_, Inner>> {
        crate::sched::sync::lock(&self.inner)
    }

    /// Starts timer `id` firing `ms` milliseconds from now; returns true when it is now the
    /// earliest timer (sleeping schedulers should recompute their sleep).
    pub fn start(&self, id: u64, ms: u64, action: Action) -> bool {
        let due = now_nanos().saturating_add(ms.saturating_mul(1_000_000));
        let mut inner = self.lock();
        inner.heap.push(Reverse((due, id)));
        inner.entries.insert(id, Entry { due, action });
        let earliest = due < self.next_due.load(Ordering::SeqCst);
        if earliest {
            self.next_due.store(due, Ordering::SeqCst);
        }
        earliest
    }

    /// Cancels timer `id`; returns the milliseconds it had left (rounded up as erl's
    /// `cancel_timer` reports them), or `None` if it was not pending.
    pub fn cancel(&self, id: u64) -> Option<u64> {
        let e = self.lock().entries.remove(&id)?;
        Some(ms_left(e.due))
    }

    /// Milliseconds left of pending timer `id`.
    pub fn read(&self, id: u64) -> Option<u64> {
        self.lock().entries.get(&id).map(|e| ms_left(e.due))
    }

    /// Time until the earliest timer is due (`None`: no timer).
    pub fn next_due(&self) -> Option<Duration> {
        let due = self.next_due.load(Ordering::SeqCst);
        if due == u64::MAX {
            return None;
        }
        Some(Duration::from_nanos(due.saturating_sub(now_nanos())))
    }

    /// Whether a timer may be due now (cheap check before [`Timers::take_due`]).
    #[inline]
    pub fn any_due(&self) -> bool {
        let due = self.next_due.load(Ordering::Relaxed);
        due != u64::MAX && due <= now_nanos()
    }

    /// The right to fire due timers: `None` while another thread fires them. Hold it while
    /// taking ([`Timers::take_due`]) and delivering, so that messages go out in due order.
    pub fn firing(&self) -> Option<MutexGuard<'_, ()>> {
        self.firing.try_lock().ok()
    }

    /// Removes and returns the numbers and actions of every timer due now, earliest first.
    pub fn take_due(&self) -> Vec<(u64, Action)> {
        let now = now_nanos();
        let mut fired = Vec::new();
        let Some(mut inner) = crate::sched::sync::try_lock(&self.inner) else {
            return fired;
        };
        while let Some(&Reverse((due, id))) = inner.heap.peek() {
            if due > now {
                break;
            }
            inner.heap.pop();
            if inner.entries.get(&id).is_some_and(|e| e.due == due) {
                if let Some(e) = inner.entries.remove(&id) {
                    fired.push((id, e.action));
                }
            }
        }
        // Drop cancelled timers from the top, so the next due time is a live one.
        while let Some(&Reverse((due, id))) = inner.heap.peek() {
            if inner.entries.get(&id).is_some_and(|e| e.due == due) {
                break;
            }
            inner.heap.pop();
        }
        let next = inner.heap.peek().map_or(u64::MAX, |&Reverse((d, _))| d);
        self.next_due.store(next, Ordering::SeqCst);
        fired
    }
}

/// Milliseconds from now until `due`, rounded up.
fn ms_left(due: u64) -> u64 {
    due.saturating_sub(now_nanos()).div_ceil(1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timers_fire_in_order_and_never_early() {
        let t = Timers::new();
        let pid = Term::local_pid(1);
        assert!(t.start(1, 30, Action::Timeout { pid }));
        assert!(t.start(2, 10, Action::Timeout { pid }));
        assert!(!t.start(3, 1000, Action::Timeout { pid }));
        assert!(t.take_due().is_empty());
        assert!(t.cancel(3).is_some());
        assert!(t.read(3).is_none());
        std::thread::sleep(Duration::from_millis(40));
        assert_eq!(t.take_due().len(), 2);
        assert!(t.next_due().is_none());
    }
}
