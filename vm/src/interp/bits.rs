//! The binary instructions: construction (`BsCreateBin`, `BsInitWritable`) and matching
//! (`BsStartMatch` and the `BsGet*`/`BsSkip*`/`BsTest*` family). The interpreter's match arms
//! read the operands and call these; the bit-level work is in [`crate::bits`].
//!
//! Appending (`<<Acc/binary, ...>>`, compiled as a `bs_create_bin` whose first segment is
//! `append` or `private_append`) grows a writable binary in place when it can, so that loops
//! building a binary piece by piece take linear time, as in erl: the result of an append is a
//! writable sub-binary over a refc binary with spare capacity; appending to it again writes into
//! the spare capacity. When there is no room (or the binary is shared, or not writable), the bits
//! are copied into new storage of twice the needed size.

use crate::atom::{self, Atom};
use crate::bits::build::{build_into, segment_bits, BuildError, SegSpec, SegType, Segment};
use crate::bits::matching::{self, size_bits, Utf};
use crate::bits::small::SmallBits;
use crate::bits::BitWriter;
use crate::heap::TermAlloc;
use crate::instr::{Dst, Src, MAX_X, X};
use crate::process::Process;
use crate::term::binary::{BinaryStorage, SUB_BINARY_WORDS};
use crate::term::match_context::MATCH_CONTEXT_WORDS;
use crate::term::Term;

use super::get;

/// Smallest capacity, in bytes, of the storage of a writable binary.
const MIN_WRITABLE: usize = 256;

/// Packs the unit and flags of a matching instruction into its `spec` operand.
pub const fn match_spec(unit: u16, little: bool, signed: bool) -> u16 {
    (unit & 0x1FF) | (little as u16) << 9 | (signed as u16) << 10
}

fn spec_unit(spec: u16) -> u16 {
    spec & 0x1FF
}

fn spec_little(spec: u16) -> bool {
    spec & (1 << 9) != 0
}

fn spec_signed(spec: u16) -> bool {
    spec & (1 << 10) != 0
}

/// The `kind` operand of `BsGetUtf`/`BsSkipUtf` for UTF-`width` (8, 16 or 32).
pub const fn utf_kind(width: u8, little: bool) -> u8 {
    width | (little as u8) << 7
}

fn utf_of(kind: u8) -> Utf {
    let little = kind & 0x80 != 0;
    match kind & 0x7F {
        8 => Utf::Utf8,
        16 => Utf::Utf16(little),
        _ => Utf::Utf32(little),
    }
}

/// Segments of one `BsCreateBin` kept on the stack.
const INLINE_SEGMENTS: usize = 16;

thread_local! {
    /// The scheduler's reusable construction buffer, so that building a small binary allocates
    /// nothing but the result.
    static SCRATCH: std::cell::RefCell<BitWriter> = std::cell::RefCell::new(BitWriter::default());
}

/// Executes `BsCreateBin`: `srcs` holds the number of live X registers (a constant), then per
/// segment a packed [`SegSpec`] constant, the value and the size. The result goes to `dst`.
pub fn create_bin(
    p: &mut Process,
    consts: &[Term],
    srcs: &[Src],
    dst: Dst,
) -> Result<(), BuildError> {
    let Some((&live, segs)) = srcs.split_first() else {
        return Err(BuildError::SystemLimit);
    };
    let live = get(p, consts, live);
    if let Some(t) = append_fast(p, consts, segs, live) {
        store_collecting(p, dst, t, live);
        return Ok(());
    }
    let n = segs.len() / 3;
    let empty = Segment {
        spec: SegSpec::unpack(0).ok_or(BuildError::SystemLimit)?,
        value: Term::NIL,
        size: Term::NIL,
    };
    let mut inline = [empty; INLINE_SEGMENTS];
    let mut spilled = Vec::new();
    let list: &mut [Segment] = if n <= INLINE_SEGMENTS {
        &mut inline[..n]
    } else {
        spilled.resize(n, empty);
        &mut spilled
    };
    for (chunk, seg) in segs.chunks_exact(3).zip(list.iter_mut()) {
        let Some(spec) = get(p, consts, chunk[0])
            .as_small()
            .and_then(SegSpec::unpack)
        else {
            return Err(BuildError::SystemLimit);
        };
        *seg = Segment {
            spec,
            value: get(p, consts, chunk[1]),
            size: get(p, consts, chunk[2]),
        };
    }
    let result = SCRATCH.with(|scratch| {
        let mut w = scratch.borrow_mut();
        w.clear();
        let result = match list.first() {
            Some(first) if matches!(first.spec.ty, SegType::Append | SegType::PrivateAppend) => {
                let first = *first;
                append(p, first, &list[1..], &mut w)
            }
            _ => {
                build_into(list, &mut w)?;
                Ok(p.heap.bitstring(w.bytes(), w.bit_len()))
            }
        };
        if w.bytes().len() > 1 << 16 {
            // Do not keep a large buffer alive between constructions.
            *w = BitWriter::default();
        }
        result
    })?;
    store_collecting(p, dst, result, live);
    Ok(())
}

