//! The `atomics` module: arrays of 64-bit atomic integers behind magic references.
//!
//! `erts_internal:atomics_new/2` makes an array (signed or unsigned, from the options word
//! `atomics:new/2` encodes); `put`, `get`, `add`, `add_get`, `exchange`, `compare_exchange`
//! work on one element (1-based index) with sequentially consistent atomics; arithmetic wraps
//! around as erl's does. `counters` built with the `atomics` option use these too.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::map::{map_from_pairs, Duplicates};
use vm::ops::number::Number;
use vm::term::magic::{make_magic_ref, MagicObject};
use vm::term::Term;

use crate::BifSpec;

/// The encoded option bit for signed elements.
const OPT_SIGNED: i64 = 1;
/// Bytes erl reports for an array besides its elements.
const HEADER_BYTES: u64 = 40;

/// An array of atomics.
pub struct Atomics {
    signed: bool,
    cells: Box<[AtomicU64]>,
}

/// An integer argument as an `i128`, if it is an integer that fits.
pub fn int_arg(t: Term) -> Option<i128> {
    match Number::integer_of(t)? {
        Number::Small(v) => Some(i128::from(v)),
        n => {
            let big = n.to_bigint()?;
            i128::try_from(big).ok()
        }
    }
}

/// An integer term for `v`.
pub fn int_term(p: &mut ProcessContext, v: i128) -> Term {
    if let Ok(v) = i64::try_from(v) {
        p.heap.integer(v)
    } else if let Ok(v) = u64::try_from(v) {
        p.heap.integer_u64(v)
    } else {
        p.heap.big_integer(&num_bigint::BigInt::from(v))
    }
}

impl Atomics {
    fn value(&self, bits: u64) -> i128 {
        if self.signed {
            i128::from(bits as i64)
        } else {
            i128::from(bits)
        }
    }

    /// The bits for a value that must be in the element range.
    fn exact(&self, v: i128) -> Option<u64> {
        if self.signed {
            i64::try_from(v).ok().map(|v| v as u64)
        } else {
            u64::try_from(v).ok()
        }
    }

    fn cell(&self, index: Term) -> Option<&AtomicU64> {
        let i = index.as_small()?;
        self.cells.get(usize::try_from(i.checked_sub(1)?).ok()?)
    }
}

/// Bits of an increment (any 64-bit signed or unsigned value), which wraps.
fn incr_bits(v: i128) -> Option<u64> {
    if let Ok(v) = i64::try_from(v) {
        Some(v as u64)
    } else {
        u64::try_from(v).ok()
    }
}

fn array(t: Term) -> Option<Arc<MagicObject>> {
    let object = t.magic_object()?;
    object.get::<Atomics>()?;
    Some(object)
}

/// Runs `f` on the array and the element of the arguments `[Ref, Index | _]`.
fn with_cell(
    a: &[Term],
    f: impl FnOnce(&Atomics, &AtomicU64) -> Option<BifResultValue>,
) -> Option<BifResultValue> {
    let object = array(a[0])?;
    let atomics = object.get::<Atomics>()?;
    let cell = atomics.cell(a[1])?;
    f(atomics, cell)
}

/// What an operation gives back: nothing (`ok`) or a number.
enum BifResultValue {
    Ok,
    Value(i128),
}

fn finish(p: &mut ProcessContext, r: Option<BifResultValue>) -> BifResult {
    match r {
        Some(BifResultValue::Ok) => Ok(Term::atom(vm::atom::OK)),
        Some(BifResultValue::Value(v)) => Ok(int_term(p, v)),
        None => badarg(),
    }
}

fn new_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(n), Some(opts)) = (a[0].as_small(), a[1].as_small()) else {
        return badarg();
    };
    if !(1..=(1 << 32)).contains(&n) {
        return badarg();
    }
    let atomics = Atomics {
        signed: opts & OPT_SIGNED != 0,
        cells: (0..n).map(|_| AtomicU64::new(0)).collect(),
    };
    let object = MagicObject::new(vm::sched::new_ref_id(), atomics);
    Ok(make_magic_ref(&mut p.heap, object))
}

fn put_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = with_cell(a, |at, c| {
        let bits = at.exact(int_arg(a[2])?)?;
        c.store(bits, Ordering::SeqCst);
        Some(BifResultValue::Ok)
    });
    finish(p, r)
}

fn get_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = with_cell(a, |at, c| {
        Some(BifResultValue::Value(at.value(c.load(Ordering::SeqCst))))
    });
    finish(p, r)
}

fn add_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = with_cell(a, |_, c| {
        let bits = incr_bits(int_arg(a[2])?)?;
        c.fetch_add(bits, Ordering::SeqCst);
        Some(BifResultValue::Ok)
    });
    finish(p, r)
}

fn add_get_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = with_cell(a, |at, c| {
        let bits = incr_bits(int_arg(a[2])?)?;
        let old = c.fetch_add(bits, Ordering::SeqCst);
        Some(BifResultValue::Value(at.value(old.wrapping_add(bits))))
    });
    finish(p, r)
}

fn exchange_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = with_cell(a, |at, c| {
        let bits = at.exact(int_arg(a[2])?)?;
        Some(BifResultValue::Value(
            at.value(c.swap(bits, Ordering::SeqCst)),
        ))
    });
    finish(p, r)
}

fn compare_exchange_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = with_cell(a, |at, c| {
        let expected = at.exact(int_arg(a[2])?)?;
        let desired = at.exact(int_arg(a[3])?)?;
        match c.compare_exchange(expected, desired, Ordering::SeqCst, Ordering::SeqCst) {
            Ok(_) => Some(BifResultValue::Ok),
            Err(actual) => Some(BifResultValue::Value(at.value(actual))),
        }
    });
    finish(p, r)
}

fn info_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(object) = array(a[0]) else {
        return badarg();
    };
    let Some(at) = object.get::<Atomics>() else {
        return badarg();
    };
    let n = at.cells.len() as u64;
    let (min, max) = if at.signed {
        (i128::from(i64::MIN), i128::from(i64::MAX))
    } else {
        (0, i128::from(u64::MAX))
    };
    let size = p.heap.integer_u64(n);
    let memory = p.heap.integer_u64(HEADER_BYTES + 8 * n);
    let min = int_term(p, min);
    let max = int_term(p, max);
    let key = |s: &str| Term::atom(vm::atom::Atom::intern(s).unwrap_or(vm::atom::UNDEFINED));
    let pairs = [
        (key("size"), size),
        (key("max"), max),
        (key("min"), min),
        (key("memory"), memory),
    ];
    map_from_pairs(&mut p.heap, &pairs, Duplicates::LastWins).or_else(|_| badarg())
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erts_internal", "atomics_new", 2, new_2),
    ("atomics", "put", 3, put_3),
    ("atomics", "get", 2, get_2),
    ("atomics", "add", 3, add_3),
    ("atomics", "add_get", 3, add_get_3),
    ("atomics", "exchange", 3, exchange_3),
    ("atomics", "compare_exchange", 4, compare_exchange_4),
    ("atomics", "info", 1, info_1),
];
