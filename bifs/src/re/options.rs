//! The option lists of `re:compile/2` and `re:run/3`, read into [`CompileOptions`] and
//! [`RunOptions`].

use vm::term::Term;

use crate::lists::proper_list;

/// The newline conventions PCRE knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Newline {
    /// `\n` (the default).
    #[default]
    Lf,
    /// `\r`.
    Cr,
    /// `\r\n`.
    CrLf,
    /// Any of `\r`, `\n`, `\r\n`.
    AnyCrLf,
    /// Any Unicode newline sequence.
    Any,
}

impl Newline {
    /// The start-of-pattern item that selects this convention.
    pub fn verb(self) -> &'static str {
        match self {
            Newline::Lf => "(*LF)",
            Newline::Cr => "(*CR)",
            Newline::CrLf => "(*CRLF)",
            Newline::AnyCrLf => "(*ANYCRLF)",
            Newline::Any => "(*ANY)",
        }
    }

    /// Whether `\r\n` counts as one newline (erl's `UseCRLF` field of a compiled pattern).
    pub fn uses_crlf(self) -> bool {
        matches!(self, Newline::CrLf | Newline::AnyCrLf | Newline::Any)
    }

    fn from_term(t: Term) -> Option<Newline> {
        Some(match t.as_atom()?.text() {
            "lf" => Newline::Lf,
            "cr" => Newline::Cr,
            "crlf" => Newline::CrLf,
            "anycrlf" => Newline::AnyCrLf,
            "any" => Newline::Any,
            _ => return None,
        })
    }

    /// The code stored in a compiled pattern.
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The convention stored as `code`.
    pub fn from_code(code: u8) -> Option<Newline> {
        [
            Newline::Lf,
            Newline::Cr,
            Newline::CrLf,
            Newline::AnyCrLf,
            Newline::Any,
        ]
        .get(code as usize)
        .copied()
    }
}

/// Compile options, as bits so that a compiled pattern can store them.
pub mod flag {
    /// `unicode`
    pub const UNICODE: u32 = 1;
    /// `anchored`
    pub const ANCHORED: u32 = 1 << 1;
    /// `caseless`
    pub const CASELESS: u32 = 1 << 2;
    /// `dollar_endonly`
    pub const DOLLAR_ENDONLY: u32 = 1 << 3;
    /// `dotall`
    pub const DOTALL: u32 = 1 << 4;
    /// `extended`
    pub const EXTENDED: u32 = 1 << 5;
    /// `firstline`
    pub const FIRSTLINE: u32 = 1 << 6;
    /// `multiline`
    pub const MULTILINE: u32 = 1 << 7;
    /// `no_auto_capture`
    pub const NO_AUTO_CAPTURE: u32 = 1 << 8;
    /// `dupnames`
    pub const DUPNAMES: u32 = 1 << 9;
    /// `ungreedy`
    pub const UNGREEDY: u32 = 1 << 10;
    /// `bsr_anycrlf`
    pub const BSR_ANYCRLF: u32 = 1 << 11;
    /// `bsr_unicode`
    pub const BSR_UNICODE: u32 = 1 << 12;
    /// `no_start_optimize`
    pub const NO_START_OPTIMIZE: u32 = 1 << 13;
    /// `ucp`
    pub const UCP: u32 = 1 << 14;
    /// `never_utf`
    pub const NEVER_UTF: u32 = 1 << 15;
}

/// What a pattern is compiled with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CompileOptions {
    /// [`flag`] bits.
    pub flags: u32,
    /// The newline convention.
    pub newline: Newline,
}

impl CompileOptions {
    /// Whether `f` (a [`flag`]) is set.
    pub fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
}

/// How captured parts are returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ValueType {
    /// `{Offset, Length}`.
    #[default]
    Index,
    /// Strings.
    List,
    /// Binaries.
    Binary,
}

/// Which groups are returned.
#[derive(Clone, Debug, Default)]
pub enum ValueSpec {
    /// Every group up to the last one that matched.
    #[default]
    All,
    /// Every group but the whole match, up to the last one that matched.
    AllButFirst,
    /// Named groups, in name order.
    AllNames,
    /// The whole match.
    First,
    /// Nothing: the result is `match`.
    None,
    /// The listed group numbers and names (list elements, kept as terms).
    List(Vec<Term>),
}

/// What a match is run with.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// `global`
    pub global: bool,
    /// `anchored` given at run time.
    pub anchored: bool,
    /// `notbol`
    pub notbol: bool,
    /// `noteol`
    pub noteol: bool,
    /// `notempty`
    pub notempty: bool,
    /// `notempty_atstart`
    pub notempty_atstart: bool,
    /// `report_errors`
    pub report_errors: bool,
    /// `{offset, N}`
    pub offset: usize,
    /// `{match_limit, N}`
    pub match_limit: Option<u64>,
    /// `{match_limit_recursion, N}`
    pub match_limit_recursion: Option<u64>,
    /// `{capture, Spec, Type}`
    pub capture: ValueSpec,
    /// The type of the captured values.
    pub value_type: ValueType,
    /// A newline convention given at run time.
    pub newline: Option<Newline>,
    /// A `\R` convention given at run time (true: `bsr_anycrlf`).
    pub bsr_anycrlf: Option<bool>,
}

