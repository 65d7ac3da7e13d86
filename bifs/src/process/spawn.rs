//! Spawning: `spawn/1..4`, `spawn_link`, `spawn_monitor`, `spawn_opt` and their options, and
//! `erts_internal:spawn_request/4` behind `spawn_request/1..5`.

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::process::{MaxHeapSize, Priority, Process};
use vm::sched::send::send;
use vm::sched::spawn::{spawn, SpawnError, SpawnOpts, StartFn};
use vm::sched::{new_ref_id, system};
use vm::term::Term;

use super::monitors::monitor_options;
use super::{atom_named, is_atom};
use crate::lists::proper_list;

fn spawn_error(e: SpawnError) -> BifError {
    match e {
        SpawnError::SystemLimit => BifError::error(Term::atom(atom::SYSTEM_LIMIT)),
        SpawnError::Internal => BifError::BADARG,
    }
}

/// Checks `Module, Function, Args` of a spawn.
fn mfa(m: Term, f: Term, a: Term) -> Result<StartFn, BifError> {
    if !m.is_atom() || !f.is_atom() {
        return badarg();
    }
    let Some(args) = proper_list(a) else {
        return badarg();
    };
    Ok(StartFn::Mfa {
        module: m,
        function: f,
        args: a,
        arity: args.len() as u32,
    })
}

/// A fun to start (of any arity: a wrong one fails in the new process with `badarity`).
fn fun0(f: Term) -> Result<StartFn, BifError> {
    if !f.is_function() {
        return badarg();
    }
    Ok(StartFn::Fun(f))
}

/// Parses a `spawn_opt` option list into `opts`.
fn spawn_options(list: Term, opts: &mut SpawnOpts) -> Result<(), BifError> {
    let Some(items) = proper_list(list) else {
        return badarg();
    };
    for o in items {
        if is_atom(o, "link") {
            opts.link = true;
        } else if is_atom(o, "monitor") {
            opts.monitor = true;
        } else if let Some(&[k, v]) = o.tuple_elements() {
            let key = k.as_atom().map(Atom::text).unwrap_or("");
            match key {
                "priority" => {
                    opts.priority = v
                        .as_atom()
                        .and_then(|a| Priority::from_name(a.text()))
                        .ok_or(BifError::BADARG)?;
                }
                "min_heap_size" => match v.as_small() {
                    Some(n) if n >= 0 => opts.min_heap_size = Some(n as usize),
                    _ => return badarg(),
                },
                "fullsweep_after" => match v.as_small() {
                    Some(n) if n >= 0 => opts.fullsweep_after = Some(n as usize),
                    _ => return badarg(),
                },
                "message_queue_data" => {
                    opts.off_heap_messages = message_queue_data(v)?;
                }
                "max_heap_size" => opts.max_heap = Some(max_heap_size(v)?),
                "min_bin_vheap_size" if v.is_small() => {}
                "monitor" => {
                    let mo = monitor_options(v)?;
                    opts.monitor = true;
                    opts.monitor_alias = mo.alias;
                    opts.monitor_tag = mo.tag;
                }
                _ => return badarg(),
            }
        } else {
            return badarg();
        }
    }
    // A heap limit below the minimum heap size is refused, as erl does.
    let min = opts
        .min_heap_size
        .unwrap_or(vm::heap::sizes::DEFAULT_MIN_HEAP_SIZE);
    if let Some(m) = opts.max_heap {
        if m.size != 0 && m.size < min {
            return badarg();
        }
    }
    Ok(())
}

/// `message_queue_data`'s value: true for `off_heap`, false for `on_heap`.
pub(super) fn message_queue_data(v: Term) -> Result<bool, BifError> {
    if is_atom(v, "off_heap") {
        Ok(true)
    } else if is_atom(v, "on_heap") {
        Ok(false)
    } else {
        badarg()
    }
}

/// A `max_heap_size` value: a size in words, or a map with the keys `size` (required), `kill`
/// and `error_logger` (booleans, default true); other keys are ignored, as OTP 25 does.
pub(crate) fn max_heap_size(v: Term) -> Result<MaxHeapSize, BifError> {
    let size_of = |t: Term| match t.as_small() {
        Some(n) if n >= 0 => Ok(n as usize),
        _ => badarg(),
    };
    if !vm::map::is_map(v) {
        return Ok(MaxHeapSize {
            size: size_of(v)?,
            ..MaxHeapSize::default()
        });
    }
    let get = |key: &str| vm::map::get(v, Term::atom(atom_named(key))).ok().flatten();
    let flag = |t: Option<Term>, default: bool| match t {
        None => Ok(default),
        Some(b) if b.is_boolean() => Ok(b == Term::TRUE),
        Some(_) => badarg(),
    };
    let Some(size) = get("size") else {
        return badarg();
    };
    Ok(MaxHeapSize {
        size: size_of(size)?,
        kill: flag(get("kill"), true)?,
        error_logger: flag(get("error_logger"), true)?,
    })
}

fn do_spawn(p: &mut Process, start: StartFn, opts: SpawnOpts) -> BifResult {
    let (pid, mref) = spawn(system(), p, start, opts).map_err(spawn_error)?;
    Ok(match mref {
        Some(r) => p.heap.tuple(&[pid, r]),
        None => pid,
    })
}

