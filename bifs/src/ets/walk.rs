//! Walking a table key by key: `first/1`, `last/1`, `next/2`, `prev/2`, `slot/2`, and
//! `erts_internal:ets_raw_first/1` and `ets_raw_next/2` (the same without access checks).

use vm::bif::ProcessContext;
use vm::copy::copy_term;
use vm::heap::TermAlloc;
use vm::term::Term;

use super::error::{Fail, Res};
use super::new::atom;
use super::ops::readable;
use super::store::{Kind, Start};
use super::table;

fn first_key(p: &mut ProcessContext, t: Term, last: bool, check: bool) -> Res<Term> {
    let table = if check {
        readable(p, t)?
    } else {
        table::resolve(t)?
    };
    let key = table.store.first(last, |k| copy_term(k, &mut p.heap));
    Ok(key.unwrap_or_else(|| atom("$end_of_table")))
}

fn next_key(p: &mut ProcessContext, t: Term, key: Term, back: bool, check: bool) -> Res<Term> {
    let table = if check {
        readable(p, t)?
    } else {
        table::resolve(t)?
    };
    let fixed = table.is_fixed();
    let back = back && table.kind == Kind::OrderedSet;
    match table
        .store
        .next(key, back, fixed, |k| copy_term(k, &mut p.heap))
    {
        Ok(Some(k)) => Ok(k),
        Ok(None) => Ok(atom("$end_of_table")),
        Err(_) => Err(Fail::Badarg),
    }
}

/// `ets:first/1`.
pub fn first(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    first_key(p, a[0], false, true)
}

/// `ets:last/1`.
pub fn last(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    first_key(p, a[0], true, true)
}

/// `ets:next/2`.
pub fn next(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    next_key(p, a[0], a[1], false, true)
}

/// `ets:prev/2`.
pub fn prev(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    next_key(p, a[0], a[1], true, true)
}

/// `erts_internal:ets_raw_first/1`.
pub fn raw_first(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    first_key(p, a[0], false, false)
}

/// `erts_internal:ets_raw_next/2`.
pub fn raw_next(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    next_key(p, a[0], a[1], false, false)
}

/// `ets:slot/2`: in a hash table the objects of slot `I` of ERTS's layout (`[]` for an empty
/// slot, last in its chain first), in an ordered set the `I`th object in term order; `'$end_of_table'` just past the
/// last slot, `badarg` beyond it.
pub fn slot(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let table = readable(p, a[0])?;
    let index = match a[1].as_small() {
        Some(i) if i >= 0 => i as usize,
        _ => return Err(Fail::Badarg),
    };
    let mut objects = Vec::new();
    let slots = match table.store.hash_slot(index, |o| objects.push(o)) {
        Some(Ok(())) => {
            // Built by consing along the chain, as erl's is: last first.
            let out: Vec<Term> = objects
                .iter()
                .rev()
                .map(|&o| copy_term(o, &mut p.heap))
                .collect();
            return Ok(p.heap.list(&out));
        }
        Some(Err(slots)) => slots,
        None => {
            // An ordered set: one object a slot.
            let mut seen = 0usize;
            let mut out = None;
            table.store.scan(Start::Beginning, false, |o| {
                if seen == index {
                    out = Some(copy_term(o, &mut p.heap));
                }
                seen += 1;
                seen <= index
            });
            if let Some(o) = out {
                return Ok(p.heap.list(&[o]));
            }
            table.store.len()
        }
    };
    if index > slots {
        return Err(Fail::Badarg);
    }
    Ok(atom("$end_of_table"))
}
