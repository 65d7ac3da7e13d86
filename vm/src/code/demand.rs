//! Loading modules on demand: the loader hook that the `girder` binary installs, and the exclusion
//! that makes concurrent first calls into one module load it exactly once.
//!
//! A call into a module that has no current code (a remote call, `apply`, an export fun) loads the
//! module through the hook. Processes on different schedulers can make such calls at the same
//! moment. Were each of them to load the module, the second load would turn the first version
//! into old code and the third would fail with `not_purged`. So a module has at most one load in
//! flight ([`LoadExclusion`]): the first caller loads it; the others wait for that load to end,
//! look again, and find the module loaded. When the load failed, each waiter tries it anew in
//! turn, as erl's code server handles each request on its own.
//!
//! girder's own loader serves only while no code server runs: once a process is registered as
//! `code_server` (OTP's kernel is up), a call to an undefined function goes to the process's
//! error handler (`error_handler:undefined_function/3`, which asks the code server), as in
//! ERTS; the one module still loaded here then is the error handler itself, which must be
//! loaded for that call to happen at all. Before that, the default error handler is skipped (it
//! would ask a code server that does not exist) and the call raises `undef`; a handler set with
//! `process_flag(error_handler, M)` is called in both cases.
//!
//! The wait blocks the scheduler thread of the waiting process for as long as the other thread
//! reads and translates the module; no Erlang code runs under the exclusion, so the wait always
//! ends.

use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};
use std::thread::{self, ThreadId};

use super::{export, module_slot, Target};
use crate::atom::{self, Atom};
use crate::process::Process;
use crate::sched::sync;

/// What the module loader hook reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadOutcome {
    /// The module is now loaded.
    Loaded,
    /// No file for the module was found.
    NotFound,
    /// A file was found but could not be loaded (the message names file, function, instruction).
    Failed(String),
}

/// A function that finds, loads and installs a module by name.
pub type ModuleLoader = dyn Fn(Atom) -> LoadOutcome + Send + Sync;

static LOADER: OnceLock<Box<ModuleLoader>> = OnceLock::new();

/// The loads in flight over the whole system.
static LOADS: LoadExclusion = LoadExclusion::new();

/// Installs the module loader hook (once; later calls are ignored).
pub fn set_module_loader(loader: Box<ModuleLoader>) {
    let _ = LOADER.set(loader);
}

/// Makes sure `module` is loaded, loading it through the hook if needed; `true` when it has
/// current code afterwards. Concurrent callers for the same module load it once (see the module
/// documentation). A failure to load a file that exists is reported on stderr, as erl's code
/// server logs it.
pub fn ensure_loaded(module: Atom) -> bool {
    if is_loaded(module) {
        return true;
    }
    match LOADER.get() {
        Some(loader) => ensure_loaded_with(&LOADS, loader, module),
        None => false,
    }
}

/// Runs `load` while no other load of `module` is in flight (waiting for one that is). Code that
/// installs a module outside [`ensure_loaded`] must load through this too, so that it never
/// races with a load on demand. Returns `None`, without running `load`, when the calling thread
/// is itself already loading `module`: waiting would never end.
pub fn load_exclusively<R>(module: Atom, load: impl FnOnce() -> R) -> Option<R> {
    LOADS.run(module, load)
}

/// Whether a call into `module`, which has no current code, should load it here: while no
/// process is registered as `code_server`, or when it is the default error handler. A module
/// whose `-on_load` function is running is never loaded again.
pub fn may_load_on_demand(module: Atom) -> bool {
    let slot = module_slot(module);
    if slot.current.is_some() || slot.on_load.is_some() {
        return false;
    }
    module == atom::ERROR_HANDLER || !code_server_runs()
}

/// Whether a process is registered as `code_server`.
pub fn code_server_runs() -> bool {
    match Atom::intern("code_server") {
        Ok(name) => crate::sched::system().registry.whereis(name).is_some(),
        Err(_) => false,
    }
}

