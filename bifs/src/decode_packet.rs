//! `erlang:decode_packet/3`: cuts one packet off the front of a binary, by the packet types
//! of `inet` sockets: `raw` (0), 1, 2, 4, `asn1`, `sunrm`, `cdr`, `fcgi`, `tpkt`, `line`, and
//! the HTTP types (`crate::decode_http`). Answers `{ok, Packet, Rest}`,
//! `{more, Length | undefined}` or `{error, invalid}`.

use vm::bif::{badarg, badarg_with_cause, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::lists::proper_list;
use crate::process::atom_named;
use crate::BifSpec;

/// The packet types.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Raw,
    Len(usize),
    Asn1,
    SunRm,
    Cdr,
    Fcgi,
    Tpkt,
    Line,
    /// `http` / `httph` (headers: true), as strings or (`_bin`) binaries.
    Http {
        headers: bool,
        bin: bool,
    },
}

fn kind(t: Term) -> Option<Kind> {
    if let Some(n) = t.as_small() {
        return match n {
            0 => Some(Kind::Raw),
            1 | 2 | 4 => Some(Kind::Len(n as usize)),
            _ => None,
        };
    }
    Some(match t.as_atom()?.text() {
        "raw" => Kind::Raw,
        "asn1" => Kind::Asn1,
        "sunrm" => Kind::SunRm,
        "cdr" => Kind::Cdr,
        "fcgi" => Kind::Fcgi,
        "tpkt" => Kind::Tpkt,
        "line" => Kind::Line,
        "http" => Kind::Http {
            headers: false,
            bin: false,
        },
        "httph" => Kind::Http {
            headers: true,
            bin: false,
        },
        "http_bin" => Kind::Http {
            headers: false,
            bin: true,
        },
        "httph_bin" => Kind::Http {
            headers: true,
            bin: true,
        },
        _ => return None,
    })
}

/// The limits given as options.
struct Limits {
    /// `{packet_size, N}`: the largest packet (0: no limit).
    max: u64,
    /// `{line_length, N}`: lines longer than this are cut (0: no limit).
    trunc: u64,
    /// `{line_delimiter, C}`.
    delimiter: u8,
}

fn limits(list: Term) -> Option<Limits> {
    let mut l = Limits {
        max: 0,
        trunc: 0,
        delimiter: b'\n',
    };
    for opt in proper_list(list)? {
        let &[key, v] = opt.tuple_elements()? else {
            return None;
        };
        let n = u64::try_from(v.as_small()?).ok()?;
        match key.as_atom()?.text() {
            "packet_size" => l.max = n,
            "line_length" => l.trunc = n,
            "line_delimiter" => l.delimiter = u8::try_from(n).ok()?,
            _ => return None,
        }
    }
    Some(l)
}

/// What the front of the buffer holds.
#[derive(Debug, PartialEq, Eq)]
enum Length {
    /// A packet of this many bytes (header included) starts the buffer.
    Packet(u64),
    /// More bytes are needed; how many is not known yet.
    More,
    /// The data cannot be a packet of this type.
    Invalid,
}

fn be(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |acc, &b| (acc << 8) | b as u64)
}

/// A packet with header length `hlen` and body length `plen`, within the limit `max`.
fn remain(hlen: u64, plen: u64, max: u64) -> Length {
    let max = if max == 0 {
        i32::MAX as u64 - hlen
    } else {
        max
    };
    if plen > max {
        Length::Invalid
    } else {
        Length::Packet(hlen + plen)
    }
}

/// The length of the packet at the front of `b` (as the socket packet parser computes it).
fn length(kind: Kind, b: &[u8], l: &Limits) -> Length {
    let n = b.len() as u64;
    match kind {
        Kind::Raw => {
            if n == 0 {
                Length::More
            } else {
                Length::Packet(n)
            }
        }
        Kind::Len(h) => {
            if b.len() < h {
                return Length::More;
            }
            remain(h as u64, be(&b[..h]), l.max)
        }
        Kind::SunRm => {
            if b.len() < 4 {
                return Length::More;
            }
            remain(4, be(&b[..4]) & 0x7fff_ffff, l.max)
        }
        Kind::Line => match b.iter().position(|&c| c == l.delimiter) {
            None => {
                if l.max != 0 && n > l.max {
                    Length::Invalid
                } else if l.trunc != 0 && n >= l.trunc {
                    Length::Packet(l.trunc)
                } else {
                    Length::More
                }
            }
            Some(i) => {
                let len = i as u64 + 1;
                if l.max != 0 && len > l.max {
                    Length::Invalid
                } else if l.trunc != 0 && len > l.trunc {
                    Length::Packet(l.trunc)
                } else {
                    Length::Packet(len)
                }
            }
        },
        Kind::Asn1 => asn1(b, l.max),
        Kind::Http { headers, .. } => {
            // `line_length` limits HTTP lines when `packet_size` does not.
            let max = if l.max == 0 { l.trunc } else { l.max };
            match crate::decode_http::length(b, headers, max) {
                Ok(Some(n)) => Length::Packet(n),
                Ok(None) => Length::More,
                Err(()) => Length::Invalid,
            }
        }
        Kind::Cdr => {
            if b.len() < 12 {
                return Length::More;
            }
            if &b[..4] != b"GIOP" {
                return Length::Invalid;
            }
            let size = &b[8..12];
            let plen = if b[6] & 1 != 0 {
                size.iter().rev().fold(0, |acc, &c| (acc << 8) | c as u64)
            } else {
                be(size)
            };
            remain(12, plen, l.max)
        }
        Kind::Fcgi => {
            if b.len() < 8 {
                return Length::More;
            }
            if b[0] != 1 {
                return Length::Invalid;
            }
            remain(8, be(&b[4..6]) + b[6] as u64, l.max)
        }
        Kind::Tpkt => {
            if b.len() < 4 {
                return Length::More;
            }
            if b[0] != 3 {
                return Length::Invalid;
            }
            // The length counts the header; a smaller one wraps around as an unsigned value.
            let plen = (be(&b[2..4]) as u32).wrapping_sub(4) as u64;
            remain(4, plen, l.max)
        }
    }
}

