//! The end of a process: its exit reason, the error report, and the signals it leaves behind —
//! exit signals to linked processes, 'DOWN' messages to monitoring ones, demonitor signals to
//! the processes it monitored, and answers to link and monitor requests that arrived too late.

use super::table::{ProcHandle, EXITED};
use super::System;
use crate::atom;
use crate::exception::Class;
use crate::heap::TermAlloc;
use crate::interp::Exit;
use crate::process::extra::Watcher;
use crate::process::Process;
use crate::signal::{down_message, ExitKind, Payload, Signal};
use crate::term::Term;

/// The exit reason of a process whose slice ended with `exit` (`Normal` or `Exception`), and
/// whether erl would print an error report for it (uncaught errors, not exits).
pub fn exit_reason_of(p: &mut Process, exit: Exit) -> (Term, bool) {
    match exit {
        Exit::Exception {
            class,
            reason,
            trace,
        } => match class {
            Class::Exit => (reason, false),
            Class::Error => (p.heap.tuple(&[reason, trace]), true),
            Class::Throw => {
                let nocatch = crate::atom::Atom::intern("nocatch").unwrap_or(atom::ERROR);
                let r = p.heap.tuple(&[Term::atom(nocatch), reason]);
                (p.heap.tuple(&[r, trace]), true)
            }
        },
        _ => (Term::atom(atom::NORMAL), false),
    }
}

/// A function told of the end of every process (its pid), once the process has left the
/// process table and its names: subsystems that tie resources to a process (ETS tables) free or
/// pass them on here.
pub type ExitHook = fn(Term);

static EXIT_HOOKS: std::sync::RwLock<Vec<ExitHook>> = std::sync::RwLock::new(Vec::new());

/// Adds `hook` to the functions run at the end of every process (once per distinct hook).
pub fn add_exit_hook(hook: ExitHook) {
    let mut hooks = EXIT_HOOKS.write().unwrap_or_else(|e| e.into_inner());
    if !hooks.iter().any(|&h| std::ptr::fn_addr_eq(h, hook)) {
        hooks.push(hook);
    }
}

/// Runs the exit hooks for the process `pid`.
fn run_exit_hooks(pid: Term) {
    let hooks = EXIT_HOOKS.read().unwrap_or_else(|e| e.into_inner());
    for hook in hooks.iter() {
        hook(pid);
    }
}

/// Ends process `p` (taken out of `h`) with exit reason `reason` (a term of `p`).
pub fn terminate(sys: &System, h: &ProcHandle, mut p: Box<Process>, reason: Term, report_it: bool) {
    let ending = crate::code::collector::Ending::begin();
    end(sys, h, &mut p, reason, report_it);
    drop(p);
    drop(ending);
}

/// Ends process `p` as [`terminate`] does but leaves its memory alone (never freed): for a
/// process whose heap a panic may have left half updated, so nothing walks or frees it again.
pub fn terminate_leaking(sys: &System, h: &ProcHandle, mut p: Box<Process>, reason: Term) {
    let ending = crate::code::collector::Ending::begin();
    end(sys, h, &mut p, reason, false);
    std::mem::forget(p);
    drop(ending);
}

/// The work of [`terminate`]: everything but freeing the process.
fn end(sys: &System, h: &ProcHandle, p: &mut Process, reason: Term, report_it: bool) {
    if report_it {
        super::logger::report_exit(sys, p, reason);
    }
    let me = p.pid;
    // The first process's end ends the system, as the end of erl's boot process makes `init`
    // halt: its report is printed before anything else happens.
    if sys.is_boot(me) {
        sys.boot_died(p, reason);
    }
    // No signal is accepted from now on; senders that come later see the process as gone.
    let late = h.close();
    h.set_state(EXITED);
    sys.table.remove(me);
    sys.reductions
        .fetch_add(p.reductions, std::sync::atomic::Ordering::Relaxed);
    if let Some(id) = p.recv_timer.take() {
        sys.timers.cancel(id);
    }
    let extra = p.extra.take();
    sys.registry.unregister_all(me);
    run_exit_hooks(me);
    // Requests that arrived after the end: a link is answered with `noproc`, a monitor with a
    // 'DOWN' message saying `noproc`.
    for sig in late {
        match sig {
            Signal::Link { from } => {
                let _ = sys.send_signal(
                    from,
                    Signal::Exit {
                        from: me,
                        reason: Payload::immediate(Term::atom(atom::NOPROC)),
                        kind: ExitKind::Link,
                    },
                );
            }
            Signal::Monitor { from, ref_id, name } => {
                send_down(
                    sys,
                    Watcher {
                        ref_id,
                        pid: from,
                        name,
                    },
                    me,
                    Term::atom(atom::NOPROC),
                );
            }
            other => crate::signal::suspend::answer_late(sys, other),
        }
    }
    if let Some(extra) = extra {
        for &l in &extra.links {
            let _ = sys.send_signal(
                l,
                Signal::Exit {
                    from: me,
                    reason: Payload::copy(reason),
                    kind: ExitKind::Link,
                },
            );
        }
        for &w in &extra.monitored_by {
            send_down(sys, w, me, reason);
        }
        for m in &extra.monitors {
            crate::signal::drop_monitor(sys, m);
        }
        if let Some(s) = extra.suspend.as_deref() {
            crate::signal::suspend::release(sys, me, s);
        }
    }
    // Break the cycle handle -> slot -> process -> handle.
    p.handle = None;
    p.last_dest = None;
}

/// Sends the 'DOWN' message of monitor `w` on process `me`, which ended with `reason`.
pub fn send_down(sys: &System, w: Watcher, me: Term, reason: Term) {
    let owner = w.pid.immed1_payload() + 1;
    let msg = match w.name {
        Some(name) => {
            let object = Payload::build(3, |f| {
                f.tuple(&[Term::atom(name), Term::atom(atom::NONODE_AT_NOHOST)])
            });
            down_message((w.ref_id, owner), object.peek(), reason)
        }
        None => down_message((w.ref_id, owner), me, reason),
    };
    let _ = sys.send_signal(
        w.pid,
        Signal::MonitorDown {
            ref_id: w.ref_id,
            msg,
        },
    );
}
