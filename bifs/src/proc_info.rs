//! `process_info/1,2`, the process and scheduler items of `erlang:system_info/1`
//! ([`system_info_item`]).

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::code::{self, decode_cp, NO_CP};
use vm::heap::TermAlloc;
use vm::process::{MonitorTarget, Process};
use vm::sched::system;
use vm::sched::table::{ProcHandle, QUEUED, RUNNING};
use vm::term::external::ExternalPid;
use vm::term::Term;

use crate::lists::proper_list;
use crate::process::{atom_named, with_settled};
use crate::BifSpec;

/// The items `process_info/1` reports, in erl's order (`registered_name` comes first when the
/// process has a name).
const DEFAULT_ITEMS: &[&str] = &[
    "current_function",
    "initial_call",
    "status",
    "message_queue_len",
    "links",
    "dictionary",
    "trap_exit",
    "error_handler",
    "priority",
    "group_leader",
    "total_heap_size",
    "heap_size",
    "stack_size",
    "reductions",
    "garbage_collection",
    "suspending",
];

/// The names of `process_info/2`'s items, in the order erl lists them
/// (`erts_debug:get_internal_state(process_info_args)`). `magic_ref` is among them, but
/// `process_info/2` refuses it.
pub(crate) const ITEMS: &[&str] = &[
    "registered_name",
    "current_function",
    "initial_call",
    "status",
    "messages",
    "message_queue_len",
    "links",
    "monitors",
    "monitored_by",
    "dictionary",
    "trap_exit",
    "error_handler",
    "heap_size",
    "stack_size",
    "memory",
    "garbage_collection",
    "group_leader",
    "reductions",
    "priority",
    "trace",
    "binary",
    "sequential_trace_token",
    "catchlevel",
    "backtrace",
    "last_calls",
    "total_heap_size",
    "suspending",
    "min_heap_size",
    "min_bin_vheap_size",
    "max_heap_size",
    "current_location",
    "current_stacktrace",
    "message_queue_data",
    "garbage_collection_info",
    "magic_ref",
    "fullsweep_after",
    "parent",
];

fn mfa_tuple(p: &mut Process, m: Atom, f: Atom, a: u32) -> Term {
    p.heap
        .tuple(&[Term::atom(m), Term::atom(f), Term::small(a as i64)])
}

/// A position in code as a stack trace entry shows it.
#[derive(Clone)]
struct Frame {
    module: Atom,
    function: Atom,
    arity: u32,
    /// Source file and line, when the module has a line table.
    location: Option<(String, u32)>,
}

/// The function holding instruction `ip` of module version `version`.
fn frame_at(version: u32, ip: u32) -> Option<Frame> {
    let v = code::version(version)?;
    let f = v.function_at(ip)?;
    Some(Frame {
        module: v.module,
        function: f.name,
        arity: f.arity,
        location: v.lines.location(ip).map(|(f, l)| (f.to_string(), l)),
    })
}

/// The instruction `q` executes: for the process asking about itself, the call of the BIF
/// that asks (so erl's answer names the caller, not `process_info/2`); for another process,
/// where it resumes.
fn current_position(caller: Term, q: &Process) -> Option<(u32, u32)> {
    if q.pid == caller {
        return (q.bif_site != NO_CP).then(|| decode_cp(q.bif_site));
    }
    q.resume_point().map(|r| (r.version, r.ip))
}

/// The function `q` executes; a process that has not started yet is in its initial call.
fn current_frame(caller: Term, q: &Process) -> Option<Frame> {
    let at = current_position(caller, q);
    if let Some(f) = at.and_then(|(v, ip)| frame_at(v, ip)) {
        return Some(f);
    }
    (q.pid != caller).then_some(Frame {
        module: q.initial.0,
        function: q.initial.1,
        arity: q.initial.2,
        location: None,
    })
}

/// The frames of `q`'s stack, newest first, at most `erlang:system_info(backtrace_depth)` of
/// them: the current function, then the callers the continuations on the stack return to (a
/// run of frames returning to the same place shows once, as in erl's stack traces).
fn stack_frames(caller: Term, q: &Process) -> Vec<Frame> {
    let depth = vm::exception::backtrace_depth();
    let mut frames = Vec::with_capacity(depth);
    let top = current_position(caller, q);
    if let Some(f) = top.and_then(|(v, ip)| frame_at(v, ip)) {
        frames.push(f);
    }
    for at in vm::exception::return_positions(q, top) {
        if frames.len() >= depth {
            break;
        }
        // A continuation points after its call: the call is the instruction before it.
        if let Some(f) = frame_at(at.0, at.1.saturating_sub(1)) {
            frames.push(f);
        }
    }
    frames
}

