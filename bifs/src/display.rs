//! `erlang:display/1` and the printer behind it: terms written as erl's emulator prints them
//! (`erts_printf`'s `%T`), with an explicit work stack.

use std::fmt::Write as _;
use std::io::Write as _;

use vm::bif::{BifResult, ProcessContext};
use vm::term::{Subtag, Term};

/// `erlang:display/1`: prints the term and a line end on stdout; returns `true`. erl writes
/// the line end as `\r\n` (its terminal output is in raw mode even with `-noshell`).
pub fn display(_p: &mut ProcessContext, args: &[Term]) -> BifResult {
    let mut text = String::new();
    write_term(&mut text, args[0]);
    text.push_str("\r\n");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    Ok(Term::TRUE)
}

/// One step of the printer's work stack.
enum Job {
    Term(Term),
    Text(&'static str),
    /// The rest of a list after its first element: `,Elem...`, `|Tail` or `]`.
    ListRest(Term),
}

/// Appends the text of `t` as `erlang:display/1` prints it.
pub fn write_term(out: &mut String, t: Term) {
    let mut stack = vec![Job::Term(t)];
    while let Some(job) = stack.pop() {
        match job {
            Job::Text(s) => out.push_str(s),
            Job::ListRest(rest) => {
                if rest.is_nil() {
                    out.push(']');
                } else if let Some((h, t)) = rest.as_cons() {
                    out.push(',');
                    stack.push(Job::ListRest(t));
                    stack.push(Job::Term(h));
                } else {
                    out.push('|');
                    stack.push(Job::Text("]"));
                    stack.push(Job::Term(rest));
                }
            }
            Job::Term(t) => write_one(out, t, &mut stack),
        }
    }
}

fn write_one(out: &mut String, t: Term, stack: &mut Vec<Job>) {
    if let Some(v) = t.as_small() {
        let _ = write!(out, "{v}");
    } else if let Some(a) = t.as_atom() {
        write_atom(out, a.text());
    } else if t.is_nil() {
        out.push_str("[]");
    } else if t.is_local_pid() {
        let _ = write!(out, "<0.{}.0>", t.immed1_payload());
    } else if t.is_local_port() {
        let _ = write!(out, "#Port<0.{}>", t.immed1_payload());
    } else if t.is_cons() {
        if let Some(s) = printable_string(t) {
            write_string(out, &s);
            return;
        }
        let (h, rest) = t.as_cons().unwrap_or((Term::NIL, Term::NIL));
        out.push('[');
        stack.push(Job::ListRest(rest));
        stack.push(Job::Term(h));
    } else if let Some(elems) = t.tuple_elements() {
        out.push('{');
        stack.push(Job::Text("}"));
        for (i, e) in elems.iter().enumerate().rev() {
            stack.push(Job::Term(*e));
            if i > 0 {
                stack.push(Job::Text(","));
            }
        }
    } else if let Some(f) = t.as_float() {
        let _ = write!(out, "{}", format_e(f));
    } else if t.is_bignum() {
        let b = vm::interp::compare::to_bigint(t).unwrap_or_default();
        let _ = write!(out, "{b}");
    } else if let Some(bits) = t.as_bitstring() {
        write_bitstring(out, &bits.to_vec(), bits.bit_len());
    } else if t.is_local_fun() {
        let entry = t.fun_code_ref().and_then(vm::code::fun_entry);
        match entry {
            Some(e) => {
                let _ = write!(out, "#Fun<{}.{}.{}>", e.module.text(), e.index, e.old_uniq);
            }
            None => out.push_str("#Fun<>"),
        }
    } else if t.is_export() {
        let e = t
            .fun_code_ref()
            .and_then(|r| u32::try_from(r).ok())
            .and_then(vm::code::export::by_index);
        match e {
            Some(e) => {
                out.push_str("fun ");
                write_atom(out, e.module.text());
                out.push(':');
                write_atom(out, e.function.text());
                let _ = write!(out, "/{}", e.arity);
            }
            None => out.push_str("fun ?"),
        }
    } else if t.boxed_subtag() == Some(Subtag::Map) {
        write_flatmap(out, t, stack);
    } else if t.boxed_subtag() == Some(Subtag::Ref) {
        out.push_str("#Ref<0.0.0.0>");
    } else {
        out.push_str("<unknown>");
    }
}

/// A flatmap: `#{K=>V,...}`.
fn write_flatmap(out: &mut String, t: Term, stack: &mut Vec<Job>) {
    let (keys, values) = t.flatmap_entries().unwrap_or((&[], &[]));
    out.push_str("#{");
    stack.push(Job::Text("}"));
    for i in (0..keys.len()).rev() {
        stack.push(Job::Term(values[i]));
        stack.push(Job::Text("=>"));
        stack.push(Job::Term(keys[i]));
        if i > 0 {
            stack.push(Job::Text(","));
        }
    }
}

/// The characters of `t` if it is a non-empty list of printable Latin-1 characters.
fn printable_string(t: Term) -> Option<String> {
    let mut s = String::new();
    let mut l = t;
    while let Some((h, rest)) = l.as_cons() {
        let c = h.as_small()?;
        let ok = (32..=126).contains(&c) || matches!(c, 8..=13 | 27);
        if !ok {
            return None;
        }
        s.push(c as u8 as char);
        l = rest;
    }
    (l.is_nil() && !s.is_empty()).then_some(s)
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{1b}' => out.push_str("\\e"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_bitstring(out: &mut String, bytes: &[u8], bits: usize) {
    let full = bits / 8;
    let rest = bits % 8;
    let printable = rest == 0 && full > 0 && bytes[..full].iter().all(|b| (32..=126).contains(b));
    out.push_str("<<");
    if printable {
        let s: String = bytes[..full].iter().map(|&b| b as char).collect();
        write_string(out, &s);
    } else {
        for (i, b) in bytes[..full].iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "{b}");
        }
        if rest > 0 {
            if full > 0 {
                out.push(',');
            }
            let v = bytes.get(full).copied().unwrap_or(0) >> (8 - rest);
            let _ = write!(out, "{v}:{rest}");
        }
    }
    out.push_str(">>");
}

