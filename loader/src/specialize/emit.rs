//! The emitter: the state of one specialisation run — the girder code being produced, its side
//! tables, the label and line bookkeeping — and the operand conversions the rules use.

use std::collections::HashMap;

use vm::atom::Atom;
use vm::code::{self, export, Export, FunctionInfo, ModuleVersion, SelectTable};
use vm::heap::TermAlloc;
use vm::instr::{Dst, Instr, Label, Src, MAX_FR, MAX_X};
use vm::literal::LiteralAreaBuilder;
use vm::term::Term;

use super::{literals, rules, translate, SpecializeError};
use crate::model::Prepared;
use crate::operand::{Operand, Reg};

/// A generic instruction as the window rules see it: the few shapes rules combine, and
/// `Other` for everything translated one by one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum G {
    /// `call Arity Label`.
    Call { arity: u32, label: u32 },
    /// `call_ext Arity Import`.
    CallExt { import: u32 },
    /// `deallocate N`.
    Deallocate(u32),
    /// `return`.
    Return,
    /// `call_fun Arity`.
    CallFun { arity: u32 },
    /// `call_fun2 Tag Arity Func`.
    CallFun2 { arity: u32, fun: Operand },
    /// `is_tuple Fail Src`.
    IsTuple { fail: u32, src: Operand },
    /// `test_arity Fail Src Arity`.
    TestArity { fail: u32, src: Operand, arity: u32 },
    /// `move Src Dst`.
    Move { src: Operand, dst: Operand },
    /// `is_nonempty_list Fail Src`.
    IsNonemptyList { fail: u32, src: Operand },
    /// `get_list Src Head Tail`.
    GetList {
        src: Operand,
        head: Operand,
        tail: Operand,
    },
    /// `test_heap Words Live`.
    TestHeap { words: Operand, live: u32 },
    /// `put_list Head Tail Dst`.
    PutList {
        head: Operand,
        tail: Operand,
        dst: Operand,
    },
    /// `get_tuple_element Src Index Dst`.
    GetTupleElement {
        src: Operand,
        index: u32,
        dst: Operand,
    },
    /// `fmove Src Dst`.
    FMove { src: Operand, dst: Operand },
    /// `allocate`, `allocate_zero`, `allocate_heap` or `allocate_heap_zero`.
    Allocate,
    /// `init_yregs List`.
    InitYregs,
    /// `gc_bif2 Fail Live Import A B Dst`.
    GcBif2 {
        fail: u32,
        import: u32,
        a: Operand,
        b: Operand,
        dst: Operand,
    },
    /// Anything else.
    Other,
}

/// Specialisation state for one module version.
pub(crate) struct Emitter<'a> {
    pub p: &'a Prepared,
    pub module: Atom,
    pub id: u32,
    /// Atoms by the file's 1-based index (slot 0 unused).
    pub atoms: Vec<Atom>,
    pub literals: Vec<Term>,
    pub builder: LiteralAreaBuilder,
    pub code: Vec<Instr>,
    pub consts: Vec<Term>,
    const_index: HashMap<u64, u32>,
    pub srcs: Vec<Src>,
    pub selects: Vec<SelectTable>,
    pub imports: Vec<&'static Export>,
    pub functions: Vec<FunctionInfo>,
    pub label_ips: Vec<u32>,
    pub lines: Vec<(u32, u32)>,
    /// Catch and try instructions to patch: (instruction index, handler label).
    pub catches: Vec<(usize, u32)>,
    /// Index (in `functions`) of the function holding an `on_load` instruction.
    pub on_load: Option<usize>,
    /// Index of the generic instruction being translated (for errors).
    pub at: usize,
    /// The module's MD5, when known: lambdas share fun entries with identical versions.
    pub md5: Option<[u8; 16]>,
}

