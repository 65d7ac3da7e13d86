//! Small built-ins the OTP boot asks for: system processes, the node list of a node that is
//! not distributed, the dynamic trace tags of a build without dynamic tracing, printing to
//! standard error, and a few one-answer facts (`io:printable_range/0`,
//! `error_logger:warning_map/0`).

use std::collections::HashSet;
use std::io::Write;
use std::sync::Mutex;

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::sched::spawn::{spawn, SpawnError, SpawnOpts, StartFn};
use vm::sched::system;
use vm::term::Term;

use crate::lists::proper_list;
use crate::process::{atom, is_atom};
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    (
        "erts_internal",
        "spawn_system_process",
        3,
        spawn_system_process,
    ),
    ("erts_internal", "is_system_process", 1, is_system_process),
    ("erlang", "nodes", 2, nodes_2),
    ("erlang", "display_string", 1, display_string),
    ("erlang", "display_nl", 0, display_nl),
    ("erlang", "dt_get_tag", 0, undefined_0),
    ("erlang", "dt_get_tag_data", 0, undefined_0),
    ("erlang", "dt_put_tag", 1, dt_put_tag),
    ("erlang", "dt_spread_tag", 1, dt_spread_tag),
    ("erlang", "dt_restore_tag", 1, dt_restore_tag),
    ("erlang", "dt_prepend_vm_tag_data", 1, identity),
    ("erlang", "dt_append_vm_tag_data", 1, identity),
    ("io", "printable_range", 0, printable_range),
    ("net_kernel", "dflag_unicode_io", 1, dflag_unicode_io),
    ("error_logger", "warning_map", 0, warning_map),
];

/// Pids started by `erts_internal:spawn_system_process/3`.
static SYSTEM_PROCESSES: Mutex<Option<HashSet<u64>>> = Mutex::new(None);

fn spawn_system_process(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (m, f, args) = (a[0], a[1], a[2]);
    if !m.is_atom() || !f.is_atom() {
        return badarg();
    }
    let Some(list) = proper_list(args) else {
        return badarg();
    };
    let start = StartFn::Mfa {
        module: m,
        function: f,
        args,
        arity: list.len() as u32,
    };
    // The set is held while the process starts, so that it is in the set before it can run
    // (on another scheduler) and ask.
    let mut set = SYSTEM_PROCESSES.lock().unwrap_or_else(|e| e.into_inner());
    let (pid, _) = spawn(system(), p, start, SpawnOpts::default()).map_err(|e| match e {
        SpawnError::SystemLimit => BifError::error(Term::atom(vm::atom::SYSTEM_LIMIT)),
        SpawnError::Internal => BifError::BADARG,
    })?;
    set.get_or_insert_with(HashSet::new).insert(pid.raw());
    Ok(pid)
}

fn is_system_process(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() {
        return badarg();
    }
    let set = SYSTEM_PROCESSES.lock().unwrap_or_else(|e| e.into_inner());
    let found = set.as_ref().is_some_and(|s| s.contains(&a[0].raw()));
    Ok(Term::boolean(found))
}

/// The node types `nodes/1,2` accept.
const NODE_TYPES: &[&str] = &["visible", "hidden", "connected", "this", "known"];

/// Whether `arg` of `nodes/1,2` is a node type or a list of them, and whether it asks for
/// this node (`this`, `known`).
fn node_types(arg: Term) -> Option<bool> {
    let one = |t: Term| {
        t.as_atom()
            .map(|a| a.text())
            .filter(|n| NODE_TYPES.contains(n))
    };
    if let Some(n) = one(arg) {
        return Some(matches!(n, "this" | "known"));
    }
    let list = proper_list(arg)?;
    let mut this = false;
    for t in list {
        this |= matches!(one(t)?, "this" | "known");
    }
    Some(this)
}

