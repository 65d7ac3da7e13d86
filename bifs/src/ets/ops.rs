//! The object operations: insert, lookup, member, delete, take, and their variants.

use std::sync::Arc;

use vm::bif::ProcessContext;
use vm::copy::copy_term;
use vm::heap::TermAlloc;
use vm::term::Term;

use super::error::{Fail, Res};
use super::store::Kind;
use super::table::{self, Table};
use super::yielding::{self, ClearWork, Clearing, OBJECTS_PER_SLICE};

/// The table `t` if `p` may read it.
pub fn readable(p: &ProcessContext, t: Term) -> Res<Arc<Table>> {
    let table = table::resolve(t)?;
    table.check_read(p)?;
    Ok(table)
}

/// The table `t` if `p` may write it.
pub fn writable(p: &ProcessContext, t: Term) -> Res<Arc<Table>> {
    let table = table::resolve(t)?;
    table.check_write(p)?;
    Ok(table)
}

/// Calls `f` with the table `t` if `p` may read it (without taking a count on a table named
/// by its reference).
#[inline]
pub fn with_readable<R>(
    p: &mut ProcessContext,
    t: Term,
    f: impl FnOnce(&mut ProcessContext, &Arc<Table>) -> Res<R>,
) -> Res<R> {
    table::with_table(t, |table| {
        table.check_read(p)?;
        f(p, table)
    })
}

/// Calls `f` with the table `t` if `p` may write it (without taking a count on a table named
/// by its reference).
#[inline]
pub fn with_writable<R>(
    p: &mut ProcessContext,
    t: Term,
    f: impl FnOnce(&mut ProcessContext, &Arc<Table>) -> Res<R>,
) -> Res<R> {
    table::with_table(t, |table| {
        table.check_write(p)?;
        f(p, table)
    })
}

/// The elements of a proper list.
pub fn list_items(mut t: Term) -> Option<Vec<Term>> {
    let mut out = Vec::new();
    while let Some((h, tl)) = t.as_cons() {
        out.push(h);
        t = tl;
    }
    t.is_nil().then_some(out)
}

/// The objects of an `insert` argument: one tuple or a list of tuples, each with a key.
fn objects(table: &Table, t: Term) -> Res<Vec<Term>> {
    let fits = |o: Term| o.tuple_arity().is_some_and(|n| n >= table.keypos);
    if t.is_tuple() {
        return if fits(t) {
            Ok(vec![t])
        } else {
            Err(Fail::Badarg)
        };
    }
    let items = list_items(t).ok_or(Fail::Badarg)?;
    if items.iter().all(|&o| fits(o)) {
        Ok(items)
    } else {
        Err(Fail::Badarg)
    }
}

/// `ets:insert/2`.
pub fn insert(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_writable(p, a[0], |_, table| {
        if a[1].tuple_arity().is_some_and(|n| n >= table.keypos) {
            table.store.insert_one(a[1]);
            return Ok(Term::TRUE);
        }
        let objs = objects(table, a[1])?;
        table.store.insert(&objs);
        Ok(Term::TRUE)
    })
}

/// `ets:insert_new/2`.
pub fn insert_new(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_writable(p, a[0], |_, table| {
        let objs = objects(table, a[1])?;
        Ok(Term::boolean(table.store.insert_new(&objs)))
    })
}

/// The objects of key `key`, copied into `p`'s heap, in order.
pub fn lookup_objects(p: &mut ProcessContext, table: &Table, key: Term) -> Vec<Term> {
    let mut out = Vec::new();
    table
        .store
        .lookup(key, |o| out.push(copy_term(o, &mut p.heap)));
    out
}

/// `ets:lookup/2`.
pub fn lookup(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_readable(p, a[0], |p, table| {
        if matches!(table.kind, Kind::Set | Kind::OrderedSet) {
            // At most one object: no list of copies to gather first.
            return Ok(match table.store.lookup_one(a[1], &mut p.heap) {
                Some(c) => p.heap.cons(c, Term::NIL),
                None => Term::NIL,
            });
        }
        let objs = lookup_objects(p, table, a[1]);
        Ok(p.heap.list(&objs))
    })
}

