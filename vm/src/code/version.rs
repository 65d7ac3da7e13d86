//! [`ModuleVersion`]: one loaded version of a module — its instructions and the side tables they
//! refer to, its function and line tables (for stack traces), its lambdas and its literals.

use crate::atom::Atom;
use crate::instr::{Instr, Src};
use crate::literal::LiteralArea;
use crate::term::Term;

use super::export::Export;

/// A function of a module version.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FunctionInfo {
    /// Its name.
    pub name: Atom,
    /// Its arity.
    pub arity: u32,
    /// Index of its first instruction (the `FuncInfo` that raises `function_clause`).
    pub start: u32,
    /// Index of its entry point.
    pub entry: u32,
}

/// A `select_val` / `select_tuple_arity` table.
#[derive(Clone, Debug, Default)]
pub struct SelectTable {
    /// The values to compare against (immediates, or literal floats/bignums).
    pub values: Box<[Term]>,
    /// Jump target of each value.
    pub targets: Box<[u32]>,
    /// Whether `values` are all immediates sorted by their raw words (binary search is valid).
    pub sorted: bool,
}

impl SelectTable {
    /// The jump target for `value`, if it is in the table. For tuple arity tables the values are
    /// small integers.
    #[inline]
    pub fn lookup(&self, value: Term, exact_eq: impl Fn(Term, Term) -> bool) -> Option<u32> {
        if self.sorted {
            if !value.is_immediate() {
                return None;
            }
            let raw = value.raw();
            self.values
                .binary_search_by(|v| v.raw().cmp(&raw))
                .ok()
                .map(|i| self.targets[i])
        } else {
            self.values
                .iter()
                .position(|&v| v == value || exact_eq(v, value))
                .map(|i| self.targets[i])
        }
    }
}

/// A source location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    /// Index into [`LineInfo::files`].
    pub file: u32,
    /// Line number; 0 means unknown.
    pub line: u32,
}

/// Where each instruction came from in the source.
#[derive(Clone, Debug, Default)]
pub struct LineInfo {
    /// Instruction indexes where a new location starts, ascending.
    pub starts: Box<[u32]>,
    /// The location starting at each of `starts`.
    pub locations: Box<[Location]>,
    /// File names.
    pub files: Box<[String]>,
}

impl LineInfo {
    /// The location of instruction `ip`, if the module has line information for it.
    pub fn location(&self, ip: u32) -> Option<(&str, u32)> {
        let i = self.starts.partition_point(|&s| s <= ip).checked_sub(1)?;
        let loc = self.locations[i];
        if loc.line == 0 {
            return None;
        }
        Some((self.files.get(loc.file as usize)?.as_str(), loc.line))
    }
}

/// One loaded version of a module. Immutable once built. Its id (what continuation pointers and
/// catch markers refer to) lives for the life of the system; its memory is shared through `Arc`s
/// and freed after it is purged (see [`super::versions`]).
pub struct ModuleVersion {
    /// Version id (index in the global version table).
    pub id: u32,
    /// The module name.
    pub module: Atom,
    /// The instructions, padded with `CodeEnd` to a power-of-two length (see
    /// [`ModuleVersion::pad_code`]).
    pub code: Box<[Instr]>,
    /// Constant pool referenced by [`Src`] constants.
    pub consts: Box<[Term]>,
    /// Flat side table of sources referenced by [`crate::instr::Span`] operands.
    pub srcs: Box<[Src]>,
    /// Select tables.
    pub selects: Box<[SelectTable]>,
    /// Imported functions, by import index.
    pub imports: Box<[&'static Export]>,
    /// Functions, sorted by start.
    pub functions: Box<[FunctionInfo]>,
    /// Exported functions: name, arity, entry.
    pub exports: Box<[(Atom, u32, u32)]>,
    /// Fun entries (global indexes) of the module's lambdas, by lambda index.
    pub lambdas: Box<[u32]>,
    /// The entry instruction of each lambda, by lambda index.
    pub lambda_ips: Box<[u32]>,
    /// Line information.
    pub lines: LineInfo,
    /// The literals the code refers to.
    pub literals: LiteralArea,
    /// `module_info(attributes)`: a literal list.
    pub attributes: Term,
    /// `module_info(compile)`: a literal list.
    pub compile_info: Term,
    /// The MD5 of the module (`module_info(md5)`), when known.
    pub md5: Option<[u8; 16]>,
    /// Entry of the `-on_load` function, if any.
    pub on_load: Option<u32>,
    /// Bytes counted in the code table's statistics when the version was added to it (0 for a
    /// version that never was).
    pub accounted: usize,
}

impl Drop for ModuleVersion {
    fn drop(&mut self) {
        if self.accounted != 0 {
            super::versions::count_freed(self.accounted);
            super::collector::enqueue(std::mem::take(&mut self.literals));
        }
    }
}

impl std::fmt::Debug for ModuleVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ModuleVersion({} #{})", self.module.text(), self.id)
    }
}

