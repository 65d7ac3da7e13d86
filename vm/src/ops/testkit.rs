//! Test support: running real `erl` on a batch of terms, writing terms as Erlang source text, and
//! generating random terms from a fixed seed.
//!
//! Cross-checks write their input terms to a file that `file:consult/1` reads back in erl, run one
//! `erl -noshell` per test, and compare erl's output with girder's for every term.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::Command;

use crate::atom::Atom;
use crate::heap::{ScratchHeap, TermAlloc};
use crate::term::Term;

/// Runs `erl -noshell` with `script` (an Erlang expression sequence, without the final `halt()`)
/// after binding `Terms` to the terms in `terms`, and returns erl's standard output.
///
/// Panics with a clear message when erl cannot be started or fails: these tests need erl.
pub(crate) fn run_erl_on(terms: &[Term], script: &str) -> Vec<u8> {
    let mut text = String::new();
    for &t in terms {
        write_source(t, &mut text);
        text.push_str(".\n");
    }
    run_erl_with_data(&text, script)
}

/// Like [`run_erl_on`], with the consulted file's text given directly.
pub(crate) fn run_erl_with_data(data: &str, script: &str) -> Vec<u8> {
    let dir = std::env::temp_dir();
    let unique = format!(
        "girder-ops-{}-{}.terms",
        std::process::id(),
        fastrand::u64(..)
    );
    let path = dir.join(unique);
    {
        let mut f = std::fs::File::create(&path).expect("create the terms file for erl");
        f.write_all(data.as_bytes())
            .expect("write the terms file for erl");
    }
    let full = format!(
        "{{ok, Terms}} = file:consult(\"{}\"), {script}, halt().",
        path.display()
    );
    let out = Command::new("erl")
        .args(["-noshell", "-eval", &full])
        .output()
        .expect("these tests run real erl; is Erlang/OTP 25 installed and `erl` on PATH?");
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "erl failed ({}): {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    out.stdout
}

/// Splits erl's output into one record per term: the script prints `MARK` before each record.
/// The line end (`\r\n` or `\n`) that follows each record is removed.
pub(crate) fn split_records(output: &[u8], mark: &[u8]) -> Vec<Vec<u8>> {
    let mut records = Vec::new();
    let mut rest = output;
    let first = find(rest, mark).expect("erl printed no record mark");
    rest = &rest[first + mark.len()..];
    loop {
        let end = find(rest, mark).unwrap_or(rest.len());
        let mut rec = &rest[..end];
        rec = rec
            .strip_prefix(b"\r\n")
            .or(rec.strip_prefix(b"\n"))
            .unwrap_or(rec);
        rec = rec
            .strip_suffix(b"\r\n")
            .or(rec.strip_suffix(b"\n"))
            .unwrap_or(rec);
        records.push(rec.to_vec());
        if end == rest.len() {
            break;
        }
        rest = &rest[end + mark.len()..];
    }
    records
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Writes `term` as Erlang source text that `file:consult/1` reads back as the same term.
/// Atoms are always quoted, floats written with 17 significant digits, lists element by element.
pub(crate) fn write_source(term: Term, out: &mut String) {
    enum Item {
        Term(Term),
        Text(&'static str),
    }
    let mut stack = vec![Item::Term(term)];
    while let Some(item) = stack.pop() {
        let t = match item {
            Item::Text(s) => {
                out.push_str(s);
                continue;
            }
            Item::Term(t) => t,
        };
        if let Some(v) = t.as_small() {
            let _ = write!(out, "{v}");
        } else if let Some(f) = t.as_float() {
            let _ = write!(out, "{f:.17e}");
        } else if let Some((neg, digits)) = t.bignum_digits() {
            let v = super::number::bigint_from_parts(neg, digits);
            let _ = write!(out, "{v}");
        } else if let Some(a) = t.as_atom() {
            write_quoted_atom(a, out);
        } else if t.is_nil() {
            out.push_str("[]");
        } else if t.is_cons() {
            out.push('[');
            let mut items = Vec::new();
            let mut cur = t;
            while let Some((h, tl)) = cur.as_cons() {
                items.push(h);
                cur = tl;
            }
            stack.push(Item::Text("]"));
            if !cur.is_nil() {
                stack.push(Item::Term(cur));
                stack.push(Item::Text("|"));
            }
            for (i, &h) in items.iter().enumerate().rev() {
                stack.push(Item::Term(h));
                if i > 0 {
                    stack.push(Item::Text(","));
                }
            }
        } else if let Some(elems) = t.tuple_elements() {
            out.push('{');
            stack.push(Item::Text("}"));
            for (i, &e) in elems.iter().enumerate().rev() {
                stack.push(Item::Term(e));
                if i > 0 {
                    stack.push(Item::Text(","));
                }
            }
        } else {
            panic!("write_source: no source form for {t:?}");
        }
    }
}

fn write_quoted_atom(a: Atom, out: &mut String) {
    out.push('\'');
    for c in a.text().chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            _ => {
                let _ = write!(out, "\\x{{{:X}}}", c as u32);
            }
        }
    }
    out.push('\'');
}

/// A generator of random terms from a fixed seed, biased towards the edge cases of each kind.
pub(crate) struct TermGen {
    pub rng: fastrand::Rng,
}

