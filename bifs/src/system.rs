//! `erlang:system_info/1` and `erlang:system_flag/2` for the system facts and settings that do
//! not belong to processes or schedulers: word sizes, the release and emulator version, and the
//! stack trace depth. Other items are `badarg`, as erl answers for items it does not know.

use vm::atom::Atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::BifSpec;

/// The OTP release girder's behaviour follows (`system_info(otp_release)`).
pub const OTP_RELEASE: &str = "25";
/// The erts version girder's behaviour follows (`system_info(version)`).
pub const ERTS_VERSION: &str = "13.1.5";

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "system_info", 1, system_info),
    ("erlang", "system_flag", 2, system_flag),
];

fn atom_named(t: Term) -> Option<&'static str> {
    t.as_atom().map(Atom::text)
}

fn system_info(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let item = a[0];
    if let Some(&[kind, which]) = item.tuple_elements() {
        return match (atom_named(kind), atom_named(which)) {
            (Some("wordsize"), Some("internal" | "external")) => Ok(Term::small(8)),
            _ => badarg(),
        };
    }
    match atom_named(item) {
        Some("wordsize") => Ok(Term::small(8)),
        Some("otp_release") => Ok(p.heap.charlist(OTP_RELEASE)),
        Some("version") => Ok(p.heap.charlist(ERTS_VERSION)),
        Some("machine") => Ok(p.heap.charlist("BEAM")),
        Some("backtrace_depth") => Ok(Term::small(vm::exception::backtrace_depth() as i64)),
        _ => crate::proc_info::system_info_item(p, item),
    }
}

fn system_flag(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if atom_named(a[0]) == Some("max_heap_size") {
        let new = crate::process::max_heap_size(a[1])?;
        if new.size != 0 && new.size < vm::heap::sizes::DEFAULT_MIN_HEAP_SIZE {
            return badarg();
        }
        let old = vm::process::set_default_max_heap(new);
        return Ok(crate::process::max_heap_map(p, old));
    }
    match (atom_named(a[0]), a[1].as_small()) {
        (Some("backtrace_depth"), Some(n)) if n >= 0 => {
            let old = vm::exception::set_backtrace_depth(n as usize);
            Ok(Term::small(old as i64))
        }
        _ => badarg(),
    }
}
