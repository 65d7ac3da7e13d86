//! `erlang:unique_integer/0,1`: integers unique on this node for as long as it runs; with
//! `positive` they start at 1, with `monotonic` each is larger than every one made before.

use std::sync::atomic::{AtomicU64, Ordering};

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::lists::proper_list;
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "unique_integer", 0, unique_integer_0),
    ("erlang", "unique_integer", 1, unique_integer_1),
];

/// Where integers without `positive` start: the smallest small integer, as in erl.
const NEGATIVE_START: i64 = -(1 << 59);

/// The next number of the one counter all unique integers come from.
fn next() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

fn unique_integer_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.heap.integer(NEGATIVE_START + next() as i64))
}

fn unique_integer_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(opts) = proper_list(a[0]) else {
        return badarg();
    };
    let mut positive = false;
    for o in opts {
        match o.as_atom().map(|a| a.text()) {
            Some("positive") => positive = true,
            Some("monotonic") => {}
            _ => return badarg(),
        }
    }
    let n = next() as i64;
    Ok(p.heap
        .integer(if positive { n + 1 } else { NEGATIVE_START + n }))
}
