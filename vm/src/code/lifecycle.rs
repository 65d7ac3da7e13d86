//! The life of a module's versions after loading: code held back for its `-on_load` function,
//! `delete_module/1` (current code becomes old), and purging (old code goes away).
//!
//! Purging follows ERTS's two steps, which `erts_internal:purge_module/2` exposes: `prepare`
//! notes which module is being purged and says whether it has old code; the caller then finds
//! and kills the processes still running that code; `complete` removes the old version from the
//! module table, marks it purged (calling one of its funs raises `badfun`) and takes it out of
//! the version table, so its memory is freed once the schedulers let go of it (see the parent
//! module).

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Mutex;

use super::{export, load_lock, module_slot, modules, version, InstallError, Target};
use crate::atom::Atom;
use crate::sched::sync;
use crate::signal::Signal;
use crate::term::Term;

// ---- purged versions ----

const PURGED_WORDS: usize = super::MAX_VERSIONS / 64;

static PURGED: [AtomicU64; PURGED_WORDS] = [const { AtomicU64::new(0) }; PURGED_WORDS];

/// Whether version `id` was purged: its funs can no longer be called.
#[inline]
pub fn is_purged(id: u32) -> bool {
    let i = id as usize;
    match PURGED.get(i / 64) {
        Some(w) => w.load(Ordering::Acquire) & (1 << (i % 64)) != 0,
        None => false,
    }
}

/// Makes the funs of version `id` raise `badfun` from now on, ahead of a purge that will
/// complete (`erlang:purge_module/1` calls this when it starts, so no process enters the code
/// through a fun while the purge waits for the processes that run it).
pub fn begin_purge(id: u32) {
    mark_purged(id);
}

fn mark_purged(id: u32) {
    let i = id as usize;
    if let Some(w) = PURGED.get(i / 64) {
        w.fetch_or(1 << (i % 64), Ordering::AcqRel);
    }
}

// ---- -on_load ----

/// The modules erl 25 preloads, in the order `erlang:pre_loaded/0` lists them. Their on_load
/// functions are called by name at boot (`erl_init`), never held.
pub const PRE_LOADED: &[&str] = &[
    "persistent_term",
    "counters",
    "atomics",
    "erts_dirty_process_signal_handler",
    "erts_literal_area_collector",
    "erl_tracer",
    "erts_internal",
    "erlang",
    "erl_prim_loader",
    "prim_zip",
    "prim_net",
    "prim_socket",
    "socket_registry",
    "zlib",
    "prim_file",
    "prim_inet",
    "prim_eval",
    "prim_buffer",
    "init",
    "erl_init",
    "erts_code_purger",
];

/// Whether erl preloads `module`.
pub fn is_pre_loaded(module: Atom) -> bool {
    PRE_LOADED.contains(&module.text())
}

/// The pseudo-module under which a pending `-on_load` function is reachable by a call: its
/// export entry `'$girder_on_load':Module/0` jumps to the function, so
/// `erlang:call_on_load_function/1` can run it as an ordinary apply.
pub fn on_load_module() -> Atom {
    Atom::intern("$girder_on_load").unwrap_or(crate::atom::UNDEFINED)
}

/// Holds prepared version `id` of `module` as its pending `-on_load` code: not current, not
/// callable by name, until [`finish_on_load`]. Fails with `NotPurged` when the module has old
/// code (it would have nowhere to go when the on_load function succeeds).
pub fn hold_for_on_load(module: Atom, id: u32) -> Result<(), InstallError> {
    let _guard = sync::lock(load_lock());
    let slot = module_slot(module);
    if slot.old.is_some() && slot.current.is_some() {
        return Err(InstallError::NotPurged);
    }
    let v = version(id).ok_or(InstallError::TooManyVersions)?;
    if let (Some(entry), Some(e)) = (v.on_load, export::entry(on_load_module(), module, 0)) {
        e.set_target(Target::Code {
            version: id,
            ip: entry,
        });
    }
    sync::write(modules()).entry(module).or_default().on_load = Some(id);
    super::on_load::release(module);
    Ok(())
}

/// Ends the pending `-on_load` state of `module`: with `keep` its version becomes current (the
/// previous current version becomes old). Without it nothing changes: as in ERTS, the held
/// code stays until it is purged (`prepare_on_load`, then `complete`). `false` when the module
/// has no pending on_load code.
pub fn finish_on_load(module: Atom, keep: bool) -> bool {
    let Some(id) = module_slot(module).on_load else {
        return false;
    };
    if keep {
        if let Some(e) = export::find(on_load_module(), module, 0) {
            e.set_target(Target::Undefined);
        }
        let _guard = sync::lock(load_lock());
        let done = super::commit_locked(module, id).is_ok();
        super::on_load::release(module);
        return done;
    }
    true
}

// ---- delete_module ----

