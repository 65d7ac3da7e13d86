//! Checks a module's generic code before it is specialised, so that code that would break the
//! interpreter's invariants is refused at load time with an error naming the module, function
//! and instruction, rather than running and corrupting a process.
//!
//! Each function is walked along its control flow (fall-through and every label operand, from
//! its entry label and every label a `try`/`catch` names), tracking the size of the stack frame:
//!
//! - `allocate*` needs no frame and makes one of its size; `deallocate N`, `return`, the
//!   `*_last` calls need (and end) the frame they name, `return` none at all; `trim N _` needs at
//!   least `N` slots;
//! - every Y register operand must lie inside the current frame;
//! - where paths with different frames meet, only the Y registers of the smallest may be read,
//!   and the frame may not be freed, trimmed or replaced (no `allocate`, `deallocate`, `trim`,
//!   `return` or `*_last` call), except by a tail call of a function that never returns
//!   (`erlang:error/1`, ...), which erl's loader turns into a plain jump;
//! - a label operand must name a label defined in the module.

use std::collections::VecDeque;

use super::emit::Emitter;
use super::SpecializeError;
use crate::opcodes::op;
use crate::operand::Operand;

/// The frame at an instruction: `None` before `allocate`, `Some(Slots::Exact(n))` after, and
/// where paths with different frames meet, `Some(Slots::AtLeast(n))` with the smallest of them
/// (Y registers below it may be read, but the frame may not be freed, trimmed or replaced).
type Frame = Option<Slots>;

/// The size of a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slots {
    /// Known.
    Exact(u32),
    /// Paths with different frames meet here; the smallest has this many slots.
    AtLeast(u32),
}

impl Slots {
    fn count(self) -> u32 {
        match self {
            Slots::Exact(n) | Slots::AtLeast(n) => n,
        }
    }
}

/// The frame where paths with frames `a` and `b` meet.
fn meet(a: Frame, b: Frame) -> Frame {
    if a == b {
        return a;
    }
    let n = |f: Frame| f.map_or(0, Slots::count);
    Some(Slots::AtLeast(n(a).min(n(b))))
}

/// Checks every function of the emitter's module.
pub(crate) fn check(e: &mut Emitter<'_>) -> Result<(), SpecializeError> {
    let functions = e.p.functions.clone();
    for f in &functions {
        check_function(e, f.start as usize, f.end as usize, f.entry_label)?;
    }
    Ok(())
}

/// Whether execution never continues with the next instruction after `opcode`.
fn ends_flow(opcode: u8) -> bool {
    matches!(
        opcode,
        op::RETURN
            | op::JUMP
            | op::CALL_LAST
            | op::CALL_ONLY
            | op::CALL_EXT_LAST
            | op::CALL_EXT_ONLY
            | op::APPLY_LAST
            | op::BADMATCH
            | op::IF_END
            | op::CASE_END
            | op::TRY_CASE_END
            | op::FUNC_INFO
            | op::SELECT_VAL
            | op::SELECT_TUPLE_ARITY
            | op::INT_CODE_END
            | op::WAIT
            | op::LOOP_REC_END
            | op::RAISE
            | op::BADRECORD
    )
}

/// Whether the label operands of `opcode` are calls into other functions, not branches.
fn labels_are_calls(opcode: u8) -> bool {
    matches!(opcode, op::CALL | op::CALL_LAST | op::CALL_ONLY)
}

fn check_function(
    e: &mut Emitter<'_>,
    start: usize,
    end: usize,
    entry: u32,
) -> Result<(), SpecializeError> {
    let mut seen: Vec<Option<Frame>> = vec![None; end - start];
    let mut work: VecDeque<usize> = VecDeque::new();
    let Some(first) = e.p.label_target(entry) else {
        return Ok(());
    };
    // The header (`label`, `line`, `func_info`) before the entry raises `function_clause`
    // whatever the frame is, so jumps into it are not followed.
    let reach =
        |seen: &mut Vec<Option<Frame>>, work: &mut VecDeque<usize>, at: usize, frame: Frame| {
            if !(first..end).contains(&at) {
                return;
            }
            let merged = match seen[at - start] {
                None => frame,
                Some(f) => meet(f, frame),
            };
            if seen[at - start] != Some(merged) {
                seen[at - start] = Some(merged);
                work.push_back(at);
            }
        };
    reach(&mut seen, &mut work, first, None);
    while let Some(at) = work.pop_front() {
        e.at = at;
        let frame = seen[at - start].flatten();
        let instr = e.p.code.instrs[at];
        let ops = e.p.operands(&instr).to_vec();
        let after = if instr.opcode == op::CALL_EXT_LAST && never_returns(e, &ops) {
            None
        } else {
            step(instr.opcode, &ops, frame).map_err(|r| e.instr_error(r))?
        };
        for o in &ops {
            if let Operand::Label(l) = *o {
                if l == 0 || labels_are_calls(instr.opcode) {
                    continue;
                }
                let Some(target) = e.p.label_target(l) else {
                    return Err(e.instr_error(format!("label {l} is not defined")));
                };
                // A try/catch handler runs with the frame of the instruction that set it.
                let frame_there = if matches!(instr.opcode, op::TRY | op::CATCH) {
                    frame
                } else {
                    after
                };
                reach(&mut seen, &mut work, target, frame_there);
            }
        }
        if !ends_flow(instr.opcode) {
            reach(&mut seen, &mut work, at + 1, after);
        }
    }
    Ok(())
}

