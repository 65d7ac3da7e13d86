//! Subjects and patterns given as iodata (Latin-1) or chardata (`unicode`), read into bytes,
//! and the captured parts of a subject returned as strings or binaries.

use vm::bif::ProcessContext;
use vm::heap::TermAlloc;
use vm::term::Term;

/// The bytes of iodata (`unicode` false: integers are bytes) or chardata (`unicode` true:
/// integers are code points, written as UTF-8, and binaries must be UTF-8). `None` if `t` is
/// neither.
pub fn bytes_of(t: Term, unicode: bool) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        if let Some((h, tl)) = t.as_cons() {
            stack.push(tl);
            if let Some(c) = h.as_small() {
                if unicode {
                    let ch = char::from_u32(u32::try_from(c).ok()?)?;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                } else {
                    out.push(u8::try_from(c).ok()?);
                }
            } else {
                stack.push(h);
            }
        } else if t.is_nil() {
        } else if let Some(bytes) = t.binary_bytes() {
            if unicode && std::str::from_utf8(bytes).is_err() {
                return None;
            }
            out.extend_from_slice(bytes);
        } else {
            return None;
        }
    }
    Some(out)
}

/// A subject to match.
pub struct Subject {
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// The binary it was given as, if it was one (captured binaries are parts of it).
    binary: Option<Term>,
    /// Whether its bytes are UTF-8 (captured strings are then code points).
    unicode: bool,
}

impl Subject {
    /// Reads a subject; `None` if it is not iodata (or chardata with `unicode`).
    pub fn read(t: Term, unicode: bool) -> Option<Subject> {
        let binary = t.binary_bytes().map(|_| t);
        Some(Subject {
            bytes: bytes_of(t, unicode)?,
            binary,
            unicode,
        })
    }

    /// Bytes `a..b` as a string (code points with `unicode`, else bytes).
    pub fn list(&self, p: &mut ProcessContext, a: usize, b: usize) -> Term {
        let part = &self.bytes[a..b];
        let items: Vec<Term> = if self.unicode {
            String::from_utf8_lossy(part)
                .chars()
                .map(|c| Term::small(c as i64))
                .collect()
        } else {
            part.iter().map(|&c| Term::small(c as i64)).collect()
        };
        p.heap.list(&items)
    }

    /// Bytes `a..b` as a binary (a part of the subject when it was a binary).
    pub fn binary(&self, p: &mut ProcessContext, a: usize, b: usize) -> Term {
        match self.binary {
            Some(bin) => crate::binary::extract(p, bin, a, b - a),
            None => p.heap.binary(&self.bytes[a..b]),
        }
    }
}
