//! Fuzz target: a (mutated) `.beam` file is prepared, verified and, when the loader accepts it,
//! specialised into a detached version whose exported functions of arity 0 to 3 then run with
//! fixed arguments for a bounded number of time slices. Nothing may panic or hang: the loader
//! must refuse what would break the interpreter. Seed the corpus with real `.beam` files (`make
//! fuzz` copies a few of OTP's).
#![no_main]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once, OnceLock};

use libfuzzer_sys::fuzz_target;
use vm::atom::Atom;
use vm::code::{encode_cp, ModuleVersion};
use vm::instr::Instr;
use vm::interp::Exit;
use vm::process::{Process, Resume};
use vm::term::Term;

/// Time slices each function may run.
const SLICES: usize = 50;

/// Modules loaded by one fuzzing process at most (each load keeps its code for good).
const MAX_LOADS: usize = 20_000;

/// A version whose instruction 0 ends the process: the continuation every call returns to.
fn end_version() -> Option<&'static ModuleVersion> {
    static END: OnceLock<Option<Arc<ModuleVersion>>> = OnceLock::new();
    END.get_or_init(|| {
        let module = Atom::intern("girder_fuzz_end").ok()?;
        vm::code::install_detached(|id| {
            ModuleVersion::synthetic(id, module, vec![Instr::ProcessExit {}], Vec::new())
        })
    })
    .as_deref()
}

fuzz_target!(|data: &[u8]| {
    static INIT: Once = Once::new();
    INIT.call_once(bifs::register_all);
    static LOADS: AtomicUsize = AtomicUsize::new(0);

    let Ok(prepared) = loader::prepare(data) else {
        return;
    };
    if loader::specialize::verify(&prepared).is_err() {
        return;
    }
    if LOADS.fetch_add(1, Ordering::Relaxed) >= MAX_LOADS {
        return;
    }
    let (Ok(version), Some(end)) = (loader::specialize::load_detached(&prepared), end_version())
    else {
        return;
    };
    let args = [Term::small(1), Term::NIL, Term::atom(vm::atom::OK)];
    for &(f, arity, ip) in version.exports.iter() {
        if arity > 3 {
            continue;
        }
        let mut p = Process::new(1, (version.module, f, arity));
        for (i, &a) in args.iter().take(arity as usize).enumerate() {
            p.x[i] = a;
        }
        p.cp = encode_cp(end.id, 0);
        p.resume = Some(Resume {
            version: version.id,
            ip,
        });
        for _ in 0..SLICES {
            match vm::interp::run(&mut p) {
                Exit::Yield => continue,
                _ => break,
            }
        }
    }
});
