//! Erlang's total term order.
//!
//! Kinds are ordered number < atom < reference < fun < port < pid < tuple < map < `[]` < list <
//! bitstring (see [`Class`]). Within a kind:
//!
//! - numbers by value; an integer and a float are compared exactly (no rounding of big integers);
//! - atoms by their text, byte by byte in UTF-8, which is code point order;
//! - tuples by size, then element by element;
//! - lists element by element, a shorter list first, an improper tail compared as a term;
//! - maps by size, then their keys in exact order, then their values in key order;
//! - bitstrings bit by bit, then by bit length;
//! - funs by module, lambda index, unique value, then captured values; exports by module,
//!   function and arity; pids by serial, number, then node; ports by node, then number;
//!   references by node, then their numbers (see `compare_identifiers`, `compare_refs`).
//!
//! Two variants exist, as in erl. The *arithmetic* order ([`compare`], used by `<`, `==`,
//! `lists:sort/1`) has `1 == 1.0`. The *exact* order ([`compare_exact`], used for `=:=` and for
//! the order of map keys) puts every integer before every float, so `1 =/= 1.0`. Map keys are
//! always compared exactly, whatever the order of the comparison they are part of.
//!
//! The walk is iterative: nested terms push work on an explicit stack, and the comparison of two
//! hash tries is a state machine on that stack, so nesting depth costs heap, not Rust stack.

use std::cmp::Ordering;

use super::class::{classify, Class};
use super::ident;
use super::number::{BigRef, Number};
use crate::atom::Atom;
use crate::map::layout::MapNode;
use crate::map::{TrieOrder, TrieStep};
use crate::term::binary::BitSlice;
use crate::term::Term;

/// Compares two terms in the arithmetic term order (`1 == 1.0`).
pub fn compare(a: Term, b: Term) -> Ordering {
    walk(a, b, false)
}

/// Compares two terms in the exact term order (integers before floats of any value).
pub fn compare_exact(a: Term, b: Term) -> Ordering {
    walk(a, b, true)
}

/// `A == B`.
pub fn equal(a: Term, b: Term) -> bool {
    compare(a, b) == Ordering::Equal
}

/// `A =:= B`.
pub fn exact_equal(a: Term, b: Term) -> bool {
    // Two different immediates are never exactly equal.
    a == b || (!(a.is_immediate() && b.is_immediate()) && compare_exact(a, b) == Ordering::Equal)
}

/// Pending work of a comparison; each pair carries the order it is compared in (`exact`).
enum Work<'a> {
    /// Compare these two terms (skipped once a difference is known).
    Pair(Term, Term, bool),
    /// Compare these element arrays position by position (same length).
    Elements(&'a [Term], &'a [Term], bool),
    /// A comparison of two hash tries waiting for the result of the pair it asked for; values
    /// are compared in the order given.
    Tries(Box<TrieOrder>, bool),
}

/// The comparison state: pending work, and how many trie comparisons wait for results.
struct Walk<'a> {
    stack: Vec<Work<'a>>,
    tries: usize,
}

fn walk(a: Term, b: Term, exact: bool) -> Ordering {
    let mut w = Walk {
        stack: Vec::new(),
        tries: 0,
    };
    let mut result = w.shallow(a, b, exact);
    loop {
        // A difference decides, unless a trie comparison is waiting to hear about it.
        if result != Ordering::Equal && w.tries == 0 {
            return result;
        }
        match w.stack.pop() {
            None => return result,
            Some(Work::Pair(x, y, exact)) => {
                if result == Ordering::Equal {
                    result = w.shallow(x, y, exact);
                }
            }
            Some(Work::Elements(xs, ys, exact)) => {
                if result == Ordering::Equal {
                    if xs.len() > 1 {
                        w.stack.push(Work::Elements(&xs[1..], &ys[1..], exact));
                    }
                    result = w.shallow(xs[0], ys[0], exact);
                }
            }
            Some(Work::Tries(mut tries, values_exact)) => {
                w.tries -= 1;
                match tries.feed(result) {
                    TrieStep::Compare { a, b, values } => {
                        w.stack.push(Work::Tries(tries, values_exact));
                        w.tries += 1;
                        result = w.shallow(a, b, !values || values_exact);
                    }
                    TrieStep::Done(r) => result = r,
                }
            }
        }
    }
}

