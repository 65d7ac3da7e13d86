//! Binary construction (`bs_create_bin`): segment descriptions, the two passes erl makes over
//! them (sizes first, then the bits), and erl's error causes.

use crate::ops::number::{integer_to_f64, Number};
use crate::term::Term;

use super::float::float_bits;
use super::int::{put_int_bytes, put_int_i64};
use super::utf::{is_scalar, put_utf16, put_utf32, put_utf8, utf8_len};
use super::writer::BitWriter;

/// Largest segment or result size in bits girder builds; larger ones raise `system_limit`
/// (erl's limit on a binary's size in bits on 64-bit machines is of the same order).
pub const MAX_BITS: u64 = 1 << 59;

/// The kind of a segment, as `bs_create_bin` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegType {
    /// `integer`.
    Integer,
    /// `float`.
    Float,
    /// `binary` (and `bitstring`, which is a binary segment of unit 1).
    Binary,
    /// `utf8`.
    Utf8,
    /// `utf16`.
    Utf16,
    /// `utf32`.
    Utf32,
    /// `string`: literal bytes (a binary constant).
    String,
    /// `append`: the binary being appended to (always the first segment).
    Append,
    /// `private_append`: as `append`, for a binary only this code refers to.
    PrivateAppend,
}

impl SegType {
    const ALL: [SegType; 9] = [
        SegType::Integer,
        SegType::Float,
        SegType::Binary,
        SegType::Utf8,
        SegType::Utf16,
        SegType::Utf32,
        SegType::String,
        SegType::Append,
        SegType::PrivateAppend,
    ];

    /// The segment type named by `name` in `bs_create_bin`.
    pub fn from_name(name: &str) -> Option<SegType> {
        Some(match name {
            "integer" => SegType::Integer,
            "float" => SegType::Float,
            "binary" => SegType::Binary,
            "utf8" => SegType::Utf8,
            "utf16" => SegType::Utf16,
            "utf32" => SegType::Utf32,
            "string" => SegType::String,
            "append" => SegType::Append,
            "private_append" => SegType::PrivateAppend,
            _ => return None,
        })
    }

    /// The name erl reports in error causes (`append` segments are reported as `binary`).
    pub fn error_name(self) -> &'static str {
        match self {
            SegType::Integer => "integer",
            SegType::Float => "float",
            SegType::Binary | SegType::Append | SegType::PrivateAppend => "binary",
            SegType::Utf8 => "utf8",
            SegType::Utf16 => "utf16",
            SegType::Utf32 => "utf32",
            SegType::String => "string",
        }
    }
}

/// A segment's static description: type, flags, unit and its 1-based number in the
/// expression (reported in errors). Packs into a small integer for the constant pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SegSpec {
    /// Type.
    pub ty: SegType,
    /// Little-endian (or native, which is little on girder's machines).
    pub little: bool,
    /// Signed (matters only when matching).
    pub signed: bool,
    /// Unit (1..=256).
    pub unit: u16,
    /// Segment number.
    pub segno: u32,
}

impl SegSpec {
    /// Packs into a non-negative integer below 2^48.
    pub fn pack(self) -> i64 {
        let ty = SegType::ALL.iter().position(|&t| t == self.ty).unwrap_or(0) as i64;
        ty | (self.little as i64) << 4
            | (self.signed as i64) << 5
            | (self.unit as i64) << 8
            | (self.segno as i64 & 0xFFFF_FFFF) << 17
    }

    /// Unpacks [`SegSpec::pack`]'s result.
    pub fn unpack(v: i64) -> Option<SegSpec> {
        Some(SegSpec {
            ty: *SegType::ALL.get((v & 0xF) as usize)?,
            little: v & (1 << 4) != 0,
            signed: v & (1 << 5) != 0,
            unit: ((v >> 8) & 0x1FF) as u16,
            segno: (v >> 17) as u32,
        })
    }
}

/// One segment to build: its description, value and size (a term: an integer, `all`, or for
/// `utf*` segments unused).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// Description.
    pub spec: SegSpec,
    /// Value.
    pub value: Term,
    /// Size.
    pub size: Term,
}

