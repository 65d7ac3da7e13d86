//! `ets:new/2`: option parsing and table creation.

use std::sync::Arc;

use vm::atom::Atom;
use vm::bif::ProcessContext;
use vm::signal::Payload;
use vm::term::Term;

use super::error::{Fail, Res};
use super::ops::list_items;
use super::store::Kind;
use super::table::{self, Heir, Protection, Table, Tuning, WriteConcurrency};

fn boolean(t: Term) -> Res<bool> {
    match t {
        Term::TRUE => Ok(true),
        Term::FALSE => Ok(false),
        _ => Err(Fail::Badarg),
    }
}

/// `ets:new/2`.
pub fn new(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let name = a[0].as_atom().ok_or(Fail::Badarg)?;
    let options = list_items(a[1]).ok_or(Fail::Badarg)?;
    let mut kind = Kind::Set;
    let mut protection = Protection::Protected;
    let mut named = false;
    let mut keypos = 1usize;
    let mut heir: Option<Heir> = None;
    let mut read_concurrency = false;
    let mut write_concurrency = WriteConcurrency::Off;
    let mut decentralized: Option<bool> = None;
    let mut compressed = false;
    for o in options {
        if let Some(atom) = o.as_atom() {
            match atom.text() {
                // `set` is the default: it never overrides another type given earlier.
                "set" => {}
                "ordered_set" => kind = Kind::OrderedSet,
                "bag" => kind = Kind::Bag,
                "duplicate_bag" => kind = Kind::DuplicateBag,
                "public" => protection = Protection::Public,
                "protected" => protection = Protection::Protected,
                "private" => protection = Protection::Private,
                "named_table" => named = true,
                "compressed" => compressed = true,
                _ => return Err(Fail::Badarg),
            }
            continue;
        }
        let es = o.tuple_elements().ok_or(Fail::Badarg)?;
        let tag = es.first().and_then(|t| t.as_atom()).ok_or(Fail::Badarg)?;
        match (tag.text(), es) {
            ("keypos", &[_, k]) => match k.as_small() {
                Some(k) if k >= 1 => keypos = k as usize,
                _ => return Err(Fail::Badarg),
            },
            ("heir", &[_, none]) if none.as_atom().is_some_and(|a| a.text() == "none") => {
                heir = None
            }
            ("heir", &[_, pid, data]) if pid.is_local_pid() => {
                // erl sets no heir that is not alive.
                heir = super::owner::alive(pid).then(|| Heir {
                    pid,
                    data: Payload::copy(data),
                })
            }
            ("read_concurrency", &[_, b]) => read_concurrency = boolean(b)?,
            ("write_concurrency", &[_, b]) => {
                write_concurrency = if b.as_atom().is_some_and(|a| a.text() == "auto") {
                    WriteConcurrency::Auto
                } else if boolean(b)? {
                    WriteConcurrency::On
                } else {
                    WriteConcurrency::Off
                }
            }
            ("decentralized_counters", &[_, b]) => decentralized = Some(boolean(b)?),
            _ => return Err(Fail::Badarg),
        }
    }
    let decentralized_counters = match write_concurrency {
        WriteConcurrency::Off => false,
        WriteConcurrency::Auto => decentralized.unwrap_or(true),
        WriteConcurrency::On => decentralized.unwrap_or(kind == Kind::OrderedSet),
    };
    let tuning = Tuning {
        read_concurrency,
        write_concurrency,
        decentralized_counters,
        compressed,
    };
    let t = Table::new(name, named, kind, keypos, protection, p.pid, heir, tuning);
    super::owner::install_exit_hook();
    table::register(Arc::clone(&t))?;
    Ok(t.handle(&mut p.heap))
}

/// An atom by name (interned at run time).
pub fn atom(text: &str) -> Term {
    Term::atom(Atom::intern(text).unwrap_or(vm::atom::UNDEFINED))
}
