//! The conformance run as a test: every fixture in `otp-fixtures/` on real erl and on girder, judged
//! against `otp-fixtures/known-failing.txt`. See `docs/conformance.md`.
//!
//! Positional arguments (`cargo test -p emulator-tests --test conformance -- arith/ except/`) select
//! fixtures whose `family/name` contains one of them.

use emulator_tests::report;
use emulator_tests::suite::{self, Config};
use std::process::ExitCode;

fn main() -> ExitCode {
    let config = match Config::from_env(std::env::args().skip(1)) {
        Ok(config) => config,
        Err(e) => return fail(&e.to_string()),
    };
    match suite::run(&config) {
        Ok(outcome) => {
            print!("{}", report::summary(&outcome));
            if outcome.is_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => fail(&e.to_string()),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("conformance: {message}");
    ExitCode::FAILURE
}
