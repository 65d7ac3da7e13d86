//! Helpers shared by the integration tests: locating the girder binary, the repository, and
//! real Erlang (which must be installed; `make test` installs it).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The girder binary built for these tests.
pub fn girder() -> Command {
    Command::new(env!("CARGO_BIN_EXE_girder"))
}

/// The repository root.
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch directory");
    dir
}

/// Runs an Erlang/OTP tool (`erl`, `erlc`, `escript`), failing the test with a clear message if
/// Erlang is not installed.
pub fn run_erlang(cmd: &mut Command) -> Output {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let out = cmd.output().unwrap_or_else(|e| {
        panic!(
            "cannot run `{program}` ({e}): these tests compare girder with real Erlang/OTP 25; \
             install it with `make erlang` (Debian package erlang-nox and friends)"
        )
    });
    assert!(
        out.status.success(),
        "`{program}` failed: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Every `.beam` file under `dir`, recursively, sorted.
pub fn beam_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let path = e.path();
            let Ok(kind) = e.file_type() else { continue };
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() && path.extension().is_some_and(|x| x == "beam") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
