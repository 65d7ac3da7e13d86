//! `erlang:memory/0,1`: the bytes girder uses, by erl's memory types. `processes` is the sum
//! of `process_info(P, memory)` over all processes; `total` is the resident size of the
//! emulator (never below the sum of the parts); `system` is the rest.

use vm::atom::Atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::lists::proper_list;
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "memory", 0, memory_0),
    ("erlang", "memory", 1, memory_1),
];

/// erl's memory types, in the order `memory/0` lists them.
const TYPES: &[&str] = &[
    "total",
    "processes",
    "processes_used",
    "system",
    "atom",
    "atom_used",
    "binary",
    "code",
    "ets",
];

/// Bytes of the processes: the caller's own exactly, the others' when they are not running.
fn processes_bytes(me: Option<&ProcessContext>) -> usize {
    let sys = vm::sched::system();
    let mut total = 0;
    for pid in sys.table.pids() {
        if let Some(p) = me.filter(|p| p.pid == pid) {
            total += p.memory_bytes();
            continue;
        }
        let Some(h) = sys.table.get(pid) else {
            continue;
        };
        let slot = h.slot();
        total += match slot.as_ref() {
            Some(q) => q.memory_bytes(),
            None => std::mem::size_of::<vm::process::Process>(),
        };
    }
    total
}

/// The resident size of this OS process in bytes (0 where it cannot be read).
fn resident_bytes() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages = statm
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(0);
    pages * 4096
}

/// Bytes of code: every module version still allocated (current, old, prepared, and purged
/// ones not yet freed) with its literal area, and the literal areas of freed versions that
/// processes still refer to.
fn code_bytes() -> usize {
    vm::code::versions::stats().live_bytes + vm::code::collector::pending_bytes()
}

/// Every memory type with its bytes, in erl's order.
pub fn totals_of(me: Option<&ProcessContext>) -> Vec<(&'static str, usize)> {
    let processes = processes_bytes(me);
    let atom = Atom::count() * 24 + 131_072;
    let atom_used = Atom::count() * 24;
    let binary = 0;
    let code = code_bytes();
    let ets = 0;
    let parts = atom + binary + code + ets;
    let total = resident_bytes().max(processes + parts);
    let system = total - processes;
    vec![
        ("total", total),
        ("processes", processes),
        ("processes_used", processes),
        ("system", system),
        ("atom", atom),
        ("atom_used", atom_used),
        ("binary", binary),
        ("code", code),
        ("ets", ets),
    ]
}

/// Every memory type with its bytes, seen from outside any process.
pub fn totals() -> Vec<(&'static str, usize)> {
    totals_of(None)
}

fn memory_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let all = totals_of(Some(p));
    let items: Vec<Term> = all
        .into_iter()
        .map(|(name, bytes)| {
            let n = p.heap.integer(bytes as i64);
            p.heap.tuple(&[
                Term::atom(Atom::intern(name).unwrap_or(vm::atom::UNDEFINED)),
                n,
            ])
        })
        .collect();
    Ok(p.heap.list(&items))
}

fn lookup(all: &[(&'static str, usize)], t: Term) -> Option<usize> {
    let name = t.as_atom()?.text();
    all.iter().find(|(n, _)| *n == name).map(|&(_, b)| b)
}

fn memory_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let all = totals_of(Some(p));
    if a[0].is_atom() {
        return match lookup(&all, a[0]) {
            Some(b) => Ok(p.heap.integer(b as i64)),
            None => badarg(),
        };
    }
    let Some(list) = proper_list(a[0]) else {
        // erl walks the list in Erlang code, which has no clause for an improper tail.
        if a[0].is_cons() {
            let reason = Term::atom(Atom::intern("function_clause").unwrap_or(vm::atom::BADARG));
            return Err(vm::bif::BifError::error(reason));
        }
        return badarg();
    };
    let mut items = Vec::with_capacity(list.len());
    for t in list {
        let Some(b) = lookup(&all, t) else {
            return badarg();
        };
        let n = p.heap.integer(b as i64);
        items.push(p.heap.tuple(&[t, n]));
    }
    debug_assert!(TYPES.len() == all.len());
    Ok(p.heap.list(&items))
}
