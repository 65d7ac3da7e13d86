//! Identifiers of other nodes: external pids, ports and references.
//!
//! A pid or port of this node is an immediate and a reference of this node is a small boxed
//! object (see `TermAlloc::local_ref`); identifiers that arrive from another node (through
//! `binary_to_term/1`) are boxed objects that name their node. All their words are raw data (the
//! node name is stored as an atom word, which a heap walk never needs to follow):
//!
//! | object        | layout                                                              |
//! |---------------|---------------------------------------------------------------------|
//! | external pid  | `header(ExternalPid, 4), node, creation, number, serial`            |
//! | external port | `header(ExternalPort, 3), node, creation, number`                   |
//! | external ref  | `header(ExternalRef, 2 + n), node, creation, id0 .. id(n-1)`        |
//!
//! `node` is the raw word of the node-name atom; `creation` is the node's incarnation; a
//! reference keeps 0 to 5 id words of 32 bits each (one per 64-bit word), least significant
//! first, exactly as many as it arrived with (erl re-encodes them all).
//!
//! A reference of this node whose numbers do not fit a local reference object is also kept in
//! this layout, with this node's name and creation: it behaves as a local reference everywhere.

use super::{Header, Subtag, Term};
use crate::atom::Atom;
use crate::heap::TermAlloc;

/// Words after the header of an external pid.
const PID_ARITY: usize = 4;
/// Words after the header of an external port.
const PORT_ARITY: usize = 3;
/// Words after the header of an external reference before its id words.
const REF_FIXED: usize = 2;
/// Most id words a reference can have.
pub const MAX_REF_WORDS: usize = 5;

/// The fields of an external pid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExternalPid {
    /// The node's name.
    pub node: Atom,
    /// The node's incarnation.
    pub creation: u32,
    /// Process number.
    pub number: u32,
    /// Serial number.
    pub serial: u32,
}

/// The fields of an external port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExternalPort {
    /// The node's name.
    pub node: Atom,
    /// The node's incarnation.
    pub creation: u32,
    /// Port number.
    pub number: u64,
}

/// The fields of an external reference; the id words borrow from the object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExternalRef<'a> {
    /// The node's name.
    pub node: Atom,
    /// The node's incarnation.
    pub creation: u32,
    /// The id words (each below 2^32), least significant first.
    pub ids: &'a [u64],
}

impl Term {
    /// The raw words after the header of a boxed object of kind `subtag`, if this is one.
    fn external_words<'a>(self, subtag: Subtag) -> Option<&'a [u64]> {
        if self.boxed_subtag() != Some(subtag) {
            return None;
        }
        let arity = self.boxed_header().arity() as usize;
        // SAFETY: a boxed pointer points to a header followed by `arity` initialised words
        // (constructor contract), which stay in place until the next garbage collection.
        Some(unsafe { std::slice::from_raw_parts(self.pointer().add(1), arity) })
    }

    /// The fields of an external pid, or `None` for anything else.
    pub fn external_pid(self) -> Option<ExternalPid> {
        let w = self.external_words(Subtag::ExternalPid)?;
        debug_assert_eq!(w.len(), PID_ARITY);
        Some(ExternalPid {
            node: Term(w[0]).as_atom()?,
            creation: w[1] as u32,
            number: w[2] as u32,
            serial: w[3] as u32,
        })
    }

    /// The fields of an external port, or `None` for anything else.
    pub fn external_port(self) -> Option<ExternalPort> {
        let w = self.external_words(Subtag::ExternalPort)?;
        debug_assert_eq!(w.len(), PORT_ARITY);
        Some(ExternalPort {
            node: Term(w[0]).as_atom()?,
            creation: w[1] as u32,
            number: w[2],
        })
    }

    /// The fields of an external reference, or `None` for anything else.
    pub fn external_ref<'a>(self) -> Option<ExternalRef<'a>> {
        let w: &'a [u64] = self.external_words(Subtag::ExternalRef)?;
        debug_assert!(w.len() >= REF_FIXED && w.len() <= REF_FIXED + MAX_REF_WORDS);
        Some(ExternalRef {
            node: Term(w[0]).as_atom()?,
            creation: w[1] as u32,
            ids: &w[REF_FIXED..],
        })
    }
}

/// Builds an external pid in `heap`.
pub fn make_external_pid(heap: &mut impl TermAlloc, pid: &ExternalPid) -> Term {
    let words = heap.alloc_words(1 + PID_ARITY);
    words[0] = Header::new(Subtag::ExternalPid, PID_ARITY as u64).raw();
    words[1] = Term::atom(pid.node).raw();
    words[2] = u64::from(pid.creation);
    words[3] = u64::from(pid.number);
    words[4] = u64::from(pid.serial);
    // SAFETY: a complete external pid object (layout in the module docs); all words are raw.
    unsafe { Term::boxed_ptr(words.as_ptr()) }
}

/// Builds an external port in `heap`.
pub fn make_external_port(heap: &mut impl TermAlloc, port: &ExternalPort) -> Term {
    let words = heap.alloc_words(1 + PORT_ARITY);
    words[0] = Header::new(Subtag::ExternalPort, PORT_ARITY as u64).raw();
    words[1] = Term::atom(port.node).raw();
    words[2] = u64::from(port.creation);
    words[3] = port.number;
    // SAFETY: a complete external port object (layout in the module docs); all words are raw.
    unsafe { Term::boxed_ptr(words.as_ptr()) }
}

/// Builds an external reference in `heap` from its node, creation and (at most
/// [`MAX_REF_WORDS`]) 32-bit id words, least significant first.
pub fn make_external_ref(
    heap: &mut impl TermAlloc,
    node: Atom,
    creation: u32,
    ids: &[u32],
) -> Term {
    debug_assert!(ids.len() <= MAX_REF_WORDS);
    let ids = &ids[..ids.len().min(MAX_REF_WORDS)];
    let arity = REF_FIXED + ids.len();
    let words = heap.alloc_words(1 + arity);
    words[0] = Header::new(Subtag::ExternalRef, arity as u64).raw();
    words[1] = Term::atom(node).raw();
    words[2] = u64::from(creation);
    for (slot, &id) in words[1 + REF_FIXED..].iter_mut().zip(ids) {
        *slot = u64::from(id);
    }
    // SAFETY: a complete external reference object (layout in the module docs); all words
    // are raw.
    unsafe { Term::boxed_ptr(words.as_ptr()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;

    #[test]
    fn external_identifiers_round_trip_their_fields() {
        let mut h = ScratchHeap::new();
        let node = Atom::intern("other@host").unwrap();
        let pid = ExternalPid {
            node,
            creation: 7,
            number: 42,
            serial: u32::MAX,
        };
        let p = make_external_pid(&mut h, &pid);
        assert_eq!(p.external_pid(), Some(pid));
        assert!(p.external_port().is_none() && p.external_ref().is_none());
        let port = ExternalPort {
            node,
            creation: 1,
            number: u64::MAX,
        };
        let q = make_external_port(&mut h, &port);
        assert_eq!(q.external_port(), Some(port));
        let r = make_external_ref(&mut h, node, 3, &[1, 2, u32::MAX]);
        let parts = r.external_ref().unwrap();
        assert_eq!((parts.node, parts.creation), (node, 3));
        assert_eq!(parts.ids, &[1, 2, u64::from(u32::MAX)]);
        let empty = make_external_ref(&mut h, node, 3, &[]);
        assert_eq!(empty.external_ref().unwrap().ids, &[] as &[u64]);
        assert!(Term::small(1).external_pid().is_none());
    }
}
