//! The window rules: ordered slice patterns over the upcoming generic instructions, first match
//! wins. Each rule emits girder instructions and says how many generic instructions it consumed.

use vm::instr::{FloatFn, Instr, Label, SrcKind, FR, X, X8};

use super::emit::{reg, Emitter, G};
use super::SpecializeError;
use crate::operand::{Operand, Reg};

/// How an external call ends.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Tail {
    /// A body call: execution continues after it.
    Body,
    /// A tail call after popping a frame of this many Y registers.
    Last(u16),
    /// A tail call without a frame.
    Only,
}

/// Tries the rules at the start of `w`; returns how many generic instructions were consumed.
pub(crate) fn rewrite(e: &mut Emitter<'_>, w: &[G]) -> Result<Option<usize>, SpecializeError> {
    Ok(Some(match *w {
        // call + deallocate + return is a tail call that pops the frame.
        [G::Call { arity, label }, G::Deallocate(n), G::Return, ..] => {
            e.push(Instr::CallLast {
                arity: arity as u16,
                to: Label(label),
                slots: slots(e, n)?,
            });
            3
        }
        [G::CallExt { import }, G::Deallocate(n), G::Return, ..] => {
            let n = slots(e, n)?;
            call_ext(e, import, Tail::Last(n))?;
            3
        }
        // A fun call followed by deallocate + return pops the frame before the call, so a
        // failing call (badfun, badarity) shows the caller's caller next, as in erl.
        [G::CallFun { arity }, G::Deallocate(n), G::Return, ..] => {
            e.push(Instr::CallFunLast {
                arity: arity as u16,
                slots: slots(e, n)?,
            });
            3
        }
        [G::CallFun2 { arity, fun }, G::Deallocate(n), G::Return, ..] => {
            let fun = e.src(&fun)?;
            e.push(Instr::CallFun2Last {
                arity: arity as u16,
                fun,
                slots: slots(e, n)?,
            });
            3
        }
        // call + return is a tail call without a frame.
        [G::Call { arity, label }, G::Return, ..] => {
            e.push(Instr::CallOnly {
                arity: arity as u16,
                to: Label(label),
            });
            2
        }
        [G::CallExt { import }, G::Return, ..] => {
            call_ext(e, import, Tail::Only)?;
            2
        }
        // A result moved into x0 just before returning.
        [G::Move {
            src,
            dst: Operand::X(0),
        }, G::Return, ..] => {
            let src = e.src(&src)?;
            e.push(Instr::MoveReturn { src });
            2
        }
        [G::Move {
            src,
            dst: Operand::X(0),
        }, G::Deallocate(n), G::Return, ..] => {
            let src = e.src(&src)?;
            let slots = slots(e, n)?;
            e.push(Instr::MoveDeallocateReturn { src, slots });
            3
        }
        // Three moves between registers.
        [G::Move { src: s1, dst: d1 }, G::Move { src: s2, dst: d2 }, G::Move { src: s3, dst: d3 }, ..]
            if [s1, s2, s3].iter().all(|s| reg(s).is_some()) =>
        {
            let (s1, d1) = (e.dst(&s1)?, e.dst(&d1)?);
            let (s2, d2) = (e.dst(&s2)?, e.dst(&d2)?);
            let (s3, d3) = (e.dst(&s3)?, e.dst(&d3)?);
            e.push(Instr::Move3 {
                s1,
                d1,
                s2,
                d2,
                s3,
                d3,
            });
            3
        }
        // Two moves in a row (argument set-up before calls, saving registers in a frame).
        [G::Move { src: s1, dst: d1 }, G::Move { src: s2, dst: d2 }, ..] => {
            let (s1, d1) = (e.src(&s1)?, e.dst(&d1)?);
            let (s2, d2) = (e.src(&s2)?, e.dst(&d2)?);
            e.push(Instr::Move2 { s1, d1, s2, d2 });
            2
        }
        // The head of every list-walking clause.
        [G::IsNonemptyList { fail, src }, G::GetList {
            src: src2,
            head,
            tail,
        }, ..]
            if same_reg(&src, &src2) =>
        {
            let src = e.src(&src)?;
            let (head, tail) = (e.dst(&head)?, e.dst(&tail)?);
            e.push(Instr::IsConsGetList {
                fail: Label(fail),
                src,
                head,
                tail,
            });
            2
        }
        // Room for a list cell, then the cell.
        [G::TestHeap { words, live }, G::PutList { head, tail, dst }, ..] => {
            let (Ok(words), Ok(live)) =
                (u16::try_from(e.alloc_words(&words)?), u16::try_from(live))
            else {
                return Ok(None);
            };
            let (head, tail, dst) = (e.src(&head)?, e.src(&tail)?, e.dst(&dst)?);
            e.push(Instr::TestHeapPutList {
                words,
                live,
                head,
                tail,
                dst,
            });
            2
        }
        // A float element of a tuple loaded into a float register.
        [G::GetTupleElement { src, index, dst }, G::FMove {
            src: fsrc,
            dst: fdst @ Operand::FloatReg(_),
        }, ..]
            if same_reg(&dst, &fsrc) && matches!(reg(&dst), Some(Reg::X(_))) =>
        {
            let Ok(index) = u16::try_from(index) else {
                return Ok(None);
            };
            let src = e.src(&src)?;
            let dst = match e.src(&dst)?.kind() {
                SrcKind::X(i) => X(i),
                _ => return Ok(None),
            };
            let fr = FR(e.freg(&fdst)?);
            e.push(Instr::GetTupleElementFLoad {
                src,
                index,
                dst,
                fr,
            });
            2
        }
        // A new frame's Y registers are already `[]`: `init_yregs` right after `allocate`
        // has nothing to do.
        [G::Allocate, G::InitYregs, ..] if init_only_y(e)? => {
            let instr = e.p.code.instrs[e.at];
            super::translate::translate(e, instr.opcode, e.p.operands(&instr))?;
            2
        }
        // Two counter updates in a row (`N - 1`, `Acc + 1`).
        [G::GcBif2 {
            fail: 0,
            import: i1,
            a: a1,
            b: b1,
            dst: d1,
        }, G::GcBif2 {
            fail: 0,
            import: i2,
            a: a2,
            b: b2,
            dst: d2,
        }, ..] => {
            let (Some((x1, delta1, dst1)), Some((x2, delta2, dst2))) =
                (increment(e, i1, a1, b1, d1)?, increment(e, i2, a2, b2, d2)?)
            else {
                return Ok(None);
            };
            if x2 == dst1 {
                return Ok(None);
            }
            e.push(Instr::AddXI2 {
                x1,
                delta1,
                dst1,
                x2,
                delta2,
                dst2,
            });
            2
        }
        // deallocate + return: one instruction ends every body-recursive function.
        [G::Deallocate(n), G::Return, ..] => {
            let slots = slots(e, n)?;
            e.push(Instr::DeallocateReturn { slots });
            2
        }
        // is_tuple followed by test_arity on the same register and label: the arity test alone
        // fails for non-tuples too.
        [G::IsTuple { fail, src }, G::TestArity {
            fail: fail2,
            src: src2,
            arity,
        }, ..]
            if fail == fail2 && src == src2 =>
        {
            let src = e.src(&src)?;
            e.push(Instr::TestArity {
                fail: Label(fail),
                src,
                arity,
            });
            2
        }
        _ => return Ok(None),
    }))
}

