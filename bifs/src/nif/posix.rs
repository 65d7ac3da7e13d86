//! POSIX error names as erl reports them (`enoent`, `eacces`, ...), and native file names.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use vm::bif::BifError;
use vm::term::Term;

/// Linux `errno` values and the names erl gives them (its `erl_errno_id`).
const NAMES: &[(i32, &str)] = &[
    (1, "eperm"),
    (2, "enoent"),
    (3, "esrch"),
    (4, "eintr"),
    (5, "eio"),
    (6, "enxio"),
    (7, "e2big"),
    (8, "enoexec"),
    (9, "ebadf"),
    (10, "echild"),
    (11, "eagain"),
    (12, "enomem"),
    (13, "eacces"),
    (14, "efault"),
    (15, "enotblk"),
    (16, "ebusy"),
    (17, "eexist"),
    (18, "exdev"),
    (19, "enodev"),
    (20, "enotdir"),
    (21, "eisdir"),
    (22, "einval"),
    (23, "enfile"),
    (24, "emfile"),
    (25, "enotty"),
    (26, "etxtbsy"),
    (27, "efbig"),
    (28, "enospc"),
    (29, "espipe"),
    (30, "erofs"),
    (31, "emlink"),
    (32, "epipe"),
    (33, "edom"),
    (34, "erange"),
    (35, "edeadlk"),
    (36, "enametoolong"),
    (37, "enolck"),
    (38, "enosys"),
    (39, "enotempty"),
    (40, "eloop"),
    (61, "enodata"),
    (75, "eoverflow"),
    (84, "eilseq"),
    (95, "enotsup"),
    (110, "etimedout"),
    (116, "estale"),
    (122, "edquot"),
];

/// erl's name for an I/O error (`unknown` for one it has no name for).
pub fn error_name(e: &std::io::Error) -> &'static str {
    match e.raw_os_error() {
        Some(n) => NAMES
            .iter()
            .find(|&&(code, _)| code == n)
            .map_or("unknown", |&(_, name)| name),
        None => match e.kind() {
            std::io::ErrorKind::NotFound => "enoent",
            std::io::ErrorKind::PermissionDenied => "eacces",
            std::io::ErrorKind::AlreadyExists => "eexist",
            std::io::ErrorKind::InvalidInput => "einval",
            std::io::ErrorKind::Unsupported => "enotsup",
            _ => "eio",
        },
    }
}

/// The path of a native file name: the bytes `prim_file:internal_name2native/1` made, ending
/// in one NUL and holding no other. Anything else is `badarg`, as erl's NIFs say.
pub fn native_path(t: Term) -> Result<std::path::PathBuf, BifError> {
    let bytes = t.binary_bytes().ok_or(BifError::BADARG)?;
    let Some((&0, name)) = bytes.split_last() else {
        return Err(BifError::BADARG);
    };
    if name.contains(&0) {
        return Err(BifError::BADARG);
    }
    Ok(Path::new(OsStr::from_bytes(name)).to_path_buf())
}
