//! The window rules: ordered slice patterns over the upcoming generic instructions, first match
//! wins. Each rule emits girder instructions and says how many generic instructions it consumed.

use vm::instr::{Instr, Label};

use super::emit::{Emitter, G};
use super::SpecializeError;

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
            e.push(Instr::CallBif { bif, import });
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
