//! The literal area collector: frees the literal area of a freed module version once no process
//! refers to it any more.
//!
//! When a purged version's memory is freed (its last `Arc` went, see [`super::versions`]), no
//! code of it runs or can run again, and no BIF holds it; but processes may still hold terms
//! pointing into its literal area. Nothing else can: every copy of a term out of a process
//! (messages, spawn arguments, timers, ETS, persistent terms, port data) copies literal parts
//! too (`crate::copy`). The area becomes a job here. The schedulers work on the jobs between
//! time slices ([`step`]): a job lists the processes that existed when it started, and looks at
//! each while it is parked (its body in its slot, under the slot lock), copying the area's
//! literals onto its heap when it refers to any (a full sweep treating the area as heap). A
//! process running elsewhere, or whose live registers are not known, is looked at again later.
//! A process created after the job started cannot refer to the area: it got its terms by copy
//! from another process. A process that has left the process table may still be ending (its
//! exit signals are copied out of its memory), so when no process is left to look at, the
//! area is freed at the first moment no process is ending ([`Ending`]).

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::literal::LiteralArea;
use crate::sched::sync;
use crate::sched::table::EXITED;
use crate::term::Term;

/// One literal area waiting to be freed, and the processes still to look at.
struct Job {
    area: LiteralArea,
    /// Taken when the job starts; `None` before.
    pids: Option<Vec<Term>>,
}

/// Areas handed over by freed versions (a lock never held while a process's slot is locked by
/// the collector, so freeing a version anywhere cannot deadlock with it).
static INCOMING: Mutex<Vec<LiteralArea>> = Mutex::new(Vec::new());
/// The jobs being worked on (held while process slots are locked).
static JOBS: Mutex<VecDeque<Job>> = Mutex::new(VecDeque::new());
/// Areas handed over and not freed yet.
static PENDING: AtomicUsize = AtomicUsize::new(0);
static PENDING_BYTES: AtomicUsize = AtomicUsize::new(0);
static FREED_AREAS: AtomicUsize = AtomicUsize::new(0);
static COPIES: AtomicUsize = AtomicUsize::new(0);
/// Processes being ended: gone from the process table, but their end (exit signals,
/// `'DOWN'` messages) still reads their memory until it is freed.
static ENDING: AtomicUsize = AtomicUsize::new(0);

/// Held while a process is being ended, from before it leaves the process table until its
/// memory is freed (or given up): a literal area is not freed while any process is ending, as
/// a job does not look at a process that has left the table.
#[must_use]
pub struct Ending(());

impl Ending {
    /// Counts a process that starts to end.
    pub fn begin() -> Ending {
        ENDING.fetch_add(1, Ordering::SeqCst);
        Ending(())
    }
}

impl Drop for Ending {
    fn drop(&mut self) {
        ENDING.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Processes looked at in one [`step`].
const STEP_BUDGET: usize = 256;

/// Hands over the literal area of a freed version.
pub(super) fn enqueue(area: LiteralArea) {
    if area.words() == 0 {
        return;
    }
    PENDING_BYTES.fetch_add(area.words() * 8, Ordering::Relaxed);
    sync::lock(&INCOMING).push(area);
    PENDING.fetch_add(1, Ordering::Release);
    crate::sched::wake_idle_schedulers();
}

/// Whether any literal area waits to be freed (one load: the schedulers ask between slices).
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed) != 0
}

/// Bytes of the literal areas waiting to be freed.
pub fn pending_bytes() -> usize {
    PENDING_BYTES.load(Ordering::Relaxed)
}

/// Literal areas freed so far.
pub fn freed_areas() -> usize {
    FREED_AREAS.load(Ordering::Relaxed)
}

/// Processes that took literals of a freed version over so far.
pub fn copies() -> usize {
    COPIES.load(Ordering::Relaxed)
}

/// What a look at one process found.
enum Look {
    /// It does not refer to the area (any more), or is gone.
    Done,
    /// Running elsewhere, or parked where its live registers are not known: look again.
    Later,
}

/// Looks at process `pid` for `area`: copies the area's literals onto its heap if it is parked
/// and refers to them.
fn visit(pid: Term, area: &LiteralArea) -> Look {
    let Some(h) = crate::sched::system().table.get(pid) else {
        return Look::Done;
    };
    if h.state() == EXITED {
        return Look::Done;
    }
    let mut slot = h.slot();
    let Some(q) = slot.as_mut() else {
        return Look::Later;
    };
    let live = match q.parked_live() {
        Some(live) => Some(live),
        // Preempted: a whole register file, of which the resume position tells the live part.
        None if q.has_registers() => crate::interp::resume_live(q),
        None => None,
    };
    let Some(live) = live else {
        return Look::Later;
    };
    if q.references_literals(area, live) {
        q.collect_literals(area, live);
        COPIES.fetch_add(1, Ordering::Relaxed);
    }
    Look::Done
}

/// Works on the oldest job for a while: looks at up to [`STEP_BUDGET`] processes, and frees the
/// area when none is left. Returns whether any work was done (another step may do more).
pub fn step() -> bool {
    if !pending() {
        return false;
    }
    let Some(mut jobs) = sync::try_lock(&JOBS) else {
        return false;
    };
    jobs.extend(
        sync::lock(&INCOMING)
            .drain(..)
            .map(|area| Job { area, pids: None }),
    );
    let Some(job) = jobs.front_mut() else {
        return false;
    };
    let Job { area, pids } = job;
    let pids = pids.get_or_insert_with(|| crate::sched::system().table.pids());
    let mut later = Vec::new();
    let mut progress = false;
    for _ in 0..STEP_BUDGET {
        let Some(pid) = pids.pop() else {
            break;
        };
        match visit(pid, area) {
            Look::Done => progress = true,
            Look::Later => later.push(pid),
        }
    }
    // Processes to look at again go to the bottom, behind the ones not looked at yet.
    later.reverse();
    later.append(pids);
    *pids = later;
    if !pids.is_empty() {
        // A job waiting for processes it cannot look at yet lets the others go first.
        if !progress {
            jobs.rotate_left(1);
        }
        return progress;
    }
    // A process that ended (or was ending) may still be reading its memory for its exit
    // signals; every such end has finished once none is in progress.
    if ENDING.load(Ordering::SeqCst) != 0 {
        return progress;
    }
    let done = jobs.pop_front();
    drop(jobs);
    if let Some(job) = done {
        let bytes = job.area.words() * 8;
        drop(job);
        PENDING_BYTES.fetch_sub(bytes, Ordering::Relaxed);
        FREED_AREAS.fetch_add(1, Ordering::Relaxed);
        PENDING.fetch_sub(1, Ordering::Release);
    }
    true
}