impl<'a> Walk<'a> {
    /// Compares what the two terms decide themselves; compound terms push their parts (first
    /// pair on top) and answer `Equal` so far.
    fn shallow(&mut self, a: Term, b: Term, exact: bool) -> Ordering {
        if a == b {
            return Ordering::Equal;
        }
        let (ca, cb) = (classify(a), classify(b));
        // Terms of different kinds are ordered by kind; numbers are one kind.
        if ca != cb {
            return ca.cmp(&cb);
        }
        match ca {
            Class::Number => match (Number::of(a), Number::of(b)) {
                (Some(x), Some(y)) => compare_numbers(x, y, exact),
                _ => a.raw().cmp(&b.raw()),
            },
            Class::Atom => match (a.as_atom(), b.as_atom()) {
                (Some(x), Some(y)) => x.text().as_bytes().cmp(y.text().as_bytes()),
                _ => Ordering::Equal,
            },
            Class::Nil => Ordering::Equal,
            Class::List => {
                let (ta, tb) = (a.tail(), b.tail());
                if ta != tb {
                    self.stack.push(Work::Pair(ta, tb, exact));
                }
                self.stack.push(Work::Pair(a.head(), b.head(), exact));
                Ordering::Equal
            }
            Class::Tuple => {
                let xs: &'a [Term] = a.tuple_elements().unwrap_or(&[]);
                let ys: &'a [Term] = b.tuple_elements().unwrap_or(&[]);
                self.elements(xs, ys, exact)
            }
            Class::Pid | Class::Port => compare_identifiers(a, b),
            Class::Ref => compare_refs(a, b),
            Class::Bitstring => match (a.as_bitstring(), b.as_bitstring()) {
                (Some(x), Some(y)) => compare_bits(&x, &y),
                _ => compare_by_identity(a, b),
            },
            Class::Fun => self.funs(a, b, exact),
            Class::Export => compare_exports(a, b),
            Class::Map => self.maps(a, b, exact),
            Class::NotATerm => compare_by_identity(a, b),
        }
    }

    /// Two term arrays: the shorter first, else element by element.
    fn elements(&mut self, xs: &'a [Term], ys: &'a [Term], exact: bool) -> Ordering {
        match xs.len().cmp(&ys.len()) {
            Ordering::Equal if !xs.is_empty() => {
                self.stack.push(Work::Elements(xs, ys, exact));
                Ordering::Equal
            }
            ord => ord,
        }
    }

    /// Closures: by defining module, lambda index, unique value, then the captured values.
    fn funs(&mut self, a: Term, b: Term, exact: bool) -> Ordering {
        let entry = |t: Term| t.fun_code_ref().and_then(crate::code::fun_entry);
        let (Some(x), Some(y)) = (entry(a), entry(b)) else {
            return compare_by_identity(a, b);
        };
        let ord = x
            .module
            .text()
            .as_bytes()
            .cmp(y.module.text().as_bytes())
            .then(x.index.cmp(&y.index))
            .then(x.old_uniq.cmp(&y.old_uniq));
        if ord != Ordering::Equal {
            return ord;
        }
        let xs: &'a [Term] = a.fun_env().unwrap_or(&[]);
        let ys: &'a [Term] = b.fun_env().unwrap_or(&[]);
        self.elements(xs, ys, exact)
    }

    /// Maps: by size, then their keys in exact order, then their values in key order (in the
    /// order of the comparison). Flatmaps hold their keys sorted, so their key tuples and value
    /// arrays are compared directly; two hash tries are compared by walking both in hash order
    /// as erl does ([`TrieOrder`]), so no key set is ever sorted.
    fn maps(&mut self, a: Term, b: Term, exact: bool) -> Ordering {
        let (Some(ma), Some(mb)) = (MapNode::of(a), MapNode::of(b)) else {
            return compare_by_identity(a, b);
        };
        let by_size = ma.size().cmp(&mb.size());
        if by_size != Ordering::Equal || ma.size() == 0 {
            return by_size;
        }
        match (ma.is_flat(), mb.is_flat()) {
            (true, true) => {
                let (vs, ws): (&'a [Term], &'a [Term]) = (ma.flat_values(), mb.flat_values());
                self.stack.push(Work::Elements(vs, ws, exact));
                let (ka, kb) = (ma.flat_keys_tuple(), mb.flat_keys_tuple());
                if ka != kb {
                    self.stack.push(Work::Pair(ka, kb, true));
                }
                Ordering::Equal
            }
            (false, false) => {
                let (tries, first) = TrieOrder::start(ma, mb);
                if let Some((x, y)) = first {
                    // The pair goes above the trie frame, so that its result reaches it.
                    self.stack.push(Work::Tries(tries, exact));
                    self.tries += 1;
                    self.stack.push(Work::Pair(x, y, true));
                }
                Ordering::Equal
            }
            // A flatmap and a trie never have the same size.
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
        }
    }
}