/// Why a segment could not be built (the third element of erl's `cause` tuple).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// The value has the wrong type (or is not a valid character).
    Type,
    /// The size is not a non-negative integer.
    Size,
    /// A bitstring's length is not a multiple of the unit.
    Unit,
    /// A bitstring is shorter than the size.
    Short,
    /// A float size other than 16, 32 or 64.
    Invalid,
    /// An integer too large to become a float.
    NoFloat,
}

impl Cause {
    /// The atom text erl uses.
    pub fn name(self) -> &'static str {
        match self {
            Cause::Type => "type",
            Cause::Size => "size",
            Cause::Unit => "unit",
            Cause::Short => "short",
            Cause::Invalid => "invalid",
            Cause::NoFloat => "no_float",
        }
    }
}

/// A construction failure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BuildError {
    /// `badarg`, with erl's cause `{SegNo, Type, Cause, Value}`.
    Badarg {
        /// The failing segment.
        spec: SegSpec,
        /// Cause.
        cause: Cause,
        /// The offending value (the segment's value or size).
        value: Term,
    },
    /// The result would be too large: `system_limit`.
    SystemLimit,
}

fn bad(spec: SegSpec, cause: Cause, value: Term) -> BuildError {
    BuildError::Badarg { spec, cause, value }
}

/// The size in bits of an explicit size term times `unit`.
fn explicit_bits(seg: &Segment) -> Result<u64, BuildError> {
    let spec = seg.spec;
    let n = match seg.size.as_small() {
        Some(n) if n >= 0 => n as u64,
        _ if seg.size.is_bignum() && seg.size.bignum_digits().is_some_and(|(neg, _)| !neg) => {
            return Err(BuildError::SystemLimit)
        }
        _ => return Err(bad(spec, Cause::Size, seg.size)),
    };
    let bits = n
        .checked_mul(spec.unit as u64)
        .ok_or(BuildError::SystemLimit)?;
    if bits > MAX_BITS {
        return Err(BuildError::SystemLimit);
    }
    Ok(bits)
}

/// The bits a segment contributes, computed before anything is built (erl's first pass, which
/// reports size errors, bad characters and unaligned `all` binaries before any type error of
/// the second pass).
pub fn segment_bits(seg: &Segment) -> Result<u64, BuildError> {
    let spec = seg.spec;
    match spec.ty {
        SegType::Integer => explicit_bits(seg),
        SegType::Float => {
            let bits = explicit_bits(seg)?;
            if !matches!(bits, 16 | 32 | 64) {
                return Err(bad(spec, Cause::Invalid, seg.size));
            }
            Ok(bits)
        }
        SegType::Binary | SegType::String | SegType::Append | SegType::PrivateAppend => {
            if seg.size == Term::atom(atom_all()) {
                let Some(view) = seg.value.as_bitstring() else {
                    return Err(bad(spec, Cause::Type, seg.value));
                };
                let len = view.bit_len() as u64;
                if spec.unit > 1 && !len.is_multiple_of(spec.unit as u64) {
                    return Err(bad(spec, Cause::Unit, seg.value));
                }
                Ok(len)
            } else {
                explicit_bits(seg)
            }
        }
        SegType::Utf8 | SegType::Utf16 | SegType::Utf32 => {
            let c = seg.value.as_small().filter(|&c| is_scalar(c));
            let Some(c) = c else {
                return Err(bad(spec, Cause::Type, seg.value));
            };
            Ok(match spec.ty {
                SegType::Utf8 => utf8_len(c as u32) as u64 * 8,
                SegType::Utf16 if c >= 0x10000 => 32,
                SegType::Utf16 => 16,
                _ => 32,
            })
        }
    }
}