impl<'a> Emitter<'a> {
    pub fn new(p: &'a Prepared, module: Atom, id: u32) -> Result<Emitter<'a>, SpecializeError> {
        let mut e = Emitter {
            p,
            module,
            id,
            md5: None,
            atoms: vec![module],
            literals: Vec::new(),
            builder: LiteralAreaBuilder::new(),
            code: Vec::with_capacity(p.code.instrs.len()),
            consts: Vec::new(),
            const_index: HashMap::new(),
            srcs: Vec::new(),
            selects: Vec::new(),
            imports: Vec::with_capacity(p.imports.len()),
            functions: Vec::with_capacity(p.functions.len()),
            label_ips: vec![u32::MAX; p.labels.len().max(1)],
            lines: Vec::new(),
            catches: Vec::new(),
            on_load: None,
            at: 0,
        };
        for text in p.atoms.iter() {
            let a = Atom::intern(text)
                .map_err(|err| e.error(format!("atom '{text}' cannot be created: {err:?}")))?;
            e.atoms.push(a);
        }
        let terms = literals::convert_arena(&p.literals.arena, &mut e.builder)
            .map_err(|r| e.error(format!("literal table: {r}")))?;
        for root in &p.literals.roots {
            let t = terms[root.index()];
            let finished = e.builder.finish_term(t);
            e.literals.push(finished);
        }
        for imp in &p.imports {
            let (m, f) = (e.atom(imp.module)?, e.atom(imp.function)?);
            let entry = export::entry(m, f, imp.arity)
                .ok_or_else(|| e.error("the export table is full".into()))?;
            e.imports.push(entry);
        }
        // Instruction 0 is never a jump target, so label 0 can mean "no failure label".
        e.code.push(Instr::ProcessExit {});
        Ok(e)
    }

    /// An error about the module as a whole.
    pub fn error(&self, reason: String) -> SpecializeError {
        SpecializeError {
            module: self.module.text().to_string(),
            function: None,
            instruction: None,
            reason,
        }
    }

    /// An error about the generic instruction being translated.
    pub fn instr_error(&self, reason: impl Into<String>) -> SpecializeError {
        let function = self
            .p
            .functions
            .iter()
            .find(|f| (f.start as usize..f.end as usize).contains(&self.at))
            .map(|f| format!("{}/{}", self.p.atoms.get(f.name).unwrap_or("?"), f.arity));
        let instruction = self
            .p
            .code
            .instrs
            .get(self.at)
            .map(|i| i.name().to_string());
        SpecializeError {
            module: self.module.text().to_string(),
            function,
            instruction,
            reason: reason.into(),
        }
    }

    /// The atom with file index `index`.
    pub fn atom(&self, index: u32) -> Result<Atom, SpecializeError> {
        self.atoms
            .get(index as usize)
            .copied()
            .filter(|_| index != 0)
            .ok_or_else(|| self.error(format!("atom index {index} out of range")))
    }

    /// Runs the pass over the whole generic stream.
    pub fn run(&mut self) -> Result<(), SpecializeError> {
        super::verify::check(self)?;
        let window: Vec<G> = self
            .p
            .code
            .instrs
            .iter()
            .map(|i| classify(i.opcode, self.p.operands(i)))
            .collect();
        let mut i = 0;
        while i < window.len() {
            self.at = i;
            if let Some(consumed) = super::old_ops::fuse_construction(self, i)? {
                i += consumed;
                continue;
            }
            if let Some(consumed) = super::bits::fuse(self, i)? {
                i += consumed;
                continue;
            }
            if let Some(consumed) = rules::rewrite(self, &window[i..])? {
                i += consumed;
                continue;
            }
            let instr = self.p.code.instrs[i];
            translate::translate(self, instr.opcode, self.p.operands(&instr))?;
            i += 1;
        }
        Ok(())
    }

    /// Appends an instruction.
    pub fn push(&mut self, instr: Instr) {
        self.code.push(instr);
    }

    /// A constant-pool source for `t`.
    pub fn konst(&mut self, t: Term) -> Src {
        if let Some(&i) = self.const_index.get(&t.raw()) {
            return Src::constant(i);
        }
        let i = self.consts.len() as u32;
        self.consts.push(t);
        self.const_index.insert(t.raw(), i);
        Src::constant(i)
    }

    /// The term a constant operand stands for, or `None` for registers.
    pub fn term(&mut self, op: &Operand) -> Result<Option<Term>, SpecializeError> {
        Ok(Some(match *op {
            Operand::Atom(i) => Term::atom(self.atom(i)?),
            Operand::Nil => Term::NIL,
            Operand::Integer(v) => {
                let t = self.builder.integer(v);
                self.builder.finish_term(t)
            }
            Operand::BigInt(i) => {
                let b = self
                    .p
                    .big_ints
                    .get(i as usize)
                    .ok_or_else(|| self.instr_error("big integer index out of range"))?
                    .clone();
                let t = self.builder.big_integer(&b);
                self.builder.finish_term(t)
            }
            Operand::Literal(i) => *self
                .literals
                .get(i as usize)
                .ok_or_else(|| self.instr_error("literal index out of range"))?,
            Operand::Float(f) => {
                let t = self.builder.float(f);
                self.builder.finish_term(t)
            }
            Operand::Char(c) => Term::small(c as i64),
            Operand::Unsigned(u) => match i64::try_from(u).ok().and_then(Term::try_small) {
                Some(t) => t,
                None => return Err(self.instr_error("unsigned operand too large")),
            },
            _ => return Ok(None),
        }))
    }

    /// A source operand.
    pub fn src(&mut self, op: &Operand) -> Result<Src, SpecializeError> {
        match reg(op) {
            Some(Reg::X(i)) => Ok(Src::x(self.xreg(i)?)),
            Some(Reg::Y(i)) => Ok(Src::y(self.yreg(i)?)),
            None => match self.term(op)? {
                Some(t) => Ok(self.konst(t)),
                None => Err(self.instr_error(format!("operand {op:?} cannot be a source"))),
            },
        }
    }

    /// A destination operand.
    pub fn dst(&self, op: &Operand) -> Result<Dst, SpecializeError> {
        match reg(op) {
            Some(Reg::X(i)) => Ok(Dst::x(self.xreg(i)?)),
            Some(Reg::Y(i)) => Ok(Dst::y(self.yreg(i)?)),
            None => Err(self.instr_error(format!("operand {op:?} cannot be a destination"))),
        }
    }

    /// An X register index.
    pub fn xreg(&self, i: u32) -> Result<u16, SpecializeError> {
        if (i as usize) < MAX_X {
            Ok(i as u16)
        } else {
            Err(self.instr_error(format!("x register {i} out of range")))
        }
    }

    /// A Y register index.
    pub fn yreg(&self, i: u32) -> Result<u16, SpecializeError> {
        if i < (1 << 15) {
            Ok(i as u16)
        } else {
            Err(self.instr_error(format!("y register {i} out of range")))
        }
    }

    /// A float register index.
    pub fn freg(&self, op: &Operand) -> Result<u16, SpecializeError> {
        match *op {
            Operand::FloatReg(i) if (i as usize) < MAX_FR => Ok(i as u16),
            _ => Err(self.instr_error(format!("operand {op:?} is not a float register"))),
        }
    }

    /// A label operand (0 for "no failure label").
    pub fn label(&self, op: &Operand) -> Result<Label, SpecializeError> {
        match *op {
            Operand::Label(l) => Ok(Label(l)),
            _ => Err(self.instr_error(format!("operand {op:?} is not a label"))),
        }
    }

    /// An untagged number operand.
    pub fn unsigned(&self, op: &Operand) -> Result<u32, SpecializeError> {
        match *op {
            Operand::Unsigned(u) => {
                u32::try_from(u).map_err(|_| self.instr_error("number too large"))
            }
            Operand::Integer(i) => {
                u32::try_from(i).map_err(|_| self.instr_error("number out of range"))
            }
            _ => Err(self.instr_error(format!("operand {op:?} is not a number"))),
        }
    }

    /// Heap words an allocation operand asks for.
    pub fn alloc_words(&self, op: &Operand) -> Result<u32, SpecializeError> {
        match *op {
            Operand::Alloc {
                words,
                floats,
                funs,
            } => Ok(words + floats * 2 + funs * 8),
            _ => self.unsigned(op),
        }
    }

    /// The elements of the extended list operand at `ops[at]`.
    pub fn list<'o>(
        &self,
        ops: &'o [Operand],
        at: usize,
    ) -> Result<&'o [Operand], SpecializeError> {
        match ops.get(at) {
            Some(Operand::List(n)) => ops
                .get(at + 1..at + 1 + *n as usize)
                .ok_or_else(|| self.instr_error("list operand runs past the instruction")),
            _ => Err(self.instr_error("expected a list operand")),
        }
    }

    /// Appends sources to the side table; returns where they start.
    pub fn push_srcs(&mut self, srcs: &[Src]) -> u32 {
        let start = self.srcs.len() as u32;
        self.srcs.extend_from_slice(srcs);
        start
    }

    /// The BIF index of import `import`, if it names a registered BIF.
    pub fn import_bif(&self, import: u32) -> Result<Option<u16>, SpecializeError> {
        let e = self
            .imports
            .get(import as usize)
            .ok_or_else(|| self.instr_error(format!("import {import} out of range")))?;
        Ok(vm::bif::lookup(e.module, e.function, e.arity))
    }

    /// The BIF index of import `import`; an error when it is not a registered BIF.
    pub fn require_bif(&self, import: u32) -> Result<u16, SpecializeError> {
        match self.import_bif(import)? {
            Some(b) => Ok(b),
            None => {
                let e = self.imports[import as usize];
                Err(self.instr_error(format!(
                    "BIF {}:{}/{} is not implemented",
                    e.module.text(),
                    e.function.text(),
                    e.arity
                )))
            }
        }
    }

    /// Resolves labels, registers catches and lambdas, and builds the module version.
    pub fn finish(mut self) -> Result<ModuleVersion, SpecializeError> {
        // A label after the last instruction, or code that falls through its end, lands on this
        // guard instead of outside the code.
        self.code.push(Instr::CodeEnd {});
        let label_ips = std::mem::take(&mut self.label_ips);
        let mut bad = None;
        let mut resolve = |l: u32| -> u32 {
            match label_ips.get(l as usize) {
                Some(&ip) if ip != u32::MAX => ip,
                _ => {
                    bad = Some(l);
                    0
                }
            }
        };
        for instr in self.code.iter_mut() {
            instr.map_labels(&mut resolve);
        }
        for table in self.selects.iter_mut() {
            for t in table.targets.iter_mut() {
                *t = resolve(*t);
            }
        }
        if let Some(l) = bad {
            return Err(self.error(format!("jump to undefined label {l}")));
        }
        super::entry_tests::fuse(&mut self.code);
        for &(at, label) in &self.catches {
            let ip = label_ips
                .get(label as usize)
                .copied()
                .filter(|&ip| ip != u32::MAX)
                .ok_or_else(|| self.error(format!("catch handler label {label} is undefined")))?;
            let index = code::register_catch(self.id, ip)
                .ok_or_else(|| self.error("the catch table is full".into()))?;
            match &mut self.code[at] {
                Instr::Catch { catch, .. } | Instr::Try { catch, .. } => *catch = index,
                _ => return Err(self.error("catch fixup on a non-catch instruction".into())),
            }
        }
        for (f, pf) in self.functions.iter_mut().zip(self.p.functions.iter()) {
            f.entry = label_ips
                .get(pf.entry_label as usize)
                .copied()
                .unwrap_or(f.start);
        }
        let (lambdas, lambda_ips) = super::register_lambdas(
            self.p,
            self.module,
            (self.id, self.md5),
            &self.atoms,
            &label_ips,
        )
        .map_err(|r| self.error(r))?;
        let mut exports = Vec::with_capacity(self.p.exports.len());
        for ex in &self.p.exports {
            let ip = label_ips
                .get(ex.label as usize)
                .copied()
                .filter(|&ip| ip != u32::MAX)
                .ok_or_else(|| self.error(format!("export label {} is undefined", ex.label)))?;
            exports.push((self.atom(ex.function)?, ex.arity, ip));
        }
        let on_load = self
            .on_load
            .and_then(|i| self.functions.get(i))
            .map(|f| f.entry);
        let attributes = super::arena_term(self.p.attributes.as_ref(), &mut self.builder);
        let compile_info = super::arena_term(self.p.compile_info.as_ref(), &mut self.builder);
        let lines = super::line_info(self.p, std::mem::take(&mut self.lines));
        Ok(ModuleVersion {
            id: self.id,
            module: self.module,
            code: ModuleVersion::pad_code(self.code),
            consts: self.consts.into(),
            srcs: self.srcs.into(),
            selects: self.selects.into(),
            imports: self.imports.into(),
            functions: self.functions.into(),
            exports: exports.into(),
            lambdas: lambdas.into(),
            lambda_ips: lambda_ips.into(),
            lines,
            literals: self.builder.finish(),
            attributes,
            compile_info,
            md5: None,
            on_load,
            accounted: 0,
        })
    }
}

