//! A scheduler thread: fires due timers, takes the next process from the run queues, runs one
//! time slice of it, and parks, requeues or ends it according to how the slice ended.
//!
//! Panics are contained here (see [`super::contain`]): one in a process's slice ends that
//! process; one anywhere else in the loop halts the system with a message.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use super::contain;
use super::exit::{exit_reason_of, terminate};
use super::table::{ProcHandle, QUEUED, RUNNING, WAITING};
use super::{system, BootStep, System, SCHEDULER_INDEX};
use crate::code::{self, cache::VersionCache};
use crate::interp::{self, Exit};
use crate::process::{Process, RegisterFile};
use crate::signal::{handle, Handled, Signal};
use crate::term::Term;
use crate::timer::{Action, Dest};

/// Free young-heap words a process keeps when it parks to wait for a message (collecting
/// first if it has fewer): a small message sent to it then lands on its heap rather than in an
/// overflow fragment.
const PARKED_ROOM_WORDS: usize = 16;

/// Register files a scheduler keeps for the processes it runs next.
const SPARE_REGISTER_FILES: usize = 4;

/// The loop of scheduler `index`; returns when the system halts.
pub fn scheduler_loop(index: usize) {
    SCHEDULER_INDEX.with(|c| c.set(index));
    let sys = system();
    sys.runq.register(index);
    let mut spare: Vec<RegisterFile> = Vec::new();
    // The module versions this scheduler has run (see `code::cache`).
    let mut versions = Box::new(VersionCache::new());
    let turns = catch_unwind(AssertUnwindSafe(|| loop {
        if sys.halted() {
            return;
        }
        if sys.timers.any_due() {
            fire_timers(sys);
        }
        // Literal areas of freed code wait for the processes that refer to them.
        if code::collector::pending() {
            code::collector::step();
        }
        match sys.runq.pop(index) {
            Some(h) => run_one(sys, h, &mut spare, &mut versions),
            None => {
                // Purged code this scheduler ran is freed before it sleeps, not when it wakes,
                // and so are the literal areas no process refers to any more.
                versions.refresh();
                while code::collector::step() {}
                sys.runq
                    .sleep(index, || sys.timers.next_due(), || sys.halted())
            }
        }
    }));
    if turns.is_err() {
        contain::scheduler_panicked(sys, index);
    }
}

/// Delivers the actions of due timers.
pub fn fire_timers(sys: &System) {
    let Some(_firing) = sys.timers.firing() else {
        return;
    };
    for (id, action) in sys.timers.take_due() {
        crate::inject::at(crate::inject::Point::Timer, Term::NIL);
        match action {
            Action::Timeout { pid } => {
                let _ = sys.send_signal(pid, Signal::Timeout { timer: id });
            }
            Action::Send { dest, msg } => {
                let pid = match dest {
                    Dest::Pid(p) => Some(p),
                    Dest::Name(n) => sys.registry.whereis(n),
                };
                if let Some(pid) = pid {
                    let _ = sys.send_signal(pid, Signal::Message(msg));
                }
            }
        }
    }
}

/// Handles every pending signal of `p`; returns the exit reason if one ends it. Signals after
/// the fatal one stay in the inbox (the exit path handles them).
pub fn drain_signals(h: &ProcHandle, p: &mut Process) -> Option<Term> {
    if let Some(r) = p.pending_exit {
        return Some(r);
    }
    while let Some(sig) = h.pop_signal() {
        if let Handled::Exit(reason) = handle(p, sig) {
            p.pending_exit = Some(reason);
            return Some(reason);
        }
    }
    None
}

