//! BIFs on funs: `erlang:fun_info/1,2` and `erlang:make_fun/3`.
//!
//! `fun_info/2` answers the items erl answers: for a local fun (closure) its `module`, `name`
//! (the function implementing the lambda), `arity`, `env` (the captured values), `type`
//! (`local`), `index`, `new_index`, `uniq` (old unique value), `new_uniq` (the module's MD5) and
//! `pid` (the creator); for an export `fun M:F/A` the names and arity, `env` = `[]`,
//! `type` = `external`, and `undefined` for the rest. `fun_info/1` lists them in erl's order.

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::code::{self, export};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "fun_info", 1, fun_info_1),
    ("erlang", "fun_info", 2, fun_info_2),
    ("erlang", "make_fun", 3, make_fun),
];

/// The items `fun_info/1` lists for a local fun, in erl's order.
const LOCAL_ITEMS: &[&str] = &[
    "pid",
    "module",
    "new_index",
    "new_uniq",
    "index",
    "uniq",
    "name",
    "arity",
    "env",
    "type",
];
/// The items `fun_info/1` lists for an export.
const EXPORT_ITEMS: &[&str] = &["module", "name", "arity", "env", "type"];

/// The value of item `item` of fun `f` (`None` for an unknown item or a fun whose code is
/// unknown).
fn item(p: &mut ProcessContext, f: Term, item: &str) -> Option<Term> {
    if f.is_export() {
        let e = export::by_index(u32::try_from(f.fun_code_ref()?).ok()?)?;
        return Some(match item {
            "module" => Term::atom(e.module),
            "name" => Term::atom(e.function),
            "arity" => p.heap.integer(i64::from(e.arity)),
            "env" => Term::NIL,
            "type" => Term::atom(atom::EXTERNAL),
            "pid" | "index" | "new_index" | "uniq" | "new_uniq" => Term::atom(atom::UNDEFINED),
            _ => return None,
        });
    }
    let entry = code::fun_entry(f.fun_code_ref()?)?;
    Some(match item {
        "module" => Term::atom(entry.module),
        "name" => Term::atom(entry.function),
        "arity" => Term::small(f.fun_arity()? as i64),
        "env" => {
            let env: Vec<Term> = f.fun_env()?.to_vec();
            p.heap.list(&env)
        }
        "type" => Term::atom(atom::LOCAL),
        "pid" => f.fun_creator()?,
        "index" | "new_index" => Term::small(i64::from(entry.index)),
        "uniq" => p.heap.integer(i64::from(entry.old_uniq)),
        "new_uniq" => match code::version(entry.version())?.md5 {
            Some(md5) => p.heap.binary(&md5),
            None => Term::atom(atom::UNDEFINED),
        },
        _ => return None,
    })
}

/// `{Item, Value}`.
fn pair(p: &mut ProcessContext, f: Term, name: &str) -> Result<Term, BifError> {
    let key = Atom::intern(name).map_err(|_| BifError::BADARG)?;
    let value = item(p, f, name).ok_or(BifError::BADARG)?;
    Ok(p.heap.tuple(&[Term::atom(key), value]))
}

fn fun_info_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (a[0].is_function(), a[1].as_atom()) {
        (true, Some(name)) => pair(p, a[0], name.text()),
        _ => badarg(),
    }
}

fn fun_info_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_function() {
        return badarg();
    }
    let names = if a[0].is_export() {
        EXPORT_ITEMS
    } else {
        LOCAL_ITEMS
    };
    let mut items = Vec::with_capacity(names.len());
    for name in names {
        items.push(pair(p, a[0], name)?);
    }
    Ok(p.heap.list(&items))
}

/// `erlang:make_fun(Module, Function, Arity)`: the export `fun Module:Function/Arity`, whether or
/// not such a function exists.
fn make_fun(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(m), Some(f), Some(n)) = (a[0].as_atom(), a[1].as_atom(), a[2].as_small()) else {
        return badarg();
    };
    let arity = u32::try_from(n)
        .ok()
        .filter(|&n| n <= 255)
        .ok_or(BifError::BADARG)?;
    let e = export::entry(m, f, arity).ok_or(BifError::BADARG)?;
    Ok(p.heap.export_fun(u64::from(e.index)))
}
