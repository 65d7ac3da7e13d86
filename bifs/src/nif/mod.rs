//! The built-in NIF libraries (prim_file, prim_buffer, zlib, erl_tracer) declared for the
//! `vm::nif` binding table, `erlang:load_nif/2`, and the BIFs that go with these modules.

pub mod file_handle;
pub mod info;
pub mod iovec;
pub mod names;
pub mod out;
pub mod posix;
pub mod prim_buffer;
pub mod prim_file;
pub mod prim_file_fs;
pub mod tracer;
pub mod zlib;

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::nif::Library;
use vm::term::Term;

use out::atom;

/// The built-in libraries, one per module.
static LIBRARIES: &[Library] = &[
    Library {
        module: "prim_file",
        tables: &[prim_file::HANDLE_NIFS, prim_file_fs::NAME_NIFS],
    },
    Library {
        module: "prim_buffer",
        tables: &[prim_buffer::NIFS],
    },
    Library {
        module: "zlib",
        tables: &[zlib::NIFS],
    },
    Library {
        module: "erl_tracer",
        tables: &[tracer::NIFS],
    },
];

/// Registers the built-in NIF libraries with the VM's binding table.
pub fn register_libraries() {
    for lib in LIBRARIES {
        vm::nif::register_library(lib);
    }
}

/// The text of a file name argument of `load_nif/2` (a string or a binary).
fn path_text(t: Term) -> Option<String> {
    if let Some(bytes) = t.binary_bytes() {
        return String::from_utf8(bytes.to_vec()).ok();
    }
    let mut s = String::new();
    let mut l = t;
    while let Some((h, tl)) = l.as_cons() {
        s.push(char::from_u32(u32::try_from(h.as_small()?).ok()?)?);
        l = tl;
    }
    l.is_nil().then_some(s)
}

/// `erlang:load_nif(Path, LoadInfo)`: binds the built-in library of the calling module when
/// `Path` names it (its last component is the module's name), as ERTS finds its statically
/// linked libraries; loading it again is erl's `reload` error. Any other library cannot be
/// loaded yet: `{error, {load_failed, Text}}`, with erl's text when the file is missing.
pub fn load_nif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(path) = path_text(a[0]) else {
        return badarg();
    };
    let name = path.rsplit('/').next().unwrap_or(&path);
    let version = vm::nif::calling_version(p);
    let error = |p: &mut ProcessContext, reason: &str, text: &str| -> BifResult {
        let reason = atom(reason)?;
        let text = p.heap.charlist(text);
        let inner = p.heap.tuple(&[reason, text]);
        let e = atom("error")?;
        Ok(p.heap.tuple(&[e, inner]))
    };
    if let Some(v) = version {
        if vm::nif::is_builtin(v.module) && v.module.text() == name {
            return match vm::nif::load(&v) {
                Ok(()) => atom("ok"),
                Err(e) => error(p, e.reason, &e.text),
            };
        }
    }
    // A library that is not there gets erl's words; one that is there cannot be loaded,
    // which is said as it is rather than as a missing file.
    let file = format!("{path}.so");
    let text = if std::path::Path::new(&file).is_file() {
        format!("Failed to load NIF library: '{file}': girder does not load native NIF libraries")
    } else {
        format!(
            "Failed to load NIF library: '{file}: cannot open shared object file: No such file or directory'"
        )
    };
    error(p, "load_failed", &text)
}
