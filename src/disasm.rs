//! `girder disasm FILE.beam ...`: prints each module's generic instructions.
//!
//! Output format, per module: a `module Name` line; for each function a header line
//! `function Name/Arity`; then one instruction per line, indented by two spaces, starting with the
//! instruction's `genop.tab` name followed by its operands in Erlang-like notation: `{x,0}`,
//! `{y,1}`, `{f,12}` (label), `{atom,ok}`, `nil`, `{integer,5}`, `{literal,Term}` (`~w` syntax),
//! `{fr,0}`, `{alloc,[{words,3}]}`, `{tr,{x,0},Type}`, `{list,[...]}`, plain numbers for untagged
//! values. Imports, lambdas and line items referenced by index are shown resolved:
//! `{extfunc,M,F,A}`, `{lambda,Index,Name/Arity}`, `{location,File,Line}`.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::ExitCode;

use loader::opcodes::op;
use loader::{prepare, type_bits, Instr, Operand, Prepared, Reg};
use vm::etf::{write_atom, write_float, TermDisplay};

/// Runs the subcommand on `files`; prints errors to stderr and fails if any file failed.
pub fn run(files: &[String]) -> ExitCode {
    if files.is_empty() {
        eprintln!("usage: girder disasm FILE.beam ...");
        return ExitCode::from(2);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failed = false;
    let mut text = String::new();
    for file in files {
        let bytes = match loader::gzip::read_file(std::path::Path::new(file)) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("girder: {file}: {e}");
                failed = true;
                continue;
            }
        };
        match prepare(&bytes) {
            Ok(module) => {
                text.clear();
                write_module(&module, &mut text);
                if out.write_all(text.as_bytes()).is_err() {
                    return ExitCode::from(1);
                }
            }
            Err(e) => {
                eprintln!("girder: {file}: {e}");
                failed = true;
            }
        }
    }
    if out.flush().is_err() || failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Appends the listing of `m` to `out`.
pub fn write_module(m: &Prepared, out: &mut String) {
    out.push_str("module ");
    atom_text(m.module(), out);
    out.push('\n');
    let mut functions = m.functions.iter().peekable();
    for (i, instr) in m.code.instrs.iter().enumerate() {
        if let Some(f) = functions.next_if(|f| f.start as usize == i) {
            out.push_str("function ");
            atom_text(m.atoms.get(f.name).unwrap_or("?"), out);
            let _ = writeln!(out, "/{}", f.arity);
        }
        out.push_str("  ");
        write_instr(m, instr, out);
        out.push('\n');
    }
}

fn atom_text(text: &str, out: &mut String) {
    let _ = write_atom(text, out);
}

/// Writes one instruction: its name and operands separated by spaces.
fn write_instr(m: &Prepared, instr: &Instr, out: &mut String) {
    out.push_str(instr.name());
    let ops = m.operands(instr);
    let mut i = 0;
    let mut position = 0;
    while i < ops.len() {
        out.push(' ');
        match ops[i] {
            Operand::List(n) => {
                let elems = &ops[i + 1..(i + 1 + n as usize).min(ops.len())];
                out.push_str("{list,[");
                for (k, e) in elems.iter().enumerate() {
                    if k > 0 {
                        out.push(',');
                    }
                    write_operand(m, e, out);
                }
                out.push_str("]}");
                i += 1 + elems.len();
            }
            Operand::Unsigned(n) => {
                write_index(m, instr.opcode, position, n, out);
                i += 1;
            }
            ref other => {
                write_operand(m, other, out);
                i += 1;
            }
        }
        position += 1;
    }
}

