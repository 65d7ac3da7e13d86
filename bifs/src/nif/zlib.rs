//! zlib's 22 NIFs over the system zlib (`vm::os::zlib`): a stream resource held by a magic
//! reference, with its queued input, its controlling process, its end-of-stream behaviour and
//! the stash zlib.erl keeps partial output in. Errors are raised as erl's NIF raises them
//! (`not_initialized`, `already_initialized`, `data_error`, `stream_error`,
//! `not_on_controlling_process`, ...).

use std::sync::{Arc, Mutex, MutexGuard};

use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::nif::NifKind::Normal;
use vm::nif::NifSpec;
use vm::os::zlib::{self as z, Kind, ZStream};
use vm::signal::Payload;
use vm::term::magic::{make_magic_ref, MagicObject};
use vm::term::Term;

use super::out::atom;
use super::prim_file::iodata;

/// What inflate does with input after the end of a stream.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Eos {
    /// Raise `data_error`.
    Error,
    /// Start a new stream (concatenated gzip members).
    Reset,
    /// Drop it.
    Cut,
}

/// Queued input: consumed from the front without moving the rest each time.
#[derive(Default)]
struct Queue {
    bytes: Vec<u8>,
    start: usize,
}

impl Queue {
    fn len(&self) -> usize {
        self.bytes.len() - self.start
    }

    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn clear(&mut self) {
        self.bytes.clear();
        self.start = 0;
    }

    fn extend(&mut self, more: &[u8]) {
        self.bytes.extend_from_slice(more);
    }

    fn front(&self, n: usize) -> &[u8] {
        &self.bytes[self.start..self.start + n]
    }

    fn consume(&mut self, n: usize) {
        self.start += n;
        if self.start == self.bytes.len() {
            self.clear();
        } else if self.start >= 1 << 20 && self.start * 2 >= self.bytes.len() {
            self.bytes.drain(..self.start);
            self.start = 0;
        }
    }
}

struct State {
    controller: Term,
    closed: bool,
    stream: Option<ZStream>,
    input: Queue,
    eos_seen: bool,
    eos: Eos,
    buf_size: i64,
    stash: Option<Payload>,
}

/// A zlib stream resource.
struct ZHandle(Mutex<State>);

fn handle(t: Term) -> Result<Arc<MagicObject>, BifError> {
    let o = t.magic_object().ok_or(BifError::BADARG)?;
    o.get::<ZHandle>().ok_or(BifError::BADARG)?;
    Ok(o)
}

fn raise(name: &str) -> BifError {
    match atom(name) {
        Ok(a) => BifError::error(a),
        Err(e) => e,
    }
}

/// The error erl raises for zlib return code `code`.
fn code_error(code: i32) -> BifError {
    raise(match code {
        z::Z_STREAM_ERROR => "stream_error",
        z::Z_DATA_ERROR => "data_error",
        z::Z_MEM_ERROR => "mem_error",
        z::Z_BUF_ERROR => "buf_error",
        z::Z_VERSION_ERROR => "version_error",
        _ => "unknown_error",
    })
}

/// Locks the state of `t` for process `p`, which must control it.
fn with<R>(
    p: &ProcessContext,
    t: Term,
    f: impl FnOnce(&mut State) -> Result<R, BifError>,
) -> Result<R, BifError> {
    let o = handle(t)?;
    let h = o.get::<ZHandle>().ok_or(BifError::BADARG)?;
    let mut s: MutexGuard<'_, State> = h.0.lock().unwrap_or_else(|e| e.into_inner());
    if s.controller != p.pid {
        return Err(raise("not_on_controlling_process"));
    }
    f(&mut s)
}

fn stream(s: &mut State) -> Result<&mut ZStream, BifError> {
    s.stream.as_mut().ok_or_else(|| raise("not_initialized"))
}

fn int(t: Term) -> Result<i32, BifError> {
    t.as_small()
        .and_then(|n| i32::try_from(n).ok())
        .ok_or(BifError::BADARG)
}

