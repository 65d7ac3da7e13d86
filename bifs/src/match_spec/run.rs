//! The match specification interpreter.
//!
//! Running never copies the matched term: bindings point into it, and a result may share parts
//! of it. Callers that matched a term outside the process heap (an ETS object, under its
//! table's lock) copy the result into the heap before the lock is released.

use vm::bif::ProcessContext;
use vm::heap::TermAlloc;
use vm::ops::compare::{compare, equal, exact_equal};
use vm::term::Term;

use super::compile::{Clause, CmpOp, Expr, MatchSpec, Pattern};

/// Bindings kept on the stack when a specification has at most this many variables.
const INLINE_SLOTS: usize = 8;

/// Arguments of a guard function call kept on the stack up to this many.
const INLINE_ARGS: usize = 3;

/// `a op b` in term order (small integers compared directly).
#[inline]
pub fn compare_terms(op: CmpOp, a: Term, b: Term) -> bool {
    let ord = match (a.as_small(), b.as_small()) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => match op {
            CmpOp::Eq => return equal(a, b),
            CmpOp::Ne => return !equal(a, b),
            CmpOp::ExactEq => return exact_equal(a, b),
            CmpOp::ExactNe => return !exact_equal(a, b),
            _ => compare(a, b),
        },
    };
    match op {
        CmpOp::Lt => ord.is_lt(),
        CmpOp::Le => ord.is_le(),
        CmpOp::Gt => ord.is_gt(),
        CmpOp::Ge => ord.is_ge(),
        CmpOp::Eq | CmpOp::ExactEq => ord.is_eq(),
        CmpOp::Ne | CmpOp::ExactNe => ord.is_ne(),
    }
}

/// The result of running a match specification on one term.
pub enum Outcome {
    /// No clause matched.
    NoMatch,
    /// The value of the matching clause's body.
    Value(Term),
}

/// Matches `t` against `pat`, binding `slots`.
fn matches(pat: &Pattern, t: Term, slots: &mut [Term]) -> bool {
    match pat {
        Pattern::Any => true,
        Pattern::Bind(s) => {
            slots[*s] = t;
            true
        }
        Pattern::Same(s) => exact_equal(slots[*s], t),
        Pattern::Const(c) => exact_equal(*c, t),
        Pattern::Tuple(ps) => match t.tuple_elements() {
            Some(es) if es.len() == ps.len() => {
                ps.iter().zip(es.iter()).all(|(p, &e)| matches(p, e, slots))
            }
            _ => false,
        },
        Pattern::Cons(h, tl) => match t.as_cons() {
            Some((th, ttl)) => matches(h, th, slots) && matches(tl, ttl, slots),
            None => false,
        },
        Pattern::Map(ps) => {
            if !vm::map::is_map(t) {
                return false;
            }
            ps.iter().all(|(k, p)| match vm::map::get(t, *k) {
                Ok(Some(v)) => matches(p, v, slots),
                _ => false,
            })
        }
    }
}

/// Evaluates `e`; `None` when a guard function fails.
fn eval(
    p: &mut ProcessContext,
    e: &Expr,
    object: Term,
    clause: &Clause,
    slots: &[Term],
) -> Option<Term> {
    Some(match e {
        Expr::Var(s) => slots[*s],
        Expr::Object => object,
        Expr::Bindings => {
            let vals: Vec<Term> = clause.vars.iter().map(|&(_, s)| slots[s]).collect();
            p.heap.list(&vals)
        }
        Expr::Const(c) => *c,
        Expr::Tuple(xs) => {
            let vals = eval_all(p, xs, object, clause, slots)?;
            p.heap.tuple(&vals)
        }
        Expr::Cons(h, tl) => {
            let h = eval(p, h, object, clause, slots)?;
            let tl = eval(p, tl, object, clause, slots)?;
            p.heap.cons(h, tl)
        }
        Expr::Map(ps) => {
            let mut pairs = Vec::with_capacity(ps.len());
            for (k, v) in ps {
                pairs.push((*k, eval(p, v, object, clause, slots)?));
            }
            vm::map::map_from_pairs(&mut p.heap, &pairs, vm::map::Duplicates::LastWins).ok()?
        }
        Expr::Call(f, xs) if xs.len() <= INLINE_ARGS => {
            let mut args = [Term::NIL; INLINE_ARGS];
            for (slot, x) in args.iter_mut().zip(xs) {
                *slot = eval(p, x, object, clause, slots)?;
            }
            f(p, &args[..xs.len()]).ok()?
        }
        Expr::Call(f, xs) => {
            let args = eval_all(p, xs, object, clause, slots)?;
            f(p, &args).ok()?
        }
        Expr::Cmp(op, a, b) => {
            let a = eval(p, a, object, clause, slots)?;
            let b = eval(p, b, object, clause, slots)?;
            Term::boolean(compare_terms(*op, a, b))
        }
        Expr::AndAlso(xs) => {
            for x in xs {
                let v = eval(p, x, object, clause, slots)?;
                if v == Term::FALSE {
                    return Some(Term::FALSE);
                }
                if v != Term::TRUE {
                    return None;
                }
            }
            Term::TRUE
        }
        Expr::OrElse(xs) => {
            for x in xs {
                let v = eval(p, x, object, clause, slots)?;
                if v == Term::TRUE {
                    return Some(Term::TRUE);
                }
                if v != Term::FALSE {
                    return None;
                }
            }
            Term::FALSE
        }
        Expr::SelfPid => p.pid,
    })
}

fn eval_all(
    p: &mut ProcessContext,
    xs: &[Expr],
    object: Term,
    clause: &Clause,
    slots: &[Term],
) -> Option<Vec<Term>> {
    xs.iter()
        .map(|x| eval(p, x, object, clause, slots))
        .collect()
}

/// The atom `'EXIT'`.
fn exit_atom() -> Term {
    Term::atom(vm::atom::Atom::intern("EXIT").unwrap_or(vm::atom::ERROR))
}

impl MatchSpec {
    /// Runs the specification on `t` in process `p` (whose heap gets any term the guards and
    /// body build).
    pub fn run(&self, p: &mut ProcessContext, t: Term) -> Outcome {
        let mut inline = [Term::NIL; INLINE_SLOTS];
        let mut spilled;
        let slots: &mut [Term] = if self.slots <= INLINE_SLOTS {
            &mut inline[..self.slots]
        } else {
            spilled = vec![Term::NIL; self.slots];
            &mut spilled
        };
        for clause in &self.clauses {
            if !matches(&clause.head, t, slots) {
                continue;
            }
            let guards_hold = clause
                .guards
                .iter()
                .all(|g| eval(p, g, t, clause, slots) == Some(Term::TRUE));
            if !guards_hold {
                continue;
            }
            let mut value = Term::NIL;
            for b in &clause.body {
                match eval(p, b, t, clause, slots) {
                    Some(v) => value = v,
                    // A body that fails gives 'EXIT', as in erl.
                    None => return Outcome::Value(exit_atom()),
                }
            }
            return Outcome::Value(value);
        }
        Outcome::NoMatch
    }

    /// Whether the specification's only clause is `{'_', [], [true]}`: every term matches,
    /// giving `true` (`select_delete/2` of everything).
    pub fn matches_everything_true(&self) -> bool {
        matches!(self.clauses.as_slice(), [c]
            if matches!(c.head, Pattern::Any) && c.guards.is_empty()
                && matches!(c.body.as_slice(), [Expr::Const(t)] if *t == Term::TRUE))
    }
}
