//! `#file_info{}` records as prim_file's NIFs return them (times as POSIX seconds; prim_file's
//! Erlang code converts them to local or universal time).

use std::fs::Metadata;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::Path;

use super::out::Out;

/// Read access bit of the record's `access` field.
const READ: u8 = 1;
/// Write access bit.
const WRITE: u8 = 2;

/// The access of `path` for this process, as `access(2)` answers (what erl reports for a name).
pub fn path_access(path: &Path) -> u8 {
    use rustix::fs::Access;
    let mut a = 0;
    if rustix::fs::access(path, Access::READ_OK).is_ok() {
        a |= READ;
    }
    if rustix::fs::access(path, Access::WRITE_OK).is_ok() {
        a |= WRITE;
    }
    a
}

/// The access the mode bits give the owner (what erl reports for an open file).
pub fn mode_access(meta: &Metadata) -> u8 {
    let mut a = 0;
    if meta.mode() & 0o400 != 0 {
        a |= READ;
    }
    if meta.mode() & 0o200 != 0 {
        a |= WRITE;
    }
    a
}

fn type_name(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_block_device() || t.is_char_device() {
        "device"
    } else if t.is_dir() {
        "directory"
    } else if t.is_file() {
        "regular"
    } else if t.is_symlink() {
        "symlink"
    } else {
        "other"
    }
}

/// The record `{file_info, Size, Type, Access, Atime, Mtime, Ctime, Mode, Links,
/// MajorDevice, MinorDevice, Inode, Uid, Gid}`.
pub fn file_info(meta: &Metadata, access: u8) -> Out {
    let access = match access {
        READ => "read",
        WRITE => "write",
        3 => "read_write",
        _ => "none",
    };
    Out::Tuple(vec![
        Out::Atom("file_info"),
        Out::Int(meta.size() as i64),
        Out::Atom(type_name(meta)),
        Out::Atom(access),
        Out::Int(meta.atime()),
        Out::Int(meta.mtime()),
        Out::Int(meta.ctime()),
        Out::Int(meta.mode() as i64),
        Out::Int(meta.nlink() as i64),
        Out::Int(meta.dev() as i64),
        Out::Int(meta.rdev() as i64),
        Out::Int(meta.ino() as i64),
        Out::Int(meta.uid() as i64),
        Out::Int(meta.gid() as i64),
    ])
}
