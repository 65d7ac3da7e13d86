//! The `udp_inet` driver, as far as girder has it: what `prim_inet` asks of a UDP socket to
//! open it, set its options, bind it, name it, learn the host name through it, send
//! datagrams from it and close it. Requests come through `port_control/3` (the request code
//! plus ERTS's magic number); the answer is `[1 | Data]` for success and `[0 | ErrorName]`
//! for an error, which `prim_inet` turns into `{ok, Data}` or `{error, Name}`.
//!
//! Datagrams arrive as erl delivers them: in active mode (`true`, `once`, `N`) as `{udp,
//! Port, IP, InPort, Data}` messages to the owner (then `{udp_passive, Port}` when `N` runs
//! out), in passive mode through `PACKET_REQ_RECV` (`gen_udp:recv/2,3`), answered with
//! `{inet_async, Port, Ref, {ok, [Family, P1, P0, IP... | Data]}}` or `{error, timeout}`.
//! Every request not listed in [`InetDriver::control`] answers `einval`.
//!
//! - [`options`]: `SETOPTS` and `GETOPTS`, and how datagrams reach Erlang (`active`);
//! - [`receive`]: datagrams to messages, and `gen_udp:recv`'s requests;
//! - [`stats`]: `inet:getstat/1`'s counters.

mod options;
mod receive;
mod stats;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, UdpSocket};
use std::time::Instant;

use socket2::{Domain, SockAddr, SockRef, Socket, Type};

use super::driver::{Driver, Errno, Read, Reply};
use crate::heap::TermAlloc;
use crate::signal::Payload;
use crate::term::Term;
use options::{Active, Local};
use receive::atom;
use stats::Stats;

/// ERTS adds this to every request code of the inet drivers.
const CONTROL_MAGIC: u32 = 0x03f1_a300;

// Request codes (`inet_int.hrl`).
const REQ_OPEN: u32 = 1;
const REQ_CLOSE: u32 = 2;
const REQ_CONNECT: u32 = 3;
const REQ_PEER: u32 = 4;
const REQ_NAME: u32 = 5;
const REQ_BIND: u32 = 6;
const REQ_SETOPTS: u32 = 7;
const REQ_GETOPTS: u32 = 8;
const REQ_GETSTAT: u32 = 11;
const REQ_GETHOSTNAME: u32 = 12;
const REQ_SUBSCRIBE: u32 = 24;
const PACKET_REQ_RECV: u32 = 60;

// Address families and socket types as `prim_inet` encodes them.
const AF_INET: u8 = 1;
const AF_INET6: u8 = 2;
const AF_ANY: u8 = 3;
const AF_LOOPBACK: u8 = 4;
const TYPE_DGRAM: u8 = 2;

/// `INET_SUBS_EMPTY_OUT_Q`: tell when the output queue is empty.
const SUBS_EMPTY_OUT_Q: u8 = 1;

/// A `gen_udp:recv` waiting for a datagram.
#[derive(Debug, Clone, Copy)]
struct Pending {
    caller: Term,
    reference: u16,
    /// When it answers `{error, timeout}`; `None` waits for ever.
    until: Option<Instant>,
}

/// A UDP socket behind a port.
#[derive(Default)]
pub struct InetDriver {
    socket: Option<UdpSocket>,
    /// Family of the open socket (`AF_INET` or `AF_INET6`).
    family: u8,
    /// Values of the driver's own options, as set.
    local: Vec<(Local, u32)>,
    /// Answers owed for sends.
    replies: Vec<Reply>,
    active: Active,
    /// Data as binaries (`binary`) rather than lists.
    binary: bool,
    /// The port's number, once started.
    port: Option<u64>,
    pending: Option<Pending>,
    next_reference: u16,
    /// `{udp_passive, Port}` is owed (an `{active, N}` count ran out).
    passive_notice: bool,
    /// The count of `Active::Count` came from `{active, once}` (which ends without notice).
    once: bool,
    /// The socket is watched by the I/O thread.
    registered: bool,
    /// `inet:getstat/1` counters.
    stats: Stats,
    /// `{inet_async, Port, Ref, ok}` answers owed to callers (of `CONNECT`).
    owed: Vec<(Term, u16)>,
}

