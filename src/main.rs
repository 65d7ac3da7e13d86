//! The `girder` command: an `erl`-compatible front end, plus developer subcommands such as `disasm`.

use std::process::ExitCode;

mod bif_table;
mod cli;
mod disasm;
mod instr_table;
mod load_bench;
mod run;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => {
            print!("{}", cli::USAGE);
            ExitCode::SUCCESS
        }
        Some("disasm") => disasm::run(&args[1..]),
        Some("load-bench") => load_bench::run(&args[1..]),
        Some("instr-table") => instr_table::run(&args[1..]),
        Some("bif-table") => bif_table::run(&args[1..]),
        Some(_) => match cli::parse(&args) {
            Ok(o) if o.help => {
                print!("{}", cli::USAGE);
                ExitCode::SUCCESS
            }
            Ok(o) if o.version => {
                eprint!("{}", cli::VERSION_LINE);
                ExitCode::SUCCESS
            }
            Ok(o) => run::run(&o),
            Err(e) => {
                eprintln!("girder: {e} (see girder --help)");
                ExitCode::from(2)
            }
        },
    }
}
