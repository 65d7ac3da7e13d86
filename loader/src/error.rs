//! Load errors: which chunk, which byte of the file, and what is wrong there.

use std::fmt;

use vm::etf::EtfError;

/// A four-byte IFF chunk identifier such as `*b"Code"`.
pub type ChunkId = [u8; 4];

/// Why a `.beam` file could not be prepared. `offset` is a byte offset from the start of the
/// file; `chunk` names the chunk the offset lies in (none for the container header).
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    /// The chunk being read, if the error lies inside one.
    pub chunk: Option<ChunkId>,
    /// Byte offset in the file.
    pub offset: usize,
    /// What is wrong.
    pub kind: LoadErrorKind,
}

/// The reasons a `.beam` file is refused.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadErrorKind {
    /// The data ends inside an item.
    Truncated {
        /// The item being read.
        what: &'static str,
        /// Bytes missing.
        needed: usize,
    },
    /// The file does not start with `FOR1`.
    NotIff,
    /// The file is gzip-compressed and its stream is damaged or too large.
    Gzip(String),
    /// The IFF form type is not `BEAM`.
    NotBeam(ChunkId),
    /// A chunk's size runs past the end of the form.
    ChunkOverrun {
        /// Declared chunk size.
        size: u32,
        /// Bytes left in the form (after the chunk header).
        available: usize,
    },
    /// A required chunk is absent (or empty).
    MissingChunk(&'static str),
    /// The file has the pre-OTP 21 `Atom` chunk instead of `AtU8`.
    ObsoleteAtomChunk,
    /// The Code chunk's instruction set version is not 0.
    InstructionSet(u32),
    /// The Code chunk header size is smaller than the four header words.
    CodeHeaderSize(u32),
    /// The module uses opcodes newer than OTP 25 knows.
    MaxOpcode {
        /// The highest opcode the file declares.
        declared: u32,
    },
    /// An instruction's opcode is 0 or above 180.
    UnknownOpcode(u8),
    /// An instruction uses an opcode above the maximum its Code chunk header declared.
    OpcodeAboveDeclared {
        /// The opcode.
        opcode: u8,
        /// The declared maximum.
        declared: u32,
    },
    /// A count field is negative or cannot fit in the remaining bytes.
    BadCount {
        /// What is counted.
        what: &'static str,
        /// The value read.
        count: i64,
    },
    /// An index is out of its table's range.
    OutOfRange {
        /// Which table.
        what: &'static str,
        /// The index.
        index: u64,
        /// The table size (valid indexes are below it, or up to it for 1-based tables).
        limit: u64,
    },
    /// A compact-term operand is malformed or not allowed where it appears.
    BadOperand(String),
    /// A label number is defined twice.
    DuplicateLabel(u32),
    /// A label is referenced but never defined.
    UndefinedLabel(u32),
    /// A function header does not follow `label [line] func_info label`, or the code has more
    /// functions than declared.
    BadFunction(String),
    /// The code ends without `int_code_end`.
    MissingCodeEnd,
    /// Text that must be UTF-8 is not.
    InvalidUtf8(&'static str),
    /// The literal table is not a valid zlib stream or inflates to the wrong size.
    Compression(&'static str),
    /// A term in external format failed to decode; `item` says which one. The error's offset
    /// is relative to the term's first byte (the version byte).
    Term {
        /// The term's role (e.g. "literal 12").
        item: String,
        /// The decoder's error.
        error: EtfError,
    },
    /// An error inside the inflated literal table; the error's own offset is the start of the
    /// zlib stream, and `offset` says where in the inflated data the problem is.
    Inflated {
        /// Byte offset in the inflated table.
        offset: usize,
        /// What is wrong there.
        inner: Box<LoadErrorKind>,
    },
    /// A field holds a value the format forbids.
    BadField {
        /// Which field.
        field: &'static str,
        /// Its value.
        value: i64,
    },
}

impl LoadError {
    /// An error at `offset` inside `chunk`.
    pub fn new(chunk: Option<ChunkId>, offset: usize, kind: LoadErrorKind) -> Self {
        LoadError {
            chunk,
            offset,
            kind,
        }
    }

    /// The chunk name as text ("Code", "LitT", ...) or "file header".
    pub fn chunk_name(&self) -> String {
        match self.chunk {
            Some(id) => String::from_utf8_lossy(&id).into_owned(),
            None => "file header".to_string(),
        }
    }
}

impl fmt::Display for LoadErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use LoadErrorKind::*;
        match self {
            Truncated { what, needed } => {
                write!(f, "data ends inside {what} ({needed} more bytes needed)")
            }
            NotIff => write!(f, "not an IFF file (does not start with FOR1)"),
            Gzip(why) => write!(f, "compressed file: {why}"),
            NotBeam(id) => write!(
                f,
                "IFF form type is '{}', expected 'BEAM'",
                String::from_utf8_lossy(id)
            ),
            ChunkOverrun { size, available } => write!(
                f,
                "chunk size {size} (padded to 4 bytes) runs past the end of the file ({available} bytes left)"
            ),
            MissingChunk(name) => write!(f, "required chunk {name} is missing"),
            ObsoleteAtomChunk => write!(
                f,
                "obsolete 'Atom' chunk (compiled before OTP 21); recompile the module"
            ),
            InstructionSet(v) => write!(f, "instruction set version {v}, expected 0"),
            CodeHeaderSize(n) => write!(f, "code header size {n} is below 16"),
            MaxOpcode { declared } => write!(
                f,
                "module needs opcode {declared}, but the highest OTP 25 opcode is {}; it was compiled by a later release",
                crate::opcodes::MAX_OPCODE
            ),
            UnknownOpcode(op) => write!(
                f,
                "opcode {op} is not a generic BEAM instruction (valid: 1..={})",
                crate::opcodes::MAX_OPCODE
            ),
            OpcodeAboveDeclared { opcode, declared } => write!(
                f,
                "opcode {opcode} is above the maximum {declared} the code header declares"
            ),
            BadCount { what, count } => write!(f, "invalid {what} {count}"),
            OutOfRange { what, index, limit } => {
                write!(f, "{what} {index} is out of range (limit {limit})")
            }
            BadOperand(why) => write!(f, "bad operand: {why}"),
            DuplicateLabel(l) => write!(f, "label {l} is defined twice"),
            UndefinedLabel(l) => write!(f, "label {l} is used but never defined"),
            BadFunction(why) => write!(f, "bad function: {why}"),
            MissingCodeEnd => write!(f, "code ends without int_code_end"),
            InvalidUtf8(what) => write!(f, "{what} is not valid UTF-8"),
            Compression(why) => write!(f, "compressed literal table: {why}"),
            Term { item, error } => write!(f, "{item}, term {error}"),
            Inflated { offset, inner } => {
                write!(f, "at byte {offset} of the inflated literal table: {inner}")
            }
            BadField { field, value } => write!(f, "invalid {field}: {value}"),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.chunk {
            Some(_) => write!(f, "{} chunk, ", self.chunk_name())?,
            None => write!(f, "file header, ")?,
        }
        write!(f, "byte {}: {}", self.offset, self.kind)
    }
}

impl std::error::Error for LoadError {}
