//! The match specification compiler: from the Erlang term to [`MatchSpec`].

use std::collections::BTreeMap;
use std::ops::Bound;

use vm::atom::Atom;
use vm::bif::BifFn;
use vm::copy::{copy_term_all, size_of_all};
use vm::signal::Payload;
use vm::term::Term;

/// Deepest nesting of patterns and expressions accepted (the walks recurse).
const MAX_DEPTH: usize = 2000;

/// A compiled match specification.
pub struct MatchSpec {
    /// The clauses, tried in order.
    pub clauses: Vec<Clause>,
    /// Number of distinct variables over all clauses (size of the binding array).
    pub slots: usize,
    /// The copied specification, which every constant of the clauses points into.
    _source: Payload,
}

/// One clause `{Head, Guards, Body}`.
pub struct Clause {
    /// The head pattern.
    pub head: Pattern,
    /// The guard expressions, all of which must give `true`.
    pub guards: Vec<Expr>,
    /// The body expressions; the last one gives the result.
    pub body: Vec<Expr>,
    /// The variables of the head as (variable number, slot), by increasing number (for `'$$'`).
    pub vars: Vec<(u32, usize)>,
}

/// A head pattern.
pub enum Pattern {
    /// `'_'`: anything.
    Any,
    /// A variable's first occurrence: binds the slot.
    Bind(usize),
    /// A variable seen before: must be exactly equal to its binding.
    Same(usize),
    /// A term without variables: must be exactly equal.
    Const(Term),
    /// A tuple of patterns.
    Tuple(Vec<Pattern>),
    /// A list cell.
    Cons(Box<Pattern>, Box<Pattern>),
    /// A map with these keys, whose values match.
    Map(Vec<(Term, Pattern)>),
}

/// A guard or body expression.
pub enum Expr {
    /// A bound variable.
    Var(usize),
    /// `'$_'`: the whole matched term.
    Object,
    /// `'$$'`: the list of the head's variables, by number.
    Bindings,
    /// A constant.
    Const(Term),
    /// `{{E1, ...}}`: a tuple.
    Tuple(Vec<Expr>),
    /// `[E1 | E2]`: a list cell.
    Cons(Box<Expr>, Box<Expr>),
    /// `#{K => E}`: a map (constant keys).
    Map(Vec<(Term, Expr)>),
    /// A guard BIF call.
    Call(BifFn, Vec<Expr>),
    /// A term comparison (`<`, `==`, `=:=`, ...), evaluated without a BIF call.
    Cmp(CmpOp, Box<Expr>, Box<Expr>),
    /// `{'andalso', ...}`.
    AndAlso(Vec<Expr>),
    /// `{'orelse', ...}`.
    OrElse(Vec<Expr>),
    /// `{self}`.
    SelfPid,
}

/// The term comparisons, which never fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `<`.
    Lt,
    /// `=<`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
    /// `==`.
    Eq,
    /// `/=`.
    Ne,
    /// `=:=`.
    ExactEq,
    /// `=/=`.
    ExactNe,
}

impl CmpOp {
    fn from_name(name: &str) -> Option<CmpOp> {
        Some(match name {
            "<" => CmpOp::Lt,
            "=<" => CmpOp::Le,
            ">" => CmpOp::Gt,
            ">=" => CmpOp::Ge,
            "==" => CmpOp::Eq,
            "/=" => CmpOp::Ne,
            "=:=" => CmpOp::ExactEq,
            "=/=" => CmpOp::ExactNe,
            _ => return None,
        })
    }

    /// The same comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        }
    }
}