/// Bitstrings: bit by bit over the common length, then the shorter first.
fn compare_bits(a: &BitSlice<'_>, b: &BitSlice<'_>) -> Ordering {
    let common = a.bit_len().min(b.bit_len());
    let whole = common / 8;
    for i in 0..whole {
        match a.byte(i).cmp(&b.byte(i)) {
            Ordering::Equal => {}
            ord => return ord,
        }
    }
    for i in whole * 8..common {
        match a.bit(i).cmp(&b.bit(i)) {
            Ordering::Equal => {}
            ord => return ord,
        }
    }
    a.bit_len().cmp(&b.bit_len())
}

/// External funs: by module, function name, then arity.
fn compare_exports(a: Term, b: Term) -> Ordering {
    let entry = |t: Term| {
        t.fun_code_ref()
            .and_then(|r| u32::try_from(r).ok())
            .and_then(crate::code::export::by_index)
    };
    match (entry(a), entry(b)) {
        (Some(x), Some(y)) => x
            .module
            .text()
            .as_bytes()
            .cmp(y.module.text().as_bytes())
            .then_with(|| {
                x.function
                    .text()
                    .as_bytes()
                    .cmp(y.function.text().as_bytes())
            })
            .then(x.arity.cmp(&y.arity)),
        _ => compare_by_identity(a, b),
    }
}

/// Pids and ports, of this node or another. Pids compare by serial, then number, then node
/// (its name, then its creation); ports by node first, then number. Two local identifiers
/// compare by their immediate payload, which holds the serial above the number.
fn compare_identifiers(a: Term, b: Term) -> Ordering {
    if a.is_immediate() && b.is_immediate() {
        return a.immed1_payload().cmp(&b.immed1_payload());
    }
    if let (Some(x), Some(y)) = (ident::pid_fields(a), ident::pid_fields(b)) {
        return (x.serial, x.id)
            .cmp(&(y.serial, y.id))
            .then_with(|| compare_nodes(x.node, x.creation, y.node, y.creation));
    }
    match (ident::port_fields(a), ident::port_fields(b)) {
        (Some(x), Some(y)) => {
            compare_nodes(x.node, x.creation, y.node, y.creation).then(x.id.cmp(&y.id))
        }
        _ => compare_by_identity(a, b),
    }
}

/// Two nodes: by name, then creation.
fn compare_nodes(a: Atom, a_creation: u32, b: Atom, b_creation: u32) -> Ordering {
    if a == b {
        return a_creation.cmp(&b_creation);
    }
    a.text().as_bytes().cmp(b.text().as_bytes())
}

/// References: by node, then by their id words as one number (most significant word first,
/// so high zero words do not count: `[1,2,3]` equals `[1,2,3,0]`).
fn compare_refs(a: Term, b: Term) -> Ordering {
    if let (Some(x), Some(y)) = (a.local_ref_id(), b.local_ref_id()) {
        return x.cmp(&y);
    }
    let (Some(x), Some(y)) = (ident::ref_fields(a), ident::ref_fields(b)) else {
        return compare_by_identity(a, b);
    };
    compare_nodes(x.node, x.creation, y.node, y.creation).then_with(|| {
        let significant =
            |ids: &[u32]| ids.len() - ids.iter().rev().take_while(|&&w| w == 0).count();
        let (xs, ys) = (x.ids(), y.ids());
        let (xs, ys) = (&xs[..significant(xs)], &ys[..significant(ys)]);
        xs.len()
            .cmp(&ys.len())
            .then_with(|| xs.iter().rev().cmp(ys.iter().rev()))
    })
}