/// Whether the function a `call_ext_last` calls never returns, so the frame it frees does not
/// matter (erl's loader turns such calls into plain jumps).
fn never_returns(e: &Emitter<'_>, ops: &[Operand]) -> bool {
    let Some(import) = number(ops.get(1)).and_then(|i| e.p.imports.get(i as usize)) else {
        return false;
    };
    let (m, f) = (e.p.atoms.get(import.module), e.p.atoms.get(import.function));
    matches!(
        (m, f, import.arity),
        (
            Some("erlang"),
            Some("error" | "exit" | "throw" | "nif_error"),
            1
        ) | (Some("erlang"), Some("error" | "nif_error"), 2)
            | (Some("erlang"), Some("error" | "raise"), 3)
    )
}

/// The frame `f` in words for messages.
fn slots(f: Frame) -> String {
    match f {
        None => "no".to_string(),
        Some(Slots::AtLeast(n)) => format!("at least {n} (paths with different frames meet)"),
        Some(Slots::Exact(n)) => n.to_string(),
    }
}

/// The unsigned value of operand `o`.
fn number(o: Option<&Operand>) -> Option<u32> {
    match o {
        Some(&Operand::Unsigned(n)) => u32::try_from(n).ok(),
        Some(&Operand::Integer(n)) => u32::try_from(n).ok(),
        _ => None,
    }
}

/// The frame after instruction `opcode` with operands `ops` runs with frame `frame`, or why the
/// instruction cannot run there.
fn step(opcode: u8, ops: &[Operand], frame: Frame) -> Result<Frame, String> {
    for o in ops {
        if let Operand::Y(y) = *o {
            match frame {
                Some(f) if y < f.count() => {}
                Some(_) => {
                    return Err(format!(
                        "y{y} is outside the stack frame of {} slots",
                        slots(frame)
                    ))
                }
                None => return Err(format!("y{y} is used with no stack frame")),
            }
        }
    }
    let need = |n: Option<u32>| -> Result<(), String> {
        match (frame, n) {
            (Some(Slots::Exact(have)), Some(n)) if have == n => Ok(()),
            (_, None) => Err("bad frame size operand".to_string()),
            (None, _) => Err("frees a stack frame, but there is none".to_string()),
            (Some(_), Some(n)) => Err(format!(
                "frees a stack frame of {n} slots, but the frame has {}",
                slots(frame)
            )),
        }
    };
    Ok(match opcode {
        op::ALLOCATE | op::ALLOCATE_ZERO | op::ALLOCATE_HEAP | op::ALLOCATE_HEAP_ZERO => {
            if frame.is_some() {
                return Err(format!(
                    "allocates a stack frame over one of {} slots",
                    slots(frame)
                ));
            }
            Some(Slots::Exact(
                number(ops.first()).ok_or("bad frame size operand")?,
            ))
        }
        op::DEALLOCATE => {
            need(number(ops.first()))?;
            None
        }
        op::CALL_LAST | op::CALL_EXT_LAST => {
            need(number(ops.get(2)))?;
            None
        }
        op::APPLY_LAST => {
            need(number(ops.get(1)))?;
            None
        }
        op::RETURN => {
            if frame.is_some() {
                return Err(format!("returns with {} stack slots", slots(frame)));
            }
            None
        }
        op::TRIM => {
            let n = number(ops.first()).ok_or("bad trim operand")?;
            match frame {
                Some(Slots::Exact(have)) if n <= have => Some(Slots::Exact(have - n)),
                _ => return Err(format!("trims {n} slots of {} stack slots", slots(frame))),
            }
        }
        _ => frame,
    })
}
