//! The decoder: external term format bytes to arena nodes, with an explicit work stack.
//!
//! The input is read front to back once. Scalars become nodes at once; a container pushes a
//! frame that counts the sub-terms still to come, and the ids of finished sub-terms wait on a
//! `pending` stack until their container is complete. So the Rust stack depth is constant however
//! deeply the input nests, and every count read from the input is checked against the bytes left
//! before it is used, so a hostile length cannot make the decoder allocate more than the input
//! could describe.

use super::arena::{Arena, FunHeader, Node, NodeId, Span};
use super::error::{EtfError, EtfErrorKind};
use super::inflate::inflate_zlib;
use super::tags;

/// Reusable scratch space for decoding; keeping one across many terms avoids reallocations.
#[derive(Debug, Default)]
pub struct Decoder {
    pending: Vec<NodeId>,
    frames: Vec<Frame>,
}

#[derive(Debug, Clone, Copy)]
struct Frame {
    kind: FrameKind,
    /// Sub-terms still to decode.
    remaining: u32,
    /// Height of the pending stack when the frame started.
    base: u32,
    /// Offset of the frame's tag byte (for error messages).
    at: u32,
}

#[derive(Debug, Clone, Copy)]
enum FrameKind {
    Tuple,
    List,
    Map,
    Export,
    Fun(u32),
    /// Pid, port or reference: the node atom comes first, fixed fields after it.
    Identifier {
        tag: u8,
        ref_words: u16,
    },
}

/// Byte reader over the input that reports offsets relative to its start.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], EtfError> {
        if self.remaining() < n {
            return Err(EtfError::new(
                self.pos,
                EtfErrorKind::Truncated {
                    what,
                    needed: n - self.remaining(),
                },
            ));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, EtfError> {
        Ok(self.take(1, what)?[0])
    }

    fn u16(&mut self, what: &'static str) -> Result<u16, EtfError> {
        let b = self.take(2, what)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self, what: &'static str) -> Result<u32, EtfError> {
        let b = self.take(4, what)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self, what: &'static str) -> Result<u64, EtfError> {
        let b = self.take(8, what)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_be_bytes(a))
    }

    /// Checks that `count` items of at least `min_size` bytes each can still follow.
    fn check_count(&self, count: u64, min_size: u64, what: &'static str) -> Result<(), EtfError> {
        if count.saturating_mul(min_size) > self.remaining() as u64 {
            return Err(EtfError::new(
                self.pos,
                EtfErrorKind::LengthTooLarge {
                    what,
                    claimed: count,
                    remaining: self.remaining(),
                },
            ));
        }
        Ok(())
    }
}

impl Arena {
    /// Decodes one term (starting with the version byte 131) and appends it to the arena.
    /// Returns the root node and the number of input bytes the term used; bytes after it are
    /// ignored, as `binary_to_term/1` ignores them. On error the arena is left unchanged.
    pub fn decode(&mut self, input: &[u8]) -> Result<(NodeId, usize), EtfError> {
        Decoder::default().decode_into(self, input)
    }
}

/// Decodes one complete term into a new arena; returns the arena and the root node.
pub fn decode(input: &[u8]) -> Result<(Arena, NodeId), EtfError> {
    let mut arena = Arena::new();
    let (root, _) = arena.decode(input)?;
    Ok((arena, root))
}

impl Decoder {
    /// A decoder with empty scratch space.
    pub fn new() -> Self {
        Self::default()
    }

    /// Decodes one term (version byte first, possibly compressed) and appends it to `arena`.
    /// Returns the root and the number of bytes used. On error, `arena` is restored to the state
    /// it had before the call.
    pub fn decode_into(
        &mut self,
        arena: &mut Arena,
        input: &[u8],
    ) -> Result<(NodeId, usize), EtfError> {
        if input.len() > u32::MAX as usize {
            return Err(EtfError::new(0, EtfErrorKind::TooLarge));
        }
        let mark = Mark::of(arena);
        let result = self.decode_versioned(arena, input);
        if result.is_err() {
            mark.restore(arena);
        }
        self.pending.clear();
        self.frames.clear();
        result
    }

