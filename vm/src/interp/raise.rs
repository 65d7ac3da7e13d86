//! Raising exceptions and finding their handlers.
//!
//! When an exception is raised, its stack trace is built right away (see
//! [`crate::exception::build_stacktrace`]); an uncaught `throw` becomes the error
//! `{nocatch, Value}` as in erl. The handler is the newest catch marker on the stack: the stack is
//! cut back to the frame holding it, the marker is cleared, and the handler gets
//! `x[0]` = the non-value marker, `x[1]` = the reason, `x[2]` = the raw stack trace and
//! `x[3]` = the class (the layout `try_case` and `catch_end` expect).
//!
//! A raw stack trace is the tuple `{Class, Trace}`: the class travels with it so that the
//! `raise` instruction can re-raise with the original class; `build_stacktrace` unwraps it.

use crate::atom;
use crate::code::{self, is_cp, NO_CP};
use crate::exception::{build_stacktrace, Class, Top};
use crate::heap::TermAlloc;
use crate::process::Process;
use crate::term::Term;

use super::calls::Flow;
use super::Exit;

/// Raises an exception of `class` with `reason`, building its stack trace from `top`.
#[cold]
pub fn raise(p: &mut Process, class: Class, reason: Term, top: Top) -> Flow {
    let trace = build_stacktrace(p, top);
    rethrow(p, class, reason, trace)
}

/// Raises an exception with an existing stack trace (re-raising, `erlang:raise/3`).
#[cold]
pub fn rethrow(p: &mut Process, class: Class, reason: Term, trace: Term) -> Flow {
    let (class, reason) = if class == Class::Throw && p.catches == 0 {
        let r = p.heap.tuple(&[Term::atom(atom_nocatch()), reason]);
        (Class::Error, r)
    } else {
        (class, reason)
    };
    p.exception = [Term::atom(class.atom()), reason, trace];
    if p.catches > 0 {
        if let Some((v, ip)) = unwind_to_catch(p) {
            let raw = p.heap.tuple(&[Term::atom(class.atom()), trace]);
            p.x[0] = Term::NON_VALUE;
            p.x[1] = reason;
            p.x[2] = raw;
            p.x[3] = Term::atom(class.atom());
            p.exception = [Term::NIL; 3];
            return Flow::Goto(v, ip);
        }
    }
    Flow::Stop(Exit::Exception {
        class,
        reason,
        trace,
    })
}

fn atom_nocatch() -> crate::atom::Atom {
    crate::atom::Atom::intern("nocatch").unwrap_or(atom::ERROR)
}

/// Cuts the stack back to the frame holding the newest catch marker, clears the marker and
/// returns its handler.
fn unwind_to_catch(p: &mut Process) -> Option<(u32, u32)> {
    let mut frame_top = None;
    let mut found = None;
    for (i, &w) in p.heap.stack_words().iter().enumerate() {
        if is_cp(w) || w == NO_CP {
            frame_top = Some(i);
            continue;
        }
        // SAFETY-free check: a catch marker is an immediate with its own tag.
        let is_catch = w & 0b11_1111 == Term::catch(0).raw() & 0b11_1111;
        if is_catch {
            found = Some((i, w));
            break;
        }
    }
    let (at, word) = found?;
    let top = frame_top?;
    for _ in 0..top {
        p.heap.stack_pop();
    }
    let slot = at - top - 1;
    p.heap.set_y(slot, Term::NIL);
    p.cp = NO_CP;
    let index = (word >> 6) as u32;
    code::catch_handler(index)
}

/// The value of a `catch` expression whose body raised (handler registers as set by
/// [`rethrow`]): the reason of a throw, `{'EXIT', Reason}` for an exit, and
/// `{'EXIT', {Reason, Stacktrace}}` for an error.
pub fn catch_value(p: &mut Process) {
    let reason = p.x[1];
    let value = match Class::from_term(p.x[3]) {
        Some(Class::Throw) => reason,
        Some(Class::Exit) => p.heap.tuple(&[Term::atom(atom::EXIT_UPPER), reason]),
        _ => {
            let trace = trace_list(p.x[2]);
            let inner = p.heap.tuple(&[reason, trace]);
            p.heap.tuple(&[Term::atom(atom::EXIT_UPPER), inner])
        }
    };
    p.x[0] = value;
}

/// The stack trace list of a raw stack trace (or the term itself when it is already a list).
pub fn trace_list(raw: Term) -> Term {
    match raw.tuple_elements() {
        Some([c, t]) if Class::from_term(*c).is_some() && t.is_list() => *t,
        _ if raw.is_list() => raw,
        _ => Term::NIL,
    }
}

/// The `raise` instruction: re-raises `value` with the class carried by the raw trace.
#[cold]
pub fn reraise_raw(p: &mut Process, raw: Term, value: Term, ver: u32, ip: u32) -> Flow {
    match raw.tuple_elements() {
        Some([c, t]) if t.is_list() => match Class::from_term(*c) {
            Some(class) => rethrow(p, class, value, *t),
            None => raise(p, Class::Error, value, Top::Code { version: ver, ip }),
        },
        _ => raise(p, Class::Error, value, Top::Code { version: ver, ip }),
    }
}

/// An internal inconsistency (corrupt code or state): reported on stderr; the process ends
/// with an error.
#[cold]
pub fn internal(_p: &mut Process, what: &str) -> Exit {
    eprintln!("girder: internal error: {what}");
    Exit::Exception {
        class: Class::Error,
        reason: Term::atom(atom::SYSTEM_LIMIT),
        trace: Term::NIL,
    }
}
