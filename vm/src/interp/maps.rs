//! Glue between the map instructions and [`crate::map`]: the exception term of a failed map
//! operation, and register operands stored as sources in the version's source table.

use crate::atom;
use crate::heap::TermAlloc;
use crate::instr::{Dst, Src, SrcKind};
use crate::map::MapError;
use crate::term::Term;

/// The error term erl raises for a failed map operation: `{badmap, Term}`, `{badkey, Key}`,
/// `badarg` or `system_limit`.
pub fn error_term(heap: &mut impl TermAlloc, e: MapError) -> Term {
    match e {
        MapError::BadMap(t) => heap.tuple(&[Term::atom(atom::BADMAP), t]),
        MapError::BadKey(k) => heap.tuple(&[Term::atom(atom::BADKEY), k]),
        MapError::BadArg => Term::atom(atom::BADARG),
        MapError::SystemLimit => Term::atom(atom::SYSTEM_LIMIT),
    }
}

/// The value of `key` in `map`; `None` when `map` is not a map or lacks the key.
#[inline]
pub fn get(map: Term, key: Term) -> Option<Term> {
    crate::map::get(map, key).ok().flatten()
}

/// A register source used as a destination (the loader only stores registers there).
pub fn as_dst(s: Src) -> Dst {
    match s.kind() {
        SrcKind::Y(i) => Dst::y(i),
        SrcKind::X(i) => Dst::x(i),
        SrcKind::Const(_) => Dst::x(crate::instr::MAX_X as u16 - 1),
    }
}
