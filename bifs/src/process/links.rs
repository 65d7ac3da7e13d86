//! Links and exit signals: `link/1`, `unlink/1`, `exit/2`, to processes and ports alike (the
//! protocol itself is `vm::signal`).

use vm::atom;
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::interp::receive::fetch_signals;
use vm::process::Process;
use vm::sched::system;
use vm::signal::{handle, ExitKind, Handled, Payload, Signal};
use vm::term::external::ExternalPid;
use vm::term::Term;

/// Sends an exit signal from `p` to `to`; a signal to itself is acted on at once.
fn exit_signal(p: &mut Process, to: Term, reason: Term, kind: ExitKind) -> Result<(), BifError> {
    let sig = Signal::Exit {
        from: p.pid,
        reason: Payload::copy(reason),
        kind,
    };
    if to == p.pid {
        fetch_signals(p);
        if p.pending_exit.is_some() {
            return Err(BifError::Yield);
        }
        if let Handled::Exit(r) = handle(p, sig) {
            p.pending_exit = Some(r);
            return Err(BifError::Yield);
        }
        return Ok(());
    }
    let _ = system().send_signal(to, sig);
    Ok(())
}

pub(super) fn exit_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if remote_pid(a[0]).is_some() {
        // No connection to the other node: the signal is lost.
        return Ok(Term::TRUE);
    }
    if !(a[0].is_local_pid() || a[0].is_local_port()) {
        return badarg();
    }
    exit_signal(p, a[0], a[1], ExitKind::Exit2)?;
    Ok(Term::TRUE)
}

/// The fields of `t` when it is a process of another node.
pub(super) fn remote_pid(t: Term) -> Option<ExternalPid> {
    t.external_pid()
        .filter(|e| e.node != atom::NONODE_AT_NOHOST)
}

/// Links `p` to another node's process: the link exists until the `noconnection` exit signal
/// that follows at once (this node is never connected) is handled.
fn link_remote(p: &mut Process, pid: ExternalPid) -> BifResult {
    let e = p.extra_mut();
    if e.remote_links.contains(&pid) {
        return Ok(Term::TRUE);
    }
    e.remote_links.push(pid);
    if let Some(h) = p.handle.clone() {
        let _ = h.push(Signal::RemoteLinkDown { pid });
    }
    Ok(Term::TRUE)
}

pub(super) fn link_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[0];
    if let Some(remote) = remote_pid(pid) {
        return link_remote(p, remote);
    }
    if !(pid.is_local_pid() || pid.is_local_port()) {
        return badarg();
    }
    if pid == p.pid || p.extra.as_ref().is_some_and(|e| e.is_linked(pid)) {
        return Ok(Term::TRUE);
    }
    let sys = system();
    p.extra_mut().add_link(pid);
    if sys.send_signal(pid, Signal::Link { from: p.pid }).is_err() {
        // The process is gone: the link ends at once with reason `noproc`.
        if !p.trap_exit {
            p.extra_mut().remove_link(pid);
            return Err(BifError::error(Term::atom(atom::NOPROC)));
        }
        let sig = Signal::Exit {
            from: pid,
            reason: Payload::immediate(Term::atom(atom::NOPROC)),
            kind: ExitKind::Link,
        };
        fetch_signals(p);
        let _ = handle(p, sig);
    }
    Ok(Term::TRUE)
}

pub(super) fn unlink_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[0];
    if let Some(remote) = remote_pid(pid) {
        if let Some(e) = p.extra.as_mut() {
            e.remove_remote_link(&remote);
        }
        return Ok(Term::TRUE);
    }
    if !(pid.is_local_pid() || pid.is_local_port()) {
        return badarg();
    }
    if p.extra.as_mut().is_some_and(|e| e.remove_link(pid)) {
        let _ = system().send_signal(pid, Signal::Unlink { from: p.pid });
    }
    Ok(Term::TRUE)
}
