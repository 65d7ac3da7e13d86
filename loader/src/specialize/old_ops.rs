//! Instructions of the OTP 22-24 compilers that OTP 25's compiler no longer writes but erl 25
//! still loads:
//!
//! - `make_fun2 Lambda`: a fun whose free variables are in `x0..` and whose result goes to `x0`,
//!   becomes girder's `MakeFun` (as `make_fun3` does);
//! - binary construction by a start instruction (`bs_init2`, `bs_init_bits`, `bs_append`,
//!   `bs_private_append`) followed by the `bs_put_*` instructions that fill it: the whole run
//!   becomes one `BsCreateBin`, whose segments are the puts (plus the `append` or
//!   `private_append` segment of the binary being appended to);
//! - `bs_add`, `bs_utf8_size`, `bs_utf16_size`, which only compute the size a start instruction
//!   is given: `BsCreateBin` computes the size from its segments, so they write a placeholder
//!   size (`0`) to their destination. A bad size or character is reported by the construction,
//!   as a `badarg` error.

use vm::bits::build::{atom_all, SegSpec, SegType};
use vm::instr::{Instr, Label, Span, Src};
use vm::term::Term;

use super::bits::{little, live_count, string_literal, unit, FLAG_SIGNED};
use super::emit::Emitter;
use super::SpecializeError;
use crate::opcodes::op;
use crate::operand::Operand;

/// The segment number of every segment of an old construction: erl reports their failures
/// without error information, and `vm::interp::bits` gives none for segment 0.
const OLD_SEGNO: u32 = 0;

/// Stands for an operand an instruction lacks (every use of it is refused).
static MISSING: Operand = Operand::Nil;

/// Whether `opcode` is an old instruction this module translates on its own.
pub(crate) fn handles(opcode: u8) -> bool {
    matches!(
        opcode,
        op::MAKE_FUN2 | op::BS_ADD | op::BS_UTF8_SIZE | op::BS_UTF16_SIZE
    )
}

/// Translates the old instruction `opcode` (one [`handles`] accepts).
pub(crate) fn translate(
    e: &mut Emitter<'_>,
    opcode: u8,
    o: &[Operand],
) -> Result<(), SpecializeError> {
    let missing = || e.instr_error("missing operand");
    match opcode {
        op::MAKE_FUN2 => {
            let lambda = e.unsigned(o.first().ok_or_else(missing)?)?;
            let Some(l) = e.p.lambdas.get(lambda as usize) else {
                return Err(e.instr_error(format!("lambda {lambda} out of range")));
            };
            let num_free = l.num_free;
            let mut env = Vec::with_capacity(num_free as usize);
            for i in 0..num_free {
                let x = e.xreg(i)?;
                env.push(e.src(&Operand::X(x as u32))?);
            }
            let start = e.push_srcs(&env);
            let dst = e.dst(&Operand::X(0))?;
            e.push(Instr::MakeFun {
                lambda,
                dst,
                env: Span {
                    start,
                    len: env.len() as u32,
                },
            });
        }
        _ => {
            // bs_add Fail S1 S2 Unit Dst; bs_utf8_size / bs_utf16_size Fail Src Dst.
            let dst = e.dst(o.last().ok_or_else(missing)?)?;
            let zero = e.konst(Term::small(0));
            e.push(Instr::Move { src: zero, dst });
        }
    }
    Ok(())
}