/// The order of two distinct objects whose layout is not readable here: by header, then address.
fn compare_by_identity(a: Term, b: Term) -> Ordering {
    let header = |t: Term| {
        if t.is_boxed() {
            t.boxed_header().raw()
        } else {
            0
        }
    };
    header(a)
        .cmp(&header(b))
        .then_with(|| a.raw().cmp(&b.raw()))
}

/// Compares two numbers. With `exact`, every integer sorts before every float.
pub fn compare_numbers(a: Number<'_>, b: Number<'_>, exact: bool) -> Ordering {
    use Number::{Big, Float, Small};
    match (a, b) {
        (Small(x), Small(y)) => x.cmp(&y),
        (Small(_), Big(y)) => sign_order(!y.negative),
        (Big(x), Small(_)) => sign_order(x.negative),
        (Big(x), Big(y)) => compare_bigs(x, y),
        (Float(x), Float(y)) => compare_floats(x, y),
        (Small(_) | Big(_), Float(_)) if exact => Ordering::Less,
        (Float(_), Small(_) | Big(_)) if exact => Ordering::Greater,
        (Small(x), Float(y)) => compare_i64_f64(x, y),
        (Float(x), Small(y)) => compare_i64_f64(y, x).reverse(),
        (Big(x), Float(y)) => compare_big_f64(x, y),
        (Float(x), Big(y)) => compare_big_f64(y, x).reverse(),
    }
}

