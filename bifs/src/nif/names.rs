//! File name conversion BIFs: `prim_file:internal_name2native/1`, `internal_native2name/1`,
//! `internal_normalize_utf8/1`, `is_translatable/1` and `file:native_name_encoding/0`. Native
//! names are UTF-8 (erl's default `+fnu` on Linux) and end in a NUL byte.

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use super::out::atom;

/// The BIFs of this module.
pub const BIFS: &[crate::BifSpec] = &[
    ("prim_file", "internal_name2native", 1, name2native),
    ("prim_file", "internal_native2name", 1, native2name),
    ("prim_file", "internal_normalize_utf8", 1, normalize_utf8),
    ("prim_file", "is_translatable", 1, is_translatable),
    ("file", "native_name_encoding", 0, native_name_encoding),
];

/// The bytes of file name `t` (a binary, or a deep list of character codes), without the NUL
/// terminator; `None` when erl says `badarg` (other terms, a NUL inside).
pub fn name_bytes(t: Term) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    if let Some(bytes) = t.binary_bytes() {
        out.extend_from_slice(bytes);
    } else {
        let mut stack = vec![t];
        while let Some(t) = stack.pop() {
            if t.is_nil() {
                continue;
            }
            let (h, tl) = t.as_cons()?;
            stack.push(tl);
            if let Some(c) = h.as_small() {
                let c = char::from_u32(u32::try_from(c).ok()?)?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            } else if h.is_cons() || h.is_nil() {
                stack.push(h);
            } else {
                return None;
            }
        }
    }
    (!out.contains(&0)).then_some(out)
}

fn name2native(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(mut bytes) = name_bytes(a[0]) else {
        return badarg();
    };
    bytes.push(0);
    Ok(p.heap.binary(&bytes))
}

fn chars(p: &mut ProcessContext, text: &str) -> Term {
    let codes: Vec<Term> = text.chars().map(|c| Term::small(c as i64)).collect();
    p.heap.list(&codes)
}

fn native2name(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(bytes) = a[0].binary_bytes() else {
        return badarg();
    };
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(chars(p, text)),
        Err(_) => {
            let w = atom("warning")?;
            let e = atom("error")?;
            Ok(p.heap.tuple(&[e, w]))
        }
    }
}

fn normalize_utf8(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(bytes) = a[0].binary_bytes() else {
        return badarg();
    };
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(chars(p, text)),
        Err(_) => badarg(),
    }
}

fn is_translatable(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(bytes) = a[0].binary_bytes() else {
        return badarg();
    };
    Ok(Term::boolean(std::str::from_utf8(bytes).is_ok()))
}

fn native_name_encoding(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    atom("utf8")
}
