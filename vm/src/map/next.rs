//! `erts_internal:map_next/3`: the resumable walk behind `maps:iterator/1`, `maps:next/1`,
//! `maps:to_list/1` and `maps:fold/3`, with erl's path encoding, batch sizes and result shapes.
//!
//! A *path* names the next leaf of a hash trie: four bits per level, the root's child index in the
//! lowest bits; past the leaf's node it continues with index 0 down to the first leaf. It is a
//! small integer, or a bignum for very deep tries. A call returns up to a batch of associations
//! and the path of the next one; the batch size comes from the caller's remaining reductions
//! (the first call of a walk returns at most [`FLATMAP_LIMIT`] associations), so the paths that
//! Erlang code sees are those erl produces for the same reductions.

use super::layout::{MapNode, FLATMAP_LIMIT};
use super::MapError;
use crate::atom::Atom;
use crate::heap::TermAlloc;
use crate::term::Term;

/// How `map_next` returns its associations.
#[derive(Clone, Copy, Debug)]
pub enum NextMode {
    /// `{K1, V1, {K2, V2, ... Tail}}` where `Tail` is `none` or `[Path | Map]`
    /// (the third argument `iterator`).
    Iterator,
    /// `[Path, Map, {Kn, Vn}, ..., {K1, V1} | Acc]`, or without `Path, Map` when the walk is
    /// complete (the third argument a list `Acc`).
    List(Term),
}

impl NextMode {
    /// The mode selected by `map_next`'s third argument: the atom `iterator` or a list.
    pub fn from_arg(arg: Term) -> Result<NextMode, MapError> {
        if arg.as_atom().is_some_and(|a| a.text() == "iterator") {
            Ok(NextMode::Iterator)
        } else if arg.is_list() {
            Ok(NextMode::List(arg))
        } else {
            Err(MapError::BadArg)
        }
    }
}

/// Path digits: four bits per level, sixteen levels per 64-bit word, lowest level first.
struct PathReader<'a> {
    current: u64,
    rest: &'a [u64],
    used_in_word: u32,
}

impl PathReader<'_> {
    /// The next level's child index.
    fn index(&self) -> usize {
        (self.current & 0xf) as usize
    }

    fn advance(&mut self) {
        self.current >>= 4;
        self.used_in_word += 1;
        if self.used_in_word == 16 {
            self.used_in_word = 0;
            match self.rest.split_first() {
                Some((&w, rest)) => {
                    self.current = w;
                    self.rest = rest;
                }
                None => self.current = 0,
            }
        }
    }
}

/// One node on the walk: its children and the index of the next child to visit.
struct Visit {
    node: MapNode,
    next: usize,
}