/// The guard functions a match specification may call, with their arities (erl's list for
/// ETS, less the trace-only ones).
const GUARD_FUNCTIONS: &[(&str, u8)] = &[
    ("is_atom", 1),
    ("is_float", 1),
    ("is_integer", 1),
    ("is_list", 1),
    ("is_number", 1),
    ("is_pid", 1),
    ("is_port", 1),
    ("is_reference", 1),
    ("is_tuple", 1),
    ("is_map", 1),
    ("is_map_key", 2),
    ("is_binary", 1),
    ("is_function", 1),
    ("is_record", 3),
    ("abs", 1),
    ("element", 2),
    ("hd", 1),
    ("tl", 1),
    ("length", 1),
    ("map_get", 2),
    ("map_size", 1),
    ("node", 0),
    ("node", 1),
    ("round", 1),
    ("size", 1),
    ("bit_size", 1),
    ("byte_size", 1),
    ("trunc", 1),
    ("float", 1),
    ("binary_part", 2),
    ("binary_part", 3),
    ("+", 1),
    ("+", 2),
    ("-", 1),
    ("-", 2),
    ("*", 2),
    ("/", 2),
    ("div", 2),
    ("rem", 2),
    ("band", 2),
    ("bor", 2),
    ("bxor", 2),
    ("bnot", 1),
    ("bsl", 2),
    ("bsr", 2),
    (">", 2),
    (">=", 2),
    ("<", 2),
    ("=<", 2),
    ("=:=", 2),
    ("==", 2),
    ("=/=", 2),
    ("/=", 2),
    ("not", 1),
    ("and", 2),
    ("or", 2),
    ("xor", 2),
];

/// Functions and special forms of tracing match specifications, which table specifications
/// may not use.
const TRACE_ONLY: &[&str] = &[
    "message",
    "return_trace",
    "exception_trace",
    "process_dump",
    "enable_trace",
    "disable_trace",
    "trace",
    "display",
    "caller",
    "set_tcw",
    "get_tcw",
    "silent",
    "set_seq_token",
    "get_seq_token",
    "is_seq_trace",
];

/// What a variable atom is: `'$N'`, `'$_'`, `'$$'`, `'_'`, or none of these.
enum VarAtom {
    Number(u32),
    Object,
    Bindings,
    Wildcard,
}

fn var_atom(t: Term) -> Option<VarAtom> {
    let text = t.as_atom()?.text();
    match text {
        "_" => return Some(VarAtom::Wildcard),
        "$_" => return Some(VarAtom::Object),
        "$$" => return Some(VarAtom::Bindings),
        _ => {}
    }
    let digits = text.strip_prefix('$')?;
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if digits.len() > 1 && digits.starts_with('0') {
        return None;
    }
    digits.parse().ok().map(VarAtom::Number)
}

/// Compile state: variable numbers to slots, over the whole specification, and the first
/// error found (in erl's words).
#[derive(Default)]
struct Vars {
    slots: BTreeMap<u32, usize>,
    error: Option<String>,
}

impl Vars {
    /// Records `message` as the error (the first one wins) and gives `None`.
    fn fail<T>(&mut self, message: impl FnOnce() -> String) -> Option<T> {
        if self.error.is_none() {
            self.error = Some(message());
        }
        None
    }

    fn slot(&mut self, n: u32) -> usize {
        let next = self.slots.len();
        *self.slots.entry(n).or_insert(next)
    }
}

/// Whether `t` contains a variable or a wildcard (so is not a plain constant pattern).
fn has_vars(t: Term) -> bool {
    let mut work = vec![t];
    while let Some(t) = work.pop() {
        if t.is_atom() {
            if matches!(
                var_atom(t),
                Some(VarAtom::Number(_) | VarAtom::Wildcard | VarAtom::Object | VarAtom::Bindings)
            ) {
                return true;
            }
        } else if let Some((h, tl)) = t.as_cons() {
            work.push(h);
            work.push(tl);
        } else if let Some(es) = t.tuple_elements() {
            work.extend_from_slice(es);
        } else if vm::map::is_map(t) {
            // A map pattern matches maps with more keys too: never a plain constant.
            return true;
        }
    }
    false
}

/// Compiles the head pattern `t`; `bound` holds the slots bound so far in this clause.
fn pattern(t: Term, vars: &mut Vars, bound: &mut Vec<usize>, depth: usize) -> Option<Pattern> {
    if depth > MAX_DEPTH {
        return None;
    }
    if !has_vars(t) {
        return Some(Pattern::Const(t));
    }
    if t.is_atom() {
        return match var_atom(t)? {
            VarAtom::Wildcard => Some(Pattern::Any),
            VarAtom::Number(n) => {
                let s = vars.slot(n);
                if bound.contains(&s) {
                    Some(Pattern::Same(s))
                } else {
                    bound.push(s);
                    Some(Pattern::Bind(s))
                }
            }
            // '$_' and '$$' have no meaning in a head: they are plain atoms there.
            VarAtom::Object | VarAtom::Bindings => Some(Pattern::Const(t)),
        };
    }
    if let Some((h, tl)) = t.as_cons() {
        let h = pattern(h, vars, bound, depth + 1)?;
        let tl = pattern(tl, vars, bound, depth + 1)?;
        return Some(Pattern::Cons(Box::new(h), Box::new(tl)));
    }
    if let Some(es) = t.tuple_elements() {
        let mut ps = Vec::with_capacity(es.len());
        for &e in es {
            ps.push(pattern(e, vars, bound, depth + 1)?);
        }
        return Some(Pattern::Tuple(ps));
    }
    if vm::map::is_map(t) {
        let mut ps = Vec::new();
        for (k, v) in vm::map::iter(t).ok()? {
            if has_vars(k) {
                return None;
            }
            ps.push((k, pattern(v, vars, bound, depth + 1)?));
        }
        return Some(Pattern::Map(ps));
    }
    Some(Pattern::Const(t))
}