/// The common append, without building segment lists: appending big-endian integer segments
/// with small values and `binary` segments of a few bytes in all (see [`SmallBits`]), or one
/// byte-aligned `binary` segment of any size, to a binary that can grow in place. `None` (with nothing changed) for anything else, which the general path then
/// builds, checks and reports errors for.
fn append_fast(p: &mut Process, consts: &[Term], segs: &[Src], live: Term) -> Option<Term> {
    let [spec0, acc, size0, rest @ ..] = segs else {
        return None;
    };
    let spec0 = SegSpec::unpack(get(p, consts, *spec0).as_small()?)?;
    if !matches!(spec0.ty, SegType::Append | SegType::PrivateAppend) {
        return None;
    }
    let all = Term::atom(crate::bits::build::atom_all());
    if get(p, consts, *size0) != all {
        return None;
    }
    let unit = spec0.unit as usize;
    let acc_src = *acc;
    if !p.heap.has_room(SUB_BINARY_WORDS) {
        // Collect now rather than spill the result into a heap fragment, when every term
        // source survives a collection (X registers at or above `live` are not roots).
        let live = live.as_small().unwrap_or(0).max(0) as usize;
        let survives = |s: &Src| s.tag() != 0 || s.index() < live;
        if survives(&acc_src) && rest.chunks_exact(3).all(|seg| survives(&seg[1])) {
            p.garbage_collect(SUB_BINARY_WORDS, live);
        }
    }
    let acc = get(p, consts, acc_src);
    if let [spec, value, size] = rest {
        // One whole binary of any size: appended straight from its bytes.
        let spec = SegSpec::unpack(get(p, consts, *spec).as_small()?)?;
        if spec.ty == SegType::Binary && get(p, consts, *size) == all {
            let value = get(p, consts, *value);
            if let Some(bytes) = value.as_bitstring().and_then(|v| v.as_bytes()) {
                let (orig, new_len) = acc.append_in_place(unit, bytes, bytes.len() * 8)?;
                return Some(p.heap.writable_sub_binary(orig, new_len));
            }
        }
    }
    // Integer segments of at most 64 bits in all are gathered in one word; anything more (and
    // binary segments) in a `SmallBits` buffer on the stack, started only when needed.
    let mut word = Word::default();
    let mut bits: Option<SmallBits> = None;
    for seg in rest.chunks_exact(3) {
        let spec = SegSpec::unpack(get(p, consts, seg[0]).as_small()?)?;
        let value = get(p, consts, seg[1]);
        let size = get(p, consts, seg[2]);
        let seg_unit = spec.unit as usize;
        match spec.ty {
            SegType::Integer if !spec.little => {
                let n = usize::try_from(size.as_small()?)
                    .ok()?
                    .checked_mul(seg_unit)?;
                let v = value.as_small()?;
                if bits.is_none() && word.push(v, n) {
                    continue;
                }
                bits.get_or_insert_with(|| word.spill()).push_int(v, n)?;
            }
            SegType::Binary => {
                let (orig, start, len) = value.bitstring_parts()?;
                let n = if size == all {
                    if seg_unit > 1 && !len.is_multiple_of(seg_unit) {
                        return None;
                    }
                    len
                } else {
                    usize::try_from(size.as_small()?)
                        .ok()?
                        .checked_mul(seg_unit)?
                };
                if n > len {
                    return None;
                }
                bits.get_or_insert_with(|| word.spill()).push_from(
                    orig.plain_bytes()?,
                    start,
                    n,
                )?;
            }
            _ => return None,
        }
    }
    let (orig, new_len) = match &bits {
        Some(b) => acc.append_in_place(unit, b.bytes(), b.bit_len())?,
        None => acc.append_in_place(unit, &word.bytes(), word.len)?,
    };
    Some(p.heap.writable_sub_binary(orig, new_len))
}

