//! One view of pids, ports and references, whether of this node or another: their node, the
//! node's creation and their numbers. Term order, printing, hashing and the external term format
//! all read identifiers through these functions, so a local identifier and one of another node
//! follow the same rules, as in erl.
//!
//! This node is `nonode@nohost` with creation 0 (girder is not distributed). Identifiers of this
//! node are immediates (pids, ports) or local reference objects; [`make_pid`], [`make_port`] and
//! [`make_ref`] build the right representation from the external format's fields, and refuse the
//! fields erl refuses for its own node.

use crate::atom::{self, Atom};
use crate::etf::{PidParts, PortParts, RefParts};
use crate::heap::TermAlloc;
use crate::term::external::{
    make_external_pid, make_external_port, make_external_ref, ExternalPid, ExternalPort,
};
use crate::term::magic::{find_magic_object, make_magic_ref};
use crate::term::Term;

use super::print::PID_NUMBER_BITS;

/// The name of this node.
pub const LOCAL_NODE: Atom = atom::NONODE_AT_NOHOST;
/// The creation of this node while it is not distributed.
pub const LOCAL_CREATION: u32 = 0;

/// Largest pid number erl accepts for a pid of its own node (15 bits).
const LOCAL_PID_NUMBER_MAX: u32 = (1 << 15) - 1;
/// Largest pid serial erl accepts for a pid of its own node (13 bits).
const LOCAL_PID_SERIAL_MAX: u32 = (1 << 13) - 1;
/// Largest port number erl accepts for a port of its own node (28 bits).
const LOCAL_PORT_NUMBER_MAX: u64 = (1 << 28) - 1;
/// Largest first id word of a reference of this node (18 bits).
const LOCAL_REF_FIRST_MAX: u32 = (1 << 18) - 1;
/// Number of id words of a reference of this node.
const LOCAL_REF_WORDS: usize = 3;
/// Bits of a local reference's unique number taken by its first and second id words.
const LOCAL_REF_LOW_BITS: u32 = 18 + 32;

/// Whether `node`/`creation` name this node.
fn is_local(node: Atom, creation: u32) -> bool {
    node == LOCAL_NODE && creation == LOCAL_CREATION
}

/// The number erl shows first in a printed identifier: 0 for this node's name, else the index
/// of the node name in the atom table.
pub fn channel(node: Atom) -> u32 {
    if node == LOCAL_NODE {
        0
    } else {
        node.index()
    }
}

/// The fields of a pid (local or external), or `None` for anything else.
pub fn pid_fields(t: Term) -> Option<PidParts> {
    if t.is_local_pid() {
        let payload = t.immed1_payload();
        return Some(PidParts {
            node: LOCAL_NODE,
            id: (payload & ((1 << PID_NUMBER_BITS) - 1)) as u32,
            serial: (payload >> PID_NUMBER_BITS) as u32,
            creation: LOCAL_CREATION,
        });
    }
    let p = t.external_pid()?;
    Some(PidParts {
        node: p.node,
        id: p.number,
        serial: p.serial,
        creation: p.creation,
    })
}

/// The fields of a port (local or external), or `None` for anything else.
pub fn port_fields(t: Term) -> Option<PortParts> {
    if t.is_local_port() {
        return Some(PortParts {
            node: LOCAL_NODE,
            id: t.immed1_payload(),
            creation: LOCAL_CREATION,
        });
    }
    let p = t.external_port()?;
    Some(PortParts {
        node: p.node,
        id: p.number,
        creation: p.creation,
    })
}

/// The fields of a reference (local or external), or `None` for anything else.
pub fn ref_fields(t: Term) -> Option<RefParts> {
    if let Some(id) = t.local_ref_id() {
        let mask = |bits: u32| (1u64 << bits) - 1;
        let ids = [
            (id & mask(18)) as u32,
            ((id >> 18) & mask(32)) as u32,
            (id >> LOCAL_REF_LOW_BITS) as u32,
            0,
            0,
        ];
        return Some(RefParts {
            node: LOCAL_NODE,
            creation: LOCAL_CREATION,
            ids,
            len: LOCAL_REF_WORDS as u8,
        });
    }
    let r = t.external_ref()?;
    let mut ids = [0u32; 5];
    for (slot, &w) in ids.iter_mut().zip(r.ids) {
        *slot = w as u32;
    }
    Some(RefParts {
        node: r.node,
        creation: r.creation,
        ids,
        len: r.ids.len() as u8,
    })
}

/// The node an identifier belongs to (`node/1`), or `None` if `t` is no pid, port or reference.
pub fn node_of(t: Term) -> Option<Atom> {
    if t.is_local_pid() || t.is_local_port() || t.local_ref_id().is_some() {
        return Some(LOCAL_NODE);
    }
    if let Some(p) = t.external_pid() {
        return Some(p.node);
    }
    if let Some(p) = t.external_port() {
        return Some(p.node);
    }
    t.external_ref().map(|r| r.node)
}

