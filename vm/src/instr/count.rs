//! Execution counters per instruction, for the coverage table. Off by default: the interpreter
//! only counts when `GIRDER_COUNT_INSTRS` is set in the environment (it then runs a separately
//! compiled copy of its loop, so the normal loop pays nothing).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use super::{Opcode, COUNT, NAMES};

/// Environment variable that turns counting on (any value) and names the file the counts are
/// appended to when the VM exits (`-` or empty for stderr).
pub const ENV_VAR: &str = "GIRDER_COUNT_INSTRS";

static COUNTS: [AtomicU64; COUNT] = [const { AtomicU64::new(0) }; COUNT];

/// Whether counting is on (read once from the environment).
pub fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os(ENV_VAR).is_some())
}

/// Counts one execution of `op`.
#[inline(always)]
pub fn bump(op: Opcode) {
    COUNTS[op as usize].fetch_add(1, Ordering::Relaxed);
}

/// The counts so far, by instruction name, in declaration order.
pub fn snapshot() -> Vec<(&'static str, u64)> {
    NAMES
        .iter()
        .zip(COUNTS.iter())
        .map(|(n, c)| (*n, c.load(Ordering::Relaxed)))
        .collect()
}

/// Writes the non-zero counts as `name count` lines to the file named by [`ENV_VAR`] (appending),
/// or to stderr when it is empty or `-`. Does nothing when counting is off.
pub fn dump() {
    if !enabled() {
        return;
    }
    let mut text = String::new();
    for (name, n) in snapshot() {
        if n > 0 {
            text.push_str(&format!("{name} {n}\n"));
        }
    }
    let target = std::env::var(ENV_VAR).unwrap_or_default();
    if target.is_empty() || target == "-" {
        eprint!("{text}");
    } else {
        use std::io::Write;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&target);
        match file {
            Ok(mut f) => {
                if let Err(e) = f.write_all(text.as_bytes()) {
                    eprintln!("girder: cannot write instruction counts to {target}: {e}");
                }
            }
            Err(e) => eprintln!("girder: cannot open {target} for instruction counts: {e}"),
        }
    }
}
