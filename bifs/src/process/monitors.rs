//! Monitors: `monitor/2,3` of processes, names and ports, `demonitor/1,2`.

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::interp::receive::fetch_signals;
use vm::ops::compare;
use vm::process::{AliasMode, MonitorEntry, MonitorTarget, Process};
use vm::sched::{new_ref_id, system};
use vm::signal::{noconnection, Payload, Signal};
use vm::term::external::ExternalPid;
use vm::term::Term;

use super::is_atom;
use super::links::remote_pid;
use crate::lists::proper_list;

/// The options of `monitor/3` (and of `spawn_opt`'s `{monitor, Options}`).
#[derive(Clone, Copy, Default)]
pub(super) struct MonitorOpts {
    /// `{alias, Mode}`.
    pub(super) alias: Option<AliasMode>,
    /// `{tag, Tag}`: the 'DOWN' message starts with `Tag`.
    pub(super) tag: Option<Term>,
}

/// Parses a monitor option list; a later option of the same kind wins, as in erl.
pub(super) fn monitor_options(list: Term) -> Result<MonitorOpts, BifError> {
    let Some(items) = proper_list(list) else {
        return badarg();
    };
    let mut opts = MonitorOpts::default();
    for o in items {
        let Some(&[k, v]) = o.tuple_elements() else {
            return badarg();
        };
        if is_atom(k, "tag") {
            opts.tag = Some(v);
            continue;
        }
        if !is_atom(k, "alias") {
            return badarg();
        }
        opts.alias = Some(match v.as_atom().map(Atom::text) {
            Some("explicit_unalias") => AliasMode::Explicit,
            Some("demonitor") => AliasMode::Demonitor,
            Some("reply_demonitor") => AliasMode::Reply,
            _ => return badarg(),
        });
    }
    Ok(opts)
}

/// Records monitor `ref_id` of `p` on `target` with its options.
fn add_monitor(p: &mut Process, ref_id: u64, target: MonitorTarget, opts: MonitorOpts) {
    if let Some(mode) = opts.alias {
        p.extra_mut().aliases.push((ref_id, mode));
    }
    p.extra_mut().add_monitor(MonitorEntry { ref_id, target });
    if let Some(tag) = opts.tag {
        p.extra_mut().set_tag(ref_id, Payload::copy(tag));
    }
}

/// Delivers the 'DOWN' message of monitor `ref_id` of `p` at once: `{'DOWN', Ref, Kind,
/// Object, Reason}` with `object` and `reason` terms of `p`.
fn down_now(p: &mut Process, ref_id: u64, kind: Atom, object: Term, reason: Term) {
    let owner = p.pid.immed1_payload() + 1;
    let msg = vm::signal::down_message_of(kind, (ref_id, owner), object, reason);
    if let Some(h) = p.handle.clone() {
        let _ = h.push(Signal::MonitorDown { ref_id, msg });
    }
}

/// `monitor(port, Port | Name | {Name, Node})`. Ports are never registered, so a name (of
/// this node) finds none.
fn monitor_port(p: &mut Process, target: Term, opts: MonitorOpts) -> BifResult {
    let name = if target.is_local_port() {
        None
    } else if let Some(n) = target.as_atom() {
        Some(n)
    } else if let Some(&[n, node]) = target.tuple_elements() {
        match (n.as_atom(), node.as_atom()) {
            (Some(n), Some(node)) if node == atom::NONODE_AT_NOHOST => Some(n),
            _ => return badarg(),
        }
    } else {
        return badarg();
    };
    let ref_id = new_ref_id();
    let r = p.heap.local_ref(ref_id, p.pid.immed1_payload() + 1);
    let port_kind = Atom::intern("port").unwrap_or(atom::PORT);
    match name {
        None => {
            add_monitor(p, ref_id, MonitorTarget::Port(target), opts);
            let watching = system()
                .ports
                .get(target)
                .is_some_and(|port| port.add_watcher(ref_id, p.pid));
            if !watching {
                down_now(p, ref_id, port_kind, target, Term::atom(atom::NOPROC));
            }
        }
        Some(n) => {
            add_monitor(p, ref_id, MonitorTarget::Port(Term::atom(n)), opts);
            let object = p
                .heap
                .tuple(&[Term::atom(n), Term::atom(atom::NONODE_AT_NOHOST)]);
            down_now(p, ref_id, port_kind, object, Term::atom(atom::NOPROC));
        }
    }
    Ok(r)
}

/// `monitor(process, Pid)` for another node's process: the 'DOWN' message (reason
/// `noconnection`) follows at once.
fn monitor_remote(
    p: &mut Process,
    target: Term,
    remote: ExternalPid,
    opts: MonitorOpts,
) -> BifResult {
    let ref_id = new_ref_id();
    let r = p.heap.local_ref(ref_id, p.pid.immed1_payload() + 1);
    add_monitor(p, ref_id, MonitorTarget::Remote(remote), opts);
    down_now(p, ref_id, atom::PROCESS, target, noconnection());
    Ok(r)
}

