//! Execution counters per instruction, for the coverage table. Off by default: the interpreter
//! only counts when `GIRDER_COUNT_INSTRS` is set in the environment (it then runs a separately
//! compiled copy of its loop, so the normal loop pays nothing).
//!
//! The same run also counts which instruction follows which in straight-line code; with
//! `GIRDER_COUNT_PAIRS=FILE` the most frequent pairs (the candidates for fused instructions) are
//! appended to `FILE` as `first+second count` lines.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use super::{Opcode, COUNT, NAMES};

/// Environment variable that turns counting on (any value) and names the file the counts are
/// appended to when the VM exits (`-` or empty for stderr).
pub const ENV_VAR: &str = "GIRDER_COUNT_INSTRS";

/// Environment variable naming the file the most frequent instruction pairs are appended to.
pub const PAIRS_ENV_VAR: &str = "GIRDER_COUNT_PAIRS";

/// How many of the most frequent pairs [`dump`] writes.
const PAIRS_SHOWN: usize = 100;

static COUNTS: [AtomicU64; COUNT] = [const { AtomicU64::new(0) }; COUNT];
static PAIRS: [AtomicU64; COUNT * COUNT] = [const { AtomicU64::new(0) }; COUNT * COUNT];

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

/// Counts one execution of `second` right after `first`, the instruction before it in the code.
#[inline(always)]
pub fn bump_pair(first: Opcode, second: Opcode) {
    PAIRS[first as usize * COUNT + second as usize].fetch_add(1, Ordering::Relaxed);
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
    write_counts(&std::env::var(ENV_VAR).unwrap_or_default(), &text);
    if let Ok(target) = std::env::var(PAIRS_ENV_VAR) {
        let mut pairs: Vec<(u64, usize)> = PAIRS
            .iter()
            .enumerate()
            .map(|(i, c)| (c.load(Ordering::Relaxed), i))
            .filter(|&(n, _)| n > 0)
            .collect();
        pairs.sort_unstable_by(|a, b| b.cmp(a));
        let mut text = String::new();
        for (n, i) in pairs.into_iter().take(PAIRS_SHOWN) {
            text.push_str(&format!("{}+{} {n}\n", NAMES[i / COUNT], NAMES[i % COUNT]));
        }
        write_counts(&target, &text);
    }
}

/// Appends `text` to the file `target`, or writes it to stderr when `target` is empty or `-`.
fn write_counts(target: &str, text: &str) {
    if target.is_empty() || target == "-" {
        eprint!("{text}");
    } else {
        use std::io::Write;
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(target);
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
