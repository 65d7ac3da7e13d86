//! The text `erlang:display/1` writes for a term, byte for byte as erl 25 writes it.
//!
//! The rules (they differ from `io:format("~p")` in several places):
//!
//! - integers in decimal; floats as C's `%.6e` (`2.500000e+00`);
//! - atoms bare when they start with a lowercase Latin-1 letter and continue with Latin-1
//!   letters, digits, `_` (no `@`); otherwise in single quotes. Reserved words are not quoted.
//!   Inside the text, `'` and `\` are escaped, `\n \f \t \r \b \v` use their escapes, other
//!   control characters (0..31 and 128..159) are written as `\ooo` in octal, and everything else
//!   is written as its UTF-8 bytes;
//! - a non-empty proper list of integers 0..255 that are all printable Latin-1 (32..126,
//!   160..255) or `\n \t \r` and space is written as a string in double quotes: `"` is escaped,
//!   a newline is written as `\n`, and every other character as one raw byte (so `[233]` is the
//!   two bytes `"` 0xE9 `"`, not UTF-8);
//! - other lists as `[A,B|T]`, tuples as `{A,B}`, with no spaces;
//! - local pids as `<0.N.S>`, local ports as `#Port<0.N>`; identifiers of other nodes with the
//!   node's channel number (the node name's atom index) in place of the 0;
//! - closures as `#Fun<Module.Index.Uniq>`, external funs as `fun M:F/A`;
//! - bitstrings as `<<"text">>` when they are non-empty binaries of printable ASCII (only `"` is
//!   escaped), otherwise as `<<1,2,3:5>>`;
//! - flatmaps as `#{K=>V,...}`; larger maps (hash tries) show their node structure, as erl's
//!   display does: `#<bitmap>{...}` for the root, `<bitmap>{...}` for inner nodes, `[K|V]` leaves.
//!
//! Objects whose layout is not readable yet print as `<KIND@ADDRESS>`. The walk is iterative.

use super::class::{classify, Class};
use super::float_format::format_scientific;
use super::ident;
use super::number::bigint_from_parts;
use crate::atom::Atom;
use crate::map::layout::{MapNode, NodeKind};
use crate::term::Term;

/// Bits of a local pid's payload that hold its number; the serial is above them.
pub const PID_NUMBER_BITS: u32 = 32;

/// The bytes `erlang:display(Term)` writes, without the line end that follows them.
pub fn display(term: Term) -> Vec<u8> {
    let mut out = Vec::new();
    display_into(term, &mut out);
    out
}

