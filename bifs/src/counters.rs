//! The `write_concurrency` counters of the `counters` module (`erts_internal:counters_new/1`,
//! `counters_get/2`, `counters_add/3`, `counters_put/3`, `counters_info/1`): arrays of signed
//! 64-bit counters that wrap around, behind magic references. (`counters` made with the
//! `atomics` option use `atomics` arrays.) erl spreads each counter over the schedulers to
//! avoid contention; girder keeps one atomic per counter.

use std::sync::atomic::{AtomicI64, Ordering};

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::map::{map_from_pairs, Duplicates};
use vm::term::magic::{make_magic_ref, MagicObject};
use vm::term::Term;

use crate::atomics::int_arg;
use crate::BifSpec;

/// Bytes erl reports for an array besides its counters.
const HEADER_BYTES: u64 = 128;

/// An array of counters.
struct Counters(Box<[AtomicI64]>);

/// Runs `f` on the counter of the arguments `[Ref, Index | _]`.
fn with_counter<R>(a: &[Term], f: impl FnOnce(&AtomicI64) -> Option<R>) -> Option<R> {
    let object = a[0].magic_object()?;
    let counters = object.get::<Counters>()?;
    let i = usize::try_from(a[1].as_small()?.checked_sub(1)?).ok()?;
    f(counters.0.get(i)?)
}

/// A value any 64-bit signed or unsigned number, as wrapping signed bits.
fn bits(t: Term) -> Option<i64> {
    let v = int_arg(t)?;
    i64::try_from(v)
        .ok()
        .or_else(|| u64::try_from(v).ok().map(|u| u as i64))
}

fn new_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_small() {
        Some(n) if (1..=(1 << 32)).contains(&n) => {
            let c = Counters((0..n).map(|_| AtomicI64::new(0)).collect());
            let object = MagicObject::new(vm::sched::new_ref_id(), c);
            Ok(make_magic_ref(&mut p.heap, object))
        }
        _ => badarg(),
    }
}

fn get_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match with_counter(a, |c| Some(c.load(Ordering::SeqCst))) {
        Some(v) => Ok(p.heap.integer(v)),
        None => badarg(),
    }
}

fn add_3(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match with_counter(a, |c| Some(c.fetch_add(bits(a[2])?, Ordering::SeqCst))) {
        Some(_) => Ok(Term::atom(vm::atom::OK)),
        None => badarg(),
    }
}

fn put_3(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let set = with_counter(a, |c| {
        let v = i64::try_from(int_arg(a[2])?).ok()?;
        c.store(v, Ordering::SeqCst);
        Some(())
    });
    match set {
        Some(()) => Ok(Term::atom(vm::atom::OK)),
        None => badarg(),
    }
}

fn info_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(object) = a[0].magic_object() else {
        return badarg();
    };
    let Some(c) = object.get::<Counters>() else {
        return badarg();
    };
    let n = c.0.len() as u64;
    let per = 8 * (vm::sched::system().schedulers() as u64 + 1);
    let size = p.heap.integer_u64(n);
    let memory = p.heap.integer_u64(HEADER_BYTES + per * n);
    let key = |s: &str| Term::atom(vm::atom::Atom::intern(s).unwrap_or(vm::atom::UNDEFINED));
    let pairs = [(key("size"), size), (key("memory"), memory)];
    map_from_pairs(&mut p.heap, &pairs, Duplicates::LastWins).or_else(|_| badarg())
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erts_internal", "counters_new", 1, new_1),
    ("erts_internal", "counters_get", 2, get_2),
    ("erts_internal", "counters_add", 3, add_3),
    ("erts_internal", "counters_put", 3, put_3),
    ("erts_internal", "counters_info", 1, info_1),
];
