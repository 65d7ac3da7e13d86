//! Turning decoded terms into heap terms: `binary_to_term/1,2`.
//!
//! The arena holds a term's nodes children first, so one forward pass over the nodes builds every
//! term from terms already built: no recursion, no work stack. Atoms are interned (with `safe`,
//! only existing atoms are accepted), maps are built with the map layer (a repeated key is an
//! error, as in erl), binaries through [`TermAlloc::binary`], and identifiers and funs through the
//! [`ExternalTerms`] provider. Everything allocated is proportional to the input.

use super::arena::{Arena, Node, NodeId};
use super::error::EtfError;
use super::external::{ExportParts, ExternalTerms, FunParts, PidParts, PortParts, RefParts};
use crate::atom::{Atom, AtomError};
use crate::heap::TermAlloc;
use crate::map::{map_from_pairs, Duplicates};
use crate::term::Term;
use std::fmt;

/// Why external term format bytes could not become a term. `binary_to_term` raises `badarg` for
/// all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BinaryToTermError {
    /// The bytes are not a valid encoding.
    Decode(EtfError),
    /// With `safe`: an atom that does not exist yet.
    NewAtom(String),
    /// An atom that cannot be created (too long, or the atom table is full).
    AtomLimit(String),
    /// A map with a repeated key.
    DuplicateKey,
    /// A field outside the range the VM accepts (e.g. a fun's old index).
    BadField(&'static str),
    /// A pid, port, reference or fun the [`ExternalTerms`] provider cannot build (with `safe`:
    /// also an external fun of a function that does not exist).
    Unbuildable(&'static str),
}

impl fmt::Display for BinaryToTermError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BinaryToTermError::Decode(e) => write!(f, "{e}"),
            BinaryToTermError::NewAtom(a) => write!(f, "atom '{a}' does not exist (safe mode)"),
            BinaryToTermError::AtomLimit(a) => write!(f, "cannot create atom '{a}'"),
            BinaryToTermError::DuplicateKey => write!(f, "map has a repeated key"),
            BinaryToTermError::BadField(what) => write!(f, "invalid {what}"),
            BinaryToTermError::Unbuildable(what) => write!(f, "cannot build this {what}"),
        }
    }
}

impl std::error::Error for BinaryToTermError {}

impl From<EtfError> for BinaryToTermError {
    fn from(e: EtfError) -> Self {
        BinaryToTermError::Decode(e)
    }
}

/// `binary_to_term(Bytes, Options)`: decodes one term and builds it in `heap`. Returns the term
/// and the number of bytes it used (the `used` option); bytes after it are ignored.
pub fn binary_to_term<A: TermAlloc, E: ExternalTerms>(
    heap: &mut A,
    bytes: &[u8],
    safe: bool,
    ext: &E,
) -> Result<(Term, usize), BinaryToTermError> {
    let mut arena = Arena::new();
    let (root, used) = arena.decode(bytes)?;
    let term = arena_to_term(heap, &arena, root, safe, ext)?;
    Ok((term, used))
}

/// Builds the term rooted at `root` of `arena` in `heap`.
pub fn arena_to_term<A: TermAlloc, E: ExternalTerms>(
    heap: &mut A,
    arena: &Arena,
    root: NodeId,
    safe: bool,
    ext: &E,
) -> Result<Term, BinaryToTermError> {
    // Every node a term uses comes before it, and a decode appends one term's nodes at the end,
    // so building all nodes up to the root builds the root's.
    let built = build_nodes(heap, arena, root.index() + 1, safe, ext)?;
    Ok(built[root.index()])
}

/// Builds every node of `arena` in `heap` (a module's literal table holds many roots); the
/// result is indexed by node id.
pub fn arena_to_terms<A: TermAlloc, E: ExternalTerms>(
    heap: &mut A,
    arena: &Arena,
    safe: bool,
    ext: &E,
) -> Result<Vec<Term>, BinaryToTermError> {
    build_nodes(heap, arena, arena.len(), safe, ext)
}

