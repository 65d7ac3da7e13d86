//! `erts_debug:inject_panic/1,2`: arms a panic at a point of the VM (`vm::inject`), for the
//! panic containment tests. Registered only in a build with the `panic-inject` feature.

use vm::atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::inject::{arm, Point};
use vm::term::Term;

/// `inject_panic(Point)`: `bif` panics in this BIF right away; any other point is armed for the
/// calling process.
fn inject_panic_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(name) = a[0].as_atom() else {
        return badarg();
    };
    if name.text() == "bif" {
        panic!("injected panic in a BIF");
    }
    let Some(point) = Point::named(name.text()) else {
        return badarg();
    };
    arm(point, Some(p.pid));
    Ok(Term::atom(atom::TRUE))
}

/// `inject_panic(Point, Pid)`: arms `Point` for process `Pid`, or for any process when `Pid`
/// is `any`.
fn inject_panic_2(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(point) = a[0].as_atom().and_then(|n| Point::named(n.text())) else {
        return badarg();
    };
    let who = if a[1].as_atom().is_some_and(|n| n.text() == "any") {
        None
    } else if a[1].is_local_pid() {
        Some(a[1])
    } else {
        return badarg();
    };
    arm(point, who);
    Ok(Term::atom(atom::TRUE))
}

/// Registers the BIFs of this module.
pub fn register() {
    let _ = vm::bif::register("erts_debug", "inject_panic", 1, inject_panic_1);
    let _ = vm::bif::register("erts_debug", "inject_panic", 2, inject_panic_2);
}
