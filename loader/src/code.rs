//! The `Code` chunk: its header, and the instruction stream decoded into generic instructions
//! with labels resolved and function boundaries found.
//!
//! Header: header size (at least 16), instruction set version (0), highest opcode used, label
//! count, function count; the instructions follow the header. Each instruction is an opcode byte
//! and as many compact-term operands as the opcode's arity; an extended list (`z` 1), allowed
//! only as the last operand, adds its elements as further operands.

use num_bigint::BigInt;

use crate::compact::{Limits, OperandReader};
use crate::cursor::Cursor;
use crate::error::{LoadError, LoadErrorKind};
use crate::iff::Chunk;
use crate::model::{Code, CodeHeader, Function, Instr};
use crate::opcodes::{self, op, MAX_OPCODE};
use crate::operand::Operand;

/// Marks a label that is not defined (or not used) yet.
const NOT_DEFINED: u32 = u32::MAX;

/// Reads the Code chunk header; returns it and a cursor at the first instruction.
pub(crate) fn read_header<'a>(chunk: &Chunk<'a>) -> Result<(CodeHeader, Cursor<'a>), LoadError> {
    let mut c = chunk.cursor();
    let at = c.offset();
    let header_size = c.u32("code header size")?;
    if header_size < 16 {
        return Err(c.error_at(at, LoadErrorKind::CodeHeaderSize(header_size)));
    }
    if header_size as usize > c.remaining() {
        return Err(c.error(LoadErrorKind::Truncated {
            what: "the code header",
            needed: header_size as usize - c.remaining(),
        }));
    }
    let at = c.offset();
    let instruction_set = c.u32("instruction set version")?;
    if instruction_set != 0 {
        return Err(c.error_at(at, LoadErrorKind::InstructionSet(instruction_set)));
    }
    let at = c.offset();
    let max_opcode = c.u32("highest opcode")?;
    if max_opcode > MAX_OPCODE as u32 {
        return Err(c.error_at(
            at,
            LoadErrorKind::MaxOpcode {
                declared: max_opcode,
            },
        ));
    }
    let label_count = c.u32("label count")?;
    let function_count = c.u32("function count")?;
    let header = CodeHeader {
        instruction_set,
        max_opcode,
        label_count,
        function_count,
    };
    let code_start = 4 + header_size as usize;
    let code = Cursor::new(
        &chunk.data[code_start..],
        chunk.offset + code_start,
        chunk.id,
    );
    Ok((header, code))
}

/// What the instruction decoder produces.
pub(crate) struct DecodedCode {
    pub code: Code,
    pub labels: Vec<u32>,
    pub functions: Vec<Function>,
    pub big_ints: Vec<BigInt>,
    /// File offset of the first reference to each label (`u32::MAX` if unreferenced).
    pub first_use: Vec<u32>,
}

