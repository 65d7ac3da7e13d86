//! Input framing of a port: `stream`, `{packet, N}` and `{line, L}`.

/// How a port cuts its input (and frames its output) into messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// Bytes as they come.
    Stream,
    /// Each message is preceded by its length in N (1, 2 or 4) big-endian bytes.
    Packet(u8),
    /// Input is cut at newlines; lines longer than L come in pieces (`noeol`).
    Line(usize),
}

/// One message cut from the input.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece {
    /// `{data, Bytes}`.
    Data(Vec<u8>),
    /// `{data, {eol, Line}}` (`true`) or `{data, {noeol, Part}}` (`false`).
    Line(Vec<u8>, bool),
}

/// Input not yet cut into messages.
#[derive(Debug, Default)]
pub struct InputBuffer {
    buf: Vec<u8>,
}

impl InputBuffer {
    /// Adds `bytes` and returns the messages now complete.
    pub fn push(&mut self, framing: Framing, bytes: &[u8]) -> Vec<Piece> {
        let mut out = Vec::new();
        match framing {
            Framing::Stream => {
                if !bytes.is_empty() {
                    out.push(Piece::Data(bytes.to_vec()));
                }
            }
            Framing::Packet(n) => {
                self.buf.extend_from_slice(bytes);
                let n = n as usize;
                let mut at = 0;
                while self.buf.len() - at >= n {
                    let len = self.buf[at..at + n]
                        .iter()
                        .fold(0usize, |acc, &b| (acc << 8) | b as usize);
                    if self.buf.len() - at - n < len {
                        break;
                    }
                    out.push(Piece::Data(self.buf[at + n..at + n + len].to_vec()));
                    at += n + len;
                }
                self.buf.drain(..at);
            }
            Framing::Line(max) => {
                self.buf.extend_from_slice(bytes);
                let mut at = 0;
                loop {
                    let rest = &self.buf[at..];
                    match rest.iter().position(|&b| b == b'\n') {
                        Some(i) if i <= max => {
                            out.push(Piece::Line(rest[..i].to_vec(), true));
                            at += i + 1;
                        }
                        _ if rest.len() > max => {
                            out.push(Piece::Line(rest[..max].to_vec(), false));
                            at += max;
                        }
                        _ => break,
                    }
                }
                self.buf.drain(..at);
            }
        }
        out
    }

    /// At end of input: what is left as a last message (`{noeol, Part}` in line mode; a
    /// partial packet is dropped).
    pub fn finish(&mut self, framing: Framing) -> Option<Piece> {
        let rest = std::mem::take(&mut self.buf);
        match framing {
            Framing::Line(_) if !rest.is_empty() => Some(Piece::Line(rest, false)),
            _ => None,
        }
    }
}

/// The header of an outgoing packet of `len` bytes; `None` if it does not fit in N bytes.
pub fn packet_header(framing: Framing, len: usize) -> Option<Vec<u8>> {
    match framing {
        Framing::Packet(n) => {
            let n = n as usize;
            if n < 8 && len >> (8 * n) != 0 {
                return None;
            }
            Some((0..n).rev().map(|i| (len >> (8 * i)) as u8).collect())
        }
        _ => Some(Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packets_are_cut_across_reads() {
        let mut b = InputBuffer::default();
        assert!(b.push(Framing::Packet(2), &[0, 3, b'a']).is_empty());
        let out = b.push(Framing::Packet(2), &[b'b', b'c', 0, 0, 0]);
        assert_eq!(
            out,
            vec![Piece::Data(b"abc".to_vec()), Piece::Data(Vec::new())]
        );
        assert_eq!(packet_header(Framing::Packet(1), 256), None);
        assert_eq!(
            packet_header(Framing::Packet(4), 258),
            Some(vec![0, 0, 1, 2])
        );
    }

    #[test]
    fn long_lines_come_in_pieces() {
        let mut b = InputBuffer::default();
        let out = b.push(Framing::Line(3), b"abcdef\nxy\nz");
        assert_eq!(
            out,
            vec![
                Piece::Line(b"abc".to_vec(), false),
                Piece::Line(b"def".to_vec(), true),
                Piece::Line(b"xy".to_vec(), true),
            ]
        );
        assert_eq!(
            b.finish(Framing::Line(3)),
            Some(Piece::Line(b"z".to_vec(), false))
        );
    }
}