/// Up to 64 bits of integer segments gathered in a register, for the appends that add only
/// a few integers (`<<Acc/binary, X:8>>`, `<<Acc/binary, Len:16, Id:32>>`).
#[derive(Default)]
struct Word {
    /// The bits, in the low `len` bits.
    value: u64,
    /// How many.
    len: usize,
}

impl Word {
    /// Adds the low `n` bits of `v` if they fit; false (nothing added) otherwise.
    #[inline]
    fn push(&mut self, v: i64, n: usize) -> bool {
        if n > 64 - self.len {
            return false;
        }
        if n > 0 {
            let mask = u64::MAX >> (64 - n);
            self.value = self.value.checked_shl(n as u32).unwrap_or(0) | (v as u64 & mask);
            self.len += n;
        }
        true
    }

    /// The bits left-aligned in big-endian bytes (the last byte padded with zero bits).
    #[inline]
    fn bytes(&self) -> [u8; 8] {
        match self.len {
            0 => [0; 8],
            n => (self.value << (64 - n)).to_be_bytes(),
        }
    }

    /// A [`SmallBits`] holding the bits gathered so far.
    fn spill(&self) -> SmallBits {
        let mut b = SmallBits::default();
        let _ = b.push_bits(self.value, self.len);
        b
    }
}

/// Writes `t` to `dst`; then, if the heap has spilled into fragments or the young binaries
/// exceed the virtual binary heap, collects garbage with X registers `0..live` (`live` is the
/// instruction's small-integer count of the registers live before it) and `dst` as roots. An instruction that allocates without a
/// preceding `test_heap` must collect now and then, or a loop of such instructions would grow
/// memory without bound: erl collects at these instructions too, with the same live count.
pub fn store_collecting(p: &mut Process, dst: Dst, t: Term, live: Term) {
    if p.heap.has_room(0) {
        store(p, dst, t);
        return;
    }
    let live = (live.as_small().unwrap_or(0).max(0) as usize).min(MAX_X - 1);
    if !dst.is_y() && dst.index() >= live {
        // Keep the result in the first dead register while collecting.
        p.x[live] = t;
        p.garbage_collect(0, live + 1);
        let t = p.x[live];
        store(p, dst, t);
    } else {
        store(p, dst, t);
        p.garbage_collect(0, live);
    }
}

/// Writes a destination register.
fn store(p: &mut Process, d: Dst, t: Term) {
    if d.is_y() {
        p.heap.set_y(d.index(), t);
    } else {
        p.x[d.index() % MAX_X] = t;
    }
}

/// Appends the bits of `rest` (built in `w`) to the bitstring of segment `base`.
fn append(
    p: &mut Process,
    base: Segment,
    rest: &[Segment],
    w: &mut BitWriter,
) -> Result<Term, BuildError> {
    let base_bits = segment_bits(&base)? as usize;
    build_into(rest, w)?;
    let acc = base.value;
    if let Some((orig, new_len)) = acc.append_in_place(1, w.bytes(), w.bit_len()) {
        return Ok(p.heap.writable_sub_binary(orig, new_len));
    }
    let total = base_bits + w.bit_len();
    let capacity = (2 * total.div_ceil(8)).max(MIN_WRITABLE);
    if let Some(t) = regrow_aligned(p, acc, base_bits, w, capacity) {
        return Ok(t);
    }
    let mut all = BitWriter::with_capacity(total);
    if let Some((orig, start, _)) = acc.bitstring_parts() {
        all.push_from(orig.plain_bytes().unwrap_or(&[]), start, base_bits);
    }
    all.push_from(w.bytes(), 0, w.bit_len());
    let storage = BinaryStorage::with_capacity(all.bytes(), capacity);
    Ok(p.heap.writable_bitstring(storage, total))
}

