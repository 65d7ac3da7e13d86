//! Binaries and bitstrings: three object kinds, laid out as ERTS lays them out (erl_binary.h), and
//! safe readers over them.
//!
//! **Heap binary** (at most [`HEAP_BINARY_LIMIT`] bytes, stored inline):
//!
//! | word | contents                                                            |
//! |------|---------------------------------------------------------------------|
//! | 0    | `header(HeapBinary, 1 + ceil(n / 8))`                               |
//! | 1    | `n`, the size in bytes                                              |
//! | 2..  | the bytes, in memory order; the unused tail of the last word is 0   |
//!
//! **Refc binary** (a "proc bin": a handle on bytes stored off the heap, shared between processes):
//!
//! | word | contents                                                            |
//! |------|---------------------------------------------------------------------|
//! | 0    | `header(RefcBinary, 5)`                                             |
//! | 1    | size in bytes                                                       |
//! | 2    | flags: [`refc::WRITABLE`] for a binary that appends may grow in place |
//! | 3    | the storage: `Arc::into_raw` of an `Arc<BinaryStorage>`; the object owns one strong count |
//! | 4    | address of the first byte (inside the storage, which never moves)   |
//! | 5    | spare (0), so that the object has ERTS's size                       |
//!
//! The strong count of the storage is the number of refc objects (in any heap, fragment or literal
//! area) that point to it, plus any `Arc`s held by Rust code. Every refc object is recorded in the
//! off-heap list of the memory it lives in ([`crate::heap::OffHeapList`]); when a garbage collection
//! finds a refc object unreachable, or the fragment or literal area holding it is dropped, its count
//! is released. Copying a refc object (message passing) adds a count instead of copying bytes.
//!
//! **Sub-binary** (a bit range of another binary):
//!
//! | word | contents                                                            |
//! |------|---------------------------------------------------------------------|
//! | 0    | `header(SubBinary, 4)`                                              |
//! | 1    | size in whole bytes                                                 |
//! | 2    | offset in bytes into the original's data                            |
//! | 3    | `bit_size` (bits 0..8: extra bits after the whole bytes, 0..=7) \| `bit_offset << 8` (0..=7) \| `writable << 16` |
//! | 4    | the original binary: a term, a boxed pointer to a heap or refc binary (possibly literal) |
//!
//! Only word 4 of a sub-binary is a term (see [`super::layout`]); a sub-binary never points to
//! another sub-binary. A bitstring whose length is not a multiple of 8 is always a sub-binary, as
//! in ERTS.

use std::cell::UnsafeCell;
use std::sync::Arc;

use super::{Subtag, Term};

/// Largest binary stored inline on a heap (ERTS's `ERL_ONHEAP_BIN_LIMIT`).
pub const HEAP_BINARY_LIMIT: usize = 64;

/// Words of a refc binary object, header included.
pub const REFC_BINARY_WORDS: usize = 6;

/// Words of a sub-binary object, header included.
pub const SUB_BINARY_WORDS: usize = 5;

/// Words a heap binary of `bytes` bytes occupies, header included.
#[inline]
pub const fn heap_binary_words(bytes: usize) -> usize {
    2 + bytes.div_ceil(8)
}

/// The bytes of a refc binary, stored outside every heap and shared by reference counting.
///
/// The buffer may be larger than the bytes any refc object uses (the spare capacity of a
/// writable binary, see [`Term::append_in_place`]). Bytes a view can see are never written
/// while the storage is shared, so shared access is read-only in effect.
pub struct BinaryStorage {
    bytes: Box<[UnsafeCell<u8>]>,
}

// SAFETY: bytes are written only through `Term::append_in_place`, which requires that the
// writing process holds the only count on the storage and writes only bytes no view covers.
unsafe impl Sync for BinaryStorage {}
// SAFETY: as above; the storage owns plain bytes.
unsafe impl Send for BinaryStorage {}

impl std::fmt::Debug for BinaryStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "BinaryStorage({} bytes)", self.bytes.len())
    }
}

impl BinaryStorage {
    /// Storage holding `bytes`, with one strong count owned by the returned `Arc`.
    pub fn new(bytes: impl Into<Box<[u8]>>) -> Arc<BinaryStorage> {
        let bytes: Box<[u8]> = bytes.into();
        let raw = Box::into_raw(bytes) as *mut [UnsafeCell<u8>];
        // SAFETY: `UnsafeCell<u8>` is `repr(transparent)` over `u8`, so the slice of bytes is a
        // valid slice of cells of the same length; the allocation (from `Box<[u8]>`, whose
        // layout equals that of `Box<[UnsafeCell<u8>]>`) is taken over without copying.
        let cells: Box<[UnsafeCell<u8>]> = unsafe { Box::from_raw(raw) };
        debug_assert_eq!(std::mem::size_of::<UnsafeCell<u8>>(), 1);
        Arc::new(BinaryStorage { bytes: cells })
    }

