//! Specialisation of the binary instructions: OTP 25's `bs_create_bin`, `bs_init_writable` and
//! the `bs_start_match3/4`, `bs_get_*`, `bs_skip_*`, `bs_test_*`, `bs_match_string`,
//! `bs_get_tail`, `bs_get/set_position` family become girder's `Bs*` instructions
//! (`vm::interp::bits` executes them).

use vm::bits::build::{SegSpec, SegType};
use vm::heap::TermAlloc;
use vm::instr::{Instr, Label, Span, Src};
use vm::interp::bits::{match_spec, utf_kind};
use vm::term::Term;

use super::emit::Emitter;
use super::SpecializeError;
use crate::opcodes::op;
use crate::operand::Operand;

type R = Result<(), SpecializeError>;

static MISSING: Operand = Operand::Nil;

/// Flag bits of a matching instruction's flags operand (ERTS's `BSF_*`).
const FLAG_LITTLE: u32 = 2;
const FLAG_SIGNED: u32 = 4;
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
fn little(flags: u32) -> bool {
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
            let dst = e.dst(arg(3))?;
            e.push(Instr::BsStartMatch { fail, src, dst });
        }
        op::BS_START_MATCH4 => {
            // The failure is a label, or `no_fail`/`resume` when the source is known to be a
            // bitstring or a match context.
            let fail = match arg(0) {
                Operand::Label(_) => e.label(arg(0))?,
                _ => Label(0),
            };
            let src = e.src(arg(2))?;
            let dst = e.dst(arg(3))?;
            e.push(Instr::BsStartMatch { fail, src, dst });
        }
        op::BS_GET_POSITION | op::BS_GET_TAIL => {
            let ctx = e.src(arg(0))?;
            let dst = e.dst(arg(1))?;
            e.push(if opcode == op::BS_GET_POSITION {
                Instr::BsGetPosition { ctx, dst }
            } else {
                Instr::BsGetTail { ctx, dst }
            });
        }
        op::BS_SET_POSITION => {
            let ctx = e.src(arg(0))?;
            let pos = e.src(arg(1))?;
            e.push(Instr::BsSetPosition { ctx, pos });
        }
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

/// The unit operand (1..=256).
fn unit(e: &Emitter<'_>, op: &Operand) -> Result<u16, SpecializeError> {
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
fn string_literal(
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
