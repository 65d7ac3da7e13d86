//! Conversions between numbers, atoms and text, with erl's accepted syntax and errors.
//!
//! - `integer_to_list/1,2`: bases 2..36, letters in upper case, `-` for negatives.
//! - `list_to_integer/1,2`: an optional `+` or `-`, then at least one digit of the base (letters
//!   in either case); nothing else, not even spaces or `_`.
//! - `list_to_float/1`: an optional sign, digits, a `.` (or `,`), digits, and optionally `e` or
//!   `E`, an optional sign and digits. `"1"`, `"1."`, `".5"` and `"1e5"` are refused; a value too
//!   large for a float is refused; one too small becomes 0.0 or a denormal.
//! - `list_to_atom/1`: a proper list of Unicode code points (no surrogates); more than 255
//!   characters is `system_limit`.
//!
//! Text comes in as bytes or terms and goes out as Rust strings, so the same code serves the
//! list and binary variants of each BIF.

use num_bigint::BigInt;

use super::number::{make_integer, Number};
use crate::atom::{Atom, AtomError, MAX_ATOM_CHARS};
use crate::heap::TermAlloc;
use crate::term::Term;

/// Why a conversion failed: the error reason erl raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvertError {
    /// `badarg`.
    Badarg,
    /// `system_limit`.
    SystemLimit,
}

/// The text of an integer in `base` (2..=36), as `integer_to_list/2` writes it; `None` if `term`
/// is not an integer or the base is out of range.
pub fn integer_to_text(term: Term, base: u32) -> Option<String> {
    if !(2..=36).contains(&base) {
        return None;
    }
    let text = match Number::integer_of(term)? {
        Number::Small(v) if base == 10 => v.to_string(),
        n => n.to_bigint()?.to_str_radix(base),
    };
    Some(text.to_ascii_uppercase())
}

/// `integer_to_list(Integer, Base)`.
pub fn integer_to_charlist<H: TermAlloc + ?Sized>(
    heap: &mut H,
    term: Term,
    base: u32,
) -> Result<Term, ConvertError> {
    let text = integer_to_text(term, base).ok_or(ConvertError::Badarg)?;
    Ok(heap.charlist(&text))
}

/// The value of a digit character in `base`, if it is one.
fn digit_value(c: u8, base: u32) -> Option<u32> {
    let v = match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => return None,
    };
    (v < base).then_some(v)
}

/// Parses integer text as `list_to_integer/2` and `binary_to_integer/2` do.
pub fn parse_integer<H: TermAlloc + ?Sized>(
    heap: &mut H,
    text: &[u8],
    base: u32,
) -> Result<Term, ConvertError> {
    if !(2..=36).contains(&base) {
        return Err(ConvertError::Badarg);
    }
    let (negative, digits) = match text.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() {
        return Err(ConvertError::Badarg);
    }
    // Fast path: accumulate while the value fits in an i64.
    let mut value: i64 = 0;
    let mut fits = true;
    for &c in digits {
        let d = digit_value(c, base).ok_or(ConvertError::Badarg)?;
        if fits {
            match value
                .checked_mul(i64::from(base))
                .and_then(|v| v.checked_add(i64::from(d)))
            {
                Some(v) => value = v,
                None => fits = false,
            }
        }
    }
    if fits {
        return Ok(heap.integer(if negative { -value } else { value }));
    }
    let magnitude = BigInt::parse_bytes(digits, base).ok_or(ConvertError::Badarg)?;
    let value = if negative { -magnitude } else { magnitude };
    make_integer(heap, &value).ok_or(ConvertError::SystemLimit)
}

/// The bytes of a proper list of integers 0..=255; `None` for anything else.
pub fn list_to_bytes(list: Term) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut cur = list;
    while let Some((head, tail)) = cur.as_cons() {
        bytes.push(u8::try_from(head.as_small()?).ok()?);
        cur = tail;
    }
    cur.is_nil().then_some(bytes)
}

/// `list_to_integer(List, Base)`.
pub fn list_to_integer<H: TermAlloc + ?Sized>(
    heap: &mut H,
    list: Term,
    base: u32,
) -> Result<Term, ConvertError> {
    let bytes = list_to_bytes(list).ok_or(ConvertError::Badarg)?;
    parse_integer(heap, &bytes, base)
}

