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

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use std::net::UdpSocket;

use socket2::{Domain, SockAddr, SockRef, Socket, Type};

use std::time::Instant;

use super::driver::{Driver, Errno, Read, Reply};
use crate::atom::Atom;
use crate::heap::TermAlloc;
use crate::signal::Payload;
use crate::term::Term;

/// ERTS adds this to every request code of the inet drivers.
const CONTROL_MAGIC: u32 = 0x03f1_a300;

// Request codes (`inet_int.hrl`).
const REQ_OPEN: u32 = 1;
const REQ_CLOSE: u32 = 2;
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

// Option codes.
const OPT_REUSEADDR: u8 = 0;
const OPT_LINGER: u8 = 3;
const OPT_BROADCAST: u8 = 4;
const OPT_SNDBUF: u8 = 6;
const OPT_RCVBUF: u8 = 7;
const LOPT_BUFFER: u8 = 20;
const LOPT_HEADER: u8 = 21;
const LOPT_ACTIVE: u8 = 22;
const LOPT_MODE: u8 = 24;
const LOPT_DELIVER: u8 = 25;
const LOPT_READ_PACKETS: u8 = 33;

// Values of the `active` option.
const PASSIVE: u32 = 0;
const ACTIVE: u32 = 1;
const ONCE: u32 = 2;
const MULTI: u32 = 3;

/// `INET_SUBS_EMPTY_OUT_Q`: tell when the output queue is empty.
const SUBS_EMPTY_OUT_Q: u8 = 1;

/// The options kept by the driver itself (the socket keeps the others).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Local {
    Buffer,
    Header,
    Active,
    Mode,
    Deliver,
    ReadPackets,
}

impl Local {
    fn from_code(code: u8) -> Option<Local> {
        Some(match code {
            LOPT_BUFFER => Local::Buffer,
            LOPT_HEADER => Local::Header,
            LOPT_ACTIVE => Local::Active,
            LOPT_MODE => Local::Mode,
            LOPT_DELIVER => Local::Deliver,
            LOPT_READ_PACKETS => Local::ReadPackets,
            _ => return None,
        })
    }
}

/// How datagrams reach Erlang.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum Active {
    /// Only through `gen_udp:recv` (`{active, false}`).
    #[default]
    Passive,
    /// As messages (`{active, true}`).
    Always,
    /// As messages, `n` more, then passive (`{active, once}` is 1).
    Count(i32),
}

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
}

/// Packet statistics, kept as ERTS's inet driver keeps them (running averages in floating
/// point, reported truncated).
#[derive(Debug, Default, Clone, Copy)]
struct Stats {
    recv_cnt: u64,
    recv_max: u64,
    recv_avg: f64,
    recv_dvi: f64,
    recv_oct: u64,
    send_cnt: u64,
    send_max: u64,
    send_avg: f64,
    send_oct: u64,
}

impl Stats {
    fn received(&mut self, len: usize) {
        let n = (self.recv_cnt + 1) as f64;
        let len_f = len as f64;
        self.recv_oct += len as u64;
        self.recv_avg += (len_f - self.recv_avg) / n;
        self.recv_max = self.recv_max.max(len as u64);
        self.recv_dvi += ((len_f - self.recv_avg) - self.recv_dvi) / n;
        self.recv_cnt += 1;
    }

    fn sent(&mut self, len: usize) {
        let n = (self.send_cnt + 1) as f64;
        self.send_oct += len as u64;
        self.send_avg += (len as f64 - self.send_avg) / n;
        self.send_max = self.send_max.max(len as u64);
        self.send_cnt += 1;
    }