fn ok(data: &[u8]) -> Vec<u8> {
    let mut r = vec![1];
    r.extend_from_slice(data);
    r
}

fn error(name: &str) -> Vec<u8> {
    let mut r = vec![0];
    r.extend_from_slice(name.as_bytes());
    r
}

fn be32(bytes: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?))
}

/// The name of the host, as `gethostname(2)` gives it.
fn hostname() -> Option<String> {
    let name = std::fs::read_to_string("/proc/sys/kernel/hostname").ok()?;
    Some(name.trim_end().to_owned())
}

impl InetDriver {
    /// A driver with no socket yet (`INET_REQ_OPEN` makes one).
    pub fn new() -> InetDriver {
        InetDriver::default()
    }

    /// Decodes an address as `prim_inet` encodes it (family, port, address bytes); the
    /// bytes after it are returned too.
    fn address<'a>(&self, data: &'a [u8]) -> Option<(SocketAddr, &'a [u8])> {
        let (&family, rest) = data.split_first()?;
        let port = u16::from_be_bytes(rest.get(..2)?.try_into().ok()?);
        let rest = &rest[2..];
        let v6 = self.family == AF_INET6;
        let (ip, rest): (IpAddr, &[u8]) = match family {
            AF_INET => {
                let b: [u8; 4] = rest.get(..4)?.try_into().ok()?;
                (Ipv4Addr::from(b).into(), &rest[4..])
            }
            AF_INET6 => {
                let b: [u8; 16] = rest.get(..16)?.try_into().ok()?;
                // Flow information and scope follow (two 32-bit words).
                (Ipv6Addr::from(b).into(), rest.get(24..)?)
            }
            AF_ANY if v6 => (Ipv6Addr::UNSPECIFIED.into(), rest),
            AF_ANY => (Ipv4Addr::UNSPECIFIED.into(), rest),
            AF_LOOPBACK if v6 => (Ipv6Addr::LOCALHOST.into(), rest),
            AF_LOOPBACK => (Ipv4Addr::LOCALHOST.into(), rest),
            _ => return None,
        };
        Some((SocketAddr::new(ip, port), rest))
    }

    fn open(&mut self, data: &[u8]) -> Vec<u8> {
        if self.socket.is_some() {
            return error("ebusy");
        }
        let (domain, family) = match data.first() {
            Some(&AF_INET) => (Domain::IPV4, AF_INET),
            Some(&AF_INET6) => (Domain::IPV6, AF_INET6),
            _ => return error("eafnosupport"),
        };
        if data.get(1) != Some(&TYPE_DGRAM) {
            return error("eprotonosupport");
        }
        match Socket::new(domain, Type::DGRAM, None) {
            Ok(s) => {
                if s.set_nonblocking(true).is_err() {
                    return error("einval");
                }
                let socket = UdpSocket::from(s);
                if let Some(port) = self.port {
                    use std::os::fd::AsRawFd;
                    let fd = socket.as_raw_fd();
                    self.registered =
                        crate::port::poll::register_input(port, &mut mio::unix::SourceFd(&fd));
                }
                self.socket = Some(socket);
                self.family = family;
                ok(&[])
            }
            Err(e) => error(crate::port::spawn::errno_name(&e)),
        }
    }

    fn bind(&mut self, data: &[u8]) -> Vec<u8> {
        let Some((addr, _)) = self.address(data) else {
            return error("einval");
        };
        let Some(s) = &self.socket else {
            return error("einval");
        };
        if let Err(e) = SockRef::from(s).bind(&SockAddr::from(addr)) {
            return error(crate::port::spawn::errno_name(&e));
        }
        match s.local_addr() {
            Ok(a) => ok(&a.port().to_be_bytes()),
            Err(_) => error("einval"),
        }
    }

    /// `CONNECT` of a datagram socket: a time limit (unused: it is immediate) and the peer's
    /// address; the answer is a reference, and `{inet_async, Port, Ref, ok}` follows.
    fn connect(&mut self, caller: Term, data: &[u8]) -> Vec<u8> {
        let Some((addr, _)) = data.get(4..).and_then(|a| self.address(a)) else {
            return error("einval");
        };
        let Some(s) = &self.socket else {
            return error("einval");
        };
        if let Err(e) = s.connect(addr) {
            return error(crate::port::spawn::errno_name(&e));
        }
        self.next_reference = self.next_reference.wrapping_add(1);
        let reference = self.next_reference;
        self.owed.push((caller, reference));
        self.look_again();
        ok(&reference.to_be_bytes())
    }

    /// `PEER`: the address the socket is connected to.
    fn peer(&self) -> Vec<u8> {
        match self.socket.as_ref().map(|s| s.peer_addr()) {
            Some(Ok(addr)) => ok(&address_bytes(&addr)),
            Some(Err(e)) => error(crate::port::spawn::errno_name(&e)),
            None => error("einval"),
        }
    }

    fn name(&self) -> Vec<u8> {
        match self.socket.as_ref().and_then(|s| s.local_addr().ok()) {
            Some(addr) => ok(&address_bytes(&addr)),
            None => error("einval"),
        }
    }

    /// A datagram command: address, ancillary data length and data (ignored), payload.
    fn send(&mut self, bytes: &[u8]) -> Result<(), Errno> {
        let (addr, rest) = self.address(bytes).ok_or("einval")?;
        let anc = be32(rest).ok_or("einval")? as usize;
        let payload = rest.get(4 + anc..).ok_or("einval")?;
        let s = self.socket.as_ref().ok_or("einval")?;
        // A connected socket is given port 0 (`gen_udp:send/2`) and sends to its peer.
        let sent = if addr.port() == 0 && s.peer_addr().is_ok() {
            s.send(payload)
        } else {
            s.send_to(payload, addr)
        };
        match sent {
            Ok(_) => {
                self.stats.sent(payload.len());
                Ok(())
            }
            Err(e) => Err(crate::port::spawn::errno_name(&e)),
        }
    }
}

