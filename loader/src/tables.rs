//! The fixed-layout tables: atoms (`AtU8`), imports (`ImpT`), exports and locals (`ExpT`,
//! `LocT`) and lambdas (`FunT`).

use crate::cursor::Cursor;
use crate::error::{LoadError, LoadErrorKind};
use crate::iff::Chunk;
use crate::model::{AtomTable, Entry, Import, Lambda};

/// Highest arity a function may have.
pub const MAX_ARITY: u32 = 255;

/// `AtU8`: a count, then each atom as a length byte and UTF-8 text.
pub(crate) fn read_atoms(chunk: &Chunk<'_>) -> Result<AtomTable, LoadError> {
    let mut c = chunk.cursor();
    let count = c.count(1, "atom count")?;
    if count == 0 {
        return Err(c.error_at(
            chunk.offset,
            LoadErrorKind::BadCount {
                what: "atom count (the module name is atom 1)",
                count: 0,
            },
        ));
    }
    let mut table = AtomTable {
        text: String::with_capacity(c.remaining()),
        ends: Vec::with_capacity(count),
    };
    for _ in 0..count {
        let at = c.offset();
        let len = c.u8("an atom length")? as usize;
        let raw = c.bytes(len, "atom text")?;
        let s = std::str::from_utf8(raw)
            .map_err(|_| c.error_at(at, LoadErrorKind::InvalidUtf8("atom text")))?;
        table.text.push_str(s);
        table.ends.push(table.text.len() as u32);
    }
    Ok(table)
}

/// Checks an atom index read from a table (1-based, must exist).
fn atom_index(c: &Cursor<'_>, at: usize, v: u32, atoms: &AtomTable) -> Result<u32, LoadError> {
    if v == 0 || v as usize > atoms.len() {
        return Err(c.error_at(
            at,
            LoadErrorKind::OutOfRange {
                what: "atom index",
                index: v as u64,
                limit: atoms.len() as u64 + 1,
            },
        ));
    }
    Ok(v)
}

fn arity(c: &Cursor<'_>, at: usize, v: u32) -> Result<u32, LoadError> {
    if v > MAX_ARITY {
        return Err(c.error_at(
            at,
            LoadErrorKind::BadField {
                field: "arity",
                value: v as i64,
            },
        ));
    }
    Ok(v)
}

/// `ImpT`: a count, then module, function and arity for each import.
pub(crate) fn read_imports(chunk: &Chunk<'_>, atoms: &AtomTable) -> Result<Vec<Import>, LoadError> {
    let mut c = chunk.cursor();
    let count = c.count(12, "import count")?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let at = c.offset();
        let v = c.u32("import module")?;
        let module = atom_index(&c, at, v, atoms)?;
        let at = c.offset();
        let v = c.u32("import function")?;
        let function = atom_index(&c, at, v, atoms)?;
        let at = c.offset();
        let v = c.u32("import arity")?;
        let a = arity(&c, at, v)?;
        out.push(Import {
            module,
            function,
            arity: a,
        });
    }
    Ok(out)
}

/// `ExpT` and `LocT`: a count, then function, arity and entry label for each entry.
pub(crate) fn read_entries(chunk: &Chunk<'_>, atoms: &AtomTable) -> Result<Vec<Entry>, LoadError> {
    let mut c = chunk.cursor();
    let count = c.count(12, "function count")?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let at = c.offset();
        let v = c.u32("function name")?;
        let function = atom_index(&c, at, v, atoms)?;
        let at = c.offset();
        let v = c.u32("function arity")?;
        let a = arity(&c, at, v)?;
        let label = c.u32("entry label")?;
        out.push(Entry {
            function,
            arity: a,
            label,
        });
    }
    Ok(out)
}

/// `FunT`: a count, then function, arity, label, index, free-variable count and old uniq.
pub(crate) fn read_lambdas(chunk: &Chunk<'_>, atoms: &AtomTable) -> Result<Vec<Lambda>, LoadError> {
    let mut c = chunk.cursor();
    let count = c.count(24, "lambda count")?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let at = c.offset();
        let v = c.u32("lambda function")?;
        let function = atom_index(&c, at, v, atoms)?;
        let at = c.offset();
        let v = c.u32("lambda arity")?;
        let a = arity(&c, at, v)?;
        let label = c.u32("lambda label")?;
        let index = c.u32("lambda index")?;
        let at = c.offset();
        let num_free = c.u32("lambda free variable count")?;
        if num_free > a {
            return Err(c.error_at(
                at,
                LoadErrorKind::BadField {
                    field: "lambda free variable count (above its arity)",
                    value: num_free as i64,
                },
            ));
        }
        let old_uniq = c.u32("lambda old uniq")?;
        out.push(Lambda {
            function,
            arity: a,
            label,
            index,
            num_free,
            old_uniq,
        });
    }
    Ok(out)
}