    /// The `GETSTAT` answer for the statistics codes in `codes`.
    fn reply(&self, codes: &[u8]) -> Vec<u8> {
        let mut r = vec![1];
        for &code in codes {
            r.push(code);
            let value: u64 = match code {
                1 => self.recv_cnt,
                2 => self.recv_max,
                3 => self.recv_avg as u64,
                4 => self.recv_dvi.abs() as u64,
                5 => self.send_cnt,
                6 => self.send_max,
                7 => self.send_avg as u64,
                // Sends are written at once: nothing is pending.
                8 => 0,
                9 | 10 => {
                    let oct = if code == 9 {
                        self.recv_oct
                    } else {
                        self.send_oct
                    };
                    r.extend_from_slice(&oct.to_be_bytes());
                    continue;
                }
                _ => return error("einval"),
            };
            r.extend_from_slice(&(value as u32).to_be_bytes());
        }
        r
    }
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
                        super::poll::register_input(port, &mut mio::unix::SourceFd(&fd));
                }
                self.socket = Some(socket);
                self.family = family;
                ok(&[])
            }
            Err(e) => error(super::spawn::errno_name(&e)),
        }
    }

    fn set_options(&mut self, mut data: &[u8]) -> Vec<u8> {
        while let Some((&code, rest)) = data.split_first() {
            let Some(value) = be32(rest) else {
                return error("einval");
            };
            data = &rest[4..];
            match code {
                LOPT_ACTIVE => {
                    self.active = match value {
                        PASSIVE => Active::Passive,
                        ACTIVE => Active::Always,
                        ONCE => {
                            self.once = true;
                            Active::Count(1)
                        }
                        MULTI => {
                            self.once = false;
                            let Some(n) = data.get(..2) else {
                                return error("einval");
                            };
                            let n = i32::from(i16::from_be_bytes([n[0], n[1]]));
                            data = &data[2..];
                            // `{active, N}` adds to a count still running, as in erl.
                            let total = match self.active {
                                Active::Count(c) => c + n,
                                _ => n,
                            };
                            if total <= 0 {
                                self.passive_notice = true;
                                Active::Passive
                            } else {
                                Active::Count(total)
                            }
                        }
                        _ => return error("einval"),
                    };
                    self.look_again();
                    continue;
                }
                LOPT_MODE => self.binary = value == 1,
                _ => {}
            }
            if let Some(local) = Local::from_code(code) {
                self.local.retain(|(l, _)| *l != local);
                self.local.push((local, value));
                continue;
            }
            let Some(s) = &self.socket else {
                return error("einval");
            };
            let s = SockRef::from(s);
            let set = match code {
                OPT_REUSEADDR => s.set_reuse_address(value != 0),
                OPT_BROADCAST => s.set_broadcast(value != 0),
                OPT_SNDBUF => s.set_send_buffer_size(value as usize),
                OPT_RCVBUF => s.set_recv_buffer_size(value as usize),
                _ => return error("einval"),
            };
            if let Err(e) = set {
                return error(super::spawn::errno_name(&e));
            }
        }
        ok(&[])
    }

    fn get_options(&self, data: &[u8]) -> Vec<u8> {
        let mut reply = vec![1];
        for &code in data {
            reply.push(code);
            if code == LOPT_ACTIVE {
                match self.active {
                    Active::Passive => reply.extend_from_slice(&PASSIVE.to_be_bytes()),
                    Active::Always => reply.extend_from_slice(&ACTIVE.to_be_bytes()),
                    Active::Count(1) => reply.extend_from_slice(&ONCE.to_be_bytes()),
                    Active::Count(n) => {
                        reply.extend_from_slice(&MULTI.to_be_bytes());
                        reply.extend_from_slice(&(n as i16).to_be_bytes());
                    }
                }
                continue;
            }
            if code == LOPT_MODE {
                reply.extend_from_slice(&u32::from(self.binary).to_be_bytes());
                continue;
            }
            let value: u32 = if let Some(local) = Local::from_code(code) {
                self.local
                    .iter()
                    .find(|(l, _)| *l == local)
                    .map_or(0, |(_, v)| *v)
            } else {
                let Some(s) = &self.socket else {
                    return error("einval");
                };
                let s = SockRef::from(s);
                let got = match code {
                    OPT_REUSEADDR => s.reuse_address().map(u32::from),
                    OPT_BROADCAST => s.broadcast().map(u32::from),
                    OPT_SNDBUF => s.send_buffer_size().map(|n| n as u32),
                    OPT_RCVBUF => s.recv_buffer_size().map(|n| n as u32),
                    OPT_LINGER => {
                        // Off, no time: a UDP socket has nothing to linger for.
                        reply.extend_from_slice(&0u32.to_be_bytes());
                        Ok(0)
                    }
                    _ => return error("einval"),
                };
                match got {
                    Ok(v) => v,
                    Err(e) => return error(super::spawn::errno_name(&e)),
                }
            };
            reply.extend_from_slice(&value.to_be_bytes());
        }
        reply
    }

    fn bind(&mut self, data: &[u8]) -> Vec<u8> {
        let Some((addr, _)) = self.address(data) else {
            return error("einval");
        };
        let Some(s) = &self.socket else {
            return error("einval");
        };
        if let Err(e) = SockRef::from(s).bind(&SockAddr::from(addr)) {
            return error(super::spawn::errno_name(&e));
        }
        match s.local_addr() {
            Ok(a) => ok(&a.port().to_be_bytes()),
            Err(_) => error("einval"),
        }
    }

    fn name(&self) -> Vec<u8> {
        let Some(addr) = self.socket.as_ref().and_then(|s| s.local_addr().ok()) else {
            return error("einval");
        };
        let mut r = vec![1];
        match addr.ip() {
            IpAddr::V4(ip) => {
                r.push(AF_INET);
                r.extend_from_slice(&addr.port().to_be_bytes());
                r.extend_from_slice(&ip.octets());
            }
            IpAddr::V6(ip) => {
                r.push(AF_INET6);
                r.extend_from_slice(&addr.port().to_be_bytes());
                r.extend_from_slice(&ip.octets());
            }
        }
        r
    }

    /// A datagram command: address, ancillary data length and data (ignored), payload.
    fn send(&mut self, bytes: &[u8]) -> Result<(), Errno> {
        let (addr, rest) = self.address(bytes).ok_or("einval")?;
        let anc = be32(rest).ok_or("einval")? as usize;
        let payload = rest.get(4 + anc..).ok_or("einval")?;
        let s = self.socket.as_ref().ok_or("einval")?;
        match s.send_to(payload, addr) {
            Ok(_) => {
                self.stats.sent(payload.len());
                Ok(())
            }
            Err(e) => Err(super::spawn::errno_name(&e)),
        }
    }
}

