//! Exact term order: the order map keys are sorted in (ERTS's `CMP_TERM`, `erts_cmp` with
//! `exact` set), and the exact equality (`=:=`) map lookups use.
//!
//! It is the standard term order — number < atom < reference < fun < port < pid < tuple < map <
//! `[]` < list < bitstring — except that an integer and a float never compare equal: every integer
//! sorts before every float. Maps compare by size, then by their keys in this order, then by
//! their values in key order; two hash tries are compared by walking both in hash order as ERTS
//! does, so no key set is ever sorted.
//!
//! This module covers the map layer's needs until the general comparison of `vm::ops` (which also
//! provides the arithmetic order `==`/`<` uses) can serve them. Funs compare by the code
//! reference words girder stores, and references and pids of other nodes by their raw words: a
//! consistent total order, but not yet erl's order for those kinds.
//!
//! The walk keeps its own stack of pending comparisons, so nesting depth costs heap, not Rust
//! stack.

use super::iter::{key_hash_cmp, MapIter};
use super::layout::{raw_words, MapNode};
use crate::term::{Subtag, Term};
use std::cmp::Ordering;

/// Compares two terms in exact term order.
pub fn cmp_exact(a: Term, b: Term) -> Ordering {
    if a == b {
        return Ordering::Equal;
    }
    Comparison::default().run(a, b)
}

/// Exact equality (`=:=`).
pub fn eq_exact(a: Term, b: Term) -> bool {
    a == b || (!(a.is_immediate() && b.is_immediate()) && cmp_exact(a, b) == Ordering::Equal)
}

/// The classes of the standard term order, lowest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Class {
    Integer,
    Float,
    Atom,
    Reference,
    Fun,
    Port,
    Pid,
    Tuple,
    Map,
    Nil,
    List,
    Bitstring,
}

fn class(t: Term) -> Class {
    if t.is_small() {
        return Class::Integer;
    }
    if t.is_atom() {
        return Class::Atom;
    }
    if t.is_nil() {
        return Class::Nil;
    }
    if t.is_cons() {
        return Class::List;
    }
    if t.is_local_pid() {
        return Class::Pid;
    }
    if t.is_local_port() {
        return Class::Port;
    }
    match t.boxed_subtag() {
        Some(Subtag::Tuple) => Class::Tuple,
        Some(Subtag::PosBig | Subtag::NegBig) => Class::Integer,
        Some(Subtag::Float) => Class::Float,
        Some(Subtag::Ref | Subtag::ExternalRef) => Class::Reference,
        Some(Subtag::Fun | Subtag::Export) => Class::Fun,
        Some(Subtag::ExternalPort) => Class::Port,
        Some(Subtag::ExternalPid) => Class::Pid,
        Some(Subtag::Map) => Class::Map,
        Some(Subtag::HeapBinary | Subtag::RefcBinary | Subtag::SubBinary) => Class::Bitstring,
        // Match contexts and catch markers never reach term comparison; order them last.
        _ => Class::Bitstring,
    }
}

/// Pending work of a comparison.
enum Frame {
    /// Two terms still to compare (skipped once a difference is known).
    Pair(Term, Term),
    /// A comparison of two hash tries, waiting for the result of the pair it asked for.
    Tries(Box<TrieComparison>),
}

#[derive(Default)]
struct Comparison {
    stack: Vec<Frame>,
    /// Number of `Frame::Tries` on the stack.
    tries: usize,
}

impl Comparison {
    fn run(mut self, a: Term, b: Term) -> Ordering {
        let mut result = self.shallow(a, b);
        loop {
            if result != Ordering::Equal && self.tries == 0 {
                return result;
            }
            match self.stack.pop() {
                None => return result,
                Some(Frame::Pair(x, y)) => {
                    if result == Ordering::Equal {
                        result = self.shallow(x, y);
                    }
                }
                Some(Frame::Tries(mut state)) => {
                    self.tries -= 1;
                    match state.feed(result) {
                        Step::Compare(x, y) => {
                            self.stack.push(Frame::Tries(state));
                            self.tries += 1;
                            result = self.shallow(x, y);
                        }
                        Step::Done(r) => result = r,
                    }
                }
            }
        }
    }

