//! The match and select family: `match/1,2,3`, `match_object/1,2,3`, `select/1,2,3`,
//! `select_reverse/1,2,3`, `select_count/2`, `internal_select_delete/2`, `select_replace/2`,
//! and the match specification BIFs `match_spec_compile/1`, `is_compiled_ms/1`,
//! `match_spec_run_r/3`, `erlang:match_spec_test/3`.
//!
//! A chunked call (`Limit`) returns `{Results, Continuation}`; the continuation is the tuple
//! `{Table, Position, Limit, CompiledSpec, Reverse, Mode}`, where `Position` is `{Stripe,
//! Hash, Index}` in a hash table or `{LastKey}` in an ordered set, so the next chunk resumes
//! after the last object visited even if the table changed meanwhile.

use std::sync::Arc;

use vm::bif::ProcessContext;
use vm::copy::copy_term;
use vm::heap::{HeapFragment, TermAlloc};
use vm::ops::compare::exact_equal;
use vm::term::Term;

use super::error::{Fail, Res};
use super::new::atom;
use super::ops::{clear_on, list_items, readable, writable};
use super::store::{key_of, stored, Action, KeyRange, Kind, Resume, Start};
use super::table::{self, Table};
use super::yielding::{self, ClearWork, Clearing, Scan, OBJECTS_PER_SLICE};
use crate::match_spec::{self, MatchSpec, Outcome};

/// What a `match` call returns per object.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `select`: the body's value.
    Select,
    /// `match`: the list of bindings (`'$$'`).
    Match,
    /// `match_object`: the object (`'$_'`).
    Object,
}

impl Mode {
    fn code(self) -> i64 {
        match self {
            Mode::Select => 0,
            Mode::Match => 1,
            Mode::Object => 2,
        }
    }
    fn from_code(c: i64) -> Option<Mode> {
        Some(match c {
            0 => Mode::Select,
            1 => Mode::Match,
            2 => Mode::Object,
            _ => return None,
        })
    }
}

/// The specification `[{Pattern, [], [Body]}]` for a `match`/`match_object` pattern.
fn pattern_spec(p: &mut ProcessContext, pattern: Term, mode: Mode) -> Res<Arc<MatchSpec>> {
    let body = match mode {
        Mode::Match => atom("$$"),
        _ => atom("$_"),
    };
    let body = p.heap.list(&[body]);
    let clause = p.heap.tuple(&[pattern, Term::NIL, body]);
    let ms = p.heap.list(&[clause]);
    match_spec::compile(ms).map(Arc::new).ok_or(Fail::Badarg)
}

/// The compiled specification of a `select` argument (a specification, not a compiled one).
fn spec(t: Term) -> Res<Arc<MatchSpec>> {
    match_spec::compile(t).map(Arc::new).ok_or(Fail::Badarg)
}

/// The keys an ordered set's scan with `ms` need visit (see [`MatchSpec::key_range`]).
fn key_range(table: &Table, ms: &MatchSpec) -> Option<KeyRange> {
    if table.kind == Kind::OrderedSet {
        ms.key_range(table.keypos)
    } else {
        None
    }
}

/// Runs `ms` on the objects of the slots (of a hash table) or the objects (of an ordered set)
/// of the keys `keys`, copying the results into `p`'s heap in erl's order.
fn collect_keys(
    p: &mut ProcessContext,
    table: &Table,
    ms: &MatchSpec,
    keys: Vec<Term>,
) -> Vec<Term> {
    let mut distinct: Vec<Term> = Vec::new();
    for k in keys {
        if !distinct.iter().any(|&s| exact_equal(s, k)) {
            distinct.push(k);
        }
    }
    let mut out = Vec::new();
    table.store.scan_keys(&distinct, |o| {
        if let Outcome::Value(v) = ms.run(p, o) {
            out.push(copy_term(v, &mut p.heap));
        }
    });
    if table.store.is_hash() {
        // erl conses the results as it goes.
        out.reverse();
    }
    out
}

/// Runs `ms` on an ordered set from `start`, collecting up to `limit` results (copied into
/// `p`'s heap); also where to resume, if it stopped early.
fn collect(
    p: &mut ProcessContext,
    table: &Table,
    ms: &MatchSpec,
    start: Start,
    back: bool,
    limit: usize,
) -> (Vec<Term>, Option<Resume>) {
    let mut out = Vec::new();
    let range = key_range(table, ms);
    let resume = table.store.scan_in(start, back, range.as_ref(), |o| {
        if let Outcome::Value(v) = ms.run(p, o) {
            out.push(copy_term(v, &mut p.heap));
            if out.len() >= limit {
                return false;
            }
        }
        true
    });
    (out, resume)
}

