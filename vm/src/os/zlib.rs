//! [`ZStream`]: one zlib deflate or inflate stream of the system zlib, owned and pinned on the
//! heap (zlib keeps a pointer back to its `z_stream`). Using zlib itself, not a port of it,
//! makes compressed output byte-identical to erl's at every level, window size, memory level
//! and strategy.

use std::ffi::{c_int, c_uint, c_void};

use libz_sys as z;

pub use z::{
    Z_BUF_ERROR, Z_DATA_ERROR, Z_FINISH, Z_MEM_ERROR, Z_NEED_DICT, Z_NO_FLUSH, Z_OK, Z_STREAM_END,
    Z_STREAM_ERROR, Z_VERSION_ERROR,
};

extern "C" {
    // Declared here because libz-sys leaves it out; present in every zlib since 1.2.7.5.
    fn inflateGetDictionary(strm: z::z_streamp, dict: *mut u8, len: *mut c_uint) -> c_int;
}

extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: calloc has no preconditions; it returns null or memory for items * size bytes.
    unsafe { libc::calloc(items as usize, size as usize) }
}

extern "C" fn zfree(_opaque: *mut c_void, address: *mut c_void) {
    // SAFETY: zlib frees only pointers it got from `zalloc` (calloc), each once.
    unsafe { libc::free(address) }
}

/// Which direction the stream was initialised for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Compressing.
    Deflate,
    /// Decompressing.
    Inflate,
}

/// An initialised zlib stream. Ended (its zlib state freed) by [`ZStream::end`] or on drop.
pub struct ZStream {
    strm: Box<z::z_stream>,
    kind: Kind,
    live: bool,
}

// SAFETY: the stream is only used through `&mut self` (one thread at a time); zlib streams have
// no thread affinity, and the raw pointers inside point into memory the stream owns.
unsafe impl Send for ZStream {}

/// The outcome of one `deflate`/`inflate` call: zlib's return code and how many bytes of input
/// it consumed and of output it produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// zlib's return code.
    pub code: i32,
    /// Input bytes consumed.
    pub consumed: usize,
    /// Output bytes produced.
    pub produced: usize,
}

fn new_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

