//! Suspended processes (`erlang:suspend_process/1,2`, `erlang:resume_process/1`).
//!
//! A process is suspended while at least one process holds a suspension on it; each suspender
//! counts its own suspensions, and `resume_process/1` takes back one of the caller's. The
//! bookkeeping lives in [`SuspendState`] on both sides: the suspendee knows who suspends it and
//! how often, the suspender knows whom it suspends (the `suspending` item of `process_info/2`:
//! active suspensions, and requests the suspendee has not acted on yet).
//!
//! A suspended process still acts on signals (an exit signal ends it, messages join its queue),
//! but runs no code. The scheduler lends a process its registers ([`Process::install_registers`])
//! right before running it: for a suspended process that is where it is *parked*. Its registers,
//! float registers and resume point go into a stash, and it resumes instead in a one-instruction
//! piece of code that waits ([`suspended_entry`]), so each time a signal wakes it, it handles the
//! signal and waits again. When its last suspension ends, the stash is put back and it continues
//! where it was. The stashed registers of a process that was waiting hold exactly its live
//! registers and are garbage-collection roots; a process preempted in the middle of its work
//! keeps its whole register file, whose live part is unknown, so it is not collected from
//! outside while suspended (the same rule as for any preempted process).

use std::sync::OnceLock;

use super::{Process, ProcessExtra, Resume};
use crate::atom;
use crate::code::{self, ModuleVersion};
use crate::instr::{Instr, Label, MAX_X};
use crate::term::Term;

/// What a process knows about suspensions: of itself, and of the processes it suspends.
#[derive(Default)]
pub struct SuspendState {
    /// The processes suspending this one, with how many suspensions each holds.
    pub by: Vec<(Term, u32)>,
    /// The processes this one suspends.
    pub suspending: Vec<Suspendee>,
    /// Where the process was when it was parked as suspended.
    stash: Option<Stash>,
}

/// A process suspended by the owner of a [`SuspendState`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suspendee {
    /// The suspended process.
    pub pid: Term,
    /// Suspensions in effect.
    pub active: u32,
    /// Suspension requests sent that the suspendee has not acted on yet.
    pub outstanding: u32,
}

/// The state of a process parked as suspended.
struct Stash {
    x: Box<[Term]>,
    fr: Box<[f64]>,
    resume: Option<Resume>,
}

impl SuspendState {
    /// Bytes used beyond the structure itself.
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<SuspendState>()
            + self.by.capacity() * 16
            + self.suspending.capacity() * std::mem::size_of::<Suspendee>()
            + self
                .stash
                .as_ref()
                .map_or(0, |s| s.x.len() * 8 + s.fr.len() * 8)
    }

    /// The record of suspendee `pid`, created on first use.
    pub fn suspendee_mut(&mut self, pid: Term) -> &mut Suspendee {
        let i = match self.suspending.iter().position(|s| s.pid == pid) {
            Some(i) => i,
            None => {
                self.suspending.push(Suspendee {
                    pid,
                    active: 0,
                    outstanding: 0,
                });
                self.suspending.len() - 1
            }
        };
        &mut self.suspending[i]
    }

    /// The record of suspendee `pid`, if there is one.
    pub fn suspendee(&self, pid: Term) -> Option<&Suspendee> {
        self.suspending.iter().find(|s| s.pid == pid)
    }
}

/// The one-instruction code a suspended process waits in: `wait` jumping to itself.
pub fn suspended_entry() -> Option<Resume> {
    static V: OnceLock<Option<u32>> = OnceLock::new();
    let id = (*V.get_or_init(|| {
        let v = code::install_detached(|id| {
            ModuleVersion::synthetic(
                id,
                atom::ERLANG,
                vec![Instr::Wait { to: Label(0) }],
                Vec::new(),
            )
        })?;
        Some(v.id)
    }))?;
    Some(Resume { version: id, ip: 0 })
}

impl Process {
    /// The suspension state, created on first use.
    pub fn suspend_state_mut(&mut self) -> &mut SuspendState {
        self.extra_mut()
            .suspend
            .get_or_insert_with(Default::default)
    }

    /// The suspension state, if the process ever took part in a suspension.
    pub fn suspend_state(&self) -> Option<&SuspendState> {
        self.extra.as_ref()?.suspend.as_deref()
    }

    /// Whether some process holds a suspension on this one.
    pub fn is_suspended(&self) -> bool {
        self.suspend_state().is_some_and(|s| !s.by.is_empty())
    }

    /// Records one more suspension by `by`.
    pub fn add_suspension(&mut self, by: Term) {
        let s = self.suspend_state_mut();
        match s.by.iter_mut().find(|(p, _)| *p == by) {
            Some((_, n)) => *n += 1,
            None => s.by.push((by, 1)),
        }
    }

