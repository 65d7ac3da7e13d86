//! `ets:info/1,2`, `ets:setopts/2`, `ets:rename/2`, `ets:whereis/1`.

use vm::bif::ProcessContext;
use vm::heap::TermAlloc;
use vm::sched::sync::lock;
use vm::signal::Payload;
use vm::term::Term;

use super::error::{Fail, Res};
use super::new::atom;
use super::ops::list_items;
use super::store::Kind;
use super::table::{self, Heir, Protection, Table, WriteConcurrency};

/// Words each object of a hash table takes besides its term: its block's header
/// (`STORED_HEADER_WORDS`: chain link, hash, size) and the allocator's word before the block
/// (erl's figure too).
const HASH_OBJECT_WORDS: usize = vm::heap::STORED_HEADER_WORDS + 1;
/// Words each object of an ordered set takes besides its term: its block's header and its
/// search tree entry (key and block pointer); erl's figure too.
const TREE_OBJECT_WORDS: usize = vm::heap::STORED_HEADER_WORDS + 2;

/// Words erl reports for an empty table with these settings (its lock and counter layout
/// depends on the concurrency options).
fn base_words(t: &Table) -> usize {
    let tuning = t.tuning;
    let wc = tuning.write_concurrency != WriteConcurrency::Off;
    let rc = usize::from(tuning.read_concurrency);
    let dc = usize::from(tuning.decentralized_counters);
    match (t.kind, wc) {
        (Kind::OrderedSet, false) => 139 + 32 * rc,
        (Kind::OrderedSet, true) => 99 + 34 * dc + 32 * rc,
        (_, false) => 305 + 32 * rc,
        (_, true) => 1361 + 34 * dc + 2048 * rc,
    }
}

/// The `memory` item, in words: the fixed size of a table with these options (erl's figure,
/// which includes the first 256 hash slots), the slot array beyond those, and each object's
/// term and overhead.
fn memory_words(t: &Table) -> usize {
    let per = match t.kind {
        Kind::OrderedSet => TREE_OBJECT_WORDS,
        _ => HASH_OBJECT_WORDS,
    };
    base_words(t) + t.store.extra_slot_words() + t.store.words() + per * t.store.len()
}

fn node_name(p: &mut ProcessContext) -> Term {
    let f = vm::atom::Atom::intern("node")
        .ok()
        .and_then(|f| vm::bif::lookup(vm::atom::ERLANG, f, 0))
        .and_then(vm::bif::get);
    match f {
        Some(e) => (e.func)(p, &[]).unwrap_or(Term::NIL),
        None => atom("nonode@nohost"),
    }
}

/// The value of info item `item`, or `None` if there is no such item.
fn item(p: &mut ProcessContext, t: &Table, item: &str) -> Option<Term> {
    Some(match item {
        "id" => t.reference(&mut p.heap),
        "decentralized_counters" => Term::boolean(t.tuning.decentralized_counters),
        "read_concurrency" => Term::boolean(t.tuning.read_concurrency),
        "write_concurrency" => match t.tuning.write_concurrency {
            WriteConcurrency::Off => Term::FALSE,
            WriteConcurrency::On => Term::TRUE,
            WriteConcurrency::Auto => atom("auto"),
        },
        "compressed" => Term::boolean(t.tuning.compressed),
        "memory" => p.heap.integer_u64(memory_words(t) as u64),
        "owner" => t.owner(),
        "heir" => lock(&t.heir).as_ref().map_or(atom("none"), |h| h.pid),
        "name" => Term::atom(t.name()),
        "size" => p.heap.integer_u64(t.store.len() as u64),
        "node" => node_name(p),
        "named_table" => Term::boolean(t.named),
        "type" => atom(match t.kind {
            Kind::Set => "set",
            Kind::OrderedSet => "ordered_set",
            Kind::Bag => "bag",
            Kind::DuplicateBag => "duplicate_bag",
        }),
        "keypos" => Term::small(t.keypos as i64),
        "protection" => atom(match t.protection() {
            Protection::Public => "public",
            Protection::Protected => "protected",
            Protection::Private => "private",
        }),
        "fixed" => Term::boolean(t.is_fixed()),
        "safe_fixed" | "safe_fixed_monotonic_time" => {
            let fixes = lock(&t.fixes).clone();
            if fixes.is_empty() {
                return Some(Term::FALSE);
            }
            let at = t.fixed_at.load(std::sync::atomic::Ordering::Relaxed) as i64;
            let when = if item == "safe_fixed" {
                let micros = at.div_euclid(1000);
                let mega = p.heap.integer(micros.div_euclid(1_000_000_000_000));
                let secs = Term::small(micros.div_euclid(1_000_000) % 1_000_000);
                let us = Term::small(micros % 1_000_000);
                p.heap.tuple(&[mega, secs, us])
            } else {
                p.heap.integer(at)
            };
            let pairs: Vec<Term> = fixes
                .iter()
                .map(|&(pid, n)| {
                    let n = p.heap.integer_u64(n);
                    p.heap.tuple(&[pid, n])
                })
                .collect();
            let pairs = p.heap.list(&pairs);
            p.heap.tuple(&[when, pairs])
        }
        "binary" => Term::NIL,
        "stats" => return None,
        _ => return None,
    })
}