/// The text of `process_info(P, backtrace)` and `erlang:process_display/2`: the current
/// function, then each function the stack returns to, as erl lays them out but without
/// machine addresses and stack slots (which only erl's own code has).
fn backtrace_text(caller: Term, q: &Process) -> String {
    let name = |f: &Frame| format!("{}:{}/{}", f.module.text(), f.function.text(), f.arity);
    let top = current_position(caller, q);
    let mut text = match top.and_then(|(v, ip)| frame_at(v, ip)) {
        Some(f) => format!("Program counter: ({})\n\n", name(&f)),
        None => "Program counter: (unknown function)\n\n".to_string(),
    };
    for at in vm::exception::return_positions(q, top) {
        if let Some(f) = frame_at(at.0, at.1.saturating_sub(1)) {
            text.push_str(&format!("Return addr ({})\n\n", name(&f)));
        }
    }
    text.push_str("Return addr (<terminate process normally>)\n");
    text
}

/// `erts_internal:process_display(Pid, backtrace)`: writes the process's backtrace to
/// standard error and answers `true`; `badopt` for another type and `badarg` for a pid that
/// is not a live local process, which `erlang:process_display/2` raises.
fn internal_process_display_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if a[1].as_atom().map(|t| t.text()) != Some("backtrace") {
        return Ok(Term::atom(atom_named("badopt")));
    }
    if !a[0].is_local_pid() {
        return Ok(Term::atom(atom::BADARG));
    }
    let item = atom_named("backtrace");
    let answer = info(p, a[0], &[item], true)?;
    let text = answer
        .tuple_elements()
        .and_then(|e| e.get(1).and_then(|b| b.binary_bytes()).map(<[u8]>::to_vec));
    match text {
        Some(t) => {
            use std::io::Write as _;
            let _ = std::io::stderr().lock().write_all(&t);
            Ok(Term::TRUE)
        }
        None => Ok(Term::atom(atom::BADARG)),
    }
}

/// `{M, F, A}`.
fn mfa_term(p: &mut Process, f: Frame) -> Term {
    mfa_tuple(p, f.module, f.function, f.arity)
}

/// `{M, F, A, Location}` with `Location` as in stack traces: `[{file, F}, {line, L}]` or `[]`.
fn frame_term(p: &mut Process, f: Frame) -> Term {
    let location = match f.location {
        Some((file, line)) => {
            let items = vm::exception::location_items(&mut p.heap, &file, line);
            p.heap.list(&items)
        }
        None => Term::NIL,
    };
    p.heap.tuple(&[
        Term::atom(f.module),
        Term::atom(f.function),
        Term::small(f.arity as i64),
        location,
    ])
}

fn status(caller: Term, q: &Process, h: &ProcHandle) -> &'static str {
    if q.pid == caller {
        return "running";
    }
    if q.is_suspended() {
        return "suspended";
    }
    match h.state() {
        RUNNING => "running",
        // Woken by a signal while waiting in a `receive`: erl would have looked at the new
        // messages by now and, unless one matched, be waiting again.
        QUEUED if !in_receive(q) => "runnable",
        _ => "waiting",
    }
}

/// Whether `q` is parked at the start of a `receive` loop.
fn in_receive(q: &Process) -> bool {
    q.resume_point().is_some_and(|r| {
        code::version(r.version).is_some_and(|v| {
            matches!(
                v.code.get(r.ip as usize),
                Some(vm::instr::Instr::LoopRec { .. })
            )
        })
    })
}

