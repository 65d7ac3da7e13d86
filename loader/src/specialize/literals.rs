//! Converting a module's decoded literals (a `vm::etf::Arena`) into heap terms of its literal
//! area, with the same conversion `binary_to_term/1` uses ([`vm::etf::arena_to_terms`]): one
//! forward pass over the post-order nodes. Export funs resolve through the code table; literal
//! pids, ports and references cannot be built.

use vm::etf::{arena_to_terms, Arena, CodeTerms};
use vm::heap::TermAlloc;
use vm::term::Term;

/// Converts every node of `arena` into a term built in `heap`; the result is indexed by node id.
/// A node that cannot be built gives an error saying why.
pub fn convert_arena(arena: &Arena, heap: &mut impl TermAlloc) -> Result<Vec<Term>, String> {
    arena_to_terms(heap, arena, false, &CodeTerms).map_err(|e| format!("literal: {e}"))
}
