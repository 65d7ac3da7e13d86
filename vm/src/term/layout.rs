//! Which words of a boxed object are terms: the one rule every heap walk (garbage collection, term
//! copying, literal marking, heap verification) follows.
//!
//! Every boxed object is a header word followed by `arity` words, so it occupies `1 + arity` words
//! (see [`super::header`]). Of those words, a contiguous range holds terms that a walk must visit;
//! every other word is raw data (digits, bytes, sizes, code references) that a walk must never
//! interpret, even when it happens to look like a pointer:
//!
//! | kind                        | term words (indexes into the object)   |
//! |-----------------------------|----------------------------------------|
//! | tuple                       | `1 ..= arity` (all elements)           |
//! | fun                         | `2 ..= arity` (word 1 is a code reference) |
//! | map                         | `2 ..= arity` (word 1 is a raw size or bitmap word) |
//! | sub-binary, match context   | `arity` (the last word: the original binary) |
//! | everything else             | none                                   |
//!
//! Objects of a future kind must fit this table: raw words first, then terms to the end (or only the
//! last word for the binary kinds). Raw words must never hold addresses of heap objects, because a
//! moving collector would not update them; they hold offsets instead.

use super::{Header, Subtag};
use std::ops::Range;

/// The shape of a boxed object as a heap walk sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectShape {
    /// Total words, header included.
    pub words: usize,
    /// Indexes (from the header, which is index 0) of the words that hold terms.
    pub terms: Range<usize>,
}

/// The shape of the object that starts with `header`.
#[inline]
pub fn object_shape(header: Header) -> ObjectShape {
    let arity = header.arity() as usize;
    let words = 1 + arity;
    let terms = match header.subtag() {
        Some(Subtag::Tuple) => 1..words,
        Some(Subtag::Fun) | Some(Subtag::Map) => 2.min(words)..words,
        Some(Subtag::SubBinary) | Some(Subtag::MatchContext) => arity.max(1)..words,
        _ => words..words,
    };
    ObjectShape { words, terms }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_follow_the_table() {
        let t = object_shape(Header::new(Subtag::Tuple, 3));
        assert_eq!((t.words, t.terms), (4, 1..4));
        let f = object_shape(Header::new(Subtag::Fun, 5));
        assert_eq!((f.words, f.terms), (6, 2..6));
        let s = object_shape(Header::new(Subtag::SubBinary, 4));
        assert_eq!((s.words, s.terms), (5, 4..5));
        let b = object_shape(Header::new(Subtag::PosBig, 2));
        assert_eq!((b.words, b.terms.len()), (3, 0));
        let e = object_shape(Header::new(Subtag::Tuple, 0));
        assert_eq!((e.words, e.terms.len()), (1, 0));
    }
}
