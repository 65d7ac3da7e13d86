//! Process BIFs: spawning, links and exit signals, monitors (of processes and ports) and
//! aliases, registered names, process flags, group leaders, `send`, `make_ref`,
//! `erlang:yield/0`, `hibernate/3`, `garbage_collect`, `processes/0`, `is_process_alive/1`,
//! suspending and resuming processes, and the process dictionary's `get_keys/0,1`.
//!
//! This node is never distributed (`node()` is `nonode@nohost`), so identifiers of other
//! nodes' processes behave as erl's do on a node that is not alive: linking to one or
//! monitoring one succeeds and is answered at once by an exit signal or a 'DOWN' message with
//! reason `noconnection`; exit signals and messages to one are dropped.

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::interp::receive::fetch_signals;
use vm::ops::compare;
use vm::process::{AliasMode, MaxHeapSize, MonitorEntry, MonitorTarget, Priority, Process};
use vm::sched::send::{send, SendError};
use vm::sched::spawn::{spawn, SpawnError, SpawnOpts, StartFn};
use vm::sched::table::ProcHandle;
use vm::sched::{new_ref_id, system};
use vm::signal::{handle, noconnection, ExitKind, Handled, Payload, Signal, SuspendReply};
use vm::term::external::ExternalPid;
use vm::term::Term;

use crate::lists::proper_list;
use crate::BifSpec;

/// The atom `text` (interned on first use).
pub(crate) fn atom_named(text: &str) -> Atom {
    Atom::intern(text).unwrap_or(atom::UNDEFINED)
}

/// Whether `t` is the atom `text`.
pub(crate) fn is_atom(t: Term, text: &str) -> bool {
    t.as_atom().is_some_and(|a| a.text() == text)
}

// ---- spawning ----

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
fn message_queue_data(v: Term) -> Result<bool, BifError> {
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

fn spawn_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = fun0(a[0])?;
    do_spawn(p, s, SpawnOpts::default())
}

fn spawn_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() {
        return badarg();
    }
    spawn_1(p, &a[1..])
}

fn spawn_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = mfa(a[0], a[1], a[2])?;
    do_spawn(p, s, SpawnOpts::default())
}

fn spawn_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
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

fn spawn_link_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = fun0(a[0])?;
    do_spawn(p, s, linked())
}

fn spawn_link_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = mfa(a[0], a[1], a[2])?;
    do_spawn(p, s, linked())
}

fn spawn_monitor_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = fun0(a[0])?;
    do_spawn(p, s, monitored())
}

fn spawn_monitor_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = mfa(a[0], a[1], a[2])?;
    do_spawn(p, s, monitored())
}

fn spawn_opt_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = fun0(a[0])?;
    let mut opts = SpawnOpts::default();
    spawn_options(a[1], &mut opts)?;
    do_spawn(p, s, opts)
}

fn spawn_opt_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() {
        return badarg();
    }
    spawn_opt_2(p, &a[1..])
}

fn spawn_opt_4(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let s = mfa(a[0], a[1], a[2])?;
    let mut opts = SpawnOpts::default();
    spawn_options(a[3], &mut opts)?;
    do_spawn(p, s, opts)
}

fn spawn_opt_5(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() {
        return badarg();
    }
    spawn_opt_4(p, &a[1..])
}

// ---- other processes ----

/// Runs `f` on the process `pid` after it has acted on every signal sent to it so far (so the
/// caller observes the effects of its own earlier signals). `Ok(None)`: no such process.
/// A process that is running on another scheduler right now is retried after a yield.
pub(crate) fn with_settled<R>(
    p: &mut Process,
    pid: Term,
    f: impl FnOnce(&mut Process, &ProcHandle) -> R,
) -> Result<Option<R>, BifError> {
    if pid == p.pid {
        fetch_signals(p);
        if p.pending_exit.is_some() {
            return Err(BifError::Yield);
        }
        let Some(h) = p.handle.clone() else {
            return Ok(None);
        };
        return Ok(Some(f(p, &h)));
    }
    let sys = system();
    let Some(h) = sys.table.get(pid) else {
        return Ok(None);
    };
    let mut slot = h.slot();
    let Some(q) = slot.as_mut() else {
        // Running elsewhere (or about to end): look again after this slice.
        return Err(BifError::Yield);
    };
    if q.pending_exit.is_none() {
        while let Some(sig) = h.pop_signal() {
            if let Handled::Exit(reason) = handle(q, sig) {
                q.pending_exit = Some(reason);
                break;
            }
        }
    }
    if q.pending_exit.is_some() {
        drop(slot);
        if h.wake() {
            sys.enqueue(h.clone());
        }
        return Ok(None);
    }
    let r = f(q, &h);
    Ok(Some(r))
}