/// Runs one time slice of the process behind `h`.
fn run_one(
    sys: &System,
    h: Arc<ProcHandle>,
    spare: &mut Vec<RegisterFile>,
    versions: &mut VersionCache,
) {
    h.set_state(RUNNING);
    sys.context_switches
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let Some(mut p) = h.slot().take() else {
        return;
    };
    if let Some(reason) = drain_signals(&h, &mut p) {
        terminate(sys, &h, p, reason, false);
        return;
    }
    p.install_registers(spare);
    // A slice never sees a version purged before it began: the cache lets go of purged ones
    // here, and is only lent shared while the slice runs.
    versions.refresh();
    let versions: &VersionCache = versions;
    let exit = match catch_unwind(AssertUnwindSafe(|| {
        crate::inject::at(crate::inject::Point::Slice, p.pid);
        interp::run_cached(&mut p, versions)
    })) {
        Ok(exit) => exit,
        Err(_) => {
            contain::process_panicked(sys, &h, p);
            return;
        }
    };
    crate::inject::at(crate::inject::Point::AfterSlice, p.pid);
    // An exit decided during the slice (the heap outgrew `max_heap_size`, or a signal the
    // process sent itself) ends it however the slice ended.
    if let Some(reason) = p.pending_exit {
        if !matches!(exit, Exit::Halt(_) | Exit::HaltWithMessage(_)) && !sys.is_boot(p.pid) {
            terminate(sys, &h, p, reason, false);
            return;
        }
    }
    match exit {
        Exit::Yield => {
            *h.slot() = Some(p);
            h.set_state(QUEUED);
            sys.enqueue(h);
        }
        Exit::Wait => {
            if let Some(reason) = p.pending_exit {
                terminate(sys, &h, p, reason, false);
                return;
            }
            let live = p.wait_live as usize;
            p.wait_live = 0;
            if let Some(regs) = p.take_registers(live) {
                if spare.len() < SPARE_REGISTER_FILES {
                    spare.push(regs);
                }
            }
            // A process waiting in a `receive` (no live registers) collects the messages that
            // arrived in fragments, or filled its heap, now, while the heap is still in the
            // cache: a process that only receives and forwards never allocates, so nothing else
            // would collect them, and a parked process with room on its heap takes the next
            // message straight onto it. Left alone: a BIF that waits (`hibernate/3` after
            // compacting the heap), and a suspended process whose stashed registers' live part
            // is unknown (`Process::parked_live`).
            if live == 0 && p.parked_live() == Some(0) && !p.heap.has_room(PARKED_ROOM_WORDS) {
                p.garbage_collect(PARKED_ROOM_WORDS, 0);
                if let Some(reason) = p.pending_exit {
                    terminate(sys, &h, p, reason, false);
                    return;
                }
            }
            *h.slot() = Some(p);
            h.set_state(WAITING);
            if h.has_signals() && h.wake() {
                sys.enqueue(h);
            }
        }
        Exit::Halt(status) => sys.halt(status),
        Exit::HaltWithMessage(message) => {
            use std::io::Write;
            let _ = std::io::stdout().flush();
            let mut text = message.as_bytes().to_vec();
            text.extend_from_slice(b"\r\n");
            if let Some(notice) = crash_dump_notice() {
                text.extend_from_slice(b"\r\n");
                text.extend_from_slice(notice.as_bytes());
                text.extend_from_slice(b"\r\n");
            }
            let _ = std::io::stderr().write_all(&text);
            sys.halt(1);
        }
        Exit::Normal(_) | Exit::Exception { .. } => {
            if sys.is_boot(p.pid) {
                match sys.boot_step(&mut p, exit) {
                    BootStep::Continue => {
                        *h.slot() = Some(p);
                        h.set_state(QUEUED);
                        sys.enqueue(h);
                    }
                    BootStep::Halt(status) => sys.halt(status),
                }
                return;
            }
            let (reason, report) = exit_reason_of(&mut p, exit);
            // The register file goes to the next process this scheduler starts.
            if let Some(regs) = p.take_registers(0) {
                if spare.len() < SPARE_REGISTER_FILES {
                    spare.push(regs);
                }
            }
            terminate(sys, &h, p, reason, report);
        }
    }
}

/// The line erl prints when it halts with a crash dump (`halt(String)`, a system process's
/// end): `None` when `ERL_CRASH_DUMP_SECONDS=0` turns dumps off. girder writes no dump and says
/// so in the place of erl's `done`.
pub fn crash_dump_notice() -> Option<String> {
    if std::env::var("ERL_CRASH_DUMP_SECONDS").is_ok_and(|v| v.trim() == "0") {
        return None;
    }
    let file = std::env::var("ERL_CRASH_DUMP").unwrap_or_else(|_| "erl_crash.dump".to_string());
    Some(format!(
        "Crash dump is being written to: {file}...girder writes no crash dump"
    ))
}
