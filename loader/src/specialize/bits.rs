//! Specialisation of the binary instructions: OTP 25's `bs_create_bin`, `bs_init_writable` and
//! the `bs_start_match3/4`, `bs_get_*`, `bs_skip_*`, `bs_test_*`, `bs_match_string`,
//! `bs_get_tail`, `bs_get/set_position` family become girder's `Bs*` instructions
//! (`vm::interp::bits` executes them).

use vm::bits::build::{SegSpec, SegType};
use vm::bits::matching::MAX_SMALL_FIELD;
use vm::heap::TermAlloc;
use vm::instr::{Instr, Label, Span, Src, MAX_X, X};
use vm::interp::bits::{match_spec, utf_kind, SMALL_INT_LITTLE, SMALL_INT_SIGNED};
use vm::term::Term;

use super::emit::Emitter;
use super::SpecializeError;
use crate::opcodes::op;
use crate::operand::{Operand, Reg};

type R = Result<(), SpecializeError>;

static MISSING: Operand = Operand::Nil;

/// Flag bits of a matching instruction's flags operand (ERTS's `BSF_*`).
const FLAG_LITTLE: u32 = 2;
pub(super) const FLAG_SIGNED: u32 = 4;
const FLAG_NATIVE: u32 = 16;

/// Whether `opcode` is a binary instruction this module translates.
pub(crate) fn handles(opcode: u8) -> bool {
    matches!(
        opcode,
        op::BS_CREATE_BIN
            | op::BS_INIT_WRITABLE
            | op::BS_START_MATCH3
            | op::BS_START_MATCH4
            | op::BS_GET_POSITION
            | op::BS_SET_POSITION
            | op::BS_GET_TAIL
            | op::BS_GET_INTEGER2
            | op::BS_GET_FLOAT2
            | op::BS_GET_BINARY2
            | op::BS_SKIP_BITS2
            | op::BS_TEST_TAIL2
            | op::BS_TEST_UNIT
            | op::BS_MATCH_STRING
            | op::BS_GET_UTF8
            | op::BS_GET_UTF16
            | op::BS_GET_UTF32
            | op::BS_SKIP_UTF8
            | op::BS_SKIP_UTF16
            | op::BS_SKIP_UTF32
    )
}

/// Whether a flags word asks for little-endian (or native, which is little here).
pub(super) fn little(flags: u32) -> bool {
    flags & FLAG_LITTLE != 0 || (flags & FLAG_NATIVE != 0 && cfg!(target_endian = "little"))
}