impl ZStream {
    /// `deflateInit2`: a compressing stream, or zlib's error code.
    pub fn deflate(
        level: i32,
        method: i32,
        bits: i32,
        mem: i32,
        strategy: i32,
    ) -> Result<ZStream, i32> {
        let mut strm = new_stream();
        // SAFETY: `strm` is a fully initialised z_stream with valid allocators, boxed so it
        // never moves; the version string and size describe the headers libz-sys was made for.
        let code = unsafe {
            z::deflateInit2_(
                &mut *strm,
                level,
                method,
                bits,
                mem,
                strategy,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        if code != Z_OK {
            return Err(code);
        }
        Ok(ZStream {
            strm,
            kind: Kind::Deflate,
            live: true,
        })
    }

    /// `inflateInit2`: a decompressing stream, or zlib's error code.
    pub fn inflate(bits: i32) -> Result<ZStream, i32> {
        let mut strm = new_stream();
        // SAFETY: as in `deflate`.
        let code = unsafe {
            z::inflateInit2_(
                &mut *strm,
                bits,
                z::zlibVersion(),
                std::mem::size_of::<z::z_stream>() as c_int,
            )
        };
        if code != Z_OK {
            return Err(code);
        }
        Ok(ZStream {
            strm,
            kind: Kind::Inflate,
            live: true,
        })
    }

    /// The direction of the stream.
    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The stream's running checksum (`adler` field: Adler-32, or CRC-32 for gzip).
    pub fn adler(&self) -> u64 {
        self.strm.adler
    }

    /// One `deflate` or `inflate` call from `input` into the spare capacity of `out`.
    pub fn step(&mut self, input: &[u8], out: &mut Vec<u8>, flush: i32) -> Step {
        if !self.live {
            return Step {
                code: Z_STREAM_ERROR,
                consumed: 0,
                produced: 0,
            };
        }
        let spare = out.capacity() - out.len();
        let avail_in = input.len().min(c_uint::MAX as usize) as c_uint;
        let avail_out = spare.min(c_uint::MAX as usize) as c_uint;
        self.strm.next_in = input.as_ptr() as *mut u8;
        self.strm.avail_in = avail_in;
        // SAFETY: the pointer is within (or one past) `out`'s allocation, `avail_out` bytes
        // of spare capacity follow it.
        self.strm.next_out = unsafe { out.as_mut_ptr().add(out.len()) };
        self.strm.avail_out = avail_out;
        // SAFETY: the stream is initialised and live; next_in/avail_in describe readable
        // memory (zlib never writes through next_in), next_out/avail_out writable memory.
        let code = unsafe {
            match self.kind {
                Kind::Deflate => z::deflate(&mut *self.strm, flush),
                Kind::Inflate => z::inflate(&mut *self.strm, flush),
            }
        };
        let consumed = (avail_in - self.strm.avail_in) as usize;
        let produced = (avail_out - self.strm.avail_out) as usize;
        // SAFETY: zlib wrote exactly `produced` bytes of the spare capacity.
        unsafe { out.set_len(out.len() + produced) };
        self.strm.next_in = std::ptr::null_mut();
        self.strm.avail_in = 0;
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        Step {
            code,
            consumed,
            produced,
        }
    }

    /// `deflateSetDictionary` / `inflateSetDictionary`.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> i32 {
        if !self.live {
            return Z_STREAM_ERROR;
        }
        let len = dict.len().min(c_uint::MAX as usize) as c_uint;
        // SAFETY: the stream is live; `dict` is readable for `len` bytes (zlib copies it).
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
                Kind::Inflate => z::inflateSetDictionary(&mut *self.strm, dict.as_ptr(), len),
            }
        }
    }

    /// `inflateGetDictionary`: the sliding window's contents, or zlib's error code.
    pub fn get_dictionary(&mut self) -> Result<Vec<u8>, i32> {
        if !self.live || self.kind != Kind::Inflate {
            return Err(Z_STREAM_ERROR);
        }
        let mut buf = vec![0u8; 1 << 15];
        let mut len: c_uint = 0;
        // SAFETY: the stream is live; the window is at most 32 KB, which `buf` holds.
        let code = unsafe { inflateGetDictionary(&mut *self.strm, buf.as_mut_ptr(), &mut len) };
        if code != Z_OK {
            return Err(code);
        }
        buf.truncate(len as usize);
        Ok(buf)
    }

    /// `deflateReset` / `inflateReset`.
    pub fn reset(&mut self) -> i32 {
        if !self.live {
            return Z_STREAM_ERROR;
        }
        // SAFETY: the stream is live.
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateReset(&mut *self.strm),
                Kind::Inflate => z::inflateReset(&mut *self.strm),
            }
        }
    }

    /// `deflateParams`.
    pub fn params(&mut self, level: i32, strategy: i32, out: &mut Vec<u8>) -> i32 {
        if !self.live || self.kind != Kind::Deflate {
            return Z_STREAM_ERROR;
        }
        let spare = out.capacity() - out.len();
        // SAFETY: as in `step`: deflateParams may flush output into next_out.
        self.strm.next_out = unsafe { out.as_mut_ptr().add(out.len()) };
        self.strm.avail_out = spare.min(c_uint::MAX as usize) as c_uint;
        let before = self.strm.avail_out;
        // SAFETY: the stream is live; next_out/avail_out describe writable memory.
        let code = unsafe { z::deflateParams(&mut *self.strm, level, strategy) };
        let produced = (before - self.strm.avail_out) as usize;
        // SAFETY: zlib wrote exactly `produced` bytes of the spare capacity.
        unsafe { out.set_len(out.len() + produced) };
        self.strm.next_out = std::ptr::null_mut();
        self.strm.avail_out = 0;
        code
    }

    /// `deflateEnd` / `inflateEnd`: frees zlib's state; the stream cannot be used afterwards.
    pub fn end(&mut self) -> i32 {
        if !self.live {
            return Z_STREAM_ERROR;
        }
        self.live = false;
        // SAFETY: the stream is live and is ended once (`live` is now false).
        unsafe {
            match self.kind {
                Kind::Deflate => z::deflateEnd(&mut *self.strm),
                Kind::Inflate => z::inflateEnd(&mut *self.strm),
            }
        }
    }
}

impl Drop for ZStream {
    fn drop(&mut self) {
        if self.live {
            self.end();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let data = b"hello hello hello hello".repeat(100);
        let mut d = ZStream::deflate(6, 8, 15, 8, 0).unwrap();
        let mut packed = Vec::with_capacity(4096);
        let s = d.step(&data, &mut packed, Z_FINISH);
        assert_eq!(s.code, Z_STREAM_END);
        assert_eq!(d.end(), Z_OK);
        let mut i = ZStream::inflate(15).unwrap();
        let mut out = Vec::with_capacity(data.len() + 10);
        let s = i.step(&packed, &mut out, Z_NO_FLUSH);
        assert_eq!(s.code, Z_STREAM_END);
        assert_eq!(out, data);
    }
}
