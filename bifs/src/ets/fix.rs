//! `ets:safe_fixtable/2`: the processes that fixed each table and how often, and the release
//! of a process's fixes when it ends.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, Weak};

use vm::bif::ProcessContext;
use vm::sched::sync::lock;
use vm::term::Term;

use super::error::{Fail, Res};
use super::table::{self, Table};

/// The tables each process has fixed (by the pid's raw word).
fn fixers() -> &'static Mutex<HashMap<u64, Vec<Weak<Table>>>> {
    static FIXERS: LazyLock<Mutex<HashMap<u64, Vec<Weak<Table>>>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    &FIXERS
}

/// Monotonic time in native units, as `erlang:monotonic_time/0` gives it (stored as its bits).
fn now_native() -> u64 {
    crate::time::monotonic_native() as u64
}

/// `ets:safe_fixtable/2`.
pub fn safe_fixtable(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let table = table::resolve(a[0])?;
    table.check_read(p)?;
    let fix = match a[1] {
        Term::TRUE => true,
        Term::FALSE => false,
        _ => return Err(Fail::Badarg),
    };
    let me = p.pid;
    let mut fixes = lock(&table.fixes);
    match fixes.iter().position(|&(pid, _)| pid == me) {
        Some(i) if fix => fixes[i].1 += 1,
        Some(i) => {
            fixes[i].1 -= 1;
            if fixes[i].1 == 0 {
                fixes.remove(i);
                if fixes.is_empty() {
                    table.store.set_fixed(false);
                }
                forget(me, &table);
            }
        }
        None if fix => {
            if fixes.is_empty() {
                table.store.set_fixed(true);
                table
                    .fixed_at
                    .store(now_native(), std::sync::atomic::Ordering::Relaxed);
            }
            fixes.insert(0, (me, 1));
            let mut all = lock(fixers());
            all.entry(me.raw())
                .or_default()
                .push(Arc::downgrade(&table));
            FIXING.store(all.len(), std::sync::atomic::Ordering::Release);
        }
        None => {}
    }
    Ok(Term::TRUE)
}

fn forget(pid: Term, table: &Table) {
    let mut all = lock(fixers());
    if let Some(v) = all.get_mut(&pid.raw()) {
        v.retain(|w| w.upgrade().is_some_and(|t| t.id != table.id));
        if v.is_empty() {
            all.remove(&pid.raw());
        }
    }
    FIXING.store(all.len(), std::sync::atomic::Ordering::Release);
}

/// Processes with fixes (so that the end of a process that has none costs no lock).
static FIXING: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Releases every fix of the process `pid`, which ended.
pub fn process_ended(pid: Term) {
    if FIXING.load(std::sync::atomic::Ordering::Acquire) == 0 {
        return;
    }
    let tables = {
        let mut all = lock(fixers());
        let mine = all.remove(&pid.raw()).unwrap_or_default();
        FIXING.store(all.len(), std::sync::atomic::Ordering::Release);
        mine
    };
    for t in tables.iter().filter_map(Weak::upgrade) {
        let mut fixes = lock(&t.fixes);
        fixes.retain(|&(p, _)| p != pid);
        if fixes.is_empty() {
            t.store.set_fixed(false);
        }
    }
}
