//! Panics in the VM are contained: a girder built with the `panic-inject` feature panics at
//! chosen points (`vm::inject`), and on one, two and four schedulers
//!
//! - a panic in a process's slice (a BIF, the start of a slice, the middle of a collection)
//!   kills that process with `{internal_error, <<"file:line">>}`: its links and monitors see
//!   that reason and the rest of the system goes on;
//! - the same in the first process ends girder as erl ends on a crash in `do_boot` (status 1);
//! - a panic in the scheduler outside any process (after a slice, while firing timers) stops
//!   girder with status 70 and a message, never a hang.
//!
//! The test builds that girder itself into `target/panic-inject` (a separate target directory,
//! so the normal build is untouched).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{repo, run_erlang, scratch};

/// Seconds after which a run counts as hung.
const HANG_SECONDS: u64 = 60;

fn build_injecting_girder() -> PathBuf {
    let target = repo().join("target/panic-inject");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(repo())
        .args([
            "build",
            "--release",
            "--bin",
            "girder",
            "--features",
            "panic-inject",
        ])
        .arg("--target-dir")
        .arg(&target)
        .status()
        .expect("run cargo build");
    assert!(status.success(), "building girder with panic-inject failed");
    target.join("release/girder")
}

/// Runs girder with `args`, killing it (and failing) if it has not ended after
/// [`HANG_SECONDS`].
fn run(girder: &Path, dir: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(girder)
        .arg("-noshell")
        .arg("-pa")
        .arg(dir)
        .args(args)
        .args(["-s", "erlang", "halt"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start girder");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait for girder").is_some() {
            return child.wait_with_output().expect("girder output");
        }
        if start.elapsed() > Duration::from_secs(HANG_SECONDS) {
            let _ = child.kill();
            let out = child.wait_with_output().expect("girder output");
            panic!(
                "girder {args:?} hung; stdout:\n{}",
                String::from_utf8_lossy(&out.stdout)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace("\r\n", "\n")
}

#[test]
fn panics_are_contained_on_every_scheduler_count() {
    let girder = build_injecting_girder();
    let dir = scratch("panic-containment");
    for m in ["panic_link", "panic_boot", "panic_timer"] {
        run_erlang(
            Command::new("erlc")
                .arg("-o")
                .arg(&dir)
                .arg(repo().join(format!("tests/panic/{m}.erl"))),
        );
    }
    let sums = "[1,3,6,10,15,21,28,36,45,55,66,78,91,105,120,136,153,171,190,210]";
    for s in ["1", "2", "4"] {
        for point in ["bif", "slice", "gc"] {
            let out = run(&girder, &dir, &["+S", s, "-s", "panic_link", "main", point]);
            let stdout = text(&out.stdout);
            let stderr = text(&out.stderr);
            let ctx = format!("+S {s}, linked process, {point}: {stdout}{stderr}");
            assert_eq!(out.status.code(), Some(0), "{ctx}");
            assert!(stdout.starts_with("{exit,{internal_error,<<\""), "{ctx}");
            assert!(stdout.contains("\n{down,{internal_error,<<\""), "{ctx}");
            assert!(stdout.ends_with(&format!("{sums}\ndone\n")), "{ctx}");
            assert!(
                stderr.contains("girder: internal error in process"),
                "{ctx}"
            );

            let out = run(&girder, &dir, &["+S", s, "-s", "panic_boot", "main", point]);
            let stdout = text(&out.stdout);
            let ctx = format!("+S {s}, first process, {point}: {stdout}");
            assert_eq!(out.status.code(), Some(1), "{ctx}");
            assert!(
                stdout.starts_with("before\n{\"init terminating in do_boot\",{internal_error,<<\""),
                "{ctx}"
            );
        }
        let out = run(
            &girder,
            &dir,
            &["+S", s, "-s", "panic_boot", "main", "after_slice"],
        );
        assert_eq!(out.status.code(), Some(70), "+S {s}, after a slice");
        assert!(text(&out.stderr).contains("internal error in scheduler"));

        let out = run(&girder, &dir, &["+S", s, "-s", "panic_timer", "main"]);
        assert_eq!(out.status.code(), Some(70), "+S {s}, firing timers");
        assert!(text(&out.stderr).contains("internal error in scheduler"));
    }
}