/// Runs a whole-table match or select, yielding every [`OBJECTS_PER_SLICE`] objects.
fn run_all(p: &mut ProcessContext, t: Term, ms: &MatchSpec, back: bool) -> Res<Term> {
    let table = readable(p, t).inspect_err(|_| yielding::forget(p.pid))?;
    let back = back && table.kind == Kind::OrderedSet;
    let previous = yielding::take(p.pid, table.id);
    if previous.is_none() {
        if let Some(keys) = ms.bound_keys(table.keypos) {
            let out = collect_keys(p, &table, ms, keys);
            return Ok(p.heap.list(&out));
        }
    }
    let (start, mut memory, mut results) = match &previous {
        Some(s) => (s.start(), HeapFragment::default(), Vec::new()),
        None => (Start::Beginning, HeapFragment::default(), Vec::new()),
    };
    let mut previous = previous;
    if let Some(s) = previous.as_mut() {
        memory = std::mem::take(&mut s.results_memory);
        results = std::mem::take(&mut s.results);
    }
    let mut visited = 0;
    let range = key_range(&table, ms);
    let resume = table.store.scan_in(start, back, range.as_ref(), |o| {
        visited += 1;
        if let Outcome::Value(v) = ms.run(p, o) {
            results.push(copy_term(v, &mut memory));
        }
        visited < OBJECTS_PER_SLICE
    });
    drop(previous);
    match resume {
        Some(resume) => {
            yielding::save(
                p.pid,
                Scan {
                    table: table.id,
                    resume,
                    results_memory: memory,
                    results,
                    count: 0,
                },
            );
            Err(Fail::Yield)
        }
        None => {
            if table.store.is_hash() {
                // erl conses the results as it goes.
                results.reverse();
            }
            let list = memory.list(&results);
            p.heap.attach_fragment(memory);
            Ok(list)
        }
    }
}

/// Builds `{Results, Continuation}` (or `'$end_of_table'`), the continuation holding `pos`.
#[allow(clippy::too_many_arguments)]
fn chunk_reply(
    p: &mut ProcessContext,
    tab_term: Term,
    ms: Arc<MatchSpec>,
    ms_term: Term,
    results: Term,
    pos: Option<Term>,
    back: bool,
    limit: usize,
    mode: Mode,
) -> Term {
    let cont = match pos {
        None => atom("$end_of_table"),
        Some(pos) => {
            let ms_term = if ms_term.is_magic_ref() {
                ms_term
            } else {
                match_spec::to_magic_ref(p, ms)
            };
            let limit = Term::small(limit as i64);
            let mode = Term::small(mode.code());
            p.heap
                .tuple(&[tab_term, pos, limit, ms_term, Term::boolean(back), mode])
        }
    };
    p.heap.tuple(&[results, cont])
}

/// Runs a chunked match or select on an ordered set from `start`.
#[allow(clippy::too_many_arguments)]
fn run_chunk(
    p: &mut ProcessContext,
    table: &Table,
    tab_term: Term,
    ms: Arc<MatchSpec>,
    ms_term: Term,
    start: Start,
    back: bool,
    limit: usize,
    mode: Mode,
) -> Res<Term> {
    let (out, resume) = collect(p, table, &ms, start, back, limit);
    if out.is_empty() {
        return Ok(atom("$end_of_table"));
    }
    let results = p.heap.list(&out);
    let pos = match resume {
        None => None,
        Some(Resume::Key(k)) => {
            let k = copy_term(k.peek(), &mut p.heap);
            Some(p.heap.tuple(&[k]))
        }
        Some(Resume::Hash { .. }) => None,
    };
    Ok(chunk_reply(
        p, tab_term, ms, ms_term, results, pos, back, limit, mode,
    ))
}

