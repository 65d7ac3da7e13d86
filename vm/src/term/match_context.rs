//! Match contexts: the state of a binary match in progress (`bs_start_match3` and the
//! `bs_get_*`/`bs_skip_*` instructions that follow it).
//!
//! | word | contents                                                                  |
//! |------|---------------------------------------------------------------------------|
//! | 0    | `header(MatchContext, 3)`                                                 |
//! | 1    | the current position: a bit offset into the original's bytes (raw)        |
//! | 2    | the end: the bit offset just after the last bit being matched (raw)       |
//! | 3    | the original binary: a term, a boxed pointer to a heap or refc binary     |
//!
//! Positions are offsets, never addresses, so a moving collector needs to update only the last
//! word (see [`super::layout`]). The position is updated in place as the match advances; the
//! object is private to the process that created it and never escapes into messages.

use super::{Header, Subtag, Term};
use crate::heap::TermAlloc;

/// Words of a match context object, header included.
pub const MATCH_CONTEXT_WORDS: usize = 4;

impl Term {
    /// Whether this is a match context.
    #[inline]
    pub fn is_match_context(self) -> bool {
        self.boxed_subtag() == Some(Subtag::MatchContext)
    }

    #[inline(always)]
    fn mc_word(self, i: usize) -> u64 {
        debug_assert!(self.is_match_context() && i < MATCH_CONTEXT_WORDS);
        // SAFETY: a match context term points to a live object of MATCH_CONTEXT_WORDS words.
        unsafe { *self.pointer().add(i) }
    }

    /// The current bit position of a match context.
    #[inline]
    pub fn mc_position(self) -> usize {
        self.mc_word(1) as usize
    }

    /// The end bit position of a match context.
    #[inline]
    pub fn mc_end(self) -> usize {
        self.mc_word(2) as usize
    }

    /// The original binary of a match context (a heap or refc binary).
    #[inline]
    pub fn mc_original(self) -> Term {
        // SAFETY (for `from_raw`): word 3 of a match context is a term.
        unsafe { Term::from_raw(self.mc_word(3)) }
    }

    /// Moves a match context to bit position `pos` (at most its end).
    #[inline(always)]
    pub fn mc_set_position(self, pos: usize) {
        assert!(self.is_match_context(), "not a match context");
        debug_assert!(pos <= self.mc_end());
        // SAFETY: word 1 of a live match context is a raw word; writing it changes no pointer.
        unsafe { *self.pointer().add(1) = pos as u64 }
    }
}

/// Builds match contexts in any [`TermAlloc`].
pub trait MatchContextAlloc: TermAlloc {
    /// A match context over bits `start..end` of `original`, a heap or refc binary.
    ///
    /// Panics if `original` is not one, or the range exceeds it.
    fn match_context(&mut self, original: Term, start: usize, end: usize) -> Term {
        let bytes = original
            .plain_bytes()
            .expect("a match context needs a heap or refc binary");
        assert!(
            start <= end && end <= bytes.len() * 8,
            "match range exceeds the binary"
        );
        let words = self.alloc_words(MATCH_CONTEXT_WORDS);
        words[0] = Header::new(Subtag::MatchContext, (MATCH_CONTEXT_WORDS - 1) as u64).raw();
        words[1] = start as u64;
        words[2] = end as u64;
        words[3] = original.raw();
        // SAFETY: a match context header, two raw words and the original binary term.
        unsafe { Term::boxed_ptr(words.as_ptr()) }
    }
}

impl<T: TermAlloc + ?Sized> MatchContextAlloc for T {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;

    #[test]
    fn contexts_keep_their_position() {
        let mut h = ScratchHeap::new();
        let b = h.binary(&[1, 2, 3]);
        let mc = h.match_context(b, 4, 20);
        assert!(mc.is_match_context() && !mc.is_bitstring());
        assert_eq!((mc.mc_position(), mc.mc_end()), (4, 20));
        mc.mc_set_position(12);
        assert_eq!(mc.mc_position(), 12);
        assert_eq!(mc.mc_original(), b);
    }
}