    /// Decodes a term body (a tag byte first, no version byte), as it appears after the version
    /// byte or inside a compressed term, and appends it to `arena`. Returns the root and the
    /// number of bytes used. On error, `arena` is restored.
    pub fn decode_body_into(
        &mut self,
        arena: &mut Arena,
        input: &[u8],
    ) -> Result<(NodeId, usize), EtfError> {
        if input.len() > u32::MAX as usize {
            return Err(EtfError::new(0, EtfErrorKind::TooLarge));
        }
        let mark = Mark::of(arena);
        let mut r = Reader {
            data: input,
            pos: 0,
        };
        let result = self.body(arena, &mut r).map(|root| (root, r.pos));
        if result.is_err() {
            mark.restore(arena);
        }
        self.pending.clear();
        self.frames.clear();
        result
    }

    fn decode_versioned(
        &mut self,
        arena: &mut Arena,
        input: &[u8],
    ) -> Result<(NodeId, usize), EtfError> {
        let mut r = Reader {
            data: input,
            pos: 0,
        };
        let version = r.u8("version byte")?;
        if version != tags::VERSION {
            return Err(EtfError::new(0, EtfErrorKind::BadVersion(version)));
        }
        if r.data.get(1) == Some(&tags::COMPRESSED) {
            r.pos = 2;
            let size = r.u32("compressed term size")? as usize;
            let (inflated, used) = inflate_zlib(&input[r.pos..], size)
                .map_err(|why| EtfError::new(r.pos, EtfErrorKind::BadCompression(why)))?;
            let mut inner = Reader {
                data: &inflated,
                pos: 0,
            };
            let root = self.body(arena, &mut inner).map_err(|mut e| {
                e.in_compressed = true;
                e
            })?;
            if inner.pos != inflated.len() {
                return Err(EtfError::new(
                    r.pos,
                    EtfErrorKind::BadCompression("inflated data has bytes after the term"),
                ));
            }
            return Ok((root, r.pos + used));
        }
        let root = self.body(arena, &mut r)?;
        Ok((root, r.pos))
    }