    /// Compares what can be decided from the two terms themselves; pushes the pairs of sub-terms
    /// still to compare (first pair on top) and answers `Equal` when more work decides.
    fn shallow(&mut self, a: Term, b: Term) -> Ordering {
        if a == b {
            return Ordering::Equal;
        }
        let (ca, cb) = (class(a), class(b));
        if ca != cb {
            return ca.cmp(&cb);
        }
        match ca {
            Class::Integer => cmp_integers(a, b),
            Class::Float => {
                let (x, y) = (a.as_float().unwrap_or(0.0), b.as_float().unwrap_or(0.0));
                x.partial_cmp(&y).unwrap_or(Ordering::Equal)
            }
            Class::Atom => {
                let (x, y) = (a.as_atom(), b.as_atom());
                match (x, y) {
                    (Some(x), Some(y)) => x.text().cmp(y.text()),
                    _ => Ordering::Equal,
                }
            }
            Class::Nil => Ordering::Equal,
            Class::List => {
                self.stack.push(Frame::Pair(a.tail(), b.tail()));
                self.stack.push(Frame::Pair(a.head(), b.head()));
                Ordering::Equal
            }
            Class::Tuple => {
                let (x, y) = (
                    a.tuple_elements().unwrap_or(&[]),
                    b.tuple_elements().unwrap_or(&[]),
                );
                x.len().cmp(&y.len()).then_with(|| {
                    self.push_pairs(x, y);
                    Ordering::Equal
                })
            }
            Class::Map => self.maps(a, b),
            Class::Bitstring => cmp_bitstrings(a, b),
            Class::Pid | Class::Port => {
                match (a.is_immediate(), b.is_immediate()) {
                    (true, true) => a.immed1_payload().cmp(&b.immed1_payload()),
                    // Identifiers of this node sort before those of other nodes.
                    (true, false) => Ordering::Less,
                    (false, true) => Ordering::Greater,
                    (false, false) => raw_words(a).cmp(raw_words(b)),
                }
            }
            Class::Reference => {
                let (x, y) = (raw_words(a), raw_words(b));
                x.len()
                    .cmp(&y.len())
                    .then_with(|| x.iter().rev().cmp(y.iter().rev()))
            }
            Class::Fun => self.funs(a, b),
        }
    }

    /// Pushes element-wise comparisons of two equally long term arrays, first pair on top.
    fn push_pairs(&mut self, x: &[Term], y: &[Term]) {
        self.stack.extend(
            x.iter()
                .zip(y)
                .rev()
                .filter(|(p, q)| p != q)
                .map(|(&p, &q)| Frame::Pair(p, q)),
        );
    }

    fn funs(&mut self, a: Term, b: Term) -> Ordering {
        match (a.is_export(), b.is_export()) {
            (false, true) => Ordering::Less,
            (true, false) => Ordering::Greater,
            (true, true) => a.fun_code_ref().cmp(&b.fun_code_ref()),
            (false, false) => {
                let (ea, eb) = (a.fun_env().unwrap_or(&[]), b.fun_env().unwrap_or(&[]));
                a.fun_code_ref()
                    .cmp(&b.fun_code_ref())
                    .then(ea.len().cmp(&eb.len()))
                    .then_with(|| {
                        self.push_pairs(ea, eb);
                        Ordering::Equal
                    })
            }
        }
    }

