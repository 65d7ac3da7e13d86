//! Turning an erl pattern and its options into a PCRE2 program. The `pcre2` crate takes a
//! pattern and a few compile flags; every other erl option is written into the pattern as
//! PCRE2's start-of-pattern items (`(*CRLF)`, `(*NOTEMPTY)`, `(*LIMIT_MATCH=N)`, ...) and
//! inline settings (`(?n)`, `(?J)`, `(?U)`), or by rewriting `^` and `$` (`notbol`, `noteol`,
//! `dollar_endonly`). Programs are cached by their final text.
//!
//! A compiled pattern (`{re_pattern, Groups, Unicode, UseCRLF, Binary}`) carries in its binary
//! the source pattern and the compile options, so that it can be compiled again here.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use pcre2::bytes::{Regex, RegexBuilder};

use super::options::{flag, CompileOptions, Newline};

/// What identifies the start of a compiled pattern's binary made by girder.
const MAGIC: &[u8; 4] = b"GRE1";

/// The run-time settings that need a program of their own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Variant {
    /// `notbol`
    pub notbol: bool,
    /// `noteol`
    pub noteol: bool,
    /// `notempty`
    pub notempty: bool,
    /// `notempty_atstart`
    pub notempty_atstart: bool,
    /// `{match_limit, N}`
    pub match_limit: Option<u64>,
    /// `{match_limit_recursion, N}`
    pub depth_limit: Option<u64>,
    /// A newline convention given at run time.
    pub newline: Option<Newline>,
    /// A `\R` convention given at run time.
    pub bsr_anycrlf: Option<bool>,
}

/// A compile error: erl's message text and the offset in the pattern.
#[derive(Debug)]
pub struct CompileError {
    /// The message.
    pub text: String,
    /// The offset in the source pattern.
    pub offset: usize,
}

/// A compiled program and what the caller needs to know about it.
pub struct Program {
    /// The PCRE2 program.
    pub regex: Regex,
    /// Capturing groups (without the whole match).
    pub groups: usize,
    /// Group names with their numbers, sorted by name.
    pub names: Vec<(String, usize)>,
}

/// The source of a pattern and its compile options.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Source {
    /// The pattern's bytes (UTF-8 with `unicode`, else Latin-1).
    pub bytes: Vec<u8>,
    /// Its compile options.
    pub options: CompileOptions,
}

impl Source {
    /// The binary of erl's compiled pattern tuple: magic, flags, newline code, pattern.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(9 + self.bytes.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.options.flags.to_le_bytes());
        out.push(self.options.newline.code());
        out.extend_from_slice(&self.bytes);
        out
    }

    /// The source a compiled pattern's binary holds; `None` if girder did not make it.
    pub fn decode(bin: &[u8]) -> Option<Source> {
        if bin.len() < 9 || &bin[..4] != MAGIC {
            return None;
        }
        let flags = u32::from_le_bytes(bin[4..8].try_into().ok()?);
        let newline = Newline::from_code(bin[8])?;
        Some(Source {
            bytes: bin[9..].to_vec(),
            options: CompileOptions { flags, newline },
        })
    }
}

/// The length of the start-of-pattern items `(*...)` at the start of `p`.
fn leading_verbs(p: &str) -> usize {
    let mut end = 0;
    while p[end..].starts_with("(*") {
        match p[end..].find(')') {
            Some(close) => end += close + 1,
            None => break,
        }
    }
    end
}

/// The pattern text with every byte above 127 of a Latin-1 pattern written as `\x{..}`.
fn latin1_text(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len());
    for &b in bytes {
        if b < 0x80 {
            s.push(b as char);
        } else {
            s.push_str(&format!("\\x{{{b:x}}}"));
        }
    }
    s
}

