//! Built-ins that are other built-ins under another name or shape: `erlang:append/2` (`++`),
//! `subtract/2` (`--`), `'!'/2` (`send/2`), `fun_info_mfa/1`, `fun_to_list/1`,
//! `iolist_to_iovec/1`, `term_to_iovec/1,2`, `spawn_request_abandon/1` and `exit_signal/2`.
//! Each calls the implementation registered for the original name.

use vm::atom::Atom;
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "append", 2, append_2),
    ("erlang", "subtract", 2, subtract_2),
    ("erlang", "!", 2, bang_2),
    ("erlang", "exit_signal", 2, exit_signal_2),
    ("erlang", "fun_info_mfa", 1, fun_info_mfa),
    ("erlang", "fun_to_list", 1, fun_to_list),
    ("erlang", "iolist_to_iovec", 1, iolist_to_iovec),
    ("erlang", "term_to_iovec", 1, term_to_iovec_1),
    ("erlang", "term_to_iovec", 2, term_to_iovec_2),
    ("erlang", "spawn_request_abandon", 1, spawn_request_abandon),
];

/// Calls the BIF registered as `erlang:name/args.len()`.
pub(crate) fn call(p: &mut ProcessContext, name: &str, args: &[Term]) -> BifResult {
    let Some(f) = Atom::existing(name) else {
        return badarg();
    };
    let Some(entry) =
        vm::bif::lookup(vm::atom::ERLANG, f, args.len() as u32).and_then(vm::bif::get)
    else {
        return badarg();
    };
    (entry.func)(p, args)
}

fn append_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    call(p, "++", a)
}

fn subtract_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    call(p, "--", a)
}

fn bang_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    call(p, "send", a)
}

fn exit_signal_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    call(p, "exit", a)
}

/// `{Module, Name, Arity}` of a fun (for a local fun, the function that implements it).
fn fun_info_mfa(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_function() {
        return badarg();
    }
    let mut parts = [Term::NIL; 3];
    for (slot, key) in parts.iter_mut().zip(["module", "name", "arity"]) {
        let key = Term::atom(Atom::intern(key).map_err(|_| BifError::BADARG)?);
        let pair = call(p, "fun_info", &[a[0], key])?;
        *slot = match pair.tuple_elements() {
            Some(&[_, v]) => v,
            _ => return badarg(),
        };
    }
    Ok(p.heap.tuple(&parts))
}

/// The text `erlang:display/1` prints for a fun, as a string.
fn fun_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_function() {
        return badarg();
    }
    let text = vm::ops::print::display(a[0]);
    let chars: Vec<Term> = text.iter().map(|&b| Term::small(b as i64)).collect();
    Ok(p.heap.list(&chars))
}

/// The bytes of an iolist as one binary in a list (none for an empty iolist).
fn iolist_to_iovec(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bin = call(p, "iolist_to_binary", a)?;
    let size = call(p, "byte_size", &[bin])?;
    if size == Term::small(0) {
        return Ok(Term::NIL);
    }
    Ok(p.heap.list(&[bin]))
}

fn term_to_iovec_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bin = call(p, "term_to_binary", a)?;
    Ok(p.heap.list(&[bin]))
}

fn term_to_iovec_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bin = call(p, "term_to_binary", a)?;
    Ok(p.heap.list(&[bin]))
}

/// Spawn requests complete at once on this node, so none is ever left to abandon.
fn spawn_request_abandon(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if call(p, "is_reference", a)? != Term::TRUE {
        return badarg();
    }
    Ok(Term::FALSE)
}