    /// Storage of `capacity` bytes (at least `prefix.len()`) starting with `prefix`, the rest
    /// zero: the buffer of a writable binary. The zeroed allocation leaves the untouched part
    /// of a large buffer to the operating system's zero pages.
    pub fn with_capacity(prefix: &[u8], capacity: usize) -> Arc<BinaryStorage> {
        let mut v = vec![0u8; capacity.max(prefix.len())];
        v[..prefix.len()].copy_from_slice(prefix);
        BinaryStorage::new(v)
    }

    /// The whole buffer.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: `UnsafeCell<u8>` has the layout of `u8`; bytes a reader can reach are not
        // written while shared (see the type's docs).
        unsafe { std::slice::from_raw_parts(self.bytes.as_ptr() as *const u8, self.bytes.len()) }
    }

    /// Size of the buffer in bytes.
    pub fn capacity(&self) -> usize {
        self.bytes.len()
    }
}

/// Offsets of the refc binary words (see the module docs).
pub(crate) mod refc {
    /// Word holding the size in bytes.
    pub const SIZE: usize = 1;
    /// Word holding the flags.
    pub const FLAGS: usize = 2;
    /// Word holding the `Arc<BinaryStorage>` raw pointer.
    pub const STORAGE: usize = 3;
    /// Word holding the address of the first byte.
    pub const BYTES: usize = 4;
    /// Flag: appends may grow this binary in place (its storage has spare capacity that only
    /// the newest writable sub-binary over it may fill).
    pub const WRITABLE: u64 = 1;
}

/// Bit 16 of a sub-binary's third word: the sub-binary is the newest result of appending to
/// a writable binary and may itself be appended to in place.
pub(crate) const SUB_WRITABLE: u64 = 1 << 16;

/// Packs the third word of a sub-binary.
#[inline]
pub(crate) const fn pack_sub_bits(bit_size: u8, bit_offset: u8, writable: bool) -> u64 {
    (bit_size as u64) | ((bit_offset as u64) << 8) | ((writable as u64) << 16)
}

/// A read-only view of a bitstring: `bit_len` bits starting `bit_offset` bits into `bytes[0]`.
///
/// Bits are numbered from the most significant bit of each byte, as Erlang does. `bytes` covers
/// exactly the bytes that hold the bitstring's bits.
#[derive(Clone, Copy, Debug)]
pub struct BitSlice<'a> {
    bytes: &'a [u8],
    bit_offset: u8,
    bit_len: usize,
}

