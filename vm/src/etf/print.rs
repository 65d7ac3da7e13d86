//! Printing arena terms in Erlang syntax, as `io:format("~w", [Term])` writes them.
//!
//! Uses a work stack of pending pieces, so printing does not recurse on the term's depth.

use std::fmt::{self, Write};

use super::arena::{Arena, Node, NodeId};

/// Adapter that formats a term of an arena with `Display`.
pub struct TermDisplay<'a> {
    /// The arena holding the term.
    pub arena: &'a Arena,
    /// The term's root.
    pub root: NodeId,
}

impl fmt::Display for TermDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_term(self.arena, self.root, f)
    }
}

enum Piece {
    Term(NodeId),
    Text(&'static str),
    /// The rest of a list after its first element: a tail to print after a `,` or `|`.
    Tail(NodeId),
}

/// Writes the term at `root` in `~w` syntax.
pub fn write_term(arena: &Arena, root: NodeId, out: &mut impl Write) -> fmt::Result {
    let mut stack = vec![Piece::Term(root)];
    while let Some(piece) = stack.pop() {
        match piece {
            Piece::Text(s) => out.write_str(s)?,
            Piece::Tail(t) => match arena.node(t) {
                Node::Nil => out.write_str("]")?,
                Node::List(span) => {
                    out.write_str(",")?;
                    let (elems, tail) = split_list(arena.children(span));
                    stack.push(Piece::Tail(tail));
                    push_separated(&mut stack, elems);
                }
                Node::String(span) => {
                    for b in arena.bytes(span) {
                        write!(out, ",{b}")?;
                    }
                    out.write_str("]")?;
                }
                _ => {
                    out.write_str("|")?;
                    stack.push(Piece::Text("]"));
                    stack.push(Piece::Term(t));
                }
            },
            Piece::Term(id) => match arena.node(id) {
                Node::Int(i) => write!(out, "{i}")?,
                Node::Big { .. } => {
                    if let Some(b) = arena.big_int(id) {
                        write!(out, "{b}")?;
                    }
                }
                Node::Float(f) => write_float(f, out)?,
                Node::Atom(s) => write_atom(arena.text(s), out)?,
                Node::Nil => out.write_str("[]")?,
                Node::Tuple(span) => {
                    out.write_str("{")?;
                    stack.push(Piece::Text("}"));
                    push_separated(&mut stack, arena.children(span));
                }
                Node::List(span) => {
                    out.write_str("[")?;
                    let (elems, tail) = split_list(arena.children(span));
                    stack.push(Piece::Tail(tail));
                    push_separated(&mut stack, elems);
                }
                Node::String(span) => {
                    out.write_str("[")?;
                    for (i, b) in arena.bytes(span).iter().enumerate() {
                        if i > 0 {
                            out.write_str(",")?;
                        }
                        write!(out, "{b}")?;
                    }
                    out.write_str("]")?;
                }
                Node::Binary(span) => write_bytes(arena.bytes(span), None, out)?,
                Node::BitBinary { bytes, bits } => {
                    write_bytes(arena.bytes(bytes), Some(bits), out)?
                }
                Node::Map(span) => {
                    out.write_str("#{")?;
                    stack.push(Piece::Text("}"));
                    let kids = arena.children(span);
                    for (i, pair) in kids.chunks_exact(2).enumerate().rev() {
                        stack.push(Piece::Term(pair[1]));
                        stack.push(Piece::Text(" => "));
                        stack.push(Piece::Term(pair[0]));
                        if i > 0 {
                            stack.push(Piece::Text(","));
                        }
                    }
                }
                Node::Fun { children, .. } => {
                    let kids = arena.children(children);
                    out.write_str("#Fun<")?;
                    stack.push(Piece::Text(">"));
                    stack.push(Piece::Term(kids[2]));
                    stack.push(Piece::Text("."));
                    stack.push(Piece::Term(kids[1]));
                    stack.push(Piece::Text("."));
                    stack.push(Piece::Term(kids[0]));
                }
                Node::Export {
                    module,
                    function,
                    arity,
                } => {
                    out.write_str("fun ")?;
                    write_atom(arena.atom(module).unwrap_or(""), out)?;
                    out.write_str(":")?;
                    write_atom(arena.atom(function).unwrap_or(""), out)?;
                    write!(out, "/{arity}")?;
                }
                Node::Pid { id, serial, .. } => write!(out, "<0.{id}.{serial}>")?,
                Node::Port { id, .. } => write!(out, "#Port<0.{id}>")?,
                Node::Ref { ids, .. } => {
                    // At least three numbers, high words first, as erl prints references.
                    let words = arena.words(ids);
                    out.write_str("#Ref<0")?;
                    for _ in words.len()..3 {
                        out.write_str(".0")?;
                    }
                    for w in words.iter().rev() {
                        write!(out, ".{w}")?;
                    }
                    out.write_str(">")?;
                }
            },
        }
    }
    Ok(())
}

/// Splits a list node's children into elements and tail.
fn split_list(kids: &[NodeId]) -> (&[NodeId], NodeId) {
    let (tail, elems) = kids.split_last().expect("a list node has a tail child");
    (elems, *tail)
}

/// Pushes `items` so they pop in order, separated by commas.
fn push_separated(stack: &mut Vec<Piece>, items: &[NodeId]) {
    for (i, &id) in items.iter().enumerate().rev() {
        stack.push(Piece::Term(id));
        if i > 0 {
            stack.push(Piece::Text(","));
        }
    }
}

fn write_bytes(bytes: &[u8], last_bits: Option<u8>, out: &mut impl Write) -> fmt::Result {
    out.write_str("<<")?;
    let n = bytes.len();
    for (i, &b) in bytes.iter().enumerate() {
        if i > 0 {
            out.write_str(",")?;
        }
        match last_bits {
            Some(bits) if i + 1 == n => write!(out, "{}:{bits}", b >> (8 - bits))?,
            _ => write!(out, "{b}")?,
        }
    }
    out.write_str(">>")
}

/// Words that must be quoted when used as atoms.
const RESERVED: &[&str] = &[
    "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case",
    "catch", "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive",
    "rem", "try", "when", "xor",
];

/// Writes an atom, quoted when it is not a plain lowercase name.
pub fn write_atom(text: &str, out: &mut impl Write) -> fmt::Result {
    let plain = text
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || ('ß'..='ÿ').contains(&c) && c != '÷')
        && text.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || c == '_'
                || c == '@'
                || (('ß'..='ÿ').contains(&c) && c != '÷')
                || (('À'..='Þ').contains(&c) && c != '×')
        })
        && !RESERVED.contains(&text);
    if plain {
        return out.write_str(text);
    }
    out.write_char('\'')?;
    for c in text.chars() {
        match c {
            '\'' => out.write_str("\\'")?,
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\t' => out.write_str("\\t")?,
            '\r' => out.write_str("\\r")?,
            '\u{8}' => out.write_str("\\b")?,
            '\u{c}' => out.write_str("\\f")?,
            '\u{b}' => out.write_str("\\v")?,
            '\u{1b}' => out.write_str("\\e")?,
            '\u{7f}' => out.write_str("\\d")?,
            c if (c as u32) < 0x20 => write!(out, "\\{:03o}", c as u32)?,
            c if (c as u32) >= 0x80 && (c as u32) < 0xa0 => write!(out, "\\{:03o}", c as u32)?,
            c if (c as u32) > 0xff => write!(out, "\\x{{{:X}}}", c as u32)?,
            c => out.write_char(c)?,
        }
    }
    out.write_char('\'')
}

/// Writes a float the way `float_to_list(F, [short])` does: the shortest digits that read back
/// as the same number, in plain or exponent form, whichever is shorter (plain on a tie).
pub fn write_float(f: f64, out: &mut impl Write) -> fmt::Result {
    // `{:e}` gives the shortest round-trip digits, e.g. "1.2345e-5" or "1e10".
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if neg { "-" } else { "" };
    // Exponent form: d.ddd e X (at least one digit after the point).
    let (first, rest) = digits.split_at(1);
    let rest = if rest.is_empty() { "0" } else { rest };
    let exp_form = format!("{sign}{first}.{rest}e{exp}");
    // Plain form: the point placed after digit number exp+1.
    let point = exp + 1;
    let plain = if point <= 0 {
        format!("{sign}0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!(
            "{sign}{}{}.0",
            digits,
            "0".repeat(point as usize - digits.len())
        )
    } else {
        let (int, frac) = digits.split_at(point as usize);
        format!("{sign}{int}.{frac}")
    };
    if exp_form.len() < plain.len() {
        out.write_str(&exp_form)
    } else {
        out.write_str(&plain)
    }
}