/// Atom texts that exercise quoting, escapes and ordering.
const ATOM_TEXTS: &[&str] = &[
    "a",
    "ok",
    "hello_world",
    "Abc",
    "hello world",
    "[]",
    "",
    "a@b",
    "é",
    "aé",
    "zz",
    "ß",
    "Ä",
    "ÿ",
    "×",
    "÷",
    "a\u{100}",
    "\u{1F600}",
    "it's",
    "back\\slash",
    "tab\tx",
    "nl\nx",
    "\u{1}\u{7f}",
    "\u{80}\u{9f}\u{a0}",
    "and",
    "a1_B2",
    "_x",
    "9a",
    "a.b",
    "true",
    "x\u{ff}",
    "\u{df}start",
    "ab",
    "aa",
    "b",
    "ä",
];

impl TermGen {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> TermGen {
        TermGen {
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    /// An integer near an interesting boundary, or a random one of random width.
    pub fn integer(&mut self, h: &mut ScratchHeap) -> Term {
        let r = &mut self.rng;
        let special: &[i128] = &[
            0,
            1,
            -1,
            255,
            256,
            (1 << 27) - 1,
            1 << 27,
            -(1 << 27),
            -(1 << 27) - 1,
            (1 << 31) - 1,
            1 << 31,
            1 << 32,
            -(1 << 32),
            (1 << 53) - 1,
            1 << 53,
            (1 << 53) + 1,
            (1 << 59) - 1,
            1 << 59,
            -(1 << 59),
            -(1 << 59) - 1,
            i64::MAX as i128,
            i64::MIN as i128,
            u64::MAX as i128,
            -(u64::MAX as i128),
            (u64::MAX as i128) + 1,
        ];
        match r.u8(0..4) {
            0 => super::number::make_i128(h, special[r.usize(0..special.len())]),
            1 => Term::small(r.i64(-1000..1000)),
            2 => {
                let bits = r.u32(1..63);
                let v = r.i64(..) >> (63 - bits);
                h.integer(v)
            }
            _ => {
                let n = r.usize(1..6);
                let digits: Vec<u64> = (0..n).map(|_| r.u64(..)).collect();
                h.bignum_from_parts(r.bool(), &digits)
            }
        }
    }

    /// A float near an interesting value, or one with random bits.
    pub fn float(&mut self, h: &mut ScratchHeap) -> Term {
        let r = &mut self.rng;
        let special = [
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.5,
            2.5,
            1.0e20,
            1.0e-5,
            1.0e-4,
            123.456,
            f64::MAX,
            f64::MIN_POSITIVE,
            5.0e-324,
            9007199254740992.0,
            9007199254740993.0,
            576460752303423488.0,
            -576460752303423488.0,
            1.0e15,
            1.0e16,
            1.0e300,
            18446744073709551616.0,
        ];
        let f = match r.u8(0..4) {
            0 => special[r.usize(0..special.len())],
            1 => r.i32(-100000..100000) as f64 / 8.0,
            2 => (r.f64() - 0.5) * 10f64.powi(r.i32(-30..30)),
            _ => loop {
                let f = f64::from_bits(r.u64(..));
                if f.is_finite() {
                    break f;
                }
            },
        };
        h.float(f)
    }

    /// An atom with a tricky text.
    pub fn atom(&mut self) -> Term {
        let text = ATOM_TEXTS[self.rng.usize(0..ATOM_TEXTS.len())];
        Term::atom(Atom::intern(text).expect("test atom"))
    }

    /// A random term of at most `depth` levels of nesting.
    pub fn term(&mut self, h: &mut ScratchHeap, depth: u32) -> Term {
        let pick = if depth == 0 {
            self.rng.u8(0..4)
        } else {
            self.rng.u8(0..9)
        };
        match pick {
            0 => self.integer(h),
            1 => self.float(h),
            2 => self.atom(),
            3 => Term::NIL,
            4 | 5 => {
                let n = self.rng.usize(0..5);
                let elems: Vec<Term> = (0..n).map(|_| self.term(h, depth - 1)).collect();
                h.tuple(&elems)
            }
            6 => {
                let n = self.rng.usize(1..5);
                let elems: Vec<Term> = (0..n).map(|_| self.term(h, depth - 1)).collect();
                let tail = if self.rng.u8(0..4) == 0 {
                    self.term(h, 0)
                } else {
                    Term::NIL
                };
                h.list_with_tail(&elems, tail)
            }
            _ => self.string(h),
        }
    }

    /// A list of small integers, often a printable string.
    pub fn string(&mut self, h: &mut ScratchHeap) -> Term {
        let n = self.rng.usize(1..8);
        let chars: Vec<Term> = (0..n)
            .map(|_| {
                let c = match self.rng.u8(0..6) {
                    0 => self.rng.i64(0..32),
                    1 => self.rng.i64(127..256),
                    2 => self.rng.i64(256..1000),
                    _ => self.rng.i64(32..127),
                };
                Term::small(c)
            })
            .collect();
        h.list(&chars)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_text_round_trips_through_erl() {
        let mut h = ScratchHeap::new();
        let mut g = TermGen::new(7);
        let terms: Vec<Term> = (0..200).map(|_| g.term(&mut h, 3)).collect();
        let out = run_erl_on(
            &terms,
            "[io:format(\"~w~n\", [erlang:phash2(T)]) || T <- Terms]",
        );
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), terms.len());
    }
}