/// The common case of [`append`] that needs new storage: the accumulator's first `base_bits`
/// bits are whole bytes starting on a byte boundary, so they are copied once, straight into the
/// new storage of `capacity` bytes, and the new bits appended in place after them. `None` for
/// any other accumulator.
fn regrow_aligned(
    p: &mut Process,
    acc: Term,
    base_bits: usize,
    w: &BitWriter,
    capacity: usize,
) -> Option<Term> {
    let (orig, start, len) = acc.bitstring_parts()?;
    if !start.is_multiple_of(8) || !base_bits.is_multiple_of(8) || base_bits > len {
        return None;
    }
    let bytes = orig.plain_bytes()?;
    let prefix = bytes.get(start / 8..(start + base_bits) / 8)?;
    let storage = BinaryStorage::with_capacity(prefix, capacity);
    let base = p.heap.writable_bitstring(storage, base_bits);
    let (grown, new_len) = base.append_in_place(1, w.bytes(), w.bit_len())?;
    Some(p.heap.writable_sub_binary(grown, new_len))
}

/// The exception of a failed construction: `(reason, error_info)`; the info is the non-value
/// when erl gives none (system limits, and the constructions of old instructions, whose
/// segments are numbered 0).
pub fn build_error_terms(p: &mut Process, e: BuildError) -> (Term, Term) {
    match e {
        BuildError::SystemLimit => (Term::atom(atom::SYSTEM_LIMIT), Term::NON_VALUE),
        // Segment number 0: a construction of the OTP 22-24 instructions (`bs_init2` and
        // `bs_put_*`), which erl reports without error information.
        BuildError::Badarg { spec, .. } if spec.segno == 0 => {
            (Term::atom(atom::BADARG), Term::NON_VALUE)
        }
        BuildError::Badarg { spec, cause, value } => {
            let intern = |s: &str| Term::atom(Atom::intern(s).unwrap_or(atom::BADARG));
            let cause_tuple = p.heap.tuple(&[
                Term::small(spec.segno as i64),
                intern(spec.ty.error_name()),
                intern(cause.name()),
                value,
            ]);
            let pairs = [
                (intern("cause"), cause_tuple),
                (intern("function"), intern("format_bs_fail")),
                (Term::atom(atom::MODULE), intern("erl_erts_errors")),
            ];
            let info =
                crate::map::map_from_pairs(&mut p.heap, &pairs, crate::map::Duplicates::LastWins)
                    .unwrap_or(Term::NIL);
            (Term::atom(atom::BADARG), info)
        }
    }
}

/// Executes `BsInitWritable`: `x[0]` holds a size hint in bytes.
pub fn init_writable(p: &mut Process) {
    let hint = p.x[0]
        .as_small()
        .filter(|&n| n >= 0)
        .map_or(1024, |n| n as usize)
        .clamp(MIN_WRITABLE, 1 << 26);
    let storage = BinaryStorage::with_capacity(&[], hint);
    p.x[0] = p.heap.writable_bitstring(storage, 0);
}

/// Executes `BsStartMatch`: a match context over `t`, or `None` if `t` is no bitstring. A
/// context is reused as it is; a new one may first collect garbage with `x[0..live]` (and `t`)
/// as roots.
#[inline]
pub fn start_match(p: &mut Process, t: Term, live: u16) -> Option<Term> {
    if t.is_match_context() {
        return Some(t);
    }
    if !t.is_bitstring() {
        return None;
    }
    let t = make_room(p, MATCH_CONTEXT_WORDS, live, t);
    matching::start_match(&mut p.heap, t)
}

/// Makes sure `words` heap words are free before an instruction allocates them, collecting
/// garbage if not with `x[0..live]` as roots and `keep` (a term the instruction still needs,
/// such as its match context, which may sit in a register at or above `live`) kept in
/// `x[live]` meanwhile; returns `keep` as it is after the collection.
#[inline]
fn make_room(p: &mut Process, words: usize, live: u16, keep: Term) -> Term {
    if p.heap.has_room(words) {
        return keep;
    }
    collect_keeping(p, words, live, keep)
}

#[cold]
#[inline(never)]
fn collect_keeping(p: &mut Process, words: usize, live: u16, keep: Term) -> Term {
    let live = (live as usize).min(MAX_X - 1);
    p.x[live] = keep;
    p.garbage_collect(words, live + 1);
    p.x[live]
}

/// The match context in `x[ctx]`.
#[inline(always)]
fn ctx_x(p: &Process, ctx: X) -> Term {
    p.x[ctx.0 as usize & (MAX_X - 1)]
}

