//! prim_file's NIFs on open files: open, read, write, positioned I/O, seek, sync, advise,
//! allocate, truncate, close. Every one may block, so every one runs on the dirty I/O pool
//! (as ERTS marks them); each checks its arguments on the scheduler (`badarg` as erl) and does
//! its system call in the work it hands to the pool.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileExt, OpenOptionsExt};

use vm::bif::BifError;
use vm::nif::{DirtyWork, Finish};
use vm::process::Process;
use vm::term::Term;

use super::file_handle::{handle_object, on_handle, FileHandle};
use super::iovec::IoVec;
use super::out::Out;
use super::posix::native_path;

/// Hands `work` to the dirty pool; its [`Out`] is built on the process when it is done.
pub fn dirty(work: impl FnOnce() -> Out + Send + 'static) -> Result<DirtyWork, BifError> {
    Ok(Box::new(move || {
        let out = work();
        Box::new(move |p: &mut Process, _: &[Term]| out.build(p)) as Finish
    }))
}

/// A non-negative integer argument.
pub fn unsigned(t: Term) -> Result<u64, BifError> {
    t.as_small()
        .and_then(|n| u64::try_from(n).ok())
        .ok_or(BifError::BADARG)
}

/// The bytes of an iolist (or iovec) argument.
pub fn iodata(t: Term) -> Result<Vec<u8>, BifError> {
    let mut w = vm::bits::BitWriter::with_capacity(0);
    crate::binary::flatten_iolist(t, false, &mut w).ok_or(BifError::BADARG)?;
    Ok(w.into_bytes())
}

#[derive(Default)]
struct Modes {
    read: bool,
    write: bool,
    append: bool,
    exclusive: bool,
    sync: bool,
    directory: bool,
}

fn modes(mut list: Term) -> Modes {
    let mut m = Modes::default();
    while let Some((h, t)) = list.as_cons() {
        if let Some(a) = h.as_atom() {
            match a.text() {
                "read" => m.read = true,
                "write" => m.write = true,
                "append" => {
                    m.append = true;
                    m.write = true;
                }
                "exclusive" => m.exclusive = true,
                "sync" => m.sync = true,
                "directory" => m.directory = true,
                _ => {}
            }
        }
        list = t;
    }
    // Like erl's, the mode list ends at its first non-list tail.
    if !m.read && !m.write {
        m.read = true;
    }
    m
}

fn open_file(path: &std::path::Path, m: &Modes) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.read(m.read);
    if m.write {
        o.write(true).create(true);
        if !m.read && !m.append {
            o.truncate(true);
        }
    }
    if m.append {
        o.append(true);
    }
    if m.exclusive {
        o.create_new(true);
    }
    let mut flags = 0;
    if m.sync {
        flags |= rustix::fs::OFlags::SYNC.bits() as i32;
    }
    if m.directory {
        flags |= rustix::fs::OFlags::DIRECTORY.bits() as i32;
    }
    o.custom_flags(flags);
    let file = o.open(path)?;
    if !m.directory && file.metadata()?.is_dir() {
        return Err(std::io::Error::from_raw_os_error(21));
    }
    Ok(file)
}

fn open_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let path = native_path(a[0])?;
    if !(a[1].is_cons() || a[1].is_nil()) {
        return Err(BifError::BADARG);
    }
    let m = modes(a[1]);
    dirty(move || match open_file(&path, &m) {
        Ok(file) => Out::ok(Out::Ref(FileHandle::object(file))),
        Err(e) => Out::io_error(&e),
    })
}

fn file_desc_to_ref_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let fd = a[0].as_small().ok_or(BifError::BADARG)?;
    let fd = i32::try_from(fd).map_err(|_| BifError::BADARG)?;
    dirty(move || match FileHandle::adopt(fd) {
        Ok(object) => Out::ok(Out::Ref(object)),
        Err(e) => Out::io_error(&e),
    })
}

fn close_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    dirty(move || on_handle(&h, |f| f.close()))
}

fn delayed_close_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    dirty(move || {
        let _ = on_handle(&h, |f| f.close());
        Out::OK
    })
}

fn read_up_to(reader: impl Read, size: u64) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(size.min(1 << 24) as usize);
    reader.take(size).read_to_end(&mut buf)?;
    Ok(buf)
}

