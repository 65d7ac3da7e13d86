//! The BIFs of module `binary` (the rest of `binary.erl`, such as `replace/3,4`, is Erlang code
//! built on these): searching (`match`, `matches`, `split`, `compile_pattern`), parts and bytes
//! (`part`, `at`, `first`, `last`, `bin_to_list`, `list_to_bin`, `copy`,
//! `referenced_byte_size`), common prefixes and suffixes, and unsigned integer encoding.

use num_bigint::{BigInt, Sign};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::number::make_integer;
use vm::term::magic::{make_magic_ref, MagicObject};
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("binary", "match", 2, match_2),
    ("binary", "match", 3, match_3),
    ("binary", "matches", 2, matches_2),
    ("binary", "matches", 3, matches_3),
    ("binary", "split", 2, split_2),
    ("binary", "split", 3, split_3),
    ("binary", "compile_pattern", 1, compile_pattern),
    ("binary", "at", 2, at),
    ("binary", "first", 1, first),
    ("binary", "last", 1, last),
    ("binary", "copy", 1, copy_1),
    ("binary", "copy", 2, copy_2),
    ("binary", "referenced_byte_size", 1, referenced_byte_size),
    ("binary", "longest_common_prefix", 1, longest_common_prefix),
    ("binary", "longest_common_suffix", 1, longest_common_suffix),
    ("binary", "encode_unsigned", 1, encode_unsigned_1),
    ("binary", "encode_unsigned", 2, encode_unsigned_2),
    ("binary", "decode_unsigned", 1, decode_unsigned_1),
    ("binary", "decode_unsigned", 2, decode_unsigned_2),
    ("binary", "bin_to_list", 1, bin_to_list_1),
    ("binary", "bin_to_list", 2, bin_to_list_2),
    ("binary", "bin_to_list", 3, bin_to_list_3),
    ("binary", "list_to_bin", 1, list_to_bin),
];

/// The bytes of a binary (not a bitstring with trailing bits).
fn bytes(t: Term) -> Result<Vec<u8>, BifError> {
    t.as_bitstring()
        .filter(|v| v.is_binary())
        .map(|v| v.to_vec())
        .ok_or(BifError::BADARG)
}

/// What `compile_pattern/1` makes: the checked patterns, kept in the object of a magic
/// reference. `bm` (one pattern) and `ac` (several) name erl's two search algorithms; the tag of
/// a compiled pattern tuple must match its kind.
struct CompiledPattern {
    several: bool,
    patterns: Vec<Vec<u8>>,
}

/// The search patterns of a pattern argument: a non-empty binary, a non-empty list of them, or
/// a compiled pattern (`{bm | ac, Ref}` from [`compile_pattern`]).
fn patterns(t: Term) -> Result<Vec<Vec<u8>>, BifError> {
    if let Some(&[tag, reference]) = t.tuple_elements() {
        let several = match tag.as_atom().map(|a| a.text()) {
            Some("bm") => false,
            Some("ac") => true,
            _ => return badarg(),
        };
        let object = reference.magic_object().ok_or(BifError::BADARG)?;
        return match object.get::<CompiledPattern>() {
            Some(c) if c.several == several => Ok(c.patterns.clone()),
            _ => badarg(),
        };
    }
    let mut out = Vec::new();
    if t.is_bitstring() {
        out.push(bytes(t)?);
    } else {
        let list = crate::lists::proper_list(t).ok_or(BifError::BADARG)?;
        for p in list {
            out.push(bytes(p)?);
        }
    }
    if out.is_empty() || out.iter().any(|p| p.is_empty()) {
        return badarg();
    }
    Ok(out)
}

/// Options of `match/3`, `matches/3` and `split/3`.
#[derive(Default)]
struct Options {
    scope: Option<(usize, usize)>,
    global: bool,
    trim: bool,
    trim_all: bool,
}

///
/// As in erl, the list may end in any tail once it has at least one element: the options are
/// read up to the first tail that is not a list cell.
fn options(t: Term, size: usize, split: bool) -> Result<Options, BifError> {
    let mut o = Options::default();
    if !t.is_nil() && !t.is_cons() {
        return badarg();
    }
    let mut cell = t;
    while let Some((opt, tail)) = cell.as_cons() {
        cell = tail;
        match (opt.as_atom().map(|a| a.text()), opt.tuple_elements()) {
            (Some("global"), _) if split => o.global = true,
            (Some("trim"), _) if split => o.trim = true,
            (Some("trim_all"), _) if split => o.trim_all = true,
            (_, Some(&[k, range])) if k.as_atom().is_some_and(|a| a.text() == "scope") => {
                let Some(&[s, l]) = range.tuple_elements() else {
                    return badarg();
                };
                o.scope = Some(scope(s, l, size)?);
            }
            _ => return badarg(),
        }
    }
    Ok(o)
}