fn open_nif(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let state = State {
        controller: p.pid,
        closed: false,
        stream: None,
        input: Queue::default(),
        eos_seen: false,
        eos: Eos::Cut,
        buf_size: 4000,
        stash: None,
    };
    let o = MagicObject::new(vm::sched::new_ref_id(), ZHandle(Mutex::new(state)));
    Ok(make_magic_ref(&mut p.heap, o))
}

fn close_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    with(p, a[0], |s| {
        if s.closed {
            return Err(raise("not_initialized"));
        }
        s.closed = true;
        s.stream = None;
        s.input.clear();
        s.stash = None;
        Ok(())
    })?;
    atom("ok")
}

fn set_controller_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    if !a[1].is_local_pid() {
        return badarg();
    }
    with(p, a[0], |s| {
        s.controller = a[1];
        Ok(())
    })?;
    atom("ok")
}

fn init(s: &mut State, make: impl FnOnce() -> Result<ZStream, i32>) -> Result<(), BifError> {
    if s.closed || s.stream.is_some() {
        return Err(raise("already_initialized"));
    }
    s.stream = Some(make().map_err(code_error)?);
    s.input.clear();
    s.eos_seen = false;
    Ok(())
}

fn deflate_init_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (level, method, bits, mem, strategy) =
        (int(a[1])?, int(a[2])?, int(a[3])?, int(a[4])?, int(a[5])?);
    with(p, a[0], |s| {
        init(s, || ZStream::deflate(level, method, bits, mem, strategy))
    })?;
    atom("ok")
}

fn inflate_init_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bits = int(a[1])?;
    let eos = match int(a[2])? {
        0 => Eos::Error,
        1 => Eos::Reset,
        _ => Eos::Cut,
    };
    with(p, a[0], |s| {
        init(s, || ZStream::inflate(bits))?;
        s.eos = eos;
        Ok(())
    })?;
    atom("ok")
}

fn end(p: &mut ProcessContext, a: &[Term], kind: Kind) -> BifResult {
    with(p, a[0], |s| {
        let st = stream(s)?;
        if st.kind() != kind {
            return Err(raise("stream_error"));
        }
        let code = st.end();
        s.stream = None;
        // A stream that never reached its end, or has input left over, ends with an error
        // (as zlib's deflateEnd says of a deflate stream that did not finish).
        let unfinished = !s.eos_seen || !s.input.is_empty();
        s.input.clear();
        if unfinished {
            return Err(raise("data_error"));
        }
        if code != z::Z_OK {
            return Err(code_error(code));
        }
        Ok(())
    })?;
    atom("ok")
}

fn deflate_end_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    end(p, a, Kind::Deflate)
}

fn inflate_end_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    end(p, a, Kind::Inflate)
}

fn reset(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    with(p, a[0], |s| {
        let code = stream(s)?.reset();
        s.input.clear();
        s.eos_seen = false;
        if code != z::Z_OK {
            return Err(code_error(code));
        }
        Ok(())
    })?;
    atom("ok")
}

fn deflate_params_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (level, strategy) = (int(a[1])?, int(a[2])?);
    with(p, a[0], |s| {
        let mut out = Vec::new();
        let code = stream(s)?.params(level, strategy, &mut out);
        if code != z::Z_OK {
            return Err(code_error(code));
        }
        Ok(())
    })?;
    atom("ok")
}

fn deflate_set_dictionary_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let dict = iodata(a[1])?;
    let adler = with(p, a[0], |s| {
        let st = stream(s)?;
        let code = st.set_dictionary(&dict);
        if code != z::Z_OK {
            return Err(code_error(code));
        }
        Ok(st.adler())
    })?;
    // zlib computes the dictionary's Adler-32 only for zlib-wrapped streams; for raw ones erl
    // answers the Adler-32 sum of the dictionary started from 0 (measured).
    let adler = if adler != 1 {
        adler
    } else {
        let mut sum = adler2::Adler32::from_checksum(0);
        sum.write_slice(&dict);
        sum.checksum() as u64
    };
    Ok(p.heap.integer_u64(adler))
}