impl ModuleVersion {
    /// `code` padded with `CodeEnd` to the next power of two in length. The interpreter's fast
    /// loop masks instruction positions with `len - 1` instead of checking them against the
    /// length, which keeps its dispatch to one indexed load (and lets the compiler copy that
    /// dispatch into every instruction's arm); the padding makes that mask exact.
    pub fn pad_code(mut code: Vec<Instr>) -> Box<[Instr]> {
        let len = code.len().max(1).next_power_of_two();
        code.resize(len, Instr::CodeEnd {});
        code.into_boxed_slice()
    }

    /// A version built by the VM itself rather than loaded from a `.beam` file: just `code` and
    /// the `functions` it holds, with no constants, imports, exports, lambdas, lines or literals.
    pub fn synthetic(
        id: u32,
        module: Atom,
        code: Vec<Instr>,
        functions: Vec<FunctionInfo>,
    ) -> ModuleVersion {
        ModuleVersion {
            id,
            module,
            code: ModuleVersion::pad_code(code),
            consts: Box::new([]),
            srcs: Box::new([]),
            selects: Box::new([]),
            imports: Box::new([]),
            functions: functions.into(),
            exports: Box::new([]),
            lambdas: Box::new([]),
            lambda_ips: Box::new([]),
            lines: LineInfo::default(),
            literals: LiteralArea::empty(),
            attributes: Term::NIL,
            compile_info: Term::NIL,
            md5: None,
            on_load: None,
            accounted: 0,
        }
    }

    /// Bytes of memory the version holds: instructions, side tables, function and line
    /// tables, and its literal area.
    pub fn footprint(&self) -> usize {
        use std::mem::size_of;
        let selects: usize = self
            .selects
            .iter()
            .map(|s| size_of::<SelectTable>() + s.values.len() * 8 + s.targets.len() * 4)
            .sum();
        let files: usize = self.lines.files.iter().map(|f| f.len() + 24).sum();
        size_of::<ModuleVersion>()
            + self.code.len() * size_of::<Instr>()
            + self.consts.len() * 8
            + self.srcs.len() * size_of::<Src>()
            + selects
            + self.imports.len() * 8
            + self.functions.len() * size_of::<FunctionInfo>()
            + self.exports.len() * 12
            + self.lambdas.len() * 8
            + self.lines.starts.len() * 4
            + self.lines.locations.len() * size_of::<Location>()
            + files
            + self.literals.words() * 8
    }

    /// The function containing instruction `ip`.
    pub fn function_at(&self, ip: u32) -> Option<&FunctionInfo> {
        let i = self
            .functions
            .partition_point(|f| f.start <= ip)
            .checked_sub(1)?;
        self.functions.get(i)
    }

    /// The entry point of exported function `name/arity`.
    pub fn export_entry(&self, name: Atom, arity: u32) -> Option<u32> {
        self.exports
            .iter()
            .find(|&&(n, a, _)| n == name && a == arity)
            .map(|&(_, _, ip)| ip)
    }

    /// The disassembly of the whole version, one instruction per line with function headers.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        let mut next_fn = 0;
        for (ip, instr) in self.code.iter().enumerate() {
            while next_fn < self.functions.len() && self.functions[next_fn].start as usize == ip {
                let f = &self.functions[next_fn];
                out.push_str(&format!("function {}/{}\n", f.name.text(), f.arity));
                next_fn += 1;
            }
            out.push_str(&format!("{ip:5}  "));
            instr.disassemble(&mut out);
            out.push('\n');
        }
        out
    }
}
