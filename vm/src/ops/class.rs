//! The kind of a term, as the term order, printing and hashing need to tell them apart.
//!
//! [`Class`] lists the kinds in Erlang's term order:
//! number < atom < reference < fun < port < pid < tuple < map < `[]` < list < bitstring.
//! Within "fun", local funs sort before external funs (`fun M:F/A`), as in erl.

use crate::term::{Subtag, Term};

/// The kind of a term, declared in term order (the derived `Ord` is Erlang's order of kinds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    /// A small integer, bignum or float.
    Number,
    /// An atom.
    Atom,
    /// A local or external reference.
    Ref,
    /// A local fun (closure).
    Fun,
    /// An external fun, `fun M:F/A`.
    Export,
    /// A local or external port.
    Port,
    /// A local or external pid.
    Pid,
    /// A tuple.
    Tuple,
    /// A map.
    Map,
    /// `[]`.
    Nil,
    /// A list cell.
    List,
    /// A binary or bitstring (heap, refc or sub-binary; a match context counts as one too).
    Bitstring,
    /// A word that is no Erlang value (a header, catch marker or the non-value); sorts last so
    /// that a comparison never panics on one.
    NotATerm,
}

/// The kind of `term`.
pub fn classify(term: Term) -> Class {
    if term.is_small() {
        return Class::Number;
    }
    if term.is_atom() {
        return Class::Atom;
    }
    if term.is_nil() {
        return Class::Nil;
    }
    if term.is_cons() {
        return Class::List;
    }
    if term.is_local_pid() {
        return Class::Pid;
    }
    if term.is_local_port() {
        return Class::Port;
    }
    if !term.is_boxed() {
        return Class::NotATerm;
    }
    match term.boxed_header().subtag() {
        Some(Subtag::Tuple) => Class::Tuple,
        Some(Subtag::PosBig | Subtag::NegBig | Subtag::Float) => Class::Number,
        Some(Subtag::Ref | Subtag::ExternalRef) => Class::Ref,
        Some(Subtag::Fun) => Class::Fun,
        Some(Subtag::Export) => Class::Export,
        Some(Subtag::ExternalPid) => Class::Pid,
        Some(Subtag::ExternalPort) => Class::Port,
        Some(Subtag::Map) => Class::Map,
        Some(
            Subtag::RefcBinary | Subtag::HeapBinary | Subtag::SubBinary | Subtag::MatchContext,
        ) => Class::Bitstring,
        None => Class::NotATerm,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{ScratchHeap, TermAlloc};

    #[test]
    fn classes_follow_the_term_order() {
        let mut h = ScratchHeap::new();
        let samples = [
            (Term::small(1), Class::Number),
            (h.float(1.0), Class::Number),
            (h.integer(i64::MAX), Class::Number),
            (Term::TRUE, Class::Atom),
            (Term::local_port(3), Class::Port),
            (Term::local_pid(3), Class::Pid),
            (h.tuple(&[]), Class::Tuple),
            (Term::NIL, Class::Nil),
            (h.list(&[Term::NIL]), Class::List),
            (Term::catch(1), Class::NotATerm),
        ];
        for (t, c) in samples {
            assert_eq!(classify(t), c, "{t:?}");
        }
        assert!(Class::Number < Class::Atom && Class::Atom < Class::Ref);
        assert!(Class::Ref < Class::Fun && Class::Fun < Class::Export);
        assert!(Class::Export < Class::Port && Class::Port < Class::Pid);
        assert!(Class::Pid < Class::Tuple && Class::Tuple < Class::Map);
        assert!(Class::Map < Class::Nil && Class::Nil < Class::List);
        assert!(Class::List < Class::Bitstring);
    }
}