/// Translates binary instruction `opcode` with operands `o`.
pub(crate) fn translate(e: &mut Emitter<'_>, opcode: u8, o: &[Operand]) -> R {
    let arg = |i: usize| -> &Operand { o.get(i).unwrap_or(&MISSING) };
    match opcode {
        op::BS_INIT_WRITABLE => e.push(Instr::BsInitWritable {}),
        op::BS_CREATE_BIN => create_bin(e, o)?,
        op::BS_START_MATCH3 => {
            let fail = e.label(arg(0))?;
            let src = e.src(arg(1))?;
            let live = live_count(e, arg(2))?;
            let dst = e.dst(arg(3))?;
            e.push(Instr::BsStartMatch {
                fail,
                src,
                dst,
                live,
            });
        }
        op::BS_START_MATCH4 => {
            // The failure is a label, or `no_fail`/`resume` when the source is known to be a
            // bitstring or a match context.
            let fail = match arg(0) {
                Operand::Label(_) => e.label(arg(0))?,
                _ => Label(0),
            };
            let live = live_count(e, arg(1))?;
            let src = e.src(arg(2))?;
            let dst = e.dst(arg(3))?;
            e.push(Instr::BsStartMatch {
                fail,
                src,
                dst,
                live,
            });
        }
        op::BS_GET_POSITION => {
            let ctx = e.src(arg(0))?;
            let dst = e.dst(arg(1))?;
            e.push(Instr::BsGetPosition { ctx, dst });
        }
        op::BS_GET_TAIL => {
            let ctx = e.src(arg(0))?;
            let dst = e.dst(arg(1))?;
            let live = live_count(e, arg(2))?;
            e.push(Instr::BsGetTail { ctx, dst, live });
        }
        op::BS_SET_POSITION => {
            let ctx = e.src(arg(0))?;
            let pos = e.src(arg(1))?;
            e.push(Instr::BsSetPosition { ctx, pos });
        }
        op::BS_GET_INTEGER2 | op::BS_GET_BINARY2 | op::BS_SKIP_BITS2
            if specialized_match(e, opcode, o)? => {}
        op::BS_GET_INTEGER2 | op::BS_GET_FLOAT2 | op::BS_GET_BINARY2 => {
            let fail = e.label(arg(0))?;
            let ctx = e.src(arg(1))?;
            let size = e.src(arg(3))?;
            let spec = spec(e, arg(4), arg(5))?;
            let dst = e.dst(arg(6))?;
            // The live register count follows the context and size, for collecting.
            let live = e.unsigned(arg(2))?;
            let live = e.konst(Term::small(live as i64));
            let args = e.push_srcs(&[ctx, size, live]);
            e.push(match opcode {
                op::BS_GET_INTEGER2 => Instr::BsGetInteger {
                    fail,
                    args,
                    dst,
                    spec,
                },
                op::BS_GET_FLOAT2 => Instr::BsGetFloat {
                    fail,
                    args,
                    dst,
                    spec,
                },
                _ => Instr::BsGetBinary {
                    fail,
                    args,
                    dst,
                    spec,
                },
            });
        }
        op::BS_SKIP_BITS2 => {
            let fail = e.label(arg(0))?;
            let ctx = e.src(arg(1))?;
            let size = e.src(arg(2))?;
            let spec = spec(e, arg(3), arg(4))?;
            let args = e.push_srcs(&[ctx, size]);
            e.push(Instr::BsSkipBits { fail, args, spec });
        }
        op::BS_TEST_TAIL2 => {
            let fail = e.label(arg(0))?;
            let ctx = e.src(arg(1))?;
            let bits = e.unsigned(arg(2))?;
            e.push(Instr::BsTestTail { fail, ctx, bits });
        }
        op::BS_TEST_UNIT => {
            let fail = e.label(arg(0))?;
            let ctx = e.src(arg(1))?;
            let unit = unit(e, arg(2))?;
            e.push(Instr::BsTestUnit { fail, ctx, unit });
        }
        op::BS_MATCH_STRING => {
            let fail = e.label(arg(0))?;
            let ctx = e.src(arg(1))?;
            let bits = e.unsigned(arg(2))? as usize;
            let offset = e.unsigned(arg(3))? as usize;
            let t = string_literal(e, offset, bits.div_ceil(8), bits)?;
            let string = e.konst(t);
            e.push(Instr::BsMatchString { fail, ctx, string });
        }
        op::BS_GET_UTF8 | op::BS_GET_UTF16 | op::BS_GET_UTF32 => {
            let fail = e.label(arg(0))?;
            let ctx = e.src(arg(1))?;
            let kind = utf(e, opcode, arg(3))?;
            let dst = e.dst(arg(4))?;
            e.push(Instr::BsGetUtf {
                fail,
                ctx,
                dst,
                kind,
            });
        }
        op::BS_SKIP_UTF8 | op::BS_SKIP_UTF16 | op::BS_SKIP_UTF32 => {
            let fail = e.label(arg(0))?;
            let ctx = e.src(arg(1))?;
            let kind = utf(e, opcode, arg(3))?;
            e.push(Instr::BsSkipUtf { fail, ctx, kind });
        }
        _ => return Err(e.instr_error("not a binary instruction")),
    }
    Ok(())
}

