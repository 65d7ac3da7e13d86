//! Old code: `delete_module/1`, `check_old_code/1`, `check_process_code/2,3` (and the
//! `erts_internal` forms and system task OTP's code purger sends), `erts_internal:purge_module/2`
//! and `erlang:purge_module/1`, and `process_flag(error_handler, M)`.
//!
//! Another process is examined while it is parked: its body is held under its slot lock, so
//! its stack cannot change. A process running on another scheduler has no body in its slot;
//! the BIF then yields and is called again, by which time that process has been descheduled.

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::code::{self, decode_cp, is_cp, lifecycle, scan, NO_CP};
use vm::heap::TermAlloc;
use vm::process::Process;
use vm::sched::system;
use vm::sched::table::EXITED;
use vm::signal::{ExitKind, Payload, Signal};
use vm::term::Term;

use std::sync::Mutex;

/// `erlang:delete_module/1`.
pub fn delete_module(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(module) = a[0].as_atom() else {
        return badarg();
    };
    match lifecycle::delete(module) {
        lifecycle::Deleted::Deleted => Ok(Term::TRUE),
        lifecycle::Deleted::NotLoaded => Ok(Term::atom(atom::UNDEFINED)),
        lifecycle::Deleted::HasOld => {
            // As in erl, the refusal is also logged.
            let text = format!(
                "Module {} must be purged before deleting\n",
                String::from_utf8_lossy(&vm::ops::print::display(a[0]))
            );
            vm::sched::logger::report_error_text(vm::sched::system(), p, &text);
            badarg()
        }
    }
}

/// `erlang:check_old_code/1`.
pub fn check_old_code(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_atom() {
        Some(m) => Ok(Term::boolean(code::module_slot(m).old.is_some())),
        None => badarg(),
    }
}

/// Where the calling process is: the position of the BIF call, when known.
fn own_site(p: &Process) -> Option<(u32, u32)> {
    (p.bif_site != NO_CP && is_cp(p.bif_site)).then(|| decode_cp(p.bif_site))
}

/// Whether process `pid` runs, or returns into, the old code of `module`: `Ok(None)` when the
/// process must be looked at later (it is running elsewhere).
fn check(p: &Process, pid: Term, module: Atom) -> Result<Option<bool>, BifError> {
    let Some(old) = code::module_slot(module).old else {
        return Ok(Some(false));
    };
    if pid == p.pid {
        return Ok(Some(scan::refers_to(p, old, own_site(p))));
    }
    let Some(h) = system().table.get(pid) else {
        return Ok(Some(false));
    };
    if h.state() == EXITED {
        return Ok(Some(false));
    }
    let slot = h.slot();
    Ok(slot.as_ref().map(|q| scan::refers_to(q, old, None)))
}

/// `erts_internal:check_process_code/1`: the calling process.
pub fn check_own_code(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(module) = a[0].as_atom() else {
        return badarg();
    };
    let pid = p.pid;
    match check(p, pid, module)? {
        Some(b) => Ok(Term::boolean(b)),
        None => Err(BifError::Yield),
    }
}

/// `erlang:check_process_code/2`.
pub fn check_process_code_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (true, Some(module)) = (a[0].is_local_pid(), a[1].as_atom()) else {
        return badarg();
    };
    match check(p, a[0], module)? {
        Some(b) => Ok(Term::boolean(b)),
        None => Err(BifError::Yield),
    }
}

/// The `{async, RequestId}` of a `check_process_code/3` option list (the last one counts), or
/// `badarg` for a malformed list.
fn async_option(options: Term) -> Result<Option<Term>, BifError> {
    let mut request = None;
    let mut cell = options;
    while let Some((o, tail)) = cell.as_cons() {
        match o.tuple_elements() {
            Some([k, v]) if k.as_atom().map(Atom::text) == Some("async") => request = Some(*v),
            Some([k, v]) if k.as_atom().map(Atom::text) == Some("allow_gc") && v.is_boolean() => {}
            _ => return badarg(),
        }
        cell = tail;
    }
    if !cell.is_nil() {
        return badarg();
    }
    Ok(request)
}

/// Sends `{check_process_code, RequestId, Result}` to the calling process.
fn reply(p: &mut ProcessContext, request: Term, result: bool) -> Result<(), BifError> {
    let tag = Atom::intern("check_process_code").map_err(|_| BifError::BADARG)?;
    let msg = p
        .heap
        .tuple(&[Term::atom(tag), request, Term::boolean(result)]);
    let me = p.pid;
    vm::sched::send::deliver_message(system(), p, me, msg);
    Ok(())
}

