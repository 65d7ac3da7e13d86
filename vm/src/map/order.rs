//! The order of two hash tries of equal size, as ERTS computes it (`erts_cmp_compound`), as a
//! state machine that the term comparison of [`crate::ops::compare`] drives: it asks for the
//! order of pairs of keys and values and is fed the answers, so the comparison stays on the
//! caller's explicit work stack.
//!
//! The result equals comparing the sorted key lists and then the values in key order (the map
//! holding the smallest key the other lacks is the smaller), without sorting any key set.

use super::iter::{key_hash_cmp, MapIter};
use super::layout::MapNode;
use crate::term::Term;
use std::cmp::Ordering;

/// Where a trie comparison is: which comparison's result it is waiting for.
#[derive(Clone, Copy, Debug)]
enum Phase {
    KeysEqual1,
    IsMinKey1,
    Values1,
    KeysEqual2,
    MinKeyA2,
    MinKeyB2,
}

/// What a trie comparison needs next.
pub(crate) enum TrieStep {
    /// The order of `a` and `b`: two keys (compared exactly), or two values (`values`, compared
    /// in the order of the enclosing comparison).
    Compare { a: Term, b: Term, values: bool },
    /// The order of the two maps.
    Done(Ordering),
}

/// Compares two tries of equal size (ERTS's strategy in `erts_cmp_compound`):
///
/// Phase 1 walks both in hash order while their keys are identical, remembering the value
/// difference of the smallest key seen so far. At the first key difference, phase 2 ignores values
/// and advances whichever walk lags in hash order, skipping keys both have; a key present in only
/// one map becomes the tie-breaker if it is smaller than the current one. The map holding the
/// smallest key the other lacks is the smaller.
pub(crate) struct TrieOrder {
    a: MapIter,
    b: MapIter,
    ap: Option<(Term, Term)>,
    bp: Option<(Term, Term)>,
    min_key: Term,
    result: Ordering,
    state: Phase,
}

impl TrieOrder {
    /// Starts comparing two tries of equal size; returns the first pair of keys to compare.
    pub(crate) fn start(a: MapNode, b: MapNode) -> (Box<TrieOrder>, Option<(Term, Term)>) {
        let (mut ia, mut ib) = (MapIter::new(a), MapIter::new(b));
        let (ap, bp) = (ia.next(), ib.next());
        let first = ap.zip(bp).map(|((ka, _), (kb, _))| (ka, kb));
        let state = Box::new(TrieOrder {
            a: ia,
            b: ib,
            ap,
            bp,
            min_key: Term::NIL,
            result: Ordering::Equal,
            state: Phase::KeysEqual1,
        });
        (state, first)
    }

    fn key_a(&self) -> Term {
        self.ap.map_or(Term::NIL, |p| p.0)
    }

    fn key_b(&self) -> Term {
        self.bp.map_or(Term::NIL, |p| p.0)
    }

    fn ask(&mut self, state: Phase, x: Term, y: Term) -> TrieStep {
        self.state = state;
        TrieStep::Compare {
            a: x,
            b: y,
            values: matches!(state, Phase::Values1),
        }
    }

    /// Takes the result of the comparison last asked for and says what to compare next.
    pub(crate) fn feed(&mut self, j: Ordering) -> TrieStep {
        match self.state {
            Phase::KeysEqual1 => {
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
                    return self.ask(Phase::IsMinKey1, ka, min);
                }
                self.compare_values()
            }
            Phase::IsMinKey1 => {
                if j == Ordering::Less {
                    return self.compare_values();
                }
                self.phase1_loop()
            }
            Phase::Values1 => {
                if j != Ordering::Equal {
                    self.result = j;
                    self.min_key = self.key_a();
                }
                self.phase1_loop()
            }
            Phase::KeysEqual2 => {
                if j == Ordering::Equal {
                    self.ap = self.a.next();
                    self.bp = self.b.next();
                    return self.phase2_loop();
                }
                self.phase2_next()
            }
            Phase::MinKeyA2 => {
                if j == Ordering::Less {
                    self.min_key = self.key_a();
                    self.result = Ordering::Less;
                }
                self.ap = self.a.next();
                self.phase2_loop()
            }
            Phase::MinKeyB2 => {
                if j == Ordering::Less {
                    self.min_key = self.key_b();
                    self.result = Ordering::Greater;
                }
                self.bp = self.b.next();
                self.phase2_loop()
            }
        }
    }

    fn compare_values(&mut self) -> TrieStep {
        let (va, vb) = (
            self.ap.map_or(Term::NIL, |p| p.1),
            self.bp.map_or(Term::NIL, |p| p.1),
        );
        self.ask(Phase::Values1, va, vb)
    }

    fn phase1_loop(&mut self) -> TrieStep {
        self.ap = self.a.next();
        self.bp = self.b.next();
        match (self.ap, self.bp) {
            (Some((ka, _)), Some((kb, _))) => self.ask(Phase::KeysEqual1, ka, kb),
            _ => TrieStep::Done(self.result),
        }
    }

    fn phase2_loop(&mut self) -> TrieStep {
        match (self.ap, self.bp) {
            (Some((ka, _)), Some((kb, _))) => self.ask(Phase::KeysEqual2, ka, kb),
            _ => self.phase2_next(),
        }
    }

    fn phase2_next(&mut self) -> TrieStep {
        if self.ap.is_none() && self.bp.is_none() {
            return TrieStep::Done(self.result);
        }
        let (ka, kb) = (self.ap.map(|p| p.0), self.bp.map(|p| p.0));
        let min = self.min_key;
        if key_hash_cmp(ka, kb) == Ordering::Less {
            self.ask(Phase::MinKeyA2, self.key_a(), min)
        } else {
            self.ask(Phase::MinKeyB2, self.key_b(), min)
        }
    }
}
