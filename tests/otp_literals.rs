//! Every literal of every OTP `.beam` file, decoded by `vm::etf` and printed by its `~w`
//! printer, must read exactly as real erl prints it (`otp-fixtures/tools/beam_literals.escript`).
//!
//! One allowed difference: erl prints a map of more than 32 keys in the order of its hash trie,
//! while the arena keeps the (sorted) order of the encoding; such a line must then contain the
//! same characters in another order.

mod common;

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use common::{beam_files, repo, run_erlang, scratch};
use vm::etf::TermDisplay;

#[test]
fn otp_literals_print_as_erl_prints_them() {
    let files = beam_files(Path::new("/usr/lib/erlang"));
    assert!(
        !files.is_empty(),
        "no .beam files under /usr/lib/erlang (run `make erlang`)"
    );
    let dir = scratch("otp-literals");
    let list = dir.join("beams.txt");
    let names: Vec<String> = files
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    std::fs::write(&list, names.join("\n") + "\n").unwrap();
    let out = run_erlang(
        Command::new("escript")
            .arg(repo().join("otp-fixtures/tools/beam_literals.escript"))
            .arg(&list),
    );
    // The escript writes Latin-1; map each byte to its character.
    let expected: String = out.stdout.iter().map(|&b| b as char).collect();

    let mut ours = String::with_capacity(expected.len());
    for (file, name) in files.iter().zip(&names) {
        let _ = writeln!(ours, "file {name}");
        let bytes = std::fs::read(file).unwrap();
        let m = loader::prepare(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        for &root in &m.literals.roots {
            let _ = writeln!(
                ours,
                "{}",
                TermDisplay {
                    arena: &m.literals.arena,
                    root
                }
            );
        }
    }
    let mut mismatches = Vec::new();
    let mut file = "";
    let mut reordered = 0;
    for (e, o) in expected.lines().zip(ours.lines()) {
        if let Some(f) = e.strip_prefix("file ") {
            file = f;
        }
        if e == o {
            continue;
        }
        if e.starts_with("#{") && same_characters(e, o) {
            reordered += 1;
            continue;
        }
        if mismatches.len() < 20 {
            mismatches.push(format!("{file}:\n  erl:    {e}\n  girder: {o}"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "literals print differently:\n{}",
        mismatches.join("\n")
    );
    assert_eq!(
        expected.lines().count(),
        ours.lines().count(),
        "number of literals"
    );
    assert!(
        reordered < 10,
        "{reordered} large maps printed in another order"
    );
}

fn same_characters(a: &str, b: &str) -> bool {
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    a.sort_unstable();
    b.sort_unstable();
    a == b
}
