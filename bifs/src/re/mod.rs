//! The built-ins of the `re` module (`run/2,3`, `internal_run/4`, `compile/1,2`, `inspect/2`,
//! `version/0`) on PCRE2 through the `pcre2` crate. `re:replace/3,4`, `re:split/2,3` and the
//! rest of `re` are OTP's Erlang code built on these. See docs/re.md for how erl's options
//! map onto PCRE2 and where the two differ.

mod latin1;
mod messages;
pub mod options;
pub mod pattern;
mod subject;

use vm::bif::{badarg, badarg_with_cause, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::process::atom;
use crate::BifSpec;
use options::{flag, RunOptions, ValueSpec, ValueType};
use pattern::{CompileError, Program, Source, Variant};
use subject::Subject;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("re", "run", 2, run_2),
    ("re", "run", 3, run_3),
    ("re", "internal_run", 4, internal_run_4),
    ("re", "compile", 1, compile_1),
    ("re", "compile", 2, compile_2),
    ("re", "inspect", 2, inspect_2),
    ("re", "version", 0, version_0),
];

/// PCRE2's error codes for exceeded limits.
const ERROR_MATCH_LIMIT: i32 = -47;
const ERROR_DEPTH_LIMIT: i32 = -53;
const ERROR_HEAP_LIMIT: i32 = -63;

/// The source of a pattern given as text (iodata, or chardata with `unicode`).
fn text_source(t: Term, options: options::CompileOptions) -> Option<Source> {
    let unicode = options.has(flag::UNICODE);
    let bytes = subject::bytes_of(t, unicode)?;
    Some(Source { bytes, options })
}

/// The source inside a compiled pattern tuple.
fn compiled_source(t: Term) -> Option<Source> {
    let elems = t.tuple_elements()?;
    if elems.len() != 5 || elems[0].as_atom()?.text() != "re_pattern" {
        return None;
    }
    Source::decode(elems[4].binary_bytes()?)
}

/// `{Text, Offset}` of a compile error.
fn error_pair(p: &mut ProcessContext, e: &CompileError) -> Term {
    let text = p.heap.charlist(&e.text);
    p.heap.tuple(&[text, Term::small(e.offset as i64)])
}

fn compile(p: &mut ProcessContext, pat: Term, opts: Term) -> BifResult {
    let Some(options) = options::compile_options(opts) else {
        return Err(badarg_with_cause("re", "compile", "badopt"));
    };
    let Some(src) = text_source(pat, options) else {
        return badarg();
    };
    match pattern::program(&src, &Variant::default()) {
        Ok(prog) => {
            let bin = p.heap.binary(&src.encode());
            let tuple = p.heap.tuple(&[
                atom("re_pattern"),
                Term::small(prog.groups as i64),
                Term::small(i64::from(options.has(flag::UNICODE))),
                Term::small(i64::from(options.newline.uses_crlf())),
                bin,
            ]);
            Ok(p.heap.tuple(&[atom("ok"), tuple]))
        }
        Err(e) => {
            let pair = error_pair(p, &e);
            Ok(p.heap.tuple(&[atom("error"), pair]))
        }
    }
}

fn compile_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    compile(p, a[0], Term::NIL)
}

fn compile_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    compile(p, a[0], a[1])
}

fn inspect_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(src) = compiled_source(a[0]) else {
        return badarg();
    };
    if a[1].as_atom().map(|x| x.text()) != Some("namelist") {
        return badarg();
    }
    let Ok(prog) = pattern::program(&src, &Variant::default()) else {
        return badarg();
    };
    let mut names: Vec<&str> = prog.names.iter().map(|(n, _)| n.as_str()).collect();
    names.dedup();
    let bins: Vec<Term> = names.iter().map(|n| p.heap.binary(n.as_bytes())).collect();
    let list = p.heap.list(&bins);
    Ok(p.heap.tuple(&[atom("namelist"), list]))
}

fn version_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let (major, minor) = pcre2::version();
    Ok(p.heap.binary(format!("{major}.{minor}").as_bytes()))
}

fn run_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    run(p, a[0], a[1], Term::NIL)
}

fn run_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    run(p, a[0], a[1], a[2])
}

fn internal_run_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    run(p, a[0], a[1], a[2])
}

/// The groups of one match: `(start, end)` of each, `None` where a group did not take part.
type Groups = Vec<Option<(usize, usize)>>;

