//! `-on_load` for modules girder's own loader loads on demand (before a code server runs): the
//! first call into such a module runs its on_load function in the calling process, then makes
//! the module current when the function returned `ok`, then makes the call.
//!
//! The loader on demand holds a module that has an on_load function (and is not one of erl's
//! preloaded modules, whose on_load functions `erl_init` calls by name) as pending on_load code
//! ([`super::lifecycle::hold_for_on_load`]). A call that finds the module so held jumps to a
//! small synthetic function (no name: stack traces skip it) of `(Module, Function, Args)`:
//!
//! ```text
//! allocate 3; y0..y2 = Module, Function, Args
//! x0 = apply('$girder_on_load', Module, [])          % the on_load function
//! x0 = erlang:finish_after_on_load(Module, x0 =:= ok)
//! apply(Module, Function, Args)                      % the call that found the module held
//! deallocate 3; return
//! ```
//!
//! Only the first call runs the function ([`claim`]), and only for modules held by the loader on
//! demand ([`held_on_demand`]; code held by `finish_loading/1` waits for its loader to run it); others made meanwhile raise `undef` (in
//! erl they would wait for the code server). When the function fails the module stays held and
//! the call raises `undef`, as in erl.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use super::{install_detached, lifecycle, ModuleVersion};
use crate::atom::{self, Atom};
use crate::instr::{Instr, Label, X, Y};
use crate::sched::sync;
use crate::term::Term;

/// The state of a module the loader on demand holds for its on_load function.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Held {
    /// No call has run the on_load function yet.
    Waiting,
    /// A call is running it.
    Started,
}

/// Modules held by the loader on demand (not by `finish_loading/1`, whose caller runs the
/// on_load function itself).
static HELD: Mutex<Option<HashMap<Atom, Held>>> = Mutex::new(None);

/// Notes that the loader on demand holds `module` for its on_load function.
pub fn held_on_demand(module: Atom) {
    sync::lock(&HELD)
        .get_or_insert_with(HashMap::new)
        .insert(module, Held::Waiting);
}

/// Claims the run of `module`'s on_load function for the calling process: `true` once, for a
/// module the loader on demand holds.
pub fn claim(module: Atom) -> bool {
    let mut held = sync::lock(&HELD);
    match held.as_mut().and_then(|h| h.get_mut(&module)) {
        Some(state @ Held::Waiting) => {
            *state = Held::Started;
            true
        }
        _ => false,
    }
}

/// Forgets `module` (its held code was replaced or finished).
pub fn release(module: Atom) {
    if let Some(held) = sync::lock(&HELD).as_mut() {
        held.remove(&module);
    }
}

/// The entry `(version, ip)` of the synthetic function, built on first use; `None` when the
/// BIFs it calls are not registered.
pub fn trampoline() -> Option<(u32, u32)> {
    static RUN: OnceLock<Option<u32>> = OnceLock::new();
    let id = (*RUN.get_or_init(build))?;
    Some((id, 0))
}

fn build() -> Option<u32> {
    let apply = crate::bif::lookup(atom::ERLANG, atom::APPLY, 3)?;
    let finish = crate::bif::lookup(atom::ERLANG, Atom::intern("finish_after_on_load").ok()?, 2)?;
    let pseudo = lifecycle::on_load_module();
    let code = vec![
        Instr::Allocate { slots: 3, live: 3 },
        Instr::MoveXY {
            src: X(0),
            dst: Y(0),
        },
        Instr::MoveXY {
            src: X(1),
            dst: Y(1),
        },
        Instr::MoveXY {
            src: X(2),
            dst: Y(2),
        },
        Instr::MoveCX {
            value: Term::atom(pseudo),
            dst: X(0),
        },
        Instr::MoveYX {
            src: Y(0),
            dst: X(1),
        },
        Instr::Apply { arity: 0 },
        Instr::IsEqExactXC {
            fail: Label(10),
            x: X(0),
            value: Term::atom(atom::OK),
        },
        Instr::MoveCX {
            value: Term::TRUE,
            dst: X(1),
        },
        Instr::Jump { to: Label(11) },
        Instr::MoveCX {
            value: Term::FALSE,
            dst: X(1),
        },
        Instr::MoveYX {
            src: Y(0),
            dst: X(0),
        },
        Instr::CallBif {
            bif: finish,
            import: 0,
        },
        Instr::MoveYX {
            src: Y(0),
            dst: X(0),
        },
        Instr::MoveYX {
            src: Y(1),
            dst: X(1),
        },
        Instr::MoveYX {
            src: Y(2),
            dst: X(2),
        },
        Instr::CallBif {
            bif: apply,
            import: 0,
        },
        Instr::DeallocateReturn { slots: 3 },
    ];
    // No function information: stack traces skip the frames of this code, so the call looks
    // as it does in erl, made straight from its caller.
    install_detached(|id| ModuleVersion::synthetic(id, pseudo, code, Vec::new())).map(|v| v.id)
}
