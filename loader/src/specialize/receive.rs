//! Translation of the message-passing instructions (`send`, the receive loop and the receive
//! markers) into girder's instructions.

use vm::instr::{Instr, SrcKind, X};

use super::emit::Emitter;
use super::SpecializeError;
use crate::opcodes::op;
use crate::operand::Operand;

static MISSING: Operand = Operand::Nil;

/// Translates message-passing instruction `opcode`; `Ok(false)` if it is not one.
pub(crate) fn translate(
    e: &mut Emitter<'_>,
    opcode: u8,
    o: &[Operand],
) -> Result<bool, SpecializeError> {
    let arg = |i: usize| -> &Operand { o.get(i).unwrap_or(&MISSING) };
    match opcode {
        op::SEND => e.push(Instr::Send {}),
        op::REMOVE_MESSAGE => e.push(Instr::RemoveMessage {}),
        op::TIMEOUT => e.push(Instr::Timeout {}),
        op::LOOP_REC => {
            let fail = e.label(arg(0))?;
            let dst = match e.src(arg(1))?.kind() {
                SrcKind::X(x) => X(x),
                _ => return Err(e.instr_error("loop_rec destination is not an X register")),
            };
            e.push(Instr::LoopRec { fail, dst });
        }
        op::LOOP_REC_END => {
            let to = e.label(arg(0))?;
            e.push(Instr::LoopRecEnd { to });
        }
        op::WAIT => {
            let to = e.label(arg(0))?;
            e.push(Instr::Wait { to });
        }
        op::WAIT_TIMEOUT => {
            let to = e.label(arg(0))?;
            let timeout = e.src(arg(1))?;
            e.push(Instr::WaitTimeout { to, timeout });
        }
        op::RECV_MARKER_RESERVE => {
            let dst = e.dst(arg(0))?;
            e.push(Instr::RecvMarkerReserve { dst });
        }
        op::RECV_MARKER_BIND => {
            let marker = e.src(arg(0))?;
            let reference = e.src(arg(1))?;
            e.push(Instr::RecvMarkerBind { marker, reference });
        }
        op::RECV_MARKER_USE => {
            let reference = e.src(arg(0))?;
            e.push(Instr::RecvMarkerUse { reference });
        }
        op::RECV_MARKER_CLEAR => {
            let reference = e.src(arg(0))?;
            e.push(Instr::RecvMarkerClear { reference });
        }
        // The receive optimisation of OTP 21-23 (`recv_mark`/`recv_set`): markers are only an
        // optimisation, so these do nothing.
        op::RECV_MARK | op::RECV_SET => {}
        _ => return Ok(false),
    }
    Ok(true)
}
