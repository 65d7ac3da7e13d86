//! The BIF registry: a table of plain function pointers, filled at startup by the `bifs` crate.
//!
//! A BIF is `fn(&mut ProcessContext, &[Term]) -> BifResult`. It returns a value, or a
//! [`BifError`]: an exception raised as erl raises it, a trap (continue in Erlang code, e.g.
//! `apply/3`), or a request to halt the system. BIFs never trigger garbage collection: they build
//! terms through the process heap's [`crate::heap::TermAlloc`], which falls back to heap fragments.
//!
//! Registering a BIF also points the export entry of its `Module:Function/Arity` at it, so calls
//! through exports, `apply/3` and `fun M:F/A` reach it, and the loader turns calls to it into
//! direct `CallBif` instructions.

use std::sync::OnceLock;

use crate::atom::Atom;
use crate::code::export;
use crate::code::table::AppendTable;
use crate::code::Target;
use crate::exception::Class;
use crate::process::Process;
use crate::term::Term;

/// What a BIF gets: the calling process (its heap, registers, dictionary, identity).
pub type ProcessContext = Process;

/// A BIF's result.
pub type BifResult = Result<Term, BifError>;

/// A BIF: the process and the arguments.
pub type BifFn = fn(&mut ProcessContext, &[Term]) -> BifResult;

/// How a BIF did not return a value.
#[derive(Clone, Copy, Debug)]
pub enum BifError {
    /// Raise an exception of class `class` with `reason`. For class `error` the stack trace starts
    /// with the BIF itself and its arguments (as erl does for failing BIFs), unless the BIF is one
    /// of `error/1,2,3`, `exit/1`, `throw/1`, which report their caller instead.
    Raise {
        /// Exception class.
        class: Class,
        /// Exception reason.
        reason: Term,
    },
    /// `error(Reason, Args)`: an error whose top stack entry shows `Args` in place of the
    /// caller's arity; `info` is the `error_info` term of `error/3` (or `[]`).
    ErrorWithArgs {
        /// Exception reason.
        reason: Term,
        /// Argument list shown in the top stack entry.
        args: Term,
        /// The `error_info` map, or the non-value marker.
        info: Term,
    },
    /// `erlang:raise/3`: re-raise with a given stack trace (already checked to be valid).
    Reraise {
        /// Exception class.
        class: Class,
        /// Exception reason.
        reason: Term,
        /// Stack trace list.
        trace: Term,
    },
    /// Continue by calling `module:function(args...)` in place of the BIF (`apply/3`).
    TrapApply {
        /// Module term (checked by the interpreter).
        module: Term,
        /// Function term.
        function: Term,
        /// Argument list.
        args: Term,
    },
    /// Continue by calling `fun(args...)` in place of the BIF (`apply/2`).
    TrapApplyFun {
        /// The fun.
        fun: Term,
        /// Argument list.
        args: Term,
    },
    /// End the time slice and call the BIF again with the same arguments when the process is
    /// next scheduled (`erlang:yield/0`, or waiting for another process to stop running) —
    /// or continue where the BIF set [`crate::process::Process::resume`].
    Yield,
    /// Suspend the process until a signal arrives, then call the BIF again with the same
    /// arguments (which stay live meanwhile) — or continue where the BIF set
    /// [`crate::process::Process::resume`] (`erlang:hibernate/3`).
    Wait,
    /// Stop the whole system with this exit status (`erlang:halt/0,1,2`).
    Halt(i32),
    /// Stop the whole system printing `message` as erl's `halt/1` with a string does (status 1).
    HaltWithMessage(&'static str),
}

impl BifError {
    /// A `badarg` error.
    pub const BADARG: BifError = BifError::Raise {
        class: Class::Error,
        reason: Term::atom(crate::atom::BADARG),
    };

    /// An error of class `error` with `reason`.
    pub const fn error(reason: Term) -> BifError {
        BifError::Raise {
            class: Class::Error,
            reason,
        }
    }
}

/// `Err(badarg)`.
pub fn badarg<T>() -> Result<T, BifError> {
    Err(BifError::BADARG)
}

/// `badarg` from the BIF `module:function` with `cause => Cause` in its `error_info` map, as
/// erl's BIFs explain some failures (`badopt`, `badtype`, ...).
pub fn badarg_with_cause(module: &str, function: &str, cause: &str) -> BifError {
    if let (Ok(m), Ok(f), Ok(c)) = (
        crate::atom::Atom::intern(module),
        crate::atom::Atom::intern(function),
        crate::atom::Atom::intern(cause),
    ) {
        crate::exception::set_bif_error_cause(m, f, Term::atom(c));
    }
    BifError::BADARG
}

/// A registered BIF.
#[derive(Clone, Copy, Debug)]
pub struct BifEntry {
    /// Module.
    pub module: Atom,
    /// Function.
    pub function: Atom,
    /// Arity.
    pub arity: u8,
    /// The implementation.
    pub func: BifFn,
}

/// Most BIFs the registry can hold (indexes are `u16`).
pub const MAX_BIFS: usize = 1 << 16;

fn registry() -> &'static AppendTable<BifEntry> {
    static T: OnceLock<AppendTable<BifEntry>> = OnceLock::new();
    T.get_or_init(|| AppendTable::new(MAX_BIFS))
}

/// Registers `module:function/arity` as a BIF and returns its index. Registering a name twice
/// keeps the first registration.
pub fn register(module: &str, function: &str, arity: u8, func: BifFn) -> Option<u16> {
    let module = Atom::intern(module).ok()?;
    let function = Atom::intern(function).ok()?;
    if let Some(i) = lookup(module, function, arity as u32) {
        return Some(i);
    }
    let index = registry().push(BifEntry {
        module,
        function,
        arity,
        func,
    })?;
    let index = u16::try_from(index).ok()?;
    export::entry(module, function, arity as u32)?.set_target(Target::Bif(index));
    Some(index)
}

/// The index of BIF `module:function/arity`, if it is registered.
pub fn lookup(module: Atom, function: Atom, arity: u32) -> Option<u16> {
    match export::find(module, function, arity)?.target() {
        Target::Bif(i) => Some(i),
        _ => None,
    }
}

/// The BIF with index `index`.
#[inline]
pub fn get(index: u16) -> Option<&'static BifEntry> {
    registry().get(index as u32)
}

/// Number of registered BIFs.
pub fn count() -> usize {
    registry().len()
}
