//! girder's instruction set, declared once in [`for_each_instr!`] and derived from there: the
//! [`Instr`] enum, the [`Opcode`] of each instruction, its name, the disassembler and the
//! execution counters behind the coverage table (`girder instr-table`).
//!
//! The loader's specialisation pass (`loader::specialize`) turns OTP 25's generic instructions
//! into these. Operands are small: registers are `u16`, jumps are absolute instruction indexes of
//! the module version, constants are inline [`Term`] words or indexes into the version's constant
//! pool, and variable-length operands are [`Span`]s or indexes into side tables the version owns.

pub mod count;
pub mod operand;

pub use operand::{Dst, Label, MapLabel, Operand, Span, Src, SrcKind, FR, MAX_FR, MAX_X, X, X8, Y};
pub use operand::{EntryTest, FloatFn};

use crate::atom::Atom;
use crate::term::Term;

/// Calls `$callback!` with the list of every girder instruction: a doc comment, a name and its
/// named operands. Everything else about instructions is derived from this one list.
#[macro_export]
macro_rules! for_each_instr {
    ($callback:ident) => {
        $callback! {
            // ---- moving data ----
            /// `x[dst] = x[src]`.
            MoveXX { src: X, dst: X },
            /// `y[dst] = x[src]`.
            MoveXY { src: X, dst: Y },
            /// `x[dst] = y[src]`.
            MoveYX { src: Y, dst: X },
            /// `x[dst] = value` (an immediate or a literal).
            MoveCX { value: Term, dst: X },
            /// Any other move.
            Move { src: Src, dst: Dst },
            /// Exchanges two registers.
            Swap { a: Dst, b: Dst },
            /// Sets a Y register to `[]` (`init_yregs`, one per register).
            InitY { y: Y },

            // ---- stack frames and heap ----
            /// Pushes a frame of `slots` Y registers and the continuation pointer.
            Allocate { slots: u16, live: u16 },
            /// `Allocate`, then makes sure `words` heap words are free.
            AllocateHeap { slots: u16, live: u16, words: u32 },
            /// Makes sure `words` heap words are free; `live` X registers hold terms.
            TestHeap { words: u32, live: u16 },
            /// Pops a frame of `slots` Y registers, restoring the continuation pointer.
            Deallocate { slots: u16 },
            /// Drops the `n` lowest Y registers of the current frame.
            Trim { n: u16 },
            /// Jumps to the continuation pointer.
            Return {},
            /// `Deallocate` then `Return`.
            DeallocateReturn { slots: u16 },

            // ---- calls ----
            /// Local call.
            Call { arity: u16, to: Label },
            /// Local tail call after popping a frame of `slots`.
            CallLast { arity: u16, to: Label, slots: u16 },
            /// Local tail call without a frame.
            CallOnly { arity: u16, to: Label },
            /// `Call` of a function whose body starts with the test `test` of `a` and `b`
            /// (see [`EntryTest`]): after the call, execution continues after that test when
            /// it holds and at `fail` when it does not. The general loop runs it as `Call`.
            CallTest { to: Label, fail: Label, test: EntryTest, a: X8, b: i32 },
            /// `Call` of a function that starts with the test `test` of `a` and `b` and, when
            /// the test's outcome is `leaf`, returns `x[ret]` right away (its next instruction is
            /// `move x[ret] x0; return` or `return`). Then the call is just `x0 = x[ret]`, with
            /// the reductions of a call and a return; otherwise execution continues in the
            /// function at `cont`. The general loop runs it as `Call`.
            CallLeaf { to: Label, cont: Label, test: EntryTest, a: X8, b: i16, ret: X8, leaf: bool },
            /// `CallLast` with its target's first test, as `CallTest`.
            CallLastTest { to: Label, fail: Label, slots: u16, test: EntryTest, a: X8, b: i16 },
            /// `CallOnly` with its target's first test, as `CallTest`.
            CallOnlyTest { to: Label, fail: Label, test: EntryTest, a: X8, b: i32 },
            /// Call through an import (the current version of the callee).
            CallExt { import: u32 },
            /// External tail call after popping a frame of `slots`.
            CallExtLast { import: u32, slots: u16 },
            /// External tail call without a frame.
            CallExtOnly { import: u32 },
            /// Calls a BIF resolved at load time; arguments in `x[0..arity]`, result in `x[0]`.
            CallBif { bif: u16, import: u32 },
            /// `CallBif` of a one-argument `math` function of floats (`op`): a float or small
            /// integer argument with a finite result is computed in place.
            CallFloatBif { bif: u16, import: u32, op: FloatFn },
            /// `apply/3` with module, function and argument list in `x[arity..arity+2]`.
            Apply { arity: u16 },
            /// Tail-call `apply` after popping a frame of `slots`.
            ApplyLast { arity: u16, slots: u16 },
            /// Calls the fun in `x[arity]` with `x[0..arity]`.
            CallFun { arity: u16 },
            /// Calls the fun in `fun` with `x[0..arity]`.
            CallFun2 { arity: u16, fun: Src },
            /// Tail-calls the fun in `x[arity]` after popping a frame of `slots`.
            CallFunLast { arity: u16, slots: u16 },
            /// Tail-calls the fun in `fun` after popping a frame of `slots`.
            CallFun2Last { arity: u16, fun: Src, slots: u16 },
            /// Builds a closure of lambda `lambda` over the sources in `env`.
            MakeFun { lambda: u32, dst: Dst, env: Span },

            // ---- tests: jump to `fail` when the test fails ----
            /// `x == value` exactly (`=:=`), against an immediate.
            IsEqExactXC { fail: Label, x: X, value: Term },
            /// `x =/= value`, against an immediate.
            IsNeExactXC { fail: Label, x: X, value: Term },
            /// `a =:= b`.
            IsEqExact { fail: Label, a: Src, b: Src },
            /// `a =/= b`.
            IsNeExact { fail: Label, a: Src, b: Src },
            /// `a == b`.
            IsEq { fail: Label, a: Src, b: Src },
            /// `a /= b`.
            IsNe { fail: Label, a: Src, b: Src },
            /// `a < b`.
            IsLt { fail: Label, a: Src, b: Src },
            /// `a >= b`.
            IsGe { fail: Label, a: Src, b: Src },
            /// `x < imm` for a small integer constant.
            IsLtXI { fail: Label, x: X, imm: i32 },
            /// `x >= imm` for a small integer constant.
            IsGeXI { fail: Label, x: X, imm: i32 },
            /// Integer test.
            IsInteger { fail: Label, src: Src },
            /// Float test.
            IsFloat { fail: Label, src: Src },
            /// Number test.
            IsNumber { fail: Label, src: Src },
            /// Atom test.
            IsAtom { fail: Label, src: Src },
            /// Pid test.
            IsPid { fail: Label, src: Src },
            /// Reference test.
            IsReference { fail: Label, src: Src },
            /// Port test.
            IsPort { fail: Label, src: Src },
            /// `[]` test.
            IsNil { fail: Label, src: Src },
            /// Binary test.
            IsBinary { fail: Label, src: Src },
            /// Bitstring test.
            IsBitstr { fail: Label, src: Src },
            /// List test (`[]` or a cell).
            IsList { fail: Label, src: Src },
            /// List cell test.
            IsNonemptyList { fail: Label, src: Src },
            /// Tuple test.
            IsTuple { fail: Label, src: Src },
            /// Boolean test.
            IsBoolean { fail: Label, src: Src },
            /// Fun test.
            IsFunction { fail: Label, src: Src },
            /// Fun-of-arity test.
            IsFunction2 { fail: Label, src: Src, arity: Src },
            /// Map test.
            IsMap { fail: Label, src: Src },
            /// Tuple arity test (the source is known to be a tuple).
            TestArity { fail: Label, src: Src, arity: u32 },
            /// Tuple of `arity` elements whose first is the atom `tag`.
            IsTaggedTuple { fail: Label, src: Src, arity: u16, tag: Atom },
            /// Multi-way branch on a value: table `table` of the version's select tables.
            SelectVal { src: Src, fail: Label, table: u32 },
            /// Multi-way branch on a tuple's arity.
            SelectTupleArity { src: Src, fail: Label, table: u32 },
            /// Unconditional jump.
            Jump { to: Label },

            // ---- building and taking apart ----
            /// Splits a list cell into head and tail.
            GetList { src: Src, head: Dst, tail: Dst },
            /// Head of a list cell.
            GetHd { src: Src, dst: Dst },
            /// Tail of a list cell.
            GetTl { src: Src, dst: Dst },
            /// Builds a list cell.
            PutList { head: Src, tail: Src, dst: Dst },
            /// Builds a tuple of the sources in `elements`.
            PutTuple { dst: Dst, elements: Span },
            /// Element `index` (0-based) of a tuple.
            GetTupleElement { src: Src, index: u32, dst: Dst },
            /// Destructively sets element `index` (0-based) of a tuple just built.
            SetTupleElement { value: Src, tuple: Src, index: u32 },

            // ---- maps ----
            /// Jumps to `fail` unless the map (first entry of `ops`) has every key that follows.
            HasMapFields { fail: Label, ops: Span },
            /// Reads keys into registers: `ops` holds the map, then alternating key sources and
            /// destination registers; jumps to `fail` if a key is missing.
            GetMapElements { fail: Label, ops: Span },
            /// `Src#{K => V, ...}`: `pairs` alternates keys and values.
            PutMapAssoc { src: Src, dst: Dst, pairs: Span },
            /// `Src#{K := V, ...}`: raises `{badkey, K}` for a missing key.
            PutMapExact { src: Src, dst: Dst, pairs: Span },

            // ---- BIFs ----
            /// Guard BIF without arguments.
            Bif0 { bif: u16, dst: Dst },
            /// Guard BIF with one argument; jumps to `fail` (or raises when 0) on error.
            Bif1 { bif: u16, fail: Label, arg: Src, dst: Dst },
            /// Guard BIF with two arguments (at `args` in the version's source table).
            Bif2 { bif: u16, fail: Label, args: u32, dst: Dst },
            /// Allocating guard BIF with one argument.
            GcBif1 { bif: u16, fail: Label, arg: Src, dst: Dst, live: u16 },
            /// Allocating guard BIF with two arguments.
            GcBif2 { bif: u16, fail: Label, args: u32, dst: Dst, live: u16 },
            /// Allocating guard BIF with three arguments.
            GcBif3 { bif: u16, fail: Label, args: u32, dst: Dst, live: u16 },
            /// Compiled `+A`: `A` when it is a number (computed as `0 + A`, so `-0.0` becomes
            /// `0.0`), otherwise the error of BIF `bif` (`erlang:'+'/1`).
            UnaryPlus { bif: u16, fail: Label, src: Src, dst: Dst },
            /// `a + b` with a fast path for small integers.
            Add { fail: Label, a: Src, b: Src, dst: Dst, live: u8 },
            /// `a - b` with a fast path for small integers.
            Sub { fail: Label, a: Src, b: Src, dst: Dst, live: u8 },
            /// `x + imm` into X register `dst`, for a small integer constant: the loop counters
            /// and accumulators of most code.
            AddXI { fail: Label, x: X, imm: i32, dst: X },
            /// `x - imm` into X register `dst`, for a small integer constant.
            SubXI { fail: Label, x: X, imm: i32, dst: X },

            // ---- exceptions ----
            /// Installs the catch handler `catch` in `y`.
            Catch { y: Y, catch: u32 },
            /// Ends a `catch`: turns a caught exception in `x[0]` into the catch's value.
            CatchEnd { y: Y },
            /// Installs the try handler `catch` in `y`.
            Try { y: Y, catch: u32 },
            /// Leaves a `try` normally.
            TryEnd { y: Y },
            /// Enters the handler of a `try`: class, reason and stack trace in `x[0..3]`.
            TryCase { y: Y },
            /// No `of` clause matched: raises `{try_clause, src}`.
            TryCaseEnd { src: Src },
            /// Re-raises the exception of a stack trace term.
            Raise { trace: Src, value: Src },
            /// `erlang:raise/3` semantics with class, reason, stack trace in `x[0..3]`.
            RawRaise {},
            /// Turns the raw stack trace in `x[0]` into the list form.
            BuildStacktrace {},
            /// Raises `{badmatch, src}`.
            Badmatch { src: Src },
            /// Raises `{case_clause, src}`.
            CaseEnd { src: Src },
            /// Raises `if_clause`.
            IfEnd {},
            /// Raises `{badrecord, src}`.
            Badrecord { src: Src },
            /// Raises `function_clause` for function `function` of the version.
            FuncInfo { function: u32 },
            /// OTP's `nif_start` at the entry of function `function` of the version: calls the
            /// NIF bound to it and returns, or does nothing while none is (see `crate::nif`).
            NifStart { function: u32 },

            // ---- floats ----
            /// Loads a float register from a float term.
            FLoad { src: Src, dst: FR },
            /// Stores a float register as a float term.
            FStore { src: FR, dst: Dst },
            /// Copies a float register.
            FMove { src: FR, dst: FR },
            /// Converts a number term to a float register (`badarith` otherwise).
            FConv { src: Src, dst: FR },
            /// `a + b` on float registers.
            FAdd { a: FR, b: FR, dst: FR },
            /// `a - b` on float registers.
            FSub { a: FR, b: FR, dst: FR },
            /// `a * b` on float registers.
            FMul { a: FR, b: FR, dst: FR },
            /// `a / b` on float registers.
            FDiv { a: FR, b: FR, dst: FR },
            /// `-a` on a float register.
            FNegate { a: FR, dst: FR },

            // ---- binaries (implemented in `interp::bits`) ----
            /// Builds a bitstring from `segs`: the live X register count (a constant), then per
            /// segment a packed description constant, the value and the size; `fail` (or an
            /// exception when 0) on a bad segment.
            BsCreateBin { fail: Label, dst: Dst, segs: Span },
            /// Replaces `x[0]` (a size hint) with an empty binary that appends grow in place.
            BsInitWritable {},
            /// Starts matching `src` (a bitstring or a match context) into `dst`.
            BsStartMatch { fail: Label, src: Src, dst: Dst, live: u16 },
            /// The position of match context `ctx`, as an integer.
            BsGetPosition { ctx: Src, dst: Dst },
            /// Moves match context `ctx` to position `pos`.
            BsSetPosition { ctx: Src, pos: Src },
            /// The unmatched rest of match context `ctx`, as a sub-binary.
            BsGetTail { ctx: Src, dst: Dst, live: u16 },
            /// Matches an integer: context, size and live X register count (a constant) at
            /// `args` in the source table, unit and flags packed in `spec`.
            BsGetInteger { fail: Label, args: u32, dst: Dst, spec: u16 },
            /// Matches a float (operands as `BsGetInteger`).
            BsGetFloat { fail: Label, args: u32, dst: Dst, spec: u16 },
            /// Matches a binary segment (operands as `BsGetInteger`; the size may be `all`).
            BsGetBinary { fail: Label, args: u32, dst: Dst, spec: u16 },
            /// Skips bits (context and size at `args`, as `BsGetInteger`; the size may be `all`).
            BsSkipBits { fail: Label, args: u32, spec: u16 },
            /// Jumps to `fail` unless exactly `bits` bits remain.
            BsTestTail { fail: Label, ctx: Src, bits: u32 },
            /// Jumps to `fail` unless the remaining bits are a multiple of `unit`.
            BsTestUnit { fail: Label, ctx: Src, unit: u16 },
            /// Matches the bits of the constant bitstring `string`.
            BsMatchString { fail: Label, ctx: Src, string: Src },
            /// Matches one UTF-8/16/32 character (`kind`: see `interp::bits::utf_kind`).
            BsGetUtf { fail: Label, ctx: Src, dst: Dst, kind: u8 },
            /// Skips one UTF-8/16/32 character.
            BsSkipUtf { fail: Label, ctx: Src, kind: u8 },
            /// Matches an integer of `bits` (1 to 57) bits from match context `x[ctx]`, a small
            /// integer whatever its value; `flags`: 1 little-endian (whole bytes only), 2 signed.
            BsGetSmallInt { fail: Label, ctx: X, dst: Dst, bits: u8, flags: u8 },
            /// Two `BsGetSmallInt`s in a row, big-endian, into X registers (fused by the
            /// loader): one bounds check and one jump; `signed` bit 0 for the first, 1 for the
            /// second.
            BsGetSmallInt2 { fail: Label, ctx: X, dst1: X, dst2: X, bits1: u8, bits2: u8, signed: u8 },
            /// Skips `x[size] * unit` bits of match context `x[ctx]`, then (a fused
            /// `bs_test_unit`) checks that the bits left are a multiple of `rest_unit` (1: no
            /// check).
            BsSkipBitsX { fail: Label, ctx: X, size: X, unit: u16, rest_unit: u16 },
            /// `BsStartMatch` followed by `BsGetPosition` of the new context into `pos`.
            BsStartMatchPos { fail: Label, src: Src, dst: Dst, pos: Dst, live: u16 },
            /// Skips `bits` bits of match context `x[ctx]`.
            BsSkipFixed { fail: Label, ctx: X, bits: u32 },
            /// Matches `x[size] * unit` bits of match context `x[ctx]` as a sub-binary; may
            /// collect garbage with `live` X registers (and the context) as roots.
            BsGetBinaryX { fail: Label, ctx: X, size: X, dst: Dst, unit: u16, live: u16 },
            /// Matches `bits` bits of match context `x[ctx]` as a sub-binary (collecting as
            /// `BsGetBinaryX`).
            BsGetBinaryFixed { fail: Label, ctx: X, dst: Dst, bits: u32, live: u16 },
            /// Matches the rest of match context `x[ctx]`, a multiple of `unit` bits, as a
            /// sub-binary (collecting as `BsGetBinaryX`).
            BsGetBinaryAll { fail: Label, ctx: X, dst: Dst, unit: u16, live: u16 },
            // ---- messages (vm/src/interp/receive.rs) ----
            /// `x0 ! x1`, result in `x0`.
            Send {},
            /// The message at the save pointer to `dst`, or jump to `fail` if there is none.
            LoopRec { fail: Label, dst: X },
            /// Advance the save pointer and jump to `to` (the `loop_rec`).
            LoopRecEnd { to: Label },
            /// Remove the current message; the receive is over.
            RemoveMessage {},
            /// Suspend until a signal arrives, then continue at `to`.
            Wait { to: Label },
            /// As `Wait`, with an `after` timeout; continues after it once the timer fired.
            WaitTimeout { to: Label, timeout: Src },
            /// The `after` clause runs; the receive is over.
            Timeout {},
            /// Reserve a receive marker at the end of the message queue.
            RecvMarkerReserve { dst: Dst },
            /// Bind a reserved marker to a reference.
            RecvMarkerBind { marker: Src, reference: Src },
            /// Start the coming receive at the reference's marker.
            RecvMarkerUse { reference: Src },
            /// Forget the reference's marker.
            RecvMarkerClear { reference: Src },

            // ---- fused instructions: the loader's window rules (`loader::specialize::rules`)
            // ---- replace frequent sequences with one instruction that does the same ----
            /// Two moves in order (`move s1 d1`, `move s2 d2`).
            Move2 { s1: Src, d1: Dst, s2: Src, d2: Dst },
            /// `x[0] = src`, then `Return`.
            MoveReturn { src: Src },
            /// `x[0] = src`, then `DeallocateReturn`.
            MoveDeallocateReturn { src: Src, slots: u16 },
            /// `IsNonemptyList` then `GetList` of the same source: splits a list cell or jumps
            /// to `fail`.
            IsConsGetList { fail: Label, src: Src, head: Dst, tail: Dst },
            /// `TestHeap` then `PutList`.
            TestHeapPutList { words: u16, live: u16, head: Src, tail: Src, dst: Dst },
            /// `GetTupleElement` into X register `dst`, then `FLoad` of that register into `fr`.
            GetTupleElementFLoad { src: Src, index: u16, dst: X, fr: FR },
            /// Three moves between registers in order; each operand is an X or a Y register
            /// (encoded as a [`Dst`]).
            Move3 { s1: Dst, d1: Dst, s2: Dst, d2: Dst, s3: Dst, d3: Dst },
            /// `x[a] < x[b]` (`IsLt` of two X registers).
            IsLtXX { fail: Label, a: X, b: X },
            /// `x[a] >= x[b]` (`IsGe` of two X registers).
            IsGeXX { fail: Label, a: X, b: X },
            /// `a * b` with a fast path for small integers (`gc_bif '*'`).
            Mul { fail: Label, a: Src, b: Src, dst: Dst, live: u8 },
            /// `a rem b` with a fast path for small integers (`gc_bif rem`).
            Rem { fail: Label, a: Src, b: Src, dst: Dst, live: u8 },
            /// `a div b` with a fast path for small integers (`gc_bif div`).
            IntDiv { fail: Label, a: Src, b: Src, dst: Dst, live: u8 },
            /// `a band b` with a fast path for small integers (`gc_bif band`).
            Band { fail: Label, a: Src, b: Src, dst: Dst, live: u8 },
            /// `a bor b` with a fast path for small integers (`gc_bif bor`).
            Bor { fail: Label, a: Src, b: Src, dst: Dst, live: u8 },
            /// `a bxor b` with a fast path for small integers (`gc_bif bxor`).
            Bxor { fail: Label, a: Src, b: Src, dst: Dst, live: u8 },
            /// Two additions of small constants to X registers, in order (a pair of `AddXI` or
            /// `SubXI` without failure labels; a subtraction adds the negated constant). Each
            /// constant is given as its word delta (the constant times 16, what adding it does
            /// to a small integer's word), and the second addition never reads the first's
            /// result (`x2 != dst1`), so the two can be computed in either order.
            AddXI2 { x1: X8, delta1: i32, dst1: X8, x2: X8, delta2: i32, dst2: X8 },

            // ---- the end of a run ----
            /// Ends the process normally (the bottom continuation of every process).
            ProcessExit {},
            /// The last instruction of every loaded version: reached only by running off the end
            /// of the code, which ends the process with an internal error.
            CodeEnd {},
        }
    };
}

