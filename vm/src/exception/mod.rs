//! Exceptions: classes, the error terms erl uses, and stack traces built as erl builds them.
//!
//! A stack trace is a list of at most [`backtrace_depth`] entries `{M, F, ArityOrArgs, Location}`.
//! The first entry describes where the exception happened (the failing function, or the failing
//! BIF with its arguments followed by its caller); the rest come from the continuation pointers of
//! the stack, newest first, skipping a continuation equal to the one recorded just before it (so
//! a chain of frames returning to the same place shows once, as in erl). A location is
//! `[{file, File}, {line, Line}]` from the module's line table, or `[]` without one.

use crate::atom::{self, Atom};
use crate::code::{self, decode_cp, is_cp, NO_CP};
use crate::heap::TermAlloc;
use crate::process::Process;
use crate::term::Term;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Stack trace entries erl keeps by default (`erlang:system_flag(backtrace_depth, _)`).
pub const BACKTRACE_DEPTH: usize = 8;

/// The most stack trace entries `erlang:system_flag(backtrace_depth, N)` can ask for; larger
/// values are taken as this one, as in erl.
pub const MAX_BACKTRACE_DEPTH: usize = 64;

/// The current number of stack trace entries kept, for every process.
static DEPTH: AtomicUsize = AtomicUsize::new(BACKTRACE_DEPTH);

/// The number of stack trace entries kept (`erlang:system_info(backtrace_depth)`).
pub fn backtrace_depth() -> usize {
    DEPTH.load(Ordering::Relaxed)
}

/// Sets the number of stack trace entries kept (at most [`MAX_BACKTRACE_DEPTH`]); returns the
/// previous value (`erlang:system_flag(backtrace_depth, N)`).
pub fn set_backtrace_depth(depth: usize) -> usize {
    DEPTH.swap(depth.min(MAX_BACKTRACE_DEPTH), Ordering::Relaxed)
}

/// The class of an exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// `error`.
    Error,
    /// `exit`.
    Exit,
    /// `throw`.
    Throw,
}

impl Class {
    /// The class as an atom.
    pub fn atom(self) -> Atom {
        match self {
            Class::Error => atom::ERROR,
            Class::Exit => atom::EXIT,
            Class::Throw => atom::THROW,
        }
    }

    /// The class named by `term`, if it names one.
    pub fn from_term(term: Term) -> Option<Class> {
        match term.as_atom()? {
            atom::ERROR => Some(Class::Error),
            atom::EXIT => Some(Class::Exit),
            atom::THROW => Some(Class::Throw),
            _ => None,
        }
    }
}

/// What the first entry of a stack trace describes.
#[derive(Clone, Copy, Debug)]
pub enum Top {
    /// The instruction at `ip` of `version` failed: `{M, F, Arity, Location}`.
    Code {
        /// Module version.
        version: u32,
        /// Failing instruction.
        ip: u32,
    },
    /// As [`Top::Code`], for a call instruction whose return address is already set: that
    /// address counts as a frame of its own even though it follows the failing instruction
    /// (erl's trace of a failed fun call that is not a tail call).
    CodeKeepReturn {
        /// Module version.
        version: u32,
        /// Failing instruction.
        ip: u32,
    },
    /// `function_clause` or `error/2,3`: `{M, F, Args, Location ++ ErrorInfo}` for the function at
    /// `ip`.
    CodeWithArgs {
        /// Module version.
        version: u32,
        /// An instruction of the function (its location is used).
        ip: u32,
        /// The argument list.
        args: Term,
        /// An `error_info` map, or the non-value marker.
        info: Term,
    },
    /// The instruction at `ip` of `version` failed with extended error information:
    /// `{M, F, Arity, Location ++ [{error_info, Info}]}` (failing binary construction).
    CodeWithInfo {
        /// Module version.
        version: u32,
        /// Failing instruction.
        ip: u32,
        /// The `error_info` map.
        info: Term,
    },
    /// A BIF failed, called from `ip` of `version`: `{M, F, Args, [{error_info, ...}]}`, then the
    /// caller.
    Bif {
        /// BIF module.
        module: Atom,
        /// BIF function.
        function: Atom,
        /// The argument list.
        args: Term,
        /// Calling module version.
        version: u32,
        /// Calling instruction.
        ip: u32,
        /// Whether the caller at `ip` shows as the next entry: not for a BIF reached through
        /// its export (`apply`, a fun), where erl's trace goes on with the stack.
        caller: bool,
    },
    /// A call to an undefined function: `{M, F, Args, []}`, then the stack.
    Undefined {
        /// Module.
        module: Term,
        /// Function.
        function: Term,
        /// The argument list.
        args: Term,
    },
}

