//! The file handles of prim_file: NIF resources held by magic references. A handle owns its
//! open file until `close_nif` closes it or the last reference to it is collected (then the
//! descriptor is closed with it, so none leaks).

use std::collections::HashMap;
use std::fs::File;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, Weak};

use vm::bif::BifError;
use vm::term::magic::MagicObject;
use vm::term::Term;

use super::out::Out;

/// The open file behind one or more handles (several when `file_desc_to_ref` adopts the same
/// descriptor number more than once); `None` once closed.
type SharedFile = Arc<Mutex<Option<File>>>;
/// A [`SharedFile`] that does not keep the file open.
type WeakFile = Weak<Mutex<Option<File>>>;

/// An open (or closed) file of prim_file.
pub struct FileHandle {
    file: SharedFile,
    /// The descriptor number this handle adopted, if it came from `file_desc_to_ref`.
    adopted: Option<i32>,
    /// Whether this handle closed the file (others sharing it see `ebadf` instead of `einval`).
    closed_here: AtomicBool,
}

/// Descriptor numbers adopted through `file_desc_to_ref`: the file they share while open, and
/// `None` once Erlang closed one of them (the number is then a closed descriptor, as in erl).
fn adopted() -> &'static Mutex<HashMap<i32, Option<WeakFile>>> {
    static A: OnceLock<Mutex<HashMap<i32, Option<WeakFile>>>> = OnceLock::new();
    A.get_or_init(|| Mutex::new(HashMap::new()))
}

fn lock_file(file: &Mutex<Option<File>>) -> MutexGuard<'_, Option<File>> {
    file.lock().unwrap_or_else(|e| e.into_inner())
}

impl FileHandle {
    /// A handle for `file`, as a magic object with a fresh reference number.
    pub fn object(file: File) -> Arc<MagicObject> {
        FileHandle::shared_object(Arc::new(Mutex::new(Some(file))), None)
    }

    fn shared_object(file: SharedFile, adopted: Option<i32>) -> Arc<MagicObject> {
        MagicObject::new(
            vm::sched::new_ref_id(),
            FileHandle {
                file,
                adopted,
                closed_here: AtomicBool::new(false),
            },
        )
    }

    /// A handle on descriptor number `fd` (`file_desc_to_ref`): handles on the same number
    /// share one file and its offset, and closing any of them closes the number for all, as
    /// erl adopts the descriptor itself. girder works on a duplicate of it, so the number
    /// stays open in the OS, but Erlang code sees it closed (`ebadf`).
    pub fn adopt(fd: i32) -> std::io::Result<Arc<MagicObject>> {
        let ebadf = || std::io::Error::from_raw_os_error(libc_ebadf());
        let mut table = adopted().lock().unwrap_or_else(|e| e.into_inner());
        let shared = match table.get(&fd) {
            Some(None) => return Err(ebadf()),
            Some(Some(w)) => w.upgrade(),
            None => None,
        };
        let shared = match shared {
            Some(s) if lock_file(&s).is_some() => s,
            Some(_) => return Err(ebadf()),
            None => {
                let s = Arc::new(Mutex::new(Some(vm::os::descriptor::duplicate(fd)?)));
                table.insert(fd, Some(Arc::downgrade(&s)));
                s
            }
        };
        Ok(FileHandle::shared_object(shared, Some(fd)))
    }

    fn lock(&self) -> MutexGuard<'_, Option<File>> {
        lock_file(&self.file)
    }

    /// Why an operation on a closed file fails: `einval` on the handle that closed it (as erl
    /// says), `ebadf` on another handle adopting the same descriptor.
    fn closed_error(&self) -> Out {
        if self.closed_here.load(Ordering::Acquire) || self.adopted.is_none() {
            Out::error("einval")
        } else {
            Out::error("ebadf")
        }
    }

    /// Runs `f` on the open file; `{error, einval}` once it is closed, as erl says.
    pub fn with(&self, f: impl FnOnce(&mut File) -> Out) -> Out {
        let mut guard = self.lock();
        match guard.as_mut() {
            Some(file) => f(file),
            None => {
                drop(guard);
                self.closed_error()
            }
        }
    }

    /// Closes the file: `ok`, or `{error, einval}` if it was closed already.
    pub fn close(&self) -> Out {
        let taken = self.lock().take();
        match taken {
            Some(file) => {
                drop(file);
                self.closed_here.store(true, Ordering::Release);
                if let Some(fd) = self.adopted {
                    let mut table = adopted().lock().unwrap_or_else(|e| e.into_inner());
                    table.insert(fd, None);
                }
                Out::OK
            }
            None => self.closed_error(),
        }
    }
}

/// EBADF, the error number of a closed descriptor.
fn libc_ebadf() -> i32 {
    rustix::io::Errno::BADF.raw_os_error()
}

/// The handle object of magic reference `t`, or `badarg`.
pub fn handle_object(t: Term) -> Result<Arc<MagicObject>, BifError> {
    let object = t.magic_object().ok_or(BifError::BADARG)?;
    if object.get::<FileHandle>().is_none() {
        return Err(BifError::BADARG);
    }
    Ok(object)
}

/// Runs `f` on the handle of `object` (checked by [`handle_object`]).
pub fn on_handle(object: &MagicObject, f: impl FnOnce(&FileHandle) -> Out) -> Out {
    match object.get::<FileHandle>() {
        Some(h) => f(h),
        None => Out::error("einval"),
    }
}