/// Parses float text as `list_to_float/1` and `binary_to_float/1` do; `None` means `badarg`.
///
/// erl reads the text as a C string, so it ends at the first NUL byte: `"1.0\0junk"` is 1.0.
pub fn parse_float(text: &[u8]) -> Option<f64> {
    let text = text.split(|&c| c == 0).next().unwrap_or(text);
    let mut i = 0;
    let digits_from = |i: &mut usize| {
        let start = *i;
        while *i < text.len() && text[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if matches!(text.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    if !digits_from(&mut i) {
        return None;
    }
    if !matches!(text.get(i), Some(b'.' | b',')) {
        return None;
    }
    i += 1;
    if !digits_from(&mut i) {
        return None;
    }
    if matches!(text.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(text.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits_from(&mut i) {
            return None;
        }
    }
    if i != text.len() {
        return None;
    }
    let normalised: String = text
        .iter()
        .map(|&c| if c == b',' { '.' } else { c as char })
        .collect();
    let value: f64 = normalised.parse().ok()?;
    value.is_finite().then_some(value)
}

/// `list_to_float(List)`.
pub fn list_to_float<H: TermAlloc + ?Sized>(
    heap: &mut H,
    list: Term,
) -> Result<Term, ConvertError> {
    let bytes = list_to_bytes(list).ok_or(ConvertError::Badarg)?;
    let value = parse_float(&bytes).ok_or(ConvertError::Badarg)?;
    Ok(heap.float(value))
}

/// The text of a proper list of Unicode code points, stopping with `system_limit` once it has
/// more than `max_chars` characters (checked before the rest of the list is looked at).
pub fn charlist_to_string(list: Term, max_chars: usize) -> Result<String, ConvertError> {
    let mut text = String::new();
    let mut count = 0;
    let mut cur = list;
    while let Some((head, tail)) = cur.as_cons() {
        if count == max_chars {
            return Err(ConvertError::SystemLimit);
        }
        let c = head
            .as_small()
            .and_then(|v| u32::try_from(v).ok())
            .and_then(char::from_u32)
            .ok_or(ConvertError::Badarg)?;
        text.push(c);
        count += 1;
        cur = tail;
    }
    if cur.is_nil() {
        Ok(text)
    } else {
        Err(ConvertError::Badarg)
    }
}

/// `list_to_atom(List)`.
pub fn list_to_atom(list: Term) -> Result<Atom, ConvertError> {
    let text = charlist_to_string(list, MAX_ATOM_CHARS)?;
    Atom::intern(&text).map_err(|e| match e {
        AtomError::TooLong | AtomError::TableFull => ConvertError::SystemLimit,
    })
}

/// `atom_to_list(Atom)`: the list of the atom's code points.
pub fn atom_to_charlist<H: TermAlloc + ?Sized>(heap: &mut H, atom: Atom) -> Term {
    heap.charlist(atom.text())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ScratchHeap;
    use crate::ops::compare::exact_equal;
    use crate::ops::print::display;
    use crate::ops::testkit::{run_erl_on, split_records, TermGen};

    #[test]
    fn integer_text_round_trips() {
        let mut h = ScratchHeap::new();
        assert_eq!(integer_to_text(Term::small(255), 16).as_deref(), Some("FF"));
        assert_eq!(
            integer_to_text(Term::small(-255), 16).as_deref(),
            Some("-FF")
        );
        assert_eq!(integer_to_text(Term::small(5), 37), None);
        assert_eq!(integer_to_text(Term::NIL, 10), None);
        let big = h.big_integer(&(BigInt::from(7u8).pow(100)));
        for base in 2..=36 {
            let text = integer_to_text(big, base).unwrap();
            let back = parse_integer(&mut h, text.as_bytes(), base).unwrap();
            assert!(exact_equal(back, big), "base {base}");
        }
        assert_eq!(parse_integer(&mut h, b"-0", 10), Ok(Term::small(0)));
        for bad in [&b""[..], b"-", b"+", b" 5", b"5 ", b"1_000", b"0x10"] {
            assert_eq!(parse_integer(&mut h, bad, 10), Err(ConvertError::Badarg));
        }
        assert_eq!(
            parse_integer(&mut h, b"zZ", 36),
            Ok(Term::small(35 * 36 + 35))
        );
    }

    #[test]
    fn float_syntax_is_strict() {
        assert_eq!(parse_float(b"1.0"), Some(1.0));
        assert_eq!(parse_float(b"1,5"), Some(1.5));
        assert_eq!(parse_float(b"-1.0E+05"), Some(-1.0e5));
        assert_eq!(parse_float(b"1.0e-400"), Some(0.0));
        for bad in [
            &b"1"[..],
            b"1.",
            b".5",
            b"1e5",
            b"1.0e",
            b"1.0e+",
            b"1.8e308",
            b" 1.0",
        ] {
            assert_eq!(parse_float(bad), None, "{}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn atoms_from_lists() {
        let mut h = ScratchHeap::new();
        let ok = h.charlist("h\u{e9}llo");
        assert_eq!(list_to_atom(ok).map(Atom::text), Ok("h\u{e9}llo"));
        let long = h.charlist(&"a".repeat(256));
        assert_eq!(list_to_atom(long), Err(ConvertError::SystemLimit));
        let surrogate = h.list(&[Term::small(0xD800)]);
        assert_eq!(list_to_atom(surrogate), Err(ConvertError::Badarg));
        let improper = h.list_with_tail(&[Term::small(97)], Term::small(1));
        assert_eq!(list_to_atom(improper), Err(ConvertError::Badarg));
        let a = Atom::intern("\u{1F600}x").unwrap();
        let l = atom_to_charlist(&mut h, a);
        assert_eq!(list_to_atom(l), Ok(a));
    }

    /// Conversions of random inputs, by erl and by us.
    #[test]
    fn agrees_with_erl() {
        let mut h = ScratchHeap::new();
        let mut g = TermGen::new(0xc0417);
        let mut cases = Vec::new();
        let samples = [
            "0",
            "-0",
            "+5",
            "12",
            "-12",
            "ff",
            "FF",
            "zz",
            "1.5",
            "1,5",
            "-1.0e5",
            "1.0E-5",
            "1e5",
            "1.",
            ".5",
            "1.0e",
            "1.0e+",
            "1.0e+5x",
            "",
            "-",
            "+",
            "007",
            "1_0",
            " 1",
            "99999999999999999999999999",
            "-18446744073709551616",
            "1.0e400",
            "1.0e-400",
            "2.2250738585072014e-308",
            "123456789012345678901234567890.5e-3",
            "1.0\0x",
            "1\0",
            "\0",
        ];
        for i in 0..3000 {
            let (kind, arg) = match i % 4 {
                0 => {
                    let t = g.integer(&mut h);
                    let base = if g.rng.u8(0..10) == 0 {
                        g.rng.i64(0..40)
                    } else {
                        g.rng.i64(2..37)
                    };
                    ("i2l", h.tuple(&[t, Term::small(base)]))
                }
                1 => {
                    let s = samples[g.rng.usize(0..samples.len())];
                    let l = h.charlist(s);
                    let base = if g.rng.bool() { 10 } else { g.rng.i64(2..37) };
                    ("l2i", h.tuple(&[l, Term::small(base)]))
                }
                2 => {
                    let s = samples[g.rng.usize(0..samples.len())];
                    ("l2f", h.charlist(s))
                }
                _ => {
                    let l = g.string(&mut h);
                    ("l2a", l)
                }
            };
            let k = Term::atom(Atom::intern(kind).unwrap());
            cases.push(h.tuple(&[k, arg]));
        }
        let out = run_erl_on(
            &cases,
            "[begin R = try case K of \
                 i2l -> {I, B} = A, integer_to_list(I, B); \
                 l2i -> {L, B} = A, list_to_integer(L, B); \
                 l2f -> list_to_float(A); \
                 l2a -> atom_to_list(list_to_atom(A)) end \
               catch error:E -> {error, E} end, \
               erlang:display('$mark'), erlang:display(R) end || {K, A} <- Terms]",
        );
        let records = split_records(&out, b"'$mark'");
        assert_eq!(records.len(), cases.len());
        for (i, &case) in cases.iter().enumerate() {
            let e = case.tuple_elements().unwrap();
            let arg = e[1];
            let base_of = |t: Term| t.tuple_elements().unwrap()[1].small_value();
            let result = match e[0].as_atom().unwrap().text() {
                "i2l" => {
                    let x = arg.tuple_elements().unwrap()[0];
                    u32::try_from(base_of(arg))
                        .map_err(|_| ConvertError::Badarg)
                        .and_then(|b| integer_to_charlist(&mut h, x, b))
                }
                "l2i" => {
                    let l = arg.tuple_elements().unwrap()[0];
                    list_to_integer(&mut h, l, base_of(arg) as u32)
                }
                "l2f" => list_to_float(&mut h, arg),
                _ => list_to_atom(arg).map(|a| atom_to_charlist(&mut h, a)),
            };
            let ours = match result {
                Ok(t) => t,
                Err(err) => {
                    let reason = match err {
                        ConvertError::Badarg => crate::atom::BADARG,
                        ConvertError::SystemLimit => crate::atom::SYSTEM_LIMIT,
                    };
                    h.tuple(&[Term::atom(crate::atom::ERROR), Term::atom(reason)])
                }
            };
            assert_eq!(
                String::from_utf8_lossy(&display(ours)),
                String::from_utf8_lossy(&records[i]),
                "case {i}: {}",
                String::from_utf8_lossy(&display(case))
            );
        }
    }
}
