//! The `erts_debug` built-ins ordinary code meets: term sizes with and without sharing,
//! identity of terms, copying, printing, decoding the external format, and the dirty
//! scheduler test helpers (which run in place: girder has no dirty schedulers).

use std::io::Write;

use vm::atom::Atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::aliases::call;
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erts_debug", "flat_size", 1, flat_size),
    ("erts_debug", "size_shared", 1, size_shared),
    ("erts_debug", "copy_shared", 1, copy_shared),
    ("erts_debug", "copy_shared", 2, copy_shared_2),
    ("erts_debug", "same", 2, same),
    ("erts_debug", "display", 1, display),
    ("erts_debug", "dist_ext_to_term", 2, dist_ext_to_term),
    ("erts_debug", "dirty_cpu", 2, dirty_cpu),
    ("erts_debug", "dirty_io", 2, dirty_io),
    ("erts_debug", "dirty", 3, dirty_3),
];

fn flat_size(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(p.heap.integer(vm::copy::flat_size(a[0], false) as i64))
}

fn size_shared(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(p.heap.integer(vm::copy::flat_size(a[0], true) as i64))
}

fn copy_shared(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(vm::copy::copy_term(a[0], &mut p.heap))
}

fn copy_shared_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[1].is_boolean() {
        return badarg();
    }
    copy_shared(p, a)
}

/// Whether the two arguments are the same word (the same object, or equal immediates).
fn same(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(a[0].raw() == a[1].raw()))
}

/// Prints the term as `erlang:display/1` does and returns the printed text, ended by a
/// newline, as a string.
fn display(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let mut text = vm::ops::print::display(a[0]);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let _ = out.write_all(&text);
    let _ = out.write_all(b"\r\n");
    let _ = out.flush();
    text.push(b'\n');
    let chars: Vec<Term> = String::from_utf8_lossy(&text)
        .chars()
        .map(|c| Term::small(c as i64))
        .collect();
    Ok(p.heap.list(&chars))
}

/// Decodes external format data; the distribution state (first argument) is not needed on a
/// node that is never connected.
fn dist_ext_to_term(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if a[0].tuple_elements().is_none() {
        return badarg();
    }
    call(p, "binary_to_term", &a[1..])
}

fn is(t: Term, text: &str) -> bool {
    t.as_atom().is_some_and(|a| a.text() == text)
}

/// The dirty scheduler test operations: `wait` (milliseconds, done here by sleeping), the rest
/// answer as erl does when the operation has nothing to report.
fn dirty_op(op: Term, arg: Term) -> BifResult {
    if is(op, "wait") {
        let Some(ms) = arg.as_small().filter(|&n| n >= 0) else {
            return badarg();
        };
        std::thread::sleep(std::time::Duration::from_millis(ms as u64));
        return Ok(Term::atom(
            Atom::intern("ok").unwrap_or(vm::atom::UNDEFINED),
        ));
    }
    if op.is_atom() {
        return Ok(Term::atom(
            Atom::intern("ok").unwrap_or(vm::atom::UNDEFINED),
        ));
    }
    badarg()
}

fn dirty_cpu(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    dirty_op(a[0], a[1])
}

fn dirty_io(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    dirty_op(a[0], a[1])
}

fn dirty_3(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !matches!(
        a[0].as_atom().map(|x| x.text()),
        Some("normal" | "dirty_cpu" | "dirty_io")
    ) {
        return badarg();
    }
    dirty_op(a[1], a[2])
}
