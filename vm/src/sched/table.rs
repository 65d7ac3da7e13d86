//! The process table: pid → [`ProcHandle`], and the handle through which other threads reach a
//! process (its signal inbox, its scheduling state, and its body while it is not running).

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use crate::process::{Priority, Process};
use crate::signal::Signal;
use crate::term::Term;

/// The process waits for a signal and is in no run queue.
pub const WAITING: u8 = 0;
/// The process is in a run queue.
pub const QUEUED: u8 = 1;
/// A scheduler runs the process.
pub const RUNNING: u8 = 2;
/// The process has ended.
pub const EXITED: u8 = 3;

/// Bits of the pid number (the rest of the counter becomes the serial).
const PID_NUMBER_BITS: u32 = 27;

/// The signal inbox.
#[derive(Default)]
struct Inbox {
    signals: VecDeque<Signal>,
    /// Set when the process ended: no more signals are accepted.
    closed: bool,
}

/// What [`ProcHandle::deliver_parked`] did with a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direct {
    /// The message is in the process's message queue; `wake` says the caller must put the
    /// process in a run queue.
    Delivered {
        /// The process was waiting and is now queued.
        wake: bool,
    },
    /// The process could not take the message directly: send it through the inbox.
    Declined,
}

/// The shared part of a process.
pub struct ProcHandle {
    /// The process's pid.
    pub pid: Term,
    inbox: Mutex<Inbox>,
    /// Number of signals in the inbox, written under the inbox lock and read without it.
    pending: AtomicUsize,
    state: AtomicU8,
    priority: AtomicU8,
    /// The process while it is not running (a scheduler takes it out to run it).
    slot: Mutex<Option<Box<Process>>>,
}

use super::sync::{lock, read, try_lock, write, Guard};

impl ProcHandle {
    /// A handle for `p`, which starts queued; `p` learns its handle.
    pub fn new(mut p: Box<Process>) -> Arc<ProcHandle> {
        let h = Arc::new(ProcHandle {
            pid: p.pid,
            inbox: Mutex::new(Inbox::default()),
            pending: AtomicUsize::new(0),
            state: AtomicU8::new(QUEUED),
            priority: AtomicU8::new(p.priority as u8),
            slot: Mutex::new(None),
        });
        p.handle = Some(h.clone());
        *h.slot() = Some(p);
        h
    }

    /// Pushes a signal. `Err` gives it back when the process has ended; `Ok(true)` means the
    /// process was waiting and the caller must put it in a run queue.
    pub fn push(&self, sig: Signal) -> Result<bool, Signal> {
        {
            let mut inbox = lock(&self.inbox);
            if inbox.closed {
                return Err(sig);
            }
            inbox.signals.push_back(sig);
            self.pending.store(inbox.signals.len(), Ordering::SeqCst);
        }
        Ok(self.wake())
    }

    /// Puts message `msg` (a term of the sending process) straight into the message queue of
    /// the process, copied into its memory, when the process is parked in its slot (waiting or
    /// queued, not running) and its inbox is empty. The copy goes on the young heap, or, when
    /// that is full, into the heap's overflow fragment (the process collects it when it next
    /// allocates or parks). The slot is only tried, never waited for.
    ///
    /// Order is kept: an empty inbox means every signal the sender sent before was already
    /// handled (a signal is popped and handled while the process is out of its slot, or under
    /// the slot lock), so the message lands behind them. No wake-up is lost: the state is read
    /// under the slot lock, and a scheduler that parks a process stores it in the slot before
    /// marking it waiting, so a process seen waiting here stays waiting until someone wakes it.
    pub fn deliver_parked(&self, msg: Term) -> Direct {
        if self.pending.load(Ordering::SeqCst) != 0 {
            return Direct::Declined;
        }
        let Some(mut slot) = try_lock(&self.slot) else {
            return Direct::Declined;
        };
        let Some(q) = slot.as_mut() else {
            return Direct::Declined;
        };
        let state = self.state.load(Ordering::SeqCst);
        if (state != WAITING && state != QUEUED) || q.pending_exit.is_some() || q.off_heap_messages
        {
            return Direct::Declined;
        }
        let m = crate::copy::copy_term(msg, &mut q.heap);
        q.mailbox.push(m);
        drop(slot);
        Direct::Delivered { wake: self.wake() }
    }