/// Runs a chunked match or select on a hash table as ERTS does: whole slots from `slot` until
/// `limit` results are in, the results consed onto `rest` (the results left over by the
/// previous chunk, in list order); the chunk is the `limit` oldest of them, the others are left
/// over for the next one (reversed when this is a continuation, as in erl).
#[allow(clippy::too_many_arguments)]
fn run_hash_chunk(
    p: &mut ProcessContext,
    table: &Table,
    tab_term: Term,
    ms: Arc<MatchSpec>,
    ms_term: Term,
    slot: Option<usize>,
    rest: Vec<Term>,
    continued: bool,
    limit: usize,
    mode: Mode,
) -> Res<Term> {
    // The list built so far, last element first.
    let mut acc: Vec<Term> = rest.into_iter().rev().collect();
    let mut visited = 0usize;
    let mut next = slot;
    if let Some(s) = slot {
        if acc.len() < limit {
            let resume = table.store.scan(Start::Hash { slot: s }, false, |o| {
                visited += 1;
                if let Outcome::Value(v) = ms.run(p, o) {
                    acc.push(copy_term(v, &mut p.heap));
                }
                acc.len() < limit
            });
            next = match resume {
                Some(Resume::Hash { slot }) => Some(slot),
                _ => None,
            };
        }
    }
    if !continued && visited == 0 && acc.is_empty() {
        return Ok(atom("$end_of_table"));
    }
    // `acc` reversed is the list; its first `acc.len() - limit` elements are left over.
    let over = acc.len().saturating_sub(limit);
    let chunk: Vec<Term> = acc[..acc.len() - over].iter().rev().copied().collect();
    let mut left: Vec<Term> = acc[acc.len() - over..].iter().rev().copied().collect();
    if continued {
        left.reverse();
    }
    if left.is_empty() && next.is_none() {
        if chunk.is_empty() {
            return Ok(atom("$end_of_table"));
        }
        let results = p.heap.list(&chunk);
        let eot = atom("$end_of_table");
        return Ok(p.heap.tuple(&[results, eot]));
    }
    let results = p.heap.list(&chunk);
    let slot_term = Term::small(next.map_or(-1, |s| s as i64));
    let left_term = p.heap.list(&left);
    let pos = p.heap.tuple(&[slot_term, left_term]);
    Ok(chunk_reply(
        p,
        tab_term,
        ms,
        ms_term,
        results,
        Some(pos),
        false,
        limit,
        mode,
    ))
}

fn limit_of(t: Term) -> Res<usize> {
    match t.as_small() {
        Some(n) if n >= 1 => Ok(n as usize),
        _ => Err(Fail::Badarg),
    }
}

/// A chunked call's first chunk.
fn first_chunk(
    p: &mut ProcessContext,
    t: Term,
    ms: Arc<MatchSpec>,
    limit: Term,
    back: bool,
    mode: Mode,
) -> Res<Term> {
    let table = readable(p, t)?;
    let limit = limit_of(limit)?;
    if table.store.is_hash() {
        return run_hash_chunk(
            p,
            &table,
            t,
            ms,
            Term::NIL,
            Some(0),
            Vec::new(),
            false,
            limit,
            mode,
        );
    }
    run_chunk(
        p,
        &table,
        t,
        ms,
        Term::NIL,
        Start::Beginning,
        back,
        limit,
        mode,
    )
}

/// A chunked call's next chunk, from a continuation.
fn next_chunk(p: &mut ProcessContext, cont: Term, want: Mode) -> Res<Term> {
    if cont.as_atom().is_some_and(|a| a.text() == "$end_of_table") {
        return Ok(cont);
    }
    if !cont.is_tuple() {
        return Err(Fail::Badarg);
    }
    // A tuple that is no continuation of ours names no table, as erl reports it.
    let Some(&[tab, pos, limit, ms_term, back, mode]) = cont.tuple_elements() else {
        return Err(Fail::Id);
    };
    let mode = mode
        .as_small()
        .and_then(Mode::from_code)
        .ok_or(Fail::Badarg)?;
    if (want == Mode::Select) != (mode == Mode::Select) {
        return Err(Fail::Badarg);
    }
    let ms = match_spec::from_magic_ref(ms_term).ok_or(Fail::Badarg)?;
    let table = readable(p, tab)?;
    let limit = limit_of(limit)?;
    let back = back == Term::TRUE;
    match pos.tuple_elements() {
        Some(&[s, rest]) if table.store.is_hash() => {
            let slot = s.as_small().ok_or(Fail::Badarg)?;
            let slot = usize::try_from(slot).ok();
            let mut left = Vec::new();
            let mut l = rest;
            while l.is_cons() {
                left.push(l.head());
                l = l.tail();
            }
            if !l.is_nil() {
                return Err(Fail::Badarg);
            }
            run_hash_chunk(p, &table, tab, ms, ms_term, slot, left, true, limit, mode)
        }
        Some(&[k]) if !table.store.is_hash() => run_chunk(
            p,
            &table,
            tab,
            ms,
            ms_term,
            Start::After(k),
            back,
            limit,
            mode,
        ),
        _ => Err(Fail::Badarg),
    }
}

