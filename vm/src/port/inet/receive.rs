//! Datagrams to Erlang: `{udp, Port, IP, InPort, Data}` in active mode, and `gen_udp:recv`
//! (`PACKET_REQ_RECV`) with its `{inet_async, Port, Ref, Result}` answer.

use std::net::{IpAddr, SocketAddr};
use std::time::Instant;

use super::options::Active;
use super::{address_bytes, be32, error, ok, InetDriver, Pending};
use crate::atom::Atom;
use crate::heap::TermAlloc;
use crate::signal::Payload;
use crate::term::Term;

/// The atom `name`.
pub(super) fn atom(name: &str) -> Term {
    Term::atom(Atom::intern(name).unwrap_or(crate::atom::UNDEFINED))
}

impl InetDriver {
    /// `PACKET_REQ_RECV`: a time limit in milliseconds (-1: none) and a length (ignored, as
    /// for every datagram socket); the answer is the reference of the `inet_async` to come.
    pub(super) fn receive(&mut self, caller: Term, data: &[u8]) -> Vec<u8> {
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
            crate::port::poll::again_at(port, when);
        }
        self.look_again();
        ok(&reference.to_be_bytes())
    }

    /// `{udp, Port, IP, InPort, Data}`.
    pub(super) fn active_message(&self, port: Term, from: &SocketAddr, data: &[u8]) -> Payload {
        let binary = self.binary;
        Payload::build(crate::port::data_words(data.len(), binary) + 16, |f| {
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
            let d = crate::port::data_term(f, data, binary);
            let in_port = Term::small(i64::from(from.port()));
            f.tuple(&[atom("udp"), port, ip, in_port, d])
        })
    }

    /// `{inet_async, Port, Ref, Result}`.
    pub(super) fn async_message(
        port: Term,
        reference: u16,
        result: Result<(&SocketAddr, &[u8], bool), ()>,
    ) -> Payload {
        let words = match result {
            Ok((_, data, binary)) => crate::port::data_words(data.len(), binary) + 2 * 19 + 12,
            Err(()) => 12,
        };
        Payload::build(words, |f| {
            let result = match result {
                Ok((from, data, binary)) => {
                    let tail = crate::port::data_term(f, data, binary);
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
