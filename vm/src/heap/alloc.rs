//! The [`TermAlloc`] trait and its safe term constructors.

use std::sync::Arc;

use num_bigint::{BigInt, Sign};

use super::OffHeapList;
use crate::term::binary::{
    heap_binary_words, pack_sub_bits, refc, BinaryStorage, HEAP_BINARY_LIMIT, REFC_BINARY_WORDS,
    SUB_BINARY_WORDS,
};
use crate::term::fun::{fun_words, EXPORT_WORDS};

/// Words of a local reference object (header included).
pub const REF_WORDS: usize = 3;
use crate::term::{Header, Subtag, Term};

/// A place terms can be allocated in.
///
/// Implementors provide [`TermAlloc::alloc_words`]; the constructors are provided on top of it.
/// Allocation never fails from the caller's point of view: a process heap that is full falls back to
/// a heap fragment, and garbage collection happens only at the interpreter's safepoints, never inside
/// a constructor. Terms built here stay valid until the owner's next garbage collection.
pub trait TermAlloc {
    /// Returns `words` fresh, 8-byte-aligned words that stay at a fixed address until the owner's
    /// next garbage collection (or, for literal areas, until the area is freed). Their contents are
    /// unspecified; the caller initialises all of them before making terms that point to them.
    fn alloc_words(&mut self, words: usize) -> &mut [u64];

    /// The list that records refc binary objects allocated here (see [`OffHeapList`]), or `None`
    /// for memory that cannot track them; binaries built in such memory are always stored inline
    /// as heap binaries, whatever their size.
    fn off_heap_list(&mut self) -> Option<&mut OffHeapList> {
        None
    }

    /// A list cell `[head | tail]`.
    fn cons(&mut self, head: Term, tail: Term) -> Term {
        let cell = self.alloc_words(2);
        cell[0] = head.raw();
        cell[1] = tail.raw();
        // SAFETY: `cell` is two initialised words that live until the next collection.
        unsafe { Term::cons_ptr(cell.as_ptr()) }
    }

