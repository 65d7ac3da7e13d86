//! Questions about other processes: `is_process_alive/1`, `processes/0`, and `make_ref/0`.

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::interp::receive::fetch_signals;
use vm::process::Process;
use vm::sched::table::ProcHandle;
use vm::sched::{new_ref_id, system};
use vm::signal::{handle, Handled};
use vm::term::Term;

/// Runs `f` on the process `pid` after it has acted on every signal sent to it so far (so the
/// caller observes the effects of its own earlier signals). `Ok(None)`: no such process.
/// A process that is running on another scheduler right now is retried after a yield.
pub(crate) fn with_settled<R>(
    p: &mut Process,
    pid: Term,
    f: impl FnOnce(&mut Process, &ProcHandle) -> R,
) -> Result<Option<R>, BifError> {
    if pid == p.pid {
        fetch_signals(p);
        if p.pending_exit.is_some() {
            return Err(BifError::Yield);
        }
        let Some(h) = p.handle.clone() else {
            return Ok(None);
        };
        return Ok(Some(f(p, &h)));
    }
    let sys = system();
    let Some(h) = sys.table.get(pid) else {
        return Ok(None);
    };
    let mut slot = h.slot();
    let Some(q) = slot.as_mut() else {
        // Running elsewhere (or about to end): look again after this slice.
        return Err(BifError::Yield);
    };
    if q.pending_exit.is_none() {
        while let Some(sig) = h.pop_signal() {
            if let Handled::Exit(reason) = handle(q, sig) {
                q.pending_exit = Some(reason);
                break;
            }
        }
    }
    if q.pending_exit.is_some() {
        drop(slot);
        if h.wake() {
            sys.enqueue(h.clone());
        }
        return Ok(None);
    }
    let r = f(q, &h);
    Ok(Some(r))
}

pub(super) fn is_process_alive_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() {
        return badarg();
    }
    let alive = with_settled(p, a[0], |_, _| ())?.is_some();
    Ok(Term::boolean(alive))
}

pub(super) fn processes_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let pids = system().table.pids();
    Ok(p.heap.list(&pids))
}

pub(super) fn make_ref_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.heap.local_ref(new_ref_id(), 0))
}

/// `erts_internal:is_process_alive(Pid, Ref)`, behind `erlang:is_process_alive/1`: answers
/// with the message `{Ref, Alive}` once `Pid` has acted on the signals the caller sent it
/// before; `ok`.
pub(super) fn internal_is_process_alive_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() || !super::flags::is_reference(a[1]) {
        return badarg();
    }
    let alive = with_settled(p, a[0], |_, _| ())?.is_some();
    super::flags::reply_to_self(p, a[1], Term::boolean(alive));
    Ok(Term::atom(super::atom_named("ok")))
}
