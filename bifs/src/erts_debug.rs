//! The `erts_debug` built-ins: term sizes with and without sharing, identity of terms, copying,
//! printing, decoding the external format, the dirty scheduler test helpers (which run in place:
//! girder has no dirty schedulers), the shape of large maps, the instruction set, and the
//! answers erl's JIT build gives where it has nothing to show (`disassemble/1`,
//! `interpreter_size/0`, lock counting). The internal state hooks are in
//! [`crate::internal_state`].

use std::io::Write;

use vm::atom::Atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::aliases::call;
use crate::process::is_atom;
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
    ("erts_debug", "map_info", 1, map_info),
    ("erts_debug", "instructions", 0, instructions),
    ("erts_debug", "interpreter_size", 0, interpreter_size),
    ("erts_debug", "disassemble", 1, disassemble),
    ("erts_debug", "lcnt_control", 1, lcnt_control),
    ("erts_debug", "lcnt_control", 2, lcnt_control),
    ("erts_debug", "lcnt_clear", 0, lcnt_unavailable),
    ("erts_debug", "lcnt_collect", 0, lcnt_unavailable),
    (
        "erts_debug",
        "get_internal_state",
        1,
        crate::internal_state::get_internal_state,
    ),
    (
        "erts_debug",
        "set_internal_state",
        2,
        crate::internal_state::set_internal_state,
    ),
];

fn flat_size(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(p.heap.integer(vm::copy::flat_size(a[0], false) as i64))
}

fn size_shared(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(p.heap.integer(vm::copy::flat_size(a[0], true) as i64))
}

/// A copy on the caller's heap; literal parts stay literals, as in erl.
fn copy_shared(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(vm::copy::copy_term_in_process(a[0], &mut p.heap))
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

/// The dirty scheduler test operations: `wait` (milliseconds, done here by sleeping), the rest
/// answer as erl does when the operation has nothing to report.
fn dirty_op(op: Term, arg: Term) -> BifResult {
    if is_atom(op, "wait") {
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

/// `{badmap, T}`.
fn badmap(p: &mut ProcessContext, t: Term) -> BifResult {
    let tag = Term::atom(Atom::intern("badmap").unwrap_or(vm::atom::UNDEFINED));
    let reason = p.heap.tuple(&[tag, t]);
    Err(vm::bif::BifError::error(reason))
}

/// The shape of a large map's hash trie: `[{depth, D}, {arrays, N, []}, {bitmaps, N,
/// BySlotsUsed}, {leafs, N, ByLevel}]`; `badarg` for a flatmap, `{badmap, T}` for a non-map.
fn map_info(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !vm::map::is_map(a[0]) {
        return badmap(p, a[0]);
    }
    let Some(info) = vm::map::trie_info(a[0])
        .filter(|_| vm::map::object_kind(a[0]) == Some(vm::map::MapObject::Trie))
    else {
        return badarg();
    };
    let name = |t: &str| Term::atom(Atom::intern(t).unwrap_or(vm::atom::UNDEFINED));
    let counts = |p: &mut ProcessContext, c: &[u64; 16]| {
        let terms: Vec<Term> = c.iter().map(|&n| p.heap.integer_u64(n)).collect();
        p.heap.tuple(&terms)
    };
    let leaf_usage = counts(p, &info.leaf_usage);
    let leafs = p.heap.integer_u64(info.leafs);
    let leafs = p.heap.tuple(&[name("leafs"), leafs, leaf_usage]);
    let bitmap_usage = counts(p, &info.bitmap_usage);
    let bitmaps = p.heap.integer_u64(info.bitmaps);
    let bitmaps = p.heap.tuple(&[name("bitmaps"), bitmaps, bitmap_usage]);
    let arrays = p.heap.integer_u64(info.arrays);
    let arrays = p.heap.tuple(&[name("arrays"), arrays, Term::NIL]);
    let depth = p.heap.integer(info.depth as i64);
    let depth = p.heap.tuple(&[name("depth"), depth]);
    Ok(p.heap.list(&[depth, arrays, bitmaps, leafs]))
}

/// The names of girder's instructions, as strings.
fn instructions(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let mut list = Term::NIL;
    for name in vm::instr::NAMES.iter().rev() {
        let text = p.heap.charlist(name);
        list = p.heap.cons(text, list);
    }
    Ok(list)
}

/// The size of an interpreter loop erl's JIT build does not have: 0, as it answers.
fn interpreter_size(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::small(0))
}

/// `false` for every argument, as erl's JIT build answers (it has no BEAM code to show).
fn disassemble(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::FALSE)
}

/// Lock counting is not built in: every control request is `badarg`, as in erl without it.
fn lcnt_control(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    badarg()
}

/// Lock counting is not built in: the atom `error`, as erl without it answers.
fn lcnt_unavailable(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::atom(
        Atom::intern("error").unwrap_or(vm::atom::UNDEFINED),
    ))
}
