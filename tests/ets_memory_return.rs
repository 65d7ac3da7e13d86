//! Memory given back after `ets:delete/1`: a 100 MB object, and ten million objects in a `set`
//! and in an `ordered_set`, each stored and then deleted with its table; afterwards the
//! resident set must be back within [`SLACK_MB`] of where it was before
//! (`tests/erlang/ets_memory_return.erl` measures it from `/proc/self/statm`).

mod common;

use std::process::Command;

use common::{girder, repo, run_erlang, scratch};

const MODULE: &str = "ets_memory_return";
/// How far above its starting point the resident set may stay, in megabytes.
const SLACK_MB: i64 = 64;

#[test]
fn deleted_tables_give_their_memory_back() {
    let dir = scratch("ets-memory-return");
    let source = repo().join(format!("tests/erlang/{MODULE}.erl"));
    run_erlang(Command::new("erlc").arg("-o").arg(&dir).arg(&source));
    let out = girder()
        .args(["-noshell", "-pa"])
        .arg(&dir)
        .args(["-s", MODULE, "main", "-s", "erlang", "halt"])
        .output()
        .expect("run girder");
    let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    assert!(
        out.status.success(),
        "girder ended with {}: {stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = stdout.lines().collect();
    let stored = [
        "{big_object_stored,true}",
        "{set,stored,true}",
        "{ordered_set,stored,true}",
    ];
    for want in stored {
        assert!(lines.contains(&want), "no {want} in\n{stdout}");
    }
    for prefix in [
        "{big_object_returned,",
        "{set,returned,",
        "{ordered_set,returned,",
    ] {
        let line = lines
            .iter()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix} line in\n{stdout}"));
        let mb: i64 = line[prefix.len()..line.len() - 1]
            .parse()
            .unwrap_or_else(|_| panic!("not a number: {line}"));
        assert!(
            mb <= SLACK_MB,
            "{line}: {mb} MB still held after the table was deleted\n{stdout}"
        );
    }
}
