//! Assorted term BIFs: hashing (`phash/2`, `phash2/1,2` through [`vm::ops::hash`]), tuple editing
//! (`delete_element/2`, `insert_element/3`), dictionary keys (`get_keys/0,1`) and `node/1`.

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::hash;
use vm::term::Term;

use crate::BifSpec;

/// The range argument of `phash/2` and `phash2/2`: 1..=2^32.
fn range(t: Term) -> Result<u64, BifError> {
    match t.as_small() {
        Some(r) if (1..=1 << 32).contains(&r) => Ok(r as u64),
        _ => badarg(),
    }
}

fn phash(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = range(a[1])?;
    match hash::phash_range(a[0], r) {
        Some(h) => Ok(p.heap.integer_u64(u64::from(h))),
        None => badarg(),
    }
}

fn phash2_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(p.heap.integer_u64(u64::from(hash::phash2(a[0]))))
}

fn phash2_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = range(a[1])?;
    match hash::phash2_range(a[0], r) {
        Some(h) => Ok(p.heap.integer_u64(u64::from(h))),
        None => badarg(),
    }
}

/// A 1-based tuple index argument within `1..=limit`.
fn index(t: Term, limit: usize) -> Result<usize, BifError> {
    match t.as_small() {
        Some(i) if i >= 1 && i as u64 <= limit as u64 => Ok(i as usize),
        _ => badarg(),
    }
}

fn delete_element(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(elems) = a[1].tuple_elements() else {
        return badarg();
    };
    let i = index(a[0], elems.len())?;
    let mut v = elems.to_vec();
    v.remove(i - 1);
    Ok(p.heap.tuple(&v))
}

fn insert_element(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(elems) = a[1].tuple_elements() else {
        return badarg();
    };
    let i = index(a[0], elems.len() + 1)?;
    let mut v = elems.to_vec();
    v.insert(i - 1, a[2]);
    Ok(p.heap.tuple(&v))
}

fn node_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match vm::ops::ident::node_of(a[0]) {
        Some(node) => Ok(Term::atom(node)),
        None => badarg(),
    }
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "phash", 2, phash),
    ("erlang", "phash2", 1, phash2_1),
    ("erlang", "phash2", 2, phash2_2),
    ("erlang", "delete_element", 2, delete_element),
    ("erlang", "insert_element", 3, insert_element),
    ("erlang", "node", 1, node_1),
];
