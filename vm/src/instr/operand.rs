//! Operand types of girder instructions: registers, sources, destinations, labels and spans of a
//! module's side tables. All are small `Copy` values so that an instruction fits in 16 bytes.

use std::fmt;

use crate::term::Term;

/// Number of X registers a process has (as ERTS's `MAX_REG`).
pub const MAX_X: usize = 1024;
/// Number of float registers a process has.
pub const MAX_FR: usize = 256;

/// An X (argument) register.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct X(pub u16);

/// An X register below x256, for the hot instructions: indexing the register file with it
/// needs neither a bounds check nor a mask.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct X8(pub u8);

/// The test a function body starts with, copied into the local calls of that function
/// (`CallTest` and its tail-call forms): the call runs it right away and continues after it
/// or at its failure label, without dispatching it. `a` is an X register below x256; `b` is a
/// small integer constant or, for the two register forms, another such X register.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EntryTest {
    /// `x[a] =:= b`.
    EqSmall,
    /// `x[a] < b`.
    LtSmall,
    /// `x[a] >= b`.
    GeSmall,
    /// `x[a] < x[b]`.
    LtX,
    /// `x[a] >= x[b]`.
    GeX,
}

/// A one-argument `math` function of floats that `CallFloatBif` can compute in place: the fast
/// path of the BIF of the same name (same functions, so the same bits).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FloatFn {
    /// `math:sqrt/1`.
    Sqrt,
    /// `math:sin/1`.
    Sin,
    /// `math:cos/1`.
    Cos,
    /// `math:tan/1`.
    Tan,
    /// `math:atan/1`.
    Atan,
    /// `math:exp/1`.
    Exp,
    /// `math:log/1`.
    Log,
}

impl FloatFn {
    /// The function `math:name/1`, if it is one of these.
    pub fn of(name: &str) -> Option<FloatFn> {
        Some(match name {
            "sqrt" => FloatFn::Sqrt,
            "sin" => FloatFn::Sin,
            "cos" => FloatFn::Cos,
            "tan" => FloatFn::Tan,
            "atan" => FloatFn::Atan,
            "exp" => FloatFn::Exp,
            "log" => FloatFn::Log,
            _ => return None,
        })
    }

    /// The function's value at `x` (not finite where the BIF raises `badarith`).
    #[inline(always)]
    pub fn apply(self, x: f64) -> f64 {
        match self {
            FloatFn::Sqrt => x.sqrt(),
            FloatFn::Sin => x.sin(),
            FloatFn::Cos => x.cos(),
            FloatFn::Tan => x.tan(),
            FloatFn::Atan => x.atan(),
            FloatFn::Exp => x.exp(),
            FloatFn::Log => x.ln(),
        }
    }
}

/// A Y (stack frame) register.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Y(pub u16);

/// A float register.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct FR(pub u16);

/// A code position: an absolute index into the module version's instruction vector.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Label(pub u32);

impl Label {
    /// The instruction index.
    #[inline(always)]
    pub const fn ip(self) -> usize {
        self.0 as usize
    }
}

const SRC_X: u32 = 0;
const SRC_Y: u32 = 1;
const SRC_CONST: u32 = 2;

/// A source operand: an X register, a Y register, or a constant (an index into the module
/// version's constant pool). Packed into 32 bits: two kind bits, thirty index bits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Src(u32);

/// What a [`Src`] refers to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SrcKind {
    /// X register.
    X(u16),
    /// Y register.
    Y(u16),
    /// Constant pool entry.
    Const(u32),
}

/// Largest constant-pool index a [`Src`] can hold.
pub const MAX_CONST_INDEX: u32 = (1 << 30) - 1;

impl Src {
    /// An X register source.
    pub const fn x(i: u16) -> Src {
        Src(((i as u32) << 2) | SRC_X)
    }

    /// A Y register source.
    pub const fn y(i: u16) -> Src {
        Src(((i as u32) << 2) | SRC_Y)
    }

    /// A constant-pool source; `index` must not exceed [`MAX_CONST_INDEX`].
    pub const fn constant(index: u32) -> Src {
        debug_assert!(index <= MAX_CONST_INDEX);
        Src((index << 2) | SRC_CONST)
    }

    /// What this source refers to.
    #[inline(always)]
    pub const fn kind(self) -> SrcKind {
        match self.0 & 3 {
            SRC_X => SrcKind::X((self.0 >> 2) as u16),
            SRC_Y => SrcKind::Y((self.0 >> 2) as u16),
            _ => SrcKind::Const(self.0 >> 2),
        }
    }

    /// The raw packed word.
    #[inline(always)]
    pub const fn raw(self) -> u32 {
        self.0
    }

    /// The register index or constant index (without the kind).
    #[inline(always)]
    pub const fn index(self) -> usize {
        (self.0 >> 2) as usize
    }

    /// The kind bits: 0 X, 1 Y, 2 constant.
    #[inline(always)]
    pub const fn tag(self) -> u32 {
        self.0 & 3
    }
}