/// Where a call of an undefined function of `module` goes in process `p`: the entry of
/// `Handler:undefined_function/3` when the handler is loaded (see the module documentation).
/// `None` means the call raises `undef`.
pub fn error_handler_target(p: &Process, module: Atom) -> Option<(u32, u32)> {
    error_handler_entry(p, module, "undefined_function")
}

/// Where a call of a fun of `module` goes when the fun's code was purged and the module has no
/// current code: `Handler:undefined_lambda/3`, under the rules of [`error_handler_target`].
pub fn error_handler_lambda_target(p: &Process, module: Atom) -> Option<(u32, u32)> {
    error_handler_entry(p, module, "undefined_lambda")
}

/// The entry of `Handler:function/3` for a call that `module` cannot take.
fn error_handler_entry(p: &Process, module: Atom, function: &str) -> Option<(u32, u32)> {
    let handler = p
        .extra
        .as_ref()
        .and_then(|e| e.error_handler)
        .unwrap_or(atom::ERROR_HANDLER);
    if handler == atom::ERROR_HANDLER && !code_server_runs() {
        return None;
    }
    // A handler that is itself undefined would recurse forever: `undef` instead, as ERTS.
    if module == handler {
        return None;
    }
    let function = Atom::intern(function).ok()?;
    if may_load_on_demand(handler) {
        ensure_loaded(handler);
    }
    match export::find(handler, function, 3)?.target() {
        Target::Code { version, ip } => Some((version, ip)),
        _ => None,
    }
}

/// Whether `module` has current code.
fn is_loaded(module: Atom) -> bool {
    module_slot(module).current.is_some()
}

/// [`ensure_loaded`] with an explicit exclusion and hook.
fn ensure_loaded_with(loads: &LoadExclusion, loader: &ModuleLoader, module: Atom) -> bool {
    let outcome = loads.run(module, || {
        // Another caller may have loaded it while this one waited for its turn.
        if is_loaded(module) {
            LoadOutcome::Loaded
        } else {
            loader(module)
        }
    });
    match outcome {
        Some(LoadOutcome::Loaded) => is_loaded(module),
        Some(LoadOutcome::NotFound) | None => false,
        Some(LoadOutcome::Failed(message)) => {
            eprintln!("girder: error loading module {}: {message}", module.text());
            false
        }
    }
}

/// The set of modules being loaded, each with the thread loading it, and a condition variable
/// signalled whenever a load ends.
pub struct LoadExclusion {
    in_flight: Mutex<Vec<(Atom, ThreadId)>>,
    ended: Condvar,
}

impl Default for LoadExclusion {
    fn default() -> Self {
        LoadExclusion::new()
    }
}

impl LoadExclusion {
    /// An exclusion with no load in flight.
    pub const fn new() -> LoadExclusion {
        LoadExclusion {
            in_flight: Mutex::new(Vec::new()),
            ended: Condvar::new(),
        }
    }

    /// Runs `load` as the only load of `module` in flight, first waiting for any other to end.
    /// `None` when the calling thread is already loading `module`.
    pub fn run<R>(&self, module: Atom, load: impl FnOnce() -> R) -> Option<R> {
        let me = thread::current().id();
        let mut loads = self.lock();
        loop {
            match loads.iter().find(|&&(m, _)| m == module) {
                None => break,
                Some(&(_, owner)) if owner == me => return None,
                Some(_) => {
                    loads = sync::wait(&self.ended, &self.in_flight, loads);
                }
            }
        }
        loads.push((module, me));
        drop(loads);
        // Ends the load even if `load` unwinds, so no waiter is left behind.
        let _turn = Turn {
            exclusion: self,
            module,
        };
        Some(load())
    }

    fn lock(&self) -> sync::Guard<MutexGuard<'_, Vec<(Atom, ThreadId)>>> {
        sync::lock(&self.in_flight)
    }
}

