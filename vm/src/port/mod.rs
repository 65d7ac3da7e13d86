//! The port table: every open port by number, with what `erlang:ports/0` and
//! `erlang:port_info/1,2` report about it.
//!
//! The VM opens the ports of its standard I/O when the system starts ([`PortTable::open_stdio`]):
//! `"0/1"` (standard input and output) and `"2/2"` (standard error), as erl's `fd` driver names
//! them, both connected to the boot process. A port number is never reused while the system runs.
//!
//! Processes may monitor a port (`erlang:monitor(port, Port)`): the port keeps its watchers, and
//! closing it ([`PortTable::close`]) sends each a `{'DOWN', Ref, port, Port, Reason}` message.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use crate::term::Term;

/// Most ports open at once (erl's default `+Q`, `erlang:system_info(port_limit)`).
pub const PORT_LIMIT: usize = 65536;

/// One open port.
pub struct Port {
    /// The port number (`#Port<0.N>`).
    pub number: u64,
    /// The name it was opened with (`port_info(P, name)`): the command, or `"In/Out"` for a
    /// pair of file descriptors.
    pub name: String,
    /// The OS process behind a spawned port, if any.
    pub os_pid: Option<u32>,
    /// The connected (owning) process.
    connected: Mutex<Term>,
    /// Linked processes.
    links: Mutex<Vec<Term>>,
    /// Processes monitoring the port: monitor reference number and watching pid.
    watchers: Mutex<Vec<(u64, Term)>>,
    /// Bytes read from the port.
    input: AtomicU64,
    /// Bytes written to the port.
    output: AtomicU64,
}

impl Port {
    /// The port as a term.
    pub fn term(&self) -> Term {
        Term::local_port(self.number)
    }

    /// The `id` `port_info/2` reports: the port's internal index, the number times eight in
    /// erl's numbering.
    pub fn id(&self) -> u64 {
        self.number << 3
    }

    /// The connected process.
    pub fn connected(&self) -> Term {
        *self.connected.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The linked processes, oldest link first.
    pub fn links(&self) -> Vec<Term> {
        self.links.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Adds watcher `pid` with monitor reference number `ref_id`.
    pub fn add_watcher(&self, ref_id: u64, pid: Term) {
        self.watchers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((ref_id, pid));
    }

    /// Removes the watcher of monitor `ref_id`; false if there was none.
    pub fn remove_watcher(&self, ref_id: u64) -> bool {
        let mut w = self.watchers.lock().unwrap_or_else(|e| e.into_inner());
        match w.iter().position(|&(r, _)| r == ref_id) {
            Some(i) => {
                w.remove(i);
                true
            }
            None => false,
        }
    }

    /// The processes monitoring the port, oldest monitor first (`port_info(P, monitored_by)`).
    pub fn watchers(&self) -> Vec<Term> {
        let w = self.watchers.lock().unwrap_or_else(|e| e.into_inner());
        w.iter().map(|&(_, pid)| pid).collect()
    }

    /// Bytes read from the port so far.
    pub fn input(&self) -> u64 {
        self.input.load(Ordering::Relaxed)
    }

    /// Bytes written to the port so far.
    pub fn output(&self) -> u64 {
        self.output.load(Ordering::Relaxed)
    }

    /// Bytes of memory the port uses.
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<Port>() + self.name.len()
    }
}

/// Every open port, by number.
pub struct PortTable {
    ports: RwLock<BTreeMap<u64, Arc<Port>>>,
    next: AtomicU64,
}

impl Default for PortTable {
    fn default() -> Self {
        PortTable::new()
    }
}

impl PortTable {
    /// An empty table; the first port opened is `#Port<0.0>`.
    pub fn new() -> PortTable {
        PortTable {
            ports: RwLock::new(BTreeMap::new()),
            next: AtomicU64::new(0),
        }
    }

