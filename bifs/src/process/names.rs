//! Registered names: `register/2`, `unregister/1`, `whereis/1`, `registered/0`.

use vm::atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::sched::system;
use vm::term::Term;

pub(super) fn register_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(name), pid) = (a[0].as_atom(), a[1]) else {
        return badarg();
    };
    if name == atom::UNDEFINED || !(pid.is_local_pid() || pid.is_local_port()) {
        return badarg();
    }
    let sys = system();
    if sys.registry.name_of(pid).is_some() {
        return badarg();
    }
    let alive = if pid.is_local_port() {
        sys.ports.get(pid).is_some_and(|port| port.is_open())
    } else {
        pid == p.pid || sys.table.get(pid).is_some()
    };
    if !alive {
        return badarg();
    }
    if !sys.registry.register(name, pid) {
        return badarg();
    }
    Ok(Term::TRUE)
}

pub(super) fn unregister_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(name) = a[0].as_atom() else {
        return badarg();
    };
    match system().registry.unregister(name) {
        Some(_) => Ok(Term::TRUE),
        None => badarg(),
    }
}

pub(super) fn whereis_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(name) = a[0].as_atom() else {
        return badarg();
    };
    Ok(system()
        .registry
        .whereis(name)
        .unwrap_or(Term::atom(atom::UNDEFINED)))
}

pub(super) fn registered_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let names: Vec<Term> = system()
        .registry
        .names()
        .into_iter()
        .map(Term::atom)
        .collect();
    Ok(p.heap.list(&names))
}
