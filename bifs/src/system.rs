//! `erlang:system_info/1` and `erlang:system_flag/2` for the system facts and settings that do
//! not belong to processes or schedulers: word sizes, the release and emulator version, and the
//! stack trace depth. Other items are `badarg`, as erl answers for items it does not know.

use vm::atom::Atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::term::Term;

use crate::BifSpec;

/// The OTP release girder's behaviour follows (`system_info(otp_release)`).
pub const OTP_RELEASE: &str = "25";
/// The erts version girder's behaviour follows (`system_info(version)`).
pub const ERTS_VERSION: &str = "13.1.5";

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[("erlang", "system_flag", 2, system_flag)];

fn atom_named(t: Term) -> Option<&'static str> {
    t.as_atom().map(Atom::text)
}

fn system_flag(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (atom_named(a[0]), a[1].as_small()) {
        (Some("backtrace_depth"), Some(n)) if n >= 0 => {
            let old = vm::exception::set_backtrace_depth(n as usize);
            Ok(Term::small(old as i64))
        }
        _ => badarg(),
    }
}
