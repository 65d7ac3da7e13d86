//! The prepared module: everything `prepare` extracts from a `.beam` file, in plain tables.

use num_bigint::BigInt;
use vm::etf::{Arena, NodeId};

use crate::operand::Operand;

/// A prepared module: the decoded contents of a `.beam` file, ready for the specialisation of
/// generic instructions into girder's own instruction set.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The atom table; atom 1 is the module name.
    pub atoms: AtomTable,
    /// The Code chunk header.
    pub header: CodeHeader,
    /// The generic instructions, in file order.
    pub code: Code,
    /// `labels[n]` is the index in `code` of the `label n` instruction (`u32::MAX` for label 0,
    /// which is never defined).
    pub labels: Vec<u32>,
    /// The functions, in code order.
    pub functions: Vec<Function>,
    /// Imported functions (`ImpT`), referenced by index from call and BIF instructions.
    pub imports: Vec<Import>,
    /// Exported functions (`ExpT`).
    pub exports: Vec<Entry>,
    /// Local functions (`LocT`; empty when the chunk is absent).
    pub locals: Vec<Entry>,
    /// Lambdas (`FunT`), referenced by index from `make_fun3` and `call_fun2`.
    pub lambdas: Vec<Lambda>,
    /// Literals (`LitT`), referenced by `Operand::Literal`.
    pub literals: Literals,
    /// Integers from the code that do not fit in 64 bits, referenced by `Operand::BigInt`.
    pub big_ints: Vec<BigInt>,
    /// The string table (`StrT`), used by binary construction and matching instructions.
    pub strings: Vec<u8>,
    /// Source locations (`Line`), referenced by `line` instructions.
    pub lines: LineTable,
    /// Register type hints (`Type`), referenced by `Operand::TypedReg`; empty without the chunk.
    pub types: Vec<TypeHint>,
    /// The module attributes (`Attr`), a list of `{Name, Values}`.
    pub attributes: Option<Term>,
    /// Compile information (`CInf`): options, version, source path.
    pub compile_info: Option<Term>,
    /// Metadata (`Meta`), e.g. `[{enabled_features, []}]`.
    pub meta: Option<Term>,
    /// The `Dbgi` chunk, kept as raw bytes.
    pub debug_info: Option<Vec<u8>>,
}

impl Prepared {
    /// Drops what ERTS's compiled-in (preloaded) modules do not carry: source locations, module
    /// attributes and compile information, so stack frames in them have no location and
    /// `module_info(attributes)` and `module_info(compile)` are empty, as in erl.
    pub fn strip_for_preload(&mut self) {
        self.lines.items.clear();
        self.attributes = None;
        self.compile_info = None;
    }

    /// The module name.
    pub fn module(&self) -> &str {
        self.atoms.get(1).unwrap_or("")
    }

    /// The operands of instruction `i`.
    pub fn operands(&self, instr: &Instr) -> &[Operand] {
        &self.code.operands[instr.operands()]
    }

    /// The instruction index a label resolves to.
    pub fn label_target(&self, label: u32) -> Option<usize> {
        match self.labels.get(label as usize) {
            Some(&i) if i != u32::MAX => Some(i as usize),
            _ => None,
        }
    }
}

/// The atom table. Indexes are 1-based as in the file; index 0 stands for `[]` in operands.
#[derive(Debug, Clone, Default)]
pub struct AtomTable {
    pub(crate) text: String,
    /// End offset of each atom's text in `text`; atom `i` ends at `ends[i - 1]`.
    pub(crate) ends: Vec<u32>,
}

impl AtomTable {
    /// The text of atom `index` (1-based).
    pub fn get(&self, index: u32) -> Option<&str> {
        let i = (index as usize).checked_sub(1)?;
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        Some(&self.text[start..end])
    }

    /// Number of atoms.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are no atoms (never the case in a prepared module).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The atoms in order, starting with atom 1.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (1..=self.len() as u32).filter_map(|i| self.get(i))
    }
}

/// The Code chunk's header fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeHeader {
    /// Instruction set version (always 0).
    pub instruction_set: u32,
    /// The highest opcode the module uses.
    pub max_opcode: u32,
    /// Number of labels (label numbers are below it).
    pub label_count: u32,
    /// Number of functions.
    pub function_count: u32,
}

/// The instruction stream: instructions refer to ranges of one shared operand vector.
#[derive(Debug, Clone, Default)]
pub struct Code {
    /// Instructions in file order, ending with `int_code_end`.
    pub instrs: Vec<Instr>,
    /// All operands. An extended list operand `List(n)` is followed by its `n` elements.
    pub operands: Vec<Operand>,
    /// File offset of each instruction's opcode byte, for error messages of later stages.
    pub offsets: Vec<u32>,
}

