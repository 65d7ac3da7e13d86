//! `erlang:system_monitor/0,1,2` and `erlang:system_profile/0,2`: the monitoring process and
//! its options are stored and reported as erl reports them. girder sends no monitor or profile
//! messages yet (it measures no long collections or schedules, and has no busy ports).

use std::sync::Mutex;

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::lists::proper_list;
use crate::process::atom;
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "system_monitor", 0, system_monitor_0),
    ("erlang", "system_monitor", 1, system_monitor_1),
    ("erlang", "system_monitor", 2, system_monitor_2),
    ("erlang", "system_profile", 0, system_profile_0),
    ("erlang", "system_profile", 2, system_profile_2),
];

/// The monitor options in the order erl reports them; the `bool` says whether one takes a
/// value.
const MONITOR_OPTS: &[(&str, bool)] = &[
    ("busy_port", false),
    ("busy_dist_port", false),
    ("large_heap", true),
    ("long_gc", true),
    ("long_schedule", true),
];

/// The profile options in the order erl reports them.
const PROFILE_OPTS: &[&str] = &[
    "exclusive",
    "scheduler",
    "runnable_ports",
    "runnable_procs",
    "timestamp",
    "monotonic_timestamp",
    "strict_monotonic_timestamp",
];

/// A monitoring process and its options: (name, value) pairs, value 0 for flags.
type Setting = Option<(Term, Vec<(&'static str, i64)>)>;

static MONITOR: Mutex<Setting> = Mutex::new(None);
static PROFILE: Mutex<Setting> = Mutex::new(None);

/// `{Pid, Options}` or `undefined`.
fn report(p: &mut ProcessContext, s: &Setting, valued: &[(&str, bool)]) -> Term {
    let Some((pid, opts)) = s else {
        return atom("undefined");
    };
    let items: Vec<Term> = opts
        .iter()
        .map(|&(name, v)| {
            if valued.iter().any(|&(n, has)| n == name && has) {
                let v = p.heap.integer(v);
                p.heap.tuple(&[atom(name), v])
            } else {
                atom(name)
            }
        })
        .collect();
    let list = p.heap.list(&items);
    p.heap.tuple(&[*pid, list])
}

fn monitor_options(list: Term) -> Option<Vec<(&'static str, i64)>> {
    let mut found: Vec<(&'static str, i64)> = Vec::new();
    for t in proper_list(list)? {
        let (name, value) = match t.tuple_elements() {
            Some(&[k, v]) => (k.as_atom()?.text(), Some(v.as_small().filter(|&n| n >= 0)?)),
            Some(_) => return None,
            None => (t.as_atom()?.text(), None),
        };
        let &(known, valued) = MONITOR_OPTS.iter().find(|(n, _)| *n == name)?;
        if valued != value.is_some() {
            return None;
        }
        found.retain(|(n, _)| *n != known);
        found.push((known, value.unwrap_or(0)));
    }
    found.sort_by_key(|(n, _)| MONITOR_OPTS.iter().position(|(m, _)| m == n));
    Some(found)
}

fn swap(cell: &Mutex<Setting>, new: Setting) -> Setting {
    std::mem::replace(&mut *cell.lock().unwrap_or_else(|e| e.into_inner()), new)
}

fn current(cell: &Mutex<Setting>) -> Setting {
    cell.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

fn set_monitor(p: &mut ProcessContext, pid: Term, opts: Term) -> BifResult {
    let Some(opts) = monitor_options(opts) else {
        return badarg();
    };
    let new = (pid.is_local_pid() && !opts.is_empty()).then_some((pid, opts));
    let old = swap(&MONITOR, new);
    Ok(report(p, &old, MONITOR_OPTS))
}

fn system_monitor_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let s = current(&MONITOR);
    Ok(report(p, &s, MONITOR_OPTS))
}

fn system_monitor_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if a[0] == atom("undefined") {
        let old = swap(&MONITOR, None);
        return Ok(report(p, &old, MONITOR_OPTS));
    }
    match a[0].tuple_elements() {
        Some(&[pid, opts]) => set_monitor(p, pid, opts),
        _ => badarg(),
    }
}

fn system_monitor_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    set_monitor(p, a[0], a[1])
}

fn system_profile_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let s = current(&PROFILE);
    Ok(report(p, &s, &[]))
}

fn system_profile_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(items) = proper_list(a[1]) else {
        return badarg();
    };
    let mut opts: Vec<(&'static str, i64)> = Vec::new();
    for t in items {
        let Some(&name) = t
            .as_atom()
            .and_then(|x| PROFILE_OPTS.iter().find(|n| **n == x.text()))
        else {
            return badarg();
        };
        if !opts.iter().any(|(n, _)| *n == name) {
            opts.push((name, 0));
        }
    }
    opts.sort_by_key(|(n, _)| PROFILE_OPTS.iter().position(|m| m == n));
    let new = (a[0].is_local_pid() || a[0].is_local_port()).then_some((a[0], opts));
    let old = swap(&PROFILE, new);
    Ok(report(p, &old, &[]))
}