/// The value of `item` for `q`, built on `p`'s heap (`q` may be `p`). `None`: unknown item.
fn item_value(
    p: &mut Process,
    q: Option<&mut Process>,
    h: &ProcHandle,
    item: &str,
) -> Option<Term> {
    // `q` is `None` when the process asks about itself.
    macro_rules! q {
        () => {
            match q {
                Some(q) => &*q,
                None => &*p,
            }
        };
    }
    let caller = p.pid;
    let v = match item {
        "registered_name" => {
            let me = q!().pid;
            match system().registry.name_of(me) {
                Some(n) => Term::atom(n),
                None => Term::NIL,
            }
        }
        "current_function" => match current_frame(caller, q!()) {
            Some(f) => mfa_term(p, f),
            None => Term::atom(atom::UNDEFINED),
        },
        "current_location" => match current_frame(caller, q!()) {
            Some(f) => frame_term(p, f),
            None => Term::atom(atom::UNDEFINED),
        },
        "current_stacktrace" => {
            let frames = stack_frames(caller, q!());
            let entries: Vec<Term> = frames.into_iter().map(|f| frame_term(p, f)).collect();
            p.heap.list(&entries)
        }
        "backtrace" => {
            let text = backtrace_text(caller, q!());
            p.heap.binary(text.as_bytes())
        }
        "parent" => q!().parent,
        "max_heap_size" => {
            let m = q!().max_heap;
            crate::process::max_heap_map(p, m)
        }
        "initial_call" => {
            let (m, f, a) = q!().initial;
            mfa_tuple(p, m, f, a)
        }
        "status" => Term::atom(atom_named(status(caller, q!(), h))),
        "message_queue_len" => Term::small(q!().mailbox.len() as i64),
        "messages" => {
            let msgs: Vec<Term> = q!().mailbox.messages().collect();
            copy_list(p, &msgs)
        }
        "links" => {
            let (mut links, remote): (Vec<Term>, Vec<ExternalPid>) = q!()
                .extra
                .as_ref()
                .map(|e| (e.links.to_vec(), e.remote_links.clone()))
                .unwrap_or_default();
            for pid in remote {
                links.push(vm::term::external::make_external_pid(&mut p.heap, &pid));
            }
            p.heap.list(&links)
        }
        "monitors" => {
            let mons: Vec<MonitorTarget> = q!()
                .extra
                .as_ref()
                .map(|e| e.monitors.iter().map(|m| m.target).collect())
                .unwrap_or_default();
            let process = Term::atom(atom::PROCESS);
            let items: Vec<Term> = mons
                .into_iter()
                .map(|t| match t {
                    MonitorTarget::Pid(pid) => p.heap.tuple(&[process, pid]),
                    MonitorTarget::Name(n, _) => {
                        let o = p
                            .heap
                            .tuple(&[Term::atom(n), Term::atom(atom::NONODE_AT_NOHOST)]);
                        p.heap.tuple(&[process, o])
                    }
                    MonitorTarget::Remote(pid) => {
                        let o = vm::term::external::make_external_pid(&mut p.heap, &pid);
                        p.heap.tuple(&[process, o])
                    }
                    MonitorTarget::Port(port) => {
                        // A port monitored by name shows as `{Name, Node}`.
                        let o = match port.as_atom() {
                            Some(n) => p
                                .heap
                                .tuple(&[Term::atom(n), Term::atom(atom::NONODE_AT_NOHOST)]),
                            None => port,
                        };
                        p.heap.tuple(&[Term::atom(atom::PORT), o])
                    }
                })
                .collect();
            p.heap.list(&items)
        }
        "monitored_by" => {
            let by: Vec<Term> = q!()
                .extra
                .as_ref()
                .map(|e| e.monitored_by.iter().map(|w| w.pid).collect())
                .unwrap_or_default();
            p.heap.list(&by)
        }
        "dictionary" => {
            let pairs: Vec<(Term, Term)> = q!().dict.iter().rev().copied().collect();
            let mut items = Vec::with_capacity(pairs.len());
            for (k, v) in pairs {
                items.push((k, v));
            }
            let tuples: Vec<Term> = items
                .into_iter()
                .map(|(k, v)| {
                    let k = vm::copy::copy_term(k, &mut p.heap);
                    let v = vm::copy::copy_term(v, &mut p.heap);
                    p.heap.tuple(&[k, v])
                })
                .collect();
            p.heap.list(&tuples)
        }
        "trap_exit" => Term::boolean(q!().trap_exit),
        "error_handler" => Term::atom(
            q!().extra
                .as_ref()
                .and_then(|e| e.error_handler)
                .unwrap_or(atom::ERROR_HANDLER),
        ),
        "priority" => Term::atom(atom_named(q!().priority.name())),
        "group_leader" => q!().group_leader,
        "total_heap_size" => Term::small(q!().heap.total_heap_size() as i64),
        "heap_size" => Term::small(q!().heap.heap_size() as i64),
        "stack_size" => Term::small(q!().heap.stack_size() as i64),
        // Within its time slice, the asking process counts the reductions of the slice so far.
        "reductions" => {
            let q = q!();
            p.heap.integer((q.reductions + q.slice_reds) as i64)
        }
        "memory" => Term::small(q!().memory_bytes() as i64),
        "min_heap_size" => Term::small(q!().heap.min_heap_size() as i64),
        "min_bin_vheap_size" => Term::small(46422),
        "fullsweep_after" => Term::small(q!().heap.fullsweep_after() as i64),
        "garbage_collection" => {
            let (max, min, fs, minor) = {
                let q = q!();
                (
                    q.max_heap,
                    q.heap.min_heap_size(),
                    q.heap.fullsweep_after(),
                    q.heap.minor_gcs(),
                )
            };
            let max = crate::process::max_heap_map(p, max);
            gc_info(p, max, min, fs, minor)
        }
        "message_queue_data" => Term::atom(atom_named(crate::process::queue_data_name(
            q!().off_heap_messages,
        ))),
        "suspending" => {
            let table = &system().table;
            let records: Vec<_> = q!()
                .suspend_state()
                .map(|s| s.suspending.clone())
                .unwrap_or_default();
            let items: Vec<Term> = records
                .into_iter()
                .filter(|r| r.active + r.outstanding > 0 && table.get(r.pid).is_some())
                .map(|r| {
                    let a = Term::small(r.active as i64);
                    let o = Term::small(r.outstanding as i64);
                    p.heap.tuple(&[r.pid, a, o])
                })
                .collect();
            p.heap.list(&items)
        }
        "garbage_collection_info" => {
            let info = q!().gc_info();
            let items: Vec<Term> = info
                .into_iter()
                .map(|(k, v)| {
                    let v = p.heap.integer(v as i64);
                    p.heap.tuple(&[Term::atom(atom_named(k)), v])
                })
                .collect();
            p.heap.list(&items)
        }
        "binary" => Term::NIL,
        "last_calls" => Term::FALSE,
        "trace" | "catchlevel" => Term::small(if item == "catchlevel" {
            q!().catches as i64
        } else {
            0
        }),
        "sequential_trace_token" => Term::NIL,
        _ => return None,
    };
    Some(v)
}

