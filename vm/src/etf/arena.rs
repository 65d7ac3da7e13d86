//! The flat, post-order arena that decoded terms live in.
//!
//! Every node is appended after all of its children, and refers to them by index, so a walk from
//! the first node to the last visits children before parents, and dropping the arena frees a few
//! plain vectors without recursion. Variable-length payloads live in shared side vectors: child
//! lists in `children`, raw bytes (binaries, bignum digits, byte strings) in `bytes`, atom text in
//! `text`, reference id words in `words`, and the fixed fields of local funs in `funs`.

use std::ops::Range;

/// Index of a node in an [`Arena`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    /// The index as a `usize`.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A range inside one of the arena's side vectors (which one depends on the node kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// First element.
    pub start: u32,
    /// Number of elements.
    pub len: u32,
}

impl Span {
    /// The span as a `usize` range.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }
}

/// One decoded term. Spans name ranges of the arena's side vectors; `NodeId`s name earlier nodes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Node {
    /// An integer that fits in 64 bits (whatever tag encoded it).
    Int(i64),
    /// An integer outside the `i64` range: magnitude as little-endian bytes (no high zero bytes)
    /// in `bytes`.
    Big {
        /// True for negative numbers.
        negative: bool,
        /// The magnitude's bytes, least significant first.
        digits: Span,
    },
    /// A finite float.
    Float(f64),
    /// An atom; its UTF-8 text is a span of `text`.
    Atom(Span),
    /// The empty list.
    Nil,
    /// A tuple; its elements are a span of `children`.
    Tuple(Span),
    /// A list cell chain: a span of `children` holding the elements followed by the tail (so at
    /// least two children; the tail is `Nil` for a proper list). A LIST_EXT with no elements
    /// decodes to its tail alone.
    List(Span),
    /// A proper list of bytes (STRING_EXT), kept as a span of `bytes`; never empty.
    String(Span),
    /// A binary: a span of `bytes`.
    Binary(Span),
    /// A bitstring whose last byte holds only `bits` (1..=7) bits, kept in its high bits.
    BitBinary {
        /// All bytes, the last one partial.
        bytes: Span,
        /// Bits used in the last byte.
        bits: u8,
    },
    /// A map: a span of `children` holding key, value, key, value, ...
    Map(Span),
    /// A local fun: fixed fields in `funs[info]`; `children` holds module, old index, old uniq,
    /// creator pid, then the captured free variables.
    Fun {
        /// Index into the arena's fun headers.
        info: u32,
        /// Module, old index, old uniq, pid, free variables.
        children: Span,
    },
    /// An external fun `fun M:F/A`.
    Export {
        /// The module atom node.
        module: NodeId,
        /// The function atom node.
        function: NodeId,
        /// The arity (any non-negative 32-bit integer is accepted, as in erl).
        arity: u32,
    },
    /// A process identifier.
    Pid {
        /// The node-name atom node.
        node: NodeId,
        /// Process number.
        id: u32,
        /// Serial number.
        serial: u32,
        /// Node incarnation.
        creation: u32,
    },
    /// A port identifier.
    Port {
        /// The node-name atom node.
        node: NodeId,
        /// Port number.
        id: u64,
        /// Node incarnation.
        creation: u32,
    },
    /// A reference; its id words are a span of `words`.
    Ref {
        /// The node-name atom node.
        node: NodeId,
        /// Node incarnation.
        creation: u32,
        /// The id words, least significant first.
        ids: Span,
    },
}

/// The fixed fields of a local fun (NEW_FUN_EXT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FunHeader {
    /// Number of arguments the fun takes.
    pub arity: u8,
    /// MD5 of the module's code (the fun's "new uniq").
    pub uniq: [u8; 16],
    /// Index into the defining module's fun table.
    pub index: u32,
    /// Number of captured free variables.
    pub num_free: u32,
}

/// Decoded terms in post-order. One arena may hold many terms (e.g. a module's literal table);
/// each decode returns the root of the term it added.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Arena {
    pub(crate) nodes: Vec<Node>,
    pub(crate) children: Vec<NodeId>,
    pub(crate) bytes: Vec<u8>,
    pub(crate) text: String,
    pub(crate) words: Vec<u32>,
    pub(crate) funs: Vec<FunHeader>,
}

impl Arena {
    /// An empty arena.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// True when no term has been decoded into the arena.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// All nodes, children before parents.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The node at `id`.
    pub fn node(&self, id: NodeId) -> Node {
        self.nodes[id.index()]
    }

    /// The child node ids in `span` (tuple elements, list elements and tail, map pairs, fun fields).
    pub fn children(&self, span: Span) -> &[NodeId] {
        &self.children[span.range()]
    }

    /// The raw bytes in `span` (binary data, byte strings, bignum digits).
    pub fn bytes(&self, span: Span) -> &[u8] {
        &self.bytes[span.range()]
    }

    /// An atom's text.
    pub fn text(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// Reference id words in `span`.
    pub fn words(&self, span: Span) -> &[u32] {
        &self.words[span.range()]
    }

    /// The fixed fields of a fun node.
    pub fn fun_header(&self, info: u32) -> &FunHeader {
        &self.funs[info as usize]
    }

    /// The text of the atom at `id`, or `None` when that node is not an atom.
    pub fn atom(&self, id: NodeId) -> Option<&str> {
        match self.node(id) {
            Node::Atom(s) => Some(self.text(s)),
            _ => None,
        }
    }

    /// The bignum at `id` as a `num_bigint::BigInt` (also accepts `Int` nodes).
    pub fn big_int(&self, id: NodeId) -> Option<num_bigint::BigInt> {
        match self.node(id) {
            Node::Int(i) => Some(i.into()),
            Node::Big { negative, digits } => {
                let sign = if negative {
                    num_bigint::Sign::Minus
                } else {
                    num_bigint::Sign::Plus
                };
                Some(num_bigint::BigInt::from_bytes_le(sign, self.bytes(digits)))
            }
            _ => None,
        }
    }

    pub(crate) fn push(&mut self, node: Node) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(node);
        id
    }
}