/// Fuses a start of binary construction at instruction `at` and the `bs_put_*` instructions
/// after it into one `BsCreateBin`; returns how many instructions it consumed, or `None` when
/// the instruction at `at` does not start a construction.
pub(crate) fn fuse_construction(
    e: &mut Emitter<'_>,
    at: usize,
) -> Result<Option<usize>, SpecializeError> {
    let instrs = &e.p.code.instrs;
    let Some(first) = instrs.get(at).copied() else {
        return Ok(None);
    };
    if !matches!(
        first.opcode,
        op::BS_INIT2 | op::BS_INIT_BITS | op::BS_APPEND | op::BS_PRIVATE_APPEND
    ) {
        return Ok(None);
    }
    let o = e.p.operands(&first).to_vec();
    let arg = |i: usize| o.get(i).unwrap_or(&MISSING);
    let fail = e.label(arg(0))?;
    let mut srcs: Vec<Src> = Vec::new();
    let dst;
    let live;
    match first.opcode {
        // bs_init2 / bs_init_bits Fail Size Words Live Flags Dst
        op::BS_INIT2 | op::BS_INIT_BITS => {
            live = live_count(e, arg(3))?;
            dst = e.dst(arg(5))?;
        }
        // bs_append Fail Size Extra Live Unit Bin Flags Dst
        op::BS_APPEND => {
            live = live_count(e, arg(3))?;
            let u = unit(e, arg(4))?;
            let bin = e.src(arg(5))?;
            dst = e.dst(arg(7))?;
            push_segment(
                e,
                &mut srcs,
                SegType::Append,
                u,
                false,
                OLD_SEGNO,
                bin,
                None,
            );
        }
        // bs_private_append Fail Size Unit Bin Flags Dst: no live count of its own; the
        // `test_heap` the compiler writes right before it gives the live registers.
        _ => {
            let before = at
                .checked_sub(1)
                .and_then(|i| e.p.code.instrs.get(i).copied());
            let live_op = match before {
                Some(b) if b.opcode == op::TEST_HEAP => e.p.operands(&b).get(1).cloned(),
                _ => None,
            };
            let Some(live_op) = live_op else {
                return Err(e.instr_error(
                    "bs_private_append without a test_heap before it (live registers unknown)",
                ));
            };
            live = live_count(e, &live_op)?;
            let u = unit(e, arg(2))?;
            let bin = e.src(arg(3))?;
            dst = e.dst(arg(5))?;
            push_segment(
                e,
                &mut srcs,
                SegType::PrivateAppend,
                u,
                false,
                OLD_SEGNO,
                bin,
                None,
            );
        }
    }
    let mut consumed = 1;
    while let Some(put) = e.p.code.instrs.get(at + consumed).copied() {
        let po = e.p.operands(&put).to_vec();
        let parg = |i: usize| po.get(i).unwrap_or(&MISSING);
        match put.opcode {
            // bs_put_integer / bs_put_binary / bs_put_float Fail Size Unit Flags Src
            op::BS_PUT_INTEGER | op::BS_PUT_BINARY | op::BS_PUT_FLOAT => {
                let ty = match put.opcode {
                    op::BS_PUT_INTEGER => SegType::Integer,
                    op::BS_PUT_BINARY => SegType::Binary,
                    _ => SegType::Float,
                };
                let size = e.src(parg(1))?;
                let u = unit(e, parg(2))?;
                let flags = e.unsigned(parg(3))?;
                let value = e.src(parg(4))?;
                let (le, signed) = (little(flags), flags & FLAG_SIGNED != 0);
                push_segment(
                    e,
                    &mut srcs,
                    ty,
                    u,
                    le,
                    OLD_SEGNO,
                    value,
                    Some((size, signed)),
                );
            }
            // bs_put_string Len Offset
            op::BS_PUT_STRING => {
                let len = e.unsigned(parg(0))? as usize;
                let offset = e.unsigned(parg(1))? as usize;
                let t = string_literal(e, offset, len, len * 8)?;
                let value = e.konst(t);
                push_segment(
                    e,
                    &mut srcs,
                    SegType::String,
                    8,
                    false,
                    OLD_SEGNO,
                    value,
                    None,
                );
            }
            // bs_put_utf8 / utf16 / utf32 Fail Flags Src
            op::BS_PUT_UTF8 | op::BS_PUT_UTF16 | op::BS_PUT_UTF32 => {
                let ty = match put.opcode {
                    op::BS_PUT_UTF8 => SegType::Utf8,
                    op::BS_PUT_UTF16 => SegType::Utf16,
                    _ => SegType::Utf32,
                };
                let flags = e.unsigned(parg(1))?;
                let value = e.src(parg(2))?;
                let undefined = e.konst(Term::atom(vm::atom::UNDEFINED));
                push_segment(
                    e,
                    &mut srcs,
                    ty,
                    1,
                    little(flags),
                    OLD_SEGNO,
                    value,
                    Some((undefined, false)),
                );
            }
            _ => break,
        }
        consumed += 1;
    }
    let mut all = Vec::with_capacity(srcs.len() + 1);
    all.push(e.konst(Term::small(live as i64)));
    all.extend_from_slice(&srcs);
    let start = e.push_srcs(&all);
    e.push(Instr::BsCreateBin {
        fail: if fail.0 == 0 { Label(0) } else { fail },
        dst,
        segs: Span {
            start,
            len: all.len() as u32,
        },
    });
    Ok(Some(consumed))
}

/// Appends one segment (descriptor, value, size) to `srcs`; `size` is `None` for the segments
/// that take their whole value (`all`).
#[allow(clippy::too_many_arguments)]
fn push_segment(
    e: &mut Emitter<'_>,
    srcs: &mut Vec<Src>,
    ty: SegType,
    unit: u16,
    little: bool,
    segno: u32,
    value: Src,
    size: Option<(Src, bool)>,
) {
    let (size, signed) = match size {
        Some(s) => s,
        None => (e.konst(Term::atom(atom_all())), false),
    };
    let spec = SegSpec {
        ty,
        little,
        signed,
        unit,
        segno,
    };
    let desc = e.konst(Term::small(spec.pack()));
    srcs.extend_from_slice(&[desc, value, size]);
}
