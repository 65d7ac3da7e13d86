//! Run queues: one per scheduler, each with a queue per priority, work stealing between them,
//! and the parking of idle schedulers.
//!
//! A scheduler takes work from its own queue first (max, then high, then normal and low, where a
//! low-priority process gets a turn after every [`LOW_SKIP`] normal ones), and steals the oldest
//! half of another scheduler's queue when its own is empty. Idle schedulers sleep on a condition
//! variable until work arrives or the next timer is due.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::table::ProcHandle;
use crate::process::Priority;

/// Normal-priority processes run between two turns of a low-priority one.
const LOW_SKIP: u32 = 8;

/// The queues of one scheduler.
#[derive(Default)]
struct Queues {
    by_priority: [VecDeque<Arc<ProcHandle>>; 4],
    normal_since_low: u32,
}

impl Queues {
    fn len(&self) -> usize {
        self.by_priority.iter().map(VecDeque::len).sum()
    }

    fn pop(&mut self) -> Option<Arc<ProcHandle>> {
        for p in [Priority::Max, Priority::High] {
            if let Some(h) = self.by_priority[p as usize].pop_front() {
                return Some(h);
            }
        }
        let low_turn = self.normal_since_low >= LOW_SKIP
            || self.by_priority[Priority::Normal as usize].is_empty();
        if low_turn {
            if let Some(h) = self.by_priority[Priority::Low as usize].pop_front() {
                self.normal_since_low = 0;
                return Some(h);
            }
        }
        let h = self.by_priority[Priority::Normal as usize].pop_front()?;
        self.normal_since_low += 1;
        Some(h)
    }
}

/// All run queues and the sleeping schedulers.
pub struct RunQueues {
    queues: Box<[Mutex<Queues>]>,
    /// Processes in all queues.
    queued: AtomicUsize,
    sleepers: AtomicUsize,
    sleep_lock: Mutex<()>,
    wakeup: Condvar,
}

use super::sync::lock;

impl RunQueues {
    /// Queues for `n` schedulers.
    pub fn new(n: usize) -> RunQueues {
        RunQueues {
            queues: (0..n.max(1))
                .map(|_| Mutex::new(Queues::default()))
                .collect(),
            queued: AtomicUsize::new(0),
            sleepers: AtomicUsize::new(0),
            sleep_lock: Mutex::new(()),
            wakeup: Condvar::new(),
        }
    }

    /// Number of schedulers.
    pub fn schedulers(&self) -> usize {
        self.queues.len()
    }

    /// Processes waiting in run queues.
    pub fn len(&self) -> usize {
        self.queued.load(Ordering::SeqCst)
    }

    /// Whether every run queue is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Puts `h` on scheduler `index`'s queue at its priority. A sleeping scheduler is woken
    /// when the queue holds more than the one process its own scheduler will take next, or
    /// when the caller is not a scheduler (`from_scheduler` false): a process woken by a
    /// message usually runs right after its sender waits, on the same scheduler.
    pub fn push(&self, index: usize, h: Arc<ProcHandle>, from_scheduler: bool) {
        let prio = h.priority() as usize;
        let len = {
            let mut q = lock(&self.queues[index % self.queues.len()]);
            q.by_priority[prio].push_back(h);
            q.len()
        };
        self.queued.fetch_add(1, Ordering::SeqCst);
        if (len > 1 || !from_scheduler) && self.sleepers.load(Ordering::SeqCst) > 0 {
            self.notify();
        }
    }

    /// Wakes one sleeping scheduler (new work, or an earlier timer).
    pub fn notify(&self) {
        let _g = self.sleep_lock.lock().unwrap_or_else(|e| e.into_inner());
        self.wakeup.notify_one();
    }

    /// Wakes every sleeping scheduler.
    pub fn notify_all(&self) {
        let _g = self.sleep_lock.lock().unwrap_or_else(|e| e.into_inner());
        self.wakeup.notify_all();
    }