/// Why a match attempt failed other than by not matching.
enum MatchError {
    /// `{error, match_limit}`
    Limit,
    /// `{error, match_limit_recursion}`
    Depth,
}

/// Subjects from this many bytes on are matched on the dirty pool, so that a long match never
/// holds up the other processes of its scheduler (erl's re yields instead).
const DIRTY_SUBJECT_BYTES: usize = 64 * 1024;

/// A match to run: the programs, the subject and the options, all checked.
struct Prepared {
    run_opts: RunOptions,
    prog: std::sync::Arc<Program>,
    /// The program for the attempt after an empty match (`global` only).
    retry: Option<std::sync::Arc<Program>>,
    subject: Subject,
    anchored: bool,
    firstline: bool,
    crlf: bool,
    unicode: bool,
}

/// The subject, pattern and options of `run/2,3` and `internal_run/4`.
fn run_args(a: &[Term]) -> (Term, Term, Term) {
    match a {
        [s, r, o, ..] => (*s, *r, *o),
        [s, r] => (*s, *r, Term::NIL),
        _ => (Term::NIL, Term::NIL, Term::NIL),
    }
}

fn run(p: &mut ProcessContext, subj: Term, re: Term, opts: Term) -> BifResult {
    let prep = match prepare(p, subj, re, opts) {
        Ok(prep) => prep,
        Err(answer) => return answer,
    };
    if prep.subject.bytes.len() >= DIRTY_SUBJECT_BYTES {
        return vm::nif::dirty::call(p, run_dirty, &[subj, re, opts]);
    }
    let outcome = execute(&prep);
    respond(p, &prep, outcome)
}

/// The dirty half of a run over a large subject: the match runs on a pool thread; the result
/// is built when the process runs again, from its arguments read afresh.
fn run_dirty(p: &mut ProcessContext, a: &[Term]) -> Result<vm::nif::DirtyWork, vm::bif::BifError> {
    let (subj, re, opts) = run_args(a);
    let prep = prepare(p, subj, re, opts).ok();
    Ok(Box::new(move || {
        let outcome = prep.as_ref().map(execute);
        Box::new(move |p: &mut ProcessContext, args: &[Term]| {
            let (subj, re, opts) = run_args(args);
            match (prepare(p, subj, re, opts), outcome) {
                (Ok(prep), Some(outcome)) => respond(p, &prep, outcome),
                (Ok(prep), None) => {
                    let outcome = execute(&prep);
                    respond(p, &prep, outcome)
                }
                (Err(answer), _) => answer,
            }
        }) as vm::nif::Finish
    }))
}

/// Checks the options, compiles the pattern and reads the subject; `Err` holds the call's
/// answer when it is known without matching (`badarg`, or a compile error reported as a value).
fn prepare(
    p: &mut ProcessContext,
    subj: Term,
    re: Term,
    opts: Term,
) -> Result<Prepared, BifResult> {
    let compiled = compiled_source(re);
    let (run_opts, copts) = match options::run_options(opts, compiled.is_none()) {
        Ok(o) => o,
        Err(options::OptionError::BadOption) => {
            return Err(Err(badarg_with_cause("re", "run", "badopt")))
        }
        Err(options::OptionError::BadArgument) => return Err(badarg()),
    };
    let src = match compiled {
        Some(src) => src,
        None if re.tuple_elements().is_some() => return Err(badarg()),
        None => match text_source(re, copts) {
            Some(src) => src,
            None => return Err(badarg()),
        },
    };
    let unicode = src.options.has(flag::UNICODE);
    let Some(subject) = Subject::read(subj, unicode) else {
        return Err(badarg());
    };
    if run_opts.offset > subject.bytes.len() {
        return Err(badarg());
    }
    let variant = Variant {
        notbol: run_opts.notbol,
        noteol: run_opts.noteol,
        notempty: run_opts.notempty,
        notempty_atstart: run_opts.notempty_atstart,
        match_limit: run_opts.match_limit,
        depth_limit: run_opts.match_limit_recursion,
        newline: run_opts.newline,
        bsr_anycrlf: run_opts.bsr_anycrlf,
    };
    let prog = match pattern::program(&src, &variant) {
        Ok(prog) => prog,
        Err(e) if run_opts.report_errors => {
            let pair = error_pair(p, &e);
            let inner = p.heap.tuple(&[atom("compile"), pair]);
            return Err(Ok(p.heap.tuple(&[atom("error"), inner])));
        }
        Err(_) => return Err(badarg()),
    };
    let retry = if run_opts.global {
        let retry_variant = Variant {
            notempty_atstart: true,
            ..variant
        };
        match pattern::program(&src, &retry_variant) {
            Ok(r) => Some(r),
            Err(_) => return Err(badarg()),
        }
    } else {
        None
    };
    Ok(Prepared {
        anchored: run_opts.anchored || src.options.has(flag::ANCHORED),
        firstline: src.options.has(flag::FIRSTLINE),
        crlf: variant.newline.unwrap_or(src.options.newline).uses_crlf(),
        unicode,
        run_opts,
        prog,
        retry,
        subject,
    })
}

