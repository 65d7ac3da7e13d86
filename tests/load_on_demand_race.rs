//! Concurrent first calls into modules that are not loaded yet must load each module once.
//!
//! `otp-fixtures/proc/proc_first_call_race.erl` starts many processes on four schedulers that all
//! call into OTP modules girder loads on demand at the same moment. The conformance harness
//! compares its standard output with erl's, but a lost race shows only on standard error (a
//! second load of a module treated as a new version, then `not_purged`), and only on some runs.
//! So this test runs the program many times and requires every run to write nothing to standard
//! error, to exit normally and to print what erl prints.

mod common;

use std::process::Command;

use common::{girder, repo, run_erlang, scratch};

/// Runs of girder; a broken exclusion showed up in about two of three runs.
const RUNS: usize = 40;

const MODULE: &str = "proc_first_call_race";

#[test]
fn concurrent_first_calls_load_each_module_once() {
    let dir = scratch("load-on-demand-race");
    let source = repo().join(format!("otp-fixtures/proc/{MODULE}.erl"));
    run_erlang(Command::new("erlc").arg("-o").arg(&dir).arg(&source));
    let erl = run_erlang(
        Command::new("erl")
            .args(["-noshell", "+S", "4", "-pa"])
            .arg(&dir)
            .args(["-s", MODULE, "main", "-s", "erlang", "halt"]),
    );
    assert!(!erl.stdout.is_empty(), "erl printed nothing");

    for run in 1..=RUNS {
        let out = girder()
            .args(["-noshell", "+S", "4", "-pa"])
            .arg(&dir)
            .args(["-s", MODULE, "main", "-s", "erlang", "halt"])
            .output()
            .expect("run girder");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "run {run}: girder ended with {}; stderr:\n{stderr}",
            out.status
        );
        assert!(
            out.stderr.is_empty(),
            "run {run}: girder wrote to stderr:\n{stderr}"
        );
        assert!(
            out.stdout == erl.stdout,
            "run {run}: girder printed\n{}\nbut erl printed\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&erl.stdout)
        );
    }
}
