//! The file handles of prim_file: NIF resources held by magic references. A handle owns its
//! open file until `close_nif` closes it or the last reference to it is collected (then the
//! descriptor is closed with it, so none leaks).

use std::fs::File;
use std::sync::{Arc, Mutex, MutexGuard};

use vm::bif::BifError;
use vm::term::magic::MagicObject;
use vm::term::Term;

use super::out::Out;

/// An open (or closed) file of prim_file.
pub struct FileHandle {
    file: Mutex<Option<File>>,
}

impl FileHandle {
    /// A handle for `file`, as a magic object with a fresh reference number.
    pub fn object(file: File) -> Arc<MagicObject> {
        MagicObject::new(
            vm::sched::new_ref_id(),
            FileHandle {
                file: Mutex::new(Some(file)),
            },
        )
    }

    fn lock(&self) -> MutexGuard<'_, Option<File>> {
        self.file.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the open file; `{error, einval}` once it is closed, as erl says.
    pub fn with(&self, f: impl FnOnce(&mut File) -> Out) -> Out {
        match self.lock().as_mut() {
            Some(file) => f(file),
            None => Out::error("einval"),
        }
    }

    /// Closes the file: `ok`, or `{error, einval}` if it was closed already.
    pub fn close(&self) -> Out {
        match self.lock().take() {
            Some(file) => {
                drop(file);
                Out::OK
            }
            None => Out::error("einval"),
        }
    }
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