/// The register an operand names, if it is one.
pub(crate) fn reg(op: &Operand) -> Option<Reg> {
    match *op {
        Operand::X(i) => Some(Reg::X(i)),
        Operand::Y(i) => Some(Reg::Y(i)),
        Operand::TypedReg { reg, .. } => Some(reg),
        _ => None,
    }
}

/// Classifies a generic instruction for the window rules.
fn classify(opcode: u8, ops: &[Operand]) -> G {
    use crate::opcodes::op;
    let u = |o: Option<&Operand>| match o {
        Some(Operand::Unsigned(u)) => u32::try_from(*u).ok(),
        _ => None,
    };
    let l = |o: Option<&Operand>| match o {
        Some(Operand::Label(l)) => Some(*l),
        _ => None,
    };
    let g = match opcode {
        op::CALL => (|| {
            Some(G::Call {
                arity: u(ops.first())?,
                label: l(ops.get(1))?,
            })
        })(),
        op::CALL_EXT => u(ops.get(1)).map(|import| G::CallExt { import }),
        op::DEALLOCATE => u(ops.first()).map(G::Deallocate),
        op::RETURN => Some(G::Return),
        op::CALL_FUN => u(ops.first()).map(|arity| G::CallFun { arity }),
        op::CALL_FUN2 => (|| {
            Some(G::CallFun2 {
                arity: u(ops.get(1))?,
                fun: *ops.get(2)?,
            })
        })(),
        op::IS_TUPLE => (|| {
            Some(G::IsTuple {
                fail: l(ops.first())?,
                src: *ops.get(1)?,
            })
        })(),
        op::MOVE => (|| {
            Some(G::Move {
                src: *ops.first()?,
                dst: *ops.get(1)?,
            })
        })(),
        op::IS_NONEMPTY_LIST => (|| {
            Some(G::IsNonemptyList {
                fail: l(ops.first())?,
                src: *ops.get(1)?,
            })
        })(),
        op::GET_LIST => (|| {
            Some(G::GetList {
                src: *ops.first()?,
                head: *ops.get(1)?,
                tail: *ops.get(2)?,
            })
        })(),
        op::TEST_HEAP => (|| {
            Some(G::TestHeap {
                words: *ops.first()?,
                live: u(ops.get(1))?,
            })
        })(),
        op::PUT_LIST => (|| {
            Some(G::PutList {
                head: *ops.first()?,
                tail: *ops.get(1)?,
                dst: *ops.get(2)?,
            })
        })(),
        op::GET_TUPLE_ELEMENT => (|| {
            Some(G::GetTupleElement {
                src: *ops.first()?,
                index: u(ops.get(1))?,
                dst: *ops.get(2)?,
            })
        })(),
        op::FMOVE => (|| {
            Some(G::FMove {
                src: *ops.first()?,
                dst: *ops.get(1)?,
            })
        })(),
        op::ALLOCATE | op::ALLOCATE_ZERO | op::ALLOCATE_HEAP | op::ALLOCATE_HEAP_ZERO => {
            Some(G::Allocate)
        }
        op::INIT_YREGS => Some(G::InitYregs),
        op::GC_BIF2 => (|| {
            Some(G::GcBif2 {
                fail: l(ops.first())?,
                import: u(ops.get(2))?,
                a: *ops.get(3)?,
                b: *ops.get(4)?,
                dst: *ops.get(5)?,
            })
        })(),
        op::TEST_ARITY => (|| {
            Some(G::TestArity {
                fail: l(ops.first())?,
                src: *ops.get(1)?,
                arity: u(ops.get(2))?,
            })
        })(),
        _ => None,
    };
    g.unwrap_or(G::Other)
}
