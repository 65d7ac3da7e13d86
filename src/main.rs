//! The `girder` command: an `erl`-compatible front end, plus developer subcommands such as `disasm`.

#![forbid(unsafe_code)]

use std::process::ExitCode;

mod bif_table;
mod boot;
mod cli;
mod disasm;
mod escript;
mod expand;
mod instr_table;
mod load_bench;
mod root;
mod run;

fn main() -> ExitCode {
    let status = dispatch();
    // The terminal gets its modes back whatever way the system ended (`tty_sl`).
    vm::os::tty::restore();
    status
}

fn dispatch() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        // No arguments: boot OTP with the Eshell, as plain `erl` does.
        None => start(&args, &cli::Options::default()),
        Some("disasm") => disasm::run(&args[1..]),
        Some("load-bench") => load_bench::run(&args[1..]),
        Some("instr-table") => instr_table::run(&args[1..]),
        Some("bif-table") => bif_table::run(&args[1..]),
        Some("escript") => {
            let Some(file) = args.get(1) else {
                eprintln!("usage: girder escript FILE [ARGS...]");
                return ExitCode::from(1);
            };
            let words = escript::command_line(file, &args[2..])
                .map_err(cli::CliError)
                .and_then(|w| expand::command_line(&w))
                .and_then(|w| cli::parse(&w).map(|o| (w, o)));
            match words {
                Ok((w, o)) => start(&w, &o),
                Err(e) => {
                    eprintln!("girder: {e}");
                    ExitCode::from(1)
                }
            }
        }
        // No words at all is erl's plain start: the shell.
        _ => match expand::command_line(&args).and_then(|words| cli::parse(&words)) {
            Ok(o) => start(&args, &o),
            Err(e) => {
                // As erl's emulator does for a flag it does not know: the message and status 1.
                eprintln!("girder: {e} (see girder --help)");
                ExitCode::from(1)
            }
        },
    }
}

/// Runs the system as the parsed command line `o` (from `args`) asks.
fn start(args: &[String], o: &cli::Options) -> ExitCode {
    if o.help {
        print!("{}", cli::usage());
        return ExitCode::SUCCESS;
    }
    if o.version {
        eprint!("{}", cli::VERSION_LINE);
        return ExitCode::SUCCESS;
    }
    if o.detached {
        return detach(args);
    }
    for (var, value) in &o.env {
        std::env::set_var(var, value);
    }
    if let Some(name) = &o.node_name {
        eprintln!(
            "girder: distribution is not supported yet: this node runs as nonode@nohost, \
             not as {name}"
        );
    }
    // The real OTP boot, as erl; `GIRDER_BOOT=builtin` selects the built-in start, which runs
    // the `-s`/`-run` calls without OTP's init and halts when they return.
    if std::env::var_os("GIRDER_BOOT").is_some_and(|v| v == "builtin") {
        run::run(o)
    } else {
        boot::run(o)
    }
}

/// `-detached`: starts the same command line again in the background, with no standard input,
/// output or error, and returns at once (as erlexec does).
fn detach(args: &[String]) -> ExitCode {
    let Ok(me) = std::env::current_exe() else {
        eprintln!("girder: -detached: cannot find the girder executable");
        return ExitCode::from(1);
    };
    let rest: Vec<&String> = args.iter().filter(|a| *a != "-detached").collect();
    let mut cmd = std::process::Command::new(me);
    cmd.args(rest)
        .arg("-noshell")
        .arg("-noinput")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    match cmd.spawn() {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("girder: -detached: {e}");
            ExitCode::from(1)
        }
    }
}