    /// The main loop: reads terms until the outermost one is complete.
    fn body(&mut self, arena: &mut Arena, r: &mut Reader<'_>) -> Result<NodeId, EtfError> {
        let base_frames = self.frames.len();
        loop {
            let at = r.pos;
            let tag = r.u8("term tag")?;
            let node = match tag {
                tags::SMALL_INTEGER => Node::Int(r.u8("small integer")? as i64),
                tags::INTEGER => Node::Int(r.u32("integer")? as i32 as i64),
                tags::NEW_FLOAT => {
                    let f = f64::from_bits(r.u64("float")?);
                    if !f.is_finite() {
                        return Err(EtfError::new(at, EtfErrorKind::BadFloat));
                    }
                    Node::Float(f)
                }
                tags::FLOAT => text_float(r, at)?,
                tags::ATOM | tags::ATOM_UTF8 => {
                    let len = r.u16("atom length")? as usize;
                    atom(arena, r, at, len, tag == tags::ATOM_UTF8)?
                }
                tags::SMALL_ATOM | tags::SMALL_ATOM_UTF8 => {
                    let len = r.u8("atom length")? as usize;
                    atom(arena, r, at, len, tag == tags::SMALL_ATOM_UTF8)?
                }
                tags::NIL => Node::Nil,
                tags::SMALL_TUPLE | tags::LARGE_TUPLE => {
                    let n = if tag == tags::SMALL_TUPLE {
                        r.u8("tuple arity")? as u32
                    } else {
                        r.u32("tuple arity")?
                    };
                    if n == 0 {
                        Node::Tuple(Span::default())
                    } else {
                        r.check_count(n as u64, 1, "tuple arity")?;
                        self.open(FrameKind::Tuple, n, at);
                        continue;
                    }
                }
                tags::STRING => {
                    let n = r.u16("string length")? as usize;
                    let data = r.take(n, "string bytes")?;
                    if n == 0 {
                        Node::Nil
                    } else {
                        Node::String(push_bytes(arena, data, at)?)
                    }
                }
                tags::LIST => {
                    let n = r.u32("list length")?;
                    // n elements and a tail, each at least one byte.
                    r.check_count(n as u64 + 1, 1, "list length")?;
                    self.open(FrameKind::List, n + 1, at);
                    continue;
                }
                tags::MAP => {
                    let n = r.u32("map size")?;
                    if n == 0 {
                        Node::Map(Span::default())
                    } else {
                        r.check_count(n as u64, 2, "map size")?;
                        self.open(FrameKind::Map, n * 2, at);
                        continue;
                    }
                }
                tags::BINARY => {
                    let n = r.u32("binary length")? as usize;
                    let data = r.take(n, "binary bytes")?;
                    Node::Binary(push_bytes(arena, data, at)?)
                }
                tags::BIT_BINARY => bit_binary(arena, r, at)?,
                tags::SMALL_BIG => {
                    let n = r.u8("bignum length")? as usize;
                    big(arena, r, at, n)?
                }
                tags::LARGE_BIG => {
                    let n = r.u32("bignum length")? as usize;
                    big(arena, r, at, n)?
                }
                tags::EXPORT => {
                    self.open(FrameKind::Export, 3, at);
                    continue;
                }
                tags::NEW_FUN => {
                    let info = fun_header(arena, r)?;
                    let num_free = arena.funs[info as usize].num_free;
                    // module, old index, old uniq, pid, then the free variables
                    r.check_count(num_free as u64 + 4, 1, "fun free variable count")?;
                    self.open(FrameKind::Fun(info), num_free + 4, at);
                    continue;
                }
                tags::NEW_PID | tags::PID | tags::NEW_PORT | tags::PORT | tags::V4_PORT => {
                    self.open(FrameKind::Identifier { tag, ref_words: 1 }, 1, at);
                    continue;
                }
                tags::REFERENCE => {
                    self.open(FrameKind::Identifier { tag, ref_words: 1 }, 1, at);
                    continue;
                }
                tags::NEW_REFERENCE | tags::NEWER_REFERENCE => {
                    let n = r.u16("reference length")?;
                    if n > 5 {
                        return Err(EtfError::new(
                            at + 1,
                            EtfErrorKind::BadField {
                                field: "reference id count",
                                value: n as u64,
                            },
                        ));
                    }
                    r.check_count(n as u64, 4, "reference id count")?;
                    self.open(FrameKind::Identifier { tag, ref_words: n }, 1, at);
                    continue;
                }
                tags::COMPRESSED => {
                    return Err(unsupported(
                        at,
                        tag,
                        "compressed data only at the top level",
                    ))
                }
                tags::ATOM_CACHE_REF => {
                    return Err(unsupported(
                        at,
                        tag,
                        "atom cache references are distribution-only",
                    ))
                }
                tags::DIST_HEADER => {
                    return Err(unsupported(
                        at,
                        tag,
                        "distribution headers are distribution-only",
                    ))
                }
                tags::FUN => return Err(unsupported(at, tag, "old FUN_EXT removed in OTP 23")),
                tags::LOCAL => {
                    return Err(unsupported(at, tag, "LOCAL_EXT is not known to OTP 25"))
                }
                other => return Err(EtfError::new(at, EtfErrorKind::UnknownTag(other))),
            };
            let id = arena.push(node);
            if let Some(root) = self.complete(arena, r, id, base_frames)? {
                return Ok(root);
            }
        }
    }

    fn open(&mut self, kind: FrameKind, remaining: u32, at: usize) {
        self.frames.push(Frame {
            kind,
            remaining,
            base: self.pending.len() as u32,
            at: at as u32,
        });
    }

    /// Records a finished sub-term and closes every container it completes. Returns the root once
    /// the outermost term is done.
    fn complete(
        &mut self,
        arena: &mut Arena,
        r: &mut Reader<'_>,
        mut id: NodeId,
        base_frames: usize,
    ) -> Result<Option<NodeId>, EtfError> {
        loop {
            if self.frames.len() == base_frames {
                return Ok(Some(id));
            }
            self.pending.push(id);
            let top = self.frames.last_mut().expect("frame stack is not empty");
            top.remaining -= 1;
            if top.remaining > 0 {
                return Ok(None);
            }
            let frame = self.frames.pop().expect("frame stack is not empty");
            id = self.close(arena, r, frame)?;
        }
    }