    /// Moves a waiting process to the queued state; true if the caller must enqueue it.
    pub fn wake(&self) -> bool {
        self.state
            .compare_exchange(WAITING, QUEUED, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }

    /// Takes the oldest pending signal.
    pub fn pop_signal(&self) -> Option<Signal> {
        if self.pending.load(Ordering::SeqCst) == 0 {
            return None;
        }
        let mut inbox = lock(&self.inbox);
        let sig = inbox.signals.pop_front();
        self.pending.store(inbox.signals.len(), Ordering::SeqCst);
        sig
    }

    /// Whether signals are pending.
    pub fn has_signals(&self) -> bool {
        self.pending.load(Ordering::SeqCst) != 0
    }

    /// Number of pending messages not yet in the private queue.
    pub fn pending_messages(&self) -> usize {
        lock(&self.inbox)
            .signals
            .iter()
            .filter(|s| s.is_message())
            .count()
    }

    /// Closes the inbox of an ending process and returns what was still pending.
    pub fn close(&self) -> VecDeque<Signal> {
        let mut inbox = lock(&self.inbox);
        inbox.closed = true;
        self.pending.store(0, Ordering::SeqCst);
        std::mem::take(&mut inbox.signals)
    }

    /// The scheduling state ([`WAITING`], [`QUEUED`], [`RUNNING`], [`EXITED`]).
    pub fn state(&self) -> u8 {
        self.state.load(Ordering::SeqCst)
    }

    /// Sets the scheduling state.
    pub fn set_state(&self, s: u8) {
        self.state.store(s, Ordering::SeqCst);
    }

    /// The priority the process runs at.
    pub fn priority(&self) -> Priority {
        Priority::from_index(self.priority.load(Ordering::Relaxed))
    }

    /// Records a new priority.
    pub fn set_priority(&self, p: Priority) {
        self.priority.store(p as u8, Ordering::Relaxed);
    }

    /// The slot holding the process while it is not running.
    pub fn slot(&self) -> Guard<MutexGuard<'_, Option<Box<Process>>>> {
        lock(&self.slot)
    }
}

/// Number of table shards (a power of two).
const SHARDS: usize = 64;

/// One shard of the table: pid payload → handle.
type Shard = RwLock<HashMap<u64, Arc<ProcHandle>, BuildPidHasher>>;

/// A hasher for pid payloads: they are distinct counters already, so a multiplication spreads
/// them well enough and costs far less than the default SipHash.
#[derive(Default, Clone, Copy)]
pub struct BuildPidHasher;

/// The hasher of [`BuildPidHasher`].
#[derive(Default)]
pub struct PidHasher(u64);

impl std::hash::Hasher for PidHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

impl std::hash::BuildHasher for BuildPidHasher {
    type Hasher = PidHasher;
    fn build_hasher(&self) -> PidHasher {
        PidHasher(0)
    }
}

/// Every live process, by pid.
pub struct ProcessTable {
    shards: Box<[Shard]>,
    next: AtomicU64,
    count: AtomicUsize,
}

impl Default for ProcessTable {
    fn default() -> Self {
        ProcessTable::new()
    }
}

impl ProcessTable {
    /// An empty table; the first pid handed out is `<0.0.0>`.
    pub fn new() -> ProcessTable {
        ProcessTable {
            shards: (0..SHARDS)
                .map(|_| RwLock::new(HashMap::with_hasher(BuildPidHasher)))
                .collect(),
            next: AtomicU64::new(0),
            count: AtomicUsize::new(0),
        }
    }

    /// A fresh pid payload (`serial << 32 | number`).
    pub fn new_pid_payload(&self) -> u64 {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let number = n & ((1 << PID_NUMBER_BITS) - 1);
        let serial = n >> PID_NUMBER_BITS;
        (serial << 32) | number
    }

    fn shard(&self, pid: Term) -> &Shard {
        &self.shards[(pid.immed1_payload() as usize) & (SHARDS - 1)]
    }

    /// Adds a process.
    pub fn insert(&self, h: Arc<ProcHandle>) {
        let mut shard = write(self.shard(h.pid));
        shard.insert(h.pid.immed1_payload(), h);
        self.count.fetch_add(1, Ordering::Relaxed);
    }