fn nodes_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(this) = node_types(a[0]) else {
        return badarg();
    };
    let Ok(pairs) = vm::map::iter(a[1]) else {
        return badarg();
    };
    let mut want_type = false;
    let mut want_id = false;
    for (k, v) in pairs {
        if !v.is_boolean() {
            return badarg();
        }
        match k.as_atom().map(|a| a.text()) {
            Some("node_type") => want_type = v == Term::TRUE,
            Some("connection_id") => want_id = v == Term::TRUE,
            _ => return badarg(),
        }
    }
    if !this {
        return Ok(Term::NIL);
    }
    let mut pairs = Vec::new();
    if want_id {
        pairs.push((atom("connection_id"), atom("undefined")));
    }
    if want_type {
        pairs.push((atom("node_type"), atom("this")));
    }
    let info = vm::map::map_from_pairs(&mut p.heap, &pairs, vm::map::Duplicates::LastWins)
        .map_err(|_| BifError::BADARG)?;
    let entry = p.heap.tuple(&[atom("nonode@nohost"), info]);
    Ok(p.heap.list(&[entry]))
}

/// The characters of a flat list of character codes, as UTF-8.
fn string_bytes(t: Term) -> Option<Vec<u8>> {
    let list = proper_list(t)?;
    let mut text = String::new();
    for c in list {
        let code = u32::try_from(c.as_small()?).ok()?;
        text.push(char::from_u32(code)?);
    }
    Some(text.into_bytes())
}

fn write_stderr(bytes: &[u8]) {
    let stderr = std::io::stderr();
    let mut out = stderr.lock();
    let _ = out.write_all(bytes);
    let _ = out.flush();
}

fn display_string(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(bytes) = string_bytes(a[0]) else {
        return badarg();
    };
    write_stderr(&bytes);
    Ok(Term::TRUE)
}

fn display_nl(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    write_stderr(b"\n");
    Ok(Term::TRUE)
}

fn undefined_0(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::atom(vm::atom::UNDEFINED))
}

fn dt_put_tag(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(Term::atom(vm::atom::UNDEFINED))
}

fn dt_spread_tag(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_boolean() {
        return badarg();
    }
    Ok(Term::TRUE)
}

fn dt_restore_tag(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if a[0] != Term::TRUE {
        return badarg();
    }
    Ok(Term::TRUE)
}

fn identity(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    Ok(a[0])
}

/// `+pc unicode` was given: `io:printable_range/0` answers `unicode`.
static PRINTABLE_UNICODE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// What `error_logger:warning_map/0` answers (`+W i|w|e`): 0 info, 1 warning, 2 error.
static WARNING_MAP: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(1);

/// Sets the emulator's printable range (`+pc latin1|unicode`); `false` for a bad value.
pub fn set_printable_range(range: &str) -> bool {
    let unicode = match range {
        "latin1" => false,
        "unicode" => true,
        _ => return false,
    };
    PRINTABLE_UNICODE.store(unicode, std::sync::atomic::Ordering::Relaxed);
    true
}

/// Sets what warning reports map to (`+W i|w|e`); `false` for a bad value.
pub fn set_warning_map(level: &str) -> bool {
    let n = match level {
        "i" => 0,
        "w" => 1,
        "e" => 2,
        _ => return false,
    };
    WARNING_MAP.store(n, std::sync::atomic::Ordering::Relaxed);
    true
}

fn printable_range(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    if PRINTABLE_UNICODE.load(std::sync::atomic::Ordering::Relaxed) {
        Ok(atom("unicode"))
    } else {
        Ok(atom("latin1"))
    }
}

fn dflag_unicode_io(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[0].is_local_pid() && !is_atom(a[0], "undefined") && a[0].tuple_elements().is_none() {
        return badarg();
    }
    Ok(Term::TRUE)
}

fn warning_map(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(atom(
        match WARNING_MAP.load(std::sync::atomic::Ordering::Relaxed) {
            0 => "info",
            2 => "error",
            _ => "warning",
        },
    ))
}

/// The level the emulator's warnings are logged at (`+W`, as `error_logger:warning_map/0`).
pub fn warning_level() -> vm::sched::logger::Level {
    match WARNING_MAP.load(std::sync::atomic::Ordering::Relaxed) {
        0 => vm::sched::logger::Level::Info,
        2 => vm::sched::logger::Level::Error,
        _ => vm::sched::logger::Level::Warning,
    }
}

/// Counts `pid` among the system processes (`erts_internal:is_system_process/1`): the
/// processes the emulator starts itself before `init`.
pub fn mark_system_process(pid: Term) {
    let mut set = SYSTEM_PROCESSES.lock().unwrap_or_else(|e| e.into_inner());
    set.get_or_insert_with(HashSet::new).insert(pid.raw());
}
