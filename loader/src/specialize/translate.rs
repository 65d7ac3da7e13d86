//! Translation of one generic instruction by its operand kinds (the part of ERTS's `ops.tab`
//! that picks a specialised instruction per operand combination).

use vm::code::{FunctionInfo, SelectTable};
use vm::instr::{Dst, Instr, Label, Src, SrcKind, FR, X, Y};
use vm::term::Term;

use super::emit::Emitter;
use super::rules::{call_ext, Tail};
use super::SpecializeError;
use crate::opcodes::op;
use crate::operand::Operand;

type R = Result<(), SpecializeError>;

static MISSING: Operand = Operand::Nil;

/// Translates generic instruction `opcode` with operands `o`.
pub(crate) fn translate(e: &mut Emitter<'_>, opcode: u8, o: &[Operand]) -> R {
    // The loader checked every instruction's operand count; a missing operand reads as `[]`,
    // which every conversion below rejects with an error.
    let arg = |i: usize| -> Result<&Operand, SpecializeError> { Ok(o.get(i).unwrap_or(&MISSING)) };
    match opcode {
        op::LABEL => {
            let l = e.unsigned(arg(0)?)? as usize;
            if l >= e.label_ips.len() {
                return Err(e.instr_error(format!("label {l} out of range")));
            }
            e.label_ips[l] = e.code.len() as u32;
        }
        op::LINE => {
            let item = e.unsigned(arg(0)?)?;
            let ip = e.code.len() as u32;
            e.lines.push((ip, item));
        }
        op::FUNC_INFO => {
            let name = match *arg(1)? {
                Operand::Atom(a) => e.atom(a)?,
                _ => return Err(e.instr_error("function name is not an atom")),
            };
            let arity = e.unsigned(arg(2)?)?;
            let index = e.functions.len() as u32;
            let start = e.code.len() as u32;
            e.functions.push(FunctionInfo {
                name,
                arity,
                start,
                entry: start,
            });
            e.push(Instr::FuncInfo { function: index });
        }
        op::INT_CODE_END | op::FCLEARERROR | op::FCHECKERROR => {}
        op::NIF_START => {
            let Some(function) = e.functions.len().checked_sub(1) else {
                return Err(e.instr_error("nif_start outside a function"));
            };
            e.push(Instr::NifStart {
                function: function as u32,
            });
        }
        op::ON_LOAD => e.on_load = e.functions.len().checked_sub(1),

        // ---- calls ----
        op::CALL => {
            let arity = e.unsigned(arg(0)?)? as u16;
            let to = e.label(arg(1)?)?;
            e.push(Instr::Call { arity, to });
        }
        op::CALL_LAST => {
            let arity = e.unsigned(arg(0)?)? as u16;
            let to = e.label(arg(1)?)?;
            let slots = e.unsigned(arg(2)?)? as u16;
            e.push(Instr::CallLast { arity, to, slots });
        }
        op::CALL_ONLY => {
            let arity = e.unsigned(arg(0)?)? as u16;
            let to = e.label(arg(1)?)?;
            e.push(Instr::CallOnly { arity, to });
        }
        op::CALL_EXT => call_ext(e, e.unsigned(arg(1)?)?, Tail::Body)?,
        op::CALL_EXT_LAST => {
            let n = e.unsigned(arg(2)?)? as u16;
            call_ext(e, e.unsigned(arg(1)?)?, Tail::Last(n))?
        }
        op::CALL_EXT_ONLY => call_ext(e, e.unsigned(arg(1)?)?, Tail::Only)?,
        op::APPLY => {
            let arity = e.unsigned(arg(0)?)? as u16;
            e.push(Instr::Apply { arity });
        }
        op::APPLY_LAST => {
            let arity = e.unsigned(arg(0)?)? as u16;
            let slots = e.unsigned(arg(1)?)? as u16;
            e.push(Instr::ApplyLast { arity, slots });
        }
        op::CALL_FUN => {
            let arity = e.unsigned(arg(0)?)? as u16;
            e.push(Instr::CallFun { arity });
        }
        op::CALL_FUN2 => {
            let arity = e.unsigned(arg(1)?)? as u16;
            let fun = e.src(arg(2)?)?;
            e.push(Instr::CallFun2 { arity, fun });
        }
        op::MAKE_FUN3 => {
            let lambda = e.unsigned(arg(0)?)?;
            if lambda as usize >= e.p.lambdas.len() {
                return Err(e.instr_error(format!("lambda {lambda} out of range")));
            }
            let dst = e.dst(arg(1)?)?;
            let env = srcs(e, o, 2)?;
            e.push(Instr::MakeFun { lambda, dst, env });
        }

        // ---- frames ----
        op::ALLOCATE | op::ALLOCATE_ZERO => {
            let slots = e.unsigned(arg(0)?)? as u16;
            let live = e.unsigned(arg(1)?)? as u16;
            e.push(Instr::Allocate { slots, live });
        }
        op::ALLOCATE_HEAP | op::ALLOCATE_HEAP_ZERO => {
            let slots = e.unsigned(arg(0)?)? as u16;
            let words = e.alloc_words(arg(1)?)?;
            let live = e.unsigned(arg(2)?)? as u16;
            e.push(Instr::AllocateHeap { slots, live, words });
        }
        op::TEST_HEAP => {
            let words = e.alloc_words(arg(0)?)?;
            let live = e.unsigned(arg(1)?)? as u16;
            e.push(Instr::TestHeap { words, live });
        }
        op::INIT => {
            let d = e.dst(arg(0)?)?;
            if !d.is_y() {
                return Err(e.instr_error("init of a non-Y register"));
            }
            e.push(Instr::InitY {
                y: Y(d.index() as u16),
            });
        }
        op::INIT_YREGS => {
            for r in e.list(o, 0)?.to_vec() {
                let d = e.dst(&r)?;
                if !d.is_y() {
                    return Err(e.instr_error("init_yregs of a non-Y register"));
                }
                e.push(Instr::InitY {
                    y: Y(d.index() as u16),
                });
            }
        }
        op::DEALLOCATE => {
            let slots = e.unsigned(arg(0)?)? as u16;
            e.push(Instr::Deallocate { slots });
        }
        op::RETURN => e.push(Instr::Return {}),
        op::TRIM => {
            let n = e.unsigned(arg(0)?)? as u16;
            e.push(Instr::Trim { n });
        }

        // ---- moves ----
        op::MOVE => {
            let src = e.src(arg(0)?)?;
            let dst = e.dst(arg(1)?)?;
            e.push(specialise_move(e, src, dst));
        }
        op::SWAP => {
            let a = e.dst(arg(0)?)?;
            let b = e.dst(arg(1)?)?;
            e.push(Instr::Swap { a, b });
        }

        // ---- tests ----
        op::IS_EQ_EXACT | op::IS_NE_EXACT => {
            let fail = e.label(arg(0)?)?;
            let (a, b) = (e.src(arg(1)?)?, e.src(arg(2)?)?);
            let eq = opcode == op::IS_EQ_EXACT;
            e.push(compare_exact(e, fail, a, b, eq));
        }
        op::IS_EQ | op::IS_NE | op::IS_LT | op::IS_GE => {
            let fail = e.label(arg(0)?)?;
            let (a, b) = (e.src(arg(1)?)?, e.src(arg(2)?)?);
            let xx = match (a.kind(), b.kind()) {
                (SrcKind::X(a), SrcKind::X(b)) => Some((X(a), X(b))),
                _ => None,
            };
            e.push(match (opcode, x_and_small(e, a, b), xx) {
                (op::IS_LT, Some((x, imm)), _) => Instr::IsLtXI { fail, x, imm },
                (op::IS_GE, Some((x, imm)), _) => Instr::IsGeXI { fail, x, imm },
                (op::IS_LT, _, Some((a, b))) => Instr::IsLtXX { fail, a, b },
                (op::IS_GE, _, Some((a, b))) => Instr::IsGeXX { fail, a, b },
                (op::IS_EQ, ..) => Instr::IsEq { fail, a, b },
                (op::IS_NE, ..) => Instr::IsNe { fail, a, b },
                (op::IS_LT, ..) => Instr::IsLt { fail, a, b },
                _ => Instr::IsGe { fail, a, b },
            });
        }
        op::IS_INTEGER
        | op::IS_FLOAT
        | op::IS_NUMBER
        | op::IS_ATOM
        | op::IS_PID
        | op::IS_REFERENCE
        | op::IS_PORT
        | op::IS_NIL
        | op::IS_BINARY
        | op::IS_BITSTR
        | op::IS_LIST
        | op::IS_NONEMPTY_LIST
        | op::IS_TUPLE
        | op::IS_BOOLEAN
        | op::IS_FUNCTION
        | op::IS_MAP => {
            let fail = e.label(arg(0)?)?;
            let src = e.src(arg(1)?)?;
            e.push(match opcode {
                op::IS_INTEGER => Instr::IsInteger { fail, src },
                op::IS_FLOAT => Instr::IsFloat { fail, src },
                op::IS_NUMBER => Instr::IsNumber { fail, src },
                op::IS_ATOM => Instr::IsAtom { fail, src },
                op::IS_PID => Instr::IsPid { fail, src },
                op::IS_REFERENCE => Instr::IsReference { fail, src },
                op::IS_PORT => Instr::IsPort { fail, src },
                op::IS_NIL => Instr::IsNil { fail, src },
                op::IS_BINARY => Instr::IsBinary { fail, src },
                op::IS_BITSTR => Instr::IsBitstr { fail, src },
                op::IS_LIST => Instr::IsList { fail, src },
                op::IS_NONEMPTY_LIST => Instr::IsNonemptyList { fail, src },
                op::IS_TUPLE => Instr::IsTuple { fail, src },
                op::IS_BOOLEAN => Instr::IsBoolean { fail, src },
                op::IS_FUNCTION => Instr::IsFunction { fail, src },
                _ => Instr::IsMap { fail, src },
            });
        }
        op::IS_FUNCTION2 => {
            let fail = e.label(arg(0)?)?;
            let src = e.src(arg(1)?)?;
            let arity = e.src(arg(2)?)?;
            e.push(Instr::IsFunction2 { fail, src, arity });
        }
        op::TEST_ARITY => {
            let fail = e.label(arg(0)?)?;
            let src = e.src(arg(1)?)?;
            let arity = e.unsigned(arg(2)?)?;
            e.push(Instr::TestArity { fail, src, arity });
        }
        op::IS_TAGGED_TUPLE => {
            let fail = e.label(arg(0)?)?;
            let src = e.src(arg(1)?)?;
            let arity = e.unsigned(arg(2)?)? as u16;
            let tag = match *arg(3)? {
                Operand::Atom(a) => e.atom(a)?,
                _ => return Err(e.instr_error("tag is not an atom")),
            };
            e.push(Instr::IsTaggedTuple {
                fail,
                src,
                arity,
                tag,
            });
        }
        op::SELECT_VAL | op::SELECT_TUPLE_ARITY => {
            let src = e.src(arg(0)?)?;
            let fail = e.label(arg(1)?)?;
            let pairs = e.list(o, 2)?.to_vec();
            if pairs.len() % 2 != 0 {
                return Err(e.instr_error("odd select list"));
            }
            let mut entries: Vec<(Term, u32)> = Vec::with_capacity(pairs.len() / 2);
            for pair in pairs.chunks(2) {
                let value = if opcode == op::SELECT_TUPLE_ARITY {
                    Term::small(e.unsigned(&pair[0])? as i64)
                } else {
                    e.term(&pair[0])?
                        .ok_or_else(|| e.instr_error("select value is not a constant"))?
                };
                entries.push((value, e.label(&pair[1])?.0));
            }
            let sorted = entries.iter().all(|(v, _)| v.is_immediate());
            if sorted {
                entries.sort_by_key(|(v, _)| v.raw());
            }
            let table = e.selects.len() as u32;
            e.selects.push(SelectTable {
                values: entries.iter().map(|&(v, _)| v).collect(),
                targets: entries.iter().map(|&(_, l)| l).collect(),
                sorted,
            });
            e.push(if opcode == op::SELECT_VAL {
                Instr::SelectVal { src, fail, table }
            } else {
                Instr::SelectTupleArity { src, fail, table }
            });
        }
        op::JUMP => {
            let to = e.label(arg(0)?)?;
            e.push(Instr::Jump { to });
        }

        // ---- data ----
        op::GET_LIST => {
            let src = e.src(arg(0)?)?;
            let head = e.dst(arg(1)?)?;
            let tail = e.dst(arg(2)?)?;
            e.push(Instr::GetList { src, head, tail });
        }
        op::GET_HD | op::GET_TL => {
            let src = e.src(arg(0)?)?;
            let dst = e.dst(arg(1)?)?;
            e.push(if opcode == op::GET_HD {
                Instr::GetHd { src, dst }
            } else {
                Instr::GetTl { src, dst }
            });
        }
        op::PUT_LIST => {
            let head = e.src(arg(0)?)?;
            let tail = e.src(arg(1)?)?;
            let dst = e.dst(arg(2)?)?;
            e.push(Instr::PutList { head, tail, dst });
        }
        op::PUT_TUPLE2 => {
            let dst = e.dst(arg(0)?)?;
            let elements = srcs(e, o, 1)?;
            e.push(Instr::PutTuple { dst, elements });
        }
        op::GET_TUPLE_ELEMENT => {
            let src = e.src(arg(0)?)?;
            let index = e.unsigned(arg(1)?)?;
            let dst = e.dst(arg(2)?)?;
            e.push(Instr::GetTupleElement { src, index, dst });
        }
        op::SET_TUPLE_ELEMENT => {
            let value = e.src(arg(0)?)?;
            let tuple = e.src(arg(1)?)?;
            let index = e.unsigned(arg(2)?)?;
            e.push(Instr::SetTupleElement {
                value,
                tuple,
                index,
            });
        }

        // ---- BIFs ----
        op::BIF0 => {
            let bif = e.require_bif(e.unsigned(arg(0)?)?)?;
            let dst = e.dst(arg(1)?)?;
            e.push(Instr::Bif0 { bif, dst });
        }
        op::BIF1 => {
            let fail = e.label(arg(0)?)?;
            let bif = e.require_bif(e.unsigned(arg(1)?)?)?;
            let a = e.src(arg(2)?)?;
            let dst = e.dst(arg(3)?)?;
            e.push(Instr::Bif1 {
                bif,
                fail,
                arg: a,
                dst,
            });
        }
        op::BIF2 => {
            let fail = e.label(arg(0)?)?;
            let bif = e.require_bif(e.unsigned(arg(1)?)?)?;
            let (a, b) = (e.src(arg(2)?)?, e.src(arg(3)?)?);
            let dst = e.dst(arg(4)?)?;
            let args = e.push_srcs(&[a, b]);
            e.push(Instr::Bif2 {
                bif,
                fail,
                args,
                dst,
            });
        }
        op::GC_BIF1 => {
            let fail = e.label(arg(0)?)?;
            let live = e.unsigned(arg(1)?)? as u16;
            let import = e.unsigned(arg(2)?)?;
            let bif = e.require_bif(import)?;
            let a = e.src(arg(3)?)?;
            let dst = e.dst(arg(4)?)?;
            if e.imports[import as usize].function.text() == "+" {
                e.push(Instr::UnaryPlus {
                    bif,
                    fail,
                    src: a,
                    dst,
                });
            } else {
                e.push(Instr::GcBif1 {
                    bif,
                    fail,
                    arg: a,
                    dst,
                    live,
                });
            }
        }
        op::GC_BIF2 => {
            let fail = e.label(arg(0)?)?;
            let live = e.unsigned(arg(1)?)?;
            let import = e.unsigned(arg(2)?)?;
            let bif = e.require_bif(import)?;
            let (a, b) = (e.src(arg(3)?)?, e.src(arg(4)?)?);
            let dst = e.dst(arg(5)?)?;
            let name = e.imports[import as usize].function.text();
            let x_dst = (!dst.is_y()).then(|| X(dst.index() as u16));
            match (name, u8::try_from(live), x_and_small(e, a, b), x_dst) {
                ("+", _, Some((x, imm)), Some(dst)) => e.push(Instr::AddXI { fail, x, imm, dst }),
                ("-", _, Some((x, imm)), Some(dst)) => e.push(Instr::SubXI { fail, x, imm, dst }),
                ("+", Ok(live), ..) => e.push(Instr::Add {
                    fail,
                    a,
                    b,
                    dst,
                    live,
                }),
                ("-", Ok(live), ..) => e.push(Instr::Sub {
                    fail,
                    a,
                    b,
                    dst,
                    live,
                }),
                ("*", Ok(live), ..) => e.push(Instr::Mul {
                    fail,
                    a,
                    b,
                    dst,
                    live,
                }),
                ("rem", Ok(live), ..) => e.push(Instr::Rem {
                    fail,
                    a,
                    b,
                    dst,
                    live,
                }),
                ("div", Ok(live), ..) => e.push(Instr::IntDiv {
                    fail,
                    a,
                    b,
                    dst,
                    live,
                }),
                ("band", Ok(live), ..) => e.push(Instr::Band {
                    fail,
                    a,
                    b,
                    dst,
                    live,
                }),
                ("bor", Ok(live), ..) => e.push(Instr::Bor {
                    fail,
                    a,
                    b,
                    dst,
                    live,
                }),
                ("bxor", Ok(live), ..) => e.push(Instr::Bxor {
                    fail,
                    a,
                    b,
                    dst,
                    live,
                }),
                _ => {
                    let args = e.push_srcs(&[a, b]);
                    e.push(Instr::GcBif2 {
                        bif,
                        fail,
                        args,
                        dst,
                        live: live as u16,
                    });
                }
            }
        }
        op::GC_BIF3 => {
            let fail = e.label(arg(0)?)?;
            let live = e.unsigned(arg(1)?)? as u16;
            let bif = e.require_bif(e.unsigned(arg(2)?)?)?;
            let (a, b, c) = (e.src(arg(3)?)?, e.src(arg(4)?)?, e.src(arg(5)?)?);
            let dst = e.dst(arg(6)?)?;
            let args = e.push_srcs(&[a, b, c]);
            e.push(Instr::GcBif3 {
                bif,
                fail,
                args,
                dst,
                live,
            });
        }

        // ---- exceptions ----
        op::CATCH | op::TRY => {
            let d = e.dst(arg(0)?)?;
            if !d.is_y() {
                return Err(e.instr_error("catch register is not a Y register"));
            }
            let handler = e.label(arg(1)?)?;
            let y = Y(d.index() as u16);
            let at = e.code.len();
            e.catches.push((at, handler.0));
            e.push(if opcode == op::CATCH {
                Instr::Catch { y, catch: 0 }
            } else {
                Instr::Try { y, catch: 0 }
            });
        }
        op::CATCH_END | op::TRY_END | op::TRY_CASE => {
            let d = e.dst(arg(0)?)?;
            let y = Y(d.index() as u16);
            e.push(match opcode {
                op::CATCH_END => Instr::CatchEnd { y },
                op::TRY_END => Instr::TryEnd { y },
                _ => Instr::TryCase { y },
            });
        }
        op::TRY_CASE_END | op::BADMATCH | op::CASE_END | op::BADRECORD => {
            let src = e.src(arg(0)?)?;
            e.push(match opcode {
                op::TRY_CASE_END => Instr::TryCaseEnd { src },
                op::BADMATCH => Instr::Badmatch { src },
                op::CASE_END => Instr::CaseEnd { src },
                _ => Instr::Badrecord { src },
            });
        }
        op::IF_END => e.push(Instr::IfEnd {}),
        op::RAISE => {
            let trace = e.src(arg(0)?)?;
            let value = e.src(arg(1)?)?;
            e.push(Instr::Raise { trace, value });
        }
        op::RAW_RAISE => e.push(Instr::RawRaise {}),
        op::BUILD_STACKTRACE => e.push(Instr::BuildStacktrace {}),

        // ---- floats ----
        op::FMOVE => {
            let (s, d) = (arg(0)?, arg(1)?);
            match (s, d) {
                (Operand::FloatReg(_), Operand::FloatReg(_)) => {
                    let (src, dst) = (FR(e.freg(s)?), FR(e.freg(d)?));
                    e.push(Instr::FMove { src, dst });
                }
                (Operand::FloatReg(_), _) => {
                    let src = FR(e.freg(s)?);
                    let dst = e.dst(d)?;
                    e.push(Instr::FStore { src, dst });
                }
                _ => {
                    let src = e.src(s)?;
                    let dst = FR(e.freg(d)?);
                    e.push(Instr::FLoad { src, dst });
                }
            }
        }
        op::FCONV => {
            let src = e.src(arg(0)?)?;
            let dst = FR(e.freg(arg(1)?)?);
            e.push(Instr::FConv { src, dst });
        }
        op::FADD | op::FSUB | op::FMUL | op::FDIV => {
            let a = FR(e.freg(arg(1)?)?);
            let b = FR(e.freg(arg(2)?)?);
            let dst = FR(e.freg(arg(3)?)?);
            e.push(match opcode {
                op::FADD => Instr::FAdd { a, b, dst },
                op::FSUB => Instr::FSub { a, b, dst },
                op::FMUL => Instr::FMul { a, b, dst },
                _ => Instr::FDiv { a, b, dst },
            });
        }
        op::FNEGATE => {
            let a = FR(e.freg(arg(1)?)?);
            let dst = FR(e.freg(arg(2)?)?);
            e.push(Instr::FNegate { a, dst });
        }

        // ---- maps ----
        op::HAS_MAP_FIELDS => {
            let fail = e.label(arg(0)?)?;
            let src = e.src(arg(1)?)?;
            let mut v = vec![src];
            for k in e.list(o, 2)?.to_vec() {
                v.push(e.src(&k)?);
            }
            let start = e.push_srcs(&v);
            let ops = vm::instr::Span {
                start,
                len: v.len() as u32,
            };
            e.push(Instr::HasMapFields { fail, ops });
        }
        op::GET_MAP_ELEMENTS => {
            let fail = e.label(arg(0)?)?;
            let src = e.src(arg(1)?)?;
            let items = e.list(o, 2)?.to_vec();
            let mut v = vec![src];
            for pair in items.chunks(2) {
                if pair.len() != 2 {
                    return Err(e.instr_error("odd key/register list"));
                }
                v.push(e.src(&pair[0])?);
                v.push(e.dst(&pair[1])?.as_src());
            }
            let start = e.push_srcs(&v);
            let ops = vm::instr::Span {
                start,
                len: v.len() as u32,
            };
            e.push(Instr::GetMapElements { fail, ops });
        }
        op::PUT_MAP_ASSOC | op::PUT_MAP_EXACT => {
            let fail = e.label(arg(0)?)?;
            let src = e.src(arg(1)?)?;
            let dst = e.dst(arg(2)?)?;
            let pairs = srcs(e, o, 4)?;
            if pairs.len % 2 != 0 {
                return Err(e.instr_error("odd key/value list"));
            }
            if opcode == op::PUT_MAP_ASSOC {
                e.push(Instr::PutMapAssoc { src, dst, pairs });
            } else {
                if fail.0 != 0 {
                    // A failure label: check the keys first, then update.
                    let mut keys: Vec<Src> = vec![src];
                    keys.extend(e.srcs[pairs.range()].iter().step_by(2).copied());
                    let start = e.push_srcs(&keys);
                    let ops = vm::instr::Span {
                        start,
                        len: keys.len() as u32,
                    };
                    e.push(Instr::HasMapFields { fail, ops });
                }
                e.push(Instr::PutMapExact { src, dst, pairs });
            }
        }

        _ if super::bits::handles(opcode) => super::bits::translate(e, opcode, o)?,
        _ if super::old_ops::handles(opcode) => super::old_ops::translate(e, opcode, o)?,
        _ if super::receive::translate(e, opcode, o)? => {}
        _ => return Err(unsupported(e, opcode)),
    }
    Ok(())
}

