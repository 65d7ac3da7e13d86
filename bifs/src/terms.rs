//! Assorted term BIFs: hashing (`phash/2`, `phash2/1,2` through [`vm::ops::hash`]), tuple editing
//! (`delete_element/2`, `insert_element/3`), dictionary keys (`get_keys/0,1`), `node/1`,
//! `nodes/0,1`, and the text forms of identifiers (`pid_to_list/1`, `list_to_pid/1` and the same
//! for ports and references).

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::etf::{PidParts, PortParts, RefParts};
use vm::heap::TermAlloc;
use vm::ops::convert::charlist_to_string;
use vm::ops::hash;
use vm::ops::ident;
use vm::term::Term;

use crate::BifSpec;

/// The range argument of `phash/2` and `phash2/2`: 1..=2^32.
fn range(t: Term) -> Result<u64, BifError> {
    match t.as_small() {
        Some(r) if (1..=1 << 32).contains(&r) => Ok(r as u64),
        _ => badarg(),
    }
}

fn phash(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = range(a[1])?;
    match hash::phash_range(a[0], r) {
        Some(h) => Ok(p.heap.integer_u64(u64::from(h))),
        None => badarg(),
    }
}

fn phash2_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(p.heap.integer_u64(u64::from(hash::phash2(a[0]))))
}

fn phash2_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let r = range(a[1])?;
    match hash::phash2_range(a[0], r) {
        Some(h) => Ok(p.heap.integer_u64(u64::from(h))),
        None => badarg(),
    }
}

/// A 1-based tuple index argument within `1..=limit`.
fn index(t: Term, limit: usize) -> Result<usize, BifError> {
    match t.as_small() {
        Some(i) if i >= 1 && i as u64 <= limit as u64 => Ok(i as usize),
        _ => badarg(),
    }
}

fn delete_element(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(elems) = a[1].tuple_elements() else {
        return badarg();
    };
    let i = index(a[0], elems.len())?;
    let mut v = elems.to_vec();
    v.remove(i - 1);
    Ok(p.heap.tuple(&v))
}

fn insert_element(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(elems) = a[1].tuple_elements() else {
        return badarg();
    };
    let i = index(a[0], elems.len() + 1)?;
    let mut v = elems.to_vec();
    v.insert(i - 1, a[2]);
    Ok(p.heap.tuple(&v))
}

fn node_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match vm::ops::ident::node_of(a[0]) {
        Some(node) => Ok(Term::atom(node)),
        None => badarg(),
    }
}

/// The nodes this node knows of: it is not distributed, so only itself, for `this` and `known`.
fn nodes_of_kind(kind: Term) -> Result<bool, BifError> {
    match kind.as_atom().map(|a| a.text()) {
        Some("visible" | "hidden" | "connected") => Ok(false),
        Some("this" | "known") => Ok(true),
        _ => badarg(),
    }
}

/// `monitor_node(Node, Flag)`: this node is never alive, so monitoring itself is a no-op that
/// answers `true`, and any other node raises `notalive`, as in erl.
fn monitor_node_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    monitor_node_3(p, &[a[0], a[1], Term::NIL])
}

fn monitor_node_3(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (node, flag, options) = (a[0], a[1], a[2]);
    let mut rest = options;
    while let Some((o, tail)) = rest.as_cons() {
        if o.as_atom().map(|o| o.text()) != Some("allow_passive_connect") {
            return Err(vm::bif::badarg_with_cause(
                "erlang",
                "monitor_node",
                "badopt",
            ));
        }
        rest = tail;
    }
    if !rest.is_nil() || !node.is_atom() {
        return badarg();
    }
    if node == Term::atom(vm::atom::NONODE_AT_NOHOST) {
        return if flag.is_boolean() {
            Ok(Term::TRUE)
        } else {
            badarg()
        };
    }
    let notalive = vm::atom::Atom::intern("notalive").map_err(|_| BifError::BADARG)?;
    Err(BifError::error(Term::atom(notalive)))
}

fn nodes_0(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::NIL)
}