fn is_process_alive_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() {
        return badarg();
    }
    let alive = with_settled(p, a[0], |_, _| ())?.is_some();
    Ok(Term::boolean(alive))
}

fn processes_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let pids = system().table.pids();
    Ok(p.heap.list(&pids))
}

fn make_ref_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.heap.local_ref(new_ref_id(), 0))
}

// ---- links and exits ----

/// Sends an exit signal from `p` to `to`; a signal to itself is acted on at once.
fn exit_signal(p: &mut Process, to: Term, reason: Term, kind: ExitKind) -> Result<(), BifError> {
    let sig = Signal::Exit {
        from: p.pid,
        reason: Payload::copy(reason),
        kind,
    };
    if to == p.pid {
        fetch_signals(p);
        if p.pending_exit.is_some() {
            return Err(BifError::Yield);
        }
        if let Handled::Exit(r) = handle(p, sig) {
            p.pending_exit = Some(r);
            return Err(BifError::Yield);
        }
        return Ok(());
    }
    let _ = system().send_signal(to, sig);
    Ok(())
}

fn exit_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if remote_pid(a[0]).is_some() {
        // No connection to the other node: the signal is lost.
        return Ok(Term::TRUE);
    }
    if !(a[0].is_local_pid() || a[0].is_local_port()) {
        return badarg();
    }
    exit_signal(p, a[0], a[1], ExitKind::Exit2)?;
    Ok(Term::TRUE)
}

/// The fields of `t` when it is a process of another node.
fn remote_pid(t: Term) -> Option<ExternalPid> {
    t.external_pid()
        .filter(|e| e.node != atom::NONODE_AT_NOHOST)
}

/// Links `p` to another node's process: the link exists until the `noconnection` exit signal
/// that follows at once (this node is never connected) is handled.
fn link_remote(p: &mut Process, pid: ExternalPid) -> BifResult {
    let e = p.extra_mut();
    if e.remote_links.contains(&pid) {
        return Ok(Term::TRUE);
    }
    e.remote_links.push(pid);
    if let Some(h) = p.handle.clone() {
        let _ = h.push(Signal::RemoteLinkDown { pid });
    }
    Ok(Term::TRUE)
}

fn link_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[0];
    if let Some(remote) = remote_pid(pid) {
        return link_remote(p, remote);
    }
    if !(pid.is_local_pid() || pid.is_local_port()) {
        return badarg();
    }
    if pid == p.pid || p.extra.as_ref().is_some_and(|e| e.is_linked(pid)) {
        return Ok(Term::TRUE);
    }
    let sys = system();
    p.extra_mut().add_link(pid);
    if sys.send_signal(pid, Signal::Link { from: p.pid }).is_err() {
        // The process is gone: the link ends at once with reason `noproc`.
        if !p.trap_exit {
            p.extra_mut().remove_link(pid);
            return Err(BifError::error(Term::atom(atom::NOPROC)));
        }
        let sig = Signal::Exit {
            from: pid,
            reason: Payload::immediate(Term::atom(atom::NOPROC)),
            kind: ExitKind::Link,
        };
        fetch_signals(p);
        let _ = handle(p, sig);
    }
    Ok(Term::TRUE)
}

fn unlink_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[0];
    if let Some(remote) = remote_pid(pid) {
        if let Some(e) = p.extra.as_mut() {
            e.remove_remote_link(&remote);
        }
        return Ok(Term::TRUE);
    }
    if !(pid.is_local_pid() || pid.is_local_port()) {
        return badarg();
    }
    if p.extra.as_mut().is_some_and(|e| e.remove_link(pid)) {
        let _ = system().send_signal(pid, Signal::Unlink { from: p.pid });
    }
    Ok(Term::TRUE)
}

// ---- monitors and aliases ----

