//! The all-of-OTP comparison: `girder disasm` over every `.beam` file under /usr/lib/erlang must
//! load each one, and for each module the number of instructions of each name in girder's
//! listing must equal the count that real Erlang finds in the module's raw Code chunk
//! (`otp-fixtures/tools/beam_opcount.escript`, one escript run over all files).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{beam_files, girder, repo, run_erlang, scratch};

/// The number of `.beam` files Debian's Erlang/OTP 25 packages (as `make erlang` installs them)
/// ship under /usr/lib/erlang.
const EXPECTED_FILES: usize = 1299;

type Counts = BTreeMap<String, u64>;

/// Runs the Erlang reference counter over all files at once.
fn erlang_counts(files: &[PathBuf], dir: &Path) -> Vec<(String, Counts)> {
    let list = dir.join("beams.txt");
    let mut text = String::new();
    for f in files {
        text.push_str(&f.to_string_lossy());
        text.push('\n');
    }
    std::fs::write(&list, text).unwrap();
    let out = run_erlang(
        Command::new("escript")
            .arg(repo().join("otp-fixtures/tools/beam_opcount.escript"))
            .arg(&list),
    );
    let stdout = String::from_utf8(out.stdout).expect("escript output is UTF-8");
    stdout
        .lines()
        .map(|line| {
            let (path, counts) = line.split_once('\t').expect("PATH<TAB>counts");
            assert!(
                !counts.starts_with("error:"),
                "erlang could not read {path}: {counts}"
            );
            let counts = counts
                .split(',')
                .map(|kv| {
                    let (k, v) = kv.rsplit_once(':').expect("name:count");
                    (k.to_string(), v.parse().expect("count"))
                })
                .collect();
            (path.to_string(), counts)
        })
        .collect()
}

/// Runs `girder disasm` over the files in a few invocations and counts instruction names per
/// module listing, in file order.
fn girder_counts(files: &[PathBuf]) -> Vec<(String, Counts)> {
    let mut all = Vec::with_capacity(files.len());
    for batch in files.chunks(450) {
        let out = girder()
            .arg("disasm")
            .args(batch)
            .output()
            .expect("run girder disasm");
        assert!(
            out.status.success(),
            "girder disasm failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).expect("disasm output is UTF-8");
        let mut current: Option<(String, Counts)> = None;
        for line in text.lines() {
            if let Some(module) = line.strip_prefix("module ") {
                all.extend(current.take());
                current = Some((module.trim_matches('\'').to_string(), Counts::new()));
            } else if let Some(instr) = line.strip_prefix("  ") {
                let name = instr.split(' ').next().unwrap_or("");
                let (_, counts) = current.as_mut().expect("instruction before module line");
                *counts.entry(name.to_string()).or_default() += 1;
            }
        }
        all.extend(current.take());
    }
    all
}

#[test]
fn every_otp_module_disassembles_with_erlangs_instruction_counts() {
    let dir = scratch("otp-disasm");
    let files = beam_files(Path::new("/usr/lib/erlang"));
    let reference = erlang_counts(&files, &dir);
    assert_eq!(
        files.len(),
        reference.len(),
        "girder found {} .beam files, Erlang counted {}",
        files.len(),
        reference.len()
    );
    assert_eq!(
        files.len(),
        EXPECTED_FILES,
        "expected every .beam of Erlang/OTP 25 under /usr/lib/erlang (run `make erlang`)"
    );
    let ours = girder_counts(&files);
    assert_eq!(
        ours.len(),
        files.len(),
        "girder listed a different number of modules"
    );

    let mut mismatches = Vec::new();
    for ((file, (module, got)), (ref_path, want)) in files.iter().zip(&ours).zip(&reference) {
        assert_eq!(file.to_string_lossy(), *ref_path);
        let stem = file.file_stem().unwrap().to_string_lossy();
        assert_eq!(
            *module, stem,
            "listing order differs from file order at {file:?}"
        );
        let names: std::collections::BTreeSet<&String> = got.keys().chain(want.keys()).collect();
        for name in names {
            let (g, w) = (
                got.get(name).copied().unwrap_or(0),
                want.get(name).copied().unwrap_or(0),
            );
            if g != w {
                mismatches.push(format!(
                    "{}: {name}: girder {g}, erlang {w}",
                    file.display()
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} instruction count mismatches:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}
