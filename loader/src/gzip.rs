//! gzip-compressed `.beam` files (`erlc +compressed`): erl loads them as if they were the plain
//! file they hold, and so does girder.

use std::borrow::Cow;
use std::io::Read;

use crate::{LoadError, LoadErrorKind};

/// The largest `.beam` file a compressed one may unpack to (OTP's largest is under 2 MB).
pub const MAX_UNPACKED_BYTES: u64 = 256 << 20;

/// Reads a `.beam` file of at most [`MAX_UNPACKED_BYTES`] bytes (a larger one, or a device
/// such as `/dev/zero`, is refused after reading that much rather than exhausting memory).
pub fn read_file(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_UNPACKED_BYTES + 1)
        .read_to_end(&mut out)?;
    if out.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("larger than {MAX_UNPACKED_BYTES} bytes"),
        ));
    }
    Ok(out)
}

/// Whether `file` starts with the gzip magic bytes.
pub fn is_gzip(file: &[u8]) -> bool {
    file.starts_with(&[0x1f, 0x8b])
}

/// The plain `.beam` bytes of `file`: itself, or what its gzip stream holds. The stream is
/// inflated incrementally and stops at [`MAX_UNPACKED_BYTES`].
pub fn unpack(file: &[u8]) -> Result<Cow<'_, [u8]>, LoadError> {
    if !is_gzip(file) {
        return Ok(Cow::Borrowed(file));
    }
    let mut out = Vec::new();
    let mut stream = flate2::read::GzDecoder::new(file).take(MAX_UNPACKED_BYTES + 1);
    if let Err(e) = stream.read_to_end(&mut out) {
        return Err(LoadError::new(
            None,
            0,
            LoadErrorKind::Gzip(format!("bad gzip stream: {e}")),
        ));
    }
    if out.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(LoadError::new(
            None,
            0,
            LoadErrorKind::Gzip(format!("unpacks to more than {MAX_UNPACKED_BYTES} bytes")),
        ));
    }
    Ok(Cow::Owned(out))
}