/// The address bytes of `addr` as `prim_inet` decodes them: family, port, address.
fn address_bytes(addr: &SocketAddr) -> Vec<u8> {
    let (family, ip) = match addr.ip() {
        IpAddr::V4(ip) => (AF_INET, ip.octets().to_vec()),
        IpAddr::V6(ip) => (AF_INET6, ip.octets().to_vec()),
    };
    let mut r = vec![family];
    r.extend_from_slice(&addr.port().to_be_bytes());
    r.extend_from_slice(&ip);
    r
}

impl InetDriver {
    /// Stops watching and closes the socket.
    fn close_socket(&mut self) {
        if let Some(s) = self.socket.take() {
            if self.registered {
                use std::os::fd::AsRawFd;
                let fd = s.as_raw_fd();
                crate::port::poll::deregister(&mut mio::unix::SourceFd(&fd));
                self.registered = false;
            }
        }
    }

    /// Asks the I/O thread to read again (the socket may hold datagrams nobody took yet).
    fn look_again(&self) {
        if let Some(port) = self.port {
            crate::port::poll::again(port);
        }
    }
}

impl Driver for InetDriver {
    fn output(&mut self, bytes: &[u8]) -> Result<(), Errno> {
        // The answer goes to the sender as `{inet_reply, Port, Result}`; the port stays open.
        let result = self.send(bytes);
        self.replies.push(Reply::Inet(result));
        Ok(())
    }

    fn take_replies(&mut self) -> Vec<Reply> {
        std::mem::take(&mut self.replies)
    }

    fn control_from(&mut self, caller: Term, op: u32, data: &[u8]) -> Option<Vec<u8>> {
        match op.checked_sub(CONTROL_MAGIC) {
            Some(PACKET_REQ_RECV) => return Some(self.receive(caller, data)),
            Some(REQ_CONNECT) => return Some(self.connect(caller, data)),
            _ => {}
        }
        self.control(op, data)
    }

