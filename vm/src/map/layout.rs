//! How maps are laid out on the heap, and the only code that reads or writes map objects word by
//! word.
//!
//! Every map object is a boxed object with subtag [`Subtag::Map`]; its header's arity is the number
//! of words after the header, as for every other kind. Word 1 is a raw *info word* (never a term,
//! see [`crate::term::layout`]); all later words are terms:
//!
//! ```text
//! info word = size << 18 | bitmap << 2 | kind
//! ```
//!
//! | kind            | words after the info word                    | bitmap          | size        |
//! |-----------------|----------------------------------------------|-----------------|-------------|
//! | `Flat` (0)      | keys tuple, then one value per key           | 0               | keys        |
//! | `Bitmap` (1)    | one child per set bitmap bit, lowest first   | occupied slots  | 0           |
//! | `HeadArray` (2) | 16 children, slot order                      | `0xffff`        | keys in map |
//! | `HeadBitmap` (3)| one child per set bitmap bit, lowest first   | occupied slots  | keys in map |
//!
//! The kinds are ERTS's (erl_map.h): a *flatmap* holds up to 32 keys sorted in term order, with the
//! keys in a separate tuple that maps with the same keys can share; larger maps are hash array
//! mapped tries whose root is a *head* node (the only node a map term points to) and whose inner
//! nodes are `Bitmap` nodes. A child is either a leaf — a list cell `[Key | Value]` — or a boxed
//! pointer to an inner node. A flatmap and a head node occupy exactly as many words as in ERTS; an
//! inner node has one word more (ERTS keeps the bitmap in the header word).
//!
//! The empty flatmap's keys tuple is a static empty tuple, marked as a literal so that collectors
//! and copiers leave it alone (ERTS uses a global literal in the same way).

use crate::heap::TermAlloc;
use crate::term::{Header, Subtag, Term};

/// Largest number of keys a flatmap holds; larger maps are hash tries (ERTS's
/// `MAP_SMALL_MAP_LIMIT`).
pub const FLATMAP_LIMIT: usize = 32;

/// The kind of a map object, from the low two bits of its info word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NodeKind {
    /// A flatmap: sorted keys tuple and values.
    Flat,
    /// An inner trie node with a bitmap of occupied slots.
    Bitmap,
    /// A trie root with all 16 slots occupied.
    HeadArray,
    /// A trie root with a bitmap of occupied slots.
    HeadBitmap,
}

const KIND_MASK: u64 = 0b11;
const BITMAP_SHIFT: u32 = 2;
const SIZE_SHIFT: u32 = 18;

fn info_word(kind: NodeKind, bitmap: u16, size: usize) -> u64 {
    let kind_bits = match kind {
        NodeKind::Flat => 0,
        NodeKind::Bitmap => 1,
        NodeKind::HeadArray => 2,
        NodeKind::HeadBitmap => 3,
    };
    ((size as u64) << SIZE_SHIFT) | ((bitmap as u64) << BITMAP_SHIFT) | kind_bits
}

/// A static empty tuple: the keys tuple of every empty flatmap.
static EMPTY_TUPLE: [u64; 1] = [Header::new(Subtag::Tuple, 0).raw()];

/// The shared, literal-marked empty tuple.
pub(crate) fn empty_tuple() -> Term {
    // SAFETY: `EMPTY_TUPLE` is a well-formed tuple of arity 0 that lives for the whole program;
    // the literal bit makes every collector and copier treat it as memory they do not own.
    unsafe { Term::boxed_ptr(EMPTY_TUPLE.as_ptr()) }.with_literal_bit()
}

/// A map object (a map term, or an inner node of a hash trie), read through safe accessors.
///
/// Obtained only from terms checked with [`MapNode::of`] or from a trie's children, so every
/// accessor can rely on the layout above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MapNode(Term);

impl MapNode {
    /// The map object `t` points to, if `t` is a boxed map object.
    #[inline]
    pub(crate) fn of(t: Term) -> Option<MapNode> {
        (t.boxed_subtag() == Some(Subtag::Map)).then_some(MapNode(t))
    }

    /// The term pointing to this object.
    #[inline]
    pub(crate) fn term(self) -> Term {
        self.0
    }

    /// Words after the header.
    #[inline]
    fn arity(self) -> usize {
        self.0.boxed_header().arity() as usize
    }

    #[inline]
    fn info(self) -> u64 {
        debug_assert!(self.arity() >= 1);
        // SAFETY: a map object has at least the info word after its header (layout above), and
        // boxed pointer terms point to live, well-formed objects.
        unsafe { *self.0.pointer().add(1) }
    }

    /// The node's kind.
    #[inline]
    pub(crate) fn kind(self) -> NodeKind {
        match self.info() & KIND_MASK {
            0 => NodeKind::Flat,
            1 => NodeKind::Bitmap,
            2 => NodeKind::HeadArray,
            _ => NodeKind::HeadBitmap,
        }
    }