    fn maps(&mut self, a: Term, b: Term) -> Ordering {
        let (Some(ma), Some(mb)) = (MapNode::of(a), MapNode::of(b)) else {
            return Ordering::Equal;
        };
        let by_size = ma.size().cmp(&mb.size());
        if by_size != Ordering::Equal || ma.size() == 0 {
            return by_size;
        }
        match (ma.is_flat(), mb.is_flat()) {
            (true, true) => {
                // Keys tuple first, then the values: one term array, as ERTS compares them.
                self.push_pairs(ma.flat_values(), mb.flat_values());
                let (ka, kb) = (ma.flat_keys_tuple(), mb.flat_keys_tuple());
                if ka != kb {
                    self.stack.push(Frame::Pair(ka, kb));
                }
                Ordering::Equal
            }
            (false, false) => {
                let (state, first) = TrieComparison::start(ma, mb);
                if let Some((x, y)) = first {
                    // The pair goes above the trie frame, so that its result reaches it.
                    self.stack.push(Frame::Tries(state));
                    self.tries += 1;
                    self.stack.push(Frame::Pair(x, y));
                }
                Ordering::Equal
            }
            // A flatmap and a trie never have the same size.
            (flat_a, _) => {
                if flat_a {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
        }
    }
}

/// Compares two integers (small or bignum) by value.
fn cmp_integers(a: Term, b: Term) -> Ordering {
    match (a.as_small(), b.as_small()) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => big_sign(b).reverse(),
        (None, Some(_)) => big_sign(a),
        (None, None) => {
            let (na, da) = a.bignum_digits().unwrap_or((false, &[]));
            let (nb, db) = b.bignum_digits().unwrap_or((false, &[]));
            match (na, nb) {
                (false, true) => Ordering::Greater,
                (true, false) => Ordering::Less,
                _ => {
                    let magnitude = da
                        .len()
                        .cmp(&db.len())
                        .then_with(|| da.iter().rev().cmp(db.iter().rev()));
                    if na {
                        magnitude.reverse()
                    } else {
                        magnitude
                    }
                }
            }
        }
    }
}

/// `Greater` for a positive bignum (beyond every small), `Less` for a negative one.
fn big_sign(t: Term) -> Ordering {
    match t.bignum_digits() {
        Some((true, _)) => Ordering::Less,
        _ => Ordering::Greater,
    }
}

/// Compares bitstrings bit by bit, then by length.
fn cmp_bitstrings(a: Term, b: Term) -> Ordering {
    let (Some(x), Some(y)) = (a.as_bitstring(), b.as_bitstring()) else {
        return Ordering::Equal;
    };
    if let (Some(p), Some(q)) = (x.as_bytes(), y.as_bytes()) {
        return p.cmp(q);
    }
    let (p, q) = (x.to_vec(), y.to_vec());
    let common = x.bit_len().min(y.bit_len());
    let whole = common / 8;
    p[..whole]
        .cmp(&q[..whole])
        .then_with(|| {
            let extra = (common % 8) as u32;
            if extra == 0 {
                return Ordering::Equal;
            }
            let mask = !(0xffu8 >> extra);
            (p[whole] & mask).cmp(&(q[whole] & mask))
        })
        .then(x.bit_len().cmp(&y.bit_len()))
}

/// Where a trie comparison is: which comparison's result it is waiting for.
#[derive(Clone, Copy, Debug)]
enum TrieStep {
    Phase1KeysEqual,
    Phase1IsMinKey,
    Phase1Values,
    Phase2KeysEqual,
    Phase2MinKeyA,
    Phase2MinKeyB,
}

enum Step {
    Compare(Term, Term),
    Done(Ordering),
}

/// Compares two tries of equal size (ERTS's strategy in `erts_cmp_compound`):
///
/// Phase 1 walks both in hash order while their keys are identical, remembering the value
/// difference of the smallest key seen so far. At the first key difference, phase 2 ignores values
/// and advances whichever walk lags in hash order, skipping keys both have; a key present in only
/// one map becomes the tie-breaker if it is smaller than the current one. The map holding the
/// smallest key the other lacks is the smaller.
struct TrieComparison {
    a: MapIter,
    b: MapIter,
    ap: Option<(Term, Term)>,
    bp: Option<(Term, Term)>,
    min_key: Term,
    result: Ordering,
    state: TrieStep,
}

impl TrieComparison {
    fn start(a: MapNode, b: MapNode) -> (Box<TrieComparison>, Option<(Term, Term)>) {
        let (mut ia, mut ib) = (MapIter::new(a), MapIter::new(b));
        let (ap, bp) = (ia.next(), ib.next());
        let first = ap.zip(bp).map(|((ka, _), (kb, _))| (ka, kb));
        let state = Box::new(TrieComparison {
            a: ia,
            b: ib,
            ap,
            bp,
            min_key: Term::NIL,
            result: Ordering::Equal,
            state: TrieStep::Phase1KeysEqual,
        });
        (state, first)
    }