/// The options of `monitor/3` (and of `spawn_opt`'s `{monitor, Options}`).
#[derive(Clone, Copy, Default)]
struct MonitorOpts {
    /// `{alias, Mode}`.
    alias: Option<AliasMode>,
    /// `{tag, Tag}`: the 'DOWN' message starts with `Tag`.
    tag: Option<Term>,
}

/// Parses a monitor option list; a later option of the same kind wins, as in erl.
fn monitor_options(list: Term) -> Result<MonitorOpts, BifError> {
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

fn monitor(p: &mut Process, kind: Term, target: Term, opts: MonitorOpts) -> BifResult {
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

fn monitor_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    monitor(p, a[0], a[1], MonitorOpts::default())
}

fn monitor_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let opts = monitor_options(a[2])?;
    monitor(p, a[0], a[1], opts)
}

/// Removes monitor `r`; true if it was active.
fn demonitor(p: &mut Process, r: Term) -> Result<bool, BifError> {
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

fn demonitor_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    demonitor(p, a[0])?;
    Ok(Term::TRUE)
}

fn demonitor_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
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

fn alias_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    alias_1(p, &[Term::NIL])
}

fn alias_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(opts) = proper_list(a[0]) else {
        return badarg();
    };
    let mut mode = AliasMode::Explicit;
    for o in opts {
        if is_atom(o, "reply") {
            mode = AliasMode::Reply;
        } else if is_atom(o, "explicit_unalias") {
            mode = AliasMode::Explicit;
        } else {
            return badarg();
        }
    }
    let ref_id = new_ref_id();
    p.extra_mut().aliases.push((ref_id, mode));
    let owner = p.pid.immed1_payload() + 1;
    Ok(p.heap.local_ref(ref_id, owner))
}

fn unalias_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(ref_id) = a[0].local_ref_id() else {
        return badarg();
    };
    Ok(Term::boolean(
        p.extra.as_mut().is_some_and(|e| e.remove_alias(ref_id)),
    ))
}

// ---- names ----

fn register_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(name), pid) = (a[0].as_atom(), a[1]) else {
        return badarg();
    };
    if name == atom::UNDEFINED || !pid.is_local_pid() {
        return badarg();
    }
    let sys = system();
    if sys.registry.name_of(pid).is_some() {
        return badarg();
    }
    if pid != p.pid && sys.table.get(pid).is_none() {
        return badarg();
    }
    if !sys.registry.register(name, pid) {
        return badarg();
    }
    Ok(Term::TRUE)
}

fn unregister_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(name) = a[0].as_atom() else {
        return badarg();
    };
    match system().registry.unregister(name) {
        Some(_) => Ok(Term::TRUE),
        None => badarg(),
    }
}

fn whereis_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(name) = a[0].as_atom() else {
        return badarg();
    };
    Ok(system()
        .registry
        .whereis(name)
        .unwrap_or(Term::atom(atom::UNDEFINED)))
}

fn registered_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let names: Vec<Term> = system()
        .registry
        .names()
        .into_iter()
        .map(Term::atom)
        .collect();
    Ok(p.heap.list(&names))
}

// ---- flags, group leader, scheduling ----

fn process_flag_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(flag) = a[0].as_atom() else {
        return badarg();
    };
    let v = a[1];
    match flag.text() {
        "trap_exit" => {
            if !v.is_boolean() {
                return badarg();
            }
            let old = p.trap_exit;
            p.trap_exit = v == Term::TRUE;
            Ok(Term::boolean(old))
        }
        "priority" => {
            let Some(new) = v.as_atom().and_then(|a| Priority::from_name(a.text())) else {
                return badarg();
            };
            let old = p.priority;
            p.priority = new;
            if let Some(h) = p.handle.as_ref() {
                h.set_priority(new);
            }
            Ok(Term::atom(atom_named(old.name())))
        }
        "min_heap_size" => match v.as_small() {
            Some(n) if n >= 0 => Ok(Term::small(p.heap.min_heap_size() as i64)),
            _ => badarg(),
        },
        "min_bin_vheap_size" => match v.as_small() {
            Some(n) if n >= 0 => Ok(Term::small(46422)),
            _ => badarg(),
        },
        "fullsweep_after" => match v.as_small() {
            Some(n) if n >= 0 => {
                let old = p.heap.fullsweep_after();
                p.heap.set_fullsweep_after(n as usize);
                Ok(Term::small(old as i64))
            }
            _ => badarg(),
        },
        "message_queue_data" => {
            let off = message_queue_data(v)?;
            let old = std::mem::replace(&mut p.off_heap_messages, off);
            Ok(Term::atom(atom_named(queue_data_name(old))))
        }
        "max_heap_size" => {
            let new = max_heap_size(v)?;
            if new.size != 0 && new.size < p.heap.min_heap_size() {
                return badarg();
            }
            let old = std::mem::replace(&mut p.max_heap, new);
            Ok(max_heap_map(p, old))
        }
        "save_calls" => match v.as_small() {
            Some(n) if (0..=10000).contains(&n) => Ok(Term::small(0)),
            _ => badarg(),
        },
        "sensitive" if v.is_boolean() => Ok(Term::FALSE),
        _ => badarg(),
    }
}