/// One thread's turn at loading a module; dropping it ends the load and wakes the waiters.
struct Turn<'a> {
    exclusion: &'a LoadExclusion,
    module: Atom,
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        let mut loads = self.exclusion.lock();
        loads.retain(|&(m, _)| m != self.module);
        drop(loads);
        self.exclusion.ended.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::{install, ModuleVersion};
    use crate::instr::Instr;
    use std::collections::HashMap;
    use std::sync::{Arc, Barrier};
    use std::time::Duration;

    /// A hook that installs an empty version of any module named in `modules` (after a pause that
    /// widens the window for a race), counting how often it is asked for each module.
    fn counting_loader(
        modules: Vec<Atom>,
    ) -> (Arc<Mutex<HashMap<Atom, usize>>>, Box<ModuleLoader>) {
        let calls = Arc::new(Mutex::new(HashMap::new()));
        let seen = Arc::clone(&calls);
        let hook = Box::new(move |m: Atom| {
            *sync::lock(&seen).entry(m).or_insert(0) += 1;
            if !modules.contains(&m) {
                return LoadOutcome::NotFound;
            }
            thread::sleep(Duration::from_millis(20));
            match install(m, |id| {
                Ok(ModuleVersion::synthetic(
                    id,
                    m,
                    vec![Instr::ProcessExit {}],
                    Vec::new(),
                ))
            }) {
                Ok(_) => LoadOutcome::Loaded,
                Err(e) => LoadOutcome::Failed(e.to_string()),
            }
        });
        (calls, hook)
    }

    /// Runs `threads` threads that each call [`ensure_loaded_with`] for every module in
    /// `modules` at once; returns each thread's results.
    fn race(
        loads: &Arc<LoadExclusion>,
        hook: &Arc<Box<ModuleLoader>>,
        threads: usize,
        modules: &[Atom],
    ) -> Vec<Vec<bool>> {
        let start = Arc::new(Barrier::new(threads));
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (loads, hook, start) =
                    (Arc::clone(loads), Arc::clone(hook), Arc::clone(&start));
                let mut order = modules.to_vec();
                order.rotate_left(t % modules.len());
                thread::spawn(move || {
                    start.wait();
                    order
                        .iter()
                        .map(|&m| ensure_loaded_with(&loads, hook.as_ref(), m))
                        .collect::<Vec<bool>>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    }

    #[test]
    fn concurrent_first_calls_load_each_module_once() {
        let modules: Vec<Atom> = (0..3)
            .map(|i| Atom::intern(&format!("demand_race_loaded_{i}")).unwrap())
            .collect();
        let (calls, hook) = counting_loader(modules.clone());
        let results = race(
            &Arc::new(LoadExclusion::new()),
            &Arc::new(hook),
            8,
            &modules,
        );
        assert!(results.iter().flatten().all(|&ok| ok), "{results:?}");
        let calls = sync::lock(&calls);
        for m in &modules {
            assert_eq!(calls.get(m), Some(&1), "loads of {}", m.text());
            let slot = module_slot(*m);
            assert!(slot.current.is_some() && slot.old.is_none(), "{slot:?}");
        }
    }

    #[test]
    fn a_failed_load_is_tried_again_by_each_waiter() {
        let missing = Atom::intern("demand_race_missing").unwrap();
        let (calls, hook) = counting_loader(Vec::new());
        let results = race(
            &Arc::new(LoadExclusion::new()),
            &Arc::new(hook),
            4,
            &[missing],
        );
        assert!(results.iter().flatten().all(|&ok| !ok), "{results:?}");
        assert_eq!(sync::lock(&calls).get(&missing), Some(&4));
    }

    #[test]
    fn a_load_that_asks_for_its_own_module_does_not_wait_for_itself() {
        let m = Atom::intern("demand_race_reentrant").unwrap();
        let loads = LoadExclusion::new();
        let inner = loads.run(m, || loads.run(m, || ()));
        assert_eq!(inner, Some(None));
        // The turn ended: the module can be loaded again.
        assert_eq!(loads.run(m, || 7), Some(7));
    }

    #[test]
    fn a_load_that_unwinds_releases_the_module() {
        let m = Atom::intern("demand_race_unwinds").unwrap();
        let loads = LoadExclusion::new();
        let unwound = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            loads.run(m, || panic!("load failed"))
        }));
        assert!(unwound.is_err());
        assert_eq!(loads.run(m, || 1), Some(1));
    }
}