/// Runs the match (every match with `global`).
fn execute(prep: &Prepared) -> Result<Vec<Groups>, MatchError> {
    let matcher = Matcher {
        prog: &prep.prog,
        subject: &prep.subject.bytes,
        anchored: prep.anchored,
        firstline: prep.firstline,
    };
    match &prep.retry {
        Some(retry) => global(
            &matcher,
            retry,
            prep.run_opts.offset,
            prep.crlf,
            prep.unicode,
        ),
        None => matcher
            .at(prep.run_opts.offset)
            .map(|m| m.into_iter().collect()),
    }
}

/// Counts the run's reductions and builds its answer.
fn respond(
    p: &mut ProcessContext,
    prep: &Prepared,
    outcome: Result<Vec<Groups>, MatchError>,
) -> BifResult {
    let run_opts = &prep.run_opts;
    let prog = &prep.prog;
    let subject = &prep.subject;
    // erl's PCRE counts its work as reductions; count one per 16 bytes searched.
    let searched = match &outcome {
        Ok(m) => m
            .last()
            .and_then(|g| g[0])
            .map_or(subject.bytes.len(), |(_, e)| e),
        Err(_) => subject.bytes.len(),
    };
    p.reductions += 1 + (searched.saturating_sub(run_opts.offset) / 16) as u64;
    match outcome {
        Err(e) if run_opts.report_errors => {
            let reason = match e {
                MatchError::Limit => "match_limit",
                MatchError::Depth => "match_limit_recursion",
            };
            Ok(p.heap.tuple(&[atom("error"), atom(reason)]))
        }
        Err(_) => Ok(atom("nomatch")),
        Ok(matches) if matches.is_empty() => Ok(atom("nomatch")),
        Ok(_)
            if matches!(&run_opts.capture, ValueSpec::None)
                || matches!(&run_opts.capture, ValueSpec::List(l) if l.is_empty())
                || matches!(&run_opts.capture, ValueSpec::AllNames if prog.names.is_empty()) =>
        {
            Ok(atom("match"))
        }
        Ok(matches) => {
            let lists: Vec<Term> = matches
                .iter()
                .map(|g| captured(p, prog, subject, run_opts, g))
                .collect::<Result<_, _>>()?;
            let value = if run_opts.global {
                p.heap.list(&lists)
            } else {
                lists[0]
            };
            Ok(p.heap.tuple(&[atom("match"), value]))
        }
    }
}

/// One program run over one subject.
struct Matcher<'a> {
    prog: &'a Program,
    subject: &'a [u8],
    anchored: bool,
    firstline: bool,
}

impl Matcher<'_> {
    /// The first match at or after `start` (only at `start` when anchored).
    fn at(&self, start: usize) -> Result<Option<Groups>, MatchError> {
        self.run(self.prog, start, self.anchored)
    }

    fn run(
        &self,
        prog: &Program,
        start: usize,
        anchored: bool,
    ) -> Result<Option<Groups>, MatchError> {
        let mut locs = prog.regex.capture_locations();
        let found = prog
            .regex
            .captures_read_at(&mut locs, self.subject, start)
            .map_err(|e| match e.code() {
                ERROR_DEPTH_LIMIT | ERROR_HEAP_LIMIT => MatchError::Depth,
                ERROR_MATCH_LIMIT => MatchError::Limit,
                _ => MatchError::Limit,
            })?;
        let Some(m) = found else {
            return Ok(None);
        };
        if anchored && m.start() != start {
            return Ok(None);
        }
        if self.firstline {
            if let Some(nl) = self.subject[start..].iter().position(|&b| b == b'\n') {
                if m.start() > start + nl {
                    return Ok(None);
                }
            }
        }
        Ok(Some((0..=prog.groups).map(|i| locs.get(i)).collect()))
    }
}