    /// Removes a process.
    pub fn remove(&self, pid: Term) {
        let mut shard = write(self.shard(pid));
        if shard.remove(&pid.immed1_payload()).is_some() {
            self.count.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// The live process with this pid.
    pub fn get(&self, pid: Term) -> Option<Arc<ProcHandle>> {
        if !pid.is_local_pid() {
            return None;
        }
        let shard = read(self.shard(pid));
        shard.get(&pid.immed1_payload()).cloned()
    }

    /// Number of live processes.
    pub fn len(&self) -> usize {
        self.count.load(Ordering::Relaxed)
    }

    /// Whether no process lives.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The pids of all live processes, in creation order.
    pub fn pids(&self) -> Vec<Term> {
        let mut all: Vec<Term> = Vec::with_capacity(self.len());
        for s in self.shards.iter() {
            let s = read(s);
            all.extend(s.values().map(|h| h.pid));
        }
        all.sort_by_key(|p| {
            let v = p.immed1_payload();
            ((v >> 32) << PID_NUMBER_BITS) | (v & 0xFFFF_FFFF)
        });
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom;
    use crate::heap::ProcessHeap;
    use crate::signal::Payload;

    fn process(t: &ProcessTable) -> Box<Process> {
        Box::new(Process::new_parked(
            t.new_pid_payload(),
            (atom::INIT, atom::START_EM, 1),
            ProcessHeap::new(),
        ))
    }

    #[test]
    fn a_waiting_process_is_woken_once_and_a_closed_inbox_refuses() {
        let t = ProcessTable::new();
        let h = ProcHandle::new(process(&t));
        t.insert(h.clone());
        assert_eq!(t.len(), 1);
        h.set_state(WAITING);
        let msg = || Signal::Message(Payload::immediate(Term::small(1)));
        assert!(matches!(h.push(msg()), Ok(true)));
        assert!(matches!(h.push(msg()), Ok(false)));
        assert_eq!(h.pending_messages(), 2);
        assert_eq!(h.close().len(), 2);
        assert!(h.push(msg()).is_err());
        t.remove(h.pid);
        assert!(t.get(h.pid).is_none() && t.is_empty());
        // Break the handle/process cycle.
        let taken = h.slot().take();
        if let Some(mut p) = taken {
            p.handle = None;
        }
    }

    #[test]
    fn a_parked_process_takes_a_message_straight_into_its_queue() {
        use crate::heap::{HeapFragment, TermAlloc};
        let t = ProcessTable::new();
        let h = ProcHandle::new(process(&t));
        let mut sender_memory = HeapFragment::with_capacity(8);
        let msg = sender_memory.tuple(&[Term::small(7), Term::NIL]);
        // Queued and never run: the message goes in, no wake-up is needed.
        assert_eq!(h.deliver_parked(msg), Direct::Delivered { wake: false });
        // Waiting: the message goes in and the caller must enqueue the process, once.
        h.set_state(WAITING);
        assert_eq!(
            h.deliver_parked(Term::small(1)),
            Direct::Delivered { wake: true }
        );
        assert_eq!(h.state(), QUEUED);
        {
            let slot = h.slot();
            let q = slot.as_ref().expect("parked");
            let got: Vec<Term> = q.mailbox.messages().collect();
            assert_eq!(got.len(), 2);
            assert_eq!(
                got[0].tuple_elements(),
                Some(&[Term::small(7), Term::NIL][..])
            );
            // A copy in the receiver's memory, not the sender's term.
            assert!(!sender_memory.contains(got[0].pointer()));
            assert_eq!(got[1], Term::small(1));
        }
        // A signal in the inbox comes first: the next message must queue behind it.
        h.set_state(WAITING);
        let sig = Signal::Message(Payload::immediate(Term::small(2)));
        assert!(matches!(h.push(sig), Ok(true)));
        assert_eq!(h.deliver_parked(Term::small(3)), Direct::Declined);
        assert!(h.pop_signal().is_some() && !h.has_signals());
        // Marked running while still in the slot (being parked, or just taken to run).
        h.set_state(RUNNING);
        assert_eq!(h.deliver_parked(Term::small(4)), Direct::Declined);
        // Out of the slot: a scheduler runs it.
        h.set_state(QUEUED);
        let taken = h.slot().take();
        assert_eq!(h.deliver_parked(Term::small(5)), Direct::Declined);
        if let Some(mut p) = taken {
            p.handle = None;
        }
    }

    #[test]
    fn pids_are_listed_in_creation_order() {
        let t = ProcessTable::new();
        let hs: Vec<_> = (0..100).map(|_| ProcHandle::new(process(&t))).collect();
        for h in hs.iter().rev() {
            t.insert(h.clone());
        }
        let pids = t.pids();
        assert_eq!(pids, hs.iter().map(|h| h.pid).collect::<Vec<_>>());
        for h in &hs {
            let taken = h.slot().take();
            if let Some(mut p) = taken {
                p.handle = None;
            }
        }
    }
}