/// Appends the bytes `erlang:display(Term)` writes to `out`.
pub fn display_into(term: Term, out: &mut Vec<u8>) {
    enum Item<'a> {
        Term(Term),
        Text(&'static [u8]),
        /// The rest of a list, from this cell on, after a `,` was written.
        Cell(Term),
        /// Tuple elements (or hash trie children) still to print, separated by commas.
        Elements(&'a [Term]),
        /// Flatmap entries still to print as `K=>V`, separated by commas.
        Pairs(&'a [Term], &'a [Term]),
    }
    let mut stack: Vec<Item<'_>> = vec![Item::Term(term)];
    while let Some(item) = stack.pop() {
        let t = match item {
            Item::Text(s) => {
                out.extend_from_slice(s);
                continue;
            }
            Item::Elements(elems) => {
                if let Some((&first, rest)) = elems.split_first() {
                    if !rest.is_empty() {
                        stack.push(Item::Elements(rest));
                        stack.push(Item::Text(b","));
                    }
                    stack.push(Item::Term(first));
                }
                continue;
            }
            Item::Pairs(keys, values) => {
                if let (Some((&k, krest)), Some((&v, vrest))) =
                    (keys.split_first(), values.split_first())
                {
                    if !krest.is_empty() {
                        stack.push(Item::Pairs(krest, vrest));
                        stack.push(Item::Text(b","));
                    }
                    stack.push(Item::Term(v));
                    stack.push(Item::Text(b"=>"));
                    stack.push(Item::Term(k));
                }
                continue;
            }
            Item::Cell(cell) => {
                let (head, tail) = (cell.head(), cell.tail());
                if tail.is_cons() {
                    stack.push(Item::Cell(tail));
                    stack.push(Item::Text(b","));
                } else if !tail.is_nil() {
                    stack.push(Item::Term(tail));
                    stack.push(Item::Text(b"|"));
                }
                stack.push(Item::Term(head));
                continue;
            }
            Item::Term(t) => t,
        };
        match classify(t) {
            Class::Number => write_number(t, out),
            Class::Atom => {
                if let Some(a) = t.as_atom() {
                    write_atom(a, out);
                }
            }
            Class::Nil => out.extend_from_slice(b"[]"),
            Class::List => {
                if is_printable_string(t) {
                    write_string(t, out);
                } else {
                    out.push(b'[');
                    stack.push(Item::Text(b"]"));
                    stack.push(Item::Cell(t));
                }
            }
            Class::Tuple => {
                out.push(b'{');
                stack.push(Item::Text(b"}"));
                stack.push(Item::Elements(t.tuple_elements().unwrap_or(&[])));
            }
            Class::Pid if t.is_local_pid() => {
                let payload = t.immed1_payload();
                let number = payload & ((1u64 << PID_NUMBER_BITS) - 1);
                let serial = payload >> PID_NUMBER_BITS;
                out.extend_from_slice(format!("<0.{number}.{serial}>").as_bytes());
            }
            Class::Port if t.is_local_port() => {
                out.extend_from_slice(format!("#Port<0.{}>", t.immed1_payload()).as_bytes());
            }
            Class::Fun => write_fun(t, out),
            Class::Export => write_export(t, out),
            Class::Bitstring => write_bitstring(t, out),
            Class::Map => match MapNode::of(t) {
                Some(node) if node.is_flat() => {
                    out.extend_from_slice(b"#{");
                    stack.push(Item::Text(b"}"));
                    stack.push(Item::Pairs(node.flat_keys(), node.flat_values()));
                }
                Some(node) => {
                    // Hash tries print their node structure, as erl's display does: the root
                    // as `#<bitmap>{...}`, inner nodes as `<bitmap>{...}`, leaves as `[K|V]`.
                    let inner = node.kind() == NodeKind::Bitmap;
                    let prefix = if inner { "<" } else { "#<" };
                    out.extend_from_slice(format!("{prefix}{:x}>{{", node.bitmap()).as_bytes());
                    stack.push(Item::Text(b"}"));
                    stack.push(Item::Elements(node.children()));
                }
                None => write_unreadable(t, Class::Map, out),
            },
            Class::Ref if t.local_ref_id().is_some() => {
                let (a, b, c) = ref_parts(t.local_ref_id().unwrap_or(0));
                out.extend_from_slice(format!("#Ref<0.{a}.{b}.{c}>").as_bytes());
            }
            Class::Pid if t.external_pid().is_some() => write_identifier(t, out),
            Class::Port if t.external_port().is_some() => write_identifier(t, out),
            Class::Ref if t.external_ref().is_some() => write_identifier(t, out),
            class => write_unreadable(t, class, out),
        }
    }
}

/// A pid, port or reference of another node (or a reference of this node too wide for a local
/// reference object): `<C.N.S>`, `#Port<C.N>`, `#Ref<C.W.W.W>` with the id words from the most
/// significant, where `C` is the node's channel number (see [`ident::channel`]).
fn write_identifier(t: Term, out: &mut Vec<u8>) {
    let text = if let Some(p) = ident::pid_fields(t) {
        format!("<{}.{}.{}>", ident::channel(p.node), p.id, p.serial)
    } else if let Some(p) = ident::port_fields(t) {
        format!("#Port<{}.{}>", ident::channel(p.node), p.id)
    } else if let Some(r) = ident::ref_fields(t) {
        let mut text = format!("#Ref<{}", ident::channel(r.node));
        for w in r.ids().iter().rev() {
            text.push_str(&format!(".{w}"));
        }
        text.push('>');
        text
    } else {
        return;
    };
    out.extend_from_slice(text.as_bytes());
}

/// A closure: `#Fun<Module.Index.Uniq>` with the lambda's index and old unique value.
fn write_fun(t: Term, out: &mut Vec<u8>) {
    match t.fun_code_ref().and_then(crate::code::fun_entry) {
        Some(e) => {
            out.extend_from_slice(b"#Fun<");
            write_atom(e.module, out);
            out.extend_from_slice(format!(".{}.{}>", e.index, e.old_uniq).as_bytes());
        }
        None => write_unreadable(t, Class::Fun, out),
    }
}

/// An external fun: `fun Module:Function/Arity`.
fn write_export(t: Term, out: &mut Vec<u8>) {
    let entry = t
        .fun_code_ref()
        .and_then(|r| u32::try_from(r).ok())
        .and_then(crate::code::export::by_index);
    match entry {
        Some(e) => {
            out.extend_from_slice(b"fun ");
            write_atom(e.module, out);
            out.push(b':');
            write_atom(e.function, out);
            out.extend_from_slice(format!("/{}", e.arity).as_bytes());
        }
        None => write_unreadable(t, Class::Export, out),
    }
}

/// A bitstring: `<<"text">>` when it is a non-empty binary of printable ASCII (only `"` is
/// escaped), otherwise the bytes in decimal, then the trailing bits as `Value:Bits`.
fn write_bitstring(t: Term, out: &mut Vec<u8>) {
    let Some(bits) = t.as_bitstring() else {
        return write_unreadable(t, Class::Bitstring, out);
    };
    let n = bits.byte_len();
    let (rest, rest_bits) = bits.trailing_bits();
    out.extend_from_slice(b"<<");
    let printable = rest_bits == 0 && n > 0 && (0..n).all(|i| (32..=126).contains(&bits.byte(i)));
    if printable {
        out.push(b'"');
        for i in 0..n {
            match bits.byte(i) {
                b'"' => out.extend_from_slice(b"\\\""),
                b => out.push(b),
            }
        }
        out.push(b'"');
    } else {
        for i in 0..n {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(bits.byte(i).to_string().as_bytes());
        }
        if rest_bits > 0 {
            if n > 0 {
                out.push(b',');
            }
            out.extend_from_slice(format!("{rest}:{rest_bits}").as_bytes());
        }
    }
    out.extend_from_slice(b">>");
}

/// The three numbers erl shows for a local reference, from its unique number.
pub fn ref_parts(id: u64) -> (u64, u64, u64) {
    (id >> 50, (id >> 18) & 0xFFFF_FFFF, id & 0x3FFFF)
}

fn write_number(t: Term, out: &mut Vec<u8>) {
    if let Some(v) = t.as_small() {
        out.extend_from_slice(v.to_string().as_bytes());
    } else if let Some(f) = t.as_float() {
        out.extend_from_slice(format_scientific(f, 6).as_bytes());
    } else if let Some((negative, digits)) = t.bignum_digits() {
        let value = bigint_from_parts(negative, digits);
        out.extend_from_slice(value.to_str_radix(10).as_bytes());
    }
}

/// An object whose layout cannot be read yet: its kind and address.
fn write_unreadable(t: Term, class: Class, out: &mut Vec<u8>) {
    let kind = match class {
        Class::Ref => "ref",
        Class::Fun => "fun",
        Class::Export => "export",
        Class::Pid => "pid",
        Class::Port => "port",
        Class::Map => "map",
        Class::Bitstring => "bitstring",
        _ => "not-a-term",
    };
    out.extend_from_slice(format!("<{kind}@{:#x}>", t.raw()).as_bytes());
}

/// Latin-1 lowercase letters as erl's printer sees them: a-z and 223..255 except 247.
fn is_latin1_lower(c: u32) -> bool {
    matches!(c, 0x61..=0x7A) || (223..=255).contains(&c) && c != 247
}

/// Latin-1 uppercase letters: A-Z and 192..222 except 215.
fn is_latin1_upper(c: u32) -> bool {
    matches!(c, 0x41..=0x5A) || (192..=222).contains(&c) && c != 215
}

fn is_latin1_alnum(c: u32) -> bool {
    matches!(c, 0x30..=0x39) || is_latin1_lower(c) || is_latin1_upper(c)
}

/// Whether `erlang:display/1` writes this atom text in single quotes.
pub fn atom_needs_quotes(text: &str) -> bool {
    let mut chars = text.chars().map(|c| c as u32);
    match chars.next() {
        None => true,
        Some(first) if !is_latin1_lower(first) => true,
        Some(_) => !chars.all(|c| is_latin1_alnum(c) || c == u32::from(b'_')),
    }
}

/// Writes an atom as `erlang:display/1` does.
pub fn write_atom(atom: Atom, out: &mut Vec<u8>) {
    let text = atom.text();
    let quoted = atom_needs_quotes(text);
    if quoted {
        out.push(b'\'');
    }
    for c in text.chars() {
        match c {
            '\'' => out.extend_from_slice(b"\\'"),
            '\\' => out.extend_from_slice(b"\\\\"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\x0C' => out.extend_from_slice(b"\\f"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\r' => out.extend_from_slice(b"\\r"),
            '\x08' => out.extend_from_slice(b"\\b"),
            '\x0B' => out.extend_from_slice(b"\\v"),
            c if (c as u32) < 0x20 || (0x80..0xA0).contains(&(c as u32)) => {
                out.extend_from_slice(format!("\\{:03o}", c as u32).as_bytes());
            }
            c => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    if quoted {
        out.push(b'\'');
    }
}

/// Whether a character may appear in a list printed as a string.
fn is_string_char(c: i64) -> bool {
    matches!(c, 32..=126 | 160..=255) || c == 9 || c == 10 || c == 13
}

/// Whether `list` is a non-empty proper list of string characters.
fn is_printable_string(list: Term) -> bool {
    let mut cur = list;
    while let Some((head, tail)) = cur.as_cons() {
        match head.as_small() {
            Some(c) if is_string_char(c) => cur = tail,
            _ => return false,
        }
    }
    cur.is_nil() && list.is_cons()
}

fn write_string(list: Term, out: &mut Vec<u8>) {
    out.push(b'"');
    let mut cur = list;
    while let Some((head, tail)) = cur.as_cons() {
        let c = head.as_small().unwrap_or(0) as u8;
        match c {
            b'\n' => out.extend_from_slice(b"\\n"),
            b'"' => out.extend_from_slice(b"\\\""),
            c => out.push(c),
        }
        cur = tail;
    }
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{ScratchHeap, TermAlloc};
    use crate::ops::testkit::{run_erl_on, run_erl_with_data, split_records, TermGen};

    fn shown(t: Term) -> String {
        String::from_utf8_lossy(&display(t)).into_owned()
    }

    #[test]
    fn prints_the_basic_shapes() {
        let mut h = ScratchHeap::new();
        let f = h.float(2.5);
        let improper = h.list_with_tail(&[Term::small(1)], Term::small(2));
        let hello = Term::atom(Atom::intern("hello world").unwrap());
        let s = h.charlist("ab\"c");
        let t = h.tuple(&[f, improper, hello, s, Term::NIL]);
        assert_eq!(shown(t), r#"{2.500000e+00,[1|2],'hello world',"ab\"c",[]}"#);
        assert_eq!(shown(h.tuple(&[])), "{}");
        assert_eq!(shown(Term::local_pid((1 << 32) | 80)), "<0.80.1>");
        assert_eq!(shown(Term::local_port(3)), "#Port<0.3>");
        let latin = h.list(&[Term::small(233)]);
        assert_eq!(display(latin), b"\"\xE9\"");
        assert_eq!(shown(Term::atom(Atom::intern("it's").unwrap())), r"'it\'s'");
        assert!(atom_needs_quotes("a@b") && atom_needs_quotes("[]") && !atom_needs_quotes("é"));
    }

    #[test]
    fn long_and_deep_terms_print_without_recursion() {
        let mut h = ScratchHeap::new();
        let mut deep = Term::NIL;
        for _ in 0..1_000_000 {
            deep = h.tuple(&[deep]);
        }
        let out = display(deep);
        assert_eq!(out.len(), 2_000_002);
        let mut long = Term::NIL;
        for _ in 0..10_000_000 {
            long = h.cons(Term::small(1), long);
        }
        long = h.cons(Term::small(0), long);
        // `[`, 10_000_001 one-digit elements, 10_000_000 commas, `]`.
        assert_eq!(display(long).len(), 2 + 10_000_001 + 10_000_000);
    }

    /// Bitstrings and maps (flatmaps and a hash trie), displayed by erl and by us.
    #[test]
    fn bitstrings_and_maps_agree_with_erl_display() {
        use crate::map::{map_from_pairs, Duplicates};
        let mut h = ScratchHeap::new();
        let mut sources = String::new();
        let mut terms = Vec::new();
        for (text, bytes) in [
            ("<<>>", &b""[..]),
            ("<<\"abc\">>", b"abc"),
            ("<<1,2>>", &[1, 2]),
            ("<<\"a\\\"b\">>", b"a\"b"),
            ("<<\"a\\\\b\">>", b"a\\b"),
            ("<<\"a\\nb\">>", b"a\nb"),
            ("<<97,0>>", &[97, 0]),
            ("<<126,127,160,255>>", &[126, 127, 160, 255]),
        ] {
            sources.push_str(text);
            sources.push_str(".\n");
            terms.push(h.binary(bytes));
        }
        sources.push_str("<<1:3>>.\n<<1,2,3:5>>.\n");
        terms.push(h.bitstring(&[0b0010_0000], 3));
        terms.push(h.bitstring(&[1, 2, 3 << 3], 21));
        let a = Term::atom(Atom::intern("a").unwrap());
        let x = h.charlist("x");
        let empty = h.tuple(&[]);
        let pairs = [(x, empty), (a, Term::small(1)), (Term::small(2), a)];
        terms.push(map_from_pairs(&mut h, &pairs, Duplicates::LastWins).unwrap());
        sources.push_str("#{\"x\" => {}, a => 1, 2 => a}.\n#{}.\n");
        terms.push(map_from_pairs(&mut h, &[], Duplicates::LastWins).unwrap());
        let big: Vec<(Term, Term)> = (1..=40).map(|i| (Term::small(i), Term::small(i))).collect();
        terms.push(map_from_pairs(&mut h, &big, Duplicates::LastWins).unwrap());
        let big_text: Vec<String> = (1..=40).map(|i| format!("{i} => {i}")).collect();
        sources.push_str(&format!("#{{{}}}.\n", big_text.join(", ")));
        let out = run_erl_with_data(
            &sources,
            "[begin erlang:display('$mark'), erlang:display(T) end || T <- Terms]",
        );
        assert_displays_as_erl(&terms, &out);
    }

    /// Random terms, displayed by erl and by us, byte for byte.
    #[test]
    fn agrees_with_erl_display() {
        let mut h = ScratchHeap::new();
        let mut g = TermGen::new(0xd15b1a7);
        let mut terms: Vec<Term> = (0..3000).map(|_| g.term(&mut h, 3)).collect();
        for text in [
            "and",
            "Hello",
            "a b",
            "hello@host",
            "\u{ff}",
            "\u{100}",
            "\u{7f}",
            "a\u{85}",
        ] {
            terms.push(Term::atom(Atom::intern(text).unwrap()));
        }
        let out = run_erl_on(
            &terms,
            "[begin erlang:display('$mark'), erlang:display(T) end || T <- Terms]",
        );
        assert_displays_as_erl(&terms, &out);
    }

    /// Checks that `out` (erl's output, each term's display preceded by a `'$mark'` line)
    /// shows each of `terms` exactly as [`display`] does.
    fn assert_displays_as_erl(terms: &[Term], out: &[u8]) {
        let records = split_records(out, b"'$mark'");
        assert_eq!(records.len(), terms.len());
        for (i, (&t, theirs)) in terms.iter().zip(&records).enumerate() {
            assert_eq!(
                String::from_utf8_lossy(&display(t)),
                String::from_utf8_lossy(theirs),
                "term {i}"
            );
            assert_eq!(&display(t), theirs, "term {i}");
        }
    }
}
