//! The system-wide settings `erlang:system_flag/2` changes and `system_info/1` reports:
//! schedulers online, multi-scheduling blockers, the default process heap settings, the
//! and the counts other subsystems own (reached through hooks).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use vm::term::Term;

/// `dirty_cpu_schedulers_online` (clamped to the number of schedulers when read).
pub static DIRTY_CPU_ONLINE: AtomicUsize = AtomicUsize::new(usize::MAX);
/// `outstanding_system_requests_limit`.
pub static OUTSTANDING_LIMIT: AtomicUsize = AtomicUsize::new(4);
/// Whether scheduler wall time is measured (`erts_internal:scheduler_wall_time/1`).
pub static SCHEDULER_WALL_TIME: AtomicBool = AtomicBool::new(false);
/// The last `system_flag(scheduler_wall_time, _)` setting (what the next call returns).
pub static SCHEDULER_WALL_TIME_FLAG: AtomicBool = AtomicBool::new(false);
/// Whether `system_flag(microstate_accounting, true)` is in force.
pub static MICROSTATE_ACCOUNTING: AtomicBool = AtomicBool::new(false);
/// The largest number of ETS tables (`ets_limit`).
pub const ETS_LIMIT: usize = 8192;
/// Processes that blocked multi-scheduling (`system_flag(multi_scheduling, block)`), once per
/// call.
pub static BLOCKERS: Mutex<Vec<Term>> = Mutex::new(Vec::new());
/// Processes that blocked normal multi-scheduling.
pub static NORMAL_BLOCKERS: Mutex<Vec<Term>> = Mutex::new(Vec::new());
/// `min_bin_vheap_size` of new processes, in words.
static MIN_BIN_VHEAP: AtomicUsize = AtomicUsize::new(vm::heap::sizes::DEFAULT_MIN_VHEAP_SIZE);
/// Schedulers online set by `system_flag/2` before multi-scheduling was blocked.
static ONLINE_WANTED: AtomicUsize = AtomicUsize::new(0);

static ETS_COUNT: OnceLock<fn() -> usize> = OnceLock::new();

/// Lets ETS report how many tables exist (`system_info(ets_count)`).
pub fn set_ets_count_hook(count: fn() -> usize) {
    let _ = ETS_COUNT.set(count);
}

/// The number of ETS tables, 0 where ETS has not said.
pub fn ets_count() -> usize {
    ETS_COUNT.get().map_or(0, |f| f())
}

fn locked<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The pids blocking multi-scheduling in `which`, without repeats.
pub fn blockers(which: &Mutex<Vec<Term>>) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::new();
    for &p in locked(which).iter() {
        if !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// Schedulers online as `system_info(schedulers_online)` reports it: the setting, even while
/// blocked multi-scheduling runs everything on one scheduler.
pub fn schedulers_online() -> usize {
    match ONLINE_WANTED.load(Ordering::SeqCst) {
        0 => vm::sched::system().runq.online(),
        n => n,
    }
}

/// Sets the schedulers online; returns the previous number. While multi-scheduling is
/// blocked the number is remembered and takes effect on unblocking.
pub fn set_schedulers_online(n: usize) -> usize {
    let old = schedulers_online();
    if locked(&BLOCKERS).is_empty() {
        vm::sched::system().runq.set_online(n);
    } else {
        ONLINE_WANTED.store(n, Ordering::SeqCst);
    }
    old
}

/// `enabled`, `blocked`, `blocked_normal` or (with one scheduler) `disabled`.
pub fn multi_scheduling_state() -> &'static str {
    if vm::sched::system().schedulers() == 1 {
        "disabled"
    } else if !locked(&BLOCKERS).is_empty() {
        "blocked"
    } else if !locked(&NORMAL_BLOCKERS).is_empty() {
        "blocked_normal"
    } else {
        "enabled"
    }
}

/// Adds `pid` as a blocker of multi-scheduling (`normal`: only of normal schedulers); the
/// system then runs processes on one scheduler.
pub fn block_multi_scheduling(pid: Term, normal: bool) {
    let which = if normal { &NORMAL_BLOCKERS } else { &BLOCKERS };
    let mut list = locked(which);
    let first = list.is_empty();
    list.push(pid);
    drop(list);
    if first && !normal {
        let runq = &vm::sched::system().runq;
        ONLINE_WANTED.store(runq.online(), Ordering::SeqCst);
        runq.set_online(1);
    }
}

/// Removes one block by `pid`; the schedulers online come back when no block is left.
pub fn unblock_multi_scheduling(pid: Term, normal: bool) {
    let which = if normal { &NORMAL_BLOCKERS } else { &BLOCKERS };
    let mut list = locked(which);
    if let Some(i) = list.iter().position(|&p| p == pid) {
        list.remove(i);
    }
    let now_empty = list.is_empty();
    drop(list);
    if now_empty && !normal {
        let wanted = ONLINE_WANTED.swap(0, Ordering::SeqCst);
        if wanted != 0 {
            vm::sched::system().runq.set_online(wanted);
        }
    }
}

/// `min_heap_size` of new processes, in words.
pub fn min_heap_size() -> usize {
    vm::process::default_min_heap_size()
}

/// `fullsweep_after` of new processes.
pub fn fullsweep_after() -> usize {
    vm::process::default_fullsweep_after()
}

/// `min_bin_vheap_size` of new processes, in words.
pub fn min_bin_vheap_size() -> usize {
    MIN_BIN_VHEAP.load(Ordering::Relaxed)
}

/// Sets `min_bin_vheap_size` to the first size of the virtual heap series (the default grown
/// by the golden ratio) that holds `words`; returns the previous setting.
pub fn set_min_bin_vheap_size(words: usize) -> usize {
    let mut size = vm::heap::sizes::DEFAULT_MIN_VHEAP_SIZE as f64;
    while (size as usize) < words {
        size = (size * 1.618_033_988_749_895).ceil();
    }
    MIN_BIN_VHEAP.swap(size as usize, Ordering::Relaxed)
}