/// Compiles the guard or body expression `t`; only slots in `bound` may be used.
fn expr(t: Term, vars: &mut Vars, bound: &[usize], depth: usize) -> Option<Expr> {
    if depth > MAX_DEPTH {
        return None;
    }
    if t.is_atom() {
        return match var_atom(t) {
            Some(VarAtom::Number(n)) => {
                let s = vars.slot(n);
                if bound.contains(&s) {
                    Some(Expr::Var(s))
                } else {
                    vars.fail(|| format!("Variable ${n} is unbound."))
                }
            }
            Some(VarAtom::Object) => Some(Expr::Object),
            Some(VarAtom::Bindings) => Some(Expr::Bindings),
            Some(VarAtom::Wildcard) | None => Some(Expr::Const(t)),
        };
    }
    if let Some((h, tl)) = t.as_cons() {
        let h = expr(h, vars, bound, depth + 1)?;
        let tl = expr(tl, vars, bound, depth + 1)?;
        return Some(Expr::Cons(Box::new(h), Box::new(tl)));
    }
    if let Some(es) = t.tuple_elements() {
        return call(es, vars, bound, depth);
    }
    if vm::map::is_map(t) {
        let mut ps = Vec::new();
        for (k, v) in vm::map::iter(t).ok()? {
            ps.push((k, expr(v, vars, bound, depth + 1)?));
        }
        return Some(Expr::Map(ps));
    }
    Some(Expr::Const(t))
}

/// A tuple in an expression: `{{...}}`, `{const, T}`, or a function call `{F, Args...}`.
fn call(es: &[Term], vars: &mut Vars, bound: &[usize], depth: usize) -> Option<Expr> {
    let (&first, args) = es.split_first()?;
    if es.len() == 1 {
        if let Some(inner) = first.tuple_elements() {
            let mut xs = Vec::with_capacity(inner.len());
            for &e in inner {
                xs.push(expr(e, vars, bound, depth + 1)?);
            }
            return Some(Expr::Tuple(xs));
        }
    }
    let name = first.as_atom()?.text();
    let mut compiled = || -> Option<Vec<Expr>> {
        args.iter()
            .map(|&a| expr(a, vars, bound, depth + 1))
            .collect()
    };
    match (name, args.len()) {
        ("const", 1) => return Some(Expr::Const(args[0])),
        ("const", _) => {
            return vars
                .fail(|| "Special form 'const' called with a wrong number of arguments.".into())
        }
        (trace_only, _) if TRACE_ONLY.contains(&trace_only) => {
            return vars.fail(|| format!("Special form '{trace_only}' used in wrong dialect."))
        }
        ("self", 0) => return Some(Expr::SelfPid),
        ("andalso", n) if n > 0 => return Some(Expr::AndAlso(compiled()?)),
        ("orelse", n) if n > 0 => return Some(Expr::OrElse(compiled()?)),
        _ => {}
    }
    let arity = u8::try_from(args.len()).ok()?;
    if !GUARD_FUNCTIONS.contains(&(name, arity)) {
        return vars.fail(|| format!("Function {name}/{arity} does_not_exist."));
    }
    if let (Some(op), [a, b]) = (CmpOp::from_name(name), args) {
        let a = expr(*a, vars, bound, depth + 1)?;
        let b = expr(*b, vars, bound, depth + 1)?;
        return Some(Expr::Cmp(op, Box::new(a), Box::new(b)));
    }
    let f = Atom::intern(name).ok()?;
    let index = vm::bif::lookup(vm::atom::ERLANG, f, u32::from(arity))?;
    let func = vm::bif::get(index)?.func;
    Some(Expr::Call(func, compiled()?))
}

