//! The `girder` command: an `erl`-compatible front end, plus developer subcommands such as `disasm`.

use std::process::ExitCode;

mod disasm;
mod load_bench;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--help") | Some("-help") | None => {
            print!("{}", USAGE);
            ExitCode::SUCCESS
        }
        Some("disasm") => disasm::run(&args[1..]),
        Some("load-bench") => load_bench::run(&args[1..]),
        Some(other) => {
            eprintln!("girder: unknown argument '{other}' (see girder --help)");
            ExitCode::from(2)
        }
    }
}

/// Text printed by `girder --help`.
const USAGE: &str = "\
usage: girder [FLAGS]            run Erlang code as erl does
       girder disasm FILE.beam   print a module's generic instructions
";