pub(super) fn monitor(p: &mut Process, kind: Term, target: Term, opts: MonitorOpts) -> BifResult {
    if is_atom(kind, "port") {
        return monitor_port(p, target, opts);
    }
    if !is_atom(kind, "process") {
        return badarg();
    }
    if let Some(remote) = remote_pid(target) {
        return monitor_remote(p, target, remote, opts);
    }
    let sys = system();
    let (pid, name) = if target.is_local_pid() {
        (Some(target), None)
    } else if let Some(n) = target.as_atom() {
        (sys.registry.whereis(n), Some(n))
    } else if let Some(&[n, node]) = target.tuple_elements() {
        match (n.as_atom(), node.as_atom()) {
            (Some(n), Some(node)) if node == atom::NONODE_AT_NOHOST => {
                (sys.registry.whereis(n), Some(n))
            }
            _ => return badarg(),
        }
    } else {
        return badarg();
    };
    let ref_id = new_ref_id();
    let me = p.pid;
    let r = p.heap.local_ref(ref_id, me.immed1_payload() + 1);
    if pid == Some(me) {
        // A process monitoring itself gets a reference and nothing else: no monitor, no
        // alias, never a 'DOWN' message (as in erl).
        return Ok(r);
    }
    let entry_target = match (pid, name) {
        (Some(pid), Some(n)) => MonitorTarget::Name(n, pid),
        (Some(pid), None) => MonitorTarget::Pid(pid),
        (None, Some(n)) => MonitorTarget::Name(n, Term::atom(atom::UNDEFINED)),
        (None, None) => return badarg(),
    };
    add_monitor(p, ref_id, entry_target, opts);
    let delivered = match pid {
        Some(pid) => sys
            .send_signal(
                pid,
                Signal::Monitor {
                    from: me,
                    ref_id,
                    name,
                },
            )
            .is_ok(),
        None => false,
    };
    if !delivered {
        // The process does not exist: the 'DOWN' message says `noproc` at once.
        let object = match name {
            Some(_) => Term::NIL,
            None => target,
        };
        let gone = pid.unwrap_or(object);
        if let Some(h) = p.handle.clone() {
            let msg = match name {
                Some(n) => {
                    let obj = p
                        .heap
                        .tuple(&[Term::atom(n), Term::atom(atom::NONODE_AT_NOHOST)]);
                    vm::signal::down_message(
                        (ref_id, me.immed1_payload() + 1),
                        obj,
                        Term::atom(atom::NOPROC),
                    )
                }
                None => vm::signal::down_message(
                    (ref_id, me.immed1_payload() + 1),
                    gone,
                    Term::atom(atom::NOPROC),
                ),
            };
            let _ = h.push(Signal::MonitorDown { ref_id, msg });
        }
    }
    Ok(r)
}

pub(super) fn monitor_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    monitor(p, a[0], a[1], MonitorOpts::default())
}

pub(super) fn monitor_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let opts = monitor_options(a[2])?;
    monitor(p, a[0], a[1], opts)
}

/// Removes monitor `r`; true if it was active.
pub(super) fn demonitor(p: &mut Process, r: Term) -> Result<bool, BifError> {
    let Some(ref_id) = r.local_ref_id() else {
        return badarg();
    };
    let Some(e) = p.extra.as_mut() else {
        return Ok(false);
    };
    let Some(m) = e.take_monitor(ref_id) else {
        return Ok(false);
    };
    if e.alias_mode(ref_id)
        .is_some_and(|m| m != AliasMode::Explicit)
    {
        e.remove_alias(ref_id);
    }
    vm::signal::drop_monitor(system(), &m);
    Ok(true)
}

pub(super) fn demonitor_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    demonitor(p, a[0])?;
    Ok(Term::TRUE)
}

pub(super) fn demonitor_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(opts) = proper_list(a[1]) else {
        return badarg();
    };
    let (mut flush, mut info) = (false, false);
    for o in opts {
        if is_atom(o, "flush") {
            flush = true;
        } else if is_atom(o, "info") {
            info = true;
        } else {
            return badarg();
        }
    }
    let was_active = demonitor(p, a[0])?;
    let mut flushed = false;
    if flush {
        fetch_signals(p);
        flushed = flush_down(p, a[0]);
    }
    if info {
        // With `flush`, a flushed 'DOWN' message means the monitor was not active any more.
        Ok(Term::boolean(was_active && !flushed))
    } else {
        Ok(Term::TRUE)
    }
}

/// Removes `{Tag, Ref, _, _, _}` messages (the 'DOWN' message, whatever its tag) from the
/// queue; true if one was there.
fn flush_down(p: &mut Process, r: Term) -> bool {
    let msgs: Vec<Term> = p.mailbox.messages().collect();
    let mut keep = vm::process::Mailbox::default();
    let mut found = false;
    for m in msgs {
        let is_down = m
            .tuple_elements()
            .is_some_and(|e| e.len() == 5 && compare::exact_equal(e[1], r));
        if is_down {
            found = true;
        } else {
            keep.push(m);
        }
    }
    if found {
        p.mailbox = keep;
    }
    found
}