fn read_result(r: std::io::Result<Vec<u8>>, size: u64) -> Out {
    match r {
        Ok(buf) if buf.is_empty() && size > 0 => Out::Atom("eof"),
        Ok(buf) => Out::ok(Out::Bin(buf)),
        Err(e) => Out::io_error(&e),
    }
}

fn read_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    let size = unsigned(a[1])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| read_result(read_up_to(file, size), size))
        })
    })
}

fn write_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    let bytes = IoVec::from_term(a[1])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| match bytes.write_all_to(file) {
                Ok(()) => Out::OK,
                Err(e) => Out::io_error(&e),
            })
        })
    })
}

/// Writes `bytes` at `off`, piece after piece.
fn write_all_at(file: &File, bytes: &IoVec, mut off: u64) -> std::io::Result<()> {
    for piece in bytes.pieces() {
        file.write_all_at(piece, off)?;
        off += piece.len() as u64;
    }
    Ok(())
}

struct At<'a>(&'a File, u64);

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.0.read_at(buf, self.1)?;
        self.1 += n as u64;
        Ok(n)
    }
}

fn offset(t: Term) -> Result<i64, BifError> {
    t.as_small().ok_or(BifError::BADARG)
}

fn pread_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    let off = offset(a[1])?;
    let size = offset(a[2])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| match (u64::try_from(off), u64::try_from(size)) {
                // Unlike read, a positioned read of nothing is `eof` too.
                (Ok(off), Ok(size)) => match read_up_to(At(file, off), size) {
                    Ok(buf) if buf.is_empty() => Out::Atom("eof"),
                    r => read_result(r, size),
                },
                _ => Out::error("einval"),
            })
        })
    })
}

fn pwrite_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    let off = offset(a[1])?;
    let bytes = IoVec::from_term(a[2])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| match u64::try_from(off) {
                Ok(off) => match write_all_at(file, &bytes, off) {
                    Ok(()) => Out::OK,
                    Err(e) => Out::io_error(&e),
                },
                Err(_) => Out::error("einval"),
            })
        })
    })
}

fn seek_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    let mark = a[1].as_atom().ok_or(BifError::BADARG)?;
    let off = offset(a[2])?;
    let from = match mark.text() {
        "bof" => match u64::try_from(off) {
            Ok(o) => Some(SeekFrom::Start(o)),
            Err(_) => None,
        },
        "cur" => Some(SeekFrom::Current(off)),
        "eof" => Some(SeekFrom::End(off)),
        _ => return Err(BifError::BADARG),
    };
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| match from {
                None => Out::error("einval"),
                Some(from) => match file.seek(from) {
                    Ok(pos) => Out::ok(Out::Int(pos as i64)),
                    Err(e) => Out::io_error(&e),
                },
            })
        })
    })
}

fn sync_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    let data_only = a[1].as_small().ok_or(BifError::BADARG)? != 0;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| {
                let r = if data_only {
                    file.sync_data()
                } else {
                    file.sync_all()
                };
                match r {
                    Ok(()) => Out::OK,
                    Err(e) => Out::io_error(&e),
                }
            })
        })
    })
}

fn advise_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    use rustix::fs::Advice;
    let h = handle_object(a[0])?;
    let off = offset(a[1])?;
    let len = offset(a[2])?;
    let advice = match a[3].as_atom().map(|x| x.text()) {
        Some("normal") => Some(Advice::Normal),
        Some("random") => Some(Advice::Random),
        Some("sequential") => Some(Advice::Sequential),
        Some("will_need") => Some(Advice::WillNeed),
        Some("dont_need") => Some(Advice::DontNeed),
        Some("no_reuse") => Some(Advice::NoReuse),
        _ => None,
    };
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| {
                let (Some(advice), Ok(off), Ok(len)) =
                    (advice, u64::try_from(off), u64::try_from(len))
                else {
                    return Out::error("einval");
                };
                match rustix::fs::fadvise(&*file, off, std::num::NonZeroU64::new(len), advice) {
                    Ok(()) => Out::OK,
                    Err(e) => Out::io_error(&e.into()),
                }
            })
        })
    })
}

