//! prim_file's NIFs on names: read_file, read_info, list_dir, links, rename, directories,
//! deletion, the working directory, permissions, owners and times. Dirty I/O like the others.

use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use vm::bif::BifError;
use vm::nif::NifKind::DirtyIo;
use vm::nif::{DirtyWork, NifSpec};
use vm::process::Process;
use vm::term::Term;

use super::info::{file_info, path_access};
use super::out::Out;
use super::posix::native_path;
use super::prim_file::dirty;

fn unit(r: std::io::Result<()>) -> Out {
    match r {
        Ok(()) => Out::OK,
        Err(e) => Out::io_error(&e),
    }
}

fn read_file_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    dirty(move || match std::fs::read(&path) {
        Ok(bytes) => Out::ok(Out::Bin(bytes)),
        Err(e) => Out::io_error(&e),
    })
}

fn read_info_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    let follow = a[1].as_small().ok_or(BifError::BADARG)? != 0;
    dirty(move || {
        let meta = if follow {
            std::fs::metadata(&path)
        } else {
            std::fs::symlink_metadata(&path)
        };
        match meta {
            Ok(meta) => file_info(&meta, path_access(&path)),
            Err(e) => Out::io_error(&e),
        }
    })
}

fn list_dir_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    dirty(move || {
        let entries = match std::fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(e) => return Out::io_error(&e),
        };
        let mut names = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => names.push(Out::Bin(entry.file_name().as_bytes().to_vec())),
                Err(e) => return Out::io_error(&e),
            }
        }
        // erl's NIF conses each name in front as it reads them; prim_file reverses the list.
        names.reverse();
        Out::ok(Out::List(names))
    })
}

fn read_link_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    dirty(move || match std::fs::read_link(&path) {
        Ok(target) => Out::ok(Out::Bin(target.as_os_str().as_bytes().to_vec())),
        Err(e) => Out::io_error(&e),
    })
}

fn two_paths(a: &[Term]) -> Result<(PathBuf, PathBuf), BifError> {
    Ok((native_path(a[0])?, native_path(a[1])?))
}

fn make_hard_link_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let (existing, new) = two_paths(a)?;
    dirty(move || unit(std::fs::hard_link(&existing, &new)))
}

fn make_soft_link_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let (existing, new) = two_paths(a)?;
    dirty(move || unit(std::os::unix::fs::symlink(&existing, &new)))
}

fn rename_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let (from, to) = two_paths(a)?;
    dirty(move || unit(std::fs::rename(&from, &to)))
}

fn make_dir_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    dirty(move || unit(std::fs::create_dir(&path)))
}

fn del_file_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    dirty(move || match std::fs::remove_file(&path) {
        // erl reports unlinking a directory as `eperm`.
        Err(e) if e.raw_os_error() == Some(21) => Out::error("eperm"),
        r => unit(r),
    })
}

fn del_dir_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    dirty(move || match std::fs::remove_dir(&path) {
        // erl reports a directory that is not empty as `eexist`.
        Err(e) if e.raw_os_error() == Some(39) => Out::error("eexist"),
        r => unit(r),
    })
}

fn get_device_cwd_nif(_p: &mut Process, _a: &[Term]) -> Result<DirtyWork, BifError> {
    dirty(|| Out::error("enotsup"))
}

fn altname_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    native_path(a[0])?;
    dirty(|| Out::error("enotsup"))
}

fn get_cwd_nif(_p: &mut Process, _a: &[Term]) -> Result<DirtyWork, BifError> {
    dirty(|| match std::env::current_dir() {
        Ok(dir) => Out::ok(Out::Bin(dir.as_os_str().as_bytes().to_vec())),
        Err(e) => Out::io_error(&e),
    })
}

fn set_cwd_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    dirty(move || unit(std::env::set_current_dir(&path)))
}

fn int(t: Term) -> Result<i64, BifError> {
    t.as_small().ok_or(BifError::BADARG)
}

fn set_owner_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    let (uid, gid) = (int(a[1])?, int(a[2])?);
    let id = |n: i64| u32::try_from(n).ok();
    dirty(move || unit(std::os::unix::fs::chown(&path, id(uid), id(gid))))
}

fn set_permissions_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    use std::os::unix::fs::PermissionsExt;
    let path = native_path(a[0])?;
    let mode = int(a[1])?;
    dirty(move || {
        // erl keeps the permission, set-user-ID and set-group-ID bits (not the sticky bit).
        let perms = std::fs::Permissions::from_mode((mode as u32) & 0o6777);
        unit(std::fs::set_permissions(&path, perms))
    })
}

fn set_time_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    use rustix::fs::{AtFlags, Timespec, Timestamps, CWD};
    let path = native_path(a[0])?;
    let (atime, mtime) = (int(a[1])?, int(a[2])?);
    let _ctime = int(a[3])?;
    dirty(move || {
        let at = |s: i64| Timespec {
            tv_sec: s,
            tv_nsec: 0,
        };
        let times = Timestamps {
            last_access: at(atime),
            last_modification: at(mtime),
        };
        match rustix::fs::utimensat(CWD, &path, &times, AtFlags::empty()) {
            Ok(()) => Out::OK,
            Err(e) => Out::io_error(&e.into()),
        }
    })
}

/// The name NIFs of prim_file.
pub const NAME_NIFS: &[NifSpec] = &[
    NifSpec {
        function: "read_file_nif",
        arity: 1,
        kind: DirtyIo(read_file_nif),
    },
    NifSpec {
        function: "read_info_nif",
        arity: 2,
        kind: DirtyIo(read_info_nif),
    },
    NifSpec {
        function: "list_dir_nif",
        arity: 1,
        kind: DirtyIo(list_dir_nif),
    },
    NifSpec {
        function: "read_link_nif",
        arity: 1,
        kind: DirtyIo(read_link_nif),
    },
    NifSpec {
        function: "make_hard_link_nif",
        arity: 2,
        kind: DirtyIo(make_hard_link_nif),
    },
    NifSpec {
        function: "make_soft_link_nif",
        arity: 2,
        kind: DirtyIo(make_soft_link_nif),
    },
    NifSpec {
        function: "rename_nif",
        arity: 2,
        kind: DirtyIo(rename_nif),
    },
    NifSpec {
        function: "make_dir_nif",
        arity: 1,
        kind: DirtyIo(make_dir_nif),
    },
    NifSpec {
        function: "del_file_nif",
        arity: 1,
        kind: DirtyIo(del_file_nif),
    },
    NifSpec {
        function: "del_dir_nif",
        arity: 1,
        kind: DirtyIo(del_dir_nif),
    },
    NifSpec {
        function: "get_device_cwd_nif",
        arity: 1,
        kind: DirtyIo(get_device_cwd_nif),
    },
    NifSpec {
        function: "get_cwd_nif",
        arity: 0,
        kind: DirtyIo(get_cwd_nif),
    },
    NifSpec {
        function: "set_cwd_nif",
        arity: 1,
        kind: DirtyIo(set_cwd_nif),
    },
    NifSpec {
        function: "altname_nif",
        arity: 1,
        kind: DirtyIo(altname_nif),
    },
    NifSpec {
        function: "set_owner_nif",
        arity: 3,
        kind: DirtyIo(set_owner_nif),
    },
    NifSpec {
        function: "set_permissions_nif",
        arity: 2,
        kind: DirtyIo(set_permissions_nif),
    },
    NifSpec {
        function: "set_time_nif",
        arity: 4,
        kind: DirtyIo(set_time_nif),
    },
];
