//! The socket options of the `udp_inet` driver: `SETOPTS` and `GETOPTS`, the options it keeps
//! itself, and `active`, which decides how datagrams reach Erlang.

use socket2::SockRef;

use super::{be32, error, ok, InetDriver};

// Option codes.
const OPT_REUSEADDR: u8 = 0;
const OPT_LINGER: u8 = 3;
const OPT_BROADCAST: u8 = 4;
const OPT_SNDBUF: u8 = 6;
const OPT_RCVBUF: u8 = 7;
const OPT_TTL: u8 = 46;
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

/// The options kept by the driver itself (the socket keeps the others).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Local {
    Buffer,
    Header,
    Active,
    Mode,
    Deliver,
    ReadPackets,
}

impl Local {
    pub(super) fn from_code(code: u8) -> Option<Local> {
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
pub(super) enum Active {
    /// Only through `gen_udp:recv` (`{active, false}`).
    #[default]
    Passive,
    /// As messages (`{active, true}`).
    Always,
    /// As messages, `n` more, then passive (`{active, once}` is 1).
    Count(i32),
}

impl InetDriver {
    pub(super) fn set_options(&mut self, mut data: &[u8]) -> Vec<u8> {
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
                OPT_TTL => s.set_ttl_v4(value),
                _ => return error("einval"),
            };
            if let Err(e) = set {
                return error(crate::port::spawn::errno_name(&e));
            }
        }
        ok(&[])
    }

    pub(super) fn get_options(&self, data: &[u8]) -> Vec<u8> {
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
                    OPT_TTL => s.ttl_v4(),
                    OPT_LINGER => {
                        // Off, no time: a UDP socket has nothing to linger for.
                        reply.extend_from_slice(&0u32.to_be_bytes());
                        Ok(0)
                    }
                    _ => return error("einval"),
                };
                match got {
                    Ok(v) => v,
                    Err(e) => return error(crate::port::spawn::errno_name(&e)),
                }
            };
            reply.extend_from_slice(&value.to_be_bytes());
        }
        reply
    }
}
