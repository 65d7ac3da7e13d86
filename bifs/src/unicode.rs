//! The BIFs of module `unicode`: `characters_to_binary/2` and `characters_to_list/2` for
//! `latin1`, `unicode` and `utf8` input (other encodings continue in `unicode`'s Erlang code, as
//! in erl), and `bin_is_7bit/1`.
//!
//! Chardata is a possibly deep list of code points and binaries (UTF-8, or bytes for `latin1`),
//! with a binary allowed as a list's tail. Anything else anywhere in it is `badarg`, checked
//! before any conversion. Conversion stops at the first code point that is out of range or not
//! valid UTF-8 with `{error, Converted, Rest}`, or at input that ends inside a UTF-8 sequence
//! with `{incomplete, Converted, Bytes}`. A UTF-8 sequence may be split across binaries.
//!
//! `Rest` is built as erl builds it: the list cell where conversion stopped (for a binary, the
//! unconverted part of it in place of the binary), wrapped once per enclosing list as
//! `[Inner | TailOfThatList]`; bytes of an unfinished sequence from earlier binaries go in front.

use vm::atom::Atom;
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("unicode", "characters_to_binary", 2, characters_to_binary),
    ("unicode", "characters_to_list", 2, characters_to_list),
    ("unicode", "bin_is_7bit", 1, bin_is_7bit),
];

/// Whether a binary holds only 7-bit bytes; `false` for anything that is not a binary.
fn bin_is_7bit(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bytes = a[0].as_bitstring().and_then(|b| b.as_bytes());
    Ok(bool_term(bytes.is_some_and(|b| b.is_ascii())))
}

fn bool_term(b: bool) -> Term {
    Term::atom(if b { vm::atom::TRUE } else { vm::atom::FALSE })
}

fn characters_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    convert(p, a, "characters_to_binary_int", |p, chars| {
        let mut text = String::with_capacity(chars.len());
        text.extend(chars.iter().filter_map(|&c| char::from_u32(c)));
        p.heap.binary(text.as_bytes())
    })
}

fn characters_to_list(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    convert(p, a, "characters_to_list_int", |p, chars| {
        let items: Vec<Term> = chars.iter().map(|&c| Term::small(i64::from(c))).collect();
        p.heap.list_with_tail(&items, Term::NIL)
    })
}

/// Converts `a[0]` in encoding `a[1]`, building the converted characters with `build`; encodings
/// other than `latin1`, `unicode` and `utf8` continue in `unicode:<fallback>/2`.
fn convert(
    p: &mut ProcessContext,
    a: &[Term],
    fallback: &str,
    build: fn(&mut ProcessContext, &[u32]) -> Term,
) -> BifResult {
    let latin1 = match a[1].as_atom().map(|e| e.text()) {
        Some("latin1") => true,
        Some("unicode" | "utf8") => false,
        _ => {
            let module = Atom::intern("unicode").map_err(|_| BifError::BADARG)?;
            let function = Atom::intern(fallback).map_err(|_| BifError::BADARG)?;
            let args = p.heap.list_with_tail(&[a[0], a[1]], Term::NIL);
            return Err(BifError::TrapApply {
                module: Term::atom(module),
                function: Term::atom(function),
                args,
            });
        }
    };
    if !is_chardata(a[0]) {
        return badarg();
    }
    let mut conv = Converter {
        latin1,
        chars: Vec::new(),
        pending: Vec::new(),
    };
    let stop = conv.run(a[0]);
    let converted = build(p, &conv.chars);
    match stop {
        None => Ok(converted),
        Some(Stop::Incomplete) => {
            let bytes = p.heap.binary(&conv.pending);
            Ok(tagged(p, "incomplete", converted, bytes))
        }
        Some(Stop::Error(rest)) => {
            let rest = rest.build(p, &conv.pending);
            Ok(tagged(p, "error", converted, rest))
        }
    }
}

fn tagged(p: &mut ProcessContext, tag: &str, converted: Term, rest: Term) -> Term {
    let tag = Atom::intern(tag).map_or(Term::NIL, Term::atom);
    p.heap.tuple(&[tag, converted, rest])
}

/// Whether `t` is chardata: a binary, or a list whose elements are integers, binaries or
/// chardata lists and whose tail is `[]` or a binary.
fn is_chardata(t: Term) -> bool {
    let is_binary = |t: Term| t.as_bitstring().is_some_and(|b| b.is_binary());
    let mut work = vec![t];
    while let Some(t) = work.pop() {
        if is_binary(t) || t.is_nil() {
            continue;
        }
        if !t.is_cons() {
            return false;
        }
        let mut cell = t;
        while let Some((head, tail)) = cell.as_cons() {
            if head.is_cons() {
                work.push(head);
            } else if !(head.is_integer() || head.is_nil() || is_binary(head)) {
                return false;
            }
            cell = tail;
        }
        if !(cell.is_nil() || is_binary(cell)) {
            return false;
        }
    }
    true
}