/// Builds the first `count` nodes of `arena`, in one forward pass.
fn build_nodes<A: TermAlloc, E: ExternalTerms>(
    heap: &mut A,
    arena: &Arena,
    count: usize,
    safe: bool,
    ext: &E,
) -> Result<Vec<Term>, BinaryToTermError> {
    let nodes = &arena.nodes()[..count];
    let mut built: Vec<Term> = Vec::with_capacity(nodes.len());
    let mut children: Vec<Term> = Vec::new();
    for &node in nodes {
        let term = match node {
            Node::Int(v) => heap.integer(v),
            Node::Big { negative, digits } => {
                let words: Vec<u64> = arena
                    .bytes(digits)
                    .chunks(8)
                    .map(|c| {
                        let mut w = [0u8; 8];
                        w[..c.len()].copy_from_slice(c);
                        u64::from_le_bytes(w)
                    })
                    .collect();
                heap.bignum_from_parts(negative, &words)
            }
            Node::Float(f) => heap.float(f),
            Node::Atom(span) => Term::atom(atom(arena.text(span), safe)?),
            Node::Nil => Term::NIL,
            Node::Tuple(span) => {
                gather(&mut children, &built, arena.children(span));
                heap.tuple(&children)
            }
            Node::List(span) => {
                gather(&mut children, &built, arena.children(span));
                match children.split_last() {
                    Some((&tail, elements)) => heap.list_with_tail(elements, tail),
                    None => Term::NIL,
                }
            }
            Node::String(span) => {
                children.clear();
                children.extend(arena.bytes(span).iter().map(|&b| Term::small(b as i64)));
                heap.list(&children)
            }
            Node::Binary(span) => heap.binary(arena.bytes(span)),
            Node::BitBinary { bytes, bits } => {
                let data = arena.bytes(bytes);
                heap.bitstring(data, (data.len() - 1) * 8 + bits as usize)
            }
            Node::Map(span) => {
                gather(&mut children, &built, arena.children(span));
                let pairs: Vec<(Term, Term)> =
                    children.chunks_exact(2).map(|kv| (kv[0], kv[1])).collect();
                map_from_pairs(heap, &pairs, Duplicates::Reject)
                    .map_err(|_| BinaryToTermError::DuplicateKey)?
            }
            Node::Fun {
                info,
                children: span,
            } => {
                let header = *arena.fun_header(info);
                let fields = arena.children(span);
                let module = built[fields[0].index()]
                    .as_atom()
                    .ok_or(BinaryToTermError::BadField("fun module"))?;
                let old = |id: NodeId, what| match arena.node(id) {
                    Node::Int(v) => u32::try_from(v).map_err(|_| BinaryToTermError::BadField(what)),
                    _ => Err(BinaryToTermError::BadField(what)),
                };
                let parts = FunParts {
                    module,
                    index: header.index,
                    uniq: header.uniq,
                    old_index: old(fields[1], "fun old index")?,
                    old_uniq: old(fields[2], "fun old uniq")?,
                };
                let creator = built[fields[3].index()];
                gather(&mut children, &built, &fields[4..]);
                ext.make_fun(heap, &parts, header.arity, creator, &children)
                    .ok_or(BinaryToTermError::Unbuildable("fun"))?
            }
            Node::Export {
                module,
                function,
                arity,
            } => {
                let parts = ExportParts {
                    module: built_atom(&built, module)?,
                    function: built_atom(&built, function)?,
                    arity,
                };
                ext.make_export(heap, &parts, safe)
                    .ok_or(BinaryToTermError::Unbuildable("external fun"))?
            }
            Node::Pid {
                node,
                id,
                serial,
                creation,
            } => {
                let parts = PidParts {
                    node: built_atom(&built, node)?,
                    id,
                    serial,
                    creation,
                };
                ext.make_pid(heap, &parts)
                    .ok_or(BinaryToTermError::Unbuildable("pid"))?
            }
            Node::Port { node, id, creation } => {
                let parts = PortParts {
                    node: built_atom(&built, node)?,
                    id,
                    creation,
                };
                ext.make_port(heap, &parts)
                    .ok_or(BinaryToTermError::Unbuildable("port"))?
            }
            Node::Ref {
                node,
                creation,
                ids,
            } => {
                let words = arena.words(ids);
                let mut parts = RefParts {
                    node: built_atom(&built, node)?,
                    creation,
                    ids: [0; 5],
                    len: words.len().min(5) as u8,
                };
                parts.ids[..words.len().min(5)].copy_from_slice(&words[..words.len().min(5)]);
                ext.make_ref(heap, &parts)
                    .ok_or(BinaryToTermError::Unbuildable("reference"))?
            }
        };
        built.push(term);
    }
    Ok(built)
}

/// Copies the built terms of `ids` into `out`.
fn gather(out: &mut Vec<Term>, built: &[Term], ids: &[NodeId]) {
    out.clear();
    out.extend(ids.iter().map(|id| built[id.index()]));
}

fn built_atom(built: &[Term], id: NodeId) -> Result<Atom, BinaryToTermError> {
    built[id.index()]
        .as_atom()
        .ok_or(BinaryToTermError::BadField("node name"))
}

