//! Converting decoded terms (a `vm::etf::Arena`) into heap terms of a literal area: one forward
//! pass over the post-order nodes, so children are always converted before their parents and no
//! recursion is needed.

use vm::atom::Atom;
use vm::etf::{Arena, Node, NodeId};
use vm::heap::TermAlloc;
use vm::term::Term;

/// Converts every node of `arena` into a term built in `heap`. The result is indexed by node id.
/// Terms girder cannot represent yet (maps, funs, pids, ports, references) give an error naming
/// the kind.
pub fn convert_arena(arena: &Arena, heap: &mut impl TermAlloc) -> Result<Vec<Term>, String> {
    let mut terms: Vec<Term> = Vec::with_capacity(arena.len());
    for node in arena.nodes() {
        let t = match *node {
            Node::Int(i) => heap.integer(i),
            Node::Big { negative, digits } => {
                let bytes = arena.bytes(digits);
                let words: Vec<u64> = bytes
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
            Node::Atom(span) => {
                let text = arena.text(span);
                let a = Atom::intern(text)
                    .map_err(|e| format!("atom '{text}' cannot be created: {e:?}"))?;
                Term::atom(a)
            }
            Node::Nil => Term::NIL,
            Node::Tuple(span) => {
                let elems: Vec<Term> = arena
                    .children(span)
                    .iter()
                    .map(|c| terms[c.index()])
                    .collect();
                heap.tuple(&elems)
            }
            Node::List(span) => {
                let children = arena.children(span);
                let (tail, elems) = children
                    .split_last()
                    .ok_or_else(|| "list node without a tail".to_string())?;
                let elems: Vec<Term> = elems.iter().map(|c| terms[c.index()]).collect();
                heap.list_with_tail(&elems, terms[tail.index()])
            }
            Node::String(span) => {
                let chars: Vec<Term> = arena
                    .bytes(span)
                    .iter()
                    .map(|&b| Term::small(b as i64))
                    .collect();
                heap.list(&chars)
            }
            Node::Binary(span) => heap.binary(arena.bytes(span)),
            Node::BitBinary { bytes, bits } => {
                let data = arena.bytes(bytes);
                if data.is_empty() {
                    return Err("bitstring literal without bytes".into());
                }
                let total = (data.len() - 1) * 8 + (bits as usize).min(8);
                heap.bitstring(data, total)
            }
            Node::Export {
                module,
                function,
                arity,
            } => {
                let m = atom_of(arena, &terms, module)?;
                let f = atom_of(arena, &terms, function)?;
                let e = vm::code::export::entry(m, f, arity as u32)
                    .ok_or_else(|| "the export table is full".to_string())?;
                heap.export_fun(e.index as u64)
            }
            Node::Map(span) => {
                let children = arena.children(span);
                let pairs: Vec<(Term, Term)> = children
                    .chunks(2)
                    .filter(|c| c.len() == 2)
                    .map(|c| (terms[c[0].index()], terms[c[1].index()]))
                    .collect();
                vm::map::map_from_pairs(heap, &pairs, vm::map::Duplicates::LastWins)
                    .map_err(|_| "a map literal could not be built".to_string())?
            }
            Node::Fun { .. } => return Err("fun literals are not supported".into()),
            Node::Pid { .. } | Node::Port { .. } | Node::Ref { .. } => {
                return Err("pid, port and reference literals are not supported".into())
            }
        };
        terms.push(t);
    }
    Ok(terms)
}

fn atom_of(arena: &Arena, terms: &[Term], id: NodeId) -> Result<Atom, String> {
    terms[id.index()]
        .as_atom()
        .ok_or_else(|| format!("expected an atom in a literal, found {:?}", arena.node(id)))
}