/// `erlang:check_process_code/3` (and its `erts_internal` form): `{allow_gc, B}` changes
/// nothing here (no collection is needed to answer); `{async, RequestId}` answers with a
/// message and returns `async`.
pub fn check_process_code_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let request = async_option(a[2])?;
    let (true, Some(module)) = (a[0].is_local_pid(), a[1].as_atom()) else {
        return badarg();
    };
    let Some(result) = check(p, a[0], module)? else {
        return Err(BifError::Yield);
    };
    match request {
        Some(r) => {
            reply(p, r, result)?;
            Ok(Term::atom(
                Atom::intern("async").map_err(|_| BifError::BADARG)?,
            ))
        }
        None => Ok(Term::boolean(result)),
    }
}

/// `erts_internal:request_system_task(Pid, Priority, Request)`: process `Pid` does the task
/// and the answer comes as a message to the caller: `{garbage_collect, RequestId, Type}`
/// answers `{garbage_collect, RequestId, Done}` (`false` for a process that no longer lives),
/// `{check_process_code, RequestId, Module}` answers `{check_process_code, RequestId,
/// Result}`; `ok`. `copy_literals` requests belong to the literal area collector, which is
/// never handed an area here (`badarg`, as erl answers other callers).
pub fn request_system_task(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let me = p.pid;
    system_task(p, me, a[0], a[1], a[2])
}

/// `erts_internal:request_system_task(Requester, Pid, Priority, Request)`: as the three
/// argument form, with the answer going to `Requester` (the dirty process signal handler
/// passes a request on this way); an answer to something that is not a pid is dropped.
pub fn request_system_task_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    system_task(p, a[0], a[1], a[2], a[3])
}

fn system_task(
    p: &mut ProcessContext,
    requester: Term,
    target: Term,
    priority: Term,
    request: Term,
) -> BifResult {
    let priorities = ["max", "high", "normal", "low", "inherit"];
    let prio_ok = priority
        .as_atom()
        .is_some_and(|a| priorities.contains(&a.text()));
    // Elements after the third are ignored, as erl does.
    let Some(&[kind, id, arg, ..]) = request.tuple_elements() else {
        return badarg();
    };
    if !target.is_local_pid() || !prio_ok {
        return badarg();
    }
    let Some(kind) = kind.as_atom() else {
        return badarg();
    };
    let result = match kind.text() {
        "check_process_code" => {
            let Some(module) = arg.as_atom() else {
                return badarg();
            };
            let Some(result) = check(p, target, module)? else {
                return Err(BifError::Yield);
            };
            Term::boolean(result)
        }
        "garbage_collect" => {
            if !arg
                .as_atom()
                .is_some_and(|t| matches!(t.text(), "major" | "minor"))
            {
                return badarg();
            }
            if target == p.pid {
                // The answer goes first: collecting the caller leaves no term of its
                // arguments valid.
                answer(p, requester, Term::atom(kind), id, Term::TRUE);
                crate::process::garbage_collect_1(p, &[target])?;
                return Ok(Term::atom(
                    Atom::intern("ok").map_err(|_| BifError::BADARG)?,
                ));
            }
            crate::process::garbage_collect_1(p, &[target])?
        }
        _ => return badarg(),
    };
    answer(p, requester, Term::atom(kind), id, result);
    Ok(Term::atom(
        Atom::intern("ok").map_err(|_| BifError::BADARG)?,
    ))
}

/// Sends `{Kind, RequestId, Result}` to `requester` (dropped when it is not a pid).
fn answer(p: &mut ProcessContext, requester: Term, kind: Term, id: Term, result: Term) {
    let msg = p.heap.tuple(&[kind, id, result]);
    if requester == p.pid {
        vm::sched::send::deliver_message(system(), p, requester, msg);
    } else if requester.is_local_pid() {
        let _ = vm::sched::send::send(system(), p, requester, msg);
    }
}

/// `erts_internal:purge_module(Module, Op)`, `Op` one of `prepare`, `prepare_on_load`,
/// `abort`, `complete`; only the process registered as `erts_code_purger` may call it.
pub fn purge_module_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    // Only the code purger process may purge, as in ERTS.
    let purger = Atom::intern("erts_code_purger").map_err(|_| BifError::BADARG)?;
    if system().registry.whereis(purger) != Some(p.pid) {
        let notsup = Atom::intern("notsup").map_err(|_| BifError::BADARG)?;
        return Err(BifError::error(Term::atom(notsup)));
    }
    let (Some(module), Some(op)) = (a[0].as_atom(), a[1].as_atom()) else {
        return badarg();
    };
    match op.text() {
        "prepare" => Ok(Term::boolean(lifecycle::prepare_purge(module, false))),
        "prepare_on_load" => Ok(Term::boolean(lifecycle::prepare_purge(module, true))),
        "abort" => {
            lifecycle::abort_purge(module);
            Ok(Term::FALSE)
        }
        "complete" if lifecycle::complete_purge(module) => Ok(Term::TRUE),
        _ => badarg(),
    }
}

