//! The `maps` module's BIFs, `erlang:map_size/1`, `map_get/2`, `is_map_key/2` and
//! `erts_internal:map_next/3` (which `maps:iterator/1`, `next/1`, `to_list/1` and the other
//! functions of `maps.erl` build on), over [`vm::map`].

use vm::bif::{BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::map::{self, MapError, NextMode};
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "map_size", 1, map_size),
    ("erlang", "map_get", 2, map_get),
    ("erlang", "is_map_key", 2, is_map_key),
    ("maps", "get", 2, map_get),
    ("maps", "find", 2, find),
    ("maps", "is_key", 2, is_map_key),
    ("maps", "put", 3, put),
    ("maps", "update", 3, update),
    ("maps", "remove", 2, remove),
    ("maps", "take", 2, take),
    ("maps", "keys", 1, keys),
    ("maps", "values", 1, values),
    ("maps", "merge", 2, merge),
    ("maps", "from_list", 1, from_list),
    ("maps", "from_keys", 2, from_keys),
    ("erts_internal", "map_next", 3, map_next),
];

/// Associations a `map_next` call returns at most (erl's batch depends on the reductions left;
/// the caller sees only the order, which this does not change).
const NEXT_BATCH: usize = 1000;

/// The exception erl raises for a map error.
fn raise(p: &mut ProcessContext, e: MapError) -> BifError {
    match e {
        MapError::BadMap(t) => {
            let r = p.heap.tuple(&[Term::atom(vm::atom::BADMAP), t]);
            BifError::error(r)
        }
        MapError::BadKey(k) => {
            let r = p.heap.tuple(&[Term::atom(vm::atom::BADKEY), k]);
            BifError::error(r)
        }
        MapError::BadArg => BifError::BADARG,
        MapError::SystemLimit => BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)),
    }
}

fn map_size(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::size(a[0])
        .map(|n| Term::small(n as i64))
        .map_err(|e| raise(p, e))
}

fn map_get(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match map::get(a[1], a[0]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(raise(p, MapError::BadKey(a[0]))),
        Err(e) => Err(raise(p, e)),
    }
}

fn is_map_key(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::is_key(a[1], a[0])
        .map(|b| if b { Term::TRUE } else { Term::FALSE })
        .map_err(|e| raise(p, e))
}

fn find(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match map::get(a[1], a[0]) {
        Ok(Some(v)) => Ok(p.heap.tuple(&[Term::atom(vm::atom::OK), v])),
        Ok(None) => Ok(Term::atom(vm::atom::ERROR)),
        Err(e) => Err(raise(p, e)),
    }
}

fn put(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::put(&mut p.heap, a[0], a[1], a[2]).map_err(|e| raise(p, e))
}

fn update(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::update(&mut p.heap, a[0], a[1], a[2]).map_err(|e| raise(p, e))
}

fn remove(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::remove(&mut p.heap, a[0], a[1]).map_err(|e| raise(p, e))
}

fn take(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match map::take(&mut p.heap, a[0], a[1]) {
        Ok(Some((v, m))) => Ok(p.heap.tuple(&[v, m])),
        Ok(None) => Ok(Term::atom(vm::atom::ERROR)),
        Err(e) => Err(raise(p, e)),
    }
}

fn keys(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::keys(&mut p.heap, a[0]).map_err(|e| raise(p, e))
}

fn values(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::values(&mut p.heap, a[0]).map_err(|e| raise(p, e))
}

fn merge(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::merge(&mut p.heap, a[0], a[1]).map_err(|e| raise(p, e))
}

fn from_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::from_list(&mut p.heap, a[0]).map_err(|e| raise(p, e))
}

fn from_keys(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    map::from_keys(&mut p.heap, a[0], a[1]).map_err(|e| raise(p, e))
}

fn map_next(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let mode = NextMode::from_arg(a[2]).map_err(|e| raise(p, e))?;
    map::map_next(&mut p.heap, a[0], a[1], mode, NEXT_BATCH)
        .map(|(t, _)| t)
        .map_err(|e| raise(p, e))
}
