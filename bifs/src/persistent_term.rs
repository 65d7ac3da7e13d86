//! The `persistent_term` module: one table of key-value pairs shared by every process.
//!
//! `put/2` stores copies of the key and the value in the table (each in a heap fragment of its
//! own, which holds any refc binaries of the term by reference, so they live as long as the
//! entry); `get/1,2` copy the stored value into the caller's heap. erl hands out the stored term
//! itself from a literal area; a copy is the same value, so programs see no difference. Keys are
//! matched with `=:=`. A missing key makes `get/1` raise `badarg`; `erase/1` reports whether
//! there was one. `get/0` lists every pair in no particular order, as erl does. `info/0` gives the
//! number of entries and the memory they occupy (girder's own measure: the words of the stored
//! copies plus a fixed overhead per entry).

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex, MutexGuard};

use vm::atom::Atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::copy::copy_term;
use vm::heap::TermAlloc;
use vm::map::{map_from_pairs, Duplicates};
use vm::ops::compare::exact_equal;
use vm::ops::hash::phash2_u32;
use vm::signal::Payload;
use vm::term::Term;

use crate::BifSpec;

/// Bytes counted for each entry besides its terms (the entry and its place in the table).
const ENTRY_OVERHEAD_BYTES: usize = 64;

/// One stored pair.
struct Entry {
    key: Payload,
    value: Payload,
}

/// Entries grouped by the `phash2` of their key.
type Table = HashMap<u32, Vec<Entry>>;

/// The table, created empty on first use (locked through `vm::sched::sync`, so the race
/// checks see the lock).
fn table() -> vm::sched::sync::Guard<MutexGuard<'static, Table>> {
    static TABLE: LazyLock<Mutex<Table>> = LazyLock::new(|| Mutex::new(HashMap::new()));
    vm::sched::sync::lock(&TABLE)
}

/// The stored value for `key`, copied into the caller's heap.
fn lookup(p: &mut ProcessContext, key: Term) -> Option<Term> {
    let table = table();
    let entry = table
        .get(&phash2_u32(key))?
        .iter()
        .find(|e| exact_equal(e.key.peek(), key))?;
    Some(copy_term(entry.value.peek(), &mut p.heap))
}

fn put_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (key, value) = (a[0], a[1]);
    let mut table = table();
    let bucket = table.entry(phash2_u32(key)).or_default();
    match bucket.iter_mut().find(|e| exact_equal(e.key.peek(), key)) {
        Some(e) if exact_equal(e.value.peek(), value) => {}
        Some(e) => e.value = Payload::copy(value),
        None => bucket.push(Entry {
            key: Payload::copy(key),
            value: Payload::copy(value),
        }),
    }
    Ok(Term::atom(vm::atom::OK))
}

fn get_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match lookup(p, a[0]) {
        Some(v) => Ok(v),
        None => badarg(),
    }
}

fn get_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(lookup(p, a[0]).unwrap_or(a[1]))
}

fn get_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let table = table();
    let mut pairs = Vec::new();
    for e in table.values().flatten() {
        let key = copy_term(e.key.peek(), &mut p.heap);
        let value = copy_term(e.value.peek(), &mut p.heap);
        pairs.push(p.heap.tuple(&[key, value]));
    }
    Ok(p.heap.list(&pairs))
}

fn erase_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let key = a[0];
    let hash = phash2_u32(key);
    let mut table = table();
    let Some(bucket) = table.get_mut(&hash) else {
        return Ok(Term::FALSE);
    };
    let Some(at) = bucket.iter().position(|e| exact_equal(e.key.peek(), key)) else {
        return Ok(Term::FALSE);
    };
    bucket.swap_remove(at);
    if bucket.is_empty() {
        table.remove(&hash);
    }
    Ok(Term::TRUE)
}

/// `erts_internal:erase_persistent_terms/0` (used by `init:restart/0`): empties the table.
fn erase_all_0(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let taken = std::mem::take(&mut *table());
    drop(taken);
    Ok(Term::atom(vm::atom::OK))
}

fn info_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let (count, bytes) = {
        let table = table();
        table
            .values()
            .flatten()
            .fold((0usize, 0usize), |(n, b), e| {
                let words = e.key.words() + e.value.words();
                (n + 1, b + words * 8 + ENTRY_OVERHEAD_BYTES)
            })
    };
    let (Ok(count_key), Ok(memory_key)) = (Atom::intern("count"), Atom::intern("memory")) else {
        return badarg();
    };
    let pairs = [
        (Term::atom(count_key), p.heap.integer_u64(count as u64)),
        (Term::atom(memory_key), p.heap.integer_u64(bytes as u64)),
    ];
    match map_from_pairs(&mut p.heap, &pairs, Duplicates::LastWins) {
        Ok(map) => Ok(map),
        Err(_) => badarg(),
    }
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("persistent_term", "put", 2, put_2),
    ("persistent_term", "get", 0, get_0),
    ("persistent_term", "get", 1, get_1),
    ("persistent_term", "get", 2, get_2),
    ("persistent_term", "erase", 1, erase_1),
    ("persistent_term", "info", 0, info_0),
    ("erts_internal", "erase_persistent_terms", 0, erase_all_0),
];