/// `ets:match/2`.
pub fn match_2(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let ms = pattern_spec(p, a[1], Mode::Match)?;
    run_all(p, a[0], &ms, false)
}

/// `ets:match/3`.
pub fn match_3(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let ms = pattern_spec(p, a[1], Mode::Match)?;
    first_chunk(p, a[0], ms, a[2], false, Mode::Match)
}

/// `ets:match/1`.
pub fn match_1(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    next_chunk(p, a[0], Mode::Match)
}

/// `ets:match_object/2`.
pub fn match_object_2(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let ms = pattern_spec(p, a[1], Mode::Object)?;
    run_all(p, a[0], &ms, false)
}

/// `ets:match_object/3`.
pub fn match_object_3(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let ms = pattern_spec(p, a[1], Mode::Object)?;
    first_chunk(p, a[0], ms, a[2], false, Mode::Object)
}

/// `ets:match_object/1`.
pub fn match_object_1(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    next_chunk(p, a[0], Mode::Object)
}

/// `ets:select/2`.
pub fn select_2(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let table = readable(p, a[0])?;
    let ms = spec(a[1])?;
    drop(table);
    run_all(p, a[0], &ms, false)
}

/// `ets:select/3`.
pub fn select_3(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    readable(p, a[0])?;
    let ms = spec(a[1])?;
    first_chunk(p, a[0], ms, a[2], false, Mode::Select)
}

/// `ets:select/1` and `ets:select_reverse/1`.
pub fn select_1(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    next_chunk(p, a[0], Mode::Select)
}

/// `ets:select_reverse/2`.
pub fn select_reverse_2(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    readable(p, a[0])?;
    let ms = spec(a[1])?;
    run_all(p, a[0], &ms, true)
}

/// `ets:select_reverse/3`.
pub fn select_reverse_3(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    readable(p, a[0])?;
    let ms = spec(a[1])?;
    first_chunk(p, a[0], ms, a[2], true, Mode::Select)
}

/// `ets:select_count/2`, yielding every [`OBJECTS_PER_SLICE`] objects.
pub fn select_count(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let table = readable(p, a[0]).inspect_err(|_| yielding::forget(p.pid))?;
    let ms = spec(a[1])?;
    let previous = yielding::take(p.pid, table.id);
    let start = previous.as_ref().map_or(Start::Beginning, Scan::start);
    let mut n = previous.as_ref().map_or(0, |s| s.count);
    let mut visited = 0;
    let range = key_range(&table, &ms);
    let resume = table.store.scan_in(start, false, range.as_ref(), |o| {
        visited += 1;
        if let Outcome::Value(Term::TRUE) = ms.run(p, o) {
            n += 1;
        }
        visited < OBJECTS_PER_SLICE
    });
    drop(previous);
    if let Some(resume) = resume {
        yielding::save(
            p.pid,
            Scan {
                table: table.id,
                resume,
                results_memory: HeapFragment::default(),
                results: Vec::new(),
                count: n,
            },
        );
        return Err(Fail::Yield);
    }
    Ok(p.heap.integer_u64(n))
}

/// Runs `retain` over the table a slice at a time, yielding in between (see [`yielding`]);
/// gives the total number of objects changed. An ordered set visits only the keys `ms`
/// allows.
fn retain_yielding(
    p: &mut ProcessContext,
    table: &Table,
    ms: &MatchSpec,
    mut decide: impl FnMut(&mut ProcessContext, Term) -> Action,
) -> Res<Term> {
    let previous = yielding::take(p.pid, table.id);
    let (from, before) = match &previous {
        Some(s) => (s.start(), s.count),
        None => (Start::Beginning, 0),
    };
    let range = key_range(table, ms);
    let (changed, next) = table
        .store
        .retain_from(from, OBJECTS_PER_SLICE, range.as_ref(), |o| decide(p, o));
    drop(previous);
    let total = before + changed as u64;
    if let Some(resume) = next {
        yielding::save(
            p.pid,
            Scan {
                table: table.id,
                resume,
                results_memory: HeapFragment::default(),
                results: Vec::new(),
                count: total,
            },
        );
        return Err(Fail::Yield);
    }
    Ok(p.heap.integer_u64(total))
}