/// A `{Start, Length}` part (length may be negative) as a byte range inside `size`.
fn scope(start: Term, len: Term, size: usize) -> Result<(usize, usize), BifError> {
    let (Some(s), Some(l)) = (start.as_small(), len.as_small()) else {
        return badarg();
    };
    let (from, to) = if l >= 0 { (s, s + l) } else { (s + l, s) };
    if from < 0 || to > size as i64 || s < 0 || s > size as i64 {
        return badarg();
    }
    Ok((from as usize, to as usize))
}

/// The leftmost match in `hay[from..to]`, the longest pattern among those starting there.
fn find(hay: &[u8], from: usize, to: usize, pats: &[Vec<u8>]) -> Option<(usize, usize)> {
    (from..to).find_map(|i| {
        pats.iter()
            .filter(|p| i + p.len() <= to && hay[i..i + p.len()] == p[..])
            .map(|p| p.len())
            .max()
            .map(|len| (i, len))
    })
}

/// All non-overlapping matches, left to right.
fn find_all(hay: &[u8], from: usize, to: usize, pats: &[Vec<u8>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = from;
    while let Some((pos, len)) = find(hay, at, to, pats) {
        out.push((pos, len));
        at = pos + len;
    }
    out
}

fn pos_len(p: &mut ProcessContext, (pos, len): (usize, usize)) -> Term {
    p.heap
        .tuple(&[Term::small(pos as i64), Term::small(len as i64)])
}

fn do_match(p: &mut ProcessContext, a: &[Term], opts: Term, all: bool) -> BifResult {
    let hay = bytes(a[0])?;
    let o = options(opts, hay.len(), false)?;
    // As in erl, an empty subject matches nothing whatever the pattern is (not even checked).
    let pats = if hay.is_empty() {
        Vec::new()
    } else {
        patterns(a[1])?
    };
    let (from, to) = o.scope.unwrap_or((0, hay.len()));
    if all {
        let found: Vec<Term> = find_all(&hay, from, to, &pats)
            .into_iter()
            .map(|m| pos_len(p, m))
            .collect();
        Ok(p.heap.list(&found))
    } else {
        Ok(match find(&hay, from, to, &pats) {
            Some(m) => pos_len(p, m),
            None => Term::atom(vm::atom::Atom::intern("nomatch").map_err(|_| BifError::BADARG)?),
        })
    }
}

fn match_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    do_match(p, a, Term::NIL, false)
}

fn match_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    do_match(p, a, a[2], false)
}

fn matches_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    do_match(p, a, Term::NIL, true)
}

fn matches_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    do_match(p, a, a[2], true)
}

fn do_split(p: &mut ProcessContext, a: &[Term], opts: Term) -> BifResult {
    let hay = bytes(a[0])?;
    let o = options(opts, hay.len(), true)?;
    let pats = if hay.is_empty() {
        Vec::new()
    } else {
        patterns(a[1])?
    };
    let (from, to) = o.scope.unwrap_or((0, hay.len()));
    let found = if o.global {
        find_all(&hay, from, to, &pats)
    } else {
        find(&hay, from, to, &pats).into_iter().collect()
    };
    let mut ranges = Vec::with_capacity(found.len() + 1);
    let mut start = 0;
    for (pos, len) in found {
        ranges.push((start, pos));
        start = pos + len;
    }
    ranges.push((start, hay.len()));
    if o.trim_all {
        ranges.retain(|(s, e)| s != e);
    } else if o.trim {
        while ranges.len() > 1 && ranges.last().is_some_and(|(s, e)| s == e) {
            ranges.pop();
        }
        if ranges.len() == 1 && ranges[0].0 == ranges[0].1 {
            ranges.clear();
        }
    }
    let parts: Vec<Term> = ranges
        .into_iter()
        .map(|(s, e)| crate::binary::extract(p, a[0], s, e - s))
        .collect();
    Ok(p.heap.list(&parts))
}

fn split_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    do_split(p, a, Term::NIL)
}

fn split_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    do_split(p, a, a[2])
}

/// `compile_pattern/1`: `{bm, Ref}` for one pattern, `{ac, Ref}` for several, where `Ref` is a
/// magic reference owning the checked patterns (a compiled pattern is not accepted again).
fn compile_pattern(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if a[0].is_tuple() {
        return badarg();
    }
    let patterns = patterns(a[0])?;
    let several = patterns.len() > 1;
    let object = MagicObject::new(
        vm::sched::new_ref_id(),
        CompiledPattern { several, patterns },
    );
    let reference = make_magic_ref(&mut p.heap, object);
    let tag = if several { "ac" } else { "bm" };
    let tag = vm::atom::Atom::intern(tag).map_err(|_| BifError::BADARG)?;
    Ok(p.heap.tuple(&[Term::atom(tag), reference]))
}

