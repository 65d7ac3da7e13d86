//! Header words: the first word of every boxed object.
//!
//! A header is `arity << 6 | subtag << 2 | 0b00`. For most objects the arity is the number of words
//! that follow the header (so the object occupies `1 + arity` words); tuples store their element
//! count there, which is the same thing. The subtag numbers are ERTS's.

/// The kind of a boxed object, from bits 2..6 of its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Subtag {
    /// A tuple; arity is the element count.
    Tuple = 0x0,
    /// A binary match context.
    MatchContext = 0x1,
    /// A positive bignum; arity is the number of 64-bit digits.
    PosBig = 0x2,
    /// A negative bignum (magnitude stored); arity is the number of 64-bit digits.
    NegBig = 0x3,
    /// A local reference.
    Ref = 0x4,
    /// A fun (closure) with its environment.
    Fun = 0x5,
    /// A float; one word of IEEE-754 bits follows.
    Float = 0x6,
    /// An export (`fun M:F/A`).
    Export = 0x7,
    /// An off-heap, reference-counted binary (a "proc bin").
    RefcBinary = 0x8,
    /// A small binary stored on the heap.
    HeapBinary = 0x9,
    /// A sub-binary: a byte/bit range of another binary.
    SubBinary = 0xA,
    /// A pid of another node.
    ExternalPid = 0xC,
    /// A port of another node.
    ExternalPort = 0xD,
    /// A reference of another node.
    ExternalRef = 0xE,
    /// A map (flatmap or hash-array-mapped-trie node).
    Map = 0xF,
}

impl Subtag {
    /// Decodes a 4-bit subtag; 0xB is unused by OTP 25.
    #[inline(always)]
    pub const fn from_bits(bits: u8) -> Option<Subtag> {
        Some(match bits {
            0x0 => Subtag::Tuple,
            0x1 => Subtag::MatchContext,
            0x2 => Subtag::PosBig,
            0x3 => Subtag::NegBig,
            0x4 => Subtag::Ref,
            0x5 => Subtag::Fun,
            0x6 => Subtag::Float,
            0x7 => Subtag::Export,
            0x8 => Subtag::RefcBinary,
            0x9 => Subtag::HeapBinary,
            0xA => Subtag::SubBinary,
            0xC => Subtag::ExternalPid,
            0xD => Subtag::ExternalPort,
            0xE => Subtag::ExternalRef,
            0xF => Subtag::Map,
            _ => return None,
        })
    }

    /// The raw header word for an object of this kind with `arity` words after the header.
    #[inline(always)]
    pub const fn header_bits(self, arity: u64) -> u64 {
        (arity << 6) | ((self as u64) << 2)
    }

    /// Whether this kind is a bignum.
    #[inline(always)]
    pub const fn is_bignum(self) -> bool {
        matches!(self, Subtag::PosBig | Subtag::NegBig)
    }

    /// Whether this kind is one of the binary representations.
    #[inline(always)]
    pub const fn is_binary(self) -> bool {
        matches!(
            self,
            Subtag::RefcBinary | Subtag::HeapBinary | Subtag::SubBinary
        )
    }
}

/// A decoded header word.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Header(u64);

/// Largest arity a header can carry.
pub const MAX_HEADER_ARITY: u64 = (1 << 58) - 1;

impl Header {
    /// A header for an object of kind `subtag` with `arity` words after it.
    #[inline(always)]
    pub const fn new(subtag: Subtag, arity: u64) -> Header {
        debug_assert!(arity <= MAX_HEADER_ARITY);
        Header(subtag.header_bits(arity))
    }

    /// Reinterprets a raw word (primary tag `00`) as a header.
    #[inline(always)]
    pub const fn from_raw(raw: u64) -> Header {
        debug_assert!(raw & 0b11 == 0);
        Header(raw)
    }

    /// The raw word.
    #[inline(always)]
    pub const fn raw(self) -> u64 {
        self.0
    }

    /// The 4-bit subtag field.
    #[inline(always)]
    pub const fn subtag_bits(self) -> u8 {
        ((self.0 >> 2) & 0xF) as u8
    }

    /// The object's kind, or `None` for the unused subtag value.
    #[inline(always)]
    pub const fn subtag(self) -> Option<Subtag> {
        Subtag::from_bits(self.subtag_bits())
    }

    /// The arity field: the number of words after the header for most kinds.
    #[inline(always)]
    pub const fn arity(self) -> u64 {
        self.0 >> 6
    }

    /// Whether this is a tuple header.
    #[inline(always)]
    pub const fn is_tuple(self) -> bool {
        self.0 & 0b11_1111 == 0
    }
}

impl std::fmt::Debug for Header {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Header({:?}, {})", self.subtag(), self.arity())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subtag_round_trips() {
        for bits in 0u8..16 {
            if let Some(s) = Subtag::from_bits(bits) {
                let h = Header::new(s, 12345);
                assert_eq!(h.subtag(), Some(s));
                assert_eq!(h.arity(), 12345);
                assert_eq!(h.raw() & 0b11, 0);
            } else {
                assert_eq!(bits, 0xB);
            }
        }
        assert!(Header::new(Subtag::Tuple, 3).is_tuple());
        assert!(!Header::new(Subtag::Float, 1).is_tuple());
    }
}