/// Copies terms of another process into `p`'s heap and makes a list of them.
fn copy_list(p: &mut Process, items: &[Term]) -> Term {
    let copies: Vec<Term> = items
        .iter()
        .map(|&t| vm::copy::copy_term(t, &mut p.heap))
        .collect();
    p.heap.list(&copies)
}

/// erl's `garbage_collection` list; `max_heap` is the `max_heap_size` map.
fn gc_info(
    p: &mut Process,
    max_heap: Term,
    min_heap: usize,
    fullsweep: usize,
    minor: usize,
) -> Term {
    let items = [
        ("max_heap_size", max_heap),
        ("min_bin_vheap_size", Term::small(46422)),
        ("min_heap_size", Term::small(min_heap as i64)),
        ("fullsweep_after", Term::small(fullsweep as i64)),
        ("minor_gcs", Term::small(minor as i64)),
    ];
    let tuples: Vec<Term> = items
        .into_iter()
        .map(|(k, v)| p.heap.tuple(&[Term::atom(atom_named(k)), v]))
        .collect();
    p.heap.list(&tuples)
}

/// Reads `items` of process `pid` into a list of `{Item, Value}` (or `undefined` when the
/// process does not exist). `single` returns just the tuple of the only item.
fn info(p: &mut Process, pid: Term, items: &[Atom], single: bool) -> BifResult {
    for it in items {
        if it.text() == "magic_ref" || !ITEMS.contains(&it.text()) {
            return badarg();
        }
    }
    let me = p.pid;
    // Values of another process are read while it is held, then copied here.
    let result = if pid == me {
        vm::interp::receive::fetch_signals(p);
        let h = p.handle.clone();
        let Some(h) = h else { return badarg() };
        Some(collect(p, None, &h, items, single))
    } else {
        let mut out: Option<Result<Term, BifError>> = None;
        let r = with_settled(p, pid, |_, _| ())?;
        if r.is_some() {
            let sys = system();
            if let Some(h) = sys.table.get(pid) {
                let mut slot = h.slot();
                match slot.as_mut() {
                    Some(q) => out = Some(collect(p, Some(q), &h, items, single)),
                    None => return Err(BifError::Yield),
                }
            }
        }
        out
    };
    match result {
        Some(r) => r,
        None => Ok(Term::atom(atom::UNDEFINED)),
    }
}