/// The atom `process_info(P, message_queue_data)` reports.
pub(crate) fn queue_data_name(off_heap: bool) -> &'static str {
    if off_heap {
        "off_heap"
    } else {
        "on_heap"
    }
}

/// `#{error_logger => _, kill => _, size => _}`, as `process_info(P, max_heap_size)` shows a
/// limit.
pub(crate) fn max_heap_map(p: &mut Process, m: MaxHeapSize) -> Term {
    let pairs = [
        (
            Term::atom(atom_named("error_logger")),
            Term::boolean(m.error_logger),
        ),
        (Term::atom(atom_named("kill")), Term::boolean(m.kill)),
        (
            Term::atom(atom_named("size")),
            p.heap.integer(m.size as i64),
        ),
    ];
    vm::map::map_from_pairs(&mut p.heap, &pairs, vm::map::Duplicates::LastWins).unwrap_or(Term::NIL)
}

fn group_leader_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.group_leader)
}

fn group_leader_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (gl, pid) = (a[0], a[1]);
    if !gl.is_local_pid() || !pid.is_local_pid() {
        return badarg();
    }
    if pid == p.pid {
        p.group_leader = gl;
        return Ok(Term::TRUE);
    }
    match system().send_signal(pid, Signal::GroupLeader { leader: gl }) {
        Ok(()) => Ok(Term::TRUE),
        Err(_) => badarg(),
    }
}

fn yield_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    if p.yielded {
        p.yielded = false;
        return Ok(Term::TRUE);
    }
    p.yielded = true;
    Err(BifError::Yield)
}

fn bump_reductions_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_small() {
        Some(n) if n >= 0 => {
            p.reductions += n as u64;
            Ok(Term::TRUE)
        }
        _ => badarg(),
    }
}

fn garbage_collect_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    // Called as a function: no X register is live.
    p.garbage_collect_major(0);
    if p.pending_exit.is_some() {
        // The heap outgrew its `max_heap_size`: the process ends now.
        return Err(BifError::Yield);
    }
    Ok(Term::TRUE)
}

fn garbage_collect_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[0];
    if !pid.is_local_pid() {
        return badarg();
    }
    if pid == p.pid {
        return garbage_collect_0(p, &[]);
    }
    let done = with_settled(p, pid, |q, h| {
        // A waiting process holds exactly its live registers; a preempted one is not collected.
        if let Some(live) = q.parked_live() {
            q.garbage_collect_major(live);
        }
        // A collection that found the heap over its `max_heap_size` ended the process: it must
        // run to act on that.
        q.pending_exit.is_some() && h.wake()
    })?;
    if done == Some(true) {
        if let Some(h) = system().table.get(pid) {
            system().enqueue(h);
        }
    }
    Ok(Term::boolean(done.is_some()))
}

fn garbage_collect_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if proper_list(a[1]).is_none() {
        return badarg();
    }
    garbage_collect_1(p, &a[..1])
}

fn hibernate_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_atom() || !a[1].is_atom() || proper_list(a[2]).is_none() {
        return badarg();
    }
    // The stack is discarded: when the function returns, the process ends.
    let (resume, exit_cp) = vm::sched::spawn::hibernate_entry().ok_or(BifError::BADARG)?;
    while p.heap.stack_size() > 0 {
        p.heap.stack_pop();
    }
    p.catches = 0;
    p.cp = exit_cp;
    p.x[..3].copy_from_slice(&a[..3]);
    p.compact(3);
    p.resume = Some(resume);
    fetch_signals(p);
    if p.mailbox.is_empty() {
        Err(BifError::Wait)
    } else {
        Err(BifError::Yield)
    }
}