    /// Takes back one suspension by `by` (all of them with `all`); when none is left, the
    /// process continues where it was parked.
    pub fn remove_suspension(&mut self, by: Term, all: bool) {
        let Some(s) = self.extra.as_mut().and_then(|e| e.suspend.as_mut()) else {
            return;
        };
        if let Some(i) = s.by.iter().position(|(p, _)| *p == by) {
            if all || s.by[i].1 <= 1 {
                s.by.remove(i);
            } else {
                s.by[i].1 -= 1;
            }
        }
        if s.by.is_empty() {
            if let Some(stash) = s.stash.take() {
                self.x = stash.x;
                self.fr = stash.fr;
                self.resume = stash.resume;
            }
        }
    }

    /// Parks a suspended process that is about to run: its registers and resume point go into
    /// the stash and it resumes in [`suspended_entry`] instead. Called while the process holds
    /// only its parked registers, before it gets a full register file.
    pub(super) fn park_if_suspended(&mut self) {
        if !self.is_suspended() {
            return;
        }
        let Some(entry) = suspended_entry() else {
            return;
        };
        let x = std::mem::take(&mut self.x);
        let fr = std::mem::take(&mut self.fr);
        let resume = self.resume.replace(entry);
        let s = self.suspend_state_mut();
        if s.stash.is_some() {
            // Parked already: what it holds now are the registers of the waiting code.
            return;
        }
        s.stash = Some(Stash { x, fr, resume });
    }

    /// Where the process continues: for a process parked as suspended, where it was parked.
    pub fn resume_point(&self) -> Option<Resume> {
        match self.suspend_state().and_then(|s| s.stash.as_ref()) {
            Some(stash) => stash.resume,
            None => self.resume,
        }
    }

    /// The number of live X registers of a process that is not running, when it is known (a
    /// waiting process holds exactly its live registers; a preempted one holds a whole file,
    /// of which only the code it resumes in knows the live part).
    pub fn parked_live(&self) -> Option<usize> {
        if self.has_registers() {
            return None;
        }
        match self.suspend_state().and_then(|s| s.stash.as_ref()) {
            Some(stash) if stash.x.len() >= MAX_X => None,
            _ => Some(self.x.len()),
        }
    }
}

/// The stashed registers of a process parked as suspended (given its rarely used parts) that
/// were live when it was parked: garbage-collection roots. Empty otherwise.
pub(super) fn stashed_roots(extra: &mut Option<Box<ProcessExtra>>) -> &mut [Term] {
    match extra
        .as_mut()
        .and_then(|e| e.suspend.as_mut())
        .and_then(|s| s.stash.as_mut())
    {
        Some(stash) if stash.x.len() < MAX_X => &mut stash.x,
        _ => &mut [],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::ProcessHeap;

    fn parked() -> Process {
        let mut p = Process::new_parked(7, (atom::INIT, atom::START_EM, 1), ProcessHeap::new());
        p.x = vec![Term::small(1), Term::small(2)].into_boxed_slice();
        p.resume = Some(Resume { version: 0, ip: 5 });
        p
    }

    #[test]
    fn a_suspended_process_is_parked_and_continues_where_it_was() {
        let mut p = parked();
        let a = Term::local_pid(1);
        let b = Term::local_pid(2);
        p.add_suspension(a);
        p.add_suspension(a);
        p.add_suspension(b);
        assert!(p.is_suspended());
        p.install_registers(&mut Vec::new());
        assert_eq!(p.resume, suspended_entry());
        assert_eq!(p.resume_point(), Some(Resume { version: 0, ip: 5 }));
        assert_eq!(
            stashed_roots(&mut p.extra),
            &[Term::small(1), Term::small(2)]
        );
        // The waiting code gives the registers back; the process stays parked.
        p.take_registers(0);
        assert_eq!(p.parked_live(), Some(0));
        p.remove_suspension(a, false);
        p.remove_suspension(b, false);
        assert!(p.is_suspended());
        p.install_registers(&mut Vec::new());
        p.take_registers(0);
        p.remove_suspension(a, false);
        assert!(!p.is_suspended());
        assert_eq!(&p.x[..], &[Term::small(1), Term::small(2)]);
        assert_eq!(p.resume, Some(Resume { version: 0, ip: 5 }));
        assert!(stashed_roots(&mut p.extra).is_empty());
    }

    #[test]
    fn a_preempted_process_keeps_its_whole_register_file() {
        let mut p = parked();
        p.install_registers(&mut Vec::new());
        p.add_suspension(Term::local_pid(1));
        p.park_if_suspended();
        assert!(stashed_roots(&mut p.extra).is_empty());
        p.install_registers(&mut Vec::new());
        p.take_registers(0);
        assert_eq!(p.parked_live(), None);
        p.remove_suspension(Term::local_pid(1), true);
        assert!(p.has_registers() && p.x[1] == Term::small(2));
    }

    #[test]
    fn suspendee_records_are_kept_per_process() {
        let mut s = SuspendState::default();
        s.suspendee_mut(Term::local_pid(3)).active += 1;
        s.suspendee_mut(Term::local_pid(3)).outstanding += 2;
        s.suspendee_mut(Term::local_pid(4)).active += 1;
        assert_eq!(s.suspending.len(), 2);
        let r = s.suspendee(Term::local_pid(3)).unwrap();
        assert_eq!((r.active, r.outstanding), (1, 2));
        assert!(s.suspendee(Term::local_pid(5)).is_none());
    }
}