/// The error for an instruction girder cannot run yet, with the reason by family.
fn unsupported(e: &Emitter<'_>, opcode: u8) -> SpecializeError {
    let name = crate::opcodes::info(opcode).map_or("?", |i| i.name);
    let family = if name.starts_with("bs_") {
        "binary construction and matching are not supported yet"
    } else if name.contains("map") {
        "maps are not supported yet"
    } else if matches!(
        opcode,
        op::SEND
            | op::REMOVE_MESSAGE
            | op::TIMEOUT
            | op::LOOP_REC
            | op::LOOP_REC_END
            | op::WAIT
            | op::WAIT_TIMEOUT
            | op::RECV_MARK
            | op::RECV_SET
            | op::RECV_MARKER_BIND
            | op::RECV_MARKER_CLEAR
            | op::RECV_MARKER_RESERVE
            | op::RECV_MARKER_USE
    ) {
        "message passing is not supported yet"
    } else {
        "this instruction is obsolete or not supported"
    };
    e.instr_error(format!("cannot run '{name}': {family}"))
}

/// Sources of the extended list at `o[at]`, appended to the side table.
fn srcs(e: &mut Emitter<'_>, o: &[Operand], at: usize) -> Result<vm::instr::Span, SpecializeError> {
    let items = e.list(o, at)?.to_vec();
    let mut v = Vec::with_capacity(items.len());
    for it in &items {
        v.push(e.src(it)?);
    }
    let start = e.push_srcs(&v);
    Ok(vm::instr::Span {
        start,
        len: v.len() as u32,
    })
}

