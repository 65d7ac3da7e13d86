//! `term_to_binary/1,2`, `binary_to_term/1,2` and `erlang:external_size/1,2` over
//! [`vm::etf`].
//!
//! Pids, ports, references and funs cannot cross the codec yet (no [`ExternalTerms`]
//! provider describes them): encoding one raises `badarg`.

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::etf::{self, CodeTerms, EncodeError, EncodeOptions};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "term_to_binary", 1, term_to_binary),
    ("erlang", "term_to_binary", 2, term_to_binary_2),
    ("erlang", "binary_to_term", 1, binary_to_term),
    ("erlang", "binary_to_term", 2, binary_to_term_2),
    ("erlang", "external_size", 1, external_size),
    ("erlang", "external_size", 2, external_size_2),
];

fn encode_error(e: EncodeError) -> BifError {
    match e {
        EncodeError::SystemLimit => BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)),
        EncodeError::Unencodable(_) => BifError::BADARG,
    }
}

fn encode(p: &mut ProcessContext, t: Term, opts: &EncodeOptions) -> BifResult {
    let bytes = etf::term_to_binary(t, opts, &CodeTerms).map_err(encode_error)?;
    Ok(p.heap.binary(&bytes))
}

fn term_to_binary(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    encode(p, a[0], &EncodeOptions::default())
}

fn term_to_binary_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match EncodeOptions::from_term(a[1]) {
        Some(opts) => encode(p, a[0], &opts),
        None => badarg(),
    }
}

/// Decodes binary `bin`; with `used`, returns `{Term, BytesUsed}`.
fn decode(p: &mut ProcessContext, bin: Term, safe: bool, used: bool) -> BifResult {
    let Some(bytes) = bin
        .as_bitstring()
        .filter(|v| v.is_binary())
        .map(|v| v.to_vec())
    else {
        return badarg();
    };
    let (t, n) =
        etf::binary_to_term(&mut p.heap, &bytes, safe, &CodeTerms).map_err(|_| BifError::BADARG)?;
    if used {
        Ok(p.heap.tuple(&[t, Term::small(n as i64)]))
    } else {
        Ok(t)
    }
}

fn binary_to_term(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    decode(p, a[0], false, false)
}

fn binary_to_term_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (mut safe, mut used) = (false, false);
    let mut rest = a[1];
    while let Some((opt, tail)) = rest.as_cons() {
        match opt.as_atom().map(|x| x.text()) {
            Some("safe") => safe = true,
            Some("used") => used = true,
            _ => return badarg(),
        }
        rest = tail;
    }
    if !rest.is_nil() {
        return badarg();
    }
    decode(p, a[0], safe, used)
}

fn size_of(t: Term, opts: &EncodeOptions) -> BifResult {
    let n = etf::external_size(t, opts, &CodeTerms).map_err(encode_error)?;
    Ok(Term::small(n as i64))
}

fn external_size(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    size_of(a[0], &EncodeOptions::default())
}

fn external_size_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match EncodeOptions::from_external_size_term(a[1]) {
        Some(opts) => size_of(a[0], &opts),
        None => badarg(),
    }
}