    /// Opens a port named `name`, connected to process `owner`; `None` when [`PORT_LIMIT`]
    /// ports are open.
    pub fn open(&self, name: &str, owner: Term, os_pid: Option<u32>) -> Option<Arc<Port>> {
        let mut ports = self.ports.write().unwrap_or_else(|e| e.into_inner());
        if ports.len() >= PORT_LIMIT {
            return None;
        }
        let number = self.next.fetch_add(1, Ordering::Relaxed);
        let port = Arc::new(Port {
            number,
            name: name.to_owned(),
            os_pid,
            connected: Mutex::new(owner),
            links: Mutex::new(Vec::new()),
            watchers: Mutex::new(Vec::new()),
            input: AtomicU64::new(0),
            output: AtomicU64::new(0),
        });
        ports.insert(number, port.clone());
        Some(port)
    }

    /// Opens the ports of the VM's standard I/O (`"0/1"`, then `"2/2"`), connected to `owner`,
    /// unless they are open already.
    pub fn open_stdio(&self, owner: Term) {
        if !self.is_empty() {
            return;
        }
        for name in ["0/1", "2/2"] {
            let _ = self.open(name, owner, None);
        }
    }

    /// The open port `port` (a local port term).
    pub fn get(&self, port: Term) -> Option<Arc<Port>> {
        if !port.is_local_port() {
            return None;
        }
        let ports = self.ports.read().unwrap_or_else(|e| e.into_inner());
        ports.get(&port.immed1_payload()).cloned()
    }

    /// Closes `port` with exit reason `reason` (an atom or other immediate): its watchers get
    /// their 'DOWN' messages. False if it was not open.
    pub fn close(&self, port: Term, reason: Term) -> bool {
        let closed = {
            let mut ports = self.ports.write().unwrap_or_else(|e| e.into_inner());
            if !port.is_local_port() {
                return false;
            }
            ports.remove(&port.immed1_payload())
        };
        let Some(closed) = closed else {
            return false;
        };
        let watchers =
            std::mem::take(&mut *closed.watchers.lock().unwrap_or_else(|e| e.into_inner()));
        for (ref_id, pid) in watchers {
            let owner = pid.immed1_payload() + 1;
            let msg =
                crate::signal::down_message_of(crate::atom::PORT, (ref_id, owner), port, reason);
            let _ = crate::sched::system()
                .send_signal(pid, crate::signal::Signal::MonitorDown { ref_id, msg });
        }
        true
    }

    /// The open ports, oldest first.
    pub fn ports(&self) -> Vec<Term> {
        let ports = self.ports.read().unwrap_or_else(|e| e.into_inner());
        ports.values().map(|p| p.term()).collect()
    }

    /// Number of open ports.
    pub fn len(&self) -> usize {
        self.ports.read().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Whether no port is open.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stdio_ports_are_opened_once_and_listed_in_order() {
        let t = PortTable::new();
        let owner = Term::local_pid(0);
        t.open_stdio(owner);
        t.open_stdio(owner);
        let ports = t.ports();
        assert_eq!(ports, vec![Term::local_port(0), Term::local_port(1)]);
        let p = t.get(ports[0]).unwrap();
        assert_eq!((p.name.as_str(), p.id(), p.connected()), ("0/1", 0, owner));
        assert_eq!(t.get(ports[1]).unwrap().id(), 8);
        assert!(p.links().is_empty() && p.input() == 0 && p.output() == 0);
        let reason = Term::atom(crate::atom::NORMAL);
        assert!(t.close(ports[1], reason) && !t.close(ports[1], reason));
        assert!(t.get(ports[1]).is_none() && t.len() == 1);
        assert!(t.get(Term::local_pid(0)).is_none());
    }

    #[test]
    fn watchers_are_added_listed_and_removed() {
        let t = PortTable::new();
        let p = t.open("x", Term::local_pid(0), None).unwrap();
        p.add_watcher(5, Term::local_pid(1));
        p.add_watcher(6, Term::local_pid(2));
        assert_eq!(p.watchers(), vec![Term::local_pid(1), Term::local_pid(2)]);
        assert!(p.remove_watcher(5) && !p.remove_watcher(5));
        assert_eq!(p.watchers(), vec![Term::local_pid(2)]);
    }
}