fn allocate_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    let off = offset(a[1])?;
    let len = offset(a[2])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| {
                let (Ok(off), Ok(len)) = (u64::try_from(off), u64::try_from(len)) else {
                    return Out::error("einval");
                };
                let flags = rustix::fs::FallocateFlags::empty();
                match rustix::fs::fallocate(&*file, flags, off, len) {
                    Ok(()) => Out::OK,
                    Err(e) => Out::io_error(&e.into()),
                }
            })
        })
    })
}

fn truncate_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| {
                let r = file.stream_position().and_then(|pos| file.set_len(pos));
                match r {
                    Ok(()) => Out::OK,
                    Err(e) => Out::io_error(&e),
                }
            })
        })
    })
}

fn get_handle_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| Out::Bin(file.as_raw_fd().to_ne_bytes().to_vec()))
        })
    })
}

fn read_handle_info_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| match file.metadata() {
                Ok(meta) => super::info::file_info(&meta, super::info::mode_access(&meta)),
                Err(e) => Out::io_error(&e),
            })
        })
    })
}

fn ipread_s32bu_p32bu_nif(_p: &mut Process, a: &[Term]) -> Result<DirtyWork, BifError> {
    let h = handle_object(a[0])?;
    let off = unsigned(a[1])?;
    let max = unsigned(a[2])?;
    dirty(move || {
        on_handle(&h, |f| {
            f.with(|file| {
                let mut head = [0u8; 8];
                match file.read_at(&mut head, off) {
                    Ok(8) => {}
                    // A short header is the end of the file, as a size over the limit is.
                    Ok(_) => return Out::Atom("eof"),
                    Err(e) => return Out::io_error(&e),
                }
                let size = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as u64;
                let ptr = u32::from_be_bytes([head[4], head[5], head[6], head[7]]) as u64;
                if size > max {
                    return Out::Atom("eof");
                }
                match read_up_to(At(file, ptr), size) {
                    Ok(data) if (data.len() as u64) < size => Out::Atom("eof"),
                    Ok(data) => Out::ok(Out::Tuple(vec![
                        Out::Int(size as i64),
                        Out::Int(ptr as i64),
                        Out::Bin(data),
                    ])),
                    Err(e) => Out::io_error(&e),
                }
            })
        })
    })
}

use vm::nif::NifKind::DirtyIo;
use vm::nif::NifSpec;

/// The open-file NIFs of prim_file.
pub const HANDLE_NIFS: &[NifSpec] = &[
    NifSpec {
        function: "open_nif",
        arity: 2,
        kind: DirtyIo(open_nif),
    },
    NifSpec {
        function: "file_desc_to_ref_nif",
        arity: 1,
        kind: DirtyIo(file_desc_to_ref_nif),
    },
    NifSpec {
        function: "close_nif",
        arity: 1,
        kind: DirtyIo(close_nif),
    },
    NifSpec {
        function: "delayed_close_nif",
        arity: 1,
        kind: DirtyIo(delayed_close_nif),
    },
    NifSpec {
        function: "read_nif",
        arity: 2,
        kind: DirtyIo(read_nif),
    },
    NifSpec {
        function: "write_nif",
        arity: 2,
        kind: DirtyIo(write_nif),
    },
    NifSpec {
        function: "pread_nif",
        arity: 3,
        kind: DirtyIo(pread_nif),
    },
    NifSpec {
        function: "pwrite_nif",
        arity: 3,
        kind: DirtyIo(pwrite_nif),
    },
    NifSpec {
        function: "seek_nif",
        arity: 3,
        kind: DirtyIo(seek_nif),
    },
    NifSpec {
        function: "sync_nif",
        arity: 2,
        kind: DirtyIo(sync_nif),
    },
    NifSpec {
        function: "advise_nif",
        arity: 4,
        kind: DirtyIo(advise_nif),
    },
    NifSpec {
        function: "allocate_nif",
        arity: 3,
        kind: DirtyIo(allocate_nif),
    },
    NifSpec {
        function: "truncate_nif",
        arity: 1,
        kind: DirtyIo(truncate_nif),
    },
    NifSpec {
        function: "get_handle_nif",
        arity: 1,
        kind: DirtyIo(get_handle_nif),
    },
    NifSpec {
        function: "read_handle_info_nif",
        arity: 1,
        kind: DirtyIo(read_handle_info_nif),
    },
    NifSpec {
        function: "ipread_s32bu_p32bu_nif",
        arity: 3,
        kind: DirtyIo(ipread_s32bu_p32bu_nif),
    },
];