/// Builds the pid with these fields: an immediate for this node, else an external pid. `None`
/// for a pid of this node whose number or serial is out of erl's range.
pub fn make_pid(heap: &mut impl TermAlloc, parts: &PidParts) -> Option<Term> {
    if is_local(parts.node, parts.creation) {
        if parts.id > LOCAL_PID_NUMBER_MAX || parts.serial > LOCAL_PID_SERIAL_MAX {
            return None;
        }
        let payload = (u64::from(parts.serial) << PID_NUMBER_BITS) | u64::from(parts.id);
        return Some(Term::local_pid(payload));
    }
    Some(make_external_pid(
        heap,
        &ExternalPid {
            node: parts.node,
            creation: parts.creation,
            number: parts.id,
            serial: parts.serial,
        },
    ))
}

/// Builds the port with these fields: an immediate for this node, else an external port.
/// `None` for a port of this node whose number is out of erl's range.
pub fn make_port(heap: &mut impl TermAlloc, parts: &PortParts) -> Option<Term> {
    if is_local(parts.node, parts.creation) {
        return (parts.id <= LOCAL_PORT_NUMBER_MAX).then(|| Term::local_port(parts.id));
    }
    Some(make_external_port(
        heap,
        &ExternalPort {
            node: parts.node,
            creation: parts.creation,
            number: parts.id,
        },
    ))
}

/// Builds the reference with these fields. A reference of this node must have one to three id
/// words with the first below 2^18 (erl's rule); it becomes a local reference object when its
/// numbers fit one (a magic reference if they name a live magic object), else an object of the
/// external layout naming this node.
pub fn make_ref(heap: &mut impl TermAlloc, parts: &RefParts) -> Option<Term> {
    let ids = parts.ids();
    if !is_local(parts.node, parts.creation) {
        return Some(make_external_ref(heap, parts.node, parts.creation, ids));
    }
    if ids.is_empty() || ids.len() > LOCAL_REF_WORDS || ids[0] > LOCAL_REF_FIRST_MAX {
        return None;
    }
    let mut words = [0u32; LOCAL_REF_WORDS];
    words[..ids.len()].copy_from_slice(ids);
    let high_bits = 64 - LOCAL_REF_LOW_BITS;
    if u64::from(words[2]) < (1 << high_bits) {
        let id = (u64::from(words[2]) << LOCAL_REF_LOW_BITS)
            | (u64::from(words[1]) << 18)
            | u64::from(words[0]);
        if let Some(object) = find_magic_object(id) {
            return Some(make_magic_ref(heap, object));
        }
        return Some(heap.local_ref(id, 0));
    }
    Some(make_external_ref(heap, LOCAL_NODE, LOCAL_CREATION, &words))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;

    #[test]
    fn local_identifiers_stay_immediate_and_others_are_boxed() {
        let mut h = ScratchHeap::new();
        let other = Atom::intern("far@away").unwrap();
        let local = PidParts {
            node: LOCAL_NODE,
            id: 80,
            serial: 1,
            creation: 0,
        };
        let p = make_pid(&mut h, &local).unwrap();
        assert!(p.is_local_pid());
        assert_eq!(pid_fields(p), Some(local));
        let too_big = PidParts {
            id: 1 << 15,
            ..local
        };
        assert!(make_pid(&mut h, &too_big).is_none());
        let remote = PidParts {
            node: other,
            id: 1 << 20,
            ..local
        };
        let q = make_pid(&mut h, &remote).unwrap();
        assert!(q.is_boxed());
        assert_eq!(pid_fields(q), Some(remote));
        assert_eq!(node_of(q), Some(other));

        let port = PortParts {
            node: LOCAL_NODE,
            id: 9,
            creation: 0,
        };
        assert_eq!(port_fields(make_port(&mut h, &port).unwrap()), Some(port));
    }

    #[test]
    fn references_of_this_node_keep_their_words() {
        let mut h = ScratchHeap::new();
        for words in [[1u32, 2, 3], [0x3FFFF, u32::MAX, 0x3FFF], [5, 6, u32::MAX]] {
            let parts = RefParts {
                node: LOCAL_NODE,
                creation: 0,
                ids: [words[0], words[1], words[2], 0, 0],
                len: 3,
            };
            let r = make_ref(&mut h, &parts).unwrap();
            assert_eq!(ref_fields(r), Some(parts));
            assert_eq!(node_of(r), Some(LOCAL_NODE));
        }
        let short = RefParts {
            node: LOCAL_NODE,
            creation: 0,
            ids: [7, 0, 0, 0, 0],
            len: 1,
        };
        let r = make_ref(&mut h, &short).unwrap();
        assert!(r.local_ref_id().is_some());
        assert_eq!(ref_fields(r).unwrap().ids(), &[7, 0, 0]);
        let wide = RefParts {
            ids: [1 << 18, 0, 0, 0, 0],
            ..short
        };
        assert!(make_ref(&mut h, &wide).is_none());
    }
}