/// Executes `BsGetSmallInt`: whether the integer matched (it is then in `dst`).
#[inline(always)]
pub fn get_small_int(p: &mut Process, ctx: X, dst: Dst, bits: u8, flags: u8) -> bool {
    let little = flags & SMALL_INT_LITTLE != 0;
    let signed = flags & SMALL_INT_SIGNED != 0;
    match matching::get_small_int(ctx_x(p, ctx), bits as usize, little, signed) {
        Some(v) => {
            store(p, dst, Term::small(v));
            true
        }
        None => false,
    }
}

/// Executes `BsGetSmallInt2`: whether both integers matched (they are then in `dst`).
#[inline(always)]
pub fn get_two_small_ints(p: &mut Process, ctx: X, dst: [X; 2], bits: [u8; 2], signed: u8) -> bool {
    let c = ctx_x(p, ctx);
    match matching::get_two_small_ints(c, bits[0] as usize, bits[1] as usize, signed) {
        Some((a, b)) => {
            p.x[dst[0].0 as usize & (MAX_X - 1)] = Term::small(a);
            p.x[dst[1].0 as usize & (MAX_X - 1)] = Term::small(b);
            true
        }
        None => false,
    }
}

/// The `flags` bit of `BsGetSmallInt` for little-endian fields.
pub const SMALL_INT_LITTLE: u8 = 1;
/// The `flags` bit of `BsGetSmallInt` for signed fields.
pub const SMALL_INT_SIGNED: u8 = 2;

/// Executes `BsSkipBitsX`: skips `x[size] * unit` bits, then checks that the bits left are a
/// multiple of `rest_unit`. A failed check leaves the context as it was.
#[inline(always)]
pub fn skip_bits_x(p: &Process, ctx: X, size: X, unit: u16, rest_unit: u16) -> bool {
    let size = p.x[size.0 as usize & (MAX_X - 1)];
    let c = ctx_x(p, ctx);
    let Some(bits) = size_bits(size, unit) else {
        return false;
    };
    if !c.is_match_context() {
        return false;
    }
    let (pos, end) = (c.mc_position(), c.mc_end());
    if end - pos < bits || !multiple_of_unit(end - pos - bits, rest_unit) {
        return false;
    }
    c.mc_set_position(pos + bits);
    true
}

/// Executes `BsSkipFixed`.
#[inline(always)]
pub fn skip_fixed(p: &Process, ctx: X, bits: u32) -> bool {
    matching::advance(ctx_x(p, ctx), bits as usize).is_some()
}

/// Executes `BsGetBinaryX`.
#[inline(always)]
pub fn get_binary_x(p: &mut Process, ctx: X, size: X, dst: Dst, unit: u16, live: u16) -> bool {
    let size = p.x[size.0 as usize & (MAX_X - 1)];
    match size_bits(size, unit) {
        Some(bits) => sub_binary_of(p, ctx, dst, bits, live),
        None => false,
    }
}

/// Executes `BsGetBinaryAll`.
#[inline(always)]
pub fn get_binary_all(p: &mut Process, ctx: X, dst: Dst, unit: u16, live: u16) -> bool {
    let c = ctx_x(p, ctx);
    if !c.is_match_context() {
        return false;
    }
    let left = matching::remaining(c);
    multiple_of_unit(left, unit) && sub_binary_of(p, ctx, dst, left, live)
}

/// The next `bits` bits of match context `x[ctx]` as a sub-binary in `dst`, collecting first
/// if the heap has no room for it.
#[inline(always)]
pub fn sub_binary_of(p: &mut Process, ctx: X, dst: Dst, bits: usize, live: u16) -> bool {
    let c = ctx_x(p, ctx);
    if !c.is_match_context() || matching::remaining(c) < bits {
        return false;
    }
    let c = make_room(p, SUB_BINARY_WORDS, live, c);
    match matching::get_binary(&mut p.heap, c, bits) {
        Some(t) => {
            store(p, dst, t);
            true
        }
        None => false,
    }
}

/// The internal error of a match instruction given a term that is not a match context (erlc
/// never emits such code).
pub const NOT_A_CONTEXT: &str =
    "a binary match instruction was given a term that is not a match context";

