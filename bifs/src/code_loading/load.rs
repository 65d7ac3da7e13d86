//! Loading: `prepare_loading/2` turns a `.beam` binary into prepared code (a magic reference),
//! `finish_loading/1` makes a list of prepared modules current all at once or not at all, and
//! `load_module/2` does both. A module with an `-on_load` function is held back until
//! `call_on_load_function/1` has run it and `finish_after_on_load/2` decides its fate.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::code::{self, lifecycle, InstallError};
use vm::heap::TermAlloc;
use vm::term::magic::{make_magic_ref, MagicObject};
use vm::term::Term;

/// The object behind a prepared-code reference.
struct PreparedCode {
    /// The module the code defines.
    module: Atom,
    /// The built version, not yet reachable by name.
    version: u32,
    /// Whether the module has an `-on_load` function.
    on_load: bool,
    /// Set once `finish_loading/1` has used the code (a reference is good for one load).
    used: AtomicBool,
}

impl Drop for PreparedCode {
    /// Prepared code nobody can load any more (its last reference is gone) is freed, unless
    /// it was loaded.
    fn drop(&mut self) {
        lifecycle::discard_prepared(self.module, self.version);
    }
}

fn atom_named(name: &str) -> Result<Term, BifError> {
    Atom::intern(name)
        .map(Term::atom)
        .map_err(|_| BifError::BADARG)
}

/// `{error, Reason}`.
fn error_tuple(p: &mut ProcessContext, reason: &str) -> BifResult {
    let reason = atom_named(reason)?;
    Ok(p.heap.tuple(&[Term::atom(atom::ERROR), reason]))
}

/// Prepares `bytes` as code of `module`: the version, or why it is not loadable (logged with
/// chunk and offset under `tracing`).
fn prepare(module: Atom, bytes: &[u8]) -> Result<std::sync::Arc<code::ModuleVersion>, ()> {
    let prepared = loader::prepare(bytes).map_err(|e| {
        tracing::debug!(
            module = module.text(),
            chunk = %e.chunk_name(),
            offset = e.offset,
            "prepare_loading: badfile: {e}"
        );
    })?;
    if prepared.module() != module.text() {
        tracing::debug!(
            module = module.text(),
            "prepare_loading: badfile: the code defines module {}",
            prepared.module()
        );
        return Err(());
    }
    let md5 = loader::specialize::module_md5(bytes).ok();
    loader::specialize::build_detached(&prepared, md5).map_err(|e| {
        tracing::debug!(module = module.text(), "prepare_loading: badfile: {e}");
    })
}

/// `erlang:prepare_loading/2` and `erts_internal:prepare_loading/2`.
pub fn prepare_loading(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(module) = a[0].as_atom() else {
        return badarg();
    };
    let Some(bytes) = a[1]
        .as_bitstring()
        .filter(|b| b.is_binary())
        .map(|b| b.to_vec())
    else {
        return badarg();
    };
    match prepare(module, &bytes) {
        Ok(v) => {
            let object = MagicObject::new(
                vm::sched::new_ref_id(),
                PreparedCode {
                    module,
                    version: v.id,
                    on_load: v.on_load.is_some(),
                    used: AtomicBool::new(false),
                },
            );
            Ok(make_magic_ref(&mut p.heap, object))
        }
        Err(()) => error_tuple(p, "badfile"),
    }
}

/// The prepared code a term refers to, if it is a prepared-code reference.
fn prepared_code(t: Term) -> Option<Arc<MagicObject>> {
    let object = t.magic_object()?;
    object.get::<PreparedCode>()?;
    Some(object)
}

/// `erlang:has_prepared_code_on_load/1`.
pub fn has_prepared_code_on_load(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let object = prepared_code(a[0]).ok_or(BifError::BADARG)?;
    let code = object.get::<PreparedCode>().ok_or(BifError::BADARG)?;
    Ok(Term::boolean(code.on_load))
}

/// `{Reason, Modules}` for `finish_loading/1`.
fn exception_list(p: &mut ProcessContext, reason: &str, modules: &[Atom]) -> BifResult {
    let reason = atom_named(reason)?;
    let items: Vec<Term> = modules.iter().map(|&m| Term::atom(m)).collect();
    let list = p.heap.list(&items);
    Ok(p.heap.tuple(&[reason, list]))
}

