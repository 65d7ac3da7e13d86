//! Built-in NIF modules: Rust functions that replace the `nif_start`-marked stub functions of a
//! loaded module (prim_file, prim_buffer, zlib, ...), as ERTS's statically linked NIF libraries
//! do.
//!
//! One table declares them: the `bifs` crate registers each built-in library ([`Library`]: a
//! module name and its [`NifSpec`]s) at startup. The loader turns OTP's `nif_start` instruction
//! into [`crate::instr::Instr::NifStart`], which stays a no-op (the stub body then raises what
//! it raises) until the function is *bound*. [`bind`] binds every function of a library to the
//! marked functions of one module version; `erlang:load_nif/2` calls it, and so does the loader
//! right after installing a version of a built-in module. A bound `NifStart` calls the Rust
//! function with the stub's arguments and returns its result, as the NIF would.
//!
//! A NIF that may block (file I/O) is declared [`NifKind::DirtyIo`]: it runs on the dirty I/O
//! thread pool ([`dirty`]) while its process waits, so a scheduler never blocks.

pub mod dirty;

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use crate::atom::Atom;
use crate::bif::{BifEntry, BifError, BifFn, BifResult};
use crate::code::ModuleVersion;
use crate::instr::Instr;
use crate::process::Process;
use crate::sched::sync;
use crate::term::Term;

pub use dirty::{DirtyFn, DirtyWork, Finish};

/// How a NIF runs.
#[derive(Clone, Copy)]
pub enum NifKind {
    /// On the calling process's scheduler, like a BIF.
    Normal(BifFn),
    /// On the dirty I/O pool: the function checks its arguments on the scheduler and returns
    /// the work to do off it (see [`dirty`]).
    DirtyIo(DirtyFn),
}

/// One function of a built-in NIF library.
#[derive(Clone, Copy)]
pub struct NifSpec {
    /// Function name of the stub it replaces.
    pub function: &'static str,
    /// Its arity.
    pub arity: u8,
    /// The implementation.
    pub kind: NifKind,
}

/// A built-in NIF library: the module whose stubs it replaces and its functions (in one or
/// more tables). Its name for `erlang:load_nif/2` is the module name (the last component of
/// the path given).
pub struct Library {
    /// The module.
    pub module: &'static str,
    /// Its functions.
    pub tables: &'static [&'static [NifSpec]],
}

impl Library {
    fn nifs(&self) -> impl Iterator<Item = &'static NifSpec> {
        self.tables.iter().flat_map(|t| t.iter())
    }
}

/// A registered NIF: what stack traces show (`entry`; its `func` is the normal implementation,
/// or a placeholder for dirty ones) and how it runs.
pub struct Nif {
    /// Module, function and arity (and the implementation of a normal NIF).
    pub entry: BifEntry,
    /// The dirty implementation, if the NIF runs on the dirty I/O pool.
    pub dirty: Option<DirtyFn>,
}

struct Registry {
    libraries: HashMap<Atom, &'static Library>,
    /// NIFs by index; bindings refer to these indexes.
    nifs: Vec<&'static Nif>,
    /// Index of each registered `(module, function, arity)`.
    index: HashMap<(Atom, Atom, u32), u32>,
    /// Bound NIF of `(version, function index)`.
    bound: HashMap<(u32, u32), u32>,
    /// Versions whose library `erlang:load_nif/2` has loaded.
    loaded: std::collections::HashSet<u32>,
}

fn registry() -> &'static RwLock<Registry> {
    static R: LazyLock<RwLock<Registry>> = LazyLock::new(|| {
        RwLock::new(Registry {
            libraries: HashMap::new(),
            nifs: Vec::new(),
            index: HashMap::new(),
            bound: HashMap::new(),
            loaded: std::collections::HashSet::new(),
        })
    });
    &R
}

fn dirty_placeholder(_p: &mut Process, _a: &[Term]) -> BifResult {
    Err(BifError::BADARG)
}

/// Registers a built-in library. Registering a module twice keeps the first registration.
pub fn register_library(lib: &'static Library) {
    let Ok(module) = Atom::intern(lib.module) else {
        return;
    };
    let mut r = sync::write(registry());
    if r.libraries.contains_key(&module) {
        return;
    }
    r.libraries.insert(module, lib);
    for spec in lib.nifs() {
        let Ok(function) = Atom::intern(spec.function) else {
            continue;
        };
        let (func, dirty) = match spec.kind {
            NifKind::Normal(f) => (f, None),
            NifKind::DirtyIo(d) => (dirty_placeholder as BifFn, Some(d)),
        };
        let nif: &'static Nif = Box::leak(Box::new(Nif {
            entry: BifEntry {
                module,
                function,
                arity: spec.arity,
                func,
            },
            dirty,
        }));
        let i = r.nifs.len() as u32;
        r.nifs.push(nif);
        r.index.insert((module, function, spec.arity as u32), i);
    }
}

/// Whether `module` has a built-in NIF library.
pub fn is_builtin(module: Atom) -> bool {
    sync::read(registry()).libraries.contains_key(&module)
}

/// Why [`bind`] failed: erl's `load_nif` error reason and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindError {
    /// The reason atom's text (`load_failed`, `bad_lib`).
    pub reason: &'static str,
    /// The explanation.
    pub text: String,
}