/// Compiles one clause `{Head, Guards, Body}`.
fn clause(t: Term, vars: &mut Vars) -> Option<Clause> {
    let Some(&[head, guards, body]) = t.tuple_elements() else {
        return vars.fail(|| "Match program part is not a tuple of arity 3.".into());
    };
    let mut bound = Vec::new();
    let head = pattern(head, vars, &mut bound, 0)?;
    let Some(guards) = list(guards) else {
        return vars.fail(|| "Match expression is not a list.".into());
    };
    let mut compiled_guards = Vec::new();
    for g in guards {
        compiled_guards.push(expr(g, vars, &bound, 0)?);
    }
    let body = match list(body) {
        Some(b) if !b.is_empty() => b,
        _ => return vars.fail(|| "Body clause does not return anything.".into()),
    };
    let mut compiled_body = Vec::new();
    for b in body {
        compiled_body.push(expr(b, vars, &bound, 0)?);
    }
    let mut head_vars: Vec<(u32, usize)> = vars
        .slots
        .iter()
        .filter(|(_, s)| bound.contains(s))
        .map(|(&n, &s)| (n, s))
        .collect();
    head_vars.sort_unstable();
    Some(Clause {
        head,
        guards: compiled_guards,
        body: compiled_body,
        vars: head_vars,
    })
}

/// The elements of a proper list.
fn list(mut t: Term) -> Option<Vec<Term>> {
    let mut out = Vec::new();
    while let Some((h, tl)) = t.as_cons() {
        out.push(h);
        t = tl;
    }
    t.is_nil().then_some(out)
}

/// Compiles the match specification `ms` (a term of any memory), or `None` if it is not one.
pub fn compile(ms: Term) -> Option<MatchSpec> {
    compile_checked(ms).ok()
}

/// Compiles the match specification `ms`, or says what is wrong with it as erl does.
pub fn compile_checked(ms: Term) -> Result<MatchSpec, String> {
    if list(ms).is_none() {
        return Err("Match programs are not in a list.".into());
    }
    let source = Payload::build(size_of_all(ms), |f| copy_term_all(ms, f));
    let ms = source.peek();
    let mut vars = Vars::default();
    let mut clauses = Vec::new();
    for c in list(ms).unwrap_or_default() {
        match clause(c, &mut vars) {
            Some(c) => clauses.push(c),
            None => {
                return Err(vars
                    .error
                    .take()
                    .unwrap_or_else(|| "Invalid match specification.".into()))
            }
        }
    }
    Ok(MatchSpec {
        clauses,
        slots: vars.slots.len(),
        _source: source,
    })
}

impl MatchSpec {
    /// Whether every clause gives an object with the key of the object it matched (its body is
    /// `'$_'`, or a tuple whose element at `keypos` is the head's key variable or constant), as
    /// `select_replace/2` requires.
    pub fn keeps_key(&self, keypos: usize) -> bool {
        self.clauses.iter().all(|c| {
            let Some(last) = c.body.last() else {
                return false;
            };
            let head_key = match &c.head {
                Pattern::Tuple(ps) if ps.len() >= keypos => Some(&ps[keypos - 1]),
                _ => None,
            };
            match last {
                Expr::Object => true,
                Expr::Tuple(xs) if xs.len() >= keypos => match (&xs[keypos - 1], head_key) {
                    (Expr::Var(s), Some(Pattern::Bind(b) | Pattern::Same(b))) => s == b,
                    (Expr::Const(k), Some(Pattern::Const(h))) => {
                        vm::ops::compare::exact_equal(*k, *h)
                    }
                    _ => false,
                },
                _ => false,
            }
        })
    }

