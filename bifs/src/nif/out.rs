//! [`Out`]: a term described in plain Rust data, built on a process heap later. Dirty NIFs
//! compute one off the scheduler and build it when their process runs again.

use std::sync::Arc;

use vm::atom::Atom;
use vm::bif::{BifError, BifResult};
use vm::heap::TermAlloc;
use vm::process::Process;
use vm::term::binary::{BinaryStorage, HEAP_BINARY_LIMIT};
use vm::term::magic::{make_magic_ref, MagicObject};
use vm::term::Term;

/// A term to build.
pub enum Out {
    /// An atom, by name.
    Atom(&'static str),
    /// An integer.
    Int(i64),
    /// A binary.
    Bin(Vec<u8>),
    /// A tuple.
    Tuple(Vec<Out>),
    /// A proper list.
    List(Vec<Out>),
    /// A magic reference owning an object.
    Ref(Arc<MagicObject>),
}

impl Out {
    /// `ok`.
    pub const OK: Out = Out::Atom("ok");

    /// `{ok, Value}`.
    pub fn ok(value: Out) -> Out {
        Out::Tuple(vec![Out::Atom("ok"), value])
    }

    /// `{error, Reason}`.
    pub fn error(reason: &'static str) -> Out {
        Out::Tuple(vec![Out::Atom("error"), Out::Atom(reason)])
    }

    /// `{error, PosixName}` for an I/O error.
    pub fn io_error(e: &std::io::Error) -> Out {
        Out::error(super::posix::error_name(e))
    }

    /// Builds the term on `p`'s heap.
    pub fn build(self, p: &mut Process) -> BifResult {
        Ok(match self {
            Out::Atom(name) => atom(name)?,
            Out::Int(i) => p.heap.integer(i),
            // A large result keeps its buffer: the bytes become the refc binary's storage
            // without a copy on the scheduler.
            Out::Bin(bytes) if bytes.len() > HEAP_BINARY_LIMIT => {
                p.heap.refc_binary(BinaryStorage::new(bytes))
            }
            Out::Bin(bytes) => p.heap.binary(&bytes),
            Out::Tuple(items) => {
                let terms = build_all(p, items)?;
                p.heap.tuple(&terms)
            }
            Out::List(items) => {
                let terms = build_all(p, items)?;
                p.heap.list(&terms)
            }
            Out::Ref(object) => make_magic_ref(&mut p.heap, object),
        })
    }
}

fn build_all(p: &mut Process, items: Vec<Out>) -> Result<Vec<Term>, BifError> {
    items.into_iter().map(|o| o.build(p)).collect()
}

/// The atom `name` as a term.
pub fn atom(name: &str) -> BifResult {
    Atom::intern(name)
        .map(Term::atom)
        .map_err(|_| BifError::BADARG)
}
