//! The specialisation pass: OTP 25's generic instructions (from [`crate::prepare`]) become
//! girder's instructions (`vm::instr::Instr`), and the module becomes a `vm::code` module
//! version.
//!
//! The pass walks the generic stream once. At each position it tries the rules of
//! [`rules::rewrite`] — ordered Rust slice patterns over the window of upcoming instructions,
//! first match wins — and otherwise translates the one instruction by its operand kinds
//! ([`translate`]). Jumps are first emitted with label numbers and rewritten to instruction
//! indexes at the end. An instruction girder cannot run makes the whole load fail with an error
//! naming the module, the function and the instruction.

mod bits;
mod emit;
mod entry_tests;
mod literals;
mod module_md5;
mod old_ops;
mod receive;
mod rules;
mod translate;
mod verify;

use std::fmt;

use vm::atom::Atom;
use vm::code::{self, FunEntry, LineInfo, Location, ModuleVersion};
use vm::literal::LiteralAreaBuilder;
use vm::term::Term;

use crate::model::Prepared;

pub use literals::convert_arena;
pub use module_md5::module_md5;

/// Why a module could not be turned into girder code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecializeError {
    /// The module.
    pub module: String,
    /// The function being translated (`name/arity`), if any.
    pub function: Option<String>,
    /// The generic instruction, if the problem is one instruction.
    pub instruction: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for SpecializeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "module {}", self.module)?;
        if let Some(func) = &self.function {
            write!(f, ", function {func}")?;
        }
        if let Some(i) = &self.instruction {
            write!(f, ", instruction {i}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for SpecializeError {}

/// Specialises `prepared` and installs it as the current version of its module; `md5` is the
/// module's MD5 ([`module_md5`]) when the file is at hand.
pub fn load(
    prepared: &Prepared,
    md5: Option<[u8; 16]>,
) -> Result<std::sync::Arc<ModuleVersion>, SpecializeError> {
    let module_name = prepared.module().to_string();
    let fail = |reason: String| SpecializeError {
        module: module_name.clone(),
        function: None,
        instruction: None,
        reason,
    };
    let module = Atom::intern(&module_name).map_err(|e| fail(format!("bad module name: {e:?}")))?;
    let mut error = None;
    let installed = code::install(module, |id| match build(prepared, module, id, md5) {
        Ok(v) => Ok(v),
        Err(e) => {
            let text = e.to_string();
            error = Some(e);
            Err(text)
        }
    });
    match installed {
        Ok(v) => {
            // A built-in NIF module is bound as soon as it is installed, as ERTS links these
            // libraries in; its `on_load` calling `erlang:load_nif/2` binds it again harmlessly.
            if vm::nif::is_builtin(module) {
                vm::nif::bind(&v).map_err(|e| fail(format!("{}: {}", e.reason, e.text)))?;
            }
            Ok(v)
        }
        Err(code::InstallError::Build(_)) if error.is_some() => {
            Err(error.unwrap_or_else(|| fail(String::new())))
        }
        Err(e) => Err(fail(e.to_string())),
    }
}

/// Specialises `prepared` into a new module version that is not yet reachable by name
/// (`erlang:prepare_loading/2`); `vm::code::commit` makes it current.
pub fn build_detached(
    prepared: &Prepared,
    md5: Option<[u8; 16]>,
) -> Result<std::sync::Arc<ModuleVersion>, SpecializeError> {
    let module_name = prepared.module().to_string();
    let fail = |reason: String| SpecializeError {
        module: module_name.clone(),
        function: None,
        instruction: None,
        reason,
    };
    let module = Atom::intern(&module_name).map_err(|e| fail(format!("bad module name: {e:?}")))?;
    let mut error = None;
    let built = code::prepare(|id| match build(prepared, module, id, md5) {
        Ok(v) => Ok(v),
        Err(e) => {
            let text = e.to_string();
            error = Some(e);
            Err(text)
        }
    });
    match built {
        Ok(v) => Ok(v),
        Err(e) => Err(error.unwrap_or_else(|| fail(e.to_string()))),
    }
}

/// Runs the load-time checks of `docs/robustness.md` on `prepared` without installing it.
pub fn verify(prepared: &Prepared) -> Result<(), SpecializeError> {
    let module = Atom::intern(prepared.module()).map_err(|e| SpecializeError {
        module: prepared.module().to_string(),
        function: None,
        instruction: None,
        reason: format!("bad module name: {e:?}"),
    })?;
    let mut e = emit::Emitter::new(prepared, module, 0)?;
    verify::check(&mut e)
}

/// Specialises `prepared` into a version that belongs to no module in the table (its exports are
/// reachable only through the returned version): for running a module's code without replacing
/// the loaded one, as the run fuzz target does.
pub fn load_detached(
    prepared: &Prepared,
) -> Result<std::sync::Arc<ModuleVersion>, SpecializeError> {
    let fail = |reason: String| SpecializeError {
        module: prepared.module().to_string(),
        function: None,
        instruction: None,
        reason,
    };
    let module =
        Atom::intern(prepared.module()).map_err(|e| fail(format!("bad module name: {e:?}")))?;
    let mut error = None;
    let installed = code::install_detached(|id| match build(prepared, module, id, None) {
        Ok(v) => v,
        Err(e) => {
            error = Some(e);
            ModuleVersion::synthetic(id, module, Vec::new(), Vec::new())
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    installed.ok_or_else(|| fail("too many module versions".to_string()))
}

/// Builds module version `id` of `module` from `prepared`.
fn build(
    prepared: &Prepared,
    module: Atom,
    id: u32,
    md5: Option<[u8; 16]>,
) -> Result<ModuleVersion, SpecializeError> {
    let mut e = emit::Emitter::new(prepared, module, id)?;
    e.md5 = md5;
    e.run()?;
    let mut version = e.finish()?;
    version.md5 = md5;
    Ok(version)
}

/// Registers the lambdas of `prepared` as fun entries of version `id` (sharing those of an
/// identical version when the module's MD5 is known): their global indexes and entry
/// instructions.
pub(crate) fn register_lambdas(
    prepared: &Prepared,
    module: Atom,
    (id, md5): (u32, Option<[u8; 16]>),
    atoms: &[Atom],
    label_ips: &[u32],
) -> Result<(Vec<u32>, Vec<u32>), String> {
    let mut refs = Vec::with_capacity(prepared.lambdas.len());
    let mut ips = Vec::with_capacity(prepared.lambdas.len());
    for l in &prepared.lambdas {
        let ip = *label_ips
            .get(l.label as usize)
            .filter(|&&ip| ip != u32::MAX)
            .ok_or_else(|| format!("lambda {} has an undefined label {}", l.index, l.label))?;
        let entry = FunEntry::new(
            module,
            atoms.get(l.function as usize).copied().unwrap_or(module),
            l.arity.saturating_sub(l.num_free),
            l.num_free,
            l.index,
            l.old_uniq,
            id,
            ip,
        );
        refs.push(code::register_fun(entry, md5).ok_or("the fun table is full")?);
        ips.push(ip);
    }
    Ok((refs, ips))
}

/// The line table of a version: where each location starts.
pub(crate) fn line_info(prepared: &Prepared, starts: Vec<(u32, u32)>) -> LineInfo {
    let mut ips = Vec::with_capacity(starts.len());
    let mut locations = Vec::with_capacity(starts.len());
    for (ip, item) in starts {
        let loc = prepared
            .lines
            .items
            .get(item as usize)
            .map(|l| Location {
                file: l.file,
                line: l.line,
            })
            .unwrap_or(Location { file: 0, line: 0 });
        if ips.last() == Some(&ip) {
            // A later `line` for the same instruction wins.
            locations.pop();
            ips.pop();
        }
        ips.push(ip);
        locations.push(loc);
    }
    LineInfo {
        starts: ips.into(),
        locations: locations.into(),
        files: prepared.lines.files.clone().into(),
    }
}

/// Converts a term of its own arena (attributes, compile info) into the literal area.
pub(crate) fn arena_term(
    term: Option<&crate::model::Term>,
    builder: &mut LiteralAreaBuilder,
) -> Term {
    let Some(t) = term else {
        return Term::NIL;
    };
    match convert_arena(&t.arena, builder) {
        Ok(terms) => builder.finish_term(terms[t.root.index()]),
        Err(_) => Term::NIL,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::bif::{BifResult, ProcessContext};

    fn dummy(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
        Ok(Term::NIL)
    }

    fn prepared(path: &str) -> Option<Prepared> {
        let bytes = std::fs::read(path).ok()?;
        crate::prepare(&bytes).ok()
    }

    #[test]
    fn specialises_an_otp_module() {
        let Some(p) = prepared("/usr/lib/erlang/lib/stdlib-4.2/ebin/lists.beam") else {
            eprintln!("OTP's lists.beam is not installed; skipping");
            return;
        };
        // Guard BIFs must exist at load time: stand-ins for every `erlang` import.
        for imp in &p.imports {
            let (m, f) = (p.atoms.get(imp.module), p.atoms.get(imp.function));
            if let (Some("erlang"), Some(f)) = (m, f) {
                vm::bif::register("erlang", f, imp.arity as u8, dummy);
            }
        }
        let v = load(&p, None).expect("lists loads");
        assert_eq!(v.module.text(), "lists");
        let seq = Atom::intern("seq").unwrap();
        assert!(v.export_entry(seq, 2).is_some());
        let text = v.disassemble();
        assert!(text.contains("function seq/2"));
        for name in ["CallOnly", "IsEqExactXC", "MoveXX", "FuncInfo", "GetList"] {
            assert!(text.contains(name), "no {name} in lists");
        }
        // Every jump lands inside the code.
        assert!(v.code.iter().all(|i| {
            let mut ok = true;
            let mut copy = *i;
            copy.map_labels(&mut |l| {
                ok &= (l as usize) < v.code.len();
                l
            });
            ok
        }));
    }

    #[test]
    fn loads_make_fun2_of_older_compilers() {
        // test_server_node (compiled by an older compiler) uses the make_fun2 instruction.
        let Some(p) = prepared("/usr/lib/erlang/lib/common_test-1.23.3/ebin/test_server_node.beam")
        else {
            eprintln!("OTP is not installed; skipping");
            return;
        };
        for imp in &p.imports {
            let (m, f) = (p.atoms.get(imp.module), p.atoms.get(imp.function));
            if let (Some("erlang"), Some(f)) = (m, f) {
                vm::bif::register("erlang", f, imp.arity as u8, dummy);
            }
        }
        if let Err(e) = load(&p, None) {
            assert!(
                e.instruction.as_deref() != Some("make_fun2"),
                "make_fun2 refused: {e}"
            );
        }
    }
}