/// `ets:lookup_element/3`.
pub fn lookup_element(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_readable(p, a[0], |p, table| {
        let pos = match a[2].as_small() {
            Some(n) if n >= 1 => n as usize,
            _ => return Err(Fail::Badarg),
        };
        if matches!(table.kind, Kind::Set | Kind::OrderedSet) {
            // At most one object: its element is the result, without a vector.
            let mut found = Err(Fail::BadKey);
            table.store.lookup(a[1], |o| {
                found = match o.tuple_elements() {
                    Some(es) if pos <= es.len() => Ok(copy_term(es[pos - 1], &mut p.heap)),
                    _ => Err(Fail::Badarg),
                }
            });
            return found;
        }
        let mut found = Vec::new();
        let mut short = false;
        table.store.lookup(a[1], |o| match o.tuple_elements() {
            Some(es) if pos <= es.len() => found.push(copy_term(es[pos - 1], &mut p.heap)),
            _ => short = true,
        });
        if short {
            return Err(Fail::Badarg);
        }
        if found.is_empty() {
            return Err(Fail::BadKey);
        }
        Ok(p.heap.list(&found))
    })
}

/// `ets:member/2`.
pub fn member(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_readable(p, a[0], |_, table| {
        let mut any = false;
        table.store.lookup(a[1], |_| any = true);
        Ok(Term::boolean(any))
    })
}

/// `ets:delete/1`: the table is gone at once; its objects are then freed
/// [`OBJECTS_PER_SLICE`] at a time, yielding in between.
pub fn delete_table(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let job = match yielding::take_clearing(p.pid) {
        Some(job) => job,
        None => {
            let table = writable(p, a[0])?;
            let Some(rest) = table::unregister_detached(&table) else {
                return Ok(Term::TRUE);
            };
            Clearing {
                count: 0,
                deleted: true,
                rest: ClearWork::Free(rest),
                done: 0,
            }
        }
    };
    clear_on(p, job)
}

/// Goes on with `job`, yielding if it is not finished within a slice; its result when it is.
pub fn clear_on(p: &mut ProcessContext, mut job: Clearing) -> Res<Term> {
    if job.work(OBJECTS_PER_SLICE) {
        return Ok(if job.deleted {
            Term::TRUE
        } else {
            p.heap.integer_u64(job.count)
        });
    }
    yielding::save_clearing(p.pid, job);
    Err(Fail::Yield)
}

/// `ets:delete/2`.
pub fn delete_key(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_writable(p, a[0], |_, table| {
        table.store.delete_key(a[1]);
        Ok(Term::TRUE)
    })
}

/// `ets:take/2`.
pub fn take(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_writable(p, a[0], |p, table| {
        let mut out = Vec::new();
        table
            .store
            .take(a[1], |o| out.push(copy_term(o, &mut p.heap)));
        Ok(p.heap.list(&out))
    })
}

/// `ets:delete_object/2`.
pub fn delete_object(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_writable(p, a[0], |_, table| {
        if a[1].tuple_arity().is_none_or(|n| n < table.keypos) {
            return Err(Fail::Badarg);
        }
        table.store.delete_object(a[1]);
        Ok(Term::TRUE)
    })
}

/// `ets:internal_delete_all/2`: empties the table, giving the number of objects it had. The
/// table is emptied at once; its old objects are then freed [`OBJECTS_PER_SLICE`] at a time,
/// yielding in between, so a large table does not hold up the other processes of the
/// scheduler. A fixed hash table keeps its objects, marked dead, until it is unfixed: they are
/// marked a slice of slots at a time, yielding in between.
pub fn delete_all(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    // A call that yielded goes on: the table was emptied (or is being marked) since its first call.
    let job = match yielding::take_clearing(p.pid) {
        Some(job) => job,
        None => {
            let table = writable(p, a[0])?;
            let count = table.store.len() as u64;
            let rest = match table.store.detach_all_unless_fixed() {
                Some(rest) => ClearWork::Free(rest),
                None => ClearWork::Mark(Arc::clone(&table), 0),
            };
            Clearing {
                count,
                deleted: false,
                rest,
                done: 0,
            }
        }
    };
    clear_on(p, job)
}