/// Fuses two generic match instructions starting at instruction `at` into one girder
/// instruction, returning how many were consumed, or `None` to translate them one by one:
/// - two `bs_get_integer2` of small big-endian integers on the same context in an X register
///   with the same failure label, both into X registers, become `BsGetSmallInt2`;
/// - `bs_skip_bits2` of a register size followed by `bs_test_unit` on the same context with the
///   same failure label become `BsSkipBitsX` with its `rest_unit`;
/// - `bs_start_match3/4` followed by `bs_get_position` of the new context become
///   `BsStartMatchPos`.
///
/// When the second instruction of a pair fails, the fused one has not done the first either;
/// both jump to the same label, whose code cannot depend on how far the match got.
pub(crate) fn fuse(e: &mut Emitter<'_>, at: usize) -> Result<Option<usize>, SpecializeError> {
    let instrs = &e.p.code.instrs;
    let (Some(first), Some(second)) = (instrs.get(at), instrs.get(at + 1)) else {
        return Ok(None);
    };
    let (o1, o2) = (e.p.operands(first), e.p.operands(second));
    match (first.opcode, second.opcode) {
        (op::BS_GET_INTEGER2, op::BS_GET_INTEGER2) => fuse_two_ints(e, o1, o2),
        (op::BS_SKIP_BITS2, op::BS_TEST_UNIT) => fuse_skip_test_unit(e, o1, o2),
        (op::BS_START_MATCH3 | op::BS_START_MATCH4, op::BS_GET_POSITION) => {
            fuse_start_position(e, first.opcode, o1, o2)
        }
        _ => Ok(None),
    }
}

fn fuse_two_ints(
    e: &mut Emitter<'_>,
    o1: &[Operand],
    o2: &[Operand],
) -> Result<Option<usize>, SpecializeError> {
    let (Some(a), Some(b)) = (small_big_int(e, o1)?, small_big_int(e, o2)?) else {
        return Ok(None);
    };
    if a.fail != b.fail || a.ctx != b.ctx || a.dst == a.ctx || a.dst == b.dst {
        return Ok(None);
    }
    e.push(Instr::BsGetSmallInt2 {
        fail: Label(a.fail),
        ctx: X(a.ctx),
        dst1: X(a.dst),
        dst2: X(b.dst),
        bits1: a.bits,
        bits2: b.bits,
        signed: a.signed as u8 | (b.signed as u8) << 1,
    });
    Ok(Some(2))
}

/// `bs_skip_bits2 Fail Ctx Size Unit Flags` + `bs_test_unit Fail Ctx Unit`.
fn fuse_skip_test_unit(
    e: &mut Emitter<'_>,
    o1: &[Operand],
    o2: &[Operand],
) -> Result<Option<usize>, SpecializeError> {
    let ([Operand::Label(fail), ctx, size, unit_op, _flags], [Operand::Label(fail2), ctx2, rest]) =
        (o1, o2)
    else {
        return Ok(None);
    };
    let (Some(Reg::X(c)), Some(Reg::X(c2)), Some(Reg::X(size))) = (
        super::emit::reg(ctx),
        super::emit::reg(ctx2),
        super::emit::reg(size),
    ) else {
        return Ok(None);
    };
    if *fail == 0 || fail != fail2 || c != c2 {
        return Ok(None);
    }
    e.push(Instr::BsSkipBitsX {
        fail: Label(*fail),
        ctx: X(e.xreg(c)?),
        size: X(e.xreg(size)?),
        unit: unit(e, unit_op)?,
        rest_unit: unit(e, rest)?,
    });
    Ok(Some(2))
}

