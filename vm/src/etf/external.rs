//! The bridge between the external term format and the parts of the VM that own identifiers and
//! code: pids, ports, references, funs and exports are encoded from, and decoded into, whatever
//! those parts provide through [`ExternalTerms`].
//!
//! The codec itself only knows the wire layouts (`NEW_PID_EXT`, `NEWER_REFERENCE_EXT`,
//! `NEW_FUN_EXT`, ...). A term kind the provider cannot describe or build is reported as an error
//! naming the kind, never guessed.

use crate::atom::Atom;
use crate::heap::TermAlloc;
use crate::term::Term;

/// A process identifier as the external format carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PidParts {
    /// The node's name.
    pub node: Atom,
    /// Process number.
    pub id: u32,
    /// Serial number.
    pub serial: u32,
    /// The node's incarnation.
    pub creation: u32,
}

/// A port identifier as the external format carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortParts {
    /// The node's name.
    pub node: Atom,
    /// Port number (encoded in 32 bits when it fits 28, in 64 otherwise).
    pub id: u64,
    /// The node's incarnation.
    pub creation: u32,
}

/// A reference as the external format carries it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefParts {
    /// The node's name.
    pub node: Atom,
    /// The node's incarnation.
    pub creation: u32,
    /// The id words, least significant first; only the first `len` are used.
    pub ids: [u32; 5],
    /// Number of id words (1..=5).
    pub len: u8,
}

impl RefParts {
    /// The used id words.
    pub fn ids(&self) -> &[u32] {
        &self.ids[..self.len.min(5) as usize]
    }
}

/// The code identity of a local fun (`NEW_FUN_EXT`), besides its arity, creator and environment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FunParts {
    /// The defining module.
    pub module: Atom,
    /// Index in the module's fun table.
    pub index: u32,
    /// MD5 of the module's code.
    pub uniq: [u8; 16],
    /// The fun's old index.
    pub old_index: u32,
    /// The fun's old uniq.
    pub old_uniq: u32,
}

/// An external fun `fun M:F/A`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportParts {
    /// Module.
    pub module: Atom,
    /// Function.
    pub function: Atom,
    /// Arity.
    pub arity: u32,
}

/// What the codec needs from the VM for identifiers and funs, in both directions. Every method
/// has a default that knows nothing (`None`: the term cannot be encoded or built), so a provider
/// implements only the kinds it can describe.
pub trait ExternalTerms {
    /// The parts of a pid term (local or of another node).
    fn pid_parts(&self, _pid: Term) -> Option<PidParts> {
        None
    }
    /// The parts of a port term.
    fn port_parts(&self, _port: Term) -> Option<PortParts> {
        None
    }
    /// The parts of a reference term.
    fn ref_parts(&self, _reference: Term) -> Option<RefParts> {
        None
    }
    /// The code identity of a fun (closure) term.
    fn fun_parts(&self, _fun: Term) -> Option<FunParts> {
        None
    }
    /// The module, function and arity of an export term.
    fn export_parts(&self, _export: Term) -> Option<ExportParts> {
        None
    }

    /// Builds a pid term.
    fn make_pid<A: TermAlloc>(&self, _heap: &mut A, _parts: &PidParts) -> Option<Term> {
        None
    }
    /// Builds a port term.
    fn make_port<A: TermAlloc>(&self, _heap: &mut A, _parts: &PortParts) -> Option<Term> {
        None
    }
    /// Builds a reference term.
    fn make_ref<A: TermAlloc>(&self, _heap: &mut A, _parts: &RefParts) -> Option<Term> {
        None
    }
    /// Builds a fun term of the given arity, creator pid and captured environment.
    fn make_fun<A: TermAlloc>(
        &self,
        _heap: &mut A,
        _parts: &FunParts,
        _arity: u8,
        _creator: Term,
        _env: &[Term],
    ) -> Option<Term> {
        None
    }
    /// Builds an export term; with `safe`, only for a function that exists
    /// (`binary_to_term/2`'s `safe` option).
    fn make_export<A: TermAlloc>(
        &self,
        _heap: &mut A,
        _parts: &ExportParts,
        _safe: bool,
    ) -> Option<Term> {
        None
    }
}

/// A provider that knows no identifiers and no code: every such term is an error. Enough for
/// data made of numbers, atoms, lists, tuples, maps and binaries.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoExternals;

impl ExternalTerms for NoExternals {}