impl<'a> BitSlice<'a> {
    /// A view of the whole of `bytes`.
    pub fn from_bytes(bytes: &'a [u8]) -> BitSlice<'a> {
        BitSlice {
            bytes,
            bit_offset: 0,
            bit_len: bytes.len() * 8,
        }
    }

    /// A view of `bit_len` bits starting `bit_offset` (0..=7) bits into `bytes`; `None` when
    /// `bytes` is too short.
    pub fn new(bytes: &'a [u8], bit_offset: u8, bit_len: usize) -> Option<BitSlice<'a>> {
        if bit_offset > 7 {
            return None;
        }
        let needed = (bit_offset as usize + bit_len).div_ceil(8);
        let bytes = bytes.get(..needed)?;
        Some(BitSlice {
            bytes,
            bit_offset,
            bit_len,
        })
    }

    /// Length in bits.
    pub fn bit_len(&self) -> usize {
        self.bit_len
    }

    /// Number of whole bytes.
    pub fn byte_len(&self) -> usize {
        self.bit_len / 8
    }

    /// Whether this is a binary (a whole number of bytes).
    pub fn is_binary(&self) -> bool {
        self.bit_len.is_multiple_of(8)
    }

    /// The bytes when the bitstring is byte-aligned and a whole number of bytes long.
    pub fn as_bytes(&self) -> Option<&'a [u8]> {
        (self.bit_offset == 0 && self.bit_len.is_multiple_of(8)).then_some(self.bytes)
    }

    /// Whole byte `index` (0-based), read across the bit offset. Panics if out of range.
    pub fn byte(&self, index: usize) -> u8 {
        assert!(index < self.byte_len(), "byte index out of range");
        self.read_byte_at_bit(index * 8)
    }

    /// Bit `index` (0 or 1). Panics if out of range.
    pub fn bit(&self, index: usize) -> u8 {
        assert!(index < self.bit_len, "bit index out of range");
        let abs = self.bit_offset as usize + index;
        (self.bytes[abs / 8] >> (7 - abs % 8)) & 1
    }

    /// The trailing bits after the whole bytes: `(value, count)` with `count` in 0..=7 and the
    /// bits in the low bits of `value`.
    pub fn trailing_bits(&self) -> (u8, u8) {
        let count = (self.bit_len % 8) as u8;
        if count == 0 {
            return (0, 0);
        }
        let byte = self.read_byte_at_bit(self.byte_len() * 8);
        (byte >> (8 - count), count)
    }

    /// The bits packed from the start of a fresh buffer; the last byte is padded with zero bits
    /// at the low end when the length is not a multiple of 8.
    pub fn to_vec(&self) -> Vec<u8> {
        if let Some(b) = self.as_bytes() {
            return b.to_vec();
        }
        let whole = self.byte_len();
        let mut out: Vec<u8> = (0..whole).map(|i| self.read_byte_at_bit(i * 8)).collect();
        let (value, count) = self.trailing_bits();
        if count > 0 {
            out.push(value << (8 - count));
        }
        out
    }

    /// Eight bits starting at bit `start` (which may run into padding at the end; missing bits
    /// read as 0).
    fn read_byte_at_bit(&self, start: usize) -> u8 {
        let abs = self.bit_offset as usize + start;
        let (i, shift) = (abs / 8, abs % 8);
        let hi = self.bytes.get(i).copied().unwrap_or(0);
        if shift == 0 {
            return hi;
        }
        let lo = self.bytes.get(i + 1).copied().unwrap_or(0);
        (hi << shift) | (lo >> (8 - shift))
    }
}

impl PartialEq for BitSlice<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.bit_len == other.bit_len && self.to_vec() == other.to_vec()
    }
}

impl Term {
    /// Reads word `index` of a boxed object (private to the binary readers).
    #[inline(always)]
    fn bin_word(self, index: usize) -> u64 {
        debug_assert!(self.is_boxed());
        debug_assert!(index <= self.boxed_header().arity() as usize);
        // SAFETY: boxed pointer terms point to live, well-formed objects (constructor contract);
        // `index` is inside the object (checked in debug builds).
        unsafe { *self.pointer().add(index) }
    }

    /// Whether this is a bitstring (any of the three binary kinds).
    #[inline]
    pub fn is_bitstring(self) -> bool {
        self.boxed_subtag().is_some_and(Subtag::is_binary)
    }

    /// Whether this is a binary: a bitstring whose length is a whole number of bytes.
    #[inline]
    pub fn is_binary(self) -> bool {
        match self.boxed_subtag() {
            Some(Subtag::HeapBinary) | Some(Subtag::RefcBinary) => true,
            Some(Subtag::SubBinary) => self.bin_word(3) & 0xFF == 0,
            _ => false,
        }
    }

    /// The bytes of a heap or refc binary object (not a sub-binary), as a slice.
    fn plain_binary_bytes<'a>(self) -> &'a [u8] {
        match self.boxed_subtag() {
            Some(Subtag::HeapBinary) => {
                let len = self.bin_word(1) as usize;
                // SAFETY: a heap binary holds `len` bytes from word 2 on (layout above), inside
                // the object, which lives as long as the term is reachable.
                unsafe { std::slice::from_raw_parts(self.pointer().add(2) as *const u8, len) }
            }
            Some(Subtag::RefcBinary) => {
                let len = self.bin_word(refc::SIZE) as usize;
                let bytes = self.bin_word(refc::BYTES) as *const u8;
                // SAFETY: word 4 points to `len` bytes inside the storage, which this object
                // keeps alive with its strong count.
                unsafe { std::slice::from_raw_parts(bytes, len) }
            }
            other => unreachable!("not a heap or refc binary: {other:?}"),
        }
    }