/// `bs_start_match3 Fail Src Live Dst` or `bs_start_match4 Fail Live Src Dst`, then
/// `bs_get_position Dst Pos Live`.
fn fuse_start_position(
    e: &mut Emitter<'_>,
    opcode: u8,
    o1: &[Operand],
    o2: &[Operand],
) -> Result<Option<usize>, SpecializeError> {
    let [fail, a, b, dst] = o1 else {
        return Ok(None);
    };
    let [ctx, pos, _] = o2 else {
        return Ok(None);
    };
    let (src, live) = if opcode == op::BS_START_MATCH3 {
        (a, b)
    } else {
        (b, a)
    };
    let same = matches!(
        (super::emit::reg(dst), super::emit::reg(ctx)),
        (Some(d), Some(c)) if d == c
    );
    if !same || super::emit::reg(pos) == super::emit::reg(dst) {
        return Ok(None);
    }
    let fail = match fail {
        Operand::Label(_) => e.label(fail)?,
        _ => Label(0),
    };
    let instr = Instr::BsStartMatchPos {
        fail,
        src: e.src(src)?,
        dst: e.dst(dst)?,
        pos: e.dst(pos)?,
        live: live_count(e, live)?,
    };
    e.push(instr);
    Ok(Some(2))
}

/// The operands of a `bs_get_integer2` that `BsGetSmallInt2` can take.
struct SmallBigInt {
    fail: u32,
    ctx: u16,
    dst: u16,
    bits: u8,
    signed: bool,
}

fn small_big_int(e: &Emitter<'_>, o: &[Operand]) -> Result<Option<SmallBigInt>, SpecializeError> {
    let [Operand::Label(fail), ctx, _live, size, unit, flags, dst] = o else {
        return Ok(None);
    };
    let (Some(Reg::X(ctx)), Some(Reg::X(dst))) = (super::emit::reg(ctx), super::emit::reg(dst))
    else {
        return Ok(None);
    };
    let Some(Size::Literal(n)) = size_of(e, size)? else {
        return Ok(None);
    };
    let (unit, flags) = (e.unsigned(unit)?, e.unsigned(flags)?);
    let bits = n.saturating_mul(unit as u64);
    if *fail == 0 || bits == 0 || bits > MAX_SMALL_FIELD as u64 || little(flags) {
        return Ok(None);
    }
    Ok(Some(SmallBigInt {
        fail: *fail,
        ctx: e.xreg(ctx)?,
        dst: e.xreg(dst)?,
        bits: bits as u8,
        signed: flags & FLAG_SIGNED != 0,
    }))
}

/// A live X register count operand.
pub(super) fn live_count(e: &Emitter<'_>, op: &Operand) -> Result<u16, SpecializeError> {
    let n = e.unsigned(op)?;
    if (n as usize) < MAX_X {
        Ok(n as u16)
    } else {
        Err(e.instr_error(format!("live register count {n} out of range")))
    }
}

/// The size operand of a matching instruction, as the specialised forms take it.
enum Size {
    /// A literal number of units.
    Literal(u64),
    /// An X register holding the number of units.
    X(u16),
    /// `all`: the rest of the bits.
    All,
}

fn size_of(e: &Emitter<'_>, op: &Operand) -> Result<Option<Size>, SpecializeError> {
    Ok(match *op {
        Operand::Integer(n) => u64::try_from(n).ok().map(Size::Literal),
        Operand::Unsigned(n) => Some(Size::Literal(n)),
        Operand::Atom(a) if e.atom(a)? == vm::bits::build::atom_all() => Some(Size::All),
        _ => match super::emit::reg(op) {
            Some(Reg::X(i)) => Some(Size::X(e.xreg(i)?)),
            _ => None,
        },
    })
}