fn inflate_set_dictionary_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let dict = iodata(a[1])?;
    with(p, a[0], |s| {
        let code = stream(s)?.set_dictionary(&dict);
        if code != z::Z_OK {
            return Err(code_error(code));
        }
        Ok(())
    })?;
    atom("ok")
}

fn inflate_get_dictionary_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let dict = with(p, a[0], |s| stream(s)?.get_dictionary().map_err(code_error))?;
    Ok(p.heap.binary(&dict))
}

fn enqueue_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let bytes = iodata(a[1])?;
    with(p, a[0], |s| {
        stream(s)?;
        s.input.extend(&bytes);
        Ok(())
    })?;
    atom("ok")
}

/// What one codec call produced.
enum Codec {
    Continue(Vec<u8>),
    Finished(Vec<u8>),
    NeedDict(u64, Vec<u8>),
}

/// Runs the stream over the queued input, `in_chunk` bytes per zlib call, until `out_chunk`
/// bytes of output are made or the input is used up (then `flush` applies to its last block).
fn codec(s: &mut State, in_chunk: usize, out_chunk: usize, flush: i32) -> Result<Codec, BifError> {
    let mut out = Vec::with_capacity(out_chunk);
    loop {
        let eos = s.eos;
        let st = s.stream.as_mut().ok_or_else(|| raise("not_initialized"))?;
        let kind = st.kind();
        let block = s.input.len().min(in_chunk);
        let last = block == s.input.len();
        let block_flush = if last { flush } else { z::Z_NO_FLUSH };
        let step = st.step(s.input.front(block), &mut out, block_flush);
        s.input.consume(step.consumed);
        match step.code {
            z::Z_OK | z::Z_BUF_ERROR => {}
            z::Z_NEED_DICT => {
                let adler = st.adler();
                return Ok(Codec::NeedDict(adler, out));
            }
            z::Z_STREAM_END => {
                s.eos_seen = true;
                if kind == Kind::Deflate || s.input.is_empty() {
                    break;
                }
                match eos {
                    Eos::Error => return Err(raise("data_error")),
                    Eos::Cut => {
                        s.input.clear();
                        break;
                    }
                    Eos::Reset => {
                        st.reset();
                        s.eos_seen = false;
                    }
                }
            }
            code => return Err(code_error(code)),
        }
        if out.len() == out_chunk {
            return Ok(Codec::Continue(out));
        }
        // Every call either consumes input or produces output; when it does neither, zlib
        // has nothing more to do until it gets more input.
        if step.consumed == 0 && step.produced == 0 {
            break;
        }
    }
    Ok(Codec::Finished(out))
}

fn chunk_list(p: &mut ProcessContext, out: Vec<u8>) -> Term {
    if out.is_empty() {
        return Term::NIL;
    }
    let bin = p.heap.binary(&out);
    p.heap.list(&[bin])
}

fn run_codec(p: &mut ProcessContext, a: &[Term], kind: Kind) -> BifResult {
    let in_chunk = int(a[1])?.max(1) as usize;
    let out_chunk = int(a[2])?.max(1) as usize;
    let flush = int(a[3])?;
    let r = with(p, a[0], |s| {
        if stream(s)?.kind() != kind {
            return Err(raise("stream_error"));
        }
        codec(s, in_chunk, out_chunk, flush)
    })?;
    Ok(match r {
        Codec::Continue(out) => {
            let l = chunk_list(p, out);
            let tag = atom("continue")?;
            p.heap.tuple(&[tag, l])
        }
        Codec::Finished(out) => {
            let l = chunk_list(p, out);
            let tag = atom("finished")?;
            p.heap.tuple(&[tag, l])
        }
        Codec::NeedDict(adler, out) => {
            let l = chunk_list(p, out);
            let tag = atom("need_dictionary")?;
            let adler = p.heap.integer_u64(adler);
            p.heap.tuple(&[tag, adler, l])
        }
    })
}

fn deflate_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    run_codec(p, a, Kind::Deflate)
}

fn inflate_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    run_codec(p, a, Kind::Inflate)
}

