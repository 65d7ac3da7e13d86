//! Whole-table scans that give up the scheduler: `select/2`, `match/2`, `match_object/2`
//! (and so `tab2list/1`), `select_reverse/2` and `select_count/2` visit at most
//! [`OBJECTS_PER_SLICE`] objects per call; if more remain, the BIF keeps where it stopped and
//! what it found so far here, by process, and yields. The scheduler calls the BIF again with the
//! same arguments when the process next runs (`BifError::Yield`), and it goes on from there.
//!
//! Results found so far are kept in a heap fragment of their own (a garbage collection of the
//! process between two calls cannot move them); the last call attaches the fragment to the
//! process heap. A process that ends in the middle of a scan has its state dropped by the ETS
//! exit hook.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use vm::heap::HeapFragment;
use vm::sched::sync::lock;
use vm::term::Term;

use super::store::{Detached, Resume, Start};
use super::table::Table;

/// Objects a scan visits before it yields.
pub const OBJECTS_PER_SLICE: usize = 4000;

/// A scan in progress.
pub struct Scan {
    /// The table's reference number.
    pub table: u64,
    /// Where to go on.
    pub resume: Resume,
    /// Memory of the results so far.
    pub results_memory: HeapFragment,
    /// The results so far (in `results_memory`).
    pub results: Vec<Term>,
    /// Objects counted so far (`select_count`).
    pub count: u64,
}

impl Scan {
    /// Where the scan goes on (the key of an ordered set stays in `self`).
    pub fn start(&self) -> Start {
        match &self.resume {
            Resume::Hash { slot } => Start::Hash { slot: *slot },
            Resume::Key(k) => Start::After(k.peek()),
        }
    }
}

fn scans() -> &'static Mutex<HashMap<u64, Scan>> {
    static SCANS: LazyLock<Mutex<HashMap<u64, Scan>>> = LazyLock::new(Default::default);
    &SCANS
}

/// Number of scans kept (so that calls with none to find cost no lock).
static KEPT: AtomicUsize = AtomicUsize::new(0);

/// The scan process `pid` left off on table `table`, if any (any other is dropped).
pub fn take(pid: Term, table: u64) -> Option<Scan> {
    if KEPT.load(Ordering::Acquire) == 0 {
        return None;
    }
    let mut all = lock(scans());
    let mine = all.remove(&pid.raw());
    KEPT.store(all.len(), Ordering::Release);
    drop(all);
    mine.filter(|s| s.table == table)
}

/// Keeps the scan of process `pid` until its next call.
pub fn save(pid: Term, scan: Scan) {
    let mut all = lock(scans());
    all.insert(pid.raw(), scan);
    KEPT.store(all.len(), Ordering::Release);
}

/// A `delete_all_objects/1`, `delete/1` or `select_delete/2` of everything in progress.
pub struct Clearing {
    /// The number of objects the table had (the call's result, unless `deleted`).
    pub count: u64,
    /// Whether the table itself was deleted (`delete/1`, which gives `true`).
    pub deleted: bool,
    /// What is left to do.
    pub rest: ClearWork,
    /// The objects' worth of work done so far.
    pub done: usize,
}

/// A clearing of at least this many objects' worth (or a table of that many freed at its
/// owner's exit) gives the freed memory back to the system when it finishes.
pub const GIVE_BACK_AFTER: usize = 100_000;

/// The rest of a [`Clearing`].
pub enum ClearWork {
    /// The table is already empty; its old objects are freed a slice at a time.
    Free(Detached),
    /// A fixed hash table's objects are marked dead a slice of slots at a time, from this slot.
    Mark(Arc<Table>, usize),
}

impl Clearing {
    /// Does about `budget` objects' worth of the work; whether it is finished.
    pub fn work(&mut self, budget: usize) -> bool {
        self.done += budget;
        let finished = self.work_slice(budget);
        if finished && self.done >= GIVE_BACK_AFTER {
            vm::os::memory::give_back();
        }
        finished
    }

    fn work_slice(&mut self, budget: usize) -> bool {
        match &mut self.rest {
            ClearWork::Free(rest) => rest.free_some(budget),
            ClearWork::Mark(table, slot) => match table.store.clear_slots(*slot, budget) {
                (Some(next), freed) => {
                    drop(freed);
                    *slot = next;
                    false
                }
                (None, freed) => {
                    drop(freed);
                    true
                }
            },
        }
    }
}

fn clearings() -> &'static Mutex<HashMap<u64, Clearing>> {
    static CLEARINGS: LazyLock<Mutex<HashMap<u64, Clearing>>> = LazyLock::new(Default::default);
    &CLEARINGS
}

/// Number of clearings kept.
static CLEARING: AtomicUsize = AtomicUsize::new(0);

/// The clearing process `pid` left off, if any.
pub fn take_clearing(pid: Term) -> Option<Clearing> {
    if CLEARING.load(Ordering::Acquire) == 0 {
        return None;
    }
    let mut all = lock(clearings());
    let mine = all.remove(&pid.raw());
    CLEARING.store(all.len(), Ordering::Release);
    mine
}

/// Keeps the clearing of process `pid` until its next call.
pub fn save_clearing(pid: Term, c: Clearing) {
    let mut all = lock(clearings());
    all.insert(pid.raw(), c);
    CLEARING.store(all.len(), Ordering::Release);
}

/// Drops the scan and the clearing of process `pid` (which ended, or whose call failed); what a
/// clearing had left is freed at once.
pub fn forget(pid: Term) {
    let clearing = take_clearing(pid);
    drop(clearing);
    if KEPT.load(Ordering::Acquire) == 0 {
        return;
    }
    let mut all = lock(scans());
    let dropped = all.remove(&pid.raw());
    KEPT.store(all.len(), Ordering::Release);
    drop(all);
    drop(dropped);
}