/// The common forms of `bs_get_integer2`, `bs_get_binary2` and `bs_skip_bits2` on a context in
/// an X register: integers that are always small integers, binaries and skips of a literal or
/// register size or of the rest. Emits the specialised instruction and returns true, or emits
/// nothing and returns false (the general instruction then handles it).
fn specialized_match(
    e: &mut Emitter<'_>,
    opcode: u8,
    o: &[Operand],
) -> Result<bool, SpecializeError> {
    let arg = |i: usize| -> &Operand { o.get(i).unwrap_or(&MISSING) };
    let Some(Reg::X(ctx)) = super::emit::reg(arg(1)) else {
        return Ok(false);
    };
    let ctx = X(e.xreg(ctx)?);
    let fail = e.label(arg(0))?;
    if fail.0 == 0 {
        return Ok(false);
    }
    if opcode == op::BS_SKIP_BITS2 {
        let Some(size) = size_of(e, arg(2))? else {
            return Ok(false);
        };
        let unit = unit(e, arg(3))?;
        match size {
            Size::Literal(n) => {
                let Some(bits) = n
                    .checked_mul(unit as u64)
                    .and_then(|b| u32::try_from(b).ok())
                else {
                    return Ok(false);
                };
                e.push(Instr::BsSkipFixed { fail, ctx, bits });
            }
            Size::X(size) => e.push(Instr::BsSkipBitsX {
                fail,
                ctx,
                size: X(size),
                unit,
                rest_unit: 1,
            }),
            Size::All => return Ok(false),
        }
        return Ok(true);
    }
    let live = live_count(e, arg(2))?;
    let Some(size) = size_of(e, arg(3))? else {
        return Ok(false);
    };
    let unit = unit(e, arg(4))?;
    let flags = e.unsigned(arg(5))?;
    let dst = e.dst(arg(6))?;
    if opcode == op::BS_GET_INTEGER2 {
        let Size::Literal(n) = size else {
            return Ok(false);
        };
        let bits = n.saturating_mul(unit as u64);
        let little = little(flags);
        if bits == 0 || bits > MAX_SMALL_FIELD as u64 || (little && bits % 8 != 0) {
            return Ok(false);
        }
        let mut f = 0;
        if little {
            f |= SMALL_INT_LITTLE;
        }
        if flags & FLAG_SIGNED != 0 {
            f |= SMALL_INT_SIGNED;
        }
        e.push(Instr::BsGetSmallInt {
            fail,
            ctx,
            dst,
            bits: bits as u8,
            flags: f,
        });
        return Ok(true);
    }
    match size {
        Size::Literal(n) => {
            let Some(bits) = n
                .checked_mul(unit as u64)
                .and_then(|b| u32::try_from(b).ok())
            else {
                return Ok(false);
            };
            e.push(Instr::BsGetBinaryFixed {
                fail,
                ctx,
                dst,
                bits,
                live,
            });
        }
        Size::X(size) => e.push(Instr::BsGetBinaryX {
            fail,
            ctx,
            size: X(size),
            dst,
            unit,
            live,
        }),
        Size::All => e.push(Instr::BsGetBinaryAll {
            fail,
            ctx,
            dst,
            unit,
            live,
        }),
    }
    Ok(true)
}

/// The unit operand (1..=256).
pub(super) fn unit(e: &Emitter<'_>, op: &Operand) -> Result<u16, SpecializeError> {
    let u = e.unsigned(op)?;
    if (1..=256).contains(&u) {
        Ok(u as u16)
    } else {
        Err(e.instr_error(format!("unit {u} out of range 1..256")))
    }
}

/// The packed unit and flags of a matching instruction.
fn spec(e: &Emitter<'_>, unit_op: &Operand, flags_op: &Operand) -> Result<u16, SpecializeError> {
    let u = unit(e, unit_op)?;
    let flags = e.unsigned(flags_op)?;
    Ok(match_spec(u, little(flags), flags & FLAG_SIGNED != 0))
}

/// The `kind` operand of a UTF instruction.
fn utf(e: &Emitter<'_>, opcode: u8, flags_op: &Operand) -> Result<u8, SpecializeError> {
    let flags = e.unsigned(flags_op)?;
    let width = match opcode {
        op::BS_GET_UTF8 | op::BS_SKIP_UTF8 => 8,
        op::BS_GET_UTF16 | op::BS_SKIP_UTF16 => 16,
        _ => 32,
    };
    Ok(utf_kind(width, little(flags)))
}