    /// For a specification of one clause whose head is a tuple binding its key (at 1-based
    /// `keypos`) to a variable, the range of keys (in term order) its guards allow, from the
    /// guards that compare that variable with a constant (`{'>', '$1', 10}`, ...): no object
    /// whose key lies outside can match, so an ordered set need only scan the range.
    pub fn key_range(&self, keypos: usize) -> Option<(Bound<Term>, Bound<Term>)> {
        let [clause] = self.clauses.as_slice() else {
            return None;
        };
        let Pattern::Tuple(ps) = &clause.head else {
            return None;
        };
        let Some(Pattern::Bind(var)) = ps.get(keypos.checked_sub(1)?) else {
            return None;
        };
        let mut lo = Bound::Unbounded;
        let mut hi = Bound::Unbounded;
        let mut any = false;
        for g in &clause.guards {
            let Expr::Cmp(op, a, b) = g else {
                continue;
            };
            let (op, c) = match (&**a, &**b) {
                (Expr::Var(s), Expr::Const(c)) if s == var => (*op, *c),
                (Expr::Const(c), Expr::Var(s)) if s == var => (op.swapped(), *c),
                _ => continue,
            };
            let (l, h) = match op {
                CmpOp::Gt => (Bound::Excluded(c), Bound::Unbounded),
                CmpOp::Ge => (Bound::Included(c), Bound::Unbounded),
                CmpOp::Lt => (Bound::Unbounded, Bound::Excluded(c)),
                CmpOp::Le => (Bound::Unbounded, Bound::Included(c)),
                CmpOp::Eq | CmpOp::ExactEq => (Bound::Included(c), Bound::Included(c)),
                CmpOp::Ne | CmpOp::ExactNe => continue,
            };
            lo = tighter(lo, l, std::cmp::Ordering::Greater);
            hi = tighter(hi, h, std::cmp::Ordering::Less);
            any = true;
        }
        any.then_some((lo, hi))
    }

    /// The key every clause's head fixes at 1-based position `keypos`, when all heads are
    /// tuples with a constant there (so a lookup can replace a scan), one per clause.
    pub fn bound_keys(&self, keypos: usize) -> Option<Vec<Term>> {
        self.clauses
            .iter()
            .map(|c| match &c.head {
                Pattern::Tuple(ps) => match ps.get(keypos.checked_sub(1)?) {
                    Some(Pattern::Const(k)) => Some(*k),
                    _ => None,
                },
                Pattern::Const(t) => {
                    let es = t.tuple_elements()?;
                    es.get(keypos.checked_sub(1)?).copied()
                }
                _ => None,
            })
            .collect()
    }
}

/// The tighter of two bounds on the same side: the one further towards `inward` (`Greater` for
/// lower bounds, `Less` for upper ones); an excluded bound is tighter than an included one at
/// the same term.
pub fn tighter(a: Bound<Term>, b: Bound<Term>, inward: std::cmp::Ordering) -> Bound<Term> {
    let (x, y) = match (a, b) {
        (Bound::Unbounded, b) => return b,
        (a, Bound::Unbounded) => return a,
        (Bound::Included(x) | Bound::Excluded(x), Bound::Included(y) | Bound::Excluded(y)) => {
            (x, y)
        }
    };
    let ord = vm::ops::compare::compare(y, x);
    if ord == inward || (ord.is_eq() && matches!(b, Bound::Excluded(_))) {
        b
    } else {
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::heap::{ScratchHeap, TermAlloc};

    fn atom(s: &str) -> Term {
        Term::atom(Atom::intern(s).unwrap())
    }

    #[test]
    fn rejects_unbound_variables_and_unknown_functions() {
        let mut h = ScratchHeap::new();
        let head = h.tuple(&[atom("$1"), atom("_")]);
        let good_body = h.list(&[atom("$1")]);
        let bad_body = h.list(&[atom("$2")]);
        let good = h.tuple(&[head, Term::NIL, good_body]);
        let bad = h.tuple(&[head, Term::NIL, bad_body]);
        let good_ms = h.list(&[good]);
        let bad_ms = h.list(&[bad]);
        assert!(compile(good_ms).is_some());
        assert!(compile(bad_ms).is_none());
        let call = h.tuple(&[atom("no_such_guard"), atom("$1")]);
        let guards = h.list(&[call]);
        let clause = h.tuple(&[head, guards, good_body]);
        let ms = h.list(&[clause]);
        assert!(compile(ms).is_none());
        assert!(compile(atom("x")).is_none());
    }

    #[test]
    fn bound_keys_and_keeps_key() {
        let mut h = ScratchHeap::new();
        let head = h.tuple(&[atom("k"), atom("$1")]);
        let body = h.list(&[atom("$_")]);
        let clause = h.tuple(&[head, Term::NIL, body]);
        let ms = h.list(&[clause]);
        let c = compile(ms).unwrap();
        assert_eq!(c.bound_keys(1), Some(vec![atom("k")]));
        assert!(c.keeps_key(1));
        assert_eq!(c.bound_keys(2), None);
    }
}