/// Rewrites `^` and `$` outside character classes, escapes, comments and `\Q...\E` quotes.
fn rewrite_anchors(p: &str, extended: bool, caret: Option<&str>, dollar: Option<&str>) -> String {
    let chars: Vec<char> = p.chars().collect();
    let mut out = String::with_capacity(p.len() + 16);
    let mut i = 0;
    let mut in_class = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            if chars.get(i + 1) == Some(&'Q') {
                // Quoted up to \E (or the end).
                let mut j = i + 2;
                while j < chars.len() && !(chars[j] == '\\' && chars.get(j + 1) == Some(&'E')) {
                    j += 1;
                }
                let end = (j + 2).min(chars.len());
                out.extend(&chars[i..end]);
                i = end;
                continue;
            }
            out.push(c);
            if let Some(&n) = chars.get(i + 1) {
                out.push(n);
            }
            i += 2;
            continue;
        }
        if in_class {
            if c == '[' && chars.get(i + 1) == Some(&':') {
                if let Some(k) = (i + 2..chars.len().saturating_sub(1))
                    .find(|&k| chars[k] == ':' && chars[k + 1] == ']')
                {
                    out.extend(&chars[i..k + 2]);
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
                // A `]` right after `[` or `[^` is a literal.
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
            '^' if caret.is_some() => {
                out.push_str(caret.unwrap_or("^"));
                i += 1;
            }
            '$' if dollar.is_some() => {
                out.push_str(dollar.unwrap_or("$"));
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Where the final pattern text puts the parts added around the source's own text: the
/// added start items, the source's own start items, then the added inline settings.
struct Layout {
    verbs: usize,
    user_verbs: usize,
    inline: usize,
}

/// The offset in the source pattern of offset `at` of the final text.
fn source_offset(at: usize, l: &Layout) -> usize {
    if at < l.verbs {
        0
    } else if at < l.verbs + l.user_verbs {
        at - l.verbs
    } else if at < l.verbs + l.user_verbs + l.inline {
        l.user_verbs
    } else {
        at - l.verbs - l.inline
    }
}

/// The final PCRE2 pattern text for `src` run as `v`, and where it added text.
fn final_text(src: &Source, v: &Variant, tables: bool) -> Result<(String, Layout), CompileError> {
    let o = &src.options;
    let unicode = o.has(flag::UNICODE);
    let text = if unicode {
        match std::str::from_utf8(&src.bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                return Err(CompileError {
                    text: "UTF-8 error: isolated byte with 0x80 bit set".into(),
                    offset: e.valid_up_to(),
                })
            }
        }
    } else {
        latin1_text(&src.bytes)
    };
    if o.has(flag::NEVER_UTF) && text.contains("(*UTF") {
        return Err(CompileError {
            text: "(*UTF) not allowed".into(),
            offset: 0,
        });
    }
    let mut verbs = String::new();
    if o.has(flag::UCP) && !unicode {
        verbs.push_str("(*UCP)");
    }
    verbs.push_str(v.newline.unwrap_or(o.newline).verb());
    let bsr = v.bsr_anycrlf.or(if o.has(flag::BSR_ANYCRLF) {
        Some(true)
    } else if o.has(flag::BSR_UNICODE) {
        Some(false)
    } else {
        None
    });
    match bsr {
        Some(true) => verbs.push_str("(*BSR_ANYCRLF)"),
        Some(false) => verbs.push_str("(*BSR_UNICODE)"),
        None => {}
    }
    if o.has(flag::NO_START_OPTIMIZE) {
        verbs.push_str("(*NO_START_OPT)");
    }
    if v.notempty {
        verbs.push_str("(*NOTEMPTY)");
    }
    if v.notempty_atstart {
        verbs.push_str("(*NOTEMPTY_ATSTART)");
    }
    if let Some(n) = v.match_limit {
        verbs.push_str(&format!("(*LIMIT_MATCH={})", n.min(u32::MAX as u64)));
    }
    if let Some(n) = v.depth_limit {
        verbs.push_str(&format!("(*LIMIT_DEPTH={})", n.min(u32::MAX as u64)));
    }
    let mut inline = String::new();
    if unicode && !o.has(flag::UCP) {
        // Unicode programs are built with PCRE2's UCP (see `program`); `(?a)` takes `\d`,
        // `\s`, `\w` and the POSIX classes back to ASCII, as without `ucp`.
        inline.push_str("(?a)");
    }
    if o.has(flag::NO_AUTO_CAPTURE) {
        inline.push_str("(?n)");
    }
    if o.has(flag::DUPNAMES) {
        inline.push_str("(?J)");
    }
    if o.has(flag::UNGREEDY) {
        inline.push_str("(?U)");
    }
    let multiline = o.has(flag::MULTILINE);
    let caret = v.notbol.then_some("(?:(?!\\A)^)");
    let dollar = if v.noteol {
        Some(if multiline { "(?:(?!\\z)$)" } else { "(?!)" })
    } else if o.has(flag::DOLLAR_ENDONLY) && !multiline {
        Some("\\z")
    } else {
        None
    };
    let user_verbs = leading_verbs(&text);
    let mut body = text[user_verbs..].to_string();
    if tables && !o.has(flag::UCP) && !unicode {
        body = super::latin1::rewrite(&body, o.has(flag::EXTENDED), o.has(flag::CASELESS));
    }
    if caret.is_some() || dollar.is_some() {
        body = rewrite_anchors(&body, o.has(flag::EXTENDED), caret, dollar);
    }
    let full = format!("{verbs}{}{inline}{body}", &text[..user_verbs]);
    let layout = Layout {
        verbs: verbs.len(),
        user_verbs,
        inline: inline.len(),
    };
    Ok((full, layout))
}

/// The message of a PCRE2 compile error as erl words it.
fn message(e: &pcre2::Error) -> String {
    if let Some(text) = super::messages::erl_text(e.code()) {
        return text.to_string();
    }
    let s = e.to_string();
    match s.find("offset ") {
        Some(i) => match s[i..].find(": ") {
            Some(j) => s[i + j + 2..].to_string(),
            None => s,
        },
        None => s.strip_prefix("PCRE2: ").unwrap_or(&s).to_string(),
    }
}

type Cache = HashMap<(String, u8), Arc<Program>>;

static CACHE: Mutex<Option<Cache>> = Mutex::new(None);

/// Programs kept at most (the cache is emptied when it grows past this).
const CACHE_LIMIT: usize = 256;

/// Compiles the final pattern `text` of `src` run as `v`.
fn build(text: &str, src: &Source, v: &Variant) -> Result<Regex, pcre2::Error> {
    let o = &src.options;
    RegexBuilder::new()
        .caseless(o.has(flag::CASELESS))
        .dotall(o.has(flag::DOTALL))
        .extended(o.has(flag::EXTENDED))
        .multi_line(o.has(flag::MULTILINE))
        // UTF programs are built with UCP, which also makes PCRE2 accept invalid UTF: it then
        // does not check the whole subject again at every match of a global run (subjects are
        // checked once, when they are read).
        .ucp(o.has(flag::UNICODE))
        // The JIT counts toward match limits differently from the interpreter, so a program
        // with a limit is interpreted, as erl's PCRE always is.
        .jit_if_available(v.match_limit.is_none() && v.depth_limit.is_none())
        .build(text)
}

/// The compile error of `src` as erl reports it. The offset is found by compiling the pattern
/// without the character table rewriting (which moves the text).
fn compile_error(src: &Source, v: &Variant, first: pcre2::Error) -> CompileError {
    let plain = final_text(src, v, false)
        .ok()
        .and_then(|(text, layout)| build(&text, src, v).err().map(|e| (e, layout)));
    let (e, layout) = match plain {
        Some(found) => found,
        None => {
            let layout = Layout {
                verbs: 0,
                user_verbs: 0,
                inline: 0,
            };
            (first, layout)
        }
    };
    let mut offset = source_offset(e.offset().unwrap_or(0), &layout);
    if e.code() == 143 {
        // PCRE 8 points at the repeated name's terminator, PCRE2 just after it.
        offset = offset.saturating_sub(1);
    }
    CompileError {
        text: message(&e),
        offset,
    }
}

/// The program for `src` run as `v`.
pub fn program(src: &Source, v: &Variant) -> Result<Arc<Program>, CompileError> {
    let (text, _) = final_text(src, v, true)?;
    let o = &src.options;
    let bits = u8::from(o.has(flag::CASELESS))
        | u8::from(o.has(flag::DOTALL)) << 1
        | u8::from(o.has(flag::EXTENDED)) << 2
        | u8::from(o.has(flag::MULTILINE)) << 3;
    let key = (text, bits);
    if let Some(p) = CACHE
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .as_ref()
        .and_then(|c| c.get(&key))
    {
        return Ok(p.clone());
    }
    let regex = match build(&key.0, src, v) {
        Ok(r) => r,
        Err(e) => return Err(compile_error(src, v, e)),
    };
    let groups = regex.captures_len().saturating_sub(1);
    let mut names: Vec<(String, usize)> = regex
        .capture_names()
        .iter()
        .enumerate()
        .filter_map(|(i, n)| n.as_ref().map(|n| (n.clone(), i)))
        .collect();
    names.sort();
    let program = Arc::new(Program {
        regex,
        groups,
        names,
    });
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if cache.len() >= CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(key, program.clone());
    Ok(program)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_pattern_binaries_round_trip() {
        let src = Source {
            bytes: b"(a)\xe9".to_vec(),
            options: CompileOptions {
                flags: flag::CASELESS | flag::UNGREEDY,
                newline: Newline::AnyCrLf,
            },
        };
        assert_eq!(Source::decode(&src.encode()), Some(src));
        assert_eq!(Source::decode(b"ERCP\0\0\0\0\0"), None);
        assert_eq!(Source::decode(b"GRE1\0\0\0\0\x09"), None);
    }

    #[test]
    fn anchors_are_rewritten_outside_classes_escapes_and_quotes() {
        let r = |p: &str| rewrite_anchors(p, false, Some("C"), Some("D"));
        assert_eq!(r("^a$"), "CaD");
        assert_eq!(r("[^$]\\$\\^"), "[^$]\\$\\^");
        assert_eq!(r("\\Q^$\\E^"), "\\Q^$\\EC");
        assert_eq!(r("[]^]$"), "[]^]D");
        assert_eq!(r("[[:alpha:]^]$"), "[[:alpha:]^]D");
        assert_eq!(r("(?#^)$"), "(?#^)D");
        assert_eq!(rewrite_anchors("#^\n^", true, Some("C"), None), "#^\nC");
    }

    #[test]
    fn error_offsets_leave_out_added_text() {
        let l = Layout {
            verbs: 6,
            user_verbs: 5,
            inline: 4,
        };
        assert_eq!(source_offset(2, &l), 0);
        assert_eq!(source_offset(8, &l), 2);
        assert_eq!(source_offset(12, &l), 5);
        assert_eq!(source_offset(20, &l), 10);
    }

    #[test]
    fn leading_start_items_are_found() {
        assert_eq!(leading_verbs("(*CR)(*UTF)abc"), 11);
        assert_eq!(leading_verbs("abc(*CR)"), 0);
        assert_eq!(leading_verbs("(*CR"), 0);
    }

    #[test]
    fn latin1_bytes_become_escapes() {
        assert_eq!(latin1_text(b"a\xe9"), "a\\x{e9}");
    }
}