// ---- sending ----

fn send_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match send(system(), p, a[0], a[1]) {
        Ok(()) => Ok(a[1]),
        Err(SendError::BadDestination) => badarg(),
    }
}

fn send_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(opts) = proper_list(a[2]) else {
        return badarg();
    };
    if !opts
        .iter()
        .all(|&o| is_atom(o, "nosuspend") || is_atom(o, "noconnect"))
    {
        return badarg();
    }
    let noconnect = opts.iter().any(|&o| is_atom(o, "noconnect"));
    match send(system(), p, a[0], a[1]) {
        // A message to another node would need a connection, which this node never has.
        Ok(()) if noconnect && is_remote(a[0]) => Ok(Term::atom(atom_named("noconnect"))),
        Ok(()) => Ok(Term::atom(atom::OK)),
        Err(SendError::BadDestination) => badarg(),
    }
}

/// Whether `dest` is on another node: a process or reference of another node, or `{Name,
/// Node}` with another node's name.
fn is_remote(dest: Term) -> bool {
    if remote_pid(dest).is_some() {
        return true;
    }
    if let Some(r) = dest.external_ref() {
        return r.node != atom::NONODE_AT_NOHOST;
    }
    match dest.tuple_elements() {
        Some(&[_, node]) => node.as_atom().is_some_and(|n| n != atom::NONODE_AT_NOHOST),
        _ => false,
    }
}

// ---- suspending ----

/// `erts_internal:suspend_process/2`, behind `erlang:suspend_process/1,2`: `true` or `false`
/// at once, `badarg` / `badopt` for bad arguments, or, when the caller waits for the
/// suspension, a reference; the suspended process then sends `{Ref, true}`.
fn internal_suspend_process_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let badopt = || Ok(Term::atom(atom_named("badopt")));
    let Some(opts) = proper_list(a[1]) else {
        return badopt();
    };
    let (mut unless_suspending, mut asynchronous, mut tag) = (false, false, None);
    for o in opts {
        if is_atom(o, "unless_suspending") {
            unless_suspending = true;
        } else if is_atom(o, "asynchronous") {
            asynchronous = true;
        } else if let Some(&[k, t]) = o.tuple_elements() {
            if !is_atom(k, "asynchronous") {
                return badopt();
            }
            asynchronous = true;
            tag = Some(t);
        } else {
            return badopt();
        }
    }
    let pid = a[0];
    let badarg_atom = Term::atom(atom::BADARG);
    if !pid.is_local_pid() || pid == p.pid {
        return Ok(badarg_atom);
    }
    let sys = system();
    let me = p.pid;
    let answer = |r: Term, result: &str| {
        let reply = SuspendReply {
            tag: Payload::copy(r),
            waiting: false,
        };
        vm::signal::suspend::send_reply(sys, me, reply, result);
    };
    forget_ended_suspendees(p);
    let suspending = p
        .suspend_state()
        .and_then(|s| s.suspendee(pid))
        .is_some_and(|s| s.active > 0);
    if sys.table.get(pid).is_none() {
        if !asynchronous {
            return Ok(badarg_atom);
        }
        if let Some(t) = tag {
            answer(t, "badarg");
        }
        return Ok(Term::TRUE);
    }
    if unless_suspending && suspending {
        if let Some(t) = tag {
            answer(t, "suspended");
        }
        return Ok(Term::FALSE);
    }
    let waiting_ref = (!asynchronous).then(|| p.heap.local_ref(new_ref_id(), 0));
    let reply = match (waiting_ref, tag) {
        (Some(r), _) => Some(SuspendReply {
            tag: Payload::copy(r),
            waiting: true,
        }),
        (None, Some(t)) => Some(SuspendReply {
            tag: Payload::copy(t),
            waiting: false,
        }),
        (None, None) => None,
    };
    p.suspend_state_mut().suspendee_mut(pid).outstanding += 1;
    match sys.send_signal(pid, Signal::Suspend { from: me, reply }) {
        Ok(()) => Ok(waiting_ref.unwrap_or(Term::TRUE)),
        Err(sig) => {
            // The process ended meanwhile.
            let s = p.suspend_state_mut().suspendee_mut(pid);
            s.outstanding = s.outstanding.saturating_sub(1);
            if asynchronous {
                vm::signal::suspend::answer_late(sys, sig);
                return Ok(Term::TRUE);
            }
            Ok(badarg_atom)
        }
    }
}

