//! Descriptors named by number from Erlang (`prim_file:file_desc_to_ref/2`, as
//! `application_controller` reads a `-configfd` pipe).

use std::fs::File;
use std::os::fd::FromRawFd;

/// A new descriptor for the open file behind descriptor number `fd`, owned by the returned
/// `File` (close-on-exec, sharing the file offset with `fd`). `EBADF` when `fd` is not open.
pub fn duplicate(fd: i32) -> std::io::Result<File> {
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(libc::EBADF));
    }
    // SAFETY: `fcntl(F_DUPFD_CLOEXEC)` reads no memory of ours; on a number that is not an open
    // descriptor it fails with EBADF and creates nothing.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `new` was just created by the call above and nothing else owns it, so the
    // `File` is its only owner and closes it exactly once.
    Ok(unsafe { File::from_raw_fd(new) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Seek, SeekFrom, Write};
    use std::os::fd::AsRawFd;

    #[test]
    fn a_duplicate_shares_the_offset_and_bad_numbers_are_ebadf() {
        let mut original = tempfile_in_target();
        original.write_all(b"hello world").unwrap();
        original.seek(SeekFrom::Start(6)).unwrap();
        let mut copy = duplicate(original.as_raw_fd()).unwrap();
        let mut s = String::new();
        copy.read_to_string(&mut s).unwrap();
        assert_eq!(s, "world");
        assert_eq!(duplicate(-1).unwrap_err().raw_os_error(), Some(libc::EBADF));
        assert_eq!(
            duplicate(1 << 20).unwrap_err().raw_os_error(),
            Some(libc::EBADF)
        );
    }

    fn tempfile_in_target() -> File {
        let path = std::env::temp_dir().join(format!("girder-dup-{}", std::process::id()));
        let f = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .unwrap();
        let _ = std::fs::remove_file(&path);
        f
    }
}
