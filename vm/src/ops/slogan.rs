//! The text erl's `init` gives a term in the message it halts with (`init terminating in
//! do_boot (...)` on standard error): strings as their characters, atoms unquoted, numbers and
//! pids as usual, lists and tuples nested at most four deep (deeper ones become `[_]` and
//! `{_}`), any other term (binaries, maps, funs, references, ports) as nothing; the whole message
//! is cut at [`SLOGAN_LIMIT`] bytes.
//!
//! Lists are walked with explicit stacks, so a million-deep or million-long reason costs time
//! proportional to its size and no Rust recursion beyond the four levels.

use crate::term::Term;

/// The longest halt message erl prints, in bytes.
pub const SLOGAN_LIMIT: usize = 1023;

/// Nesting depth from which lists and tuples are elided.
const MAX_DEPTH: usize = 4;

/// `prefix` followed by ` (text of reason)`, cut at [`SLOGAN_LIMIT`] bytes.
pub fn halt_slogan(prefix: &str, reason: Term) -> String {
    let mut out = String::from(prefix);
    out.push_str(" (");
    write_term(reason, 0, &mut out);
    out.push(')');
    if out.len() > SLOGAN_LIMIT {
        let mut cut = SLOGAN_LIMIT;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}

/// Whether `out` is already past the limit (the rest cannot be seen).
fn full(out: &str) -> bool {
    out.len() > SLOGAN_LIMIT
}

fn write_term(t: Term, depth: usize, out: &mut String) {
    if full(out) {
        return;
    }
    if t.is_nil() || t.is_cons() {
        if depth >= MAX_DEPTH {
            out.push_str("[_]");
        } else if let Some(text) = printable_flattening(t) {
            out.push_str(&text);
        } else {
            out.push('[');
            let mut cell = t;
            let mut first = true;
            while let Some((h, tl)) = cell.as_cons() {
                if full(out) {
                    return;
                }
                if !first {
                    out.push(',');
                }
                first = false;
                write_term(h, depth + 1, out);
                cell = tl;
            }
            out.push(']');
        }
    } else if let Some(a) = t.as_atom() {
        out.push_str(a.text());
    } else if let Some(f) = t.as_float() {
        out.push_str(&crate::ops::float_format::format_scientific(f, 20));
    } else if t.is_integer() || t.is_local_pid() {
        out.push_str(&String::from_utf8_lossy(&crate::ops::print::display(t)));
    } else if let Some(elements) = t.tuple_elements() {
        if depth >= MAX_DEPTH {
            out.push_str("{_}");
            return;
        }
        out.push('{');
        for (i, &e) in elements.iter().enumerate() {
            if full(out) {
                return;
            }
            if i > 0 {
                out.push(',');
            }
            write_term(e, depth + 1, out);
        }
        out.push('}');
    }
}

/// The characters of `list` flattened (nested lists spliced in), when they are all printable
/// (32..=126, tab, newline, carriage return) and there is at least one; only the first
/// [`SLOGAN_LIMIT`] are kept.
fn printable_flattening(list: Term) -> Option<String> {
    let mut text = String::new();
    let mut count = 0usize;
    let mut stack = vec![list];
    while let Some(t) = stack.pop() {
        let mut cell = t;
        while let Some((h, tl)) = cell.as_cons() {
            if h.is_nil() || h.is_cons() {
                stack.push(tl);
                cell = h;
                continue;
            }
            let c = h
                .as_small()
                .filter(|&c| (32..=126).contains(&c) || c == 9 || c == 10 || c == 13)?;
            if text.len() <= SLOGAN_LIMIT {
                text.push(c as u8 as char);
            }
            count += 1;
            cell = tl;
        }
        if !cell.is_nil() {
            return None;
        }
    }
    (count > 0).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::Atom;
    use crate::heap::{ScratchHeap, TermAlloc};

    #[test]
    fn formats_as_init_does() {
        let mut h = ScratchHeap::new();
        let ab = h.charlist("ab");
        let c = h.charlist("c");
        let deep_chars = h.list(&[Term::NIL, ab, c]);
        let f = h.float(1.5);
        let mut nested = h.list(&[Term::small(6)]);
        for i in (1..=5).rev() {
            nested = h.list(&[Term::small(i), nested]);
        }
        let bin = h.binary(&[1]);
        let atom = Term::atom(Atom::intern("Quoted atom").unwrap());
        let t = h.tuple(&[deep_chars, atom, f, Term::small(-3), nested, bin, Term::NIL]);
        assert_eq!(
            halt_slogan("init terminating in do_boot", t),
            "init terminating in do_boot ({abc,Quoted atom,1.50000000000000000000e+00,-3,\
             [1,[2,[3,[_]]]],,[]})"
        );
    }

    #[test]
    fn deep_and_long_reasons_are_cut() {
        let mut h = ScratchHeap::new();
        let mut t = Term::atom(Atom::intern("x").unwrap());
        for _ in 0..1_000_000 {
            t = h.tuple(&[t]);
        }
        assert_eq!(halt_slogan("p", t), "p ({{{{{_}}}}})");
        let mut deep_list = Term::NIL;
        for _ in 0..1_000_000 {
            deep_list = h.list(&[deep_list, Term::small(97)]);
        }
        let s = halt_slogan("p", deep_list);
        assert_eq!(s.len(), SLOGAN_LIMIT);
        assert!(s.starts_with("p (aaaa"));
        let items: Vec<Term> = (0..100_000).map(Term::small).collect();
        let long = h.list(&items);
        assert_eq!(halt_slogan("p", long).len(), SLOGAN_LIMIT);
    }
}