fn collect(
    p: &mut Process,
    mut q: Option<&mut Process>,
    h: &ProcHandle,
    items: &[Atom],
    single: bool,
) -> Result<Term, BifError> {
    let mut out = Vec::with_capacity(items.len());
    for &it in items {
        let text = it.text();
        if text == "registered_name" && !single {
            let pid = q.as_deref().map_or(p.pid, |q| q.pid);
            if system().registry.name_of(pid).is_none() {
                out.push(p.heap.tuple(&[Term::atom(it), Term::NIL]));
                continue;
            }
        }
        let Some(v) = item_value(p, q.as_deref_mut(), h, text) else {
            return badarg();
        };
        out.push(p.heap.tuple(&[Term::atom(it), v]));
    }
    if single {
        let t = out.first().copied().unwrap_or(Term::NIL);
        // An unregistered process answers `[]` to `registered_name` alone.
        if items.first().is_some_and(|a| a.text() == "registered_name")
            && t.tuple_elements().is_some_and(|e| e[1].is_nil())
        {
            return Ok(Term::NIL);
        }
        return Ok(t);
    }
    Ok(p.heap.list(&out))
}

fn process_info_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() {
        return badarg();
    }
    // The call costs a reduction, as in erl.
    p.reductions += 1;
    let mut items: Vec<Atom> = Vec::with_capacity(DEFAULT_ITEMS.len() + 1);
    if system().registry.name_of(a[0]).is_some() {
        items.push(atom_named("registered_name"));
    }
    items.extend(DEFAULT_ITEMS.iter().map(|s| atom_named(s)));
    info(p, a[0], &items, false)
}

fn process_info_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() {
        return badarg();
    }
    // The call costs a reduction, as in erl.
    p.reductions += 1;
    if let Some(item) = a[1].as_atom() {
        return info(p, a[0], &[item], true);
    }
    let Some(list) = proper_list(a[1]) else {
        return badarg();
    };
    let mut items = Vec::with_capacity(list.len());
    for t in list {
        match t.as_atom() {
            Some(x) => items.push(x),
            None => return badarg(),
        }
    }
    info(p, a[0], &items, false)
}

// ---- system_info and statistics ----

/// The process and scheduler items of `erlang:system_info/1` (the BIF itself is in
/// `crate::system`, which passes the items it does not know here).
pub fn system_info_item(p: &mut ProcessContext, item: Term) -> BifResult {
    let Some(item) = item.as_atom() else {
        return badarg();
    };
    let sys = system();
    let n = |v: usize| Term::small(v as i64);
    Ok(match item.text() {
        "schedulers"
        | "schedulers_online"
        | "dirty_cpu_schedulers"
        | "dirty_cpu_schedulers_online" => n(sys.schedulers()),
        "logical_processors" | "logical_processors_available" | "logical_processors_online" => {
            n(vm::sched::default_schedulers())
        }
        "process_count" => n(sys.table.len()),
        "process_limit" => n(sys.process_limit),
        // As erl's default: twice the number of schedulers (OTP's code purger asks for it).
        "outstanding_system_requests_limit" => n(2 * sys.schedulers()),
        "threads" | "smp_support" => Term::TRUE,
        "system_architecture" => p.heap.charlist("x86_64-pc-linux-gnu"),
        "context_reductions" => n(vm::process::CONTEXT_REDS as usize),
        "min_heap_size" => p
            .heap
            .tuple(&[Term::atom(atom_named("min_heap_size")), n(233)]),
        "fullsweep_after" => p
            .heap
            .tuple(&[Term::atom(atom_named("fullsweep_after")), n(65535)]),
        "max_heap_size" => crate::process::max_heap_map(p, vm::process::default_max_heap()),
        // The default (erl's `+hmqd`), which `system_flag/2` cannot change.
        "message_queue_data" => Term::atom(atom_named("on_heap")),
        "port_count" => n(sys.ports.len()),
        "port_limit" => n(vm::port::PORT_LIMIT),
        _ => return badarg(),
    })
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "process_info", 1, process_info_1),
    ("erlang", "process_info", 2, process_info_2),
    (
        "erts_internal",
        "process_display",
        2,
        internal_process_display_2,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_info_items_are_unique() {
        let mut seen = std::collections::HashSet::new();
        assert!(ITEMS.iter().all(|n| seen.insert(*n)));
        assert_eq!(ITEMS.len(), 37);
    }
}