fn nodes_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let mut this = false;
    if a[0].is_list() {
        let mut cur = a[0];
        while let Some((kind, tail)) = cur.as_cons() {
            this |= nodes_of_kind(kind)?;
            cur = tail;
        }
        if !cur.is_nil() {
            return badarg();
        }
    } else {
        this = nodes_of_kind(a[0])?;
    }
    Ok(match this {
        true => p.heap.list(&[Term::atom(ident::LOCAL_NODE)]),
        false => Term::NIL,
    })
}

/// The printed form of an identifier of the kind `is_kind` accepts, as a string.
fn id_to_list(p: &mut ProcessContext, t: Term, is_kind: fn(Term) -> bool) -> BifResult {
    if !is_kind(t) {
        return badarg();
    }
    let text = String::from_utf8_lossy(&vm::ops::print::display(t)).into_owned();
    Ok(p.heap.charlist(&text))
}

fn pid_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    id_to_list(p, a[0], |t| ident::pid_fields(t).is_some())
}

fn port_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    id_to_list(p, a[0], |t| ident::port_fields(t).is_some())
}

fn ref_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    id_to_list(p, a[0], |t| ident::ref_fields(t).is_some())
}

/// The numbers of an identifier's text `<prefix>N.N...>`: decimal, leading zeros allowed, each
/// fitting 32 bits (64 with `wide`). `None` if the text has another shape.
fn id_numbers(list: Term, prefix: &str, wide: bool) -> Option<Vec<u64>> {
    let text = charlist_to_string(list, 1024).ok()?;
    let body = text.strip_prefix(prefix)?.strip_suffix('>')?;
    let max = if wide { u64::MAX } else { u64::from(u32::MAX) };
    body.split('.')
        .map(|n| {
            let digits = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
            digits.then(|| n.parse::<u64>().ok().filter(|&v| v <= max))?
        })
        .collect()
}

/// `list_to_pid/1`: `<0.N.S>` (this node only: girder knows no other node's channel number).
fn list_to_pid(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(&[0, id, serial]) = id_numbers(a[0], "<", false).as_deref() else {
        return badarg();
    };
    let parts = PidParts {
        node: ident::LOCAL_NODE,
        id: id as u32,
        serial: serial as u32,
        creation: ident::LOCAL_CREATION,
    };
    ident::make_pid(&mut p.heap, &parts).map_or_else(badarg, Ok)
}

/// `list_to_port/1`: `#Port<0.N>`.
fn list_to_port(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(&[0, id]) = id_numbers(a[0], "#Port<", true).as_deref() else {
        return badarg();
    };
    let parts = PortParts {
        node: ident::LOCAL_NODE,
        id,
        creation: ident::LOCAL_CREATION,
    };
    ident::make_port(&mut p.heap, &parts).map_or_else(badarg, Ok)
}

/// `list_to_ref/1`: `#Ref<0.A.B.C>`, the id words from the most significant.
fn list_to_ref(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(&[0, high, mid, low]) = id_numbers(a[0], "#Ref<", false).as_deref() else {
        return badarg();
    };
    let parts = RefParts {
        node: ident::LOCAL_NODE,
        creation: ident::LOCAL_CREATION,
        ids: [low as u32, mid as u32, high as u32, 0, 0],
        len: 3,
    };
    ident::make_ref(&mut p.heap, &parts).map_or_else(badarg, Ok)
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "phash", 2, phash),
    ("erlang", "phash2", 1, phash2_1),
    ("erlang", "phash2", 2, phash2_2),
    ("erlang", "delete_element", 2, delete_element),
    ("erlang", "insert_element", 3, insert_element),
    ("erlang", "node", 1, node_1),
    ("erlang", "nodes", 0, nodes_0),
    ("erlang", "monitor_node", 2, monitor_node_2),
    ("erlang", "monitor_node", 3, monitor_node_3),
    ("erlang", "nodes", 1, nodes_1),
    ("erlang", "pid_to_list", 1, pid_to_list),
    ("erlang", "port_to_list", 1, port_to_list),
    ("erlang", "ref_to_list", 1, ref_to_list),
    ("erlang", "list_to_pid", 1, list_to_pid),
    ("erlang", "list_to_port", 1, list_to_port),
    ("erlang", "list_to_ref", 1, list_to_ref),
];
