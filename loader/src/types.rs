//! The `Type` chunk: type hints for typed-register operands.
//!
//! Layout (version 1, OTP 25): version, count, then per entry a 16-bit set of type bits and a
//! signed 64-bit minimum and maximum (an absent range has `min > max`).

use crate::error::{LoadError, LoadErrorKind};
use crate::iff::Chunk;
use crate::model::TypeHint;

/// The type table format version OTP 25 writes.
pub const TYPES_VERSION: u32 = 1;

/// Parses the type table; `None` for another format version (the hints are then dropped, as
/// the reference loader does).
pub(crate) fn read_types(chunk: &Chunk<'_>) -> Result<Option<Vec<TypeHint>>, LoadError> {
    let mut c = chunk.cursor();
    let version = c.u32("type table version")?;
    if version != TYPES_VERSION {
        return Ok(None);
    }
    let count = c.count(18, "type count")?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let at = c.offset();
        let bits = c.u16("type bits")?;
        if bits >> 13 != 0 {
            return Err(c.error_at(
                at,
                LoadErrorKind::BadField {
                    field: "type bits",
                    value: bits as i64,
                },
            ));
        }
        let min = c.i64("type range minimum")?;
        let max = c.i64("type range maximum")?;
        out.push(TypeHint { bits, min, max });
    }
    Ok(Some(out))
}