    /// Builds the node for a container whose sub-terms are all on the pending stack.
    fn close(
        &mut self,
        arena: &mut Arena,
        r: &mut Reader<'_>,
        frame: Frame,
    ) -> Result<NodeId, EtfError> {
        let at = frame.at as usize;
        let base = frame.base as usize;
        let node = match frame.kind {
            FrameKind::List if self.pending.len() - base == 1 => {
                // A list with no elements is just its tail.
                let tail = self.pending[base];
                self.pending.truncate(base);
                return Ok(tail);
            }
            FrameKind::Tuple | FrameKind::List | FrameKind::Map => {
                let span = self.move_children(arena, base, at)?;
                match frame.kind {
                    FrameKind::Tuple => Node::Tuple(span),
                    FrameKind::List => Node::List(span),
                    _ => Node::Map(span),
                }
            }
            FrameKind::Export => {
                let (m, f, a) = (
                    self.pending[base],
                    self.pending[base + 1],
                    self.pending[base + 2],
                );
                self.pending.truncate(base);
                if arena.atom(m).is_none() || arena.atom(f).is_none() {
                    return Err(wrong(at, "atoms for an external fun's module and function"));
                }
                let arity = match arena.node(a) {
                    Node::Int(n) if n >= 0 => n as u32,
                    _ => return Err(wrong(at, "a non-negative arity in an external fun")),
                };
                Node::Export {
                    module: m,
                    function: f,
                    arity,
                }
            }
            FrameKind::Fun(info) => {
                let fields = &self.pending[base..];
                let ok = arena.atom(fields[0]).is_some()
                    && matches!(arena.node(fields[1]), Node::Int(_) | Node::Big { .. })
                    && matches!(arena.node(fields[2]), Node::Int(_) | Node::Big { .. })
                    && matches!(arena.node(fields[3]), Node::Pid { .. });
                if !ok {
                    return Err(wrong(
                        at,
                        "module atom, old index, old uniq and pid in a local fun",
                    ));
                }
                let span = self.move_children(arena, base, at)?;
                Node::Fun {
                    info,
                    children: span,
                }
            }
            FrameKind::Identifier { tag, ref_words } => {
                let node_atom = self.pending[base];
                self.pending.truncate(base);
                if arena.atom(node_atom).is_none() {
                    return Err(wrong(at, "an atom as the node name"));
                }
                identifier(arena, r, tag, ref_words, node_atom, at)?
            }
        };
        Ok(arena.push(node))
    }

    /// Moves the pending ids above `base` into the arena's child vector.
    fn move_children(
        &mut self,
        arena: &mut Arena,
        base: usize,
        at: usize,
    ) -> Result<Span, EtfError> {
        let start = arena.children.len();
        let len = self.pending.len() - base;
        if start + len > u32::MAX as usize {
            return Err(EtfError::new(at, EtfErrorKind::TooLarge));
        }
        arena.children.extend_from_slice(&self.pending[base..]);
        self.pending.truncate(base);
        Ok(Span {
            start: start as u32,
            len: len as u32,
        })
    }
}

/// Arena lengths before a decode, so a failed decode can be undone.
struct Mark {
    nodes: usize,
    children: usize,
    bytes: usize,
    text: usize,
    words: usize,
    funs: usize,
}

impl Mark {
    fn of(a: &Arena) -> Self {
        Mark {
            nodes: a.nodes.len(),
            children: a.children.len(),
            bytes: a.bytes.len(),
            text: a.text.len(),
            words: a.words.len(),
            funs: a.funs.len(),
        }
    }

    fn restore(self, a: &mut Arena) {
        a.nodes.truncate(self.nodes);
        a.children.truncate(self.children);
        a.bytes.truncate(self.bytes);
        a.text.truncate(self.text);
        a.words.truncate(self.words);
        a.funs.truncate(self.funs);
    }
}