/// A literal bitstring of the first `bits` bits of `len` bytes at `offset` in the string table.
pub(super) fn string_literal(
    e: &mut Emitter<'_>,
    offset: usize,
    len: usize,
    bits: usize,
) -> Result<Term, SpecializeError> {
    let bytes =
        e.p.strings
            .get(offset..offset + len)
            .ok_or_else(|| e.instr_error("string runs past the string table"))?
            .to_vec();
    let t = e.builder.bitstring(&bytes, bits);
    Ok(e.builder.finish_term(t))
}

/// `bs_create_bin Fail Alloc Live Unit Dst {list, Segments}`: six operands per segment (type,
/// segment number, unit, flags, value, size). The source span starts with `Live` (a constant),
/// then three entries per segment.
fn create_bin(e: &mut Emitter<'_>, o: &[Operand]) -> R {
    let fail = e.label(o.first().unwrap_or(&MISSING))?;
    let dst = e.dst(o.get(4).unwrap_or(&MISSING))?;
    let live = e.unsigned(o.get(2).unwrap_or(&MISSING))?;
    let list = e.list(o, 5)?;
    if !list.len().is_multiple_of(6) {
        return Err(e.instr_error("segment list is not made of six-operand segments"));
    }
    let mut srcs: Vec<Src> = Vec::with_capacity(list.len() / 2 + 1);
    srcs.push(e.konst(Term::small(live as i64)));
    for seg in list.chunks_exact(6) {
        let ty = match seg[0] {
            Operand::Atom(a) => e.atom(a)?,
            other => return Err(e.instr_error(format!("segment type {other:?} is not an atom"))),
        };
        let ty = SegType::from_name(ty.text())
            .ok_or_else(|| e.instr_error(format!("unknown segment type '{}'", ty.text())))?;
        let segno = e.unsigned(&seg[1])?;
        let unit = match seg[2] {
            Operand::Unsigned(0) | Operand::Integer(0) => 1,
            _ => unit(e, &seg[2])?,
        };
        let (little, signed) = segment_flags(e, &seg[3])?;
        let spec = SegSpec {
            ty,
            little,
            signed,
            unit,
            segno,
        };
        let (value, size) = if ty == SegType::String {
            // A string segment names bytes of the string table: offset and length.
            let offset = e.unsigned(&seg[4])? as usize;
            let len = e.unsigned(&seg[5])? as usize;
            let t = string_literal(e, offset, len, len * 8)?;
            (e.konst(t), e.konst(Term::atom(vm::bits::build::atom_all())))
        } else {
            (e.src(&seg[4])?, e.src(&seg[5])?)
        };
        let desc = e.konst(Term::small(spec.pack()));
        srcs.extend_from_slice(&[desc, value, size]);
    }
    let start = e.push_srcs(&srcs);
    let segs = Span {
        start,
        len: srcs.len() as u32,
    };
    e.push(Instr::BsCreateBin { fail, dst, segs });
    Ok(())
}

/// The endianness and signedness of a `bs_create_bin` segment's flags (`[]` or a literal list
/// of atoms).
fn segment_flags(e: &mut Emitter<'_>, op: &Operand) -> Result<(bool, bool), SpecializeError> {
    let t = e.term(op)?.unwrap_or(Term::NIL);
    let (mut little, mut signed) = (false, false);
    let mut rest = t;
    while let Some((h, tl)) = rest.as_cons() {
        match h.as_atom().map(|a| a.text()) {
            Some("little") => little = true,
            Some("native") => little = cfg!(target_endian = "little"),
            Some("big") => little = false,
            Some("signed") => signed = true,
            Some("unsigned") => signed = false,
            _ => {}
        }
        rest = tl;
    }
    Ok((little, signed))
}