/// Appends segment `seg` of `bits` bits (from [`segment_bits`]) to `w`.
pub fn put_segment(w: &mut BitWriter, seg: &Segment, bits: u64) -> Result<(), BuildError> {
    let spec = seg.spec;
    let n = bits as usize;
    match spec.ty {
        SegType::Integer => {
            if let Some(v) = seg.value.as_small() {
                put_int_i64(w, v, n, spec.little);
            } else if let Some((neg, digits)) = seg.value.bignum_digits() {
                let mag: Vec<u8> = digits.iter().flat_map(|d| d.to_le_bytes()).collect();
                put_int_bytes(w, neg, &mag, n, spec.little);
            } else {
                return Err(bad(spec, Cause::Type, seg.value));
            }
        }
        SegType::Float => {
            let v = match Number::of(seg.value) {
                Some(Number::Float(f)) => f,
                Some(num) => {
                    integer_to_f64(num).ok_or_else(|| bad(spec, Cause::NoFloat, seg.value))?
                }
                None => return Err(bad(spec, Cause::Type, seg.value)),
            };
            let b = float_bits(v, n).ok_or_else(|| bad(spec, Cause::Invalid, seg.size))?;
            if spec.little {
                let le = b.swap_bytes() >> (64 - n);
                w.push_bits(le, n);
            } else {
                w.push_bits(b, n);
            }
        }
        SegType::Binary | SegType::String | SegType::Append | SegType::PrivateAppend => {
            let Some(view) = seg.value.as_bitstring() else {
                return Err(bad(spec, Cause::Type, seg.value));
            };
            if view.bit_len() < n {
                return Err(bad(spec, Cause::Short, seg.value));
            }
            match view.as_bytes() {
                Some(bytes) if n.is_multiple_of(8) => w.push_bytes(&bytes[..n / 8]),
                _ => {
                    let (orig, start, _) = seg
                        .value
                        .bitstring_parts()
                        .ok_or_else(|| bad(spec, Cause::Type, seg.value))?;
                    let data = orig.plain_bytes().unwrap_or(&[]);
                    w.push_from(data, start, n);
                }
            }
        }
        SegType::Utf8 | SegType::Utf16 | SegType::Utf32 => {
            let c = seg.value.as_small().unwrap_or(0) as u32;
            match spec.ty {
                SegType::Utf8 => put_utf8(w, c),
                SegType::Utf16 => put_utf16(w, c, spec.little),
                _ => put_utf32(w, c, spec.little),
            }
        }
    }
    Ok(())
}

/// Builds all of `segs` into a new writer (no appending: an `append` segment is copied like a
/// binary segment). Sizes are checked for every segment before anything is built, as in erl.
pub fn build(segs: &[Segment]) -> Result<BitWriter, BuildError> {
    let mut w = BitWriter::default();
    build_into(segs, &mut w)?;
    Ok(w)
}

/// Segments whose sizes are kept on the stack while building.
const INLINE_SEGMENTS: usize = 16;

/// As [`build`], appending to `w`.
pub fn build_into(segs: &[Segment], w: &mut BitWriter) -> Result<(), BuildError> {
    let mut inline = [0u64; INLINE_SEGMENTS];
    let mut spilled = Vec::new();
    let sizes: &mut [u64] = if segs.len() <= INLINE_SEGMENTS {
        &mut inline[..segs.len()]
    } else {
        spilled.resize(segs.len(), 0);
        &mut spilled
    };
    let mut total: u64 = 0;
    for (s, size) in segs.iter().zip(sizes.iter_mut()) {
        *size = segment_bits(s)?;
        total = total.checked_add(*size).ok_or(BuildError::SystemLimit)?;
    }
    if total > MAX_BITS {
        return Err(BuildError::SystemLimit);
    }
    w.reserve(total as usize);
    for (s, &b) in segs.iter().zip(sizes.iter()) {
        put_segment(w, s, b)?;
    }
    Ok(())
}

/// The atom `all`.
pub fn atom_all() -> crate::atom::Atom {
    static ALL: std::sync::OnceLock<crate::atom::Atom> = std::sync::OnceLock::new();
    *ALL.get_or_init(|| crate::atom::Atom::intern("all").expect("the atom table has room"))
}