    /// A tuple of `elements`.
    fn tuple(&mut self, elements: &[Term]) -> Term {
        let words = self.alloc_words(1 + elements.len());
        words[0] = Header::new(Subtag::Tuple, elements.len() as u64).raw();
        for (slot, e) in words[1..].iter_mut().zip(elements) {
            *slot = e.raw();
        }
        // SAFETY: a tuple header followed by `elements.len()` initialised terms.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// A float.
    #[inline]
    fn float(&mut self, value: f64) -> Term {
        let words = self.alloc_words(2);
        words[0] = Header::new(Subtag::Float, 1).raw();
        words[1] = value.to_bits();
        // SAFETY: a float header followed by its value word.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// An integer: a small integer when it fits, a bignum otherwise.
    fn integer(&mut self, value: i64) -> Term {
        match Term::try_small(value) {
            Some(t) => t,
            None => self.bignum_from_parts(value < 0, &[value.unsigned_abs()]),
        }
    }

    /// An integer from a `u64`.
    fn integer_u64(&mut self, value: u64) -> Term {
        match i64::try_from(value) {
            Ok(v) => self.integer(v),
            Err(_) => self.bignum_from_parts(false, &[value]),
        }
    }

    /// An integer from a `BigInt`: a small integer when it fits.
    fn big_integer(&mut self, value: &BigInt) -> Term {
        let (sign, digits) = value.to_u64_digits();
        self.bignum_from_parts(sign == Sign::Minus, &digits)
    }

    /// An integer from sign and little-endian magnitude digits (leading zero digits allowed):
    /// normalised to a small integer when it fits, so that equal integers have one representation.
    fn bignum_from_parts(&mut self, negative: bool, digits: &[u64]) -> Term {
        let len = digits.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
        let digits = &digits[..len];
        match digits {
            [] => return Term::small(0),
            [d] if *d <= (1u64 << 59) => {
                let v = if negative { -(*d as i128) } else { *d as i128 };
                if let Ok(v) = i64::try_from(v) {
                    if let Some(t) = Term::try_small(v) {
                        return t;
                    }
                }
            }
            _ => {}
        }
        let words = self.alloc_words(1 + digits.len());
        let subtag = if negative {
            Subtag::NegBig
        } else {
            Subtag::PosBig
        };
        words[0] = Header::new(subtag, digits.len() as u64).raw();
        words[1..].copy_from_slice(digits);
        // SAFETY: a bignum header followed by its normalised digits.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// A proper list of `elements`, in order.
    fn list(&mut self, elements: &[Term]) -> Term {
        self.list_with_tail(elements, Term::NIL)
    }

    /// A list of `elements` ending in `tail` (improper unless `tail` is a list).
    fn list_with_tail(&mut self, elements: &[Term], tail: Term) -> Term {
        elements
            .iter()
            .rev()
            .fold(tail, |acc, &e| self.cons(e, acc))
    }

    /// A binary holding `bytes`: a heap binary up to [`HEAP_BINARY_LIMIT`] bytes, a refc binary
    /// (bytes copied into new off-heap storage) beyond.
    fn binary(&mut self, bytes: &[u8]) -> Term {
        if bytes.len() <= HEAP_BINARY_LIMIT || self.off_heap_list().is_none() {
            self.heap_binary(bytes)
        } else {
            self.refc_binary(BinaryStorage::new(bytes))
        }
    }

    /// A heap binary holding `bytes` (of any size; [`TermAlloc::binary`] chooses the kind).
    fn heap_binary(&mut self, bytes: &[u8]) -> Term {
        let words = self.alloc_words(heap_binary_words(bytes.len()));
        words[0] = Header::new(Subtag::HeapBinary, (words.len() - 1) as u64).raw();
        words[1] = bytes.len() as u64;
        for (slot, chunk) in words[2..].iter_mut().zip(bytes.chunks(8)) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            *slot = u64::from_ne_bytes(word);
        }
        // SAFETY: a heap binary header, its size and its bytes (layout in `term::binary`).
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// A refc binary object for all of `storage`'s bytes; the object takes over the `Arc`'s
    /// strong count. Memory without an off-heap list gets a heap binary copy instead.
    fn refc_binary(&mut self, storage: Arc<BinaryStorage>) -> Term {
        if self.off_heap_list().is_none() {
            return self.heap_binary(storage.bytes());
        }
        let len = storage.bytes().len();
        let bytes = storage.bytes().as_ptr() as u64;
        let words = self.alloc_words(REFC_BINARY_WORDS);
        words[0] = Header::new(Subtag::RefcBinary, (REFC_BINARY_WORDS - 1) as u64).raw();
        words[refc::SIZE] = len as u64;
        words[refc::FLAGS] = 0;
        words[refc::STORAGE] = Arc::into_raw(storage) as u64;
        words[refc::BYTES] = bytes;
        words[5] = 0;
        let object = words.as_mut_ptr();
        let list = self
            .off_heap_list()
            .expect("checked above that this memory has an off-heap list");
        // SAFETY: `object` is the refc binary just written, owning the count taken from the
        // `Arc`; it lives in the memory this list belongs to and is listed nowhere else.
        unsafe {
            list.push(object);
            Term::boxed_ptr(object)
        }
    }

    /// A writable bitstring of the first `bit_len` bits of `storage` (which must hold them): a
    /// refc binary flagged writable and a writable sub-binary over it, which appends may grow
    /// in place (see [`Term::append_in_place`]). Memory without an off-heap list gets a plain
    /// copy instead.
    fn writable_bitstring(&mut self, storage: Arc<BinaryStorage>, bit_len: usize) -> Term {
        let used = bit_len.div_ceil(8);
        assert!(
            used <= storage.capacity(),
            "writable bitstring exceeds its storage"
        );
        if self.off_heap_list().is_none() {
            let bytes = storage.bytes()[..used].to_vec();
            return self.bitstring(&bytes, bit_len);
        }
        let bytes = storage.bytes().as_ptr() as u64;
        let words = self.alloc_words(REFC_BINARY_WORDS);
        words[0] = Header::new(Subtag::RefcBinary, (REFC_BINARY_WORDS - 1) as u64).raw();
        words[refc::SIZE] = used as u64;
        words[refc::FLAGS] = refc::WRITABLE;
        words[refc::STORAGE] = Arc::into_raw(storage) as u64;
        words[refc::BYTES] = bytes;
        words[5] = 0;
        let object = words.as_mut_ptr();
        let list = self
            .off_heap_list()
            .expect("checked above that this memory has an off-heap list");
        // SAFETY: `object` is the refc binary just written, owning the count taken from the
        // `Arc`; it lives in the memory this list belongs to and is listed nowhere else.
        let orig = unsafe {
            list.push(object);
            Term::boxed_ptr(object)
        };
        self.writable_sub_binary(orig, bit_len)
    }

    /// A writable sub-binary of the first `bit_len` bits of the writable refc binary `orig`
    /// (the result of an append; see [`TermAlloc::writable_bitstring`]).
    fn writable_sub_binary(&mut self, orig: Term, bit_len: usize) -> Term {
        assert_eq!(orig.boxed_subtag(), Some(Subtag::RefcBinary));
        let words = self.alloc_words(SUB_BINARY_WORDS);
        words[0] = Header::new(Subtag::SubBinary, (SUB_BINARY_WORDS - 1) as u64).raw();
        words[1] = (bit_len / 8) as u64;
        words[2] = 0;
        words[3] = pack_sub_bits((bit_len % 8) as u8, 0, true);
        words[4] = orig.raw();
        // SAFETY: a sub-binary over the refc binary `orig`, within its bits.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// A sub-binary of `bit_len` bits starting `byte_offset` bytes plus `bit_offset` (0..=7) bits
    /// into the bitstring `orig`. Sub-binaries of sub-binaries are flattened.
    ///
    /// Panics if `orig` is not a bitstring or the range exceeds it (callers check first).
    fn sub_binary(
        &mut self,
        orig: Term,
        byte_offset: usize,
        bit_offset: u8,
        bit_len: usize,
    ) -> Term {
        let view = orig.as_bitstring().expect("sub_binary of a non-bitstring");
        let start = byte_offset * 8 + bit_offset as usize;
        assert!(
            bit_offset < 8 && start + bit_len <= view.bit_len(),
            "sub_binary range {start}+{bit_len} exceeds a bitstring of {} bits",
            view.bit_len()
        );
        let (base, base_start) = if orig.boxed_subtag() == Some(Subtag::SubBinary) {
            // SAFETY (for `from_raw`): word 4 of a sub-binary is its original binary (a term).
            let inner = unsafe { Term::from_raw(*orig.pointer().add(4)) };
            // SAFETY: words 2 and 3 of a sub-binary are its raw offset words.
            let (off, bits) = unsafe { (*orig.pointer().add(2), *orig.pointer().add(3)) };
            (inner, off as usize * 8 + ((bits >> 8) & 0xFF) as usize)
        } else {
            (orig, 0)
        };
        let abs = base_start + start;
        let words = self.alloc_words(SUB_BINARY_WORDS);
        words[0] = Header::new(Subtag::SubBinary, (SUB_BINARY_WORDS - 1) as u64).raw();
        words[1] = (bit_len / 8) as u64;
        words[2] = (abs / 8) as u64;
        words[3] = pack_sub_bits((bit_len % 8) as u8, (abs % 8) as u8, false);
        words[4] = base.raw();
        // SAFETY: a sub-binary over `base`, a heap or refc binary, within its bits.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// A bitstring of the first `bits` bits of `bytes` (a binary when `bits` is a multiple of 8,
    /// otherwise a sub-binary over a binary of the covering bytes, as ERTS builds them).
    ///
    /// Panics if `bytes` is shorter than `bits` needs.
    fn bitstring(&mut self, bytes: &[u8], bits: usize) -> Term {
        let covering = bits.div_ceil(8);
        assert!(covering <= bytes.len(), "bitstring needs {covering} bytes");
        if bits.is_multiple_of(8) {
            return self.binary(&bytes[..covering]);
        }
        let mut data = bytes[..covering].to_vec();
        let keep = (bits % 8) as u32;
        if let Some(last) = data.last_mut() {
            *last &= !(0xFFu8.checked_shr(keep).unwrap_or(0));
        }
        let base = self.binary(&data);
        self.sub_binary(base, 0, 0, bits)
    }

    /// A fun (closure) object: `code_ref` is the code table's opaque reference to the fun's code,
    /// `arity` its arity, `creator` the creating process's pid, `env` the captured terms (layout in
    /// `term::fun`).
    fn fun(&mut self, code_ref: u64, arity: u8, creator: Term, env: &[Term]) -> Term {
        let words = self.alloc_words(fun_words(env.len()));
        words[0] = Header::new(Subtag::Fun, (3 + env.len()) as u64).raw();
        words[1] = code_ref;
        words[2] = Term::small(arity as i64).raw();
        words[3] = creator.raw();
        for (slot, e) in words[4..].iter_mut().zip(env) {
            *slot = e.raw();
        }
        // SAFETY: a fun header, its raw code reference and its term words.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// An export object (`fun M:F/A`) for the code table's opaque export reference `code_ref`.
    fn export_fun(&mut self, code_ref: u64) -> Term {
        let words = self.alloc_words(EXPORT_WORDS);
        words[0] = Header::new(Subtag::Export, 1).raw();
        words[1] = code_ref;
        // SAFETY: an export header and its raw code reference.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// A local reference object with the unique number `id`: a header and two raw words (the
    /// number, and `owner`: the pid payload plus one of the process that may receive messages
    /// sent to the reference as an alias, or 0), 3 words as an ordinary reference in ERTS.
    fn local_ref(&mut self, id: u64, owner: u64) -> Term {
        let words = self.alloc_words(REF_WORDS);
        words[0] = Header::new(Subtag::Ref, (REF_WORDS - 1) as u64).raw();
        words[1] = id;
        words[2] = owner;
        // SAFETY: a reference header and its two raw words.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }

    /// The list of the code points of `text` (an Erlang string).
    fn charlist(&mut self, text: &str) -> Term {
        let chars: Vec<Term> = text.chars().map(|c| Term::small(c as i64)).collect();
        self.list(&chars)
    }
}

#[cfg(test)]
mod tests {
    use super::super::ScratchHeap;
    use super::*;

    #[test]
    fn integers_are_normalised() {
        let mut h = ScratchHeap::new();
        assert_eq!(h.integer(5), Term::small(5));
        let big = h.integer(i64::MAX);
        assert_eq!(big.bignum_digits(), Some((false, &[i64::MAX as u64][..])));
        let min = h.integer(i64::MIN);
        assert_eq!(min.bignum_digits(), Some((true, &[1u64 << 63][..])));
        assert_eq!(h.bignum_from_parts(true, &[5, 0, 0]), Term::small(-5));
        assert_eq!(
            h.bignum_from_parts(true, &[1 << 59]),
            Term::small(crate::term::SMALL_MIN)
        );
        assert!(h.bignum_from_parts(false, &[1 << 59]).is_bignum());
        let b = BigInt::from(3u8).pow(100);
        let t = h.big_integer(&b);
        let (neg, digits) = t.bignum_digits().unwrap();
        assert!(!neg);
        assert_eq!(b.to_u64_digits().1, digits);
    }

    #[test]
    fn builds_lists_and_tuples() {
        let mut h = ScratchHeap::new();
        let l = h.list(&[Term::small(1), Term::small(2)]);
        let (a, rest) = l.as_cons().unwrap();
        assert_eq!(a, Term::small(1));
        assert_eq!(rest.as_cons(), Some((Term::small(2), Term::NIL)));
        let t = h.tuple(&[l, Term::NIL]);
        assert_eq!(t.tuple_elements().unwrap()[0], l);
        let s = h.charlist("hé");
        assert_eq!(s.head(), Term::small('h' as i64));
        assert_eq!(s.tail().head(), Term::small('é' as i64));
        let f = h.float(-0.5);
        assert_eq!(f.as_float(), Some(-0.5));
    }
}

#[cfg(test)]
mod binary_tests {
    use super::super::ScratchHeap;
    use super::*;

    #[test]
    fn binaries_choose_their_kind_by_size() {
        let mut h = ScratchHeap::new();
        let small = h.binary(&[1u8; 64]);
        assert_eq!(small.boxed_subtag(), Some(Subtag::HeapBinary));
        assert_eq!(small.binary_bytes(), Some(&[1u8; 64][..]));
        let big = h.binary(&[2u8; 65]);
        assert_eq!(big.boxed_subtag(), Some(Subtag::RefcBinary));
        assert_eq!(big.binary_bytes(), Some(&[2u8; 65][..]));
        assert!(big.is_binary() && big.is_bitstring());
        assert_eq!(big.refc_storage().unwrap().bytes().len(), 65);
        let empty = h.binary(&[]);
        assert_eq!(empty.binary_bytes(), Some(&[][..]));
        assert!(!Term::small(1).is_bitstring());
    }

    #[test]
    fn bitstrings_and_sub_binaries() {
        let mut h = ScratchHeap::new();
        let bits = h.bitstring(&[0b1011_0111, 0b1110_0000], 11);
        assert!(bits.is_bitstring() && !bits.is_binary());
        let view = bits.as_bitstring().unwrap();
        assert_eq!(view.bit_len(), 11);
        assert_eq!(view.to_vec(), vec![0b1011_0111, 0b1110_0000]);
        assert!(bits.binary_bytes().is_none());
        // A sub-binary of a sub-binary points at the original, with offsets combined.
        let base = h.binary(&[0x12, 0x34, 0x56, 0x78]);
        let s1 = h.sub_binary(base, 1, 4, 16);
        assert_eq!(s1.as_bitstring().unwrap().to_vec(), vec![0x45, 0x67]);
        assert!(s1.is_binary() && s1.binary_bytes().is_none());
        let s2 = h.sub_binary(s1, 0, 4, 8);
        assert_eq!(s2.as_bitstring().unwrap().to_vec(), vec![0x56]);
        assert_eq!(s2.binary_bytes(), Some(&[0x56][..]));
        // SAFETY: word 4 of a sub-binary is its original.
        let orig = unsafe { Term::from_raw(*s2.pointer().add(4)) };
        assert_eq!(orig, base);
    }

    #[test]
    #[should_panic(expected = "exceeds")]
    fn sub_binary_out_of_range_panics() {
        let mut h = ScratchHeap::new();
        let base = h.binary(&[1, 2]);
        h.sub_binary(base, 1, 1, 8);
    }
}