/// `ets:internal_select_delete/2`.
pub fn select_delete(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    // A call that yielded while freeing everything goes on with that.
    if let Some(job) = yielding::take_clearing(p.pid) {
        return clear_on(p, job);
    }
    let table = writable(p, a[0]).inspect_err(|_| yielding::forget(p.pid))?;
    let ms = spec(a[1])?;
    // A hash table deletes object by object, so that its layout stays erl's; an ordered set
    // deleting everything is emptied at once and its objects freed a slice at a time.
    if ms.matches_everything_true() && !table.store.is_hash() {
        let count = table.store.len() as u64;
        if let Some(rest) = table.store.detach_all_unless_fixed() {
            let job = Clearing {
                count,
                deleted: false,
                rest: ClearWork::Free(rest),
                done: 0,
            };
            return clear_on(p, job);
        }
    }
    retain_yielding(p, &table, &ms, |p, o| match ms.run(p, o) {
        Outcome::Value(Term::TRUE) => Action::Delete,
        _ => Action::Keep,
    })
}

/// `ets:select_replace/2`: replaces each object the specification maps to an object with the
/// same key.
pub fn select_replace(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let table = writable(p, a[0]).inspect_err(|_| yielding::forget(p.pid))?;
    let ms = spec(a[1])?;
    let keypos = table.keypos;
    if !ms.keeps_key(keypos) {
        return Err(Fail::Badarg);
    }
    retain_yielding(p, &table, &ms, |p, o| match ms.run(p, o) {
        Outcome::Value(v)
            if v.tuple_arity().is_some_and(|n| n >= keypos)
                && exact_equal(key_of(v, keypos), key_of(o, keypos)) =>
        {
            Action::Replace(stored(v))
        }
        _ => Action::Keep,
    })
}

/// `ets:match_spec_compile/1`.
pub fn match_spec_compile(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let ms = match_spec::compile(a[0]).ok_or(Fail::Badarg)?;
    Ok(match_spec::to_magic_ref(p, Arc::new(ms)))
}

/// `ets:is_compiled_ms/1`.
pub fn is_compiled_ms(_p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    Ok(Term::boolean(match_spec::from_magic_ref(a[0]).is_some()))
}

/// `ets:match_spec_run_r/3`: the values for the matching elements of a list, prepended to an
/// accumulator in reverse.
pub fn match_spec_run_r(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let items = list_items(a[0]).ok_or(Fail::Badarg)?;
    let ms = match_spec::from_magic_ref(a[1]).ok_or(Fail::Badarg)?;
    let mut acc = a[2];
    for t in items {
        if let Outcome::Value(v) = ms.run(p, t) {
            acc = p.heap.cons(v, acc);
        }
    }
    Ok(acc)
}

/// `erlang:match_spec_test/3` for `table` and `trace` specifications.
pub fn match_spec_test(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let (term, spec, kind) = (a[0], a[1], a[2]);
    let kind = kind.as_atom().map(|k| k.text());
    if !matches!(kind, Some("table" | "trace")) {
        return Err(Fail::Badarg);
    }
    if kind == Some("trace") && !term.is_list() {
        return Err(Fail::Badarg);
    }
    let ms = match match_spec::compile_checked(spec) {
        Ok(ms) => ms,
        Err(message) => {
            let text = p.heap.charlist(&message);
            let e = p.heap.tuple(&[Term::atom(vm::atom::ERROR), text]);
            let errors = p.heap.list(&[e]);
            return Ok(p.heap.tuple(&[Term::atom(vm::atom::ERROR), errors]));
        }
    };
    let result = match ms.run(p, term) {
        Outcome::Value(v) => v,
        Outcome::NoMatch => Term::FALSE,
    };
    Ok(p.heap
        .tuple(&[Term::atom(vm::atom::OK), result, Term::NIL, Term::NIL]))
}

/// `ets:internal_request_all/0`: sends the caller `{Ref, Tables}` once per scheduler (the
/// first with every table, the others empty), as `ets:all/0` expects, and returns `Ref`.
pub fn internal_request_all(p: &mut ProcessContext, _a: &[Term]) -> Res<Term> {
    let id = vm::sched::new_ref_id();
    let r = p.heap.local_ref(id, 0);
    let tables: Vec<Term> = table::all().iter().map(|t| t.handle(&mut p.heap)).collect();
    let list = p.heap.list(&tables);
    let schedulers = vm::sched::system().schedulers().max(1);
    let sys = vm::sched::system();
    let me = p.pid;
    for i in 0..schedulers {
        let body = if i == 0 { list } else { Term::NIL };
        let msg = p.heap.tuple(&[r, body]);
        vm::sched::send::deliver_message(sys, p, me, msg);
    }
    Ok(r)
}