fn crc32_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    with(p, a[0], |s| {
        stream(s)?;
        Ok(())
    })?;
    Ok(Term::small(0))
}

fn get_buf_size_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let n = with(p, a[0], |s| Ok(s.buf_size))?;
    Ok(p.heap.integer(n))
}

fn set_buf_size_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let n = a[1].as_small().ok_or(BifError::BADARG)?;
    with(p, a[0], |s| {
        s.buf_size = n;
        Ok(())
    })?;
    atom("ok")
}

fn get_stash_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let copy = with(p, a[0], |s| {
        Ok(s.stash.as_ref().map(|st| Payload::copy(st.peek())))
    })?;
    match copy {
        Some(payload) => {
            let t = payload.attach(p);
            let ok = atom("ok")?;
            Ok(p.heap.tuple(&[ok, t]))
        }
        None => atom("empty"),
    }
}

fn set_stash_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let payload = Payload::copy(a[1]);
    with(p, a[0], |s| {
        s.stash = Some(payload);
        Ok(())
    })?;
    atom("ok")
}

fn clear_stash_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    with(p, a[0], |s| {
        s.stash = None;
        Ok(())
    })?;
    atom("ok")
}

/// zlib's NIFs.
pub const NIFS: &[NifSpec] = &[
    NifSpec {
        function: "open_nif",
        arity: 0,
        kind: Normal(open_nif),
    },
    NifSpec {
        function: "close_nif",
        arity: 1,
        kind: Normal(close_nif),
    },
    NifSpec {
        function: "set_controller_nif",
        arity: 2,
        kind: Normal(set_controller_nif),
    },
    NifSpec {
        function: "deflateInit_nif",
        arity: 6,
        kind: Normal(deflate_init_nif),
    },
    NifSpec {
        function: "deflateSetDictionary_nif",
        arity: 2,
        kind: Normal(deflate_set_dictionary_nif),
    },
    NifSpec {
        function: "deflateReset_nif",
        arity: 1,
        kind: Normal(reset),
    },
    NifSpec {
        function: "deflateParams_nif",
        arity: 3,
        kind: Normal(deflate_params_nif),
    },
    NifSpec {
        function: "deflate_nif",
        arity: 4,
        kind: Normal(deflate_nif),
    },
    NifSpec {
        function: "deflateEnd_nif",
        arity: 1,
        kind: Normal(deflate_end_nif),
    },
    NifSpec {
        function: "inflateInit_nif",
        arity: 3,
        kind: Normal(inflate_init_nif),
    },
    NifSpec {
        function: "inflateSetDictionary_nif",
        arity: 2,
        kind: Normal(inflate_set_dictionary_nif),
    },
    NifSpec {
        function: "inflateGetDictionary_nif",
        arity: 1,
        kind: Normal(inflate_get_dictionary_nif),
    },
    NifSpec {
        function: "inflateReset_nif",
        arity: 1,
        kind: Normal(reset),
    },
    NifSpec {
        function: "inflate_nif",
        arity: 4,
        kind: Normal(inflate_nif),
    },
    NifSpec {
        function: "inflateEnd_nif",
        arity: 1,
        kind: Normal(inflate_end_nif),
    },
    NifSpec {
        function: "setBufSize_nif",
        arity: 2,
        kind: Normal(set_buf_size_nif),
    },
    NifSpec {
        function: "getBufSize_nif",
        arity: 1,
        kind: Normal(get_buf_size_nif),
    },
    NifSpec {
        function: "crc32_nif",
        arity: 1,
        kind: Normal(crc32_nif),
    },
    NifSpec {
        function: "clearStash_nif",
        arity: 1,
        kind: Normal(clear_stash_nif),
    },
    NifSpec {
        function: "setStash_nif",
        arity: 2,
        kind: Normal(set_stash_nif),
    },
    NifSpec {
        function: "getStash_nif",
        arity: 1,
        kind: Normal(get_stash_nif),
    },
    NifSpec {
        function: "enqueue_nif",
        arity: 2,
        kind: Normal(enqueue_nif),
    },
];