fn at(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = bytes(a[0])?;
    match a[1].as_small().and_then(|i| usize::try_from(i).ok()) {
        Some(i) if i < b.len() => Ok(Term::small(b[i] as i64)),
        _ => badarg(),
    }
}

fn first(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match bytes(a[0])?.first() {
        Some(&b) => Ok(Term::small(b as i64)),
        None => badarg(),
    }
}

fn last(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match bytes(a[0])?.last() {
        Some(&b) => Ok(Term::small(b as i64)),
        None => badarg(),
    }
}

fn copy_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = bytes(a[0])?;
    Ok(p.heap.binary(&b))
}

fn copy_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = bytes(a[0])?;
    let n = a[1]
        .as_small()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or(BifError::BADARG)?;
    let total = b.len().checked_mul(n).ok_or(BifError::BADARG)?;
    if total > 1 << 40 {
        return Err(BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)));
    }
    Ok(p.heap.binary(&b.repeat(n)))
}

fn referenced_byte_size(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    // Any bitstring: erl reports the size of the binary that holds its bytes.
    let (orig, _, _) = a[0].bitstring_parts().ok_or(BifError::BADARG)?;
    let n = orig.plain_bytes().map_or(0, |b| b.len());
    Ok(Term::small(n as i64))
}

fn binary_list(t: Term) -> Result<Vec<Vec<u8>>, BifError> {
    let list = crate::lists::proper_list(t).ok_or(BifError::BADARG)?;
    if list.is_empty() {
        return badarg();
    }
    list.into_iter().map(bytes).collect()
}

fn longest_common_prefix(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bins = binary_list(a[0])?;
    let n = (0..)
        .take_while(|&i| {
            let c = bins[0].get(i);
            c.is_some() && bins.iter().all(|b| b.get(i) == c)
        })
        .count();
    Ok(Term::small(n as i64))
}

fn longest_common_suffix(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bins = binary_list(a[0])?;
    let at = |b: &Vec<u8>, i: usize| b.len().checked_sub(i + 1).map(|j| b[j]);
    let n = (0..)
        .take_while(|&i| {
            let c = at(&bins[0], i);
            c.is_some() && bins.iter().all(|b| at(b, i) == c)
        })
        .count();
    Ok(Term::small(n as i64))
}

/// `big` or `little`: whether little-endian.
fn endianness(t: Term) -> Result<bool, BifError> {
    match t.as_atom().map(|a| a.text()) {
        Some("big") => Ok(false),
        Some("little") => Ok(true),
        _ => badarg(),
    }
}

fn encode_unsigned(p: &mut ProcessContext, n: Term, little: bool) -> BifResult {
    let value = vm::ops::number::Number::integer_of(n)
        .and_then(|v| v.to_bigint())
        .ok_or(BifError::BADARG)?;
    if value.sign() == Sign::Minus {
        return badarg();
    }
    let mut b = if little {
        value.to_bytes_le().1
    } else {
        value.to_bytes_be().1
    };
    if b.is_empty() {
        b.push(0);
    }
    Ok(p.heap.binary(&b))
}

fn encode_unsigned_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    encode_unsigned(p, a[0], false)
}

fn encode_unsigned_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let little = endianness(a[1])?;
    encode_unsigned(p, a[0], little)
}

fn decode_unsigned(p: &mut ProcessContext, bin: Term, little: bool) -> BifResult {
    let b = bytes(bin)?;
    let v = if little {
        BigInt::from_bytes_le(Sign::Plus, &b)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &b)
    };
    make_integer(&mut p.heap, &v).ok_or(BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)))
}

fn decode_unsigned_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    decode_unsigned(p, a[0], false)
}

fn decode_unsigned_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let little = endianness(a[1])?;
    decode_unsigned(p, a[0], little)
}

fn byte_terms(p: &mut ProcessContext, b: &[u8]) -> Term {
    let items: Vec<Term> = b.iter().map(|&x| Term::small(x as i64)).collect();
    p.heap.list(&items)
}

fn bin_to_list_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = bytes(a[0])?;
    Ok(byte_terms(p, &b))
}

fn bin_to_list_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[1].tuple_elements() {
        Some(&[s, l]) => bin_to_list_3(p, &[a[0], s, l]),
        _ => badarg(),
    }
}

fn bin_to_list_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let b = bytes(a[0])?;
    let (from, to) = scope(a[1], a[2], b.len())?;
    Ok(byte_terms(p, &b[from..to]))
}

fn list_to_bin(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !(a[0].is_cons() || a[0].is_nil()) {
        return badarg();
    }
    let mut w = vm::bits::BitWriter::default();
    match crate::binary::flatten_iolist(a[0], false, &mut w) {
        Some(()) => Ok(p.heap.binary(w.bytes())),
        None => badarg(),
    }
}
