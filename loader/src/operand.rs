//! Decoded operands of generic instructions.

/// A register named by a typed-register operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reg {
    /// X (argument) register.
    X(u32),
    /// Y (stack) register.
    Y(u32),
}

/// One decoded compact-term operand. Sixteen bytes, `Copy`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Operand {
    /// Tag `u`: an untagged number (arity, live-register count, table index, flags, size).
    Unsigned(u64),
    /// Tag `i`: an integer that fits in 64 bits.
    Integer(i64),
    /// Tag `i`: an integer outside the `i64` range; index into [`crate::Prepared::big_ints`].
    BigInt(u32),
    /// Tag `a`: an atom, by index into the atom table (1-based; see [`crate::AtomTable`]).
    Atom(u32),
    /// Tag `a` with index 0: the empty list.
    Nil,
    /// Tag `x`: X register.
    X(u32),
    /// Tag `y`: Y register.
    Y(u32),
    /// Tag `f`: a label; 0 means "no failure label" (raise an exception instead).
    Label(u32),
    /// Tag `h`: a character.
    Char(u32),
    /// Extended tag 0: an inline float (obsolete since OTP R16B; the compiler emits literals).
    Float(f64),
    /// Extended tag 1: an extended list of this many elements; they follow as operands of the
    /// same instruction.
    List(u32),
    /// Extended tag 2: floating-point register.
    FloatReg(u32),
    /// Extended tag 3: allocation list (heap words, floats and funs to reserve).
    Alloc {
        /// Heap words.
        words: u32,
        /// Floats.
        floats: u32,
        /// Funs.
        funs: u32,
    },
    /// Extended tag 4: a literal, by index into the literal table.
    Literal(u32),
    /// Extended tag 5: a register with a type hint, by index into [`crate::Prepared::types`].
    TypedReg {
        /// The register.
        reg: Reg,
        /// Index into the type table.
        type_index: u32,
    },
}

const _: () = assert!(std::mem::size_of::<Operand>() == 16);
