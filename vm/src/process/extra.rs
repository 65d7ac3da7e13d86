//! The rarely used parts of a process, allocated on first use so that a fresh process stays
//! small: links (to processes of this node and of others), the monitors it holds (with their
//! `{tag, Tag}` terms) and the ones held on it, its aliases, and who suspends whom
//! (`super::suspend`). (Registered names live in the registry, `crate::sched::registry`.)

use super::keyed::Keyed;
use super::suspend::SuspendState;
use crate::atom::Atom;
use crate::signal::Payload;
use crate::term::external::ExternalPid;
use crate::term::Term;

/// What a monitor watches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonitorTarget {
    /// A process given by pid.
    Pid(Term),
    /// A process given by registered name (the 'DOWN' message names it as `{Name, Node}`), and
    /// the pid the name resolved to.
    Name(Atom, Term),
    /// A process of another node. This node is never connected to another, so its 'DOWN'
    /// message (reason `noconnection`) is on its way as soon as the monitor exists.
    Remote(ExternalPid),
    /// A port of this node.
    Port(Term),
}

impl MonitorTarget {
    /// The monitored process of this node, or the atom `undefined` when the target is no such
    /// process (a name that was not registered, another node's process, a port).
    pub fn pid(self) -> Term {
        match self {
            MonitorTarget::Pid(p) | MonitorTarget::Name(_, p) => p,
            MonitorTarget::Remote(_) | MonitorTarget::Port(_) => Term::atom(crate::atom::UNDEFINED),
        }
    }
}

/// How an alias made by `monitor/3` or `alias/1` ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AliasMode {
    /// Only `unalias/1` ends it.
    Explicit,
    /// It ends with its monitor (`{alias, demonitor}`).
    Demonitor,
    /// It ends with its monitor or when a message arrives through it (`{alias,
    /// reply_demonitor}`, `alias([reply])`).
    Reply,
}

/// A monitor this process holds on another process.
#[derive(Clone, Copy, Debug)]
pub struct MonitorEntry {
    /// The monitor reference's unique number.
    pub ref_id: u64,
    /// The monitored process.
    pub target: MonitorTarget,
}

/// A monitor held on this process by another.
#[derive(Clone, Copy, Debug)]
pub struct Watcher {
    /// The monitor reference's unique number.
    pub ref_id: u64,
    /// The watching process.
    pub pid: Term,
    /// The registered name the monitor was made with ('DOWN' then names `{Name, Node}`).
    pub name: Option<Atom>,
}

/// Links, monitors, aliases and the registered name of a process.
#[derive(Default)]
pub struct ProcessExtra {
    /// Linked processes and ports, in the order the links were made (keyed by the term).
    pub links: Keyed<Term>,
    /// Linked processes of other nodes, in the order the links were made. Each link lasts
    /// until its `noconnection` exit signal arrives (this node is never connected).
    pub remote_links: Vec<ExternalPid>,
    /// Monitors this process holds, oldest first (keyed by reference number).
    pub monitors: Keyed<MonitorEntry>,
    /// Monitors held on this process, oldest first (keyed by reference number).
    pub monitored_by: Keyed<Watcher>,
    /// Active aliases: reference number and how the alias ends.
    pub aliases: Vec<(u64, AliasMode)>,
    /// The tags of monitors made with `{tag, Tag}` (their 'DOWN' message starts with `Tag`),
    /// by monitor reference number. Each tag lives in a fragment of its own, outside the heap.
    pub monitor_tags: Vec<(u64, Payload)>,
    /// Suspensions of this process and by it (`erlang:suspend_process/1,2`), if any.
    pub suspend: Option<Box<SuspendState>>,
    /// The module `process_flag(error_handler, M)` set; `None` is `error_handler`.
    pub error_handler: Option<Atom>,
    /// The `process_flag(save_calls, N)` setting (0..=10000).
    pub save_calls: u16,
}

impl ProcessExtra {
    /// Whether `pid` is linked.
    pub fn is_linked(&self, pid: Term) -> bool {
        self.links.contains(pid.raw())
    }

    /// Adds a link to `pid`; false if it existed.
    pub fn add_link(&mut self, pid: Term) -> bool {
        self.links.insert(pid.raw(), pid)
    }

    /// Removes the link to `pid`; false if there was none.
    pub fn remove_link(&mut self, pid: Term) -> bool {
        self.links.remove(pid.raw()).is_some()
    }

    /// Removes and returns the monitor this process holds with reference number `ref_id`
    /// (dropping its tag, if [`ProcessExtra::take_tag`] did not take it first).
    pub fn take_monitor(&mut self, ref_id: u64) -> Option<MonitorEntry> {
        let m = self.monitors.remove(ref_id)?;
        if !self.monitor_tags.is_empty() {
            self.monitor_tags.retain(|(r, _)| *r != ref_id);
        }
        Some(m)
    }

    /// Records the tag of monitor `ref_id` (a payload holding the `Tag` of `{tag, Tag}`).
    pub fn set_tag(&mut self, ref_id: u64, tag: Payload) {
        self.monitor_tags.push((ref_id, tag));
    }

    /// Removes and returns the tag of monitor `ref_id`, if it has one.
    pub fn take_tag(&mut self, ref_id: u64) -> Option<Payload> {
        let i = self.monitor_tags.iter().position(|(r, _)| *r == ref_id)?;
        Some(self.monitor_tags.swap_remove(i).1)
    }

    /// Adds a monitor held on this process.
    pub fn add_monitored_by(&mut self, w: Watcher) {
        self.monitored_by.insert(w.ref_id, w);
    }

    /// Adds a monitor this process holds.
    pub fn add_monitor(&mut self, m: MonitorEntry) {
        self.monitors.insert(m.ref_id, m);
    }

    /// Removes the monitor held on this process with reference number `ref_id`.
    pub fn remove_monitored_by(&mut self, ref_id: u64) -> bool {
        self.monitored_by.remove(ref_id).is_some()
    }

    /// The mode of active alias `ref_id`.
    pub fn alias_mode(&self, ref_id: u64) -> Option<AliasMode> {
        self.aliases
            .iter()
            .find(|&&(r, _)| r == ref_id)
            .map(|&(_, m)| m)
    }

    /// Deactivates alias `ref_id`; false if it was not active.
    pub fn remove_alias(&mut self, ref_id: u64) -> bool {
        match self.aliases.iter().position(|&(r, _)| r == ref_id) {
            Some(i) => {
                self.aliases.remove(i);
                true
            }
            None => false,
        }
    }

    /// Removes the link to another node's process `pid`; false if there was none.
    pub fn remove_remote_link(&mut self, pid: &ExternalPid) -> bool {
        match self.remote_links.iter().position(|l| l == pid) {
            Some(i) => {
                self.remote_links.remove(i);
                true
            }
            None => false,
        }
    }

    /// Bytes used beyond the structure itself.
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<ProcessExtra>()
            + self.links.memory_bytes()
            + self.remote_links.capacity() * std::mem::size_of::<ExternalPid>()
            + self.monitors.memory_bytes()
            + self.monitored_by.memory_bytes()
            + self.aliases.capacity() * 16
            + self
                .monitor_tags
                .iter()
                .map(|(_, t)| 16 + t.words() * 8)
                .sum::<usize>()
            + self.suspend.as_ref().map_or(0, |s| s.memory_bytes())
    }
}
