//! The IFF container: `FOR1`, form size, `BEAM`, then chunks of `id`, size and data padded to a
//! multiple of four bytes.

use crate::cursor::Cursor;
use crate::error::{ChunkId, LoadError, LoadErrorKind};

/// One chunk's data and where it starts in the file.
#[derive(Debug, Clone, Copy)]
pub struct Chunk<'a> {
    /// The chunk identifier.
    pub id: ChunkId,
    /// File offset of the first data byte (after the 8-byte chunk header).
    pub offset: usize,
    /// The chunk data, without padding.
    pub data: &'a [u8],
}

impl<'a> Chunk<'a> {
    /// A cursor over the chunk data.
    pub(crate) fn cursor(&self) -> Cursor<'a> {
        Cursor::new(self.data, self.offset, self.id)
    }
}

/// The chunks of a `.beam` file that the loader knows. When a chunk occurs more than once the
/// last one counts, as in the reference loader; chunks of size zero count as absent. Unknown
/// chunks are skipped.
#[derive(Debug, Default, Clone)]
pub struct Chunks<'a> {
    /// `AtU8`: the atom table.
    pub atoms: Option<Chunk<'a>>,
    /// `Atom`: the Latin-1 atom table of releases before OTP 21 (refused).
    pub obsolete_atoms: Option<Chunk<'a>>,
    /// `Code`: the code header and instructions.
    pub code: Option<Chunk<'a>>,
    /// `StrT`: the string table.
    pub strings: Option<Chunk<'a>>,
    /// `ImpT`: imported functions.
    pub imports: Option<Chunk<'a>>,
    /// `ExpT`: exported functions.
    pub exports: Option<Chunk<'a>>,
    /// `LocT`: local functions.
    pub locals: Option<Chunk<'a>>,
    /// `FunT`: lambdas.
    pub lambdas: Option<Chunk<'a>>,
    /// `LitT`: literals.
    pub literals: Option<Chunk<'a>>,
    /// `Line`: line numbers.
    pub lines: Option<Chunk<'a>>,
    /// `Attr`: module attributes.
    pub attributes: Option<Chunk<'a>>,
    /// `CInf`: compile information.
    pub compile_info: Option<Chunk<'a>>,
    /// `Type`: register types.
    pub types: Option<Chunk<'a>>,
    /// `Meta`: metadata (enabled features).
    pub meta: Option<Chunk<'a>>,
    /// `Dbgi`: debug information.
    pub debug_info: Option<Chunk<'a>>,
}

/// Splits a `.beam` file into its chunks.
pub fn read_chunks(file: &[u8]) -> Result<Chunks<'_>, LoadError> {
    let header = |offset, kind| LoadError::new(None, offset, kind);
    let truncated =
        |offset, what, needed| header(offset, LoadErrorKind::Truncated { what, needed });
    if file.len() < 12 {
        if !file.starts_with(&b"FOR1"[..file.len().min(4)]) {
            return Err(header(0, LoadErrorKind::NotIff));
        }
        return Err(truncated(file.len(), "the IFF header", 12 - file.len()));
    }
    if &file[0..4] != b"FOR1" {
        return Err(header(0, LoadErrorKind::NotIff));
    }
    let form_size = u32::from_be_bytes([file[4], file[5], file[6], file[7]]) as usize;
    if form_size > file.len() - 8 {
        return Err(truncated(
            file.len(),
            "the IFF form",
            form_size - (file.len() - 8),
        ));
    }
    let form = &file[8..8 + form_size];
    if form.len() < 4 {
        return Err(truncated(
            8 + form.len(),
            "the IFF form type",
            4 - form.len(),
        ));
    }
    if &form[0..4] != b"BEAM" {
        let mut id = [0; 4];
        id.copy_from_slice(&form[0..4]);
        return Err(header(8, LoadErrorKind::NotBeam(id)));
    }
    let mut chunks = Chunks::default();
    let mut pos = 4;
    while pos < form.len() {
        let at = 8 + pos;
        if form.len() - pos < 8 {
            return Err(truncated(
                8 + form.len(),
                "a chunk header",
                8 - (form.len() - pos),
            ));
        }
        let mut id = [0; 4];
        id.copy_from_slice(&form[pos..pos + 4]);
        let size = u32::from_be_bytes([form[pos + 4], form[pos + 5], form[pos + 6], form[pos + 7]]);
        pos += 8;
        let padded = (size as usize).div_ceil(4) * 4;
        if padded > form.len() - pos {
            return Err(LoadError::new(
                Some(id),
                at + 4,
                LoadErrorKind::ChunkOverrun {
                    size,
                    available: form.len() - pos,
                },
            ));
        }
        let chunk = Chunk {
            id,
            offset: 8 + pos,
            data: &form[pos..pos + size as usize],
        };
        pos += padded;
        let slot = match &id {
            b"AtU8" => &mut chunks.atoms,
            b"Atom" => &mut chunks.obsolete_atoms,
            b"Code" => &mut chunks.code,
            b"StrT" => &mut chunks.strings,
            b"ImpT" => &mut chunks.imports,
            b"ExpT" => &mut chunks.exports,
            b"LocT" => &mut chunks.locals,
            b"FunT" => &mut chunks.lambdas,
            b"LitT" => &mut chunks.literals,
            b"Line" => &mut chunks.lines,
            b"Attr" => &mut chunks.attributes,
            b"CInf" => &mut chunks.compile_info,
            b"Type" => &mut chunks.types,
            b"Meta" => &mut chunks.meta,
            b"Dbgi" => &mut chunks.debug_info,
            _ => continue,
        };
        *slot = if size == 0 { None } else { Some(chunk) };
    }
    Ok(chunks)
}