/// `Less` when `less` holds, else `Greater`: the order of a small integer against a bignum.
fn sign_order(less: bool) -> Ordering {
    if less {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

fn compare_floats(x: f64, y: f64) -> Ordering {
    // Erlang floats are never NaN; -0.0 and 0.0 are equal.
    x.partial_cmp(&y).unwrap_or(Ordering::Equal)
}

fn compare_magnitudes(x: &[u64], y: &[u64]) -> Ordering {
    x.len()
        .cmp(&y.len())
        .then_with(|| x.iter().rev().cmp(y.iter().rev()))
}

fn compare_bigs(x: BigRef<'_>, y: BigRef<'_>) -> Ordering {
    match (x.negative, y.negative) {
        (false, true) => Ordering::Greater,
        (true, false) => Ordering::Less,
        (false, false) => compare_magnitudes(x.digits, y.digits),
        (true, true) => compare_magnitudes(y.digits, x.digits),
    }
}

/// Exact comparison of an integer with a finite float.
fn compare_i64_f64(i: i64, f: f64) -> Ordering {
    const TWO_63: f64 = 9223372036854775808.0;
    if f >= TWO_63 {
        return Ordering::Less;
    }
    if f < -TWO_63 {
        return Ordering::Greater;
    }
    if f.is_nan() {
        return Ordering::Less;
    }
    let whole = f.trunc();
    // |whole| <= 2^63 and whole is an integer, so the conversion is exact.
    match i.cmp(&(whole as i64)) {
        Ordering::Equal => {
            if f > whole {
                Ordering::Less
            } else if f < whole {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        }
        ord => ord,
    }
}

/// Exact comparison of a bignum with a finite float.
fn compare_big_f64(big: BigRef<'_>, f: f64) -> Ordering {
    let f_negative = f < 0.0;
    if f == 0.0 || f.is_nan() || big.negative != f_negative {
        return sign_order(big.negative);
    }
    let magnitude = compare_big_magnitude_f64(big, f.abs());
    if big.negative {
        magnitude.reverse()
    } else {
        magnitude
    }
}

/// Compares a bignum's magnitude (at least 2^59) with a positive finite float.
fn compare_big_magnitude_f64(big: BigRef<'_>, af: f64) -> Ordering {
    if af.is_infinite() {
        return Ordering::Less;
    }
    let bits = af.to_bits();
    let biased = (bits >> 52) as i64 & 0x7FF;
    if biased < 1023 {
        // af < 1
        return Ordering::Greater;
    }
    // af is in [2^(biased-1023), 2^(biased-1022)): its integer part has this many bits.
    let float_bits = (biased - 1022) as u64;
    let big_bits = big.bit_length();
    if big_bits != float_bits {
        return big_bits.cmp(&float_bits);
    }
    // Same bit length, at least 60: af is an integer, mantissa << shift.
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let shift = float_bits - 53;
    let mut fd = vec![0u64; big.digits.len()];
    let word = (shift / 64) as usize;
    let offset = shift % 64;
    fd[word] |= mantissa << offset;
    if offset != 0 && offset + 53 > 64 {
        fd[word + 1] |= mantissa >> (64 - offset);
    }
    compare_magnitudes(big.digits, &fd)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::Atom;
    use crate::heap::{ScratchHeap, TermAlloc};
    use crate::ops::testkit::{run_erl_on, TermGen};
    use num_bigint::BigInt;
    use Ordering::{Equal, Greater, Less};

    fn atom(s: &str) -> Term {
        Term::atom(Atom::intern(s).unwrap())
    }

    #[test]
    fn kinds_are_ordered() {
        let mut h = ScratchHeap::new();
        let ordered = [
            Term::small(5),
            atom("a"),
            Term::local_port(1),
            Term::local_pid(1),
            h.tuple(&[]),
            Term::NIL,
            h.list(&[Term::small(1)]),
        ];
        for (i, &x) in ordered.iter().enumerate() {
            for (j, &y) in ordered.iter().enumerate() {
                assert_eq!(compare(x, y), i.cmp(&j), "{i} vs {j}");
            }
        }
    }

    #[test]
    fn numbers_compare_exactly_across_representations() {
        let mut h = ScratchHeap::new();
        let one_f = h.float(1.0);
        assert_eq!(compare(Term::small(1), one_f), Equal);
        assert_eq!(compare_exact(Term::small(1), one_f), Less);
        assert_eq!(compare_exact(one_f, Term::small(0)), Greater);
        assert!(equal(Term::small(1), one_f) && !exact_equal(Term::small(1), one_f));
        // 2^53 + 1 is not a float; the float 2^53 is smaller.
        let f53 = h.float(9007199254740992.0);
        assert_eq!(compare(Term::small((1 << 53) + 1), f53), Greater);
        assert_eq!(compare(Term::small(1 << 53), f53), Equal);
        // A bignum 2^64 + 1 against the float 2^64.
        let big = h.big_integer(&((BigInt::from(1u8) << 64) + 1));
        let f64_ = h.float(18446744073709551616.0);
        assert_eq!(compare(big, f64_), Greater);
        assert_eq!(compare(f64_, big), Less);
        let big_eq = h.big_integer(&(BigInt::from(1u8) << 64));
        assert_eq!(compare(big_eq, f64_), Equal);
        let neg_big = h.big_integer(&-(BigInt::from(1u8) << 64u32));
        let neg_f = h.float(-1.5);
        assert_eq!(compare(neg_big, neg_f), Less);
        let z = h.float(0.0);
        let nz = h.float(-0.0);
        assert!(exact_equal(z, nz));
        assert_eq!(compare(Term::small(-1), h.float(-0.5)), Less);
        assert_eq!(compare(Term::small(0), h.float(-0.5)), Greater);
    }

    #[test]
    fn lists_and_tuples_compare_elementwise() {
        let mut h = ScratchHeap::new();
        let ab = h.charlist("ab");
        let abc = h.charlist("abc");
        let b = h.charlist("b");
        assert_eq!(compare(ab, abc), Less);
        assert_eq!(compare(abc, b), Less);
        let improper = h.list_with_tail(&[Term::small(1)], Term::small(2));
        let proper = h.list(&[Term::small(1), Term::small(2)]);
        assert_eq!(compare(improper, proper), Less); // 2 (number) < [2] (list)
        let t1 = h.tuple(&[Term::small(9)]);
        let t2 = h.tuple(&[Term::small(1), Term::small(1)]);
        assert_eq!(compare(t1, t2), Less);
        assert_eq!(compare(atom("b"), atom("ab")), Greater);
        assert_eq!(compare(atom("é"), atom("z")), Greater);
    }

    #[test]
    fn deep_and_long_terms_do_not_overflow_the_stack() {
        let mut h = ScratchHeap::new();
        let build_deep = |h: &mut ScratchHeap, leaf: i64| {
            let mut t = Term::small(leaf);
            for _ in 0..1_000_000 {
                t = h.tuple(&[t]);
            }
            t
        };
        let d1 = build_deep(&mut h, 1);
        let d2 = build_deep(&mut h, 2);
        assert_eq!(compare(d1, d2), Less);
        let mut nested = Term::NIL;
        for _ in 0..1_000_000 {
            nested = h.cons(nested, Term::NIL);
        }
        let mut nested2 = Term::small(0);
        for _ in 0..1_000_000 {
            nested2 = h.cons(nested2, Term::NIL);
        }
        assert_eq!(compare(nested, nested2), Greater);
        let mut long = Term::NIL;
        let mut long2 = Term::small(7);
        for i in 0..10_000_000 {
            long = h.cons(Term::small(i % 100), long);
            long2 = h.cons(Term::small(i % 100), long2);
        }
        assert_eq!(compare(long, long2), Greater); // [] tail > 7
        assert!(equal(long, long));
    }

    /// For random pairs of terms, erl's `<`, `==` and `=:=` agree with ours.
    #[test]
    fn agrees_with_erl_on_random_pairs() {
        let mut h = ScratchHeap::new();
        let mut g = TermGen::new(0x5eed_c0de);
        let mut pairs = Vec::new();
        for i in 0..3000 {
            let a = g.term(&mut h, 3);
            // Many pairs share structure so that deep comparisons happen.
            let (a, b) = match i % 4 {
                0 => (a, a),
                1 => {
                    let (x, y) = (g.term(&mut h, 0), g.term(&mut h, 0));
                    (h.tuple(&[a, x]), h.tuple(&[a, y]))
                }
                _ => (a, g.term(&mut h, 3)),
            };
            pairs.push(h.tuple(&[a, b]));
        }
        // Same-type number pairs, to stress integer/float comparison.
        for _ in 0..3000 {
            let a = if g.rng.bool() {
                g.integer(&mut h)
            } else {
                g.float(&mut h)
            };
            let b = if g.rng.bool() {
                g.integer(&mut h)
            } else {
                g.float(&mut h)
            };
            pairs.push(h.tuple(&[a, b]));
        }
        let out = run_erl_on(
            &pairs,
            "io:put_chars([begin \
                 C = if A < B -> $<; A > B -> $>; true -> $= end, \
                 E = if A == B -> $e; true -> $n end, \
                 X = if A =:= B -> $x; true -> $n end, \
                 [C, E, X] end || {A, B} <- Terms])",
        );
        let mut ours = Vec::new();
        for &p in &pairs {
            let e = p.tuple_elements().unwrap();
            let (a, b) = (e[0], e[1]);
            ours.push(match compare(a, b) {
                Less => b'<',
                Greater => b'>',
                Equal => b'=',
            });
            ours.push(if equal(a, b) { b'e' } else { b'n' });
            ours.push(if exact_equal(a, b) { b'x' } else { b'n' });
        }
        assert_eq!(out.len(), ours.len());
        for (i, (theirs, mine)) in out.chunks(3).zip(ours.chunks(3)).enumerate() {
            assert_eq!(
                theirs,
                mine,
                "pair {i}: {:?}",
                crate::ops::print::display(pairs[i])
                    .iter()
                    .map(|&c| c as char)
                    .collect::<String>()
            );
        }
    }

    /// erl's `lists:sort/1` of random terms gives the same order as sorting with [`compare`].
    #[test]
    fn sorting_agrees_with_erl() {
        let mut h = ScratchHeap::new();
        let mut g = TermGen::new(42);
        let terms: Vec<Term> = (0..2000).map(|_| g.term(&mut h, 2)).collect();
        let list = h.list(&terms);
        let out = run_erl_on(
            &[list],
            "[L] = Terms, S = lists:sort(lists:zip(L, lists:seq(1, length(L)))), \
             io:put_chars([[integer_to_list(I), $\\n] || {_, I} <- S])",
        );
        let theirs: Vec<usize> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| l.parse::<usize>().unwrap() - 1)
            .collect();
        let mut ours: Vec<usize> = (0..terms.len()).collect();
        // lists:sort on {Term, Index} pairs: ties broken by index, which a stable sort keeps.
        ours.sort_by(|&i, &j| compare(terms[i], terms[j]));
        assert_eq!(theirs, ours);
    }
}