/// Whether an atom needs quotes.
pub fn atom_needs_quotes(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return true;
    };
    if !first.is_ascii_lowercase() {
        return true;
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@')
    {
        return true;
    }
    matches!(
        s,
        "after"
            | "and"
            | "andalso"
            | "band"
            | "begin"
            | "bnot"
            | "bor"
            | "bsl"
            | "bsr"
            | "bxor"
            | "case"
            | "catch"
            | "cond"
            | "div"
            | "end"
            | "fun"
            | "if"
            | "let"
            | "not"
            | "of"
            | "or"
            | "orelse"
            | "receive"
            | "rem"
            | "try"
            | "when"
            | "xor"
            | "maybe"
            | "else"
    )
}

/// Appends an atom, quoted when needed.
pub fn write_atom(out: &mut String, s: &str) {
    if !atom_needs_quotes(s) {
        out.push_str(s);
        return;
    }
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out.push('\'');
}

/// A float in C's `%e` format with six decimals (`1.500000e+00`), as `display/1` prints it.
pub fn format_e(f: f64) -> String {
    let s = format!("{f:.6e}");
    // Rust prints `1.500000e0`; C prints `1.500000e+00`.
    match s.split_once('e') {
        Some((mant, exp)) => {
            let (sign, digits) = match exp.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', exp),
            };
            format!("{mant}e{sign}{digits:0>2}")
        }
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::heap::{ScratchHeap, TermAlloc};

    fn show(t: Term) -> String {
        let mut s = String::new();
        write_term(&mut s, t);
        s
    }

    #[test]
    fn prints_as_erl_display() {
        let mut h = ScratchHeap::new();
        assert_eq!(format_e(1.5), "1.500000e+00");
        assert_eq!(format_e(0.1), "1.000000e-01");
        assert_eq!(format_e(123456789.0), "1.234568e+08");
        assert_eq!(format_e(-2.0), "-2.000000e+00");
        let hi = h.charlist("hi");
        assert_eq!(show(hi), "\"hi\"");
        let l = h.list(&[Term::small(97), Term::small(128)]);
        assert_eq!(show(l), "[97,128]");
        let imp = h.list_with_tail(&[Term::small(1)], Term::small(2));
        assert_eq!(show(imp), "[1|2]");
        let hello = Term::atom(vm::atom::Atom::intern("Hello").unwrap());
        let t = h.tuple(&[hello, Term::NIL, hi]);
        assert_eq!(show(t), "{'Hello',[],\"hi\"}");
        let nl = h.charlist("a\nb");
        assert_eq!(show(nl), "\"a\\nb\"");
        let b = h.binary(&[1, 2]);
        assert_eq!(show(b), "<<1,2>>");
        let b = h.binary(b"abc");
        assert_eq!(show(b), "<<\"abc\">>");
    }
}
