//! Run queues: one per scheduler, each with a queue per priority, work stealing between them,
//! and the parking of idle schedulers.
//!
//! A scheduler takes work from its own queue first (max, then high, then normal and low, where a
//! low-priority process gets a turn after every [`LOW_SKIP`] normal ones), and steals the oldest
//! half of another scheduler's queue when its own is empty.
//!
//! An idle scheduler announces itself as sleeping, spins for a short while ([`SPIN`]) waiting to
//! be woken, and only then parks its thread until it is woken or the next timer is due. Waking a
//! spinning scheduler is a store, waking a parked one a system call and a thread switch; work
//! that comes within the spin therefore wakes it cheaply and at once. The spin yields the
//! processor at each turn, so on a busy machine it gives way to threads that have work. Work pushed by a scheduler
//! wakes another one only when the queue holds more than the one process the pushing scheduler
//! will run next (a message's receiver usually runs right after its sender waits, on the same
//! scheduler, where its memory is still in the cache).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::Thread;
use std::time::{Duration, Instant};

use super::table::ProcHandle;
use crate::process::Priority;

/// Normal-priority processes run between two turns of a low-priority one.
const LOW_SKIP: u32 = 8;

/// How long an idle scheduler spins, waiting to be woken, before it parks its thread.
/// (Measured on two busy cores: with this spin, yielding at each turn, `proc_churn` took
/// 0.85-0.95 s where it took 1.4-1.9 s with no spin and 1.3-1.4 s with a busy wait, and
/// `proc_spawn_million` 5.5-6.4 s where the busy wait took 7.0-8.3 s.)
const SPIN: Duration = Duration::from_micros(50);

/// Sleep state of a scheduler: running or looking for work.
const AWAKE: u8 = 0;
/// Sleep state: idle and spinning; a waker only has to set the state back to [`AWAKE`].
const SPINNING: u8 = 1;
/// Sleep state: idle and parked; a waker sets the state to [`AWAKE`] and unparks the thread.
const PARKED: u8 = 2;