/// Drops the records of processes `p` suspended that have ended.
fn forget_ended_suspendees(p: &mut Process) {
    if let Some(s) = p.extra.as_mut().and_then(|e| e.suspend.as_mut()) {
        let table = &system().table;
        s.suspending
            .retain(|r| r.active + r.outstanding > 0 && table.get(r.pid).is_some());
    }
}

fn resume_process_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[0];
    if !pid.is_local_pid() || pid == p.pid {
        return badarg();
    }
    forget_ended_suspendees(p);
    let Some(s) = p.extra.as_mut().and_then(|e| e.suspend.as_mut()) else {
        return badarg();
    };
    let Some(r) = s
        .suspending
        .iter_mut()
        .find(|r| r.pid == pid && r.active > 0)
    else {
        return badarg();
    };
    r.active -= 1;
    let sig = Signal::Resume {
        from: p.pid,
        all: false,
    };
    if system().send_signal(pid, sig).is_err() {
        return badarg();
    }
    Ok(Term::TRUE)
}

// ---- the process dictionary ----

fn get_keys_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let keys: Vec<Term> = p.dict.iter().rev().map(|&(k, _)| k).collect();
    Ok(p.heap.list(&keys))
}

fn get_keys_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let keys: Vec<Term> = p
        .dict
        .iter()
        .rev()
        .filter(|&&(_, v)| compare::exact_equal(v, a[0]))
        .map(|&(k, _)| k)
        .collect();
    Ok(p.heap.list(&keys))
}

/// The process BIFs.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "spawn", 1, spawn_1),
    ("erlang", "spawn", 2, spawn_2),
    ("erlang", "spawn", 3, spawn_3),
    ("erlang", "spawn", 4, spawn_4),
    ("erlang", "spawn_link", 1, spawn_link_1),
    ("erlang", "spawn_link", 3, spawn_link_3),
    ("erlang", "spawn_monitor", 1, spawn_monitor_1),
    ("erlang", "spawn_monitor", 3, spawn_monitor_3),
    ("erlang", "spawn_opt", 2, spawn_opt_2),
    ("erlang", "spawn_opt", 3, spawn_opt_3),
    ("erlang", "spawn_opt", 4, spawn_opt_4),
    ("erlang", "spawn_opt", 5, spawn_opt_5),
    ("erlang", "is_process_alive", 1, is_process_alive_1),
    ("erlang", "processes", 0, processes_0),
    ("erlang", "make_ref", 0, make_ref_0),
    ("erlang", "exit", 2, exit_2),
    ("erlang", "link", 1, link_1),
    ("erlang", "unlink", 1, unlink_1),
    ("erlang", "monitor", 2, monitor_2),
    ("erlang", "monitor", 3, monitor_3),
    ("erlang", "demonitor", 1, demonitor_1),
    ("erlang", "demonitor", 2, demonitor_2),
    ("erlang", "alias", 0, alias_0),
    ("erlang", "alias", 1, alias_1),
    ("erlang", "unalias", 1, unalias_1),
    ("erlang", "register", 2, register_2),
    ("erlang", "unregister", 1, unregister_1),
    ("erlang", "whereis", 1, whereis_1),
    ("erlang", "registered", 0, registered_0),
    ("erlang", "process_flag", 2, process_flag_2),
    ("erlang", "group_leader", 0, group_leader_0),
    ("erlang", "group_leader", 2, group_leader_2),
    ("erlang", "yield", 0, yield_0),
    ("erlang", "bump_reductions", 1, bump_reductions_1),
    ("erlang", "garbage_collect", 0, garbage_collect_0),
    ("erlang", "garbage_collect", 1, garbage_collect_1),
    ("erlang", "garbage_collect", 2, garbage_collect_2),
    ("erlang", "hibernate", 3, hibernate_3),
    ("erlang", "send", 2, send_2),
    ("erlang", "send", 3, send_3),
    ("erlang", "get_keys", 0, get_keys_0),
    ("erlang", "get_keys", 1, get_keys_1),
    (
        "erts_internal",
        "suspend_process",
        2,
        internal_suspend_process_2,
    ),
    ("erlang", "resume_process", 1, resume_process_1),
];
