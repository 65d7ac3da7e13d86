//! Registered process names (`register/2`, `whereis/1`, `registered/0`).
//!
//! Two maps under one lock, name → pid and pid → name (a process has at most one name), so
//! registering, looking up either way, and the removal of an ending process's name each take
//! constant time however many names there are.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use crate::atom::Atom;
use crate::term::Term;

/// The two directions of the name table.
#[derive(Default)]
struct Names {
    by_name: HashMap<Atom, Term>,
    by_pid: HashMap<Term, Atom>,
}

impl Names {
    fn remove_name(&mut self, name: Atom) -> Option<Term> {
        let pid = self.by_name.remove(&name)?;
        self.by_pid.remove(&pid);
        Some(pid)
    }
}

/// Name → pid, and back.
#[derive(Default)]
pub struct Registry {
    names: Mutex<Names>,
}

impl Registry {
    fn lock(&self) -> super::sync::Guard<MutexGuard<'_, Names>> {
        super::sync::lock(&self.names)
    }

    /// Registers `name` for `pid`; false if the name is taken or `pid` already has a name.
    pub fn register(&self, name: Atom, pid: Term) -> bool {
        let mut names = self.lock();
        if names.by_name.contains_key(&name) || names.by_pid.contains_key(&pid) {
            return false;
        }
        names.by_name.insert(name, pid);
        names.by_pid.insert(pid, name);
        true
    }

    /// Removes `name` if it names `pid`.
    pub fn unregister_pid(&self, name: Atom, pid: Term) {
        let mut names = self.lock();
        if names.by_name.get(&name) == Some(&pid) {
            names.remove_name(name);
        }
    }

    /// Removes `name`; returns the pid it named.
    pub fn unregister(&self, name: Atom) -> Option<Term> {
        self.lock().remove_name(name)
    }

    /// The pid registered as `name`.
    pub fn whereis(&self, name: Atom) -> Option<Term> {
        self.lock().by_name.get(&name).copied()
    }

    /// The name `pid` is registered under.
    pub fn name_of(&self, pid: Term) -> Option<Atom> {
        self.lock().by_pid.get(&pid).copied()
    }

    /// Removes the name of `pid`, if it has one.
    pub fn unregister_all(&self, pid: Term) {
        let mut names = self.lock();
        if let Some(name) = names.by_pid.remove(&pid) {
            names.by_name.remove(&name);
        }
    }

    /// Every registered name.
    pub fn names(&self) -> Vec<Atom> {
        self.lock().by_name.keys().copied().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_directions_stay_in_step() {
        let r = Registry::default();
        let (a, b) = (
            Atom::intern("registry_test_a").unwrap(),
            Atom::intern("registry_test_b").unwrap(),
        );
        let (p, q) = (Term::local_pid(1), Term::local_pid(2));
        assert!(r.register(a, p));
        assert!(!r.register(a, q), "name taken");
        assert!(!r.register(b, p), "pid already named");
        assert!(r.register(b, q));
        assert_eq!((r.whereis(a), r.name_of(q)), (Some(p), Some(b)));
        r.unregister_pid(a, q);
        assert_eq!(r.whereis(a), Some(p), "a names p, not q");
        r.unregister_all(p);
        assert_eq!((r.whereis(a), r.name_of(p)), (None, None));
        assert_eq!(r.unregister(b), Some(q));
        assert_eq!(r.name_of(q), None);
        assert!(r.names().is_empty());
    }
}
