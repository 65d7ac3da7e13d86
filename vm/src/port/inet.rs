//! The `udp_inet` driver, as far as girder has it: what `prim_inet` asks of a UDP socket to
//! open it, set its options, bind it, name it, learn the host name through it, send
//! datagrams from it and close it. Requests come through `port_control/3` (the request code
//! plus ERTS's magic number); the answer is `[1 | Data]` for success and `[0 | ErrorName]`
//! for an error, which `prim_inet` turns into `{ok, Data}` or `{error, Name}`.
//!
//! Receiving datagrams (active mode, `gen_udp:recv/2`) and every request not listed in
//! [`InetDriver::control`] answer `einval`: the socket is real, but no datagram reaches
//! Erlang yet.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use socket2::{Domain, SockAddr, Socket, Type};

use super::driver::{Driver, Errno, Reply};

/// ERTS adds this to every request code of the inet drivers.
const CONTROL_MAGIC: u32 = 0x03f1_a300;

// Request codes (`inet_int.hrl`).
const REQ_OPEN: u32 = 1;
const REQ_CLOSE: u32 = 2;
const REQ_NAME: u32 = 5;
const REQ_BIND: u32 = 6;
const REQ_SETOPTS: u32 = 7;
const REQ_GETOPTS: u32 = 8;
const REQ_GETHOSTNAME: u32 = 12;
const REQ_SUBSCRIBE: u32 = 24;

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

/// A UDP socket behind a port.
#[derive(Default)]
pub struct InetDriver {
    socket: Option<Socket>,
    /// Family of the open socket (`AF_INET` or `AF_INET6`).
    family: u8,
    /// Values of the driver's own options, as set.
    local: Vec<(Local, u32)>,
    /// Answers owed for sends.
    replies: Vec<Reply>,
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
                self.socket = Some(s);
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
            if let Some(local) = Local::from_code(code) {
                self.local.retain(|(l, _)| *l != local);
                self.local.push((local, value));
                continue;
            }
            let Some(s) = &self.socket else {
                return error("einval");
            };
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
            let value: u32 = if let Some(local) = Local::from_code(code) {
                self.local
                    .iter()
                    .find(|(l, _)| *l == local)
                    .map_or(0, |(_, v)| *v)
            } else {
                let Some(s) = &self.socket else {
                    return error("einval");
                };
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
        if let Err(e) = s.bind(&SockAddr::from(addr)) {
            return error(super::spawn::errno_name(&e));
        }
        match s.local_addr().ok().and_then(|a| a.as_socket()) {
            Some(a) => ok(&a.port().to_be_bytes()),
            None => error("einval"),
        }
    }

    fn name(&self) -> Vec<u8> {
        let Some(addr) = self
            .socket
            .as_ref()
            .and_then(|s| s.local_addr().ok())
            .and_then(|a| a.as_socket())
        else {
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
        match s.send_to(payload, &SockAddr::from(addr)) {
            Ok(_) => Ok(()),
            Err(e) => Err(super::spawn::errno_name(&e)),
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

    /// The requests listed here; any other answers `einval`.
    fn control(&mut self, op: u32, data: &[u8]) -> Option<Vec<u8>> {
        let Some(request) = op.checked_sub(CONTROL_MAGIC) else {
            return Some(error("einval"));
        };
        Some(match request {
            REQ_OPEN => self.open(data),
            REQ_CLOSE => {
                self.socket = None;
                ok(&[])
            }
            REQ_NAME => self.name(),
            REQ_BIND => self.bind(data),
            REQ_SETOPTS => self.set_options(data),
            REQ_GETOPTS => self.get_options(data),
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
        self.socket = None;
    }
}