pub(super) fn spawn_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = fun0(a[0])?;
    do_spawn(p, s, SpawnOpts::default())
}

pub(super) fn spawn_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() {
        return badarg();
    }
    spawn_1(p, &a[1..])
}

pub(super) fn spawn_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = mfa(a[0], a[1], a[2])?;
    do_spawn(p, s, SpawnOpts::default())
}

pub(super) fn spawn_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() {
        return badarg();
    }
    spawn_3(p, &a[1..])
}

fn linked() -> SpawnOpts {
    SpawnOpts {
        link: true,
        ..SpawnOpts::default()
    }
}

fn monitored() -> SpawnOpts {
    SpawnOpts {
        monitor: true,
        ..SpawnOpts::default()
    }
}

pub(super) fn spawn_link_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = fun0(a[0])?;
    do_spawn(p, s, linked())
}

pub(super) fn spawn_link_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = mfa(a[0], a[1], a[2])?;
    do_spawn(p, s, linked())
}

pub(super) fn spawn_monitor_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = fun0(a[0])?;
    do_spawn(p, s, monitored())
}

pub(super) fn spawn_monitor_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = mfa(a[0], a[1], a[2])?;
    do_spawn(p, s, monitored())
}

pub(super) fn spawn_opt_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = fun0(a[0])?;
    let mut opts = SpawnOpts::default();
    spawn_options(a[1], &mut opts)?;
    do_spawn(p, s, opts)
}

pub(super) fn spawn_opt_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() {
        return badarg();
    }
    spawn_opt_2(p, &a[1..])
}

pub(super) fn spawn_opt_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = mfa(a[0], a[1], a[2])?;
    let mut opts = SpawnOpts::default();
    spawn_options(a[3], &mut opts)?;
    do_spawn(p, s, opts)
}

pub(super) fn spawn_opt_5(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() {
        return badarg();
    }
    spawn_opt_4(p, &a[1..])
}

/// How `spawn_request` answers: the reply tag and which outcomes get a message.
struct Reply {
    tag: Term,
    success: bool,
    error: bool,
}

/// Reads `spawn_request`'s own options (`{reply_tag, Tag}`, `{reply, yes | no | error_only |
/// success_only}`) into `reply`; the others go to `rest`. Returns false when an option is bad
/// (later options still count, as in erl).
fn request_options(items: &[Term], reply: &mut Reply, rest: &mut Vec<Term>) -> bool {
    let mut good = true;
    for &o in items {
        match o.tuple_elements() {
            Some(&[k, v]) if is_atom(k, "reply_tag") => reply.tag = v,
            Some(&[k, v]) if is_atom(k, "reply") => {
                let (success, error) = match v.as_atom().map(Atom::text) {
                    Some("yes") => (true, true),
                    Some("no") => (false, false),
                    Some("error_only") => (false, true),
                    Some("success_only") => (true, false),
                    _ => {
                        good = false;
                        continue;
                    }
                };
                reply.success = success;
                reply.error = error;
            }
            _ => rest.push(o),
        }
    }
    good
}

/// `erts_internal:spawn_request(Module, Function, Args, Options)`: starts a process on this node
/// and returns the request id at once; `{Tag, ReqId, ok, Pid}` or `{Tag, ReqId, error, Reason}`
/// follows as a message (unless `reply` says otherwise). The request id is the monitor
/// reference with `monitor`. An option list that is not a proper list gives `badopt`, bad
/// arguments `badarg`; a bad option in a proper list is an error reply (`badopt`).
pub(super) fn internal_spawn_request_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Ok(start) = mfa(a[0], a[1], a[2]) else {
        return Ok(Term::atom(atom::BADARG));
    };
    let Some(items) = proper_list(a[3]) else {
        return Ok(Term::atom(atom_named("badopt")));
    };
    let mut reply = Reply {
        tag: Term::atom(atom_named("spawn_reply")),
        success: true,
        error: true,
    };
    let mut rest = Vec::new();
    let mut good = request_options(&items, &mut reply, &mut rest);
    let mut opts = SpawnOpts::default();
    if good {
        let list = p.heap.list(&rest);
        good = spawn_options(list, &mut opts).is_ok();
    }
    let outcome = if good {
        spawn(system(), p, start, opts).map_err(|e| match e {
            SpawnError::SystemLimit => Term::atom(atom::SYSTEM_LIMIT),
            SpawnError::Internal => Term::atom(atom::BADARG),
        })
    } else {
        Err(Term::atom(atom_named("badopt")))
    };
    let (id, message) = match outcome {
        Ok((pid, mref)) => {
            let id = mref.unwrap_or_else(|| p.heap.local_ref(new_ref_id(), 0));
            let ok = Term::atom(atom::OK);
            (
                id,
                reply
                    .success
                    .then(|| p.heap.tuple(&[reply.tag, id, ok, pid])),
            )
        }
        Err(reason) => {
            let id = p.heap.local_ref(new_ref_id(), 0);
            let error = Term::atom(atom::ERROR);
            (
                id,
                reply
                    .error
                    .then(|| p.heap.tuple(&[reply.tag, id, error, reason])),
            )
        }
    };
    if let Some(message) = message {
        let me = p.pid;
        // A message to oneself cannot fail.
        let _ = send(system(), p, me, message);
    }
    Ok(id)
}