fn unsupported(at: usize, tag: u8, reason: &'static str) -> EtfError {
    EtfError::new(at, EtfErrorKind::UnsupportedTag { tag, reason })
}

fn wrong(at: usize, expected: &'static str) -> EtfError {
    EtfError::new(at, EtfErrorKind::WrongSubterm { expected })
}

fn push_bytes(arena: &mut Arena, data: &[u8], at: usize) -> Result<Span, EtfError> {
    let start = arena.bytes.len();
    if start + data.len() > u32::MAX as usize {
        return Err(EtfError::new(at, EtfErrorKind::TooLarge));
    }
    arena.bytes.extend_from_slice(data);
    Ok(Span {
        start: start as u32,
        len: data.len() as u32,
    })
}

/// FLOAT_EXT: 31 bytes of text, NUL padded, in the strict syntax of `list_to_float/1` (erl
/// rejects `1e3` and leading blanks here too).
fn text_float(r: &mut Reader<'_>, at: usize) -> Result<Node, EtfError> {
    let raw = r.take(31, "textual float")?;
    let f = crate::ops::convert::parse_float(raw)
        .ok_or_else(|| EtfError::new(at, EtfErrorKind::BadFloat))?;
    Ok(Node::Float(f))
}

fn atom(
    arena: &mut Arena,
    r: &mut Reader<'_>,
    at: usize,
    len: usize,
    utf8: bool,
) -> Result<Node, EtfError> {
    let raw = r.take(len, "atom text")?;
    let start = arena.text.len();
    if utf8 {
        let s = std::str::from_utf8(raw)
            .map_err(|_| EtfError::new(at, EtfErrorKind::InvalidUtf8Atom))?;
        if len > 255 {
            let chars = s.chars().count();
            if chars > 255 {
                return Err(EtfError::new(at, EtfErrorKind::AtomTooLong(chars)));
            }
        }
        arena.text.push_str(s);
    } else {
        if len > 255 {
            return Err(EtfError::new(at, EtfErrorKind::AtomTooLong(len)));
        }
        if raw.is_ascii() {
            // ASCII is valid UTF-8 as it is.
            arena
                .text
                .push_str(std::str::from_utf8(raw).unwrap_or_default());
        } else {
            arena.text.extend(raw.iter().map(|&b| b as char));
        }
    }
    if arena.text.len() > u32::MAX as usize {
        return Err(EtfError::new(at, EtfErrorKind::TooLarge));
    }
    Ok(Node::Atom(Span {
        start: start as u32,
        len: (arena.text.len() - start) as u32,
    }))
}

fn bit_binary(arena: &mut Arena, r: &mut Reader<'_>, at: usize) -> Result<Node, EtfError> {
    let n = r.u32("bitstring length")? as usize;
    let bits = r.u8("bitstring bit count")?;
    if bits > 8 || (bits == 0) != (n == 0) {
        return Err(EtfError::new(
            at + 5,
            EtfErrorKind::BadField {
                field: "bit count of a bitstring's last byte",
                value: bits as u64,
            },
        ));
    }
    let data = r.take(n, "bitstring bytes")?;
    let span = push_bytes(arena, data, at)?;
    if bits == 8 || n == 0 {
        return Ok(Node::Binary(span));
    }
    // Keep the unused low bits of the last byte zero so equal bitstrings have equal bytes.
    if let Some(last) = arena.bytes.last_mut() {
        *last &= 0xffu8 << (8 - bits);
    }
    Ok(Node::BitBinary { bytes: span, bits })
}

fn big(arena: &mut Arena, r: &mut Reader<'_>, at: usize, n: usize) -> Result<Node, EtfError> {
    let sign = r.u8("bignum sign")?;
    let digits = r.take(n, "bignum digits")?;
    let used = digits.iter().rposition(|&d| d != 0).map_or(0, |p| p + 1);
    let digits = &digits[..used];
    let negative = sign != 0;
    if used <= 8 {
        let mut m = 0u64;
        for &d in digits.iter().rev() {
            m = (m << 8) | d as u64;
        }
        if !negative && m <= i64::MAX as u64 {
            return Ok(Node::Int(m as i64));
        }
        if negative && m <= 1u64 << 63 {
            return Ok(Node::Int((m as i64).wrapping_neg()));
        }
    }
    Ok(Node::Big {
        negative,
        digits: push_bytes(arena, digits, at)?,
    })
}