/// Binds every function of the built-in library of `version`'s module to the `nif_start`
/// stubs of that version. Binding again is harmless.
pub fn bind(version: &ModuleVersion) -> Result<(), BindError> {
    let module = version.module;
    let mut r = sync::write(registry());
    let Some(lib) = r.libraries.get(&module).copied() else {
        return Err(BindError {
            reason: "load_failed",
            text: format!("no built-in NIF library for module {}", module.text()),
        });
    };
    let mut pending = Vec::new();
    for spec in lib.nifs() {
        let marked = version.functions.iter().position(|f| {
            f.name.text() == spec.function
                && f.arity == spec.arity as u32
                && matches!(
                    version.code.get(f.entry as usize),
                    Some(Instr::NifStart { .. })
                )
        });
        let exists = version
            .functions
            .iter()
            .any(|f| f.name.text() == spec.function && f.arity == spec.arity as u32);
        match marked {
            Some(fi) => {
                let key = (
                    module,
                    Atom::intern(spec.function).map_err(|_| BindError {
                        reason: "bad_lib",
                        text: String::from("bad function name"),
                    })?,
                    spec.arity as u32,
                );
                if let Some(&ni) = r.index.get(&key) {
                    pending.push(((version.id, fi as u32), ni));
                }
            }
            None if exists => {
                return Err(BindError {
                    reason: "bad_lib",
                    text: format!(
                        "Function not declared as NIF {}:{}/{}",
                        module.text(),
                        spec.function,
                        spec.arity
                    ),
                })
            }
            None => {
                return Err(BindError {
                    reason: "bad_lib",
                    text: format!(
                        "Function not found {}:{}/{}",
                        module.text(),
                        spec.function,
                        spec.arity
                    ),
                })
            }
        }
    }
    for (key, ni) in pending {
        r.bound.insert(key, ni);
    }
    Ok(())
}

/// `erlang:load_nif/2` of the built-in library of `version`'s module: binds it the first time
/// (see [`bind`]); a second load of the same version is erl's `reload` error.
pub fn load(version: &ModuleVersion) -> Result<(), BindError> {
    if sync::read(registry()).loaded.contains(&version.id) {
        return Err(BindError {
            reason: "reload",
            text: String::from("NIF library already loaded (reload disallowed since OTP 20)."),
        });
    }
    bind(version)?;
    sync::write(registry()).loaded.insert(version.id);
    Ok(())
}

/// The NIF bound to function `function` of version `version`, if any.
#[inline]
pub fn bound(version: u32, function: u32) -> Option<&'static Nif> {
    let r = sync::read(registry());
    let &i = r.bound.get(&(version, function))?;
    r.nifs.get(i as usize).copied()
}

/// The registered NIF `module:function/arity` (for tests and diagnostics).
pub fn lookup(module: Atom, function: Atom, arity: u32) -> Option<&'static Nif> {
    let r = sync::read(registry());
    let &i = r.index.get(&(module, function, arity))?;
    r.nifs.get(i as usize).copied()
}

/// The version that called the BIF running in `p` (from its call site), for `load_nif/2`.
pub fn calling_version(p: &Process) -> Option<std::sync::Arc<ModuleVersion>> {
    if p.bif_site == crate::code::NO_CP {
        return None;
    }
    let (v, _) = crate::code::decode_cp(p.bif_site);
    crate::code::version(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::FunctionInfo;

    fn answer(_p: &mut Process, _a: &[Term]) -> BifResult {
        Ok(Term::NIL)
    }

    static NIFS: &[NifSpec] = &[NifSpec {
        function: "f",
        arity: 1,
        kind: NifKind::Normal(answer),
    }];
    static LIB: Library = Library {
        module: "nif_unit_test_module",
        tables: &[NIFS],
    };

    /// A version of the test module with one function `name/1`, marked `nif_start` or not.
    fn version(id: u32, name: &str, marked: bool) -> ModuleVersion {
        let module = Atom::intern("nif_unit_test_module").unwrap();
        let second = if marked {
            Instr::NifStart { function: 0 }
        } else {
            Instr::Return {}
        };
        ModuleVersion::synthetic(
            id,
            module,
            vec![Instr::FuncInfo { function: 0 }, second],
            vec![FunctionInfo {
                name: Atom::intern(name).unwrap(),
                arity: 1,
                start: 0,
                entry: 1,
            }],
        )
    }

    #[test]
    fn binds_marked_functions_and_explains_the_rest() {
        register_library(&LIB);
        let module = Atom::intern("nif_unit_test_module").unwrap();
        assert!(is_builtin(module));
        let id = u32::MAX - 7;
        assert!(bound(id, 0).is_none());
        bind(&version(id, "f", true)).unwrap();
        let nif = bound(id, 0).expect("bound");
        assert_eq!(nif.entry.function.text(), "f");
        assert!(nif.dirty.is_none());

        let e = bind(&version(u32::MAX - 8, "f", false)).unwrap_err();
        assert_eq!(e.reason, "bad_lib");
        assert!(
            e.text.starts_with("Function not declared as NIF"),
            "{}",
            e.text
        );
        let e = bind(&version(u32::MAX - 9, "g", true)).unwrap_err();
        assert!(e.text.starts_with("Function not found"), "{}", e.text);
        assert!(bound(u32::MAX - 9, 0).is_none());

        // load_nif: the first load binds (again), a second is a reload.
        let v = version(u32::MAX - 10, "f", true);
        load(&v).unwrap();
        assert_eq!(load(&v).unwrap_err().reason, "reload");
    }
}
