//! Whether a process still needs a module version: the scan behind `check_process_code` and the
//! killing step of a purge.
//!
//! A process refers to a version's code through the position it resumes at, its continuation
//! register, the continuation words on its stack (return addresses), and the catch markers on
//! its stack (their handlers are positions in the code). Funs are not counted, as in OTP 25:
//! a fun of purged code raises `badfun` when called, and the process holding it lives on.

use super::{catch_handler, decode_cp, is_cp, NO_CP};
use crate::process::Process;
use crate::term::Term;

/// Whether `p` executes code of version `id` or will return or throw into it. `site` is the
/// position the process is known to be at (the call of the BIF that scans it), if any.
pub fn refers_to(p: &Process, id: u32, site: Option<(u32, u32)>) -> bool {
    if site.is_some_and(|(v, _)| v == id) {
        return true;
    }
    if p.resume.is_some_and(|r| r.version == id) {
        return true;
    }
    let in_version = |w: u64| is_cp(w) && w != NO_CP && decode_cp(w).0 == id;
    if in_version(p.cp) || in_version(p.bif_site) {
        return true;
    }
    p.heap.stack_words().iter().any(|&w| {
        if in_version(w) {
            return true;
        }
        let index = (w >> 6) as u32;
        w == Term::catch(index).raw() && catch_handler(index).is_some_and(|(v, _)| v == id)
    })
}