fn fun_header(arena: &mut Arena, r: &mut Reader<'_>) -> Result<u32, EtfError> {
    let _size = r.u32("fun size")?;
    let arity = r.u8("fun arity")?;
    let mut uniq = [0u8; 16];
    uniq.copy_from_slice(r.take(16, "fun uniq")?);
    let index = r.u32("fun index")?;
    let num_free = r.u32("fun free variable count")?;
    let info = arena.funs.len() as u32;
    arena.funs.push(FunHeader {
        arity,
        uniq,
        index,
        num_free,
    });
    Ok(info)
}

/// Largest creation the old identifier tags (`PID_EXT`, `PORT_EXT`, `REFERENCE_EXT`,
/// `NEW_REFERENCE_EXT`) may carry: erl accepts only the two-bit creations of old nodes.
const TINY_CREATION_MAX: u32 = 3;
/// Largest first id word of a reference in the old reference tags (18 bits).
const OLD_REF_FIRST_MAX: u32 = (1 << 18) - 1;

/// Reads the fields after the node atom of a pid, port or reference.
fn identifier(
    arena: &mut Arena,
    r: &mut Reader<'_>,
    tag: u8,
    ref_words: u16,
    node: NodeId,
    at: usize,
) -> Result<Node, EtfError> {
    let bad = |field: &'static str, value: u64| {
        EtfError::new(at, EtfErrorKind::BadField { field, value })
    };
    let tiny_creation = |r: &mut Reader<'_>, what: &'static str| -> Result<u32, EtfError> {
        let creation = u32::from(r.u8(what)?);
        if creation > TINY_CREATION_MAX {
            return Err(bad(what, u64::from(creation)));
        }
        Ok(creation)
    };
    Ok(match tag {
        tags::NEW_PID | tags::PID => {
            let id = r.u32("pid id")?;
            let serial = r.u32("pid serial")?;
            let creation = if tag == tags::PID {
                tiny_creation(r, "pid creation")?
            } else {
                r.u32("pid creation")?
            };
            Node::Pid {
                node,
                id,
                serial,
                creation,
            }
        }
        tags::NEW_PORT | tags::PORT => {
            let id = r.u32("port id")? as u64;
            let creation = if tag == tags::PORT {
                tiny_creation(r, "port creation")?
            } else {
                r.u32("port creation")?
            };
            Node::Port { node, id, creation }
        }
        tags::V4_PORT => {
            let id = r.u64("port id")?;
            let creation = r.u32("port creation")?;
            Node::Port { node, id, creation }
        }
        tags::REFERENCE => {
            let word = r.u32("reference id")?;
            let creation = tiny_creation(r, "reference creation")?;
            if word > OLD_REF_FIRST_MAX {
                return Err(bad("reference id", u64::from(word)));
            }
            let start = arena.words.len() as u32;
            arena.words.push(word);
            Node::Ref {
                node,
                creation,
                ids: Span { start, len: 1 },
            }
        }
        _ => {
            // NEW_REFERENCE (8-bit creation) or NEWER_REFERENCE (32-bit creation)
            let old = tag == tags::NEW_REFERENCE;
            let creation = if old {
                tiny_creation(r, "reference creation")?
            } else {
                r.u32("reference creation")?
            };
            let raw = r.take(ref_words as usize * 4, "reference ids")?;
            let words = raw
                .chunks_exact(4)
                .map(|w| u32::from_be_bytes([w[0], w[1], w[2], w[3]]));
            if old && words.clone().next().is_none_or(|w| w > OLD_REF_FIRST_MAX) {
                let first = words.clone().next().map_or(0, u64::from);
                return Err(bad("reference id", first));
            }
            let start = arena.words.len() as u32;
            arena.words.extend(words);
            Node::Ref {
                node,
                creation,
                ids: Span {
                    start,
                    len: ref_words as u32,
                },
            }
        }
    })
}
