//! The `LitT` chunk and the other chunks that hold terms in external format (`Attr`, `CInf`,
//! `Meta`).
//!
//! `LitT` starts with the size of the uncompressed table; the rest is the table compressed with
//! zlib, or stored as is when the size word is 0. The table is a count followed by, for each
//! literal, a 32-bit size and that many bytes of `term_to_binary` output.

use vm::etf::{inflate_zlib, Arena, Decoder};

use crate::cursor::Cursor;
use crate::error::{LoadError, LoadErrorKind};
use crate::iff::Chunk;
use crate::model::{Literals, Term};

/// Decodes every literal into one arena.
pub(crate) fn read_literals(chunk: &Chunk<'_>) -> Result<Literals, LoadError> {
    let mut c = chunk.cursor();
    let size = c.u32("uncompressed literal table size")? as usize;
    let stream_at = c.offset();
    let rest = &chunk.data[c.pos..];
    if size == 0 {
        // Stored uncompressed: offsets are file offsets.
        return read_table(Cursor::new(rest, stream_at, chunk.id));
    }
    let (inflated, _) = inflate_zlib(rest, size)
        .map_err(|why| c.error_at(stream_at, LoadErrorKind::Compression(why)))?;
    // Offsets inside the inflated table are relative to it; report them at the stream start.
    read_table(Cursor::new(&inflated, 0, chunk.id)).map_err(|e| {
        LoadError::new(
            Some(chunk.id),
            stream_at,
            LoadErrorKind::Inflated {
                offset: e.offset,
                inner: Box::new(e.kind),
            },
        )
    })
}

fn read_table(mut t: Cursor<'_>) -> Result<Literals, LoadError> {
    let count = t.count(5, "literal count")?;
    let mut lits = Literals {
        arena: Arena::new(),
        roots: Vec::with_capacity(count),
    };
    let mut decoder = Decoder::new();
    for i in 0..count {
        let len = t.u32("a literal size")? as usize;
        let at = t.offset();
        let bytes = t.bytes(len, "a literal")?;
        let (root, _) = decoder
            .decode_into(&mut lits.arena, bytes)
            .map_err(|error| {
                t.error_at(
                    at + error.offset,
                    LoadErrorKind::Term {
                        item: format!("literal {i}"),
                        error,
                    },
                )
            })?;
        lits.roots.push(root);
    }
    Ok(lits)
}

/// Decodes a chunk that holds one term (`Attr`, `CInf`, `Meta`).
pub(crate) fn read_term(chunk: &Chunk<'_>, what: &str) -> Result<Term, LoadError> {
    let mut arena = Arena::new();
    let (root, _) = arena.decode(chunk.data).map_err(|error| {
        LoadError::new(
            Some(chunk.id),
            chunk.offset + error.offset,
            LoadErrorKind::Term {
                item: what.to_string(),
                error,
            },
        )
    })?;
    Ok(Term { arena, root })
}
