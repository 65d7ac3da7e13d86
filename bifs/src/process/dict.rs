//! The process dictionary's `get_keys/0,1` (the rest are instructions).

use vm::bif::{BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::compare;
use vm::term::Term;

pub(super) fn get_keys_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let keys: Vec<Term> = p.dict.iter().rev().map(|&(k, _)| k).collect();
    Ok(p.heap.list(&keys))
}

pub(super) fn get_keys_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let keys: Vec<Term> = p
        .dict
        .iter()
        .rev()
        .filter(|&&(_, v)| compare::exact_equal(v, a[0]))
        .map(|&(k, _)| k)
        .collect();
    Ok(p.heap.list(&keys))
}
