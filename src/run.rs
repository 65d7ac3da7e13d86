//! Running Erlang code as `erl -noshell -s ...` does: the code path, loading modules on demand,
//! the boot process and its `-s`/`-run` calls, and the exit status.
//!
//! Each call runs in one process, in order, as erl's `init` runs them. The process starts with
//! two continuation pointers into a small boot pseudo-module whose functions are named
//! `init:start_em/1` and `init:do_boot/3`, so stack traces end as erl's do.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use vm::atom::{self, Atom};
use vm::code::{self, encode_cp, FunctionInfo, LoadOutcome, ModuleVersion};
use vm::heap::TermAlloc;
use vm::instr::{Instr, Label};
use vm::interp::Exit;
use vm::process::{Process, Resume};
use vm::sched::BootStep;
use vm::term::Term;

use crate::cli::{Options, StartCall};

/// Instruction indexes in the boot pseudo-module.
const BOOT_START_EM_RETURN: u32 = 1;
const BOOT_DO_BOOT_RETURN: u32 = 3;
const BOOT_APPLY: u32 = 4;

/// The code path: `-pa` directories, the current directory, the ebin directories of the OTP
/// installation at `root`, `-pz`.
pub fn code_path(root: &Path, o: &Options) -> Vec<PathBuf> {
    let mut path: Vec<PathBuf> = o.path_a.iter().map(PathBuf::from).collect();
    path.push(PathBuf::from("."));
    let lib = root.join("lib");
    if let Ok(entries) = std::fs::read_dir(&lib) {
        let mut ebins: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path().join("ebin"))
            .filter(|p| p.is_dir())
            .collect();
        ebins.sort();
        path.extend(ebins);
    }
    path.extend(o.path_z.iter().map(PathBuf::from));
    path
}

/// Loads `module` on demand. Module `erlang` is preloaded in erl, and its BIFs are registered
/// before any code runs: when its `.beam` file cannot be loaded (it holds code girder cannot run
/// yet), an empty version stands in for it, so calls to its BIF exports work and calls to
/// anything else raise `undef` without a load attempt per call.
pub fn load_module(path: &[PathBuf], module: Atom) -> LoadOutcome {
    let outcome = load_module_file(path, module);
    if module == atom::ERLANG && outcome != LoadOutcome::Loaded {
        let installed = code::install(module, |id| {
            Ok(ModuleVersion::synthetic(
                id,
                module,
                vec![Instr::ProcessExit {}],
                Vec::new(),
            ))
        });
        if installed.is_ok() {
            return LoadOutcome::Loaded;
        }
    }
    outcome
}

/// Finds, reads, prepares and installs `module` from the first directory holding it.
fn load_module_file(path: &[PathBuf], module: Atom) -> LoadOutcome {
    let file_name = format!("{}.beam", module.text());
    let Some(file) = path
        .iter()
        .map(|d| d.join(&file_name))
        .find(|f| f.is_file())
    else {
        return LoadOutcome::NotFound;
    };
    match load_file_as(&file, Some(module), false) {
        Ok(()) => LoadOutcome::Loaded,
        Err(e) => LoadOutcome::Failed(e),
    }
}

/// Reads, prepares and installs the preloaded module in `file` as ERTS has it compiled in:
/// without locations, attributes or compile information.
pub fn load_preloaded_file(file: &Path) -> Result<(), String> {
    load_file_as(file, None, true)
}

