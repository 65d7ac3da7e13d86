//! [`IoVec`]: the bytes of an iodata argument carried to a dirty I/O thread. A refc binary (as
//! `erlang:iolist_to_iovec/1` hands large binaries to prim_file's writes) is shared by taking a
//! count on its storage instead of copying its bytes on the scheduler; everything else is
//! gathered into owned bytes.

use std::io::{IoSlice, Write};
use std::sync::Arc;

use vm::bif::BifError;
use vm::term::binary::BinaryStorage;
use vm::term::Term;

/// One piece of an [`IoVec`].
enum Chunk {
    /// `len` bytes from `start` of a refc binary's storage.
    Shared {
        storage: Arc<BinaryStorage>,
        start: usize,
        len: usize,
    },
    /// Bytes copied out of the process.
    Owned(Vec<u8>),
}

impl Chunk {
    fn bytes(&self) -> &[u8] {
        match self {
            Chunk::Shared {
                storage,
                start,
                len,
            } => &storage.bytes()[*start..*start + *len],
            Chunk::Owned(v) => v,
        }
    }
}

/// The bytes of an iodata term, in order, as pieces that need not be copied again.
pub struct IoVec {
    chunks: Vec<Chunk>,
}

/// A byte-aligned refc binary (or a sub-binary of one) as a shared chunk.
fn shared(t: Term) -> Option<Chunk> {
    let (orig, start, bits) = t.bitstring_parts()?;
    if !start.is_multiple_of(8) || !bits.is_multiple_of(8) {
        return None;
    }
    let storage = orig.refc_storage()?;
    let (start, len) = (start / 8, bits / 8);
    (start + len <= storage.capacity()).then_some(Chunk::Shared {
        storage,
        start,
        len,
    })
}

impl IoVec {
    /// The bytes of `t`, an iolist or a binary (`badarg` otherwise). A binary and a proper list
    /// of binaries keep their refc binaries shared.
    pub fn from_term(t: Term) -> Result<IoVec, BifError> {
        if let Some(c) = shared(t) {
            return Ok(IoVec { chunks: vec![c] });
        }
        let mut chunks = Vec::new();
        let mut rest = t;
        while let Some((h, tail)) = rest.as_cons() {
            match shared(h) {
                Some(c) => chunks.push(c),
                None if h.is_binary() => chunks.push(Chunk::Owned(
                    h.binary_bytes().ok_or(BifError::BADARG)?.to_vec(),
                )),
                None => break,
            }
            rest = tail;
        }
        if rest.is_nil() {
            return Ok(IoVec { chunks });
        }
        Ok(IoVec {
            chunks: vec![Chunk::Owned(super::prim_file::iodata(t)?)],
        })
    }

    /// Writes every byte to `w`, gathering the pieces into as few system calls as it can.
    pub fn write_all_to(&self, w: &mut impl Write) -> std::io::Result<()> {
        let mut slices: Vec<IoSlice<'_>> = self
            .chunks
            .iter()
            .map(|c| IoSlice::new(c.bytes()))
            .filter(|s| !s.is_empty())
            .collect();
        let mut rest = &mut slices[..];
        while !rest.is_empty() {
            match w.write_vectored(rest) {
                Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
                Ok(n) => IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// The pieces in order.
    pub fn pieces(&self) -> impl Iterator<Item = &[u8]> {
        self.chunks.iter().map(Chunk::bytes)
    }
}