/// The sleep state of one scheduler and its thread (known once the scheduler has started).
#[derive(Default)]
struct Sleeper {
    state: AtomicU8,
    thread: OnceLock<Thread>,
}

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
    /// Schedulers that are spinning or parked (a cheap test before looking for one to wake).
    sleepers: AtomicUsize,
    sleep: Box<[Sleeper]>,
    /// Schedulers that take work (`system_flag(schedulers_online, N)`): those with a higher
    /// index only sleep.
    online: AtomicUsize,
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
            sleep: (0..n.max(1)).map(|_| Sleeper::default()).collect(),
            online: AtomicUsize::new(n.max(1)),
        }
    }

    /// Number of schedulers that take work.
    pub fn online(&self) -> usize {
        self.online.load(Ordering::SeqCst)
    }

    /// Sets how many schedulers take work (clamped to 1..=schedulers); returns the previous
    /// number. Work queued on schedulers that go offline is taken by the others.
    pub fn set_online(&self, n: usize) -> usize {
        let old = self
            .online
            .swap(n.clamp(1, self.queues.len()), Ordering::SeqCst);
        self.notify_all();
        old
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
        let online = self.online.load(Ordering::Relaxed).max(1);
        let len = {
            let mut q = lock(&self.queues[index % online]);
            // A low-priority process that arrives in an empty low queue waits for its turn
            // behind the normal ones, however long no low process ran before (as ERTS skips a
            // newly queued low process a number of times).
            if prio == Priority::Low as usize && q.by_priority[prio].is_empty() {
                q.normal_since_low = 0;
            }
            q.by_priority[prio].push_back(h);
            q.len()
        };
        self.queued.fetch_add(1, Ordering::SeqCst);
        if (len > 1 || !from_scheduler) && self.sleepers.load(Ordering::SeqCst) > 0 {
            self.notify();
        }
    }

    /// Wakes one sleeping scheduler (new work, or an earlier timer), if one sleeps.
    pub fn notify(&self) {
        if self.sleepers.load(Ordering::SeqCst) == 0 {
            return;
        }
        let online = self.online.load(Ordering::Relaxed).max(1);
        for s in self.sleep.iter().take(online) {
            if wake(s) {
                return;
            }
        }
    }

    /// Wakes every sleeping scheduler.
    pub fn notify_all(&self) {
        for s in self.sleep.iter() {
            wake(s);
        }
    }

    /// The next process for scheduler `index`: from its own queue, else stolen.
    pub fn pop(&self, index: usize) -> Option<Arc<ProcHandle>> {
        if self.queued.load(Ordering::SeqCst) == 0 {
            return None;
        }
        let n = self.queues.len();
        if index >= self.online.load(Ordering::Relaxed).max(1) {
            return None;
        }
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

    /// Makes the calling thread the one scheduler `index` wakes (once, when it starts).
    pub fn register(&self, index: usize) {
        let _ = self.sleep[index % self.sleep.len()]
            .thread
            .set(std::thread::current());
    }

    /// Scheduler `index` sleeps until it is woken (work may have arrived) or `timeout()` (the
    /// time until the next timer is due) passed, unless work is queued or `stop()` is true.
    /// Both are asked after the scheduler announced its sleep, so a halt or an earlier timer
    /// that wakes sleepers right after is never missed.
    pub fn sleep(
        &self,
        index: usize,
        timeout: impl Fn() -> Option<Duration>,
        stop: impl Fn() -> bool,
    ) {
        let me = &self.sleep[index % self.sleep.len()];
        me.state.store(SPINNING, Ordering::SeqCst);
        self.sleepers.fetch_add(1, Ordering::SeqCst);
        // A pusher adds to `queued` before it looks for sleepers, and this scheduler announced
        // itself before it looks at `queued`: one of the two sees the other.
        let timeout = timeout();
        let offline = index >= self.online.load(Ordering::SeqCst).max(1);
        if (offline || self.queued.load(Ordering::SeqCst) == 0)
            && !stop()
            && timeout != Some(Duration::ZERO)
        {
            let start = Instant::now();
            let spin_for = timeout.map_or(SPIN, |t| t.min(SPIN));
            while me.state.load(Ordering::SeqCst) == SPINNING && start.elapsed() < spin_for {
                std::thread::yield_now();
            }
            if me
                .state
                .compare_exchange(SPINNING, PARKED, Ordering::SeqCst, Ordering::SeqCst)
                .is_ok()
            {
                let left = timeout.map(|t| t.saturating_sub(start.elapsed()));
                park(me, left);
            }
        }
        me.state.store(AWAKE, Ordering::SeqCst);
        self.sleepers.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Wakes the scheduler of `s` if it sleeps; true if it did.
fn wake(s: &Sleeper) -> bool {
    match s.state.swap(AWAKE, Ordering::SeqCst) {
        AWAKE => false,
        SPINNING => true,
        _ => {
            if let Some(t) = s.thread.get() {
                t.unpark();
            }
            true
        }
    }
}

/// Parks the calling scheduler (whose state is [`PARKED`]) until a waker sets its state back
/// to [`AWAKE`], or `timeout` passed.
fn park(me: &Sleeper, timeout: Option<Duration>) {
    let deadline = timeout.map(|t| Instant::now() + t);
    while me.state.load(Ordering::SeqCst) == PARKED {
        match deadline {
            None => std::thread::park(),
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return;
                }
                std::thread::park_timeout(d - now);
            }
        }
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
    fn a_sleeping_scheduler_is_woken_by_work_from_outside() {
        for i in 0..200 {
            // A fresh set of queues each time: a scheduler slot remembers the first thread that
            // registered for it, and each round's sleeper is a new thread.
            let q = Arc::new(RunQueues::new(2));
            let sleeper = {
                let q = q.clone();
                std::thread::spawn(move || {
                    q.register(1);
                    q.sleep(1, || None, || false);
                })
            };
            // Whether the push comes before the sleeper parks or after, it returns.
            q.push(0, handle(i, Priority::Normal), false);
            assert!(sleeper.join().is_ok());
            assert!(q.pop(0).is_some());
        }
        let q = RunQueues::new(2);
        // No sleep at all with work queued, a stop, or a timer already due.
        q.push(0, handle(999, Priority::Normal), true);
        q.sleep(0, || None, || false);
        assert!(q.pop(0).is_some());
        q.sleep(0, || None, || true);
        q.sleep(0, || Some(Duration::ZERO), || false);
        assert_eq!(q.sleepers.load(Ordering::SeqCst), 0);
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
