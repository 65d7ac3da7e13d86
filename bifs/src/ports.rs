//! Port BIFs: the `erts_internal` port functions OTP 25's `erlang.erl` wraps
//! (`open_port/2`, `port_command/3`, `port_control/3`, `port_call/3`, `port_close/1`,
//! `port_connect/2`, `port_info/1,2`), and `erlang:ports/0`, `port_info/1,2`,
//! `port_set_data/2`, `port_get_data/1`.
//!
//! Every `erts_internal` function here answers at once with its result (the wrappers also
//! accept a reference and a later reply, which this VM never needs): a value, or the atom
//! `badarg` / `badopt` / an error name that the wrapper raises. Opening parses the settings
//! ([`crate::port_open`]); the port itself lives in `vm::port`.

use vm::atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::port::{Command, Port};
use vm::process::Process;
use vm::sched::system;
use vm::signal::Payload;
use vm::term::Term;

use crate::lists::proper_list;
use crate::process::atom_named;
use crate::BifSpec;

/// The items `port_info/1` reports, in erl's order.
const DEFAULT_ITEMS: &[&str] = &[
    "name",
    "links",
    "id",
    "connected",
    "input",
    "output",
    "os_pid",
];

fn ret(name: &str) -> BifResult {
    Ok(Term::atom(atom_named(name)))
}

fn ports_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let ports = system().ports.ports();
    Ok(p.heap.list(&ports))
}

/// The port `t` names: `Ok(None)` for a closed port or a name no port is registered under,
/// `Err(())` if `t` is neither a port nor an atom.
fn lookup(t: Term) -> Result<Option<std::sync::Arc<Port>>, ()> {
    let t = match t.as_atom() {
        Some(name) => match system().registry.whereis(name) {
            Some(port) if port.is_local_port() => port,
            _ => return Ok(None),
        },
        None => t,
    };
    if t.is_local_port() {
        return Ok(system().ports.get(t).filter(|p| p.is_open()));
    }
    Err(())
}

/// The open port `t` names, or the `badarg` answer.
fn open_port_of(t: Term) -> Result<std::sync::Arc<Port>, BifResult> {
    match lookup(t) {
        Ok(Some(port)) => Ok(port),
        _ => Err(ret("badarg")),
    }
}

/// The value of `item` for `port`; `None` for an item `port_info/2` does not know.
fn item_value(p: &mut Process, port: &Port, item: &str) -> Option<Term> {
    Some(match item {
        "id" => p.heap.integer(port.id() as i64),
        "name" => p.heap.charlist(&port.name),
        "connected" => port.connected(),
        "links" => {
            let links = port.links();
            p.heap.list(&links)
        }
        // Ports monitor no process here; processes may monitor them.
        "monitors" => Term::NIL,
        "monitored_by" => {
            let by = port.watchers();
            p.heap.list(&by)
        }
        "input" => p.heap.integer(port.input() as i64),
        "output" => p.heap.integer(port.output() as i64),
        "os_pid" => match port.os_pid() {
            Some(pid) => Term::small(pid as i64),
            None => Term::atom(atom::UNDEFINED),
        },
        "memory" => Term::small(port.memory_bytes() as i64),
        "queue_size" => Term::small(port.queue_size() as i64),
        "locking" => Term::atom(atom_named(port.locking())),
        "parallelism" => {
            if port.parallelism() {
                Term::TRUE
            } else {
                Term::FALSE
            }
        }
        "registered_name" => Term::NIL,
        _ => return None,
    })
}

/// `port_info/1`'s answer for `a[0]`: the list, `undefined`, or `Err` for `badarg`.
fn info_all(p: &mut Process, t: Term) -> Result<Term, ()> {
    let Some(port) = lookup(t)? else {
        return Ok(Term::atom(atom::UNDEFINED));
    };
    let mut items = Vec::with_capacity(DEFAULT_ITEMS.len());
    for &item in DEFAULT_ITEMS {
        let v = item_value(p, &port, item).unwrap_or(Term::NIL);
        items.push(p.heap.tuple(&[Term::atom(atom_named(item)), v]));
    }
    Ok(p.heap.list(&items))
}

/// `port_info/2`'s answer: `{Item, Value}`, `[]` for an unregistered port's
/// `registered_name`, `undefined`, or `Err` for `badarg`.
fn info_item(p: &mut Process, t: Term, item: Term) -> Result<Term, ()> {
    let Some(item) = item.as_atom() else {
        return Err(());
    };
    let Some(port) = lookup(t)? else {
        return Ok(Term::atom(atom::UNDEFINED));
    };
    if item.text() == "registered_name" {
        return Ok(match system().registry.name_of(port.term()) {
            Some(name) => p.heap.tuple(&[Term::atom(item), Term::atom(name)]),
            None => Term::NIL,
        });
    }
    let v = item_value(p, &port, item.text()).ok_or(())?;
    Ok(p.heap.tuple(&[Term::atom(item), v]))
}

fn port_info_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    info_all(p, a[0]).or_else(|_| badarg())
}

fn port_info_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    info_item(p, a[0], a[1]).or_else(|_| badarg())
}

fn internal_port_info_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    info_all(p, a[0]).or_else(|_| ret("badarg"))
}

fn internal_port_info_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    info_item(p, a[0], a[1]).or_else(|_| ret("badarg"))
}

