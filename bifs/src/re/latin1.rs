//! erl's PCRE classifies the bytes 128-255 with Latin-1 tables: without `unicode`, `\w`, `\b`
//! and the POSIX letter classes take in `é`, and caseless matching folds `é` and `É`. PCRE2's
//! tables are ASCII, so Latin-1 patterns are rewritten to say what erl's tables say: `\w` becomes a class with the Latin-1 letters, `\b` and `\B`
//! become lookaround over that class, and a POSIX letter class gains the Latin-1 letters.

/// The Latin-1 letters beyond ASCII, as class items.
const LETTERS: &str = "\\x{aa}\\x{b5}\\x{ba}\\x{c0}-\\x{d6}\\x{d8}-\\x{f6}\\x{f8}-\\x{ff}";
/// The Latin-1 lower-case letters beyond ASCII.
const LOWER: &str = "\\x{aa}\\x{b5}\\x{ba}\\x{df}-\\x{f6}\\x{f8}-\\x{ff}";
/// The Latin-1 upper-case letters beyond ASCII.
const UPPER: &str = "\\x{c0}-\\x{d6}\\x{d8}-\\x{de}";

/// The other case of a Latin-1 letter beyond ASCII, if it has one in Latin-1.
fn other_case(c: u32) -> Option<u32> {
    match c {
        0xC0..=0xDE if c != 0xD7 => Some(c + 0x20),
        0xE0..=0xFE if c != 0xF7 => Some(c - 0x20),
        _ => None,
    }
}

/// Reads a `\x` escape at `chars[i..]` (`\xhh` or `\x{h..}`): its value and length.
fn hex_escape(chars: &[char], i: usize) -> Option<(u32, usize)> {
    if chars.get(i + 1) != Some(&'x') {
        return None;
    }
    if chars.get(i + 2) == Some(&'{') {
        let close = (i + 3..chars.len()).find(|&k| chars[k] == '}')?;
        let digits: String = chars[i + 3..close].iter().collect();
        return Some((u32::from_str_radix(&digits, 16).ok()?, close + 1 - i));
    }
    let digits: String = chars[i + 2..]
        .iter()
        .take(2)
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    if digits.is_empty() {
        return None;
    }
    Some((u32::from_str_radix(&digits, 16).ok()?, 2 + digits.len()))
}

/// `body` with `\w`, `\W`, `\b`, `\B`, the POSIX letter classes and (with `fold`) Latin-1
/// letters written as `\x` escapes rewritten as erl's tables classify them. Escapes other
/// than these, `\Q...\E` quotes, comments and the rest are copied as they are.
pub fn rewrite(body: &str, extended: bool, fold: bool) -> String {
    let word = format!("[\\w{LETTERS}]");
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len() + 32);
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            let next = chars.get(i + 1).copied();
            if next == Some('Q') {
                let mut j = i + 2;
                while j < chars.len() && !(chars[j] == '\\' && chars.get(j + 1) == Some(&'E')) {
                    j += 1;
                }
                let end = (j + 2).min(chars.len());
                out.extend(&chars[i..end]);
                i = end;
                continue;
            }
            if let Some((value, len)) = hex_escape(&chars, i) {
                let text: String = chars[i..i + len].iter().collect();
                match other_case(value).filter(|_| fold) {
                    Some(o) if in_class => out.push_str(&format!("{text}\\x{{{o:x}}}")),
                    Some(o) => out.push_str(&format!("[{text}\\x{{{o:x}}}]")),
                    None => out.push_str(&text),
                }
                i += len;
                continue;
            }
            match (next, in_class) {
                (Some('w'), false) => out.push_str(&word),
                (Some('w'), true) => out.push_str(&format!("\\w{LETTERS}")),
                (Some('W'), false) => out.push_str(&format!("[^\\w{LETTERS}]")),
                (Some('b'), false) => {
                    out.push_str(&format!("(?:(?<={word})(?!{word})|(?<!{word})(?={word}))"))
                }
                (Some('B'), false) => {
                    out.push_str(&format!("(?:(?<={word})(?={word})|(?<!{word})(?!{word}))"))
                }
                (Some(n), _) => {
                    out.push('\\');
                    out.push(n);
                }
                (None, _) => out.push('\\'),
            }
            i += 2;
            continue;
        }
        if in_class {
            if c == '[' && chars.get(i + 1) == Some(&':') {
                if let Some(k) = (i + 2..chars.len().saturating_sub(1))
                    .find(|&k| chars[k] == ':' && chars[k + 1] == ']')
                {
                    let name: String = chars[i + 2..k].iter().collect();
                    out.extend(&chars[i..k + 2]);
                    match name.as_str() {
                        "alpha" | "alnum" | "word" => out.push_str(LETTERS),
                        "lower" => out.push_str(LOWER),
                        "upper" => out.push_str(UPPER),
                        _ => {}
                    }
                    i = k + 2;
                    continue;
                }
            }
            if c == ']' {
                in_class = false;
            }
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '[' => {
                in_class = true;
                out.push(c);
                i += 1;
                if chars.get(i) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i) == Some(&']') {
                    out.push(']');
                    i += 1;
                }
            }
            '(' if chars.get(i + 1) == Some(&'?') && chars.get(i + 2) == Some(&'#') => {
                let end = (i..chars.len())
                    .find(|&k| chars[k] == ')')
                    .map_or(chars.len(), |k| k + 1);
                out.extend(&chars[i..end]);
                i = end;
            }
            '#' if extended => {
                let end = (i..chars.len())
                    .find(|&k| chars[k] == '\n')
                    .map_or(chars.len(), |k| k + 1);
                out.extend(&chars[i..end]);
                i = end;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_escapes_gain_the_latin1_letters() {
        assert!(rewrite("\\w", false, false).starts_with("[\\w\\x{aa}"));
        assert!(rewrite("[\\w-]", false, false).starts_with("[\\w\\x{aa}"));
        assert!(rewrite("\\W", false, false).starts_with("[^\\w"));
        assert!(rewrite("\\b", false, false).starts_with("(?:(?<="));
        assert_eq!(rewrite("\\d\\s\\\\w", false, false), "\\d\\s\\\\w");
        assert_eq!(rewrite("\\Q\\w\\E", false, false), "\\Q\\w\\E");
        assert_eq!(rewrite("#\\w\n", true, false), "#\\w\n");
    }

    #[test]
    fn posix_letter_classes_gain_the_latin1_letters() {
        assert_eq!(
            rewrite("[[:alpha:]]", false, false),
            format!("[[:alpha:]{LETTERS}]")
        );
        assert_eq!(
            rewrite("[[:upper:]]", false, false),
            format!("[[:upper:]{UPPER}]")
        );
        assert_eq!(rewrite("[[:digit:]]", false, false), "[[:digit:]]");
    }

    #[test]
    fn caseless_letters_match_both_cases() {
        assert_eq!(rewrite("\\x{e9}", false, true), "[\\x{e9}\\x{c9}]");
        assert_eq!(rewrite("[\\xc9]", false, true), "[\\xc9\\x{e9}]");
        assert_eq!(rewrite("\\x{e9}", false, false), "\\x{e9}");
        assert_eq!(rewrite("\\x{d7}", false, true), "\\x{d7}");
    }
}
