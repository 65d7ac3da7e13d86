//! `erts_internal` queries about terms and units: `term_type/1` (the internal kind of a term),
//! `cmp_term/2` (term order), the inside of maps for `erts_debug:size/1`
//! (`map_to_tuple_keys/1`, `map_hashmap_children/1`), `time_unit/0`, `perf_counter_unit/0`,
//! `get_creation/0` and `no_aux_work_threads/0`.

use std::cmp::Ordering;

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::map::MapObject;
use vm::term::{Subtag, Term};

use crate::process::atom;
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erts_internal", "term_type", 1, term_type),
    ("erts_internal", "cmp_term", 2, cmp_term),
    ("erts_internal", "map_to_tuple_keys", 1, map_to_tuple_keys),
    (
        "erts_internal",
        "map_hashmap_children",
        1,
        map_hashmap_children,
    ),
    ("erts_internal", "time_unit", 0, per_second),
    ("erts_internal", "perf_counter_unit", 0, per_second),
    ("erts_internal", "get_creation", 0, get_creation),
    (
        "erts_internal",
        "no_aux_work_threads",
        0,
        no_aux_work_threads,
    ),
];

/// The name erl gives the internal kind of `t`.
fn kind(t: Term) -> &'static str {
    if t.is_small() {
        return "fixnum";
    }
    if t.is_atom() {
        return "atom";
    }
    if t.is_nil() {
        return "nil";
    }
    if t.is_cons() {
        return "list";
    }
    if t.is_local_pid() {
        return "pid";
    }
    if t.is_local_port() {
        return "port";
    }
    match t.boxed_subtag() {
        Some(Subtag::Tuple) => "tuple",
        Some(Subtag::PosBig | Subtag::NegBig) => "bignum",
        Some(Subtag::Float) => "hfloat",
        Some(Subtag::Ref) => "reference",
        Some(Subtag::Fun) => "fun",
        Some(Subtag::Export) => "export",
        Some(Subtag::RefcBinary) => "refc_binary",
        Some(Subtag::HeapBinary) => "heap_binary",
        Some(Subtag::SubBinary) => "sub_binary",
        Some(Subtag::MatchContext) => "matchstate",
        Some(Subtag::ExternalPid) => "external_pid",
        Some(Subtag::ExternalPort) => "external_port",
        Some(Subtag::ExternalRef) => "external_ref",
        Some(Subtag::Map) => match vm::map::object_kind(t) {
            Some(MapObject::Trie) => "hashmap",
            Some(MapObject::TrieNode) => "hashmap_node",
            _ => "flatmap",
        },
        None => "unknown",
    }
}

fn term_type(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(atom(kind(a[0])))
}

fn cmp_term(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::small(
        match vm::ops::compare::compare_exact(a[0], a[1]) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        },
    ))
}

/// `{badmap, T}`.
fn badmap(p: &mut ProcessContext, t: Term) -> BifResult {
    let reason = p.heap.tuple(&[atom("badmap"), t]);
    Err(BifError::error(reason))
}

/// A flatmap's keys tuple (the one maps with the same keys share); `badarg` for a large map.
fn map_to_tuple_keys(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match vm::map::object_kind(a[0]) {
        None => badmap(p, a[0]),
        Some(_) => vm::map::flat_keys_tuple(a[0]).map_or_else(badarg, Ok),
    }
}

/// The children of a large map's root, or of one of its inner nodes (which this returns, and
/// which are only good for `erts_debug:size/1`'s walk): leaves `[K | V]` and inner nodes,
/// highest slot first; `badarg` for a flatmap.
fn map_hashmap_children(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match vm::map::object_kind(a[0]) {
        None => badmap(p, a[0]),
        Some(MapObject::Flat) => badarg(),
        Some(_) => {
            // erl lists them highest slot first.
            let mut children = vm::map::trie_children(a[0]).unwrap_or_default();
            children.reverse();
            Ok(p.heap.list(&children))
        }
    }
}

/// Native time units (and performance counter units) per second.
fn per_second(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.heap.integer(1_000_000_000))
}

/// A node that is not alive has no creation.
fn get_creation(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(atom("undefined"))
}

/// Threads that do auxiliary work: one per scheduler, as erl counts them with dirty threads
/// left out.
fn no_aux_work_threads(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::small(vm::sched::system().schedulers() as i64 + 1))
}
