//! Match specifications: one compiler ([`compile`]) and one interpreter ([`MatchSpec::run`])
//! shared by ETS (`ets:select/2` and its family, `ets:match_spec_compile/1`,
//! `ets:match_spec_run_r/3`) and `erlang:match_spec_test/3`.
//!
//! A match specification is a list of clauses `{Head, Guards, Body}`. Compiling copies the whole
//! specification into memory of its own (so its constants live as long as the compiled form) and
//! turns it into a tree of [`Pattern`]s and [`Expr`]s whose variables (`'$1'`, `'$2'`, ...) are
//! numbered densely. Running matches a term against each head in turn, binding variables; the
//! first clause whose guards all evaluate to `true` gives the value of its body's last
//! expression. Guard and body functions are erl's guard BIFs, called through the BIF table.
//! See `docs/ets.md`.

mod compile;
mod run;

pub use compile::{compile, compile_checked, tighter, Clause, CmpOp, Expr, MatchSpec, Pattern};
pub use run::Outcome;

use std::sync::Arc;

use vm::bif::ProcessContext;
use vm::term::magic::{make_magic_ref, MagicObject};
use vm::term::Term;

/// A compiled match specification as a magic reference term (what
/// `ets:match_spec_compile/1` returns).
pub fn to_magic_ref(p: &mut ProcessContext, ms: Arc<MatchSpec>) -> Term {
    let object = MagicObject::new(vm::sched::new_ref_id(), ms);
    make_magic_ref(&mut p.heap, object)
}

/// The compiled match specification a magic reference stands for.
pub fn from_magic_ref(t: Term) -> Option<Arc<MatchSpec>> {
    let object = t.magic_object()?;
    object.get::<Arc<MatchSpec>>().cloned()
}
