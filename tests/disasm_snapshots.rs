//! Snapshot tests of `girder disasm` on the example modules in `otp-fixtures/examples/`, each
//! compiled with `erlc +deterministic` at test time.

mod common;

use common::{girder, repo, run_erlang, scratch};
use std::process::Command;

#[test]
fn example_modules_disassemble_as_recorded() {
    let examples = repo().join("otp-fixtures/examples");
    let out_dir = scratch("disasm-examples");
    let mut sources: Vec<_> = std::fs::read_dir(&examples)
        .expect("otp-fixtures/examples exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "erl"))
        .collect();
    sources.sort();
    assert!(
        sources.len() >= 4,
        "expected the example modules, found {sources:?}"
    );
    for src in &sources {
        run_erlang(
            Command::new("erlc")
                .arg("+deterministic")
                .arg("-o")
                .arg(&out_dir)
                .arg(src)
                .current_dir(&examples),
        );
        let name = src.file_stem().unwrap().to_string_lossy().into_owned();
        let beam = out_dir.join(format!("{name}.beam"));
        let out = girder()
            .arg("disasm")
            .arg(&beam)
            .output()
            .expect("run girder");
        assert!(
            out.status.success(),
            "girder disasm {name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).expect("disasm output is UTF-8");
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn listing_has_function_headers_and_genop_names() {
    let examples = repo().join("otp-fixtures/examples");
    let out_dir = scratch("disasm-format");
    run_erlang(
        Command::new("erlc")
            .args(["+deterministic", "-o"])
            .arg(&out_dir)
            .arg(examples.join("hello.erl")),
    );
    let out = girder()
        .arg("disasm")
        .arg(out_dir.join("hello.beam"))
        .output()
        .expect("run girder");
    let text = String::from_utf8(out.stdout).unwrap();
    let headers: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("function "))
        .collect();
    assert_eq!(
        headers,
        [
            "function main/0",
            "function fact/1",
            "function module_info/0",
            "function module_info/1",
            "function '-main/0-lc$^0/1-0-'/1"
        ]
    );
    for line in text.lines().filter(|l| l.starts_with("  ")) {
        let name = line.split_whitespace().next().unwrap();
        assert!(
            (1..=180).any(|op| loader::opcodes::info(op).unwrap().name == name),
            "{line}"
        );
    }
}

#[test]
fn bad_files_are_reported_and_fail() {
    let dir = scratch("disasm-bad");
    let bad = dir.join("bad.beam");
    std::fs::write(&bad, b"FOR1\0\0\0\x04BEAX").unwrap();
    let out = girder()
        .arg("disasm")
        .arg(&bad)
        .output()
        .expect("run girder");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.beam") && err.contains("byte 8") && err.contains("BEAX"),
        "{err}"
    );
}