/// Reads one compile option into `c`; false if it is not one.
fn compile_option(t: Term, c: &mut CompileOptions) -> bool {
    if let Some(&[k, v]) = t.tuple_elements() {
        if k.as_atom().map(|a| a.text()) == Some("newline") {
            if let Some(nl) = Newline::from_term(v) {
                c.newline = nl;
                return true;
            }
        }
        return false;
    }
    let Some(name) = t.as_atom().map(|a| a.text()) else {
        return false;
    };
    let bit = match name {
        "unicode" => flag::UNICODE,
        "anchored" => flag::ANCHORED,
        "caseless" => flag::CASELESS,
        "dollar_endonly" => flag::DOLLAR_ENDONLY,
        "dotall" => flag::DOTALL,
        "extended" => flag::EXTENDED,
        "firstline" => flag::FIRSTLINE,
        "multiline" => flag::MULTILINE,
        "no_auto_capture" => flag::NO_AUTO_CAPTURE,
        "dupnames" => flag::DUPNAMES,
        "ungreedy" => flag::UNGREEDY,
        "bsr_anycrlf" => flag::BSR_ANYCRLF,
        "bsr_unicode" => flag::BSR_UNICODE,
        "no_start_optimize" => flag::NO_START_OPTIMIZE,
        "ucp" => flag::UCP,
        "never_utf" => flag::NEVER_UTF,
        _ => return false,
    };
    c.flags |= bit;
    true
}

/// `re:compile/2` options; `None` if one is not a compile option.
pub fn compile_options(list: Term) -> Option<CompileOptions> {
    let mut c = CompileOptions::default();
    for t in proper_list(list)? {
        if !compile_option(t, &mut c) {
            return None;
        }
    }
    Some(c)
}

fn non_negative(t: Term) -> Option<u64> {
    t.as_small().filter(|&n| n >= 0).map(|n| n as u64)
}

/// Reads one run option into `r`; false if it is not one.
fn run_option(t: Term, r: &mut RunOptions) -> bool {
    if let Some(elems) = t.tuple_elements() {
        let Some(key) = elems.first().and_then(|k| k.as_atom()).map(|a| a.text()) else {
            return false;
        };
        match (key, elems) {
            ("offset", &[_, v]) => match non_negative(v) {
                Some(n) => r.offset = n as usize,
                None => return false,
            },
            ("match_limit", &[_, v]) => match non_negative(v) {
                Some(n) => r.match_limit = Some(n),
                None => return false,
            },
            ("match_limit_recursion", &[_, v]) => match non_negative(v) {
                Some(n) => r.match_limit_recursion = Some(n),
                None => return false,
            },
            ("newline", &[_, v]) => match Newline::from_term(v) {
                Some(nl) => r.newline = Some(nl),
                None => return false,
            },
            ("capture", &[_, spec]) => return capture_spec(spec, r),
            ("capture", &[_, spec, ty]) => {
                r.value_type = match ty.as_atom().map(|a| a.text()) {
                    Some("index") => ValueType::Index,
                    Some("list") => ValueType::List,
                    Some("binary") => ValueType::Binary,
                    _ => return false,
                };
                return capture_spec(spec, r);
            }
            _ => return false,
        }
        return true;
    }
    match t.as_atom().map(|a| a.text()) {
        Some("global") => r.global = true,
        Some("anchored") => r.anchored = true,
        Some("notbol") => r.notbol = true,
        Some("noteol") => r.noteol = true,
        Some("notempty") => r.notempty = true,
        Some("notempty_atstart") => r.notempty_atstart = true,
        Some("report_errors") => r.report_errors = true,
        Some("bsr_anycrlf") => r.bsr_anycrlf = Some(true),
        Some("bsr_unicode") => r.bsr_anycrlf = Some(false),
        _ => return false,
    }
    true
}

fn capture_spec(spec: Term, r: &mut RunOptions) -> bool {
    r.capture = match spec.as_atom().map(|a| a.text()) {
        Some("all") => ValueSpec::All,
        Some("all_but_first") => ValueSpec::AllButFirst,
        Some("all_names") => ValueSpec::AllNames,
        Some("first") => ValueSpec::First,
        Some("none") => ValueSpec::None,
        Some(_) => return false,
        None => match proper_list(spec) {
            Some(items) => ValueSpec::List(items),
            None => return false,
        },
    };
    true
}

/// Why an option list was refused, as erl tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionError {
    /// Not an option at all, or a malformed one: `badarg` with the cause `badopt`.
    BadOption,
    /// A bad `capture` specification, or a compile option with a compiled pattern: plain
    /// `badarg`.
    BadArgument,
}

/// The options of `re:run/3` for a pattern given as text: run options, and compile options
/// where `compile_too` holds.
pub fn run_options(
    list: Term,
    compile_too: bool,
) -> Result<(RunOptions, CompileOptions), OptionError> {
    let mut r = RunOptions::default();
    let mut c = CompileOptions::default();
    for t in proper_list(list).ok_or(OptionError::BadOption)? {
        if run_option(t, &mut r) {
            continue;
        }
        if compile_too && compile_option(t, &mut c) {
            continue;
        }
        let is_capture = t
            .tuple_elements()
            .and_then(|e| e.first())
            .and_then(|k| k.as_atom())
            .is_some_and(|k| k.text() == "capture");
        let compile_only = !compile_too && compile_option(t, &mut CompileOptions::default());
        return Err(if is_capture || compile_only {
            OptionError::BadArgument
        } else {
            OptionError::BadOption
        });
    }
    Ok((r, c))
}
