//! Ports: signal endpoints that run a driver (`fd`, `spawn`, `spawn_executable`).
//!
//! A port is addressed by its id (`#Port<0.N>`), is connected to (owned by) one process, and
//! takes the same signals as a process (`crate::signal::port` acts on them): messages (commands
//! `{Pid, {command, Data}}`, `{Pid, close}`, `{Pid, {connect, New}}`), link, unlink, exit,
//! monitor and demonitor. Its input comes from the I/O thread ([`poll`]), which turns readiness
//! of the driver's descriptors into calls of [`Port::input_ready`] and [`Port::output_ready`];
//! every driver call is non-blocking. The port cuts its input into messages to the connected
//! process ([`framing`]). When it closes ([`Port::close`]) its linked processes get an exit
//! signal and its monitors a `'DOWN'` message with the reason.
//!
//! The VM opens the ports of its standard I/O when the system starts ([`PortTable::open_stdio`]):
//! `"0/1"` and `"2/2"`, as erl's `fd` driver names them. A port number is never reused.

pub mod driver;
pub mod fd;
pub mod framing;
pub mod inet;
pub mod poll;
pub mod spawn;
pub mod tty_sl;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use crate::atom::{self, Atom};
use crate::heap::TermAlloc;
use crate::sched::{sync, System};
use crate::signal::{ExitKind, Payload, Signal};
use crate::term::Term;

pub use driver::{Driver, Errno, Read, Reply};
pub use framing::Framing;

/// Most ports open at once (erl's default `+Q`, `erlang:system_info(port_limit)`).
pub const PORT_LIMIT: usize = 65536;

/// How a port delivers its input and what it reports.
#[derive(Clone, Copy, Debug)]
pub struct PortOpts {
    /// Input framing (and output packet headers).
    pub framing: Framing,
    /// Data comes as binaries (`binary`), else as lists of bytes.
    pub binary: bool,
    /// End of input is reported as `{Port, eof}` and the port stays open (`eof`).
    pub eof: bool,
    /// The program's exit status is reported (`exit_status`).
    pub exit_status: bool,
    /// `{parallelism, true}`.
    pub parallelism: bool,
    /// `{busy_limits_port, {Low, High}}`: the port is busy from `High` bytes of queued output
    /// until the queue is below `Low`; `None` when disabled.
    pub busy_limits: Option<(usize, usize)>,
}

/// erl's default busy limits of a port's output queue.
pub const DEFAULT_BUSY_LIMITS: (usize, usize) = (4096, 8192);

impl Default for PortOpts {
    fn default() -> Self {
        PortOpts {
            framing: Framing::Stream,
            binary: false,
            eof: false,
            exit_status: false,
            busy_limits: Some(DEFAULT_BUSY_LIMITS),
            parallelism: false,
        }
    }
}

/// The mutable state of a port, behind its lock.
struct PortState {
    connected: Term,
    links: Vec<Term>,
    watchers: Vec<(u64, Term)>,
    driver: Option<Box<dyn Driver>>,
    opts: PortOpts,
    input: framing::InputBuffer,
    /// Input ended (or the port takes none).
    input_done: bool,
    /// The exit status is awaited before the port closes at end of input.
    awaiting_status: bool,
    data: Option<Payload>,
    closed: bool,
    /// Too much output is queued: commands wait ([`Port::command`]).
    busy: bool,
    /// Commands waiting for the port to be no longer busy: the caller and the reference it
    /// waits for a reply on (none for a command sent as a message), and the framed bytes.
    waiting: std::collections::VecDeque<(Option<Waiter>, Vec<u8>)>,
}

/// A process waiting for its command to a busy port, and the reference number of the reply
/// it waits for.
type Waiter = (Term, u64);

/// What became of a command.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Written (or queued in the driver).
    Done,
    /// The port is busy and the caller did not want to wait (`nosuspend`): nothing was written.
    Busy,
    /// The port is busy: the command waits, and the caller gets `{Ref, true}` (reference
    /// number given) once it is written.
    Waiting(u64),
}

/// One open port.
pub struct Port {
    /// The port number (`#Port<0.N>`).
    pub number: u64,
    /// The name it was opened with (`port_info(P, name)`).
    pub name: String,
    os_pid: Option<u32>,
    locking: &'static str,
    parallelism: bool,
    state: Mutex<PortState>,
    input: AtomicU64,
    output: AtomicU64,
}

