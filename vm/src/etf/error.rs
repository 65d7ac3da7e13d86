//! Errors of the external term format decoder: what is wrong, and at which byte.

use std::fmt;

/// A decoding failure. `offset` counts bytes from the start of the input given to the decoder
/// (for compressed terms: from the start of the decompressed data, which `in_compressed` says).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EtfError {
    /// Byte offset of the offending item in the input.
    pub offset: usize,
    /// True when `offset` is relative to the inflated contents of a compressed term (tag 80).
    pub in_compressed: bool,
    /// What is wrong.
    pub kind: EtfErrorKind,
}

/// The reasons a term can fail to decode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EtfErrorKind {
    /// The input ended in the middle of an item that needs `needed` more bytes.
    Truncated {
        /// What was being read.
        what: &'static str,
        /// How many bytes it needed.
        needed: usize,
    },
    /// The first byte is not the version byte 131.
    BadVersion(u8),
    /// A tag byte that the format does not define.
    UnknownTag(u8),
    /// A tag that is valid only elsewhere (distribution headers, atom cache references, ...).
    UnsupportedTag {
        /// The tag byte.
        tag: u8,
        /// Why it is not accepted here.
        reason: &'static str,
    },
    /// A count or length field claims more items than the remaining bytes could hold.
    LengthTooLarge {
        /// What the length counts.
        what: &'static str,
        /// The claimed length.
        claimed: u64,
        /// Bytes left in the input at that point.
        remaining: usize,
    },
    /// An atom's text is not valid UTF-8.
    InvalidUtf8Atom,
    /// An atom has more than 255 characters.
    AtomTooLong(usize),
    /// A float that is not finite, or a textual float that does not parse.
    BadFloat,
    /// A field holds a value the format forbids (e.g. the bit count of a bitstring).
    BadField {
        /// Which field.
        field: &'static str,
        /// Its value.
        value: u64,
    },
    /// A sub-term has the wrong type (e.g. a pid whose node is not an atom).
    WrongSubterm {
        /// What was expected there.
        expected: &'static str,
    },
    /// The compressed payload is not a valid zlib stream, or inflates to a different size.
    BadCompression(&'static str),
    /// The input (or the arena) exceeds the 4 GiB the arena's 32-bit indexes can address.
    TooLarge,
}

impl EtfError {
    pub(crate) fn new(offset: usize, kind: EtfErrorKind) -> Self {
        EtfError {
            offset,
            in_compressed: false,
            kind,
        }
    }
}

impl fmt::Display for EtfErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use EtfErrorKind::*;
        match self {
            Truncated { what, needed } => {
                write!(f, "input ends inside {what} ({needed} more bytes needed)")
            }
            BadVersion(b) => write!(f, "version byte is {b}, expected 131"),
            UnknownTag(t) => write!(f, "unknown term tag {t}"),
            UnsupportedTag { tag, reason } => write!(f, "term tag {tag} not accepted: {reason}"),
            LengthTooLarge {
                what,
                claimed,
                remaining,
            } => write!(
                f,
                "{what} claims {claimed} items but only {remaining} bytes remain"
            ),
            InvalidUtf8Atom => write!(f, "atom text is not valid UTF-8"),
            AtomTooLong(n) => write!(f, "atom has {n} characters, the limit is 255"),
            BadFloat => write!(f, "float is not a finite number"),
            BadField { field, value } => write!(f, "invalid {field}: {value}"),
            WrongSubterm { expected } => write!(f, "expected {expected}"),
            BadCompression(why) => write!(f, "compressed term: {why}"),
            TooLarge => write!(f, "term too large (over 4 GiB)"),
        }
    }
}

impl fmt::Display for EtfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.in_compressed {
            write!(
                f,
                "byte {} of the inflated term: {}",
                self.offset, self.kind
            )
        } else {
            write!(f, "byte {}: {}", self.offset, self.kind)
        }
    }
}

impl std::error::Error for EtfError {}
