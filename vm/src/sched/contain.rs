//! Containing Rust panics on scheduler threads.
//!
//! A panic while a process runs (the interpreter, a BIF, a collection of its heap) ends that
//! process only: it exits with `{internal_error, <<"file:line">>}`, which its links and monitors
//! see as for any other exit reason, and the other processes go on. Its memory is never freed or
//! walked again (a collection may have stopped half way), so the process is leaked rather than
//! dropped. A panic anywhere else on a scheduler thread (signal handling, the end of a process,
//! timers, the run queues) may have left the system's own structures half updated: girder then
//! prints what happened and halts with [`FATAL_STATUS`] instead of leaving the other threads
//! waiting for a scheduler that is gone.
//!
//! Every panic on a scheduler thread is recorded by a panic hook ([`install_hook`]) that keeps
//! its location and message for the catch site and emits a `tracing` error event; the catch site
//! prints one line on standard error. Panics on other threads go to the previous hook.

use std::cell::RefCell;
use std::io::Write;
use std::sync::Once;

use super::exit::terminate_leaking;
use super::table::ProcHandle;
use super::{current_scheduler, System};
use crate::atom::Atom;
use crate::heap::TermAlloc;
use crate::process::Process;
use crate::term::Term;

/// The exit status of girder after a panic that may have damaged the VM's own state.
pub const FATAL_STATUS: i32 = 70;

/// Where and why a panic happened.
#[derive(Clone, Debug, Default)]
pub struct PanicSite {
    /// Source file and line, `file:line` (empty when unknown).
    pub location: String,
    /// The panic message.
    pub message: String,
}

thread_local! {
    /// The last panic recorded on this thread by the hook.
    static LAST: RefCell<Option<PanicSite>> = const { RefCell::new(None) };
}

/// Installs the panic hook that records panics on scheduler threads (once per OS process).
pub fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if current_scheduler().is_none() {
                previous(info);
                return;
            }
            let location = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()))
                .unwrap_or_default();
            let payload = info.payload();
            let message = if let Some(s) = payload.downcast_ref::<&str>() {
                (*s).to_string()
            } else if let Some(s) = payload.downcast_ref::<String>() {
                s.clone()
            } else {
                "(no message)".to_string()
            };
            tracing::error!(%location, %message, "panic on a scheduler thread");
            LAST.with(|l| *l.borrow_mut() = Some(PanicSite { location, message }));
        }));
    });
}

/// Takes the panic the hook last recorded on this thread.
pub fn take_last() -> PanicSite {
    LAST.with(|l| l.borrow_mut().take()).unwrap_or_default()
}

/// Ends process `p` (taken out of `h`), whose slice panicked, with an `internal_error` exit
/// reason; its heap is leaked, and the reason is built on a fresh heap.
pub fn process_panicked(sys: &System, h: &ProcHandle, mut p: Box<Process>) {
    let site = take_last();
    let (m, f, a) = p.initial;
    let mut line = b"girder: internal error in process ".to_vec();
    crate::ops::print::display_into(p.pid, &mut line);
    line.extend_from_slice(
        format!(
            " (started as {}:{}/{a}): panicked at {}: {}; the process is killed\n",
            m.text(),
            f.text(),
            site.location,
            site.message
        )
        .as_bytes(),
    );
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(&line);
    tracing::error!(location = %site.location, message = %site.message, "process killed by an internal error");
    // The old heap may be half collected: leave it be, and never free it.
    std::mem::forget(std::mem::take(&mut p.heap));
    p.pending_exit = None;
    let reason = internal_error_reason(&mut p, &site);
    terminate_leaking(sys, h, p, reason);
}

/// `{internal_error, <<"file:line">>}` on `p`'s heap.
fn internal_error_reason(p: &mut Process, site: &PanicSite) -> Term {
    let tag = Atom::intern("internal_error").map_or(Term::atom(crate::atom::ERROR), Term::atom);
    let location = p.heap.binary(site.location.as_bytes());
    p.heap.tuple(&[tag, location])
}

/// Reports a panic outside any process's slice on scheduler `index` and halts the system with
/// [`FATAL_STATUS`].
pub fn scheduler_panicked(sys: &System, index: usize) {
    let site = take_last();
    let _ = std::io::stdout().flush();
    let _ = writeln!(
        std::io::stderr(),
        "girder: internal error in scheduler {}: panicked at {}: {}; the VM's state may be damaged, stopping",
        index + 1,
        site.location,
        site.message
    );
    tracing::error!(location = %site.location, message = %site.message, "scheduler panicked; halting");
    sys.halt(FATAL_STATUS);
}