/// Sends the exit signal `kill` to `pid`.
fn kill(p: &ProcessContext, pid: Term) {
    let reason = Payload::immediate(Term::atom(atom::KILL));
    let _ = system().send_signal(
        pid,
        Signal::Exit {
            from: p.pid,
            reason,
            kind: ExitKind::Exit2,
        },
    );
}

/// A purge `erlang:purge_module/1` has begun: the old version and the processes still to be
/// looked at (not yet seen parked, or killed and not yet gone).
struct Pending {
    module: Atom,
    old: u32,
    pids: Vec<Term>,
}

/// The purges in progress, by the raw pid of the purging process.
static PENDING: Mutex<Vec<(u64, Pending)>> = Mutex::new(Vec::new());

/// What one look at process `pid` found during a purge of version `old`.
enum Look {
    /// Gone, or parked and not referring to the old code: done with it.
    Clean,
    /// Parked and referring to the old code: to be killed and waited for.
    Victim,
    /// Running elsewhere, or killed and not gone yet: look again later.
    Later,
}

fn look(pid: Term, old: u32) -> Look {
    let Some(h) = system().table.get(pid) else {
        return Look::Clean;
    };
    if h.state() == EXITED {
        return Look::Clean;
    }
    let slot = h.slot();
    match slot.as_ref() {
        Some(q) if q.pending_exit.is_some() => Look::Later,
        Some(q) if scan::refers_to(q, old, None) => Look::Victim,
        Some(_) => Look::Clean,
        None => Look::Later,
    }
}

/// `erlang:purge_module/1`: kills every other process that still runs (or will return into)
/// the old code of the module, waits until they are gone, then purges it; `badarg` when there
/// is no old code. The first call takes the list of processes and makes the old code's funs
/// raise `badfun` (as they will once it is purged; in erl they wait for the purge to end and
/// then fail); each call looks again at the processes left (a process seen parked and not
/// referring to the code is done with; one running elsewhere is looked at again), kills those
/// that refer to it, and yields while any is left, so a purge ends even while other
/// processes keep running.
pub fn purge_module_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(module) = a[0].as_atom() else {
        return badarg();
    };
    let Some(old) = code::module_slot(module).old else {
        forget_pending(p.pid);
        return badarg();
    };
    let me = p.pid;
    let mut pending = take_pending(me)
        .filter(|q| q.module == module && q.old == old)
        .unwrap_or_else(|| {
            lifecycle::begin_purge(old);
            Pending {
                module,
                old,
                pids: system().table.pids(),
            }
        });
    let mut left = Vec::new();
    for pid in std::mem::take(&mut pending.pids) {
        if pid == me {
            continue;
        }
        match look(pid, old) {
            Look::Clean => {}
            Look::Victim => {
                kill(p, pid);
                left.push(pid);
            }
            Look::Later => left.push(pid),
        }
    }
    if !left.is_empty() {
        pending.pids = left;
        vm::sched::sync::lock(&PENDING).push((me.raw(), pending));
        return Err(BifError::Yield);
    }
    if lifecycle::purge_now(module) {
        Ok(Term::TRUE)
    } else {
        badarg()
    }
}

/// The purge `pid` has in progress, taken out of the table.
fn take_pending(pid: Term) -> Option<Pending> {
    let mut all = vm::sched::sync::lock(&PENDING);
    let i = all.iter().position(|(p, _)| *p == pid.raw())?;
    Some(all.swap_remove(i).1)
}

/// Forgets the purge `pid` had in progress, if any.
fn forget_pending(pid: Term) {
    drop(take_pending(pid));
}

/// `erts_internal:release_literal_area_switch/0`: no literal area ever waits for release
/// (literals of purged code are never freed, see `docs/code-loading.md`), so OTP's literal
/// area collector always finds nothing to do.
pub fn release_literal_area_switch(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::FALSE)
}

/// `process_flag(error_handler, Module)`: sets the module that handles calls of undefined
/// functions in `p`; the previous one.
pub fn set_error_handler(p: &mut ProcessContext, value: Term) -> BifResult {
    let Some(module) = value.as_atom() else {
        return badarg();
    };
    let old = p
        .extra_mut()
        .error_handler
        .replace(module)
        .unwrap_or(atom::ERROR_HANDLER);
    Ok(Term::atom(old))
}
