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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::Atom;
    use crate::code::{encode_cp, register_catch};
    use crate::process::{Process, Resume};

    fn process() -> Process {
        let a = Atom::intern("scan_test").unwrap();
        Process::new(1, (a, a, 0))
    }

    #[test]
    fn finds_resume_point_continuations_and_catch_markers() {
        let mut p = process();
        assert!(!refers_to(&p, 7, None));
        assert!(refers_to(&p, 7, Some((7, 3))));
        p.resume = Some(Resume { version: 7, ip: 1 });
        assert!(refers_to(&p, 7, None) && !refers_to(&p, 8, None));
        p.resume = None;
        p.cp = encode_cp(8, 2);
        assert!(refers_to(&p, 8, None));
        p.cp = NO_CP;
        assert!(p.heap.stack_push(encode_cp(9, 4)));
        assert!(refers_to(&p, 9, None));
        p.heap.stack_pop();
        let index = register_catch(10, 5).unwrap();
        assert!(p.heap.stack_push(Term::catch(index).raw()));
        assert!(refers_to(&p, 10, None) && !refers_to(&p, 9, None));
    }
}