/// The address bytes of `addr` as `prim_inet` decodes them: family, port, address.
fn address_bytes(addr: &SocketAddr) -> Vec<u8> {
    let mut r = Vec::with_capacity(19);
    match addr.ip() {
        IpAddr::V4(ip) => {
            r.push(AF_INET);
            r.extend_from_slice(&addr.port().to_be_bytes());
            r.extend_from_slice(&ip.octets());
        }
        IpAddr::V6(ip) => {
            r.push(AF_INET6);
            r.extend_from_slice(&addr.port().to_be_bytes());
            r.extend_from_slice(&ip.octets());
        }
    }
    r
}

fn atom(name: &str) -> Term {
    Term::atom(Atom::intern(name).unwrap_or(crate::atom::UNDEFINED))
}

impl InetDriver {
    /// Stops watching and closes the socket.
    fn close_socket(&mut self) {
        if let Some(s) = self.socket.take() {
            if self.registered {
                use std::os::fd::AsRawFd;
                let fd = s.as_raw_fd();
                super::poll::deregister(&mut mio::unix::SourceFd(&fd));
                self.registered = false;
            }
        }
    }

    /// Asks the I/O thread to read again (the socket may hold datagrams nobody took yet).
    fn look_again(&self) {
        if let Some(port) = self.port {
            super::poll::again(port);
        }
    }

    /// `PACKET_REQ_RECV`: a time limit in milliseconds (-1: none) and a length (ignored, as
    /// for every datagram socket); the answer is the reference of the `inet_async` to come.
    fn receive(&mut self, caller: Term, data: &[u8]) -> Vec<u8> {
        let (Some(ms), Some(_)) = (be32(data), data.get(4..8)) else {
            return error("einval");
        };
        if self.socket.is_none() || self.active != Active::Passive {
            return error("einval");
        }
        if self.pending.is_some() {
            return error("ealready");
        }
        let ms = ms as i32;
        let until = (ms >= 0).then(|| Instant::now() + std::time::Duration::from_millis(ms as u64));
        self.next_reference = self.next_reference.wrapping_add(1);
        let reference = self.next_reference;
        self.pending = Some(Pending {
            caller,
            reference,
            until,
        });
        if let (Some(port), Some(when)) = (self.port, until) {
            super::poll::again_at(port, when);
        }
        self.look_again();
        ok(&reference.to_be_bytes())
    }

    /// `{udp, Port, IP, InPort, Data}`.
    fn active_message(&self, port: Term, from: &SocketAddr, data: &[u8]) -> Payload {
        let binary = self.binary;
        Payload::build(super::data_words(data.len(), binary) + 16, |f| {
            let ip = match from.ip() {
                IpAddr::V4(ip) => {
                    let o = ip.octets().map(|b| Term::small(i64::from(b)));
                    f.tuple(&o)
                }
                IpAddr::V6(ip) => {
                    let o = ip.segments().map(|w| Term::small(i64::from(w)));
                    f.tuple(&o)
                }
            };
            let d = super::data_term(f, data, binary);
            let in_port = Term::small(i64::from(from.port()));
            f.tuple(&[atom("udp"), port, ip, in_port, d])
        })
    }

    /// `{inet_async, Port, Ref, Result}`.
    fn async_message(
        port: Term,
        reference: u16,
        result: Result<(&SocketAddr, &[u8], bool), ()>,
    ) -> Payload {
        let words = match result {
            Ok((_, data, binary)) => super::data_words(data.len(), binary) + 2 * 19 + 12,
            Err(()) => 12,
        };
        Payload::build(words, |f| {
            let result = match result {
                Ok((from, data, binary)) => {
                    let tail = super::data_term(f, data, binary);
                    let head: Vec<Term> = address_bytes(from)
                        .into_iter()
                        .map(|b| Term::small(i64::from(b)))
                        .collect();
                    let list = f.list_with_tail(&head, tail);
                    f.tuple(&[atom("ok"), list])
                }
                Err(()) => f.tuple(&[atom("error"), atom("timeout")]),
            };
            f.tuple(&[
                atom("inet_async"),
                port,
                Term::small(i64::from(reference)),
                result,
            ])
        })
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
        if op.checked_sub(CONTROL_MAGIC) == Some(PACKET_REQ_RECV) {
            return Some(self.receive(caller, data));
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
            Err(e) => return Err(super::spawn::errno_name(&e)),
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