fn atom(text: &str, safe: bool) -> Result<Atom, BinaryToTermError> {
    if safe {
        return Atom::existing(text).ok_or_else(|| BinaryToTermError::NewAtom(text.to_owned()));
    }
    Atom::intern(text).map_err(|_: AtomError| BinaryToTermError::AtomLimit(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::etf::{term_to_binary, EncodeOptions, NoExternals};
    use crate::heap::ScratchHeap;
    use crate::map::{eq_exact, map_from_pairs};

    fn random_term(h: &mut ScratchHeap, rng: &mut fastrand::Rng, depth: u32) -> Term {
        match rng.u8(0..if depth == 0 { 5 } else { 8 }) {
            0 => h.integer(rng.i64(..) >> rng.u32(0..64)),
            1 => h.float(rng.f64() * 1e10),
            2 => Term::atom(Atom::intern(&format!("a{}", rng.u8(0..10))).unwrap()),
            3 => {
                let bytes: Vec<u8> = (0..rng.usize(0..100)).map(|_| rng.u8(..)).collect();
                h.bitstring(
                    &bytes,
                    bytes.len() * 8 - rng.usize(0..8).min(bytes.len() * 8),
                )
            }
            4 => h.charlist("abc"),
            5 => {
                let items: Vec<Term> = (0..rng.usize(0..5))
                    .map(|_| random_term(h, rng, depth - 1))
                    .collect();
                h.tuple(&items)
            }
            6 => {
                let items: Vec<Term> = (0..rng.usize(0..5))
                    .map(|_| random_term(h, rng, depth - 1))
                    .collect();
                h.list(&items)
            }
            _ => {
                let pairs: Vec<(Term, Term)> = (0..rng.usize(0..40))
                    .map(|_| (random_term(h, rng, 0), random_term(h, rng, depth - 1)))
                    .collect();
                map_from_pairs(h, &pairs, Duplicates::LastWins).unwrap()
            }
        }
    }

    #[test]
    fn round_trips_and_survives_corrupted_input() {
        let mut rng = fastrand::Rng::with_seed(42);
        let mut h = ScratchHeap::new();
        for _ in 0..300 {
            let t = random_term(&mut h, &mut rng, 3);
            let bytes = term_to_binary(t, &EncodeOptions::default(), &NoExternals).unwrap();
            let (back, used) = binary_to_term(&mut h, &bytes, false, &NoExternals).unwrap();
            assert!(eq_exact(t, back));
            assert_eq!(used, bytes.len());
            for _ in 0..20 {
                let mut bad = bytes.clone();
                match rng.u8(0..3) {
                    0 => bad.truncate(rng.usize(0..bad.len())),
                    1 => {
                        let i = rng.usize(0..bad.len());
                        bad[i] = rng.u8(..);
                    }
                    _ => {
                        let i = rng.usize(0..bad.len());
                        bad.insert(i, rng.u8(..));
                    }
                }
                // Any result is fine; panicking or hanging is not.
                let _ = binary_to_term(&mut h, &bad, false, &NoExternals);
            }
        }
    }

    #[test]
    fn safe_mode_refuses_new_atoms_and_maps_refuse_repeated_keys() {
        let mut h = ScratchHeap::new();
        let unknown = [
            131, 100, 0, 9, b'n', b'o', b'_', b's', b'u', b'c', b'h', b'_', b'z',
        ];
        assert_eq!(
            binary_to_term(&mut h, &unknown, true, &NoExternals),
            Err(BinaryToTermError::NewAtom("no_such_z".into()))
        );
        assert!(binary_to_term(&mut h, &unknown, false, &NoExternals).is_ok());
        assert!(binary_to_term(&mut h, &unknown, true, &NoExternals).is_ok());
        // #{1 => 2, 1 => 3}
        let dup = [131, 116, 0, 0, 0, 2, 97, 1, 97, 2, 97, 1, 97, 3];
        assert_eq!(
            binary_to_term(&mut h, &dup, false, &NoExternals),
            Err(BinaryToTermError::DuplicateKey)
        );
        // A pid needs a provider.
        let pid = [131, 88, 100, 0, 1, b'n', 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3];
        assert_eq!(
            binary_to_term(&mut h, &pid, false, &NoExternals),
            Err(BinaryToTermError::Unbuildable("pid"))
        );
        // Trailing bytes are ignored and reported through `used`.
        let (t, used) = binary_to_term(&mut h, &[131, 97, 7, 0, 0], false, &NoExternals).unwrap();
        assert_eq!((t, used), (Term::small(7), 3));
    }

    #[test]
    fn deep_nesting_costs_no_rust_stack() {
        let depth = 200_000;
        let mut bytes = vec![131];
        for _ in 0..depth {
            bytes.extend_from_slice(&[108, 0, 0, 0, 1]);
        }
        bytes.push(106);
        bytes.extend(std::iter::repeat_n(106, depth));
        let mut h = ScratchHeap::new();
        let (t, used) = binary_to_term(&mut h, &bytes, false, &NoExternals).unwrap();
        assert_eq!(used, bytes.len());
        let again = term_to_binary(t, &EncodeOptions::default(), &NoExternals).unwrap();
        assert_eq!(again, bytes);
        assert!(eq_exact(t, t));
        let (u, _) = binary_to_term(&mut h, &bytes, false, &NoExternals).unwrap();
        assert!(eq_exact(t, u));
    }
}