/// Whether the `init_yregs` after the instruction at the window's start lists only Y registers
/// (anything else is left to the translation, which reports it).
fn init_only_y(e: &Emitter<'_>) -> Result<bool, SpecializeError> {
    let Some(instr) = e.p.code.instrs.get(e.at + 1) else {
        return Ok(false);
    };
    let ops = e.p.operands(instr);
    Ok(e.list(ops, 0)?
        .iter()
        .all(|r| matches!(reg(r), Some(Reg::Y(_)))))
}

/// `(x, imm, dst)` when a `gc_bif2` is `x + imm` or `x - imm` on X registers with a constant
/// that fits 16 bits (a subtraction as the addition of `-imm`).
fn increment(
    e: &mut Emitter<'_>,
    import: u32,
    a: Operand,
    b: Operand,
    dst: Operand,
) -> Result<Option<(X8, i32, X8)>, SpecializeError> {
    let sign = match e.imports.get(import as usize).map(|i| i.function.text()) {
        Some("+") => 1,
        Some("-") => -1,
        _ => return Ok(None),
    };
    let (Some(Reg::X(_)), Some(Reg::X(_))) = (reg(&a), reg(&dst)) else {
        return Ok(None);
    };
    let (a, b) = (e.src(&a)?, e.src(&b)?);
    let Some((x, imm)) = super::translate::x_and_small(e, a, b) else {
        return Ok(None);
    };
    let Ok(imm) = i16::try_from(sign * imm as i64) else {
        return Ok(None);
    };
    let dst = match e.dst(&dst)?.as_src().kind() {
        SrcKind::X(d) => d,
        _ => return Ok(None),
    };
    let (Ok(x), Ok(dst)) = (u8::try_from(x.0), u8::try_from(dst)) else {
        return Ok(None);
    };
    Ok(Some((X8(x), imm as i32 * 16, X8(dst))))
}

/// Whether two operands name the same register (a typed register counts as its register).
fn same_reg(a: &Operand, b: &Operand) -> bool {
    matches!((reg(a), reg(b)), (Some(x), Some(y)) if x == y)
}

fn slots(e: &Emitter<'_>, n: u32) -> Result<u16, SpecializeError> {
    u16::try_from(n).map_err(|_| e.instr_error(format!("frame of {n} slots is too large")))
}

/// Emits an external call through import `import`: a direct `CallBif` when the import is a BIF,
/// a call through the export entry otherwise.
pub(crate) fn call_ext(
    e: &mut Emitter<'_>,
    import: u32,
    tail: Tail,
) -> Result<(), SpecializeError> {
    match e.import_bif(import)? {
        Some(bif) => {
            let i = e.imports[import as usize];
            let float_fn = (i.module.text() == "math" && i.arity == 1)
                .then(|| FloatFn::of(i.function.text()))
                .flatten();
            e.push(match float_fn {
                Some(op) => Instr::CallFloatBif { bif, import, op },
                None => Instr::CallBif { bif, import },
            });
            match tail {
                Tail::Body => {}
                Tail::Last(n) => e.push(Instr::DeallocateReturn { slots: n }),
                Tail::Only => e.push(Instr::Return {}),
            }
        }
        None => e.push(match tail {
            Tail::Body => Instr::CallExt { import },
            Tail::Last(slots) => Instr::CallExtLast { import, slots },
            Tail::Only => Instr::CallExtOnly { import },
        }),
    }
    Ok(())
}