/// `erlang:finish_loading/1`: all the prepared modules become current, or none does.
pub fn finish_loading(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let mut objects = Vec::new();
    let mut cell = a[0];
    while let Some((h, tail)) = cell.as_cons() {
        objects.push(prepared_code(h).ok_or(BifError::BADARG)?);
        cell = tail;
    }
    if !cell.is_nil() {
        return badarg();
    }
    let codes: Vec<&PreparedCode> = objects
        .iter()
        .filter_map(|o| o.get::<PreparedCode>())
        .collect();
    if codes.iter().any(|c| c.used.load(Ordering::Acquire)) {
        return badarg();
    }
    // Modules with on_load functions load one at a time.
    if codes.len() > 1 && codes.iter().any(|c| c.on_load) {
        return Err(BifError::error(Term::atom(atom::SYSTEM_LIMIT)));
    }
    let mut duplicated: Vec<Atom> = Vec::new();
    for (i, c) in codes.iter().enumerate() {
        if codes[..i].iter().any(|d| d.module == c.module) && !duplicated.contains(&c.module) {
            duplicated.push(c.module);
        }
    }
    if !duplicated.is_empty() {
        return exception_list(p, "duplicated", &duplicated);
    }
    let not_purged: Vec<Atom> = codes
        .iter()
        .filter(|c| {
            let slot = code::module_slot(c.module);
            slot.current.is_some() && slot.old.is_some()
        })
        .map(|c| c.module)
        .collect();
    if !not_purged.is_empty() {
        return exception_list(p, "not_purged", &not_purged);
    }
    let mut on_load = Vec::new();
    for c in &codes {
        if c.used.swap(true, Ordering::AcqRel) {
            return badarg();
        }
        let done = if c.on_load {
            on_load.push(c.module);
            lifecycle::hold_for_on_load(c.module, c.version)
        } else {
            code::commit(c.module, c.version)
        };
        match done {
            Ok(()) => {}
            Err(InstallError::NotPurged) => {
                return exception_list(p, "not_purged", &[c.module]);
            }
            Err(_) => return Err(BifError::error(Term::atom(atom::SYSTEM_LIMIT))),
        }
    }
    if on_load.is_empty() {
        Ok(Term::atom(atom::OK))
    } else {
        exception_list(p, "on_load", &on_load)
    }
}

/// `erlang:load_module/2`: `{module, Module}` or `{error, Reason}`.
pub fn load_module(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let prepared = prepare_loading(p, a)?;
    if !prepared.is_magic_ref() {
        return Ok(prepared);
    }
    let list = p.heap.list(&[prepared]);
    let result = finish_loading(p, &[list])?;
    if result == Term::atom(atom::OK) {
        return Ok(p.heap.tuple(&[Term::atom(atom::MODULE), a[0]]));
    }
    // {Reason, [Module]} -> {error, Reason}
    let reason = result
        .tuple_elements()
        .and_then(|e| e.first().copied())
        .ok_or(BifError::BADARG)?;
    Ok(p.heap.tuple(&[Term::atom(atom::ERROR), reason]))
}

/// `erlang:call_on_load_function/1`: runs the pending on_load function of the module in the
/// calling process and returns what it returns.
pub fn call_on_load_function(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(module) = a[0].as_atom() else {
        return badarg();
    };
    let Some(id) = code::module_slot(module).on_load else {
        return badarg();
    };
    if code::version(id).and_then(|v| v.on_load).is_none() {
        return badarg();
    }
    Err(BifError::TrapApply {
        module: Term::atom(lifecycle::on_load_module()),
        function: Term::atom(module),
        args: Term::NIL,
    })
}

/// `erlang:finish_after_on_load/2`: with `true` the module's held code becomes current; with
/// `false` it stays held until purged.
pub fn finish_after_on_load(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(module), true) = (a[0].as_atom(), a[1].is_boolean()) else {
        return badarg();
    };
    if lifecycle::finish_on_load(module, a[1] == Term::TRUE) {
        Ok(Term::TRUE)
    } else {
        badarg()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real module of the installed OTP, if there is one.
    fn otp_beam(name: &str) -> Option<Vec<u8>> {
        let lib = std::fs::read_dir("/usr/lib/erlang/lib").ok()?;
        lib.filter_map(Result::ok)
            .map(|e| e.path().join("ebin").join(format!("{name}.beam")))
            .find(|p| p.is_file())
            .and_then(|p| std::fs::read(p).ok())
    }

    #[test]
    fn truncated_and_corrupted_modules_are_refused_without_panicking() {
        let Some(bytes) = otp_beam("queue") else {
            eprintln!("OTP's queue.beam is not installed; skipping");
            return;
        };
        crate::register_all();
        let module = Atom::intern("queue").unwrap();
        let other = Atom::intern("not_queue").unwrap();
        assert!(prepare(module, &bytes).is_ok());
        assert!(prepare(other, &bytes).is_err(), "another module's name");
        for len in (0..bytes.len()).step_by(97) {
            assert!(
                prepare(module, &bytes[..len]).is_err(),
                "truncated to {len}"
            );
        }
        let mut seed = 12345u32;
        for _ in 0..200 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let at = (seed as usize >> 8) % bytes.len();
            let mut bad = bytes.clone();
            bad[at] ^= (seed >> 24) as u8 | 1;
            // Either refused or loaded: never a panic.
            let _ = prepare(module, &bad);
        }
    }
}