impl fmt::Debug for Src {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind() {
            SrcKind::X(i) => write!(f, "x{i}"),
            SrcKind::Y(i) => write!(f, "y{i}"),
            SrcKind::Const(i) => write!(f, "c{i}"),
        }
    }
}

const DST_Y: u16 = 1 << 15;

/// A destination operand: an X or a Y register, packed into 16 bits (the top bit selects Y).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Dst(u16);

impl Dst {
    /// An X register destination.
    pub const fn x(i: u16) -> Dst {
        debug_assert!(i < DST_Y);
        Dst(i)
    }

    /// A Y register destination (index below 32768).
    pub const fn y(i: u16) -> Dst {
        debug_assert!(i < DST_Y);
        Dst(i | DST_Y)
    }

    /// Whether this is a Y register.
    #[inline(always)]
    pub const fn is_y(self) -> bool {
        self.0 & DST_Y != 0
    }

    /// The register index.
    #[inline(always)]
    pub const fn index(self) -> usize {
        (self.0 & !DST_Y) as usize
    }

    /// The same register as a source.
    pub const fn as_src(self) -> Src {
        if self.is_y() {
            Src::y(self.index() as u16)
        } else {
            Src::x(self.index() as u16)
        }
    }
}

impl fmt::Debug for Dst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_y() {
            write!(f, "y{}", self.index())
        } else {
            write!(f, "x{}", self.index())
        }
    }
}

/// A run of entries in a module version's flat side table of sources (`put_tuple2` elements,
/// `make_fun3` environments, BIF argument lists).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Span {
    /// First entry.
    pub start: u32,
    /// Number of entries.
    pub len: u32,
}

impl Span {
    /// The entries as a range.
    #[inline(always)]
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }
}

/// Formats an operand for the disassembler.
pub trait Operand {
    /// Writes the operand as the disassembler shows it.
    fn show(&self, out: &mut String);
}

macro_rules! show_debug {
    ($($t:ty),*) => {$(
        impl Operand for $t {
            fn show(&self, out: &mut String) {
                use std::fmt::Write;
                let _ = write!(out, "{:?}", self);
            }
        }
    )*};
}

show_debug!(Src, Dst, u8, u16, u32, i16, i32);

impl Operand for X {
    fn show(&self, out: &mut String) {
        out.push_str(&format!("x{}", self.0));
    }
}

impl Operand for X8 {
    fn show(&self, out: &mut String) {
        out.push_str(&format!("x{}", self.0));
    }
}

impl Operand for FloatFn {
    fn show(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{self:?}");
    }
}

impl Operand for EntryTest {
    fn show(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{self:?}");
    }
}

impl Operand for Y {
    fn show(&self, out: &mut String) {
        out.push_str(&format!("y{}", self.0));
    }
}

impl Operand for FR {
    fn show(&self, out: &mut String) {
        out.push_str(&format!("fr{}", self.0));
    }
}

impl Operand for Label {
    fn show(&self, out: &mut String) {
        out.push_str(&format!("@{}", self.0));
    }
}

impl Operand for Span {
    fn show(&self, out: &mut String) {
        out.push_str(&format!("[{}..+{}]", self.start, self.len));
    }
}

impl Operand for crate::atom::Atom {
    fn show(&self, out: &mut String) {
        out.push_str(&format!("'{}'", self.text()));
    }
}

impl Operand for Term {
    fn show(&self, out: &mut String) {
        if let Some(a) = self.as_atom() {
            out.push_str(&format!("'{}'", a.text()));
        } else if let Some(i) = self.as_small() {
            out.push_str(&i.to_string());
        } else if self.is_nil() {
            out.push_str("[]");
        } else {
            out.push_str(&format!("{self:?}"));
        }
    }
}

/// Rewrites the jump targets inside an operand (the loader first emits label numbers, then
/// replaces them with instruction indexes). Only [`Label`] has targets; label 0 means "no
/// failure label" and is kept.
pub trait MapLabel {
    /// Replaces each non-zero label `l` with `f(l)`.
    fn map_label(&mut self, _f: &mut dyn FnMut(u32) -> u32) {}
}

impl MapLabel for Label {
    fn map_label(&mut self, f: &mut dyn FnMut(u32) -> u32) {
        if self.0 != 0 {
            self.0 = f(self.0);
        }
    }
}

impl MapLabel for X {}
impl MapLabel for X8 {}
impl MapLabel for EntryTest {}
impl MapLabel for FloatFn {}
impl MapLabel for Y {}
impl MapLabel for FR {}
impl MapLabel for Src {}
impl MapLabel for Dst {}
impl MapLabel for Span {}
impl MapLabel for Term {}
impl MapLabel for crate::atom::Atom {}
impl MapLabel for u8 {}
impl MapLabel for u16 {}
impl MapLabel for u32 {}
impl MapLabel for i16 {}
impl MapLabel for i32 {}
