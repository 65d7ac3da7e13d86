//! Command-line behaviour that must match erl or must not exhaust the machine: `-version` and
//! `+V` print erl's version line on standard error and exit 0; `disasm` of an endless file
//! (`/dev/zero`) stops at the size limit with an error.

mod common;

use common::girder;
use std::process::Command;

#[test]
fn version_flags_print_what_erl_prints() {
    for flag in ["-version", "+V"] {
        let erl = Command::new("erl")
            .arg(flag)
            .output()
            .expect("run erl (install Erlang/OTP 25 with `make erlang`)");
        let ours = girder().arg(flag).output().expect("run girder");
        assert_eq!(ours.status.code(), erl.status.code(), "{flag}: exit status");
        assert_eq!(ours.stdout, erl.stdout, "{flag}: stdout");
        assert_eq!(
            String::from_utf8_lossy(&ours.stderr),
            String::from_utf8_lossy(&erl.stderr),
            "{flag}: stderr"
        );
    }
}

#[test]
fn disasm_of_an_endless_file_stops() {
    if !std::path::Path::new("/dev/zero").exists() {
        return;
    }
    let out = girder()
        .args(["disasm", "/dev/zero"])
        .output()
        .expect("run girder");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("larger than"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