/// Reads, prepares and installs the module in `file`, which must be `expected` when given;
/// `preloaded` strips it as a preloaded module.
fn load_file_as(file: &Path, expected: Option<Atom>, preloaded: bool) -> Result<(), String> {
    let bytes = loader::gzip::read_file(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut prepared = loader::prepare(&bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    if preloaded {
        prepared.strip_for_preload();
    }
    if let Some(module) = expected {
        if prepared.module() != module.text() {
            return Err(format!(
                "{} holds module {}, not {}",
                file.display(),
                prepared.module(),
                module.text()
            ));
        }
    }
    // The MD5 only fails for a file `prepare` has already refused.
    let md5 = loader::specialize::module_md5(&bytes).ok();
    loader::specialize::load(&prepared, md5)
        .map(|_| ())
        .map_err(|e| format!("{}: {e}", file.display()))
}

/// The boot pseudo-module: `init:start_em/1` and `init:do_boot/3`, whose return points end the
/// process, and the instruction that makes each startup call (`apply/3`).
pub fn boot_version() -> Option<std::sync::Arc<ModuleVersion>> {
    let apply = vm::bif::lookup(atom::ERLANG, atom::APPLY, 3)?;
    let start_em = Atom::intern("start_em").ok()?;
    let do_boot = Atom::intern("do_boot").ok()?;
    code::install_detached(|id| {
        ModuleVersion::synthetic(
            id,
            atom::INIT,
            vec![
                Instr::ProcessExit {},
                Instr::ProcessExit {},
                Instr::ProcessExit {},
                Instr::ProcessExit {},
                Instr::CallBif {
                    bif: apply,
                    import: 0,
                },
                Instr::Return {},
                Instr::Jump { to: Label(0) },
            ],
            vec![
                FunctionInfo {
                    name: start_em,
                    arity: 1,
                    start: 0,
                    entry: 0,
                },
                FunctionInfo {
                    name: do_boot,
                    arity: 3,
                    start: 2,
                    entry: 2,
                },
            ],
        )
    })
}

/// Runs the calls of the command line; returns the exit status.
pub fn run(o: &Options) -> ExitCode {
    bifs::register_all();
    let root = crate::root::OtpRoot::find(o.root.as_deref())
        .map(|r| r.dir)
        .unwrap_or_else(|_| PathBuf::from(crate::root::DEFAULT_ROOT));
    let path = code_path(&root, o);
    code::set_module_loader(Box::new(move |m| load_module(&path, m)));
    let Some(boot) = boot_version() else {
        eprintln!("girder: cannot set up the boot module");
        return ExitCode::from(1);
    };
    let mut config = vm::sched::Config::default();
    if let Some(n) = o.schedulers {
        config.schedulers = n as usize;
    }
    if let Some(range) = &o.printable_range {
        bifs::boot::set_printable_range(range);
    }
    if let Some(level) = &o.warning_map {
        bifs::boot::set_warning_map(level);
    }
    if let Some(n) = o.process_limit {
        config.process_limit = n as usize;
    }
    let sys = vm::sched::init(config);
    let mut p = Process::new(
        sys.table.new_pid_payload(),
        (
            atom::INIT,
            Atom::intern("start_em").unwrap_or(atom::INIT),
            1,
        ),
    );
    // As in erl, the start calls run in a process that traps exits and started as
    // `erlang:apply/2`.
    p.trap_exit = true;
    p.initial = (atom::ERLANG, atom::APPLY, 2);
    let calls = o.calls.clone();
    let Some(first) = calls.first() else {
        return ExitCode::SUCCESS;
    };
    if let Err(status) = setup_call(&mut p, boot.id, first) {
        return status;
    }
    let boot_id = boot.id;
    let mut next = 1;
    let hook = Box::new(move |p: &mut Process, exit: Exit| -> BootStep {
        match exit {
            Exit::Normal(_) => {
                // Drop the boot frame (the stack is back to it).
                while p.heap.stack_size() > 0 {
                    p.heap.stack_pop();
                }
                let Some(call) = calls.get(next) else {
                    let _ = std::io::stdout().flush();
                    return BootStep::Halt(0);
                };
                next += 1;
                match setup_call(p, boot_id, call) {
                    Ok(()) => BootStep::Continue,
                    Err(_) => BootStep::Halt(1),
                }
            }
            Exit::Exception {
                class,
                reason,
                trace,
            } => {
                report_boot_crash(p, class, reason, trace);
                BootStep::Halt(1)
            }
            _ => BootStep::Halt(1),
        }
    });
    // The built-in start writes standard output and error through ports of its own.
    vm::sched::system().ports.open_stdio(p.pid);
    let status = vm::sched::run(p, hook);
    let _ = std::io::stdout().flush();
    ExitCode::from(status as u8)
}

/// Prints erl's `init terminating in do_boot` report for an exception that ended a start call.
fn report_boot_crash(p: &mut Process, class: vm::exception::Class, reason: Term, trace: Term) {
    let value = match class {
        vm::exception::Class::Error => p.heap.tuple(&[reason, trace]),
        _ => reason,
    };
    let label = p.heap.charlist("init terminating in do_boot");
    let report = p.heap.tuple(&[label, value]);
    let mut text = vm::ops::print::display(report);
    text.extend_from_slice(b"\r\n");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let _ = out.write_all(&text);
    let _ = out.flush();
    eprintln!(
        "{}",
        vm::ops::slogan::halt_slogan("init terminating in do_boot", value)
    );
}

/// Sets the boot process up to make one startup call; `Err` carries the exit status when the
/// call cannot be made.
fn setup_call(p: &mut Process, boot: u32, call: &StartCall) -> Result<(), ExitCode> {
    let (Ok(m), Ok(f)) = (Atom::intern(&call.module), Atom::intern(&call.function)) else {
        eprintln!("girder: bad module or function name in -s/-run");
        return Err(ExitCode::from(1));
    };
    let args = match &call.args {
        None => Term::NIL,
        Some(words) => {
            let mut items = Vec::with_capacity(words.len());
            for w in words {
                items.push(if call.strings {
                    p.heap.charlist(w)
                } else {
                    match Atom::intern(w) {
                        Ok(a) => Term::atom(a),
                        Err(_) => p.heap.charlist(w),
                    }
                });
            }
            let list = p.heap.list(&items);
            p.heap.list(&[list])
        }
    };
    setup_apply(p, boot, m, f, args)
}

/// Sets the boot process up to call `m:f` with the argument list `args` through `apply/3`, with
/// erl's `init:start_em/1` and `init:do_boot/3` frames below it.
pub fn setup_apply(
    p: &mut Process,
    boot: u32,
    m: Atom,
    f: Atom,
    args: Term,
) -> Result<(), ExitCode> {
    // The call's terms are in the registers before anything can collect garbage: a collection
    // moves them, and only the registers (the roots) are updated.
    p.x[0] = Term::atom(m);
    p.x[1] = Term::atom(f);
    p.x[2] = args;
    if !p
        .heap
        .allocate_frame(0, encode_cp(boot, BOOT_DO_BOOT_RETURN))
    {
        p.garbage_collect(1, 3);
        if !p
            .heap
            .allocate_frame(0, encode_cp(boot, BOOT_DO_BOOT_RETURN))
        {
            eprintln!("girder: no room for the boot frame");
            return Err(ExitCode::from(1));
        }
    }
    p.cp = encode_cp(boot, BOOT_START_EM_RETURN);
    p.catches = 0;
    p.resume = Some(Resume {
        version: boot,
        ip: BOOT_APPLY,
    });
    Ok(())
}