/// Why conversion stopped early.
enum Stop {
    /// Input ended inside a UTF-8 sequence (its bytes are the converter's `pending`).
    Incomplete,
    /// Input that cannot be converted, starting where `Rest` says.
    Error(Rest),
}

/// Where conversion stopped, to rebuild the unconverted rest of the input.
struct Rest {
    /// The innermost rest: the list cell of the failing element (with a binary element replaced
    /// by its unconverted part), or the unconverted part of a binary in tail position.
    inner: RestInner,
    /// The tails of the enclosing lists, innermost last.
    outer: Vec<Term>,
}

enum RestInner {
    /// A list cell whose head failed.
    Cell(Term),
    /// Bytes `from..` of a binary that is a list element, followed by the list's `tail`.
    BinaryElement { bin: Term, from: usize, tail: Term },
    /// Bytes `from..` of a binary in tail position or at the top.
    BinaryTail { bin: Term, from: usize },
}

impl Rest {
    /// Builds the rest term; `pending` bytes of an unfinished sequence go in front.
    fn build(self, p: &mut ProcessContext, pending: &[u8]) -> Term {
        let part = |p: &mut ProcessContext, bin: Term, from: usize| {
            let bytes: Vec<u8> = bin
                .as_bitstring()
                .map(|b| (from..b.byte_len()).map(|i| b.byte(i)).collect())
                .unwrap_or_default();
            p.heap.binary(&bytes)
        };
        let mut rest = match self.inner {
            RestInner::Cell(cell) => cell,
            RestInner::BinaryElement { bin, from, tail } => {
                let b = part(p, bin, from);
                p.heap.cons(b, tail)
            }
            RestInner::BinaryTail { bin, from } => part(p, bin, from),
        };
        for &tail in self.outer.iter().rev() {
            rest = p.heap.cons(rest, tail);
        }
        if !pending.is_empty() {
            let bytes = p.heap.binary(pending);
            let wrapped = p.heap.cons(rest, Term::NIL);
            rest = p.heap.cons(bytes, wrapped);
        }
        rest
    }
}

/// The conversion state.
struct Converter {
    /// Binaries hold bytes that are code points (`latin1`), not UTF-8.
    latin1: bool,
    /// Converted code points.
    chars: Vec<u32>,
    /// Bytes of a UTF-8 sequence begun in an earlier binary.
    pending: Vec<u8>,
}

/// What a UTF-8 decoder found at the start of some bytes.
enum Utf8 {
    /// A code point and its length in bytes.
    Char(u32, usize),
    /// A valid beginning of a sequence that needs more bytes.
    Partial,
    /// Not valid UTF-8.
    Invalid,
}

/// Decodes the UTF-8 sequence at the start of `b` (non-empty), rejecting overlong forms,
/// surrogates and code points above 0x10FFFF, as erl does.
fn decode_utf8(b: &[u8]) -> Utf8 {
    let lead = b[0];
    let (len, min, init) = match lead {
        0x00..=0x7F => return Utf8::Char(u32::from(lead), 1),
        0xC2..=0xDF => (2, 0x80, u32::from(lead & 0x1F)),
        0xE0..=0xEF => (3, 0x800, u32::from(lead & 0x0F)),
        0xF0..=0xF4 => (4, 0x1_0000, u32::from(lead & 0x07)),
        _ => return Utf8::Invalid,
    };
    let mut c = init;
    for i in 1..len {
        let Some(&byte) = b.get(i) else {
            return Utf8::Partial;
        };
        if byte & 0xC0 != 0x80 {
            return Utf8::Invalid;
        }
        c = (c << 6) | u32::from(byte & 0x3F);
        // Reject as soon as the prefix cannot lead to a valid code point.
        let shift = 6 * (len - 1 - i) as u32;
        let (lo, hi) = (c << shift, (c << shift) | ((1 << shift) - 1));
        if hi < min || lo > 0x10_FFFF || (lo >= 0xD800 && hi <= 0xDFFF) {
            return Utf8::Invalid;
        }
    }
    if c < min || c > 0x10_FFFF || (0xD800..=0xDFFF).contains(&c) {
        return Utf8::Invalid;
    }
    Utf8::Char(c, len)
}

fn valid_code_point(c: i64) -> bool {
    (0..=0x10_FFFF).contains(&c) && !(0xD800..=0xDFFF).contains(&c)
}

