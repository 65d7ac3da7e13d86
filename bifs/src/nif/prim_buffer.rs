//! prim_buffer's nine NIFs: a byte queue (prim_file's read-ahead buffer) held by a magic
//! reference, with a lock flag for callers that share it. (`erlang:iolist_to_iovec/1`, which
//! prim_file's writes use, is in `aliases`.)

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard};

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::nif::NifKind::Normal;
use vm::nif::NifSpec;
use vm::term::magic::{make_magic_ref, MagicObject};
use vm::term::Term;

use super::out::atom;

#[derive(Default)]
struct Buffer {
    bytes: VecDeque<u8>,
    locked: bool,
}

/// A prim_buffer resource.
#[derive(Default)]
pub struct PrimBuffer(Mutex<Buffer>);

fn buffer(t: Term) -> Result<std::sync::Arc<MagicObject>, BifError> {
    let o = t.magic_object().ok_or(BifError::BADARG)?;
    o.get::<PrimBuffer>().ok_or(BifError::BADARG)?;
    Ok(o)
}

fn lock(o: &MagicObject) -> Result<MutexGuard<'_, Buffer>, BifError> {
    let b = o.get::<PrimBuffer>().ok_or(BifError::BADARG)?;
    Ok(b.0.lock().unwrap_or_else(|e| e.into_inner()))
}

fn new(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let o = MagicObject::new(vm::sched::new_ref_id(), PrimBuffer::default());
    Ok(make_magic_ref(&mut p.heap, o))
}

fn size(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let o = buffer(a[0])?;
    let n = lock(&o)?.bytes.len();
    Ok(p.heap.integer(n as i64))
}

fn peek_head(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let o = buffer(a[0])?;
    let mut b = lock(&o)?;
    let head = b.bytes.make_contiguous().to_vec();
    drop(b);
    Ok(p.heap.binary(&head))
}

fn count(t: Term) -> Result<usize, BifError> {
    t.as_small()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or(BifError::BADARG)
}

fn copying_read(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let o = buffer(a[0])?;
    let n = count(a[1])?;
    let mut b = lock(&o)?;
    if n > b.bytes.len() {
        return badarg();
    }
    let bytes: Vec<u8> = b.bytes.drain(..n).collect();
    drop(b);
    Ok(p.heap.binary(&bytes))
}

fn write(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let o = buffer(a[0])?;
    // An iovec: a proper list of binaries.
    let mut parts = Vec::new();
    let mut l = a[1];
    while let Some((h, t)) = l.as_cons() {
        parts.push(h.binary_bytes().ok_or(BifError::BADARG)?);
        l = t;
    }
    if !l.is_nil() {
        return badarg();
    }
    let mut b = lock(&o)?;
    for part in parts {
        b.bytes.extend(part);
    }
    drop(b);
    atom("ok")
}

fn skip(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let o = buffer(a[0])?;
    let n = count(a[1])?;
    let mut b = lock(&o)?;
    if n > b.bytes.len() {
        return badarg();
    }
    b.bytes.drain(..n);
    drop(b);
    atom("ok")
}

fn find_byte_index(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let o = buffer(a[0])?;
    let byte = a[1]
        .as_small()
        .and_then(|n| u8::try_from(n).ok())
        .ok_or(BifError::BADARG)?;
    let found = lock(&o)?.bytes.iter().position(|&b| b == byte);
    match found {
        Some(i) => {
            let ok = atom("ok")?;
            let i = p.heap.integer(i as i64);
            Ok(p.heap.tuple(&[ok, i]))
        }
        None => atom("not_found"),
    }
}

fn try_lock(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let o = buffer(a[0])?;
    let mut b = lock(&o)?;
    if b.locked {
        return atom("busy");
    }
    b.locked = true;
    atom("acquired")
}

fn unlock(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let o = buffer(a[0])?;
    let mut b = lock(&o)?;
    if !b.locked {
        return Err(BifError::error(atom("lock_order_violation")?));
    }
    b.locked = false;
    atom("ok")
}

/// prim_buffer's NIFs.
pub const NIFS: &[NifSpec] = &[
    NifSpec {
        function: "new",
        arity: 0,
        kind: Normal(new),
    },
    NifSpec {
        function: "size",
        arity: 1,
        kind: Normal(size),
    },
    NifSpec {
        function: "peek_head",
        arity: 1,
        kind: Normal(peek_head),
    },
    NifSpec {
        function: "copying_read",
        arity: 2,
        kind: Normal(copying_read),
    },
    NifSpec {
        function: "write",
        arity: 2,
        kind: Normal(write),
    },
    NifSpec {
        function: "skip",
        arity: 2,
        kind: Normal(skip),
    },
    NifSpec {
        function: "find_byte_index",
        arity: 2,
        kind: Normal(find_byte_index),
    },
    NifSpec {
        function: "try_lock",
        arity: 1,
        kind: Normal(try_lock),
    },
    NifSpec {
        function: "unlock",
        arity: 1,
        kind: Normal(unlock),
    },
];
