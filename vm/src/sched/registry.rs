//! Registered process names (`register/2`, `whereis/1`, `registered/0`).

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use crate::atom::Atom;
use crate::term::Term;

/// Name → pid.
#[derive(Default)]
pub struct Registry {
    names: Mutex<HashMap<Atom, Term>>,
}

impl Registry {
    fn lock(&self) -> super::sync::Guard<MutexGuard<'_, HashMap<Atom, Term>>> {
        super::sync::lock(&self.names)
    }

    /// Registers `name` for `pid`; false if the name is taken.
    pub fn register(&self, name: Atom, pid: Term) -> bool {
        let mut names = self.lock();
        if names.contains_key(&name) {
            return false;
        }
        names.insert(name, pid);
        true
    }

    /// Removes `name` if it names `pid`.
    pub fn unregister_pid(&self, name: Atom, pid: Term) {
        let mut names = self.lock();
        if names.get(&name) == Some(&pid) {
            names.remove(&name);
        }
    }

    /// Removes `name`; returns the pid it named.
    pub fn unregister(&self, name: Atom) -> Option<Term> {
        self.lock().remove(&name)
    }

    /// The pid registered as `name`.
    pub fn whereis(&self, name: Atom) -> Option<Term> {
        self.lock().get(&name).copied()
    }

    /// The name `pid` is registered under.
    pub fn name_of(&self, pid: Term) -> Option<Atom> {
        let names = self.lock();
        if names.is_empty() {
            return None;
        }
        names.iter().find(|&(_, &p)| p == pid).map(|(&n, _)| n)
    }

    /// Removes the name of `pid`, if it has one.
    pub fn unregister_all(&self, pid: Term) {
        let mut names = self.lock();
        if names.is_empty() {
            return;
        }
        names.retain(|_, p| *p != pid);
    }

    /// Every registered name.
    pub fn names(&self) -> Vec<Atom> {
        self.lock().keys().copied().collect()
    }
}