/// An ASN.1 BER element: tag (short or long form), then a short or long length.
fn asn1(b: &[u8], max: u64) -> Length {
    if b.len() < 2 {
        return Length::More;
    }
    let mut at = 1;
    let mut left = b.len() - 1;
    if b[0] & 0x1f == 0x1f {
        while left > 0 && b[at] & 0x80 == 0x80 {
            at += 1;
            left -= 1;
        }
        if left < 2 {
            return Length::More;
        }
        at += 1;
        left -= 1;
    }
    let first = b[at];
    let count = (first & 0x7f) as usize;
    let plen = if first & 0x80 == 0x80 {
        at += 1;
        left -= 1;
        if left < count {
            return Length::More;
        }
        if count > 4 {
            return Length::Invalid;
        }
        let v = be(&b[at..at + count]);
        at += count;
        v
    } else {
        at += 1;
        count as u64
    };
    remain(at as u64, plen, max)
}

/// The body of a whole packet `p` of this type: the length-prefixed types lose their header,
/// `fcgi` its padding, the others come as they are.
fn body(kind: Kind, p: &[u8]) -> &[u8] {
    match kind {
        Kind::Len(h) => &p[h..],
        Kind::Fcgi => &p[..p.len() - p[6] as usize],
        _ => p,
    }
}

fn decode_packet_3(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(kind) = kind(a[0]) else {
        return Err(badarg_with_cause("erlang", "decode_packet", "badopt"));
    };
    let bytes: Vec<u8> = match a[1].binary_bytes() {
        Some(b) => b.to_vec(),
        None => match a[1].as_bitstring() {
            // A bitstring counts its whole bytes only.
            Some(v) if v.bit_len() < 8 => Vec::new(),
            _ => return badarg(),
        },
    };
    let Some(l) = limits(a[2]) else {
        return badarg();
    };
    let atom = |s: &str| Term::atom(atom_named(s));
    Ok(match length(kind, &bytes, &l) {
        Length::More => p.heap.tuple(&[atom("more"), atom("undefined")]),
        Length::Invalid => p.heap.tuple(&[atom("error"), atom("invalid")]),
        Length::Packet(n) if n > bytes.len() as u64 => {
            let n = p.heap.integer(n as i64);
            p.heap.tuple(&[atom("more"), n])
        }
        Length::Packet(n) => {
            let (packet, rest) = bytes.split_at(n as usize);
            let packet = match kind {
                Kind::Http { headers, bin } => crate::decode_http::decode(p, packet, headers, bin),
                _ => p.heap.binary(body(kind, packet)),
            };
            let rest = p.heap.binary(rest);
            p.heap.tuple(&[atom("ok"), packet, rest])
        }
    })
}

/// The packet decoding BIF.
pub const BIFS: &[BifSpec] = &[("erlang", "decode_packet", 3, decode_packet_3)];

#[cfg(test)]
mod tests {
    use super::*;

    fn no_limits() -> Limits {
        Limits {
            max: 0,
            trunc: 0,
            delimiter: b'\n',
        }
    }

    #[test]
    fn lengths_of_each_type() {
        let l = no_limits();
        assert_eq!(length(Kind::Len(1), &[5, 1], &l), Length::Packet(6));
        assert_eq!(length(Kind::Len(2), &[1], &l), Length::More);
        assert_eq!(
            length(Kind::Asn1, &[0x30, 0x82, 0, 2, 1, 2, 3], &l),
            Length::Packet(6)
        );
        assert_eq!(length(Kind::Tpkt, &[3, 0, 0, 2], &l), Length::Invalid);
        assert_eq!(
            length(Kind::Fcgi, &[1, 1, 0, 1, 0, 2, 1, 0], &l),
            Length::Packet(11)
        );
        assert_eq!(length(Kind::Line, b"abc", &l), Length::More);
        let cut = Limits {
            trunc: 2,
            ..no_limits()
        };
        assert_eq!(length(Kind::Line, b"abc", &cut), Length::Packet(2));
    }
}