/// Picks the move instruction for the operand kinds.
fn specialise_move(e: &Emitter<'_>, src: Src, dst: Dst) -> Instr {
    match (src.kind(), dst.is_y()) {
        (SrcKind::X(s), false) => Instr::MoveXX {
            src: X(s),
            dst: X(dst.index() as u16),
        },
        (SrcKind::X(s), true) => Instr::MoveXY {
            src: X(s),
            dst: Y(dst.index() as u16),
        },
        (SrcKind::Y(s), false) => Instr::MoveYX {
            src: Y(s),
            dst: X(dst.index() as u16),
        },
        (SrcKind::Const(c), false) => Instr::MoveCX {
            value: e.consts[c as usize],
            dst: X(dst.index() as u16),
        },
        _ => Instr::Move { src, dst },
    }
}

/// `(x, imm)` when `a` is an X register and `b` a small integer constant that fits 32 bits.
pub(crate) fn x_and_small(e: &Emitter<'_>, a: Src, b: Src) -> Option<(X, i32)> {
    match (a.kind(), b.kind()) {
        (SrcKind::X(x), SrcKind::Const(c)) => {
            let imm = i32::try_from(e.consts[c as usize].as_small()?).ok()?;
            Some((X(x), imm))
        }
        _ => None,
    }
}

/// Picks the exact comparison: an X register against an immediate gets the fused form.
fn compare_exact(e: &Emitter<'_>, fail: Label, a: Src, b: Src, eq: bool) -> Instr {
    let imm = |s: Src| match s.kind() {
        SrcKind::Const(c) if e.consts[c as usize].is_immediate() => Some(e.consts[c as usize]),
        _ => None,
    };
    let fused = match (a.kind(), b.kind()) {
        (SrcKind::X(x), _) => imm(b).map(|v| (x, v)),
        (_, SrcKind::X(x)) => imm(a).map(|v| (x, v)),
        _ => None,
    };
    match (fused, eq) {
        (Some((x, value)), true) => Instr::IsEqExactXC {
            fail,
            x: X(x),
            value,
        },
        (Some((x, value)), false) => Instr::IsNeExactXC {
            fail,
            x: X(x),
            value,
        },
        (None, true) => Instr::IsEqExact { fail, a, b },
        (None, false) => Instr::IsNeExact { fail, a, b },
    }
}