/// What `erlang:delete_module/1` did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deleted {
    /// The current code became old (`true`).
    Deleted,
    /// The module has no current code and no old code (`undefined`).
    NotLoaded,
    /// The module still has old code (`badarg`).
    HasOld,
}

/// Makes the current code of `module` old; its export entries become undefined. A module the
/// table has ever held counts as deleted even when it has no code left, as in ERTS.
pub fn delete(module: Atom) -> Deleted {
    let _guard = sync::lock(load_lock());
    let Some(slot) = sync::read(modules()).get(&module).copied() else {
        return Deleted::NotLoaded;
    };
    if slot.old.is_some() {
        return Deleted::HasOld;
    }
    let Some(current) = slot.current else {
        return Deleted::Deleted;
    };
    if let Some(v) = version(current) {
        for &(f, a, _) in v.exports.iter() {
            if let Some(e) = export::find(module, f, a) {
                if matches!(e.target(), Target::Code { .. }) {
                    e.set_target(Target::Undefined);
                }
            }
        }
    }
    let mut table = sync::write(modules());
    let entry = table.entry(module).or_default();
    entry.old = Some(current);
    entry.current = None;
    Deleted::Deleted
}

// ---- purging ----

/// The module a purge has been prepared for, and whether it purges failed on_load code.
static PURGE: Mutex<Option<(Atom, bool)>> = Mutex::new(None);

/// `erts_internal:purge_module(Module, prepare)`: notes `module` as the one being purged;
/// whether it has old code to purge. With `on_load`, the code to purge is the module's pending
/// on_load code instead (`prepare_on_load`).
pub fn prepare_purge(module: Atom, on_load: bool) -> bool {
    let slot = module_slot(module);
    let has = if on_load {
        slot.on_load.is_some()
    } else {
        slot.old.is_some()
    };
    let mut state = sync::lock(&PURGE);
    *state = has.then_some((module, on_load));
    let target = if on_load { slot.on_load } else { slot.old };
    PURGING.store(
        target.filter(|_| has).unwrap_or(NOT_PURGING),
        Ordering::Release,
    );
    has
}

/// [`PURGING`] when no purge is prepared.
const NOT_PURGING: u32 = u32::MAX;

/// The version a prepared purge removes ([`NOT_PURGING`] when none is prepared): a fun of it
/// does not run until the purge ends (see [`wait_for_purge`]).
static PURGING: AtomicU32 = AtomicU32::new(NOT_PURGING);

/// Processes suspended by [`wait_for_purge`] until the prepared purge completes or aborts.
static PENDING_LAMBDA: Mutex<Vec<Term>> = Mutex::new(Vec::new());

/// Whether version `id` is the one a prepared purge is about to remove.
#[inline]
pub fn is_pending_purge(id: u32) -> bool {
    PURGING.load(Ordering::Acquire) == id
}

/// A call of a fun of version `id` while a purge of it is prepared: when the purge is still
/// pending, `pid` is noted to be resumed when it completes or aborts (the caller suspends it,
/// to continue in `erts_code_purger:pending_purge_lambda/3` as in ERTS) and the answer is
/// true; false when the purge ended meanwhile (the caller calls the fun again).
pub fn wait_for_purge(id: u32, pid: Term) -> bool {
    let _state = sync::lock(&PURGE);
    if !is_pending_purge(id) {
        return false;
    }
    sync::lock(&PENDING_LAMBDA).push(pid);
    true
}

/// Ends the waiting of the processes suspended on the prepared purge (it completed or was
/// aborted): each is resumed and calls its fun again. Called with [`PURGE`] held.
fn end_pending_purge() -> Vec<Term> {
    PURGING.store(NOT_PURGING, Ordering::Release);
    std::mem::take(&mut *sync::lock(&PENDING_LAMBDA))
}

/// Resumes processes that [`wait_for_purge`] suspended.
fn resume_waiting(pids: Vec<Term>) {
    let sys = crate::sched::system();
    for pid in pids {
        let _ = sys.send_signal(
            pid,
            Signal::Resume {
                from: pid,
                all: false,
            },
        );
    }
}

/// The version a prepared purge of `module` removes, if one is prepared for it.
pub fn purge_target(module: Atom) -> Option<u32> {
    let state = *sync::lock(&PURGE);
    match state {
        Some((m, on_load)) if m == module => {
            let slot = module_slot(module);
            if on_load {
                slot.on_load
            } else {
                slot.old
            }
        }
        _ => None,
    }
}

/// `erts_internal:purge_module(Module, abort)`: forgets the prepared purge. `false` when none
/// was prepared for `module`.
pub fn abort_purge(module: Atom) -> bool {
    let mut state = sync::lock(&PURGE);
    match *state {
        Some((m, _)) if m == module => {
            *state = None;
            let waiting = end_pending_purge();
            drop(state);
            resume_waiting(waiting);
            true
        }
        _ => false,
    }
}