impl Converter {
    /// Converts chardata `input`, already checked by [`is_chardata`].
    fn run(&mut self, input: Term) -> Option<Stop> {
        if !input.is_cons() {
            return self
                .binary(input, &mut |from| RestInner::BinaryTail {
                    bin: input,
                    from,
                })
                .map(|inner| {
                    Stop::Error(Rest {
                        inner,
                        outer: Vec::new(),
                    })
                })
                .or_else(|| (!self.pending.is_empty()).then_some(Stop::Incomplete));
        }
        // `levels` holds, for each enclosing list, the tail after its current element.
        let mut levels: Vec<Term> = Vec::new();
        let mut cell = input;
        loop {
            let Some((head, tail)) = cell.as_cons() else {
                // The end of a list: `[]` or a binary tail.
                if !cell.is_nil() {
                    let bin = cell;
                    let stop = self.binary(bin, &mut |from| RestInner::BinaryTail { bin, from });
                    if let Some(inner) = stop {
                        return Some(Stop::Error(Rest {
                            inner,
                            outer: levels,
                        }));
                    }
                }
                match levels.pop() {
                    Some(t) => {
                        cell = t;
                        continue;
                    }
                    None => break,
                }
            };
            if head.is_cons() {
                levels.push(tail);
                cell = head;
                continue;
            }
            if head.is_nil() {
                cell = tail;
                continue;
            }
            if let Some(c) = head.as_small() {
                let ok = if self.latin1 {
                    (0..=255).contains(&c)
                } else {
                    valid_code_point(c)
                };
                if !ok || !self.pending.is_empty() {
                    return Some(Stop::Error(Rest {
                        inner: RestInner::Cell(cell),
                        outer: levels,
                    }));
                }
                self.chars.push(c as u32);
            } else if head.is_integer() {
                // A bignum is never a code point.
                return Some(Stop::Error(Rest {
                    inner: RestInner::Cell(cell),
                    outer: levels,
                }));
            } else {
                let stop = self.binary(head, &mut |from| RestInner::BinaryElement {
                    bin: head,
                    from,
                    tail,
                });
                if let Some(inner) = stop {
                    return Some(Stop::Error(Rest {
                        inner,
                        outer: levels,
                    }));
                }
            }
            cell = tail;
        }
        (!self.pending.is_empty()).then_some(Stop::Incomplete)
    }

    /// Converts binary `bin`; on invalid input returns the rest made by `rest` from the byte
    /// offset where conversion stopped.
    fn binary(&mut self, bin: Term, rest: &mut dyn FnMut(usize) -> RestInner) -> Option<RestInner> {
        let bits = bin.as_bitstring()?;
        let bytes: Vec<u8> = match bits.as_bytes() {
            Some(b) => b.to_vec(),
            None => bits.to_vec(),
        };
        if self.latin1 {
            self.chars.extend(bytes.iter().map(|&b| u32::from(b)));
            return None;
        }
        let mut i = 0;
        // Finish a sequence begun in an earlier binary.
        if !self.pending.is_empty() {
            let before = self.pending.len();
            while i < bytes.len() {
                self.pending.push(bytes[i]);
                i += 1;
                match decode_utf8(&self.pending) {
                    Utf8::Char(c, _) => {
                        self.chars.push(c);
                        self.pending.clear();
                        break;
                    }
                    Utf8::Partial => {}
                    Utf8::Invalid => {
                        self.pending.truncate(before);
                        return Some(rest(0));
                    }
                }
            }
            if !self.pending.is_empty() {
                return None;
            }
        }
        while i < bytes.len() {
            match decode_utf8(&bytes[i..]) {
                Utf8::Char(c, len) => {
                    self.chars.push(c);
                    i += len;
                }
                Utf8::Partial => {
                    self.pending.extend_from_slice(&bytes[i..]);
                    return None;
                }
                Utf8::Invalid => return Some(rest(i)),
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_decoding_rejects_what_erl_rejects() {
        assert!(matches!(decode_utf8(&[0xC3, 0xA9]), Utf8::Char(0xE9, 2)));
        assert!(matches!(decode_utf8(&[0xE6]), Utf8::Partial));
        assert!(matches!(decode_utf8(&[0xC0, 0xAF]), Utf8::Invalid));
        assert!(matches!(decode_utf8(&[0xED, 0xA0, 0x80]), Utf8::Invalid));
        assert!(matches!(decode_utf8(&[0xED, 0xA0]), Utf8::Invalid));
        assert!(matches!(
            decode_utf8(&[0xF4, 0x90, 0x80, 0x80]),
            Utf8::Invalid
        ));
        assert!(matches!(decode_utf8(&[0xE0, 0x80]), Utf8::Invalid));
        assert!(matches!(decode_utf8(&[0xFF]), Utf8::Invalid));
        assert!(matches!(
            decode_utf8(&[0xF0, 0x9F, 0x99, 0x82]),
            Utf8::Char(0x1F642, 4)
        ));
    }
}