/// Every match from `start` on, as erl's `global` finds them: after an empty match the next
/// attempt is at the same place, anchored and not empty; if that fails, one character on.
fn global(
    m: &Matcher<'_>,
    retry: &Program,
    start: usize,
    crlf: bool,
    unicode: bool,
) -> Result<Vec<Groups>, MatchError> {
    let mut out = Vec::new();
    let mut pos = start;
    let mut after_empty = false;
    let len = m.subject.len();
    loop {
        let found = if after_empty {
            m.run(retry, pos, true)?
        } else {
            m.at(pos)?
        };
        match found {
            Some(groups) => {
                let (s, e) = groups[0].unwrap_or((pos, pos));
                out.push(groups);
                after_empty = s == e;
                pos = e;
            }
            None if after_empty => {
                if pos >= len {
                    break;
                }
                pos += step(m.subject, pos, crlf, unicode);
                after_empty = false;
            }
            None => break,
        }
        if pos > len {
            break;
        }
    }
    Ok(out)
}

/// The length of the character at `pos` (a `\r\n` pair counts as one with `crlf`).
fn step(s: &[u8], pos: usize, crlf: bool, unicode: bool) -> usize {
    if crlf && s[pos..].starts_with(b"\r\n") {
        return 2;
    }
    if unicode {
        let mut n = 1;
        while pos + n < s.len() && s[pos + n] & 0xC0 == 0x80 {
            n += 1;
        }
        return n;
    }
    1
}

/// The group numbers a capture specification asks for (`None`: a group that cannot exist).
fn wanted(prog: &Program, spec: &ValueSpec, groups: &Groups) -> Result<Vec<Option<usize>>, ()> {
    let last_set = groups.iter().rposition(Option::is_some).unwrap_or(0);
    Ok(match spec {
        ValueSpec::All | ValueSpec::None => (0..=last_set).map(Some).collect(),
        ValueSpec::AllButFirst => (1..=last_set).map(Some).collect(),
        ValueSpec::First => vec![Some(0)],
        ValueSpec::AllNames => {
            let mut names: Vec<&(String, usize)> = prog.names.iter().collect();
            names.dedup_by(|a, b| a.0 == b.0);
            names.iter().map(|(_, i)| Some(*i)).collect()
        }
        ValueSpec::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for &t in items {
                if let Some(n) = t.as_small() {
                    if n < 0 {
                        return Err(());
                    }
                    out.push(Some(n as usize).filter(|&n| n <= prog.groups));
                    continue;
                }
                let name = if let Some(a) = t.as_atom() {
                    a.text().as_bytes().to_vec()
                } else {
                    subject::bytes_of(t, true).ok_or(())?
                };
                let found = prog
                    .names
                    .iter()
                    .filter(|(n, _)| n.as_bytes() == name.as_slice())
                    .rev()
                    .find_map(|&(_, i)| groups.get(i).copied().flatten().map(|_| i))
                    .or_else(|| {
                        prog.names
                            .iter()
                            .find(|(n, _)| n.as_bytes() == name.as_slice())
                            .map(|&(_, i)| i)
                    });
                out.push(found);
            }
            out
        }
    })
}

/// The captured values of one match, as the run options ask.
fn captured(
    p: &mut ProcessContext,
    prog: &Program,
    subject: &Subject,
    opts: &RunOptions,
    groups: &Groups,
) -> BifResult {
    let Ok(which) = wanted(prog, &opts.capture, groups) else {
        return badarg();
    };
    let values: Vec<Term> = which
        .into_iter()
        .map(|i| {
            let span = i.and_then(|i| groups.get(i).copied().flatten());
            value(p, subject, opts.value_type, span)
        })
        .collect();
    Ok(p.heap.list(&values))
}

/// One captured value.
fn value(p: &mut ProcessContext, s: &Subject, ty: ValueType, span: Option<(usize, usize)>) -> Term {
    match (ty, span) {
        (ValueType::Index, None) => p.heap.tuple(&[Term::small(-1), Term::small(0)]),
        (ValueType::Index, Some((a, b))) => p
            .heap
            .tuple(&[Term::small(a as i64), Term::small((b - a) as i64)]),
        (ValueType::List, None) => Term::NIL,
        (ValueType::List, Some((a, b))) => s.list(p, a, b),
        (ValueType::Binary, None) => p.heap.binary(&[]),
        (ValueType::Binary, Some((a, b))) => s.binary(p, a, b),
    }
}
