//! Map operations of the map instructions, on flatmaps (`crate::term::map`): key lookup and
//! insertion/update keeping the keys sorted in term order.

use crate::atom;
use crate::heap::TermAlloc;
use crate::instr::{Dst, Src, SrcKind};
use crate::term::map::flatmap;
use crate::term::Term;

use super::compare;

/// Why a map update failed.
#[derive(Clone, Copy, Debug)]
pub enum MapError {
    /// The term is not a map: `{badmap, Term}`.
    BadMap(Term),
    /// An exact update named a missing key: `{badkey, Key}`.
    BadKey(Term),
}

/// The error term erl raises for `e`.
pub fn error_term(heap: &mut impl TermAlloc, e: MapError) -> Term {
    match e {
        MapError::BadMap(t) => heap.tuple(&[Term::atom(atom::BADMAP), t]),
        MapError::BadKey(k) => heap.tuple(&[Term::atom(atom::BADKEY), k]),
    }
}

/// The value of `key` in map `m`.
pub fn get(m: Term, key: Term) -> Option<Term> {
    let (keys, values) = m.flatmap_entries()?;
    keys.iter()
        .position(|&k| k == key || compare::exact_eq(k, key))
        .map(|i| values[i])
}

/// `m` with `pairs` inserted (or, when `exact`, only updated: a missing key is an error).
pub fn put(
    heap: &mut impl TermAlloc,
    m: Term,
    pairs: &[(Term, Term)],
    exact: bool,
) -> Result<Term, MapError> {
    let (keys, values) = m.flatmap_entries().ok_or(MapError::BadMap(m))?;
    let mut entries: Vec<(Term, Term)> = keys.iter().copied().zip(values.iter().copied()).collect();
    for &(k, v) in pairs {
        match entries.binary_search_by(|e| compare::compare(e.0, k, true)) {
            Ok(i) => entries[i].1 = v,
            Err(_) if exact => return Err(MapError::BadKey(k)),
            Err(i) => entries.insert(i, (k, v)),
        }
    }
    let keys: Vec<Term> = entries.iter().map(|e| e.0).collect();
    let values: Vec<Term> = entries.iter().map(|e| e.1).collect();
    Ok(flatmap(heap, &keys, &values))
}

/// A register source used as a destination (the loader only stores registers there).
pub fn as_dst(s: Src) -> Dst {
    match s.kind() {
        SrcKind::Y(i) => Dst::y(i),
        SrcKind::X(i) => Dst::x(i),
        SrcKind::Const(_) => Dst::x(crate::instr::MAX_X as u16 - 1),
    }
}
