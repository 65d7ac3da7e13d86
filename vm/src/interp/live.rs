//! The live X registers of a process preempted at the end of its time slice.

use crate::bif;
use crate::code;
use crate::instr::{Instr, MAX_X};
use crate::process::Process;

/// The number of X registers a process parked after its slice was used up (preempted) holds
/// live, from the position it resumes at: a function's entry (its arguments), or a call that
/// runs again (`apply`, a fun call, a BIF that yielded: its arguments and the called term).
/// `None` where that is not known; the process's other registers hold stale words.
pub fn resume_live(p: &Process) -> Option<usize> {
    let r = p.resume?;
    let ver = code::version(r.version)?;
    let at_entry = ver
        .functions
        .iter()
        .find(|f| f.entry == r.ip)
        .map(|f| f.arity as usize);
    let by_instr = match ver.code.get(r.ip as usize)? {
        Instr::CallBif { bif, .. } | Instr::CallFloatBif { bif, .. } => {
            bif::get(*bif).map(|b| b.arity as usize)
        }
        Instr::Apply { arity } | Instr::ApplyLast { arity, .. } => Some(*arity as usize + 2),
        Instr::CallFun { arity } | Instr::CallFunLast { arity, .. } => Some(*arity as usize + 1),
        Instr::CallFun2 { arity, fun } | Instr::CallFun2Last { arity, fun, .. } => {
            let fun_reg = if fun.tag() == 0 { fun.index() + 1 } else { 0 };
            Some((*arity as usize).max(fun_reg))
        }
        _ => None,
    };
    match (at_entry, by_instr) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
    .filter(|&n| n <= MAX_X)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atom::{self, Atom};
    use crate::code::{install_detached, FunctionInfo, ModuleVersion};
    use crate::instr::Src;
    use crate::process::Resume;

    #[test]
    fn live_registers_come_from_the_resume_position() {
        let m = Atom::intern("live_test_module").unwrap();
        let f = Atom::intern("f").unwrap();
        let code = vec![
            Instr::ProcessExit {},
            Instr::Return {},
            Instr::Apply { arity: 2 },
            Instr::CallFun { arity: 1 },
            Instr::CallFun2 {
                arity: 1,
                fun: Src::x(6),
            },
            Instr::Return {},
        ];
        let functions = vec![FunctionInfo {
            name: f,
            arity: 3,
            start: 0,
            entry: 1,
        }];
        let v = install_detached(|id| ModuleVersion::synthetic(id, m, code, functions)).unwrap();
        let mut p = Process::new(1, (atom::INIT, atom::START_EM, 1));
        let at = |p: &mut Process, ip| {
            p.resume = Some(Resume { version: v.id, ip });
            resume_live(p)
        };
        assert_eq!(at(&mut p, 1), Some(3), "a function entry: its arguments");
        assert_eq!(at(&mut p, 2), Some(4), "apply: arguments, module, function");
        assert_eq!(at(&mut p, 3), Some(2), "a fun call: arguments and the fun");
        assert_eq!(at(&mut p, 4), Some(7), "the fun's register");
        assert_eq!(at(&mut p, 5), None, "anywhere else: not known");
        p.resume = None;
        assert_eq!(resume_live(&p), None);
    }
}