    /// A view of the bits of a bitstring, or `None` if this is not one.
    ///
    /// The view borrows from the heap (or off-heap storage); like [`Term::tuple_elements`], it
    /// must not be held across a garbage collection.
    pub fn as_bitstring<'a>(self) -> Option<BitSlice<'a>> {
        match self.boxed_subtag()? {
            Subtag::HeapBinary | Subtag::RefcBinary => {
                Some(BitSlice::from_bytes(self.plain_binary_bytes()))
            }
            Subtag::SubBinary => {
                let size = self.bin_word(1) as usize;
                let offset = self.bin_word(2) as usize;
                let bits = self.bin_word(3);
                let (bit_size, bit_offset) = ((bits & 0xFF) as usize, ((bits >> 8) & 0xFF) as u8);
                // SAFETY (for `Term::from_raw`): word 4 is a term pointing to the original binary.
                let orig = unsafe { Term::from_raw(self.bin_word(4)) };
                let data = orig.plain_binary_bytes();
                let view = BitSlice::new(
                    data.get(offset..).unwrap_or(&[]),
                    bit_offset,
                    size * 8 + bit_size,
                );
                debug_assert!(view.is_some(), "sub-binary exceeds its original");
                view
            }
            _ => None,
        }
    }

    /// The bytes of a byte-aligned binary (the common case: every heap and refc binary, and
    /// sub-binaries that start on a byte boundary and have no trailing bits). `None` for other
    /// terms and for unaligned bitstrings, which [`Term::as_bitstring`] reads.
    pub fn binary_bytes<'a>(self) -> Option<&'a [u8]> {
        self.as_bitstring()?.as_bytes()
    }

    /// How a bitstring is stored: `(original, start, bit_len)`, where `original` is the heap or
    /// refc binary holding the bits and `start` the bit offset of the first bit in its bytes.
    pub fn bitstring_parts(self) -> Option<(Term, usize, usize)> {
        match self.boxed_subtag()? {
            Subtag::HeapBinary | Subtag::RefcBinary => {
                Some((self, 0, self.plain_binary_bytes().len() * 8))
            }
            Subtag::SubBinary => {
                let size = self.bin_word(1) as usize;
                let offset = self.bin_word(2) as usize;
                let bits = self.bin_word(3);
                // SAFETY (for `Term::from_raw`): word 4 is a term pointing to the original binary.
                let orig = unsafe { Term::from_raw(self.bin_word(4)) };
                let start = offset * 8 + ((bits >> 8) & 0xFF) as usize;
                Some((orig, start, size * 8 + (bits & 0xFF) as usize))
            }
            _ => None,
        }
    }

    /// The bytes of the heap or refc binary `self` (as [`Term::bitstring_parts`] returns as the
    /// original), or `None` for other terms.
    #[inline(always)]
    pub fn plain_bytes<'a>(self) -> Option<&'a [u8]> {
        matches!(
            self.boxed_subtag(),
            Some(Subtag::HeapBinary | Subtag::RefcBinary)
        )
        .then(|| self.plain_binary_bytes())
    }

    /// Whether `self` is a sub-binary that may be appended to in place, over a writable refc
    /// binary whose storage no other object shares; returns that refc binary, the bit length,
    /// and the storage's capacity in bytes.
    pub fn appendable(self) -> Option<(Term, usize, usize)> {
        if self.boxed_subtag() != Some(Subtag::SubBinary) {
            return None;
        }
        // Words 1 to 4 of a sub-binary: byte size, byte offset, bit size/offset/writable, and
        // the original binary (a term).
        let bits = self.bin_word(3);
        if bits & SUB_WRITABLE == 0 || self.bin_word(2) != 0 || (bits >> 8) & 0xFF != 0 {
            return None;
        }
        // SAFETY (for `Term::from_raw`): word 4 is a term pointing to the original binary.
        let orig = unsafe { Term::from_raw(self.bin_word(4)) };
        if orig.boxed_subtag() != Some(Subtag::RefcBinary)
            || orig.bin_word(refc::FLAGS) & refc::WRITABLE == 0
        {
            return None;
        }
        let bit_len = self.bin_word(1) as usize * 8 + (bits & 0xFF) as usize;
        let raw = orig.bin_word(refc::STORAGE) as *const BinaryStorage;
        // SAFETY: word 3 is a live storage this object holds a count on; reading the count of
        // a borrowed `Arc` without changing it.
        let (shared, capacity) = unsafe {
            let arc = std::mem::ManuallyDrop::new(Arc::from_raw(raw));
            (Arc::strong_count(&arc) != 1, arc.capacity())
        };
        if shared || bit_len.div_ceil(8) != orig.bin_word(refc::SIZE) as usize {
            return None;
        }
        Some((orig, bit_len, capacity))
    }

