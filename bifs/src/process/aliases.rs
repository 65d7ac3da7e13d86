//! Aliases: `alias/0,1`, `unalias/1`.

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::process::AliasMode;
use vm::sched::new_ref_id;
use vm::term::Term;

use super::is_atom;
use crate::lists::proper_list;

pub(super) fn alias_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    alias_1(p, &[Term::NIL])
}

pub(super) fn alias_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(opts) = proper_list(a[0]) else {
        return badarg();
    };
    let mut mode = AliasMode::Explicit;
    for o in opts {
        if is_atom(o, "reply") {
            mode = AliasMode::Reply;
        } else if is_atom(o, "explicit_unalias") {
            mode = AliasMode::Explicit;
        } else {
            return badarg();
        }
    }
    let ref_id = new_ref_id();
    p.extra_mut().aliases.push((ref_id, mode));
    let owner = p.pid.immed1_payload() + 1;
    Ok(p.heap.local_ref(ref_id, owner))
}

pub(super) fn unalias_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(ref_id) = a[0].local_ref_id() else {
        return badarg();
    };
    Ok(Term::boolean(
        p.extra.as_mut().is_some_and(|e| e.remove_alias(ref_id)),
    ))
}
