//! girder's `.beam` loader: reads the IFF container and its chunks, decodes compact-term operands
//! and the literal table, and produces a module's generic instruction stream.
//!
//! The entry point is [`prepare`], which turns the bytes of a `.beam` file into a [`Prepared`]
//! module or a [`LoadError`] that names the chunk and byte offset of the problem. Nothing in
//! here panics on malformed input. See `docs/loader.md` for the data model.

mod code;
mod compact;
mod cursor;
mod error;
pub mod gzip;
mod iff;
mod lines;
mod literals;
mod model;
pub mod opcodes;
mod operand;
pub mod specialize;
mod tables;
mod types;

pub use compact::MAX_REG;
pub use error::{ChunkId, LoadError, LoadErrorKind};
pub use iff::{read_chunks, Chunk, Chunks};
pub use model::{
    type_bits, AtomTable, Code, CodeHeader, Entry, Function, Import, Instr, Lambda, LineTable,
    Literals, Location, Prepared, Term, TypeHint,
};
pub use operand::{Operand, Reg};

use compact::Limits;

/// Decodes a `.beam` file (plain, or gzip-compressed as `erlc +compressed` writes it) into a
/// prepared module.
///
/// Reads every chunk OTP 25 writes (`AtU8`, `Code`, `StrT`, `ImpT`, `ExpT`, `LocT`, `FunT`,
/// `LitT`, `Line`, `Attr`, `CInf`, `Type`, `Meta`, `Dbgi`), skips unknown ones, decodes all
/// instructions, resolves labels and finds function boundaries.
pub fn prepare(file: &[u8]) -> Result<Prepared, LoadError> {
    let file = gzip::unpack(file)?;
    let chunks = read_chunks(&file)?;
    let missing = |name| LoadError::new(None, 0, LoadErrorKind::MissingChunk(name));

    let atoms_chunk = match (&chunks.atoms, &chunks.obsolete_atoms) {
        (Some(c), _) => c,
        (None, Some(old)) => {
            return Err(LoadError::new(
                Some(old.id),
                old.offset,
                LoadErrorKind::ObsoleteAtomChunk,
            ))
        }
        (None, None) => return Err(missing("AtU8")),
    };
    let code_chunk = chunks.code.as_ref().ok_or_else(|| missing("Code"))?;
    let (header, code_cursor) = code::read_header(code_chunk)?;
    let atoms = tables::read_atoms(atoms_chunk)?;
    let imports = tables::read_imports(
        chunks.imports.as_ref().ok_or_else(|| missing("ImpT"))?,
        &atoms,
    )?;
    let exports_chunk = chunks.exports.as_ref().ok_or_else(|| missing("ExpT"))?;
    let exports = tables::read_entries(exports_chunk, &atoms)?;
    let locals = match &chunks.locals {
        Some(c) => tables::read_entries(c, &atoms)?,
        None => Vec::new(),
    };
    let lambdas = match &chunks.lambdas {
        Some(c) => tables::read_lambdas(c, &atoms)?,
        None => Vec::new(),
    };
    let literals = match &chunks.literals {
        Some(c) => literals::read_literals(c)?,
        None => Literals::default(),
    };
    let module = atoms.get(1).unwrap_or_default().to_string();
    let lines = match &chunks.lines {
        Some(c) => lines::read_lines(c, &module)?,
        None => LineTable::default(),
    };
    let types = match &chunks.types {
        Some(c) => types::read_types(c)?,
        None => None,
    };
    let limits = Limits {
        atoms: atoms.len() as u32 + 1,
        labels: header.label_count,
        literals: literals.roots.len() as u32,
        types: types.as_ref().map(|t| t.len() as u32),
    };
    let line_items = (!lines.items.is_empty()).then_some(lines.items.len());
    let decoded = code::read_code(code_cursor, &header, &limits, line_items)?;

    // Every referenced label must be defined.
    for (label, &at) in decoded.first_use.iter().enumerate() {
        if at != u32::MAX && decoded.labels[label] == u32::MAX {
            return Err(LoadError::new(
                Some(code_chunk.id),
                at as usize,
                LoadErrorKind::UndefinedLabel(label as u32),
            ));
        }
    }
    let check_entries = |chunk: &Chunk<'_>, labels: &mut dyn Iterator<Item = u32>, size: usize| {
        for (i, label) in labels.enumerate() {
            let defined = decoded
                .labels
                .get(label as usize)
                .is_some_and(|&t| t != u32::MAX);
            if !defined {
                return Err(LoadError::new(
                    Some(chunk.id),
                    chunk.offset + 4 + i * size + 8,
                    LoadErrorKind::UndefinedLabel(label),
                ));
            }
        }
        Ok(())
    };
    check_entries(exports_chunk, &mut exports.iter().map(|e| e.label), 12)?;
    if let Some(c) = &chunks.locals {
        check_entries(c, &mut locals.iter().map(|e| e.label), 12)?;
    }
    if let Some(c) = &chunks.lambdas {
        check_entries(c, &mut lambdas.iter().map(|e| e.label), 24)?;
    }

    let term =
        |c: &Option<Chunk<'_>>, what| c.as_ref().map(|c| literals::read_term(c, what)).transpose();
    Ok(Prepared {
        header,
        code: decoded.code,
        labels: decoded.labels,
        functions: decoded.functions,
        imports,
        exports,
        locals,
        lambdas,
        literals,
        big_ints: decoded.big_ints,
        strings: chunks.strings.map(|c| c.data.to_vec()).unwrap_or_default(),
        lines,
        types: types.unwrap_or_default(),
        attributes: term(&chunks.attributes, "attributes")?,
        compile_info: term(&chunks.compile_info, "compile info")?,
        meta: term(&chunks.meta, "metadata")?,
        debug_info: chunks.debug_info.map(|c| c.data.to_vec()),
        atoms,
    })
}
