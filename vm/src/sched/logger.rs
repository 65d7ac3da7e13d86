//! The system logger: where the emulator's own log events go (`system_flag(system_logger, _)`).
//!
//! A process that ends with an uncaught error leaves an error report. As in ERTS, the report is
//! a message `{log, error, Format, [Pid, Reason], Meta}` sent to the system logger: a pid, or
//! the process registered as `logger` (the default), or nobody (`undefined`). When the logger is
//! the default and no process is registered under that name (girder's built-in start, or a
//! boot before kernel's logger runs), the report is written to standard error instead.

use std::io::Write;
use std::sync::Mutex;

use super::System;
use crate::atom::Atom;
use crate::heap::TermAlloc;
use crate::map::{map_from_pairs, Duplicates};
use crate::process::Process;
use crate::signal::{Payload, Signal};
use crate::term::Term;

/// The setting: `None` means the default, the process registered as `logger`.
static SYSTEM_LOGGER: Mutex<Option<Term>> = Mutex::new(None);

/// The format of the report of a process that ended with an uncaught error.
const EXIT_FORMAT: &str = "Error in process ~p with exit value:~n~p~n";

fn atom(text: &str) -> Term {
    Term::atom(Atom::intern(text).unwrap_or(crate::atom::UNDEFINED))
}

/// The system logger as `system_flag(system_logger, _)` reports it: a pid, `logger` or
/// `undefined`.
pub fn system_logger() -> Term {
    let slot = SYSTEM_LOGGER.lock().unwrap_or_else(|e| e.into_inner());
    slot.unwrap_or_else(|| atom("logger"))
}

/// Sets the system logger (a local pid, `logger` or `undefined`); returns the previous one.
pub fn set_system_logger(logger: Term) -> Term {
    let mut slot = SYSTEM_LOGGER.lock().unwrap_or_else(|e| e.into_inner());
    slot.replace(logger).unwrap_or_else(|| atom("logger"))
}

/// Where a log event goes now: `Some(pid)`, or `None` for standard error (`Ok`) or nowhere
/// (`Err`).
fn destination(sys: &System) -> Result<Option<Term>, ()> {
    let logger = system_logger();
    if logger.is_local_pid() {
        return Ok(Some(logger));
    }
    match logger.as_atom().map(Atom::text) {
        Some("logger") => Ok(Atom::intern("logger")
            .ok()
            .and_then(|name| sys.registry.whereis(name))),
        _ => Err(()),
    }
}

/// Reports that process `p` ends with the uncaught error `reason` (a term of `p`'s heap): to
/// the system logger, or on standard error when there is none.
pub fn report_exit(sys: &System, p: &mut Process, reason: Term) {
    match destination(sys) {
        Ok(Some(logger)) => {
            let msg = exit_event(p, reason);
            if sys
                .send_signal(logger, Signal::Message(Payload::copy(msg)))
                .is_err()
            {
                print_exit(p.pid, reason);
            }
        }
        Ok(None) => print_exit(p.pid, reason),
        Err(()) => {}
    }
}

/// Reports the emulator's error `text` (ending with a newline, as ERTS's own messages such as
/// `Module m must be purged before deleting\n` do) on behalf of process `p`: an event
/// `{log, error, "~s~n", [Text], Meta}` to the system logger, or the text on standard error
/// when there is none.
pub fn report_error_text(sys: &System, p: &mut Process, text: &str) {
    report_text(sys, p, Level::Error, text);
}

/// The level of an emulator log event, which also names its `error_logger` tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// `error`, tagged `error`.
    Error,
    /// `warning`, tagged `warning_msg`.
    Warning,
    /// `info`, tagged `info_msg`.
    Info,
}

impl Level {
    fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning_msg",
            Level::Info => "info_msg",
        }
    }
}

/// Reports the emulator's message `text` (ending with a newline) at `level` on behalf of
/// process `p`: an event `{log, Level, "~s~n", [Text], Meta}` to the system logger, or the text
/// on standard error when there is none.
pub fn report_text(sys: &System, p: &mut Process, level: Level, text: &str) {
    match destination(sys) {
        Ok(Some(logger)) => {
            let heap_text = p.heap.charlist(text);
            let args = p.heap.list(&[heap_text]);
            let msg = emulator_event(p, level, "~s~n", args);
            if sys
                .send_signal(logger, Signal::Message(Payload::copy(msg)))
                .is_err()
            {
                print_text(text);
            }
        }
        Ok(None) => print_text(text),
        Err(()) => {}
    }
}

fn print_text(text: &str) {
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(text.as_bytes());
}

/// `{log, error, Format, [Pid, Reason], #{error_logger => #{emulator => true, tag => error},
/// gl => GroupLeader, pid => Pid, time => Microseconds}}`, built on `p`'s heap.
fn exit_event(p: &mut Process, reason: Term) -> Term {
    let pid = p.pid;
    let args = p.heap.list(&[pid, reason]);
    emulator_event(p, Level::Error, EXIT_FORMAT, args)
}

/// `{log, Level, Format, Args, #{error_logger => #{emulator => true, tag => Tag}, gl =>
/// GroupLeader, pid => Pid, time => Microseconds}}`, built on `p`'s heap.
fn emulator_event(p: &mut Process, level: Level, format: &str, args: Term) -> Term {
    let pid = p.pid;
    let gl = p.group_leader;
    let micros = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_micros() as i64)
        .unwrap_or(0);
    let heap = &mut p.heap;
    let tag = [
        (atom("emulator"), Term::atom(crate::atom::TRUE)),
        (atom("tag"), atom(level.tag())),
    ];
    let tag = map_from_pairs(heap, &tag, Duplicates::LastWins).unwrap_or(Term::NIL);
    let time = heap.integer(micros);
    let meta = [
        (atom("error_logger"), tag),
        (atom("gl"), gl),
        (atom("pid"), pid),
        (atom("time"), time),
    ];
    let meta = map_from_pairs(heap, &meta, Duplicates::LastWins).unwrap_or(Term::NIL);
    let format = heap.charlist(format);
    heap.tuple(&[atom("log"), atom(level.name()), format, args, meta])
}

/// Writes the report of a process that ended with an uncaught error to standard error, as erl
/// does when no logger runs.
fn print_exit(pid: Term, reason: Term) {
    let mut text = b"Error in process ".to_vec();
    crate::ops::print::display_into(pid, &mut text);
    text.extend_from_slice(b" with exit value:\n");
    crate::ops::print::display_into(reason, &mut text);
    text.extend_from_slice(b"\n\n");
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().write_all(&text);
}
