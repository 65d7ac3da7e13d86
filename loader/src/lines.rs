//! The `Line` chunk: source locations for `line` instructions.
//!
//! Layout: version, flags, number of `line` instructions, number of items, number of file
//! names; then the items as compact values (an `a` value switches the current file, an `i` value
//! is a line number in it and completes one item); then the file names, each a 16-bit length and
//! UTF-8 text.

use crate::compact::{read_line_item, tag};
use crate::error::{LoadError, LoadErrorKind};
use crate::iff::Chunk;
use crate::model::{LineTable, Location};

/// Parses the line table. An unknown table version yields an empty table, as the reference
/// loader then ignores the chunk.
pub(crate) fn read_lines(chunk: &Chunk<'_>, module: &str) -> Result<LineTable, LoadError> {
    let mut c = chunk.cursor();
    let version = c.u32("line table version")?;
    if version != 0 {
        return Ok(LineTable::default());
    }
    let _flags = c.u32("line table flags")?;
    let instr_count = c.u32("line instruction count")?;
    let item_count = c.count(1, "line item count")?;
    let name_count = c.count(2, "file name count")?;
    let mut items = Vec::with_capacity(item_count + 1);
    items.push(Location { file: 0, line: 0 });
    let mut file = 0u32;
    while items.len() <= item_count {
        let at = c.offset();
        let (t, v) = read_line_item(&mut c)?;
        match t {
            tag::A => {
                if v > name_count as u64 {
                    return Err(c.error_at(
                        at,
                        LoadErrorKind::OutOfRange {
                            what: "line table file index",
                            index: v,
                            limit: name_count as u64 + 1,
                        },
                    ));
                }
                file = v as u32;
            }
            tag::I => {
                let line = u32::try_from(v).map_err(|_| {
                    c.error_at(
                        at,
                        LoadErrorKind::BadField {
                            field: "line number",
                            value: v as i64,
                        },
                    )
                })?;
                items.push(Location { file, line });
            }
            other => {
                return Err(c.error_at(
                    at,
                    LoadErrorKind::BadOperand(format!(
                        "line table item has tag {other}, expected a or i"
                    )),
                ))
            }
        }
    }
    let mut files = Vec::with_capacity(name_count + 1);
    files.push(format!("{module}.erl"));
    for _ in 0..name_count {
        let at = c.offset();
        let len = c.u16("a file name length")? as usize;
        let raw = c.bytes(len, "a file name")?;
        let name = std::str::from_utf8(raw)
            .map_err(|_| c.error_at(at, LoadErrorKind::InvalidUtf8("file name")))?;
        // An empty name stands for the module's own file.
        files.push(if name.is_empty() {
            files[0].clone()
        } else {
            name.to_string()
        });
    }
    Ok(LineTable {
        instr_count,
        items,
        files,
    })
}
