//! A byte cursor over one chunk that reports errors with the chunk name and file offset.

use crate::error::{ChunkId, LoadError, LoadErrorKind};

/// Reads big-endian fields from a chunk's data; `base` is the data's offset in the file.
#[derive(Clone)]
pub(crate) struct Cursor<'a> {
    pub(crate) data: &'a [u8],
    pub(crate) pos: usize,
    pub(crate) base: usize,
    pub(crate) chunk: ChunkId,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(data: &'a [u8], base: usize, chunk: ChunkId) -> Self {
        Cursor {
            data,
            pos: 0,
            base,
            chunk,
        }
    }

    /// File offset of the next byte.
    pub(crate) fn offset(&self) -> usize {
        self.base + self.pos
    }

    pub(crate) fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.data.len()
    }

    /// An error at file offset `offset` in this chunk.
    pub(crate) fn error_at(&self, offset: usize, kind: LoadErrorKind) -> LoadError {
        LoadError::new(Some(self.chunk), offset, kind)
    }

    /// An error at the current position.
    pub(crate) fn error(&self, kind: LoadErrorKind) -> LoadError {
        self.error_at(self.offset(), kind)
    }

    #[cold]
    fn truncated(&self, what: &'static str, n: usize) -> LoadError {
        self.error(LoadErrorKind::Truncated {
            what,
            needed: n - self.remaining(),
        })
    }

    #[inline]
    pub(crate) fn bytes(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], LoadError> {
        if self.remaining() < n {
            return Err(self.truncated(what, n));
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    #[inline]
    pub(crate) fn u8(&mut self, what: &'static str) -> Result<u8, LoadError> {
        match self.data.get(self.pos) {
            Some(&b) => {
                self.pos += 1;
                Ok(b)
            }
            None => Err(self.truncated(what, 1)),
        }
    }

    pub(crate) fn u16(&mut self, what: &'static str) -> Result<u16, LoadError> {
        let b = self.bytes(2, what)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    pub(crate) fn u32(&mut self, what: &'static str) -> Result<u32, LoadError> {
        let b = self.bytes(4, what)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    pub(crate) fn i64(&mut self, what: &'static str) -> Result<i64, LoadError> {
        let b = self.bytes(8, what)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(i64::from_be_bytes(a))
    }

    /// Reads a 32-bit count of items that each take at least `min_size` bytes, and checks that
    /// they can fit in the remaining data (so the count is safe to allocate for).
    pub(crate) fn count(
        &mut self,
        min_size: usize,
        what: &'static str,
    ) -> Result<usize, LoadError> {
        let at = self.offset();
        let raw = self.u32(what)? as i32;
        if raw < 0 || (raw as usize).saturating_mul(min_size) > self.remaining() {
            return Err(self.error_at(
                at,
                LoadErrorKind::BadCount {
                    what,
                    count: raw as i64,
                },
            ));
        }
        Ok(raw as usize)
    }
}