/// The items of `info/1`, in erl's order.
const INFO_ITEMS: &[&str] = &[
    "id",
    "decentralized_counters",
    "read_concurrency",
    "write_concurrency",
    "compressed",
    "memory",
    "owner",
    "heir",
    "name",
    "size",
    "node",
    "named_table",
    "type",
    "keypos",
    "protection",
];

fn resolve_for_info(t: Term) -> Res<Option<std::sync::Arc<Table>>> {
    match table::resolve(t) {
        Ok(t) => Ok(Some(t)),
        Err(Fail::Id) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `ets:info/1`.
pub fn info_1(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let Some(t) = resolve_for_info(a[0])? else {
        return Ok(Term::atom(vm::atom::UNDEFINED));
    };
    let mut pairs = Vec::with_capacity(INFO_ITEMS.len());
    for name in INFO_ITEMS {
        let v = item(p, &t, name).unwrap_or(Term::NIL);
        pairs.push(p.heap.tuple(&[atom(name), v]));
    }
    Ok(p.heap.list(&pairs))
}

/// `ets:info/2`.
pub fn info_2(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let name = a[1].as_atom().ok_or(Fail::Badarg)?;
    let t = resolve_for_info(a[0])?;
    let Some(t) = t else {
        return Ok(Term::atom(vm::atom::UNDEFINED));
    };
    item(p, &t, name.text()).ok_or(Fail::Badarg)
}

/// `ets:setopts/2`: the owner may change the heir and the protection.
pub fn setopts(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let t = table::resolve(a[0])?;
    let opts = if a[1].is_tuple() {
        vec![a[1]]
    } else {
        list_items(a[1]).ok_or(Fail::Badarg)?
    };
    let mut heir: Option<Option<Heir>> = None;
    let mut protection = None;
    for o in opts {
        match o.tuple_elements() {
            Some(&[tag, none]) if tag == atom("heir") && none == atom("none") => heir = Some(None),
            Some(&[tag, pid, data]) if tag == atom("heir") && pid.is_local_pid() => {
                heir = Some(super::owner::alive(pid).then(|| Heir {
                    pid,
                    data: Payload::copy(data),
                }))
            }
            Some(&[tag, value]) if tag == atom("protection") => {
                protection = Some(match value.as_atom().map(|a| a.text()) {
                    Some("public") => Protection::Public,
                    Some("protected") => Protection::Protected,
                    Some("private") => Protection::Private,
                    _ => return Err(Fail::Badarg),
                })
            }
            _ => return Err(Fail::Badarg),
        }
    }
    t.check_write(p)?;
    if t.owner() != p.pid {
        return Err(Fail::Badarg);
    }
    if let Some(h) = heir {
        *lock(&t.heir) = h;
    }
    if let Some(prot) = protection {
        t.set_protection(prot);
    }
    Ok(Term::TRUE)
}

/// `ets:rename/2`.
pub fn rename(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let name = a[1].as_atom().ok_or(Fail::Badarg)?;
    let t = table::resolve(a[0])?;
    t.check_write(p)?;
    // erl gives no cause when the new name is taken.
    table::rename(&t, name).map_err(|_| Fail::Badarg)?;
    Ok(t.handle(&mut p.heap))
}

/// `ets:whereis/1`.
pub fn whereis(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    if a[0].as_atom().is_none() {
        return Err(Fail::Badarg);
    }
    match table::resolve(a[0]) {
        Ok(t) => Ok(t.reference(&mut p.heap)),
        Err(_) => Ok(Term::atom(vm::atom::UNDEFINED)),
    }
}

/// `erts_internal:ets_lookup_binary_info/2`: erl lists the off-heap binaries of the objects of a
/// key with their addresses; girder reports none (as it does for `info(T, binary)`).
pub fn lookup_binary_info(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let t = table::resolve(a[0])?;
    t.check_read(p)?;
    Ok(Term::NIL)
}