/// `erts_internal:purge_module(Module, complete)`: removes the prepared version from the module
/// table and marks it purged. `false` when no purge was prepared for `module`.
pub fn complete_purge(module: Atom) -> bool {
    let mut guard = sync::lock(&PURGE);
    let state = guard.take();
    let Some((m, on_load)) = state.filter(|&(m, _)| m == module) else {
        let waiting = end_pending_purge();
        drop(guard);
        resume_waiting(waiting);
        return false;
    };
    // Funs of the version are purged before anyone stops waiting for the purge, so a fun
    // called from now on never enters the code that is about to go.
    if let Some(id) = if on_load {
        module_slot(m).on_load
    } else {
        module_slot(m).old
    } {
        mark_purged(id);
    }
    let waiting = end_pending_purge();
    drop(guard);
    if on_load {
        if let Some(e) = export::find(on_load_module(), m, 0) {
            e.set_target(Target::Undefined);
        }
    }
    let _guard = sync::lock(load_lock());
    let mut table = sync::write(modules());
    let Some(slot) = table.get_mut(&m) else {
        return true;
    };
    let gone = if on_load {
        slot.on_load.take()
    } else {
        slot.old.take()
    };
    drop(table);
    if let Some(id) = gone {
        mark_purged(id);
        drop(super::versions::remove(id));
        crate::sched::wake_idle_schedulers();
    }
    resume_waiting(waiting);
    true
}

/// Purges the old code of `module` at once (no process may run it any more): what a prepared
/// purge completes to. `false` when the module has no old code.
pub fn purge_now(module: Atom) -> bool {
    prepare_purge(module, false) && complete_purge(module)
}

/// Frees version `id` of `module` unless the module table holds it (as current, old or held
/// for on_load): called when the last reference to code that `prepare_loading/2` built goes
/// away. Code that was never installed ran nowhere, so nothing can still refer to it.
pub fn discard_prepared(module: Atom, id: u32) {
    let _guard = sync::lock(load_lock());
    let installed = sync::read(modules())
        .get(&module)
        .is_some_and(|s| [s.current, s.old, s.on_load].contains(&Some(id)));
    if !installed && super::versions::remove(id).is_some() {
        mark_purged(id);
    }
}

/// Names of the modules with old code.
pub fn modules_with_old_code() -> Vec<Atom> {
    sync::read(modules())
        .iter()
        .filter(|(_, s)| s.old.is_some())
        .map(|(&m, _)| m)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::{commit, prepare, ModuleVersion};
    use crate::instr::Instr;

    fn prepared(module: Atom) -> u32 {
        prepare(|id| {
            Ok(ModuleVersion::synthetic(
                id,
                module,
                vec![Instr::ProcessExit {}],
                Vec::new(),
            ))
        })
        .map(|v| v.id)
        .unwrap()
    }

    #[test]
    fn versions_move_from_prepared_to_current_to_old_to_purged() {
        let m = Atom::intern("lifecycle_test_versions").unwrap();
        assert_eq!(delete(m), Deleted::NotLoaded);
        let v1 = prepared(m);
        assert_eq!(module_slot(m).current, None, "prepared code is not current");
        commit(m, v1).unwrap();
        let v2 = prepared(m);
        commit(m, v2).unwrap();
        assert_eq!(module_slot(m).current, Some(v2));
        assert_eq!(module_slot(m).old, Some(v1));
        let v3 = prepared(m);
        assert_eq!(commit(m, v3), Err(InstallError::NotPurged));
        assert_eq!(delete(m), Deleted::HasOld);
        assert!(!is_purged(v1));
        assert!(purge_now(m));
        assert!(is_purged(v1) && !is_purged(v2));
        assert!(!purge_now(m), "nothing left to purge");
        assert_eq!(delete(m), Deleted::Deleted);
        assert_eq!(module_slot(m).current, None);
        assert_eq!(module_slot(m).old, Some(v2));
        assert!(modules_with_old_code().contains(&m));
        assert!(purge_now(m));
        assert_eq!(
            delete(m),
            Deleted::Deleted,
            "a module once seen stays known"
        );
    }

    #[test]
    fn on_load_code_is_held_until_finished() {
        let m = Atom::intern("lifecycle_test_on_load").unwrap();
        let v1 = prepared(m);
        hold_for_on_load(m, v1).unwrap();
        assert_eq!(module_slot(m).current, None);
        assert_eq!(module_slot(m).on_load, Some(v1));
        assert!(finish_on_load(m, false), "failed on_load code stays held");
        assert_eq!(module_slot(m).on_load, Some(v1));
        assert!(finish_on_load(m, true));
        assert_eq!(module_slot(m).current, Some(v1));
        assert_eq!(module_slot(m).on_load, None);
        assert!(!finish_on_load(m, true));
    }
}
