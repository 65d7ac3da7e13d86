//! Port BIFs: `erlang:ports/0` and `erlang:port_info/1,2`, over the port table
//! (`vm::port`). (Monitoring a port is `erlang:monitor(port, Port)`, in `crate::process`.)

use vm::atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::port::Port;
use vm::process::Process;
use vm::sched::system;
use vm::term::Term;

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

fn ports_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let ports = system().ports.ports();
    Ok(p.heap.list(&ports))
}

/// The open port `t` names: a port, or a registered name (ports are never registered, so a
/// name finds none). `Err`: `t` is neither.
fn lookup(t: Term) -> Result<Option<std::sync::Arc<Port>>, vm::bif::BifError> {
    if t.is_local_port() {
        return Ok(system().ports.get(t));
    }
    if t.is_atom() {
        return Ok(None);
    }
    badarg()
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
        "os_pid" => match port.os_pid {
            Some(pid) => Term::small(pid as i64),
            None => Term::atom(atom::UNDEFINED),
        },
        "memory" => Term::small(port.memory_bytes() as i64),
        "queue_size" => Term::small(0),
        "locking" => Term::atom(atom_named("driver_level")),
        "parallelism" => Term::FALSE,
        _ => return None,
    })
}

fn port_info_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(port) = lookup(a[0])? else {
        return Ok(Term::atom(atom::UNDEFINED));
    };
    let mut items = Vec::with_capacity(DEFAULT_ITEMS.len());
    for &item in DEFAULT_ITEMS {
        let v = item_value(p, &port, item).unwrap_or(Term::NIL);
        items.push(p.heap.tuple(&[Term::atom(atom_named(item)), v]));
    }
    Ok(p.heap.list(&items))
}

fn port_info_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(item) = a[1].as_atom() else {
        return badarg();
    };
    let Some(port) = lookup(a[0])? else {
        return Ok(Term::atom(atom::UNDEFINED));
    };
    if item.text() == "registered_name" {
        // Ports are never registered: erl answers `[]`.
        return Ok(Term::NIL);
    }
    let Some(v) = item_value(p, &port, item.text()) else {
        return badarg();
    };
    Ok(p.heap.tuple(&[Term::atom(item), v]))
}

/// The port BIFs.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "ports", 0, ports_0),
    ("erlang", "port_info", 1, port_info_1),
    ("erlang", "port_info", 2, port_info_2),
];