macro_rules! define_instrs {
    ($( $(#[doc = $doc:literal])* $name:ident { $($field:ident : $ty:ty),* $(,)? } ),* $(,)?) => {
        /// One girder instruction. `Copy`, at most 16 bytes.
        #[derive(Clone, Copy, Debug)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $(#[allow(missing_docs)] $field: $ty),* } ),*
        }

        /// The kind of an instruction, without operands.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name ),*
        }

        /// Names of all instructions, indexed by [`Opcode`].
        pub const NAMES: &[&str] = &[$(stringify!($name)),*];

        /// Descriptions of all instructions (their doc comments), indexed by [`Opcode`].
        pub const DESCRIPTIONS: &[&str] = &[$(concat!($($doc),*)),*];

        /// Number of distinct instructions.
        pub const COUNT: usize = NAMES.len();

        impl Instr {
            /// The instruction's opcode.
            #[inline(always)]
            pub fn opcode(&self) -> Opcode {
                match self {
                    $( Instr::$name { .. } => Opcode::$name ),*
                }
            }

            /// Rewrites every jump target `l` (other than 0) of the instruction to `f(l)`.
            #[allow(unused_variables)]
            pub fn map_labels(&mut self, f: &mut dyn FnMut(u32) -> u32) {
                match self {
                    $( Instr::$name { $($field),* } => {
                        $( MapLabel::map_label($field, f); )*
                    } ),*
                }
            }

            /// Appends the disassembly of this instruction: its name and `field=value` operands.
            #[allow(unused_variables)]
            pub fn disassemble(&self, out: &mut String) {
                match self {
                    $( Instr::$name { $($field),* } => {
                        out.push_str(stringify!($name));
                        $(
                            out.push(' ');
                            out.push_str(stringify!($field));
                            out.push('=');
                            Operand::show($field, out);
                        )*
                    } ),*
                }
            }
        }
    };
}

for_each_instr!(define_instrs);

const _: () = assert!(
    std::mem::size_of::<Instr>() <= 16,
    "Instr must fit in 16 bytes"
);

impl Opcode {
    /// The instruction's name.
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    /// The instruction's description.
    pub fn description(self) -> &'static str {
        DESCRIPTIONS[self as usize].trim()
    }
}

impl Instr {
    /// The instruction's name.
    pub fn name(&self) -> &'static str {
        self.opcode().name()
    }

    /// The disassembly as a new string.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        self.disassemble(&mut s);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_are_small_and_named() {
        assert!(std::mem::size_of::<Instr>() <= 16);
        assert_eq!(NAMES.len(), DESCRIPTIONS.len());
        let i = Instr::CallLast {
            arity: 2,
            to: Label(17),
            slots: 3,
        };
        assert_eq!(i.name(), "CallLast");
        assert_eq!(i.to_text(), "CallLast arity=2 to=@17 slots=3");
        assert_eq!(
            Instr::Move {
                src: Src::y(1),
                dst: Dst::x(4)
            }
            .to_text(),
            "Move src=y1 dst=x4"
        );
        assert!(Opcode::Return.description().contains("continuation"));
    }
}