/// Why a port operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortError {
    /// The port is closed, or the arguments are bad (`badarg`).
    Badarg,
}

/// Builds `{Port, Inner}` for the port's connected process.
fn port_message(
    port: Term,
    words: usize,
    inner: impl FnOnce(&mut crate::heap::HeapFragment) -> Term,
) -> Payload {
    Payload::build(words + 3, |f| {
        let i = inner(f);
        f.tuple(&[port, i])
    })
}

/// Words a binary or a byte list of `len` bytes takes.
fn data_words(len: usize, binary: bool) -> usize {
    if !binary {
        2 * len
    } else if len <= crate::term::binary::HEAP_BINARY_LIMIT {
        len / 8 + 3
    } else {
        crate::term::binary::REFC_BINARY_WORDS + 1
    }
}

fn data_term(f: &mut crate::heap::HeapFragment, bytes: &[u8], binary: bool) -> Term {
    if binary {
        f.binary(bytes)
    } else {
        let items: Vec<Term> = bytes.iter().map(|&b| Term::small(b as i64)).collect();
        f.list(&items)
    }
}

impl Port {
    fn lock(&self) -> sync::Guard<MutexGuard<'_, PortState>> {
        sync::lock(&self.state)
    }

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
        self.lock().connected
    }

    /// The linked processes, oldest link first.
    pub fn links(&self) -> Vec<Term> {
        self.lock().links.clone()
    }

    /// Whether the port is still open.
    pub fn is_open(&self) -> bool {
        !self.lock().closed
    }

    /// The OS process behind a spawned port.
    pub fn os_pid(&self) -> Option<u32> {
        self.os_pid
    }

    /// `port_info(P, locking)`.
    pub fn locking(&self) -> &'static str {
        self.locking
    }

    /// `port_info(P, parallelism)`.
    pub fn parallelism(&self) -> bool {
        self.parallelism
    }

    /// Adds a link to `pid`; false if the port is closed.
    pub fn add_link(&self, pid: Term) -> bool {
        let mut s = self.lock();
        if s.closed {
            return false;
        }
        if !s.links.contains(&pid) {
            s.links.push(pid);
        }
        true
    }

    /// Removes the link to `pid`; false if there was none.
    pub fn remove_link(&self, pid: Term) -> bool {
        let mut s = self.lock();
        match s.links.iter().position(|&l| l == pid) {
            Some(i) => {
                s.links.remove(i);
                true
            }
            None => false,
        }
    }

    /// Adds watcher `pid` with monitor reference number `ref_id`; false if the port is closed.
    pub fn add_watcher(&self, ref_id: u64, pid: Term) -> bool {
        let mut s = self.lock();
        if s.closed {
            return false;
        }
        s.watchers.push((ref_id, pid));
        true
    }

    /// Removes the watcher of monitor `ref_id`; false if there was none.
    pub fn remove_watcher(&self, ref_id: u64) -> bool {
        let mut s = self.lock();
        match s.watchers.iter().position(|&(r, _)| r == ref_id) {
            Some(i) => {
                s.watchers.remove(i);
                true
            }
            None => false,
        }
    }

    /// The processes monitoring the port, oldest monitor first (`port_info(P, monitored_by)`).
    pub fn watchers(&self) -> Vec<Term> {
        self.lock().watchers.iter().map(|&(_, pid)| pid).collect()
    }

    /// Bytes read from the port so far.
    pub fn input(&self) -> u64 {
        self.input.load(Ordering::Relaxed)
    }

    /// Bytes written to the port so far.
    pub fn output(&self) -> u64 {
        self.output.load(Ordering::Relaxed)
    }

    /// Bytes of output queued in the driver (`port_info(P, queue_size)`).
    pub fn queue_size(&self) -> usize {
        self.lock().driver.as_ref().map_or(0, |d| d.queue_size())
    }

    /// Bytes of memory the port uses.
    pub fn memory_bytes(&self) -> usize {
        std::mem::size_of::<Port>() + self.name.len() + self.queue_size()
    }

    /// Replaces the port's data (`erlang:port_set_data/2`); false if the port is closed.
    pub fn set_data(&self, data: Payload) -> bool {
        let mut s = self.lock();
        if s.closed {
            return false;
        }
        s.data = Some(data);
        true
    }

    /// Copies the port's data with `copy` (`erlang:port_get_data/1`); `None` if the port is
    /// closed. A port without data has `undefined`.
    pub fn get_data<R>(&self, copy: impl FnOnce(Term) -> R) -> Option<R> {
        let s = self.lock();
        if s.closed {
            return None;
        }
        Some(copy(
            s.data
                .as_ref()
                .map_or(Term::atom(atom::UNDEFINED), |d| d.peek()),
        ))
    }

    /// Writes command `bytes` (framed with the packet header) through the driver for process
    /// `caller` (`None`: a command sent as a message, which never waits). A busy port makes
    /// the command wait (or, with `nosuspend`, refuses it). A driver error closes the port
    /// with that reason (the command itself succeeded).
    pub fn command(
        &self,
        sys: &System,
        caller: Option<Term>,
        bytes: &[u8],
        nosuspend: bool,
    ) -> Result<Command, PortError> {
        let mut s = self.lock();
        if s.closed {
            return Err(PortError::Badarg);
        }
        let Some(mut framed) = framing::packet_header(s.opts.framing, bytes.len()) else {
            return Err(PortError::Badarg);
        };
        framed.extend_from_slice(bytes);
        if s.busy || !s.waiting.is_empty() {
            if nosuspend {
                return Ok(Command::Busy);
            }
            let Some(caller) = caller else {
                s.waiting.push_back((None, framed));
                return Ok(Command::Done);
            };
            let ref_id = crate::sched::new_ref_id();
            s.waiting.push_back((Some((caller, ref_id)), framed));
            return Ok(Command::Waiting(ref_id));
        }
        self.write(sys, &mut s, caller, &framed);
        Ok(Command::Done)
    }

    /// Writes framed bytes through the driver for `caller` (`None`: the owner) and updates
    /// the busy state.
    fn write(&self, sys: &System, s: &mut PortState, caller: Option<Term>, framed: &[u8]) {
        let header = match s.opts.framing {
            Framing::Packet(n) => n as usize,
            _ => 0,
        };
        let (result, replies) = match s.driver.as_mut() {
            Some(d) => {
                let r = d.output(framed);
                (r, d.take_replies())
            }
            None => (Ok(()), Vec::new()),
        };
        for reply in replies {
            self.reply(sys, s, caller, reply);
        }
        self.output
            .fetch_add((framed.len() - header) as u64, Ordering::Relaxed);
        if let Err(e) = result {
            let reason = Term::atom(Atom::intern(e).unwrap_or(atom::BADARG));
            self.close_locked(sys, s, reason);
            return;
        }
        if let Some((_, high)) = s.opts.busy_limits {
            let queued = s.driver.as_ref().map_or(0, |d| d.queue_size());
            if queued >= high {
                s.busy = true;
            }
        }
    }

    /// Sends `{Ref, Result}` to a command's waiting caller.
    fn answer(sys: &System, caller: Term, ref_id: u64, result: Term) {
        let msg = Payload::build(8, |f| {
            let r = f.local_ref(ref_id, 0);
            f.tuple(&[r, result])
        });
        let _ = sys.send_signal(caller, Signal::Message(msg));
    }

    /// Ends the busy state once the queue is below the low limit, and writes the commands
    /// that waited, in order, until the port is busy again.
    fn unbusy(&self, sys: &System, s: &mut PortState) {
        if s.busy {
            let low = s.opts.busy_limits.map_or(usize::MAX, |(low, _)| low);
            let queued = s.driver.as_ref().map_or(0, |d| d.queue_size());
            if queued >= low {
                return;
            }
            s.busy = false;
        }
        while !s.busy && !s.closed {
            let Some((waiter, framed)) = s.waiting.pop_front() else {
                return;
            };
            self.write(sys, s, waiter.map(|(caller, _)| caller), &framed);
            if let Some((caller, ref_id)) = waiter {
                Self::answer(sys, caller, ref_id, Term::TRUE);
            }
        }
    }

    /// `port_control/3`: the driver's reply.
    pub fn control(&self, caller: Term, op: u32, data: &[u8]) -> Result<Vec<u8>, PortError> {
        let mut s = self.lock();
        if s.closed {
            return Err(PortError::Badarg);
        }
        s.driver
            .as_mut()
            .and_then(|d| d.control_from(caller, op, data))
            .ok_or(PortError::Badarg)
    }

    /// Connects the port to `pid` (its new owner); false if the port is closed.
    pub fn connect(&self, pid: Term) -> bool {
        let mut s = self.lock();
        if s.closed {
            return false;
        }
        s.connected = pid;
        true
    }

    /// Sends a driver's answer to a command: `{Port, ok}` to the owner, or `{inet_reply, Port,
    /// Result}` to `caller` (the owner when the command came as a message).
    fn reply(&self, sys: &System, s: &PortState, caller: Option<Term>, reply: Reply) {
        let atom = |name: &str| Term::atom(Atom::intern(name).unwrap_or(atom::UNDEFINED));
        match reply {
            Reply::PortOk => {
                let msg = port_message(self.term(), 0, |_| atom("ok"));
                Self::to_owner(sys, s, msg);
            }
            Reply::Inet(result) => {
                let port = self.term();
                let msg = Payload::build(7, |f| {
                    let result = match result {
                        Ok(()) => atom("ok"),
                        Err(e) => f.tuple(&[atom("error"), atom(e)]),
                    };
                    f.tuple(&[atom("inet_reply"), port, result])
                });
                let to = caller.unwrap_or(s.connected);
                let _ = sys.send_signal(to, Signal::Message(msg));
            }
        }
    }

    /// Sends `msg` to the connected process.
    fn to_owner(sys: &System, s: &PortState, msg: Payload) {
        let _ = sys.send_signal(s.connected, Signal::Message(msg));
    }

    /// Sends `{Port, Atom}` to `to`.
    pub fn reply_atom(&self, sys: &System, to: Term, what: Atom) {
        let port = self.term();
        let msg = port_message(port, 0, |_| Term::atom(what));
        let _ = sys.send_signal(to, Signal::Message(msg));
    }

    /// Closes the port with exit reason `reason` (an immediate): links get exit signals,
    /// monitors 'DOWN' messages. False if it was closed already.
    pub fn close(&self, sys: &System, reason: Term) -> bool {
        let mut s = self.lock();
        self.close_locked(sys, &mut s, reason)
    }

    fn close_locked(&self, sys: &System, s: &mut PortState, reason: Term) -> bool {
        if s.closed {
            return false;
        }
        s.closed = true;
        for (waiter, _) in std::mem::take(&mut s.waiting) {
            if let Some((caller, ref_id)) = waiter {
                Self::answer(sys, caller, ref_id, Term::atom(atom::BADARG));
            }
        }
        if let Some(mut d) = s.driver.take() {
            d.stop(self.number);
        }
        s.data = None;
        sys.ports.remove(self.number);
        sys.registry.unregister_all(self.term());
        let me = self.term();
        for l in std::mem::take(&mut s.links) {
            let _ = sys.send_signal(
                l,
                Signal::Exit {
                    from: me,
                    reason: Payload::immediate(reason),
                    kind: ExitKind::Link,
                },
            );
        }
        for (ref_id, pid) in std::mem::take(&mut s.watchers) {
            let owner = pid.immed1_payload() + 1;
            let msg = crate::signal::down_message_of(atom::PORT, (ref_id, owner), me, reason);
            let _ = sys.send_signal(pid, Signal::MonitorDown { ref_id, msg });
        }
        true
    }

    /// Reads what the driver has (the I/O thread saw its input readable) and sends it to the
    /// connected process as messages.
    pub fn input_ready(&self, sys: &System) {
        let mut s = self.lock();
        let mut buf = vec![0u8; 64 * 1024];
        // Bounded per call so that one flooding program cannot hold the I/O thread.
        for _ in 0..16 {
            if s.closed || s.input_done {
                return;
            }
            let Some(d) = s.driver.as_mut() else { return };
            match d.read(&mut buf) {
                Ok(Read::Data(n)) => self.deliver(sys, &mut s, &buf[..n]),
                Ok(Read::Deliver(to, msg)) => {
                    let to = to.unwrap_or(s.connected);
                    let _ = sys.send_signal(to, Signal::Message(msg));
                }
                Ok(Read::WouldBlock) => return,
                Ok(Read::Eof) => return self.end_of_input(sys, &mut s),
                Err(e) => {
                    let reason = Term::atom(Atom::intern(e).unwrap_or(atom::BADARG));
                    self.close_locked(sys, &mut s, reason);
                    return;
                }
            }
        }
        // More may be waiting: look again on the next turn of the I/O thread.
        poll::again(self.number);
    }

    /// Input bytes from a driver that reads on its own (the `fd` driver's reader).
    pub fn input_bytes(&self, sys: &System, bytes: &[u8]) {
        let mut s = self.lock();
        if s.closed || s.input_done {
            return;
        }
        if bytes.is_empty() {
            self.end_of_input(sys, &mut s);
        } else {
            self.deliver(sys, &mut s, bytes);
        }
    }

    fn deliver(&self, sys: &System, s: &mut PortState, bytes: &[u8]) {
        self.input.fetch_add(bytes.len() as u64, Ordering::Relaxed);
        let opts = s.opts;
        let pieces = s.input.push(opts.framing, bytes);
        for piece in pieces {
            self.send_piece(sys, s, piece);
        }
    }

    fn send_piece(&self, sys: &System, s: &PortState, piece: framing::Piece) {
        let port = self.term();
        let binary = s.opts.binary;
        let data = Term::atom(Atom::intern("data").unwrap_or(atom::UNDEFINED));
        let msg = match piece {
            framing::Piece::Data(b) => port_message(port, data_words(b.len(), binary) + 3, |f| {
                let d = data_term(f, &b, binary);
                f.tuple(&[data, d])
            }),
            framing::Piece::Line(b, eol) => {
                let tag =
                    Atom::intern(if eol { "eol" } else { "noeol" }).unwrap_or(atom::UNDEFINED);
                port_message(port, data_words(b.len(), binary) + 6, |f| {
                    let d = data_term(f, &b, binary);
                    let line = f.tuple(&[Term::atom(tag), d]);
                    f.tuple(&[data, line])
                })
            }
        };
        Self::to_owner(sys, s, msg);
    }

    fn end_of_input(&self, sys: &System, s: &mut PortState) {
        s.input_done = true;
        if let Some(d) = s.driver.as_mut() {
            d.input_ended(self.number);
        }
        let opts = s.opts;
        if let Some(piece) = s.input.finish(opts.framing) {
            self.send_piece(sys, s, piece);
        }
        if opts.exit_status && self.os_pid.is_some() {
            // The status comes first, then `eof` or the close ([`Port::exited`]).
            s.awaiting_status = true;
        } else {
            self.after_input(sys, s);
        }
    }

    /// What follows the end of input (and the exit status, when reported): `{Port, eof}` with
    /// the `eof` option, else the port closes.
    fn after_input(&self, sys: &System, s: &mut PortState) {
        if s.opts.eof {
            let eof = Atom::intern("eof").unwrap_or(atom::UNDEFINED);
            let msg = port_message(self.term(), 0, |_| Term::atom(eof));
            Self::to_owner(sys, s, msg);
        } else {
            self.close_locked(sys, s, Term::atom(atom::NORMAL));
        }
    }

    /// The program behind the port ended with `status` (the reaper saw it).
    pub fn exited(&self, sys: &System, status: i64) {
        let mut s = self.lock();
        if s.closed || !s.opts.exit_status {
            return;
        }
        let tag = Atom::intern("exit_status").unwrap_or(atom::UNDEFINED);
        let msg = port_message(self.term(), 3, |f| {
            f.tuple(&[Term::atom(tag), Term::small(status)])
        });
        Self::to_owner(sys, &s, msg);
        if s.awaiting_status {
            s.awaiting_status = false;
            self.after_input(sys, &mut s);
        }
    }

    /// Writes the driver's queued output (the I/O thread saw it writable).
    pub fn output_ready(&self, sys: &System) {
        let mut s = self.lock();
        let Some(d) = s.driver.as_mut() else { return };
        if let Err(e) = d.flush() {
            let reason = Term::atom(Atom::intern(e).unwrap_or(atom::BADARG));
            self.close_locked(sys, &mut s, reason);
            return;
        }
        self.unbusy(sys, &mut s);
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

    /// The number the next port opened will get.
    pub fn next_number(&self) -> u64 {
        self.next.load(Ordering::Relaxed)
    }

    /// Leaves the next `n` port numbers unused.
    pub fn skip_numbers(&self, n: u64) {
        self.next.fetch_add(n, Ordering::Relaxed);
    }

    /// Opens a port named `name` with `driver`, connected (and linked) to process `owner`;
    /// `None` when [`PORT_LIMIT`] ports are open. `driver` gets the port number once it is
    /// known ([`poll`] registration happens there).
    pub fn open(
        &self,
        name: &str,
        owner: Term,
        driver: Option<Box<dyn Driver>>,
        opts: PortOpts,
    ) -> Option<Arc<Port>> {
        let mut ports = sync::write(&self.ports);
        if ports.len() >= PORT_LIMIT {
            return None;
        }
        let number = self.next.fetch_add(1, Ordering::Relaxed);
        let has_input = driver.as_ref().is_some_and(|d| d.has_input());
        let os_pid = driver.as_ref().and_then(|d| d.os_pid());
        let locking = driver.as_ref().map_or("port_level", |d| d.locking());
        let port = Arc::new(Port {
            number,
            name: name.to_owned(),
            os_pid,
            locking,
            parallelism: opts.parallelism,
            state: Mutex::new(PortState {
                connected: owner,
                links: vec![owner],
                watchers: Vec::new(),
                driver,
                opts,
                input: framing::InputBuffer::default(),
                input_done: !has_input,
                awaiting_status: false,
                data: None,
                closed: false,
                busy: false,
                waiting: std::collections::VecDeque::new(),
            }),
            input: AtomicU64::new(0),
            output: AtomicU64::new(0),
        });
        ports.insert(number, port.clone());
        drop(ports);
        if let Some(d) = port.lock().driver.as_mut() {
            d.start(number);
        }
        Some(port)
    }

    /// Opens the ports of the VM's standard I/O (`"0/1"`, then `"2/2"`), connected to `owner`,
    /// unless they are open already. They take no input: reading standard input needs a port
    /// opened by `open_port({fd, 0, 1}, ...)`.
    pub fn open_stdio(&self, owner: Term) {
        if !self.is_empty() {
            return;
        }
        for (name, fd) in [("0/1", 1), ("2/2", 2)] {
            let d = fd::FdDriver::output_only(fd);
            if let Some(p) = self.open(name, owner, Some(Box::new(d)), PortOpts::default()) {
                // The boot process holds no link to them.
                p.remove_link(owner);
            }
        }
    }

    /// The open port `port` (a local port term).
    pub fn get(&self, port: Term) -> Option<Arc<Port>> {
        if !port.is_local_port() {
            return None;
        }
        let ports = sync::read(&self.ports);
        ports.get(&port.immed1_payload()).cloned()
    }

    /// The open port numbered `number`.
    pub fn by_number(&self, number: u64) -> Option<Arc<Port>> {
        let ports = sync::read(&self.ports);
        ports.get(&number).cloned()
    }

    /// Takes port `number` out of the table (it closed).
    fn remove(&self, number: u64) {
        let mut ports = sync::write(&self.ports);
        ports.remove(&number);
    }

    /// The open ports, oldest first.
    pub fn ports(&self) -> Vec<Term> {
        let ports = sync::read(&self.ports);
        ports.values().map(|p| p.term()).collect()
    }

    /// Number of open ports.
    pub fn len(&self) -> usize {
        sync::read(&self.ports).len()
    }

    /// Whether no port is open.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The bytes of iodata `t` (a binary, or a possibly deep list of bytes and binaries with a
/// binary or `[]` tail); `None` if `t` is not iodata. Walks with an explicit stack.
pub fn iodata_bytes(t: Term) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        if let Some((h, tl)) = t.as_cons() {
            stack.push(tl);
            if let Some(b) = h.as_small() {
                out.push(u8::try_from(b).ok()?);
            } else if h.is_cons() || h.is_nil() || h.is_binary() {
                stack.push(h);
            } else {
                return None;
            }
        } else if t.is_nil() {
        } else if t.is_binary() {
            out.extend_from_slice(t.binary_bytes()?);
        } else {
            return None;
        }
    }
    Some(out)
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
        assert!(t.get(Term::local_pid(0)).is_none());
    }

    #[test]
    fn watchers_are_added_listed_and_removed() {
        let t = PortTable::new();
        let p = t
            .open("x", Term::local_pid(0), None, PortOpts::default())
            .unwrap();
        assert!(p.add_watcher(5, Term::local_pid(1)));
        assert!(p.add_watcher(6, Term::local_pid(2)));
        assert_eq!(p.watchers(), vec![Term::local_pid(1), Term::local_pid(2)]);
        assert!(p.remove_watcher(5) && !p.remove_watcher(5));
        assert_eq!(p.watchers(), vec![Term::local_pid(2)]);
        assert_eq!(p.links(), vec![Term::local_pid(0)]);
    }
}