/// `erts_internal:open_port/2`: the port, or `badarg` / an error name (`enoent`, ...).
fn internal_open_port_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match crate::port_open::open(p.pid, a[0], a[1]) {
        Ok(port) => {
            let t = port.term();
            p.extra_mut().add_link(t);
            Ok(t)
        }
        Err(reason) => ret(reason),
    }
}

/// `erts_internal:port_command/3`: `true`; `false` on a busy port with `nosuspend`; a
/// reference when the command waits for a busy port; or `badarg` / `badopt` / `notsup`.
fn internal_port_command_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(flags) = proper_list(a[2]) else {
        return ret("badopt");
    };
    let (mut force, mut nosuspend) = (false, false);
    for f in flags {
        match f.as_atom().map(|f| f.text()) {
            Some("force") => force = true,
            Some("nosuspend") => nosuspend = true,
            _ => return ret("badopt"),
        }
    }
    let port = match open_port_of(a[0]) {
        Ok(port) => port,
        Err(r) => return r,
    };
    let Some(bytes) = vm::port::iodata_bytes(a[1]) else {
        return ret("badarg");
    };
    if force {
        // No driver here supports forcing a command past a busy port.
        return ret("notsup");
    }
    match port.command(system(), Some(p.pid), &bytes, nosuspend) {
        Ok(Command::Done) => Ok(Term::TRUE),
        Ok(Command::Busy) => Ok(Term::FALSE),
        // The caller waits in `erlang:port_command/2,3` for `{Ref, true}`.
        Ok(Command::Waiting(ref_id)) => Ok(p.heap.local_ref(ref_id, 0)),
        Err(_) => ret("badarg"),
    }
}

/// `erts_internal:port_control/3`: the driver's reply (a list of bytes), or `badarg`.
fn internal_port_control_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let port = match open_port_of(a[0]) {
        Ok(port) => port,
        Err(r) => return r,
    };
    let Some(op) = a[1].as_small().and_then(|n| u32::try_from(n).ok()) else {
        return ret("badarg");
    };
    let Some(data) = vm::port::iodata_bytes(a[2]) else {
        return ret("badarg");
    };
    match port.control(p.pid, op, &data) {
        Ok(reply) => {
            let items: Vec<Term> = reply.iter().map(|&b| Term::small(b as i64)).collect();
            Ok(p.heap.list(&items))
        }
        Err(_) => ret("badarg"),
    }
}

/// `erts_internal:port_call/3`: no driver here answers calls, so `badarg`.
fn internal_port_call_3(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if let Err(r) = open_port_of(a[0]) {
        return r;
    }
    if a[1]
        .as_small()
        .and_then(|n| u32::try_from(n).ok())
        .is_none()
    {
        return ret("badarg");
    }
    ret("badarg")
}

/// `erts_internal:port_close/1`: `true`, or `badarg` if the port is closed. Any process may
/// close a port; no `{Port, closed}` reply is sent.
fn internal_port_close_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let port = match open_port_of(a[0]) {
        Ok(port) => port,
        Err(r) => return r,
    };
    if port.close(system(), Term::atom(atom::NORMAL)) {
        Ok(Term::TRUE)
    } else {
        ret("badarg")
    }
}

/// `erts_internal:port_connect/2`: the port's owner becomes `Pid`, which is linked to it (the
/// old owner stays linked).
fn internal_port_connect_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let pid = a[1];
    if !pid.is_local_pid() {
        return ret("badarg");
    }
    let port = match open_port_of(a[0]) {
        Ok(port) => port,
        Err(r) => return r,
    };
    let sys = system();
    if sys.table.get(pid).is_none() {
        return ret("badarg");
    }
    if !port.connect(pid) {
        return ret("badarg");
    }
    if port.add_link(pid) {
        let _ = sys.send_signal(pid, vm::signal::Signal::Link { from: port.term() });
    }
    Ok(Term::TRUE)
}

fn port_set_data_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Ok(Some(port)) = lookup(a[0]) else {
        return badarg();
    };
    if port.set_data(Payload::copy(a[1])) {
        Ok(Term::TRUE)
    } else {
        badarg()
    }
}

fn port_get_data_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Ok(Some(port)) = lookup(a[0]) else {
        return badarg();
    };
    match port.get_data(|t| vm::copy::copy_term(t, &mut p.heap)) {
        Some(t) => Ok(t),
        None => badarg(),
    }
}

/// The port BIFs.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "ports", 0, ports_0),
    ("erlang", "port_info", 1, port_info_1),
    ("erlang", "port_info", 2, port_info_2),
    ("erlang", "port_set_data", 2, port_set_data_2),
    ("erlang", "port_get_data", 1, port_get_data_1),
    ("erts_internal", "open_port", 2, internal_open_port_2),
    ("erts_internal", "port_command", 3, internal_port_command_3),
    ("erts_internal", "port_control", 3, internal_port_control_3),
    ("erts_internal", "port_call", 3, internal_port_call_3),
    ("erts_internal", "port_close", 1, internal_port_close_1),
    ("erts_internal", "port_connect", 2, internal_port_connect_2),
    ("erts_internal", "port_info", 1, internal_port_info_1),
    ("erts_internal", "port_info", 2, internal_port_info_2),
];