/// The module erl names in the `error_info` of a failing BIF of `module`.
pub fn error_info_module(module: Atom) -> Option<&'static str> {
    Some(match module.text() {
        "atomics" | "counters" | "erlang" | "erts_internal" | "persistent_term" => {
            "erl_erts_errors"
        }
        "code" | "os" => "erl_kernel_errors",
        "binary" | "ets" | "lists" | "maps" | "math" | "re" | "unicode" => "erl_stdlib_errors",
        _ => return None,
    })
}

thread_local! {
    /// The `cause` a failing BIF gave for its `error_info` (see [`set_bif_error_cause`]).
    static BIF_ERROR_CAUSE: std::cell::Cell<Option<(Atom, Atom, Term)>> =
        const { std::cell::Cell::new(None) };
}

/// Records that the BIF `module:function`, about to fail on this thread, gives `cause` (an
/// immediate) in its `error_info` map, as erl's BIFs do for `erl_stdlib_errors` to explain.
/// The next stack trace built for that BIF's failure takes it; any other ignores it.
pub fn set_bif_error_cause(module: Atom, function: Atom, cause: Term) {
    BIF_ERROR_CAUSE.with(|c| c.set(Some((module, function, cause))));
}

/// The cause recorded for a failure of `module:function`, if any (cleared either way).
fn take_bif_error_cause(module: Atom, function: Atom) -> Option<Term> {
    BIF_ERROR_CAUSE
        .with(|c| c.take())
        .filter(|&(m, f, _)| m == module && f == function)
        .map(|(_, _, cause)| cause)
}

/// Builds the stack trace of an exception raised in process `p` (see the module docs).
pub fn build_stacktrace(p: &mut Process, top: Top) -> Term {
    let depth = backtrace_depth();
    let mut entries: Vec<Term> = Vec::with_capacity(depth);
    // The raw continuation compared against, as erl compares return addresses.
    let mut prev: Option<(u32, u32)> = None;
    match top {
        Top::Code { version, ip } => {
            if let Some(e) = code_entry(p, version, ip, None, Term::NON_VALUE) {
                entries.push(e);
            }
            prev = Some((version, ip));
        }
        Top::CodeKeepReturn { version, ip } => {
            if let Some(e) = code_entry(p, version, ip, None, Term::NON_VALUE) {
                entries.push(e);
            }
        }
        Top::CodeWithArgs {
            version,
            ip,
            args,
            info,
        } => {
            if let Some(e) = code_entry(p, version, ip, Some(args), info) {
                entries.push(e);
            }
            prev = Some((version, ip));
        }
        Top::CodeWithInfo { version, ip, info } => {
            if let Some(e) = code_entry(p, version, ip, None, info) {
                entries.push(e);
            }
            prev = Some((version, ip));
        }
        Top::Bif {
            module,
            function,
            args,
            version,
            ip,
            caller,
        } => {
            let cause = take_bif_error_cause(module, function);
            let location = match error_info_module(module).and_then(|m| Atom::intern(m).ok()) {
                Some(m) => {
                    let mut pairs = vec![(Term::atom(atom::MODULE), Term::atom(m))];
                    if let (Some(cause), Ok(key)) = (cause, Atom::intern("cause")) {
                        pairs.push((Term::atom(key), cause));
                    }
                    let map = crate::map::map_from_pairs(
                        &mut p.heap,
                        &pairs,
                        crate::map::Duplicates::LastWins,
                    )
                    .unwrap_or(Term::NIL);
                    let info = p.heap.tuple(&[Term::atom(atom::ERROR_INFO), map]);
                    p.heap.list(&[info])
                }
                None => Term::NIL,
            };
            let e = p
                .heap
                .tuple(&[Term::atom(module), Term::atom(function), args, location]);
            entries.push(e);
            if caller {
                if let Some(e) = code_entry(p, version, ip, None, Term::NON_VALUE) {
                    entries.push(e);
                }
                prev = Some((version, ip));
            }
        }
        Top::Undefined {
            module,
            function,
            args,
        } => {
            let e = p.heap.tuple(&[module, function, args, Term::NIL]);
            entries.push(e);
        }
    }
    entries.truncate(depth);
    let room = depth.saturating_sub(entries.len());
    let cps: Vec<(u32, u32)> = return_positions(p, prev).take(room).collect();
    for (version, ip) in cps {
        if let Some(e) = code_entry(p, version, ip.saturating_sub(1), None, Term::NON_VALUE) {
            entries.push(e);
        }
    }
    p.heap.list(&entries)
}

