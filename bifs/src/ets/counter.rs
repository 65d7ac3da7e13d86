//! `ets:update_counter/3,4` and `ets:update_element/3`: changes of fields of one object of a
//! `set` or `ordered_set`, done atomically under the table's write lock.

use vm::bif::ProcessContext;
use vm::heap::TermAlloc;
use vm::ops::arith;
use vm::ops::compare::compare;
use vm::term::Term;

use super::error::{Fail, Res};
use super::ops::{list_items, with_writable};
use super::store::{with_fields, Change, Kind};
use super::table::Table;

/// One counter operation: position, increment, and an optional threshold and reset value.
struct CounterOp {
    pos: usize,
    incr: Term,
    limit: Option<(Term, Term)>,
}

fn position(t: Term) -> Res<usize> {
    match t.as_small() {
        Some(n) if n >= 1 => Ok(n as usize),
        _ => Err(Fail::Badarg),
    }
}

/// A counter position: an integer below 1 is out of range, anything else not an integer is
/// a plain bad argument.
#[inline(always)]
fn counter_position(t: Term) -> Res<usize> {
    match t.as_small() {
        Some(n) if n >= 1 => Ok(n as usize),
        Some(_) => Err(Fail::Position),
        None => Err(Fail::Badarg),
    }
}

#[inline(always)]
fn counter_op(t: Term, keypos: usize) -> Res<CounterOp> {
    let op = if t.is_integer() {
        CounterOp {
            pos: keypos + 1,
            incr: t,
            limit: None,
        }
    } else {
        match *t.tuple_elements().ok_or(Fail::Badarg)? {
            [pos, incr] if incr.is_integer() => CounterOp {
                pos: counter_position(pos)?,
                incr,
                limit: None,
            },
            [pos, incr, threshold, reset]
                if incr.is_integer() && threshold.is_integer() && reset.is_integer() =>
            {
                CounterOp {
                    pos: counter_position(pos)?,
                    incr,
                    limit: Some((threshold, reset)),
                }
            }
            _ => return Err(Fail::Badarg),
        }
    };
    Ok(op)
}

/// The fields an update changes: usually one, kept without a vector.
enum Fields {
    One((usize, Term)),
    Many(Vec<(usize, Term)>),
}

impl Default for Fields {
    fn default() -> Fields {
        Fields::Many(Vec::new())
    }
}

impl Fields {
    #[inline(always)]
    fn push(&mut self, f: (usize, Term)) {
        match self {
            Fields::Many(v) if v.is_empty() => *self = Fields::One(f),
            Fields::Many(v) => v.push(f),
            Fields::One(first) => *self = Fields::Many(vec![*first, f]),
        }
    }

    fn iter(&self) -> std::slice::Iter<'_, (usize, Term)> {
        match self {
            Fields::One(f) => std::slice::from_ref(f).iter(),
            Fields::Many(v) => v.iter(),
        }
    }
}

/// `ets:update_counter/3,4`.
pub fn update_counter(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_writable(p, a[0], |p, table| update_counter_on(p, table, a))
}

/// `ets:update_counter/3,4` on `table`, which the caller may write.
fn update_counter_on(p: &mut ProcessContext, table: &Table, a: &[Term]) -> Res<Term> {
    let (key, spec) = (a[1], a[2]);
    let default = a.get(3).copied();
    if !matches!(table.kind, Kind::Set | Kind::OrderedSet) {
        return Err(Fail::TableType);
    }
    let keypos = table.keypos;
    let many = spec.is_nil() || spec.is_cons();
    // One operation (the common case) needs no vector.
    let single: [CounterOp; 1];
    let list: Vec<CounterOp>;
    let ops: &[CounterOp] = if many {
        let items = list_items(spec).ok_or(Fail::Badarg)?;
        list = items
            .iter()
            .map(|&t| counter_op(t, keypos))
            .collect::<Res<_>>()?;
        &list
    } else {
        single = [counter_op(spec, keypos)?];
        &single
    };
    if let Some(d) = default {
        if d.tuple_arity().is_none_or(|n| n < keypos) {
            return Err(Fail::Badarg);
        }
    }
    // The common case, a small increment of a small counter, without building a change.
    if let (
        false,
        [CounterOp {
            pos,
            incr,
            limit: None,
        }],
    ) = (many, ops)
    {
        if let Some(i) = incr.as_small().filter(|_| *pos != keypos) {
            if let Some(new) = table.store.add_small(key, *pos, i) {
                return Ok(new);
            }
        }
    }
    table.store.update(key, |current| -> Res<_> {
        let (base, from_default) = match current {
            Some(o) => (o, false),
            None => match default {
                Some(d) => (d, true),
                None => return Err(Fail::BadKey),
            },
        };
        let arity = base.tuple_arity().unwrap_or(0);
        let mut fields: Fields = Fields::default();
        for op in ops {
            if op.pos == keypos {
                return Err(Fail::KeyPos);
            }
            if op.pos > arity {
                return Err(Fail::Position);
            }
            let old = fields
                .iter()
                .rev()
                .find(|(i, _)| *i == op.pos)
                .map_or_else(|| base.tuple_element(op.pos - 1), |&(_, v)| v);
            if !old.is_integer() {
                return Err(Fail::Badarg);
            }
            let mut new = arith::add(&mut p.heap, old, op.incr).map_err(|_| Fail::Badarg)?;
            if let Some((threshold, reset)) = op.limit {
                let up = compare(op.incr, Term::small(0)).is_ge();
                let over = if up {
                    compare(new, threshold).is_gt()
                } else {
                    compare(new, threshold).is_lt()
                };
                if over {
                    new = reset;
                }
            }
            fields.push((op.pos, new));
        }
        let result = if many {
            let mut list = Term::NIL;
            for &(_, v) in fields.iter().rev() {
                list = p.heap.cons(v, list);
            }
            list
        } else {
            fields.iter().next().map_or(Term::NIL, |&(_, v)| v)
        };
        let change = if from_default {
            // The default object, with the key given and the counters updated.
            let mut all = vec![(keypos, key)];
            all.extend(fields.iter().copied());
            Change::New(with_fields(base, &all))
        } else {
            match fields {
                Fields::One(f) => Change::Field(f),
                Fields::Many(v) => Change::Fields(v),
            }
        };
        Ok((Some(change), result))
    })
}

/// `ets:update_element/3`.
pub fn update_element(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    with_writable(p, a[0], |_, table| update_element_on(table, a))
}

/// `ets:update_element/3` on `table`, which the caller may write.
fn update_element_on(table: &Table, a: &[Term]) -> Res<Term> {
    if !matches!(table.kind, Kind::Set | Kind::OrderedSet) {
        return Err(Fail::Badarg);
    }
    let keypos = table.keypos;
    let items = if a[2].is_tuple() {
        vec![a[2]]
    } else {
        list_items(a[2]).ok_or(Fail::Badarg)?
    };
    let mut fields = Vec::with_capacity(items.len());
    for t in items {
        match t.tuple_elements() {
            Some(&[pos, value]) => fields.push((position(pos)?, value)),
            _ => return Err(Fail::Badarg),
        }
    }
    table.store.update(a[1], |current| -> Res<_> {
        let Some(o) = current else {
            return Ok((None, Term::FALSE));
        };
        let arity = o.tuple_arity().unwrap_or(0);
        for &(pos, _) in &fields {
            if pos == keypos {
                return Err(Fail::KeyPos);
            }
            if pos > arity {
                return Err(Fail::Badarg);
            }
        }
        Ok((Some(Change::Fields(fields.clone())), Term::TRUE))
    })
}