/// Executes `BsGetPosition`; `None` if `ctx` is not a match context.
#[inline]
pub fn get_position(ctx: Term) -> Option<Term> {
    ctx.is_match_context()
        .then(|| Term::small(ctx.mc_position() as i64))
}

/// Executes `BsSetPosition`; false if `ctx` is not a match context.
pub fn set_position(ctx: Term, pos: Term) -> bool {
    if !ctx.is_match_context() {
        return false;
    }
    if let Some(n) = pos.as_small() {
        if n >= 0 && (n as usize) <= ctx.mc_end() {
            ctx.mc_set_position(n as usize);
        }
    }
    true
}

/// Executes `BsGetInteger`.
pub fn get_integer(p: &mut Process, ctx: Term, size: Term, spec: u16) -> Option<Term> {
    if !ctx.is_match_context() {
        return None;
    }
    let bits = size_bits(size, spec_unit(spec))?;
    matching::get_integer(&mut p.heap, ctx, bits, spec_little(spec), spec_signed(spec))
}

/// Executes `BsGetFloat`.
pub fn get_float(p: &mut Process, ctx: Term, size: Term, spec: u16) -> Option<Term> {
    if !ctx.is_match_context() {
        return None;
    }
    let bits = size_bits(size, spec_unit(spec))?;
    matching::get_float(&mut p.heap, ctx, bits, spec_little(spec))
}

/// The bits a binary or skip segment takes: `size * unit`, or with size `all` everything left,
/// which must then be a multiple of the unit.
fn binary_bits(ctx: Term, size: Term, spec: u16) -> Option<usize> {
    if !ctx.is_match_context() {
        return None;
    }
    let unit = spec_unit(spec) as usize;
    if size == Term::atom(crate::bits::build::atom_all()) {
        let left = matching::remaining(ctx);
        return multiple_of_unit(left, unit as u16).then_some(left);
    }
    size_bits(size, spec_unit(spec))
}

/// Executes `BsGetBinary`.
pub fn get_binary(p: &mut Process, ctx: Term, size: Term, spec: u16) -> Option<Term> {
    let bits = binary_bits(ctx, size, spec)?;
    matching::get_binary(&mut p.heap, ctx, bits)
}

/// Executes `BsSkipBits`.
pub fn skip_bits(ctx: Term, size: Term, spec: u16) -> bool {
    binary_bits(ctx, size, spec).is_some_and(|bits| matching::skip(ctx, bits))
}

/// Executes `BsGetTail`: the rest of `ctx` as a sub-binary, or `None` if `ctx` is not a match
/// context. It may first collect garbage with `x[0..live]` (and the context) as roots.
pub fn get_tail(p: &mut Process, ctx: Term, live: u16) -> Option<Term> {
    if !ctx.is_match_context() {
        return None;
    }
    let ctx = make_room(p, SUB_BINARY_WORDS, live, ctx);
    Some(matching::get_tail(&mut p.heap, ctx))
}

/// Whether `bits` is a multiple of `unit`: a mask for the usual powers of two, no division.
#[inline(always)]
fn multiple_of_unit(bits: usize, unit: u16) -> bool {
    let unit = unit as usize;
    if unit.is_power_of_two() {
        bits & (unit - 1) == 0
    } else {
        unit == 0 || bits.is_multiple_of(unit)
    }
}

/// Executes `BsTestTail`.
pub fn test_tail(ctx: Term, bits: u32) -> bool {
    ctx.is_match_context() && matching::remaining(ctx) == bits as usize
}

/// Executes `BsTestUnit`.
pub fn test_unit(ctx: Term, unit: u16) -> bool {
    ctx.is_match_context() && multiple_of_unit(matching::remaining(ctx), unit)
}

/// Executes `BsMatchString`.
pub fn match_string(ctx: Term, string: Term) -> bool {
    ctx.is_match_context() && matching::match_string(ctx, string)
}

/// Executes `BsGetUtf`.
pub fn get_utf(ctx: Term, kind: u8) -> Option<Term> {
    if !ctx.is_match_context() {
        return None;
    }
    matching::get_utf(ctx, utf_of(kind)).map(|c| Term::small(c as i64))
}

/// Executes `BsSkipUtf`.
pub fn skip_utf(ctx: Term, kind: u8) -> bool {
    ctx.is_match_context() && matching::get_utf(ctx, utf_of(kind)).is_some()
}