/// Where `p`'s continuations return to, newest first: the continuation register, then the
/// stack. A position equal to the one before it (starting with `prev`) is skipped, so a run of
/// frames returning to the same place counts once, as in erl's stack traces.
pub fn return_positions(
    p: &Process,
    mut prev: Option<(u32, u32)>,
) -> impl Iterator<Item = (u32, u32)> + '_ {
    let register = (p.cp != NO_CP).then_some(p.cp);
    // A call that trapped (`apply` of a BIF that reports its caller) left a continuation just
    // after the site already shown: that is the same frame.
    let mut site = prev;
    register
        .into_iter()
        .chain(p.heap.continuations())
        .filter(|&word| is_cp(word))
        .map(decode_cp)
        .filter(move |&at| {
            let after_site = site.take() == Some((at.0, at.1.wrapping_sub(1)));
            let fresh = prev != Some(at) && !after_site;
            prev = Some(at);
            fresh
        })
}

/// The `{file, File}` and `{line, Line}` items of a stack trace entry's location list.
pub fn location_items(heap: &mut impl TermAlloc, file: &str, line: u32) -> [Term; 2] {
    let file = heap.charlist(file);
    let file = heap.tuple(&[Term::atom(atom::FILE), file]);
    let line = heap.tuple(&[Term::atom(atom::LINE), Term::small(line as i64)]);
    [file, line]
}

/// `{M, F, ArityOrArgs, Location}` for instruction `ip` of `version`.
fn code_entry(
    p: &mut Process,
    version: u32,
    ip: u32,
    args: Option<Term>,
    info: Term,
) -> Option<Term> {
    let v = code::version(version)?;
    let f = v.function_at(ip)?;
    let mut location = match v.lines.location(ip) {
        Some((file, line)) => location_items(&mut p.heap, file, line).to_vec(),
        None => Vec::new(),
    };
    if !info.is_non_value() {
        location.push(p.heap.tuple(&[Term::atom(atom::ERROR_INFO), info]));
    }
    let location = p.heap.list(&location);
    // `error/2,3` with arguments that are not a list show the arity, as in erl.
    let third = args
        .filter(|a| a.is_list())
        .unwrap_or(Term::small(f.arity as i64));
    Some(
        p.heap
            .tuple(&[Term::atom(v.module), Term::atom(f.name), third, location]),
    )
}

/// The stack trace `raise/3` stores for `trace`, or `None` when erl's `raise/3` would refuse it.
///
/// Accepted, as in erl: a proper list whose entries are `{M, F, ArityOrArgs, Location}` and
/// `{Fun, ArityOrArgs, Location}` (a list `Location`), old-style `{M, F, ArityOrArgs}` and
/// `{Fun, Args}`. The two short forms are stored with an empty location added (`{M, F, A, []}`,
/// `{Fun, Args, []}`), so that the trace has the shape of one the emulator builds; a trace
/// without them is returned as it is.
pub fn checked_stacktrace(heap: &mut impl TermAlloc, trace: Term) -> Option<Term> {
    let mut t = trace;
    let mut short_forms = false;
    while let Some((entry, rest)) = t.as_cons() {
        match entry.tuple_elements()? {
            [fun, _] if fun.is_function() => short_forms = true,
            [fun, _, loc] if fun.is_function() => {
                if !loc.is_list() {
                    return None;
                }
            }
            [m, f, _] if m.is_atom() && f.is_atom() => short_forms = true,
            [m, f, _, loc] if m.is_atom() && f.is_atom() && loc.is_list() => {}
            _ => return None,
        }
        t = rest;
    }
    if !t.is_nil() {
        return None;
    }
    if !short_forms {
        return Some(trace);
    }
    let mut entries = Vec::new();
    let mut t = trace;
    while let Some((entry, rest)) = t.as_cons() {
        entries.push(match entry.tuple_elements() {
            Some(&[fun, args]) => heap.tuple(&[fun, args, Term::NIL]),
            Some(&[m, f, a]) if m.is_atom() => heap.tuple(&[m, f, a, Term::NIL]),
            _ => entry,
        });
        t = rest;
    }
    Some(heap.list(&entries))
}