/// Decodes every instruction up to `int_code_end`.
pub(crate) fn read_code(
    mut c: Cursor<'_>,
    header: &CodeHeader,
    limits: &Limits,
    line_items: Option<usize>,
) -> Result<DecodedCode, LoadError> {
    let label_count = header.label_count as usize;
    // A label definition takes two bytes, so a plausible count is bounded by the code size.
    if label_count > c.remaining() + 1 {
        return Err(c.error_at(
            c.base,
            LoadErrorKind::BadCount {
                what: "label count",
                count: label_count as i64,
            },
        ));
    }
    let guess = c.remaining() / 3;
    let mut code = Code {
        instrs: Vec::with_capacity(guess),
        operands: Vec::with_capacity(guess * 2),
        offsets: Vec::with_capacity(guess),
    };
    let mut labels = vec![NOT_DEFINED; label_count];
    let mut first_use = vec![NOT_DEFINED; label_count];
    let mut functions: Vec<Function> =
        Vec::with_capacity(header.function_count.min(65536) as usize);
    let mut big_ints = Vec::new();
    let mut expect_entry: Option<usize> = None;
    let reader = OperandReader::new(limits);

    loop {
        let at = c.offset();
        if c.at_end() {
            return Err(c.error(LoadErrorKind::MissingCodeEnd));
        }
        let opcode = c.u8("an opcode")?;
        if opcode == 0 || opcode > MAX_OPCODE {
            return Err(c.error_at(at, LoadErrorKind::UnknownOpcode(opcode)));
        }
        let arity = opcodes::arity(opcode);
        if opcode as u32 > header.max_opcode {
            return Err(c.error_at(
                at,
                LoadErrorKind::OpcodeAboveDeclared {
                    opcode,
                    declared: header.max_opcode,
                },
            ));
        }
        let start = code.operands.len();
        for i in 0..arity {
            let oat = c.offset();
            let operand = reader.next(&mut c, &mut big_ints)?;
            code.operands.push(operand);
            match operand {
                Operand::Label(l) if l != 0 => note_use(&mut first_use, l, oat),
                Operand::List(n) => {
                    if i + 1 != arity {
                        return Err(bad_operand(
                            &c,
                            oat,
                            "an extended list must be the last operand",
                        ));
                    }
                    code.operands.reserve(n as usize);
                    for _ in 0..n {
                        let eat = c.offset();
                        let element = reader.next(&mut c, &mut big_ints)?;
                        match element {
                            Operand::List(_) => {
                                return Err(bad_operand(&c, eat, "extended lists cannot nest"))
                            }
                            Operand::Label(l) if l != 0 => note_use(&mut first_use, l, eat),
                            _ => {}
                        }
                        code.operands.push(element);
                    }
                }
                _ => {}
            }
        }
        let index = code.instrs.len();
        if index >= u32::MAX as usize || code.operands.len() >= u32::MAX as usize {
            return Err(bad_operand(&c, at, "too many instructions"));
        }
        code.instrs.push(Instr {
            opcode,
            start: start as u32,
            len: (code.operands.len() - start) as u32,
        });
        code.offsets.push(at as u32);
        let ops = &code.operands[start..];

        if let Some(info_index) = expect_entry.take() {
            // The instruction after func_info must be the entry label.
            let entry = match (opcode, ops) {
                (op::LABEL, [Operand::Unsigned(l)]) => *l as u32,
                _ => {
                    return Err(c.error_at(
                        at,
                        LoadErrorKind::BadFunction("func_info is not followed by a label".into()),
                    ))
                }
            };
            functions[info_index].entry_label = entry;
        }
        match opcode {
            op::LABEL => {
                let l = match ops {
                    [Operand::Unsigned(l)] if *l != 0 && *l < label_count as u64 => *l as usize,
                    _ => {
                        return Err(c.error_at(
                            at + 1,
                            LoadErrorKind::BadOperand(format!(
                                "label definition {:?} is not a number in 1..{label_count}",
                                ops[0]
                            )),
                        ))
                    }
                };
                if labels[l] != NOT_DEFINED {
                    return Err(c.error_at(at, LoadErrorKind::DuplicateLabel(l as u32)));
                }
                labels[l] = index as u32;
            }
            op::LINE => {
                if let (Some(n), [Operand::Unsigned(i)]) = (line_items, ops) {
                    if *i as usize >= n {
                        return Err(c.error_at(
                            at + 1,
                            LoadErrorKind::OutOfRange {
                                what: "line item",
                                index: *i,
                                limit: n as u64,
                            },
                        ));
                    }
                }
            }
            op::FUNC_INFO => {
                let f = function_start(&c, at, &code, index)?;
                if functions.len() >= header.function_count as usize {
                    return Err(c.error_at(
                        at,
                        LoadErrorKind::BadFunction(format!(
                            "more functions than the {} the code header declares",
                            header.function_count
                        )),
                    ));
                }
                if let Some(prev) = functions.last_mut() {
                    prev.end = f.start;
                }
                expect_entry = Some(functions.len());
                functions.push(f);
            }
            op::INT_CODE_END => {
                if let Some(prev) = functions.last_mut() {
                    prev.end = index as u32 + 1;
                }
                if functions.len() != header.function_count as usize {
                    return Err(c.error_at(
                        at,
                        LoadErrorKind::BadFunction(format!(
                            "the code has {} functions, its header declares {}",
                            functions.len(),
                            header.function_count
                        )),
                    ));
                }
                break;
            }
            _ => {}
        }
    }
    Ok(DecodedCode {
        code,
        labels,
        functions,
        big_ints,
        first_use,
    })
}

#[inline]
fn note_use(first_use: &mut [u32], label: u32, at: usize) {
    // Label operands were range-checked against the label count when decoded.
    let slot = &mut first_use[label as usize];
    if *slot == NOT_DEFINED {
        *slot = at as u32;
    }
}

#[cold]
fn bad_operand(c: &Cursor<'_>, at: usize, why: &str) -> LoadError {
    c.error_at(at, LoadErrorKind::BadOperand(why.to_string()))
}

/// Builds the function record for the `func_info` at `index`: it must read
/// `func_info {atom,M} {atom,F} Arity` and be preceded by `label L` and optionally `line`.
fn function_start(
    c: &Cursor<'_>,
    at: usize,
    code: &Code,
    index: usize,
) -> Result<Function, LoadError> {
    let instr = code.instrs[index];
    let (name, arity) = match &code.operands[instr.operands()] {
        [Operand::Atom(_), Operand::Atom(f), Operand::Unsigned(a)] if *a <= 255 => (*f, *a as u32),
        other => {
            return Err(c.error_at(
                at,
                LoadErrorKind::BadFunction(format!("func_info operands {other:?}")),
            ))
        }
    };
    let mut k = index;
    if k > 0 && code.instrs[k - 1].opcode == op::LINE {
        k -= 1;
    }
    let label = match k.checked_sub(1).map(|p| (p, code.instrs[p])) {
        Some((p, i)) if i.opcode == op::LABEL => match code.operands[i.start as usize] {
            Operand::Unsigned(l) => (p, l as u32),
            _ => unreachable_label(c, at)?,
        },
        _ => {
            return Err(c.error_at(
                at,
                LoadErrorKind::BadFunction("func_info is not preceded by a label".into()),
            ))
        }
    };
    Ok(Function {
        name,
        arity,
        info_label: label.1,
        entry_label: 0,
        start: label.0 as u32,
        end: index as u32 + 1,
    })
}

#[cold]
fn unreachable_label(c: &Cursor<'_>, at: usize) -> Result<(usize, u32), LoadError> {
    Err(c.error_at(
        at,
        LoadErrorKind::BadFunction("label before func_info has no number".into()),
    ))
}
