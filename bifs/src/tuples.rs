//! Tuple BIFs: `element/2`, `setelement/3`, `tuple_size/1`, `size/1`, `make_tuple/2,3`,
//! `append_element/2`, `tuple_to_list/1`, `list_to_tuple/1`.

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::lists::proper_list;
use crate::BifSpec;

/// Largest tuple erl allows (`system_limit` beyond).
const MAX_TUPLE: usize = (1 << 24) - 1;

fn element(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (a[0].as_small(), a[1].tuple_elements()) {
        (Some(i), Some(e)) if i >= 1 && (i as usize) <= e.len() => Ok(e[i as usize - 1]),
        _ => badarg(),
    }
}

fn setelement(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (a[0].as_small(), a[1].tuple_elements()) {
        (Some(i), Some(e)) if i >= 1 && (i as usize) <= e.len() => {
            let mut v = e.to_vec();
            v[i as usize - 1] = a[2];
            Ok(p.heap.tuple(&v))
        }
        _ => badarg(),
    }
}

fn tuple_size(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].tuple_arity() {
        Some(n) => Ok(Term::small(n as i64)),
        None => badarg(),
    }
}

fn size(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if let Some(b) = a[0].as_bitstring() {
        return Ok(p.heap.integer(b.byte_len() as i64));
    }
    tuple_size(p, a)
}

fn make_tuple(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_small() {
        Some(n) if n >= 0 && (n as usize) <= MAX_TUPLE => Ok(p.heap.tuple(&vec![a[1]; n as usize])),
        _ => badarg(),
    }
}

fn make_tuple_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(n) = a[0]
        .as_small()
        .filter(|&n| n >= 0 && n as usize <= MAX_TUPLE)
    else {
        return badarg();
    };
    let mut v = vec![a[1]; n as usize];
    let Some(inits) = proper_list(a[2]) else {
        return badarg();
    };
    for init in inits {
        match init.tuple_elements() {
            Some([pos, value]) => match pos.as_small() {
                Some(i) if i >= 1 && i <= n => v[i as usize - 1] = *value,
                _ => return badarg(),
            },
            _ => return badarg(),
        }
    }
    Ok(p.heap.tuple(&v))
}

fn append_element(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].tuple_elements() {
        Some(e) if e.len() < MAX_TUPLE => {
            let mut v = e.to_vec();
            v.push(a[1]);
            Ok(p.heap.tuple(&v))
        }
        _ => badarg(),
    }
}

fn tuple_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].tuple_elements() {
        Some(e) => {
            let v = e.to_vec();
            Ok(p.heap.list(&v))
        }
        None => badarg(),
    }
}

fn list_to_tuple(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match proper_list(a[0]) {
        Some(v) if v.len() <= MAX_TUPLE => Ok(p.heap.tuple(&v)),
        _ => badarg(),
    }
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "element", 2, element),
    ("erlang", "setelement", 3, setelement),
    ("erlang", "tuple_size", 1, tuple_size),
    ("erlang", "size", 1, size),
    ("erlang", "make_tuple", 2, make_tuple),
    ("erlang", "make_tuple", 3, make_tuple_3),
    ("erlang", "append_element", 2, append_element),
    ("erlang", "tuple_to_list", 1, tuple_to_list),
    ("erlang", "list_to_tuple", 1, list_to_tuple),
];
