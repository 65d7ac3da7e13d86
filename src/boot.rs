//! Booting the real OTP: the first process runs `erl_init:start(init, Args)` with the arguments
//! erl's `erlexec` passes, after the preloaded modules are loaded and the system processes that
//! ERTS starts itself are running. From there on OTP's own `init` follows the boot script and
//! handles `-s`, `-run`, `-eval`, the shell and `halt`.
//!
//! The first process is `init` (`<0.0.0>`). As in ERTS, it is a system process: when it ends,
//! for whatever reason, the whole system stops with status 1 and erl's message on stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use vm::atom::{self, Atom};
use vm::code;
use vm::heap::TermAlloc;
use vm::interp::Exit;
use vm::process::{Priority, Process};
use vm::sched::BootStep;
use vm::term::Term;

use crate::cli::Options;
use crate::root::OtpRoot;

/// The system processes ERTS starts before `init` runs, in order (so they get erl's pids), each
/// as `Module:start()` with its priority: the code purger, the literal area collector, and one
/// dirty process signal handler per priority.
const SYSTEM_PROCESSES: &[(&str, Priority)] = &[
    ("erts_code_purger", Priority::High),
    ("erts_literal_area_collector", Priority::High),
    ("erts_dirty_process_signal_handler", Priority::Normal),
    ("erts_dirty_process_signal_handler", Priority::High),
    ("erts_dirty_process_signal_handler", Priority::Max),
];

/// The arguments `erl_init:start/2` gets: erlexec's `-root`, `-bindir`, `-progname` and `-home`,
/// then the user's flags.
pub fn init_args(root: &OtpRoot, o: &Options) -> Vec<String> {
    let mut args = vec![
        "-root".to_string(),
        root.dir.display().to_string(),
        "-bindir".to_string(),
        root.bindir().display().to_string(),
        "-progname".to_string(),
        "erl".to_string(),
        "--".to_string(),
        "-home".to_string(),
        std::env::var("HOME").unwrap_or_else(|_| "/".to_string()),
        "--".to_string(),
    ];
    args.extend(o.init_flags.iter().cloned());
    args
}

/// Loads every preloaded module (the `.beam` files of erts' `ebin`) before any code runs, as
/// ERTS has them compiled in. Returns the modules that could not be loaded, with why.
fn preload(root: &OtpRoot) -> Vec<String> {
    let mut failed = Vec::new();
    let dir = root.preloaded_dir();
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "beam"))
            .collect(),
        Err(e) => {
            failed.push(format!("{}: {e}", dir.display()));
            return failed;
        }
    };
    files.sort();
    for file in files {
        if let Err(e) = crate::run::load_preloaded_file(&file) {
            failed.push(e);
        }
    }
    failed
}

/// Boots OTP as erl does and returns the exit status once the system halts.
pub fn run(o: &Options) -> ExitCode {
    let root = match OtpRoot::find(o.root.as_deref()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("girder: {e}");
            return ExitCode::from(1);
        }
    };
    bifs::register_all();
    for e in preload(&root) {
        eprintln!("girder: cannot preload {e}");
    }
    let path = crate::run::code_path(&root.dir, o);
    code::set_module_loader(Box::new(move |m| crate::run::load_module(&path, m)));
    // The first process starts as a spawned one does: its only continuation ends it, so
    // no frame of girder's own shows in its stack traces (erl's init shows `boot_loop` alone).
    let Some((entry, exit_cp)) = vm::sched::spawn::hibernate_entry() else {
        eprintln!("girder: cannot set up the first process");
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
    let erl_init = Atom::intern("erl_init").unwrap_or(atom::UNDEFINED);
    let start = Atom::intern("start").unwrap_or(atom::UNDEFINED);
    let mut p = Process::new(sys.table.new_pid_payload(), (erl_init, start, 2));
    for &(name, priority) in SYSTEM_PROCESSES {
        let Ok(module) = Atom::intern(name) else {
            continue;
        };
        let start = vm::sched::spawn::StartFn::Mfa {
            module: Term::atom(module),
            function: Term::atom(Atom::intern("start").unwrap_or(atom::UNDEFINED)),
            args: Term::NIL,
            arity: 0,
        };
        let opts = vm::sched::spawn::SpawnOpts {
            priority,
            ..Default::default()
        };
        match vm::sched::spawn::spawn(sys, &mut p, start, opts) {
            Ok((pid, _)) => bifs::boot::mark_system_process(pid),
            Err(e) => eprintln!("girder: cannot start {name}: {e:?}"),
        }
    }
    let args: Vec<Term> = init_args(&root, o)
        .iter()
        .map(|a| p.heap.binary(a.as_bytes()))
        .collect();
    let args = p.heap.list(&args);
    let call = [Term::atom(atom::INIT), args];
    let call = p.heap.list(&call);
    p.x[0] = Term::atom(erl_init);
    p.x[1] = Term::atom(start);
    p.x[2] = call;
    p.cp = exit_cp;
    p.catches = 0;
    p.resume = Some(entry);
    let hook = Box::new(move |p: &mut Process, exit: Exit| -> BootStep {
        let reason = match exit {
            Exit::Normal(_) => "normal".to_string(),
            Exit::Exception { reason, .. } => {
                String::from_utf8_lossy(&vm::ops::print::display(reason)).into_owned()
            }
            _ => "killed".to_string(),
        };
        let _ = std::io::stdout().flush();
        let pid = String::from_utf8_lossy(&vm::ops::print::display(p.pid)).into_owned();
        let mut text = format!("System process {pid} terminated: {reason}\r\n");
        if let Some(notice) = vm::sched::worker::crash_dump_notice() {
            text.push_str(&format!("\r\n{notice}\r\n"));
        }
        let _ = std::io::stderr().write_all(text.as_bytes());
        BootStep::Halt(1)
    });
    // ERTS's first port: "forker", connected to init and not linked. girder starts external
    // programs itself, so it carries no work; it holds port number 0 as in erl.
    if let Some(forker) = sys.ports.open("forker", p.pid, None, Default::default()) {
        forker.remove_link(p.pid);
    }
    let status = vm::sched::run(p, hook);
    let _ = std::io::stdout().flush();
    ExitCode::from(status as u8)
}