    /// The next process for scheduler `index`: from its own queue, else stolen.
    pub fn pop(&self, index: usize) -> Option<Arc<ProcHandle>> {
        if self.queued.load(Ordering::SeqCst) == 0 {
            return None;
        }
        let n = self.queues.len();
        let own = index % n;
        if let Some(h) = lock(&self.queues[own]).pop() {
            self.queued.fetch_sub(1, Ordering::SeqCst);
            return Some(h);
        }
        for k in 1..n {
            let victim = (own + k) % n;
            let Some(mut q) = super::sync::try_lock(&self.queues[victim]) else {
                continue;
            };
            let Some(first) = q.pop() else { continue };
            // Take up to half of what is left as well, keeping their order.
            let extra = q.len() / 2;
            let mut stolen = Vec::with_capacity(extra);
            for _ in 0..extra {
                match q.pop() {
                    Some(h) => stolen.push(h),
                    None => break,
                }
            }
            drop(q);
            self.queued.fetch_sub(1, Ordering::SeqCst);
            if !stolen.is_empty() {
                let mut mine = lock(&self.queues[own]);
                for h in stolen {
                    let prio = h.priority() as usize;
                    mine.by_priority[prio].push_back(h);
                }
            }
            return Some(first);
        }
        None
    }

    /// Sleeps until work may have arrived, at most `timeout`.
    pub fn sleep(&self, timeout: Option<Duration>) {
        let g = self.sleep_lock.lock().unwrap_or_else(|e| e.into_inner());
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        if self.queued.load(Ordering::SeqCst) == 0 {
            let _guard = match timeout {
                Some(t) => self
                    .wakeup
                    .wait_timeout(g, t)
                    .map(|(g, _)| g)
                    .unwrap_or_else(|e| e.into_inner().0),
                None => self.wakeup.wait(g).unwrap_or_else(|e| e.into_inner()),
            };
        }
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom;
    use crate::process::Process;

    fn handle(id: u64, prio: Priority) -> Arc<ProcHandle> {
        let mut p = Process::new_parked(
            id,
            (atom::INIT, atom::START_EM, 1),
            crate::heap::ProcessHeap::new(),
        );
        p.priority = prio;
        ProcHandle::new(Box::new(p))
    }

    #[test]
    fn higher_priorities_first_and_low_gets_turns() {
        let q = RunQueues::new(1);
        q.push(0, handle(1, Priority::Normal), true);
        q.push(0, handle(2, Priority::Low), true);
        q.push(0, handle(3, Priority::High), true);
        q.push(0, handle(4, Priority::Max), true);
        let order: Vec<u64> = std::iter::from_fn(|| q.pop(0))
            .map(|h| h.pid.immed1_payload())
            .collect();
        assert_eq!(order, vec![4, 3, 1, 2]);
        assert!(q.is_empty());
        for i in 0..20 {
            q.push(0, handle(100 + i, Priority::Normal), true);
        }
        q.push(0, handle(7, Priority::Low), true);
        let pos = std::iter::from_fn(|| q.pop(0)).position(|h| h.pid.immed1_payload() == 7);
        assert_eq!(pos, Some(LOW_SKIP as usize));
    }

    #[test]
    fn an_idle_scheduler_steals_half() {
        let q = RunQueues::new(2);
        for i in 0..9 {
            q.push(0, handle(i, Priority::Normal), true);
        }
        let first = q.pop(1).map(|h| h.pid.immed1_payload());
        assert_eq!(first, Some(0));
        // The thief took the first and half of the rest into its own queue.
        let own: Vec<u64> = std::iter::from_fn(|| lock(&q.queues[1]).pop())
            .map(|h| h.pid.immed1_payload())
            .collect();
        assert_eq!(own, vec![1, 2, 3, 4]);
        assert_eq!(q.len(), 8);
    }
}
