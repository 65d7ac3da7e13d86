//! Walking a table key by key: `first/1`, `last/1`, `next/2`, `prev/2`, `slot/2`, and
//! `erts_internal:ets_raw_first/1` and `ets_raw_next/2` (the same without access checks).

use vm::bif::ProcessContext;
use vm::copy::copy_term;
use vm::heap::TermAlloc;
use vm::term::Term;

use super::error::{Fail, Res};
use super::new::atom;
use super::ops::readable;
use super::store::{key_of, Kind, Start};
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

/// `ets:slot/2`: the objects of the `I`th key (0-based) in the table's walking order, `[]`
/// for an empty slot, `'$end_of_table'` just past the last slot.
pub fn slot(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let table = readable(p, a[0])?;
    let index = match a[1].as_small() {
        Some(i) if i >= 0 => i as usize,
        _ => return Err(Fail::Badarg),
    };
    let keypos = table.keypos;
    let mut seen = 0usize;
    let mut last_key: Option<Term> = None;
    let mut out = Vec::new();
    table.store.scan(Start::Beginning, false, |o| {
        let k = key_of(o, keypos);
        let new_key = !last_key.is_some_and(|l| vm::ops::compare::exact_equal(l, k));
        if new_key {
            if last_key.is_some() {
                seen += 1;
            }
            last_key = Some(k);
        }
        if seen == index {
            out.push(copy_term(o, &mut p.heap));
            true
        } else {
            seen < index
        }
    });
    // The number of slots: objects in an ordered set; in a hash table erl's bucket count (256
    // at first, growing with the table), of which girder fills the first with one key each.
    let slots = match table.kind {
        Kind::OrderedSet => table.store.len(),
        _ => table.store.len().next_power_of_two().max(256),
    };
    if index > slots {
        return Err(Fail::Badarg);
    }
    if index == slots {
        return Ok(atom("$end_of_table"));
    }
    Ok(p.heap.list(&out))
}