/// One generic instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instr {
    /// The opcode (see [`crate::opcodes`]).
    pub opcode: u8,
    /// Index of the first operand in [`Code::operands`].
    pub start: u32,
    /// Number of operands, list elements included.
    pub len: u32,
}

impl Instr {
    /// The operand index range.
    pub fn operands(&self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }

    /// The `genop.tab` name.
    pub fn name(&self) -> &'static str {
        crate::opcodes::info(self.opcode).map_or("?", |i| i.name)
    }
}

/// A function: `label L`, optional `line`, `func_info M F A`, `label Entry`, body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Function {
    /// Function name (atom index).
    pub name: u32,
    /// Arity.
    pub arity: u32,
    /// The label before `func_info` (the target of a failed head match).
    pub info_label: u32,
    /// The entry label (after `func_info`).
    pub entry_label: u32,
    /// Index of the function's first instruction (its first label).
    pub start: u32,
    /// Index one past its last instruction.
    pub end: u32,
}

/// An imported function `Module:Function/Arity` (atom indexes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Import {
    /// Module atom.
    pub module: u32,
    /// Function atom.
    pub function: u32,
    /// Arity.
    pub arity: u32,
}

/// An exported or local function: name, arity and entry label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Function atom.
    pub function: u32,
    /// Arity.
    pub arity: u32,
    /// Entry label.
    pub label: u32,
}

/// A lambda (fun) defined in the module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lambda {
    /// Name of the function implementing it (atom index).
    pub function: u32,
    /// Arity including the free variables.
    pub arity: u32,
    /// Entry label.
    pub label: u32,
    /// Index in the fun table.
    pub index: u32,
    /// Number of free variables.
    pub num_free: u32,
    /// The old unique value.
    pub old_uniq: u32,
}

/// One term in its own arena (attributes, compile info, metadata).
#[derive(Debug, Clone)]
pub struct Term {
    /// The arena holding the term.
    pub arena: Arena,
    /// The root node.
    pub root: NodeId,
}

/// The literal table: all literals decoded into one arena.
#[derive(Debug, Clone, Default)]
pub struct Literals {
    /// The arena all literals live in.
    pub arena: Arena,
    /// Root node of each literal, by literal index.
    pub roots: Vec<NodeId>,
}

/// A source location of a `line` instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Index into [`LineTable::files`].
    pub file: u32,
    /// Line number (0 for an unknown location).
    pub line: u32,
}

/// The line table: `line N` instructions refer to `items[N]`.
#[derive(Debug, Clone, Default)]
pub struct LineTable {
    /// Number of `line` instructions the compiler emitted.
    pub instr_count: u32,
    /// Locations; item 0 is the unknown location.
    pub items: Vec<Location>,
    /// File names; file 0 is the module name with `.erl` appended.
    pub files: Vec<String>,
}

/// One entry of the `Type` chunk: a union of primary types and an integer range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeHint {
    /// Bit set of [`type_bits`] values.
    pub bits: u16,
    /// Lower bound of an integer range, if the entry has one.
    pub min: i64,
    /// Upper bound; the range is absent when `min > max`.
    pub max: i64,
}

impl TypeHint {
    /// The integer range, if the entry carries one.
    pub fn range(&self) -> Option<(i64, i64)> {
        (self.min <= self.max).then_some((self.min, self.max))
    }
}

/// Bits of [`TypeHint::bits`], as OTP 25's compiler assigns them.
pub mod type_bits {
    /// Atom.
    pub const ATOM: u16 = 1 << 0;
    /// Bitstring or binary.
    pub const BITSTRING: u16 = 1 << 1;
    /// Binary match context.
    pub const BS_MATCHSTATE: u16 = 1 << 2;
    /// Non-empty list cell.
    pub const CONS: u16 = 1 << 3;
    /// Float.
    pub const FLOAT: u16 = 1 << 4;
    /// Fun.
    pub const FUN: u16 = 1 << 5;
    /// Integer.
    pub const INTEGER: u16 = 1 << 6;
    /// Map.
    pub const MAP: u16 = 1 << 7;
    /// Empty list.
    pub const NIL: u16 = 1 << 8;
    /// Pid.
    pub const PID: u16 = 1 << 9;
    /// Port.
    pub const PORT: u16 = 1 << 10;
    /// Reference.
    pub const REFERENCE: u16 = 1 << 11;
    /// Tuple.
    pub const TUPLE: u16 = 1 << 12;
    /// All of the above.
    pub const ANY: u16 = (1 << 13) - 1;
    /// Names of the bits, lowest first.
    pub const NAMES: [&str; 13] = [
        "atom",
        "bitstring",
        "bs_matchstate",
        "cons",
        "float",
        "fun",
        "integer",
        "map",
        "nil",
        "pid",
        "port",
        "reference",
        "tuple",
    ];
}
