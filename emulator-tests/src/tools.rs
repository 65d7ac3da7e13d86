//! Locating the programs a run needs: `erl` and `erlc` (on `PATH`, or `$ERL` / `$ERLC`) and the
//! girder binary (`$GIRDER`, else `release/girder` under the cargo target directory).

use crate::HarnessError;
use std::env;
use std::path::{Path, PathBuf};

/// The workspace root: the parent of this crate's directory.
pub fn workspace_root() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir.parent().unwrap_or(crate_dir).to_path_buf()
}

/// Finds `erl` (or `$ERL`).
pub fn erl() -> Result<PathBuf, HarnessError> {
    erlang_tool("erl", "ERL")
}

/// Finds `erlc` (or `$ERLC`).
pub fn erlc() -> Result<PathBuf, HarnessError> {
    erlang_tool("erlc", "ERLC")
}

fn erlang_tool(program: &str, variable: &str) -> Result<PathBuf, HarnessError> {
    if let Some(path) = env::var_os(variable) {
        let path = PathBuf::from(path);
        return if path.is_file() {
            Ok(path)
        } else {
            Err(HarnessError::new(format!(
                "${variable} is set to {}, which is not a file",
                path.display()
            )))
        };
    }
    find_on_path(program).ok_or_else(|| {
        HarnessError::new(format!(
            "`{program}` is not on PATH: the conformance harness needs real Erlang/OTP 25 as the \
             reference (install it with `make erlang`, or set ${variable})"
        ))
    })
}

/// Searches the directories of `PATH` for an executable file called `program`.
pub fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// Where the girder binary should be: `$GIRDER`, else `$CARGO_TARGET_DIR/release/girder` (relative
/// target directories are taken from the workspace root), else `<workspace>/target/release/girder`.
pub fn girder_path(root: &Path) -> PathBuf {
    if let Some(path) = env::var_os("GIRDER") {
        return PathBuf::from(path);
    }
    let target = env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| {
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        })
        .unwrap_or_else(|| root.join("target"));
    target.join("release").join("girder")
}

/// Finds the girder binary, or says how to build it.
pub fn girder(root: &Path) -> Result<PathBuf, HarnessError> {
    let path = girder_path(root);
    if is_executable(&path) {
        Ok(path)
    } else {
        Err(HarnessError::new(format!(
            "girder binary not found at {}: build it first with `cargo build --release --bin girder` \
             (`make test` does), or point $GIRDER at it",
            path.display()
        )))
    }
}