    fn key_a(&self) -> Term {
        self.ap.map_or(Term::NIL, |p| p.0)
    }

    fn key_b(&self) -> Term {
        self.bp.map_or(Term::NIL, |p| p.0)
    }

    fn ask(&mut self, state: TrieStep, x: Term, y: Term) -> Step {
        self.state = state;
        Step::Compare(x, y)
    }

    /// Takes the result of the comparison last asked for and says what to compare next.
    fn feed(&mut self, j: Ordering) -> Step {
        match self.state {
            TrieStep::Phase1KeysEqual => {
                if j != Ordering::Equal {
                    let (ka, kb) = (self.key_a(), self.key_b());
                    if key_hash_cmp(Some(ka), Some(kb)) == Ordering::Less {
                        self.min_key = ka;
                        self.result = Ordering::Less;
                        self.ap = self.a.next();
                    } else {
                        self.min_key = kb;
                        self.result = Ordering::Greater;
                        self.bp = self.b.next();
                    }
                    return self.phase2_loop();
                }
                if self.result != Ordering::Equal {
                    let (ka, min) = (self.key_a(), self.min_key);
                    return self.ask(TrieStep::Phase1IsMinKey, ka, min);
                }
                self.compare_values()
            }
            TrieStep::Phase1IsMinKey => {
                if j == Ordering::Less {
                    return self.compare_values();
                }
                self.phase1_loop()
            }
            TrieStep::Phase1Values => {
                if j != Ordering::Equal {
                    self.result = j;
                    self.min_key = self.key_a();
                }
                self.phase1_loop()
            }
            TrieStep::Phase2KeysEqual => {
                if j == Ordering::Equal {
                    self.ap = self.a.next();
                    self.bp = self.b.next();
                    return self.phase2_loop();
                }
                self.phase2_next()
            }
            TrieStep::Phase2MinKeyA => {
                if j == Ordering::Less {
                    self.min_key = self.key_a();
                    self.result = Ordering::Less;
                }
                self.ap = self.a.next();
                self.phase2_loop()
            }
            TrieStep::Phase2MinKeyB => {
                if j == Ordering::Less {
                    self.min_key = self.key_b();
                    self.result = Ordering::Greater;
                }
                self.bp = self.b.next();
                self.phase2_loop()
            }
        }
    }

    fn compare_values(&mut self) -> Step {
        let (va, vb) = (
            self.ap.map_or(Term::NIL, |p| p.1),
            self.bp.map_or(Term::NIL, |p| p.1),
        );
        self.ask(TrieStep::Phase1Values, va, vb)
    }

    fn phase1_loop(&mut self) -> Step {
        self.ap = self.a.next();
        self.bp = self.b.next();
        match (self.ap, self.bp) {
            (Some((ka, _)), Some((kb, _))) => self.ask(TrieStep::Phase1KeysEqual, ka, kb),
            _ => Step::Done(self.result),
        }
    }

    fn phase2_loop(&mut self) -> Step {
        match (self.ap, self.bp) {
            (Some((ka, _)), Some((kb, _))) => self.ask(TrieStep::Phase2KeysEqual, ka, kb),
            _ => self.phase2_next(),
        }
    }

    fn phase2_next(&mut self) -> Step {
        if self.ap.is_none() && self.bp.is_none() {
            return Step::Done(self.result);
        }
        let (ka, kb) = (self.ap.map(|p| p.0), self.bp.map(|p| p.0));
        let min = self.min_key;
        if key_hash_cmp(ka, kb) == Ordering::Less {
            self.ask(TrieStep::Phase2MinKeyA, self.key_a(), min)
        } else {
            self.ask(TrieStep::Phase2MinKeyB, self.key_b(), min)
        }
    }
}