/// Untagged operands that index a table are shown resolved.
fn write_index(m: &Prepared, opcode: u8, position: usize, n: u64, out: &mut String) {
    let import = matches!(
        (opcode, position),
        (op::CALL_EXT | op::CALL_EXT_ONLY | op::CALL_EXT_LAST, 1)
            | (op::BIF0, 0)
            | (op::BIF1 | op::BIF2, 1)
            | (op::GC_BIF1 | op::GC_BIF2 | op::GC_BIF3, 2)
    );
    let lambda = matches!(
        (opcode, position),
        (op::MAKE_FUN2 | op::MAKE_FUN3 | op::CALL_FUN2, 0)
    );
    if import {
        if let Some(imp) = m.imports.get(n as usize) {
            out.push_str("{extfunc,");
            atom_text(m.atoms.get(imp.module).unwrap_or("?"), out);
            out.push(',');
            atom_text(m.atoms.get(imp.function).unwrap_or("?"), out);
            let _ = write!(out, ",{}}}", imp.arity);
            return;
        }
    } else if lambda {
        if let Some(l) = m.lambdas.get(n as usize) {
            let _ = write!(out, "{{lambda,{n},");
            atom_text(m.atoms.get(l.function).unwrap_or("?"), out);
            let _ = write!(out, "/{}}}", l.arity);
            return;
        }
    } else if opcode == op::LINE {
        if let Some(loc) = m.lines.items.get(n as usize) {
            let file = m.lines.files.get(loc.file as usize).map_or("?", |s| s);
            let _ = write!(out, "{{location,{file:?},{}}}", loc.line);
            return;
        }
    }
    let _ = write!(out, "{n}");
}

/// Writes a single (non-list) operand.
fn write_operand(m: &Prepared, operand: &Operand, out: &mut String) {
    let _ = match *operand {
        Operand::Unsigned(n) => write!(out, "{n}"),
        Operand::Integer(n) => write!(out, "{{integer,{n}}}"),
        Operand::BigInt(i) => match m.big_ints.get(i as usize) {
            Some(b) => write!(out, "{{integer,{b}}}"),
            None => write!(out, "{{integer,?}}"),
        },
        Operand::Atom(a) => {
            out.push_str("{atom,");
            atom_text(m.atoms.get(a).unwrap_or("?"), out);
            write!(out, "}}")
        }
        Operand::Nil => write!(out, "nil"),
        Operand::X(r) => write!(out, "{{x,{r}}}"),
        Operand::Y(r) => write!(out, "{{y,{r}}}"),
        Operand::Label(l) => write!(out, "{{f,{l}}}"),
        Operand::Char(c) => write!(out, "{{char,{c}}}"),
        Operand::Float(f) => {
            out.push_str("{float,");
            let _ = write_float(f, out);
            write!(out, "}}")
        }
        Operand::List(n) => write!(out, "{{list,{n}}}"),
        Operand::FloatReg(r) => write!(out, "{{fr,{r}}}"),
        Operand::Alloc {
            words,
            floats,
            funs,
        } => {
            out.push_str("{alloc,[");
            let parts = [("words", words), ("floats", floats), ("funs", funs)];
            let mut first = true;
            for (name, n) in parts.into_iter().filter(|p| p.1 != 0) {
                if !first {
                    out.push(',');
                }
                first = false;
                let _ = write!(out, "{{{name},{n}}}");
            }
            write!(out, "]}}")
        }
        Operand::Literal(i) => match m.literals.roots.get(i as usize) {
            Some(&root) => write!(
                out,
                "{{literal,{}}}",
                TermDisplay {
                    arena: &m.literals.arena,
                    root
                }
            ),
            None => write!(out, "{{literal,?}}"),
        },
        Operand::TypedReg { reg, type_index } => {
            out.push_str("{tr,");
            let _ = match reg {
                Reg::X(r) => write!(out, "{{x,{r}}},"),
                Reg::Y(r) => write!(out, "{{y,{r}}},"),
            };
            write_type(m, type_index, out);
            write!(out, "}}")
        }
    };
}

/// A type hint as `any`, or its primary types joined by `|`, with an integer range as
/// `integer(Min..Max)`.
fn write_type(m: &Prepared, index: u32, out: &mut String) {
    let Some(t) = m.types.get(index as usize) else {
        out.push('?');
        return;
    };
    if t.bits == type_bits::ANY && t.range().is_none() {
        out.push_str("any");
        return;
    }
    if t.bits == 0 {
        out.push_str("none");
        return;
    }
    let mut first = true;
    for (bit, name) in type_bits::NAMES.iter().enumerate() {
        if t.bits & (1 << bit) == 0 {
            continue;
        }
        if !first {
            out.push('|');
        }
        first = false;
        out.push_str(name);
        if 1 << bit == type_bits::INTEGER {
            if let Some((lo, hi)) = t.range() {
                let _ = write!(out, "({lo}..{hi})");
            }
        }
    }
}
