//! BIFs about control and the system: `error/1,2,3`, `exit/1`, `throw/1`, `raise/3`,
//! `apply/2,3`, `halt/0,1,2`, `self/0`, `node/0`, the process dictionary, `is_builtin/3`,
//! `nif_error/1,2` and `load_nif/2`.

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::exception::{checked_stacktrace, Class};
use vm::heap::TermAlloc;
use vm::ops::compare;
use vm::term::Term;

use crate::BifSpec;

fn error_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Err(BifError::error(a[0]))
}

fn error_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Err(BifError::ErrorWithArgs {
        reason: a[0],
        args: a[1],
        info: Term::NON_VALUE,
    })
}

fn error_3(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    // error(Reason, Args, Options): Options may hold {error_info, Map}. As in erl, options
    // that are not a list, and anything after an improper tail, are ignored.
    let mut info = Term::NON_VALUE;
    let mut cell = a[2];
    while let Some((o, tail)) = cell.as_cons() {
        if let Some([k, v]) = o.tuple_elements() {
            if k.as_atom() == Some(atom::ERROR_INFO) {
                info = *v;
            }
        }
        cell = tail;
    }
    Err(BifError::ErrorWithArgs {
        reason: a[0],
        args: a[1],
        info,
    })
}

fn exit_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Err(BifError::Raise {
        class: Class::Exit,
        reason: a[0],
    })
}

fn throw_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Err(BifError::Raise {
        class: Class::Throw,
        reason: a[0],
    })
}

fn raise_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let trace = match Class::from_term(a[0]) {
        Some(_) => checked_stacktrace(&mut p.heap, a[2]),
        None => None,
    };
    match (Class::from_term(a[0]), trace) {
        (Some(class), Some(trace)) => Err(BifError::Reraise {
            class,
            reason: a[1],
            trace,
        }),
        // erl's raise/3 returns `badarg` (it does not raise) when its arguments are invalid.
        _ => Ok(Term::atom(atom::BADARG)),
    }
}

fn apply_3(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Err(BifError::TrapApply {
        module: a[0],
        function: a[1],
        args: a[2],
    })
}

fn apply_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Err(BifError::TrapApplyFun {
        fun: a[0],
        args: a[1],
    })
}

fn halt_status(t: Term) -> Result<BifError, BifError> {
    if let Some(n) = t.as_small() {
        if n >= 0 {
            return Ok(BifError::Halt((n & 0xFF) as i32));
        }
        return badarg();
    }
    if t.as_atom().map(Atom::text) == Some("abort") {
        return Ok(BifError::Halt(134));
    }
    if let Ok(text) = vm::ops::convert::charlist_to_string(t, usize::MAX) {
        // The system halts right after: the text lives to the end.
        return Ok(BifError::HaltWithMessage(Box::leak(text.into_boxed_str())));
    }
    badarg()
}

fn halt_0(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Err(BifError::Halt(0))
}

fn halt_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Err(halt_status(a[0])?)
}

fn halt_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[1].is_list() {
        return badarg();
    }
    Err(halt_status(a[0])?)
}

fn self_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.pid)
}

fn node_0(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::atom(atom::NONODE_AT_NOHOST))
}

fn put_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let p = _p;
    for entry in p.dict.iter_mut() {
        if compare::exact_equal(entry.0, a[0]) {
            let old = entry.1;
            entry.1 = a[1];
            return Ok(old);
        }
    }
    p.dict.push((a[0], a[1]));
    Ok(Term::atom(atom::UNDEFINED))
}

fn get_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(p.dict
        .iter()
        .find(|e| compare::exact_equal(e.0, a[0]))
        .map_or(Term::atom(atom::UNDEFINED), |e| e.1))
}

fn get_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let pairs: Vec<(Term, Term)> = p.dict.clone();
    let mut items = Vec::with_capacity(pairs.len());
    for (k, v) in pairs.into_iter().rev() {
        items.push(p.heap.tuple(&[k, v]));
    }
    Ok(p.heap.list(&items))
}

fn erase_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match p.dict.iter().position(|e| compare::exact_equal(e.0, a[0])) {
        Some(i) => Ok(p.dict.remove(i).1),
        None => Ok(Term::atom(atom::UNDEFINED)),
    }
}

fn erase_0(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let all = get_0(p, a)?;
    p.dict.clear();
    Ok(all)
}

fn is_builtin(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(m), Some(f), Some(n)) = (a[0].as_atom(), a[1].as_atom(), a[2].as_small()) else {
        return badarg();
    };
    Ok(Term::boolean(vm::bif::lookup(m, f, n as u32).is_some()))
}

fn nif_error(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Err(BifError::error(a[0]))
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "error", 1, error_1),
    ("erlang", "error", 2, error_2),
    ("erlang", "error", 3, error_3),
    ("erlang", "exit", 1, exit_1),
    ("erlang", "throw", 1, throw_1),
    ("erlang", "raise", 3, raise_3),
    ("erlang", "apply", 2, apply_2),
    ("erlang", "apply", 3, apply_3),
    ("erlang", "halt", 0, halt_0),
    ("erlang", "halt", 1, halt_1),
    ("erlang", "halt", 2, halt_2),
    ("erlang", "self", 0, self_0),
    ("erlang", "node", 0, node_0),
    ("erlang", "put", 2, put_2),
    ("erlang", "get", 1, get_1),
    ("erlang", "get", 0, get_0),
    ("erlang", "erase", 1, erase_1),
    ("erlang", "erase", 0, erase_0),
    ("erlang", "is_builtin", 3, is_builtin),
    ("erlang", "nif_error", 1, nif_error),
    ("erlang", "nif_error", 2, nif_error),
    ("erlang", "load_nif", 2, crate::nif::load_nif),
];