    fn has_input(&self) -> bool {
        true
    }

    fn start(&mut self, port: u64) {
        self.port = Some(port);
    }

    /// Takes one datagram when someone wants it: the owner in active mode, or a waiting
    /// `gen_udp:recv` (which may also have run out of time).
    fn read(&mut self, buf: &mut [u8]) -> Result<Read, Errno> {
        let Some(port_number) = self.port else {
            return Ok(Read::WouldBlock);
        };
        let port = Term::local_port(port_number);
        if let Some((caller, reference)) = self.owed.pop() {
            let msg = Payload::build(8, |f| {
                f.tuple(&[
                    atom("inet_async"),
                    port,
                    Term::small(i64::from(reference)),
                    atom("ok"),
                ])
            });
            self.look_again();
            return Ok(Read::Deliver(Some(caller), msg));
        }
        if self.passive_notice {
            self.passive_notice = false;
            let msg = Payload::build(3, |f| f.tuple(&[atom("udp_passive"), port]));
            return Ok(Read::Deliver(None, msg));
        }
        if let Some(p) = self.pending {
            if p.until.is_some_and(|t| t <= Instant::now()) {
                self.pending = None;
                let msg = Self::async_message(port, p.reference, Err(()));
                return Ok(Read::Deliver(Some(p.caller), msg));
            }
        } else if self.active == Active::Passive {
            return Ok(Read::WouldBlock);
        }
        let Some(socket) = &self.socket else {
            return Ok(Read::WouldBlock);
        };
        let (n, from) = match socket.recv_from(buf) {
            Ok(got) => got,
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(Read::WouldBlock),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                self.look_again();
                return Ok(Read::WouldBlock);
            }
            Err(e) => return Err(crate::port::spawn::errno_name(&e)),
        };
        let data = &buf[..n];
        self.stats.received(n);
        if let Some(p) = self.pending.take() {
            let msg = Self::async_message(port, p.reference, Ok((&from, data, self.binary)));
            return Ok(Read::Deliver(Some(p.caller), msg));
        }
        let msg = self.active_message(port, &from, data);
        if let Active::Count(n) = self.active {
            if n <= 1 {
                self.active = Active::Passive;
                // `{active, once}` ends quietly; `{active, N}` says it ran out.
                self.passive_notice = !self.once;
            } else {
                self.active = Active::Count(n - 1);
            }
        }
        if self.passive_notice {
            self.look_again();
        }
        Ok(Read::Deliver(None, msg))
    }

    /// The requests listed here; any other answers `einval`.
    fn control(&mut self, op: u32, data: &[u8]) -> Option<Vec<u8>> {
        let Some(request) = op.checked_sub(CONTROL_MAGIC) else {
            return Some(error("einval"));
        };
        Some(match request {
            REQ_OPEN => self.open(data),
            REQ_CLOSE => {
                self.close_socket();
                ok(&[])
            }
            REQ_NAME => self.name(),
            REQ_PEER => self.peer(),
            REQ_BIND => self.bind(data),
            REQ_SETOPTS => self.set_options(data),
            REQ_GETOPTS => self.get_options(data),
            REQ_GETSTAT => self.stats.reply(data),
            REQ_GETHOSTNAME => match hostname() {
                Some(h) => ok(h.as_bytes()),
                None => error("einval"),
            },
            REQ_SUBSCRIBE => {
                // Sends are written at once, so the output queue is always empty.
                let mut r = vec![1];
                for &what in data {
                    if what != SUBS_EMPTY_OUT_Q {
                        return Some(error("einval"));
                    }
                    r.push(what);
                    r.extend_from_slice(&0u32.to_be_bytes());
                }
                r
            }
            _ => error("einval"),
        })
    }

    fn stop(&mut self, _port: u64) {
        self.close_socket();
    }
}
