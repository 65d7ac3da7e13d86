//! Fuzz target: `re:compile/2` and `re:run/3` on arbitrary patterns, subjects and option
//! sets must return (a match, `nomatch`, an error term or `badarg`), never panic. The first
//! two bytes choose compile and run options, the third where the pattern ends.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vm::atom::Atom;
use vm::bif::{self, BifError};
use vm::heap::TermAlloc;
use vm::process::Process;
use vm::term::Term;

const COMPILE: &[&str] = &[
    "unicode", "caseless", "dotall", "extended", "multiline", "ungreedy", "dupnames", "firstline",
];
const RUN: &[&str] = &[
    "global", "notbol", "noteol", "notempty", "notempty_atstart", "anchored", "report_errors",
];

fn atoms(p: &mut Process, names: &[&str], bits: u8) -> Vec<Term> {
    let _ = p;
    names
        .iter()
        .enumerate()
        .filter(|(i, _)| bits & (1 << i) != 0)
        .map(|(_, n)| Term::atom(Atom::intern(n).expect("room for an atom")))
        .collect()
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    bifs::register_all();
    let module = Atom::intern("fuzz").expect("the atom table has room");
    let mut p = Process::new(1, (module, module, 0));
    let split = 3 + (data[2] as usize).min(data.len() - 3);
    let (pattern, subject) = (&data[3..split], &data[split..]);
    let re = Atom::intern("re").expect("room");
    let lookup = |f: &str, a: u32| {
        bif::lookup(re, Atom::intern(f).expect("room"), a).and_then(bif::get)
    };
    let (Some(compile), Some(run)) = (lookup("compile", 2), lookup("run", 3)) else {
        return;
    };
    let copts = atoms(&mut p, COMPILE, data[0]);
    let mut ropts = atoms(&mut p, RUN, data[1]);
    let pat = p.heap.binary(pattern);
    let subj = p.heap.binary(subject);
    let clist = p.heap.list(&copts);
    match (compile.func)(&mut p, &[pat, clist]) {
        Ok(_) | Err(BifError::Raise { .. }) => {}
        Err(_) => {}
    }
    ropts.extend(copts);
    let rlist = p.heap.list(&ropts);
    let _ = (run.func)(&mut p, &[subj, pat, rlist]);
});