/// Runs `map_next(path, map, mode)` with a batch of at most `max_elements` (erl passes a quarter
/// of the remaining reductions; at least one is returned). Returns the result and the number of
/// associations taken from a trie (the caller charges four reductions for each; walking a
/// flatmap is free).
pub fn map_next(
    heap: &mut impl TermAlloc,
    path: Term,
    map: Term,
    mode: NextMode,
    max_elements: usize,
) -> Result<(Term, usize), MapError> {
    let node = MapNode::of(map).ok_or(MapError::BadArg)?;
    let none = Term::atom(Atom::intern("none").map_err(|_| MapError::SystemLimit)?);
    if node.is_flat() {
        let n = node.size();
        match path.as_small() {
            Some(p) if (0..=n as i64).contains(&p) => {}
            _ => return Err(MapError::BadArg),
        }
        let mut pairs: Vec<(Term, Term)> = node
            .flat_keys()
            .iter()
            .copied()
            .zip(node.flat_values().iter().copied())
            .collect();
        // Lists are built by consing, so key order needs the pairs last to first.
        if matches!(mode, NextMode::List(_)) {
            pairs.reverse();
        }
        return Ok((finish(heap, &pairs, mode, None, map, none), 0));
    }

    let size = node.size();
    let mut elements = max_elements.max(1).min(size);
    let (first_word, rest): (u64, &[u64]) = if let Some(p) = path.as_small() {
        // ERTS reads a small path as unsigned: a negative one becomes a huge path.
        let raw = (p as u64) & ((1 << 60) - 1);
        if raw == 0 && elements > FLATMAP_LIMIT {
            elements = FLATMAP_LIMIT;
        }
        (raw, &[])
    } else if let Some((negative, digits)) = path.bignum_digits() {
        if negative {
            return Err(MapError::BadArg);
        }
        (digits[0], &digits[1..])
    } else {
        return Err(MapError::BadArg);
    };
    let mut reader = PathReader {
        current: first_word,
        rest,
        used_in_word: 0,
    };

    let mut taken: Vec<(Term, Term)> = Vec::with_capacity(elements);
    let mut stack: Vec<Visit> = Vec::new();
    // Follow the path down to the first leaf to return.
    let mut current = node;
    loop {
        let children = current.children();
        let index = reader.index();
        if index >= children.len() {
            return Err(MapError::BadArg);
        }
        stack.push(Visit {
            node: current,
            next: index + 1,
        });
        let child = children[index];
        if let Some(pair) = child.as_cons() {
            taken.push(pair);
            elements -= 1;
            break;
        }
        current = MapNode::of(child).ok_or(MapError::BadArg)?;
        reader.advance();
    }

    // Continue depth first until the batch is full. `next` of a stacked node is the index of
    // its next unvisited child; when the batch ends, the top entry's `next` is one past the
    // child the next walk must start at.
    while let Some(mut visit) = stack.pop() {
        let children = visit.node.children();
        while visit.next < children.len() && elements > 0 {
            match children[visit.next].as_cons() {
                Some(pair) => {
                    taken.push(pair);
                    elements -= 1;
                    visit.next += 1;
                }
                None => break,
            }
        }
        if elements == 0 {
            if visit.next < children.len() {
                visit.next += 1;
                stack.push(visit);
            } else {
                while let Some(mut up) = stack.pop() {
                    if up.next < up.node.children().len() {
                        up.next += 1;
                        stack.push(up);
                        break;
                    }
                }
            }
            break;
        }
        if visit.next < children.len() {
            let child = MapNode::of(children[visit.next]).ok_or(MapError::BadArg)?;
            visit.next += 1;
            stack.push(visit);
            stack.push(Visit {
                node: child,
                next: 0,
            });
        }
    }

    let next_path = if stack.is_empty() {
        None
    } else {
        // Each stacked `next` is one past the index to record.
        let mut words: Vec<u64> = vec![0; stack.len().div_ceil(16)];
        for (level, visit) in stack.iter().enumerate() {
            words[level / 16] |= ((visit.next - 1) as u64) << (4 * (level % 16));
        }
        Some(path_term(heap, &words))
    };
    let count = taken.len();
    Ok((finish(heap, &taken, mode, next_path, map, none), count))
}

/// The path as an integer term (little-endian 64-bit words).
fn path_term(heap: &mut impl TermAlloc, words: &[u64]) -> Term {
    match words {
        [w] => heap.integer_u64(*w),
        _ => heap.bignum_from_parts(false, words),
    }
}

/// Builds the result in the shape `mode` asks for.
fn finish(
    heap: &mut impl TermAlloc,
    pairs: &[(Term, Term)],
    mode: NextMode,
    next_path: Option<Term>,
    map: Term,
    none: Term,
) -> Term {
    match mode {
        NextMode::Iterator => {
            let mut tail = match next_path {
                Some(p) => heap.cons(p, map),
                None => none,
            };
            for &(k, v) in pairs.iter().rev() {
                tail = heap.tuple(&[k, v, tail]);
            }
            tail
        }
        NextMode::List(acc) => {
            let mut res = acc;
            for &(k, v) in pairs {
                let pair = heap.tuple(&[k, v]);
                res = heap.cons(pair, res);
            }
            if let Some(p) = next_path {
                res = heap.cons(map, res);
                res = heap.cons(p, res);
            }
            res
        }
    }
}