    /// Appends the first `nbits` bits of `data` to the appendable sub-binary `self` in its
    /// storage's spare capacity, and returns the refc binary and the new bit length; the caller
    /// then makes the new writable sub-binary. `self` stops being appendable, so that only the
    /// newest result may grow. `None` (and nothing changed) when `self` is not appendable
    /// ([`Term::appendable`]), its length is not a multiple of `unit`, or the capacity is too
    /// small.
    pub fn append_in_place(self, unit: usize, data: &[u8], nbits: usize) -> Option<(Term, usize)> {
        let (orig, bit_len, capacity) = self.appendable()?;
        // Units are 1 to 256, most often 1 or 8: a mask rather than a division for powers of two.
        let misaligned = if unit.is_power_of_two() {
            bit_len & (unit - 1) != 0
        } else {
            !bit_len.is_multiple_of(unit)
        };
        if misaligned {
            return None;
        }
        let new_len = bit_len.checked_add(nbits)?;
        if new_len.div_ceil(8) > capacity || data.len() * 8 < nbits {
            return None;
        }
        let raw = orig.bin_word(refc::STORAGE) as *const BinaryStorage;
        let first = bit_len / 8;
        // SAFETY: the storage is live: `orig` holds a count on it.
        let base = unsafe { (*raw).bytes.as_ptr() as *mut u8 };
        let region = base.wrapping_add(first) as usize..base.wrapping_add(capacity) as usize;
        let src = data.as_ptr() as usize..data.as_ptr() as usize + data.len();
        let copy;
        let data = if src.start < region.end && region.start < src.end {
            copy = data.to_vec();
            &copy[..]
        } else {
            data
        };
        // SAFETY: only `orig` holds a count on the storage (checked by `appendable`), and
        // `orig` lives in this process's memory, so no other thread can reach it. Every view
        // over `orig` covers at most `bit_len` bits, so the bits written here (after `bit_len`)
        // are seen by none of them, and `data` does not overlap the written bytes (copied
        // above if it did). Word 3 of the sub-binary and word 1 of the refc object are raw
        // words, so updating them needs no collector cooperation.
        unsafe {
            let buf = std::slice::from_raw_parts_mut(base.add(first), capacity - first);
            if bit_len.is_multiple_of(8) && nbits.is_multiple_of(8) {
                let n = nbits / 8;
                if n <= 8 {
                    // A few bytes (the common append): cheaper than a call to memcpy.
                    for (d, s) in buf[..n].iter_mut().zip(&data[..n]) {
                        *d = *s;
                    }
                } else {
                    buf[..n].copy_from_slice(&data[..n]);
                }
            } else {
                crate::bits::copy::copy_bits(data, 0, buf, bit_len % 8, nbits);
            }
            *orig.pointer().add(refc::SIZE) = new_len.div_ceil(8) as u64;
            *self.pointer().add(3) &= !SUB_WRITABLE;
        }
        Some((orig, new_len))
    }

    /// The off-heap storage of a refc binary object, with a new strong count.
    pub fn refc_storage(self) -> Option<Arc<BinaryStorage>> {
        if self.boxed_subtag() != Some(Subtag::RefcBinary) {
            return None;
        }
        let raw = self.bin_word(refc::STORAGE) as *const BinaryStorage;
        // SAFETY: word 3 holds `Arc::into_raw` of a live storage whose count this object owns;
        // incrementing first gives the returned `Arc` a count of its own.
        unsafe {
            Arc::increment_strong_count(raw);
            Some(Arc::from_raw(raw))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_slices_read_across_offsets() {
        let data = [0b1010_1100, 0b0101_0011, 0b1111_0000];
        let s = BitSlice::new(&data, 3, 13).unwrap();
        assert_eq!(s.bit_len(), 13);
        assert_eq!(s.byte(0), 0b0110_0010);
        assert_eq!(s.trailing_bits(), (0b10011, 5));
        assert_eq!(s.to_vec(), vec![0b0110_0010, 0b1001_1000]);
        assert_eq!(s.bit(0), 0);
        assert_eq!(s.bit(1), 1);
        assert!(s.as_bytes().is_none());
        let whole = BitSlice::from_bytes(&data);
        assert_eq!(whole.as_bytes(), Some(&data[..]));
        assert!(BitSlice::new(&data, 0, 25).is_none());
        assert!(BitSlice::new(&data, 8, 1).is_none());
    }

    #[test]
    fn sizes_match_erts() {
        assert_eq!(heap_binary_words(0), 2);
        assert_eq!(heap_binary_words(1), 3);
        assert_eq!(heap_binary_words(64), 10);
        assert_eq!(pack_sub_bits(7, 3, true), 7 | (3 << 8) | (1 << 16));
    }
}