    /// Whether this is a flatmap.
    #[inline]
    pub(crate) fn is_flat(self) -> bool {
        self.kind() == NodeKind::Flat
    }

    /// The bitmap of occupied slots (`0xffff` for a head array, 0 for a flatmap).
    #[inline]
    pub(crate) fn bitmap(self) -> u16 {
        ((self.info() >> BITMAP_SHIFT) & 0xffff) as u16
    }

    /// The number of keys of a flatmap or a trie (0 for inner nodes).
    #[inline]
    pub(crate) fn size(self) -> usize {
        (self.info() >> SIZE_SHIFT) as usize
    }

    /// The term words after the info word: a flatmap's keys tuple and values, or a trie node's
    /// children.
    #[inline]
    fn terms<'a>(self) -> &'a [Term] {
        let len = self.arity() - 1;
        // SAFETY: words 2..=arity of a map object are initialised terms (layout above); `Term` is
        // `repr(transparent)` over `u64`. Like `Term::tuple_elements`, the slice must not be held
        // across a garbage collection, which no code holding it can cause.
        unsafe { std::slice::from_raw_parts(self.0.pointer().add(2) as *const Term, len) }
    }

    /// A trie node's children, lowest slot first.
    #[inline]
    pub(crate) fn children<'a>(self) -> &'a [Term] {
        debug_assert!(!self.is_flat());
        self.terms()
    }

    /// A flatmap's keys tuple.
    #[inline]
    pub(crate) fn flat_keys_tuple(self) -> Term {
        debug_assert!(self.is_flat());
        self.terms()[0]
    }

    /// A flatmap's keys, in term order.
    #[inline]
    pub(crate) fn flat_keys<'a>(self) -> &'a [Term] {
        self.flat_keys_tuple().tuple_elements().unwrap_or(&[])
    }

    /// A flatmap's values, in the order of its keys.
    #[inline]
    pub(crate) fn flat_values<'a>(self) -> &'a [Term] {
        debug_assert!(self.is_flat());
        &self.terms()[1..]
    }
}

/// Writes a flatmap over an existing keys tuple (sorted, unique keys) and its values.
pub(crate) fn write_flatmap(heap: &mut impl TermAlloc, keys: Term, values: &[Term]) -> Term {
    debug_assert_eq!(keys.tuple_arity(), Some(values.len()));
    let words = heap.alloc_words(3 + values.len());
    words[0] = Header::new(Subtag::Map, 2 + values.len() as u64).raw();
    words[1] = info_word(NodeKind::Flat, 0, values.len());
    words[2] = keys.raw();
    for (slot, v) in words[3..].iter_mut().zip(values) {
        *slot = v.raw();
    }
    // SAFETY: a map header, a raw info word and `1 + n` initialised terms (layout above).
    unsafe { Term::boxed_ptr(words.as_ptr()) }
}

/// Writes a flatmap with a new keys tuple (keys sorted in term order and unique).
pub(crate) fn new_flatmap(heap: &mut impl TermAlloc, keys: &[Term], values: &[Term]) -> Term {
    let tuple = if keys.is_empty() {
        empty_tuple()
    } else {
        heap.tuple(keys)
    };
    write_flatmap(heap, tuple, values)
}

/// Writes a trie node of `kind` with the given bitmap, size (heads only) and children.
pub(crate) fn write_node(
    heap: &mut impl TermAlloc,
    kind: NodeKind,
    bitmap: u16,
    size: usize,
    children: &[Term],
) -> Term {
    debug_assert!(kind != NodeKind::Flat);
    debug_assert_eq!(bitmap.count_ones() as usize, children.len());
    let words = heap.alloc_words(2 + children.len());
    words[0] = Header::new(Subtag::Map, 1 + children.len() as u64).raw();
    words[1] = info_word(kind, bitmap, size);
    for (slot, c) in words[2..].iter_mut().zip(children) {
        *slot = c.raw();
    }
    // SAFETY: a map header, a raw info word and the children, all initialised terms.
    unsafe { Term::boxed_ptr(words.as_ptr()) }
}

/// Writes a trie root: a head array when all 16 slots are occupied, a head bitmap otherwise.
pub(crate) fn write_head(
    heap: &mut impl TermAlloc,
    bitmap: u16,
    size: usize,
    children: &[Term],
) -> Term {
    let kind = if bitmap == 0xffff {
        NodeKind::HeadArray
    } else {
        NodeKind::HeadBitmap
    };
    write_node(heap, kind, bitmap, size, children)
}

/// The words after a boxed object's header, uninterpreted (for hashing and ordering objects whose
/// layout girder has not fixed yet: references and external identifiers).
pub(crate) fn raw_words<'a>(t: Term) -> &'a [u64] {
    let arity = t.boxed_header().arity() as usize;
    // SAFETY: a boxed pointer term points to a header followed by `arity` initialised words,
    // which stay in place until the next garbage collection.
    unsafe { std::slice::from_raw_parts(t.pointer().add(1), arity) }
}
