//! List BIFs: `hd/1`, `tl/1`, `length/1`, `'++'/2`, `'--'/2`, and the `lists` functions ERTS
//! implements natively (`reverse/2`, `keyfind/3`, `keymember/3`, `keysearch/3`, `member/2`).

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::compare;
use vm::term::Term;

use crate::BifSpec;

/// The elements of a proper list, or `None` for anything else.
pub fn proper_list(t: Term) -> Option<Vec<Term>> {
    let mut v = Vec::new();
    let mut l = t;
    while let Some((h, rest)) = l.as_cons() {
        v.push(h);
        l = rest;
    }
    l.is_nil().then_some(v)
}

fn hd(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    a[0].as_cons()
        .map(|(h, _)| h)
        .ok_or(vm::bif::BifError::BADARG)
}

fn tl(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    a[0].as_cons()
        .map(|(_, t)| t)
        .ok_or(vm::bif::BifError::BADARG)
}

fn length(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let mut n: i64 = 0;
    let mut l = a[0];
    while let Some((_, rest)) = l.as_cons() {
        n += 1;
        l = rest;
    }
    if l.is_nil() {
        Ok(Term::small(n))
    } else {
        badarg()
    }
}

fn append(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if a[1].is_nil() && a[0].is_list() {
        // erl checks the first list is proper.
        return match proper_list(a[0]) {
            Some(_) => Ok(a[0]),
            None => badarg(),
        };
    }
    match proper_list(a[0]) {
        Some(v) => Ok(p.heap.list_with_tail(&v, a[1])),
        None => badarg(),
    }
}

fn subtract(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(mut left), Some(right)) = (proper_list(a[0]), proper_list(a[1])) else {
        return badarg();
    };
    for r in right {
        if let Some(i) = left.iter().position(|&x| compare::exact_equal(x, r)) {
            left.remove(i);
        }
    }
    Ok(p.heap.list(&left))
}

fn reverse(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let mut acc = a[1];
    let mut l = a[0];
    while let Some((h, rest)) = l.as_cons() {
        acc = p.heap.cons(h, acc);
        l = rest;
    }
    if l.is_nil() {
        Ok(acc)
    } else {
        badarg()
    }
}

fn member(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let mut l = a[1];
    while let Some((h, rest)) = l.as_cons() {
        if compare::exact_equal(h, a[0]) {
            return Ok(Term::TRUE);
        }
        l = rest;
    }
    if l.is_nil() {
        Ok(Term::FALSE)
    } else {
        badarg()
    }
}

/// Finds the first tuple in list `a[2]` whose element `a[1]` equals `a[0]` (`==`).
fn keyfind_tuple(a: &[Term]) -> Result<Option<Term>, vm::bif::BifError> {
    let Some(pos) = a[1].as_small().filter(|&n| n >= 1) else {
        return badarg();
    };
    let mut l = a[2];
    while let Some((h, rest)) = l.as_cons() {
        if let Some(e) = h.tuple_elements() {
            if let Some(&k) = e.get(pos as usize - 1) {
                if compare::equal(k, a[0]) {
                    return Ok(Some(h));
                }
            }
        }
        l = rest;
    }
    if l.is_nil() {
        Ok(None)
    } else {
        badarg()
    }
}

fn keyfind(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(keyfind_tuple(a)?.unwrap_or(Term::FALSE))
}

fn keymember(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(Term::boolean(keyfind_tuple(a)?.is_some()))
}

fn keysearch(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match keyfind_tuple(a)? {
        Some(t) => {
            let value = vm::atom::Atom::intern("value").map_err(|_| vm::bif::BifError::BADARG)?;
            Ok(p.heap.tuple(&[Term::atom(value), t]))
        }
        None => Ok(Term::FALSE),
    }
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "hd", 1, hd),
    ("erlang", "tl", 1, tl),
    ("erlang", "length", 1, length),
    ("erlang", "++", 2, append),
    ("erlang", "--", 2, subtract),
    ("lists", "reverse", 2, reverse),
    ("lists", "member", 2, member),
    ("lists", "keyfind", 3, keyfind),
    ("lists", "keymember", 3, keymember),
    ("lists", "keysearch", 3, keysearch),
];
