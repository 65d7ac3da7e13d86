//! Bringing the fixtures' `.beam` files up to date: `erlc +deterministic` into
//! `otp-fixtures/build/<family>/`, only for sources newer than their `.beam`.

use crate::fixture::{Fixture, Mode};
use crate::pool::parallel_map;
use crate::process::{self, Ending, Limits};
use crate::HarnessError;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The directory that holds the `.beam` files of one family.
pub fn build_dir(build_root: &Path, family: &str) -> PathBuf {
    build_root.join(family)
}

/// Where a fixture's `.beam` file goes.
pub fn beam_path(build_root: &Path, fixture: &Fixture) -> PathBuf {
    build_dir(build_root, &fixture.family).join(format!("{}.beam", fixture.name))
}

/// Whether a fixture needs compiling: no `.beam` yet, or the source is newer.
pub fn is_stale(build_root: &Path, fixture: &Fixture) -> bool {
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    match (
        modified(&fixture.source),
        modified(&beam_path(build_root, fixture)),
    ) {
        (Some(source), Some(beam)) => source > beam,
        _ => true,
    }
}

/// Compiles every stale fixture, spreading the work over `jobs` `erlc` processes. Returns how many
/// fixtures were compiled.
pub fn compile_stale(
    erlc: &Path,
    fixtures: &[Fixture],
    build_root: &Path,
    jobs: usize,
) -> Result<usize, HarnessError> {
    let stale: Vec<&Fixture> = fixtures
        .iter()
        .filter(|f| f.mode != Mode::Escript && is_stale(build_root, f))
        .collect();
    if stale.is_empty() {
        return Ok(0);
    }
    let batches = batches(&stale, jobs);
    for batch in &batches {
        let dir = build_dir(build_root, &batch[0].family);
        fs::create_dir_all(&dir)
            .map_err(|e| HarnessError::new(format!("{}: cannot create: {e}", dir.display())))?;
    }
    let failures: Vec<String> = parallel_map(&batches, jobs, |batch| {
        compile_batch(erlc, build_root, batch)
    })
    .into_iter()
    .filter_map(Result::err)
    .collect();
    if failures.is_empty() {
        Ok(stale.len())
    } else {
        Err(HarnessError::new(format!(
            "erlc failed:\n{}",
            failures.join("\n")
        )))
    }
}

/// Splits the stale fixtures into about `jobs` batches, each from a single family (one `erlc` call
/// writes into one output directory).
fn batches<'a>(stale: &[&'a Fixture], jobs: usize) -> Vec<Vec<&'a Fixture>> {
    let size = stale.len().div_ceil(jobs.max(1)).max(1);
    let mut out: Vec<Vec<&Fixture>> = Vec::new();
    for fixture in stale {
        match out.last_mut() {
            Some(batch)
                if batch.len() < size
                    && batch[0].family == fixture.family
                    && batch[0].erlc_flags == fixture.erlc_flags =>
            {
                batch.push(fixture)
            }
            _ => out.push(vec![fixture]),
        }
    }
    out
}

fn compile_batch(erlc: &Path, build_root: &Path, batch: &[&Fixture]) -> Result<(), String> {
    let mut command = Command::new(erlc);
    command
        .arg("+deterministic")
        .args(&batch[0].erlc_flags)
        .arg("-o")
        .arg(build_dir(build_root, &batch[0].family));
    command.args(batch.iter().map(|f| &f.source));
    let limits = Limits {
        timeout: Duration::from_secs(600),
        ..Limits::default()
    };
    let outcome = process::run(command, limits);
    if outcome.ending == Ending::Exited(0) {
        return Ok(());
    }
    let names: Vec<String> = batch.iter().map(|f| f.id()).collect();
    Err(format!(
        "compiling [{}] ended with {}:\n{}{}",
        names.join(", "),
        outcome.ending,
        String::from_utf8_lossy(&outcome.stdout),
        String::from_utf8_lossy(&outcome.stderr)
    ))
}

/// Where the compiled application `app` goes: `<build root>/apps/<app>/ebin`.
pub fn app_ebin(build_root: &Path, app: &str) -> PathBuf {
    build_root.join("apps").join(app).join("ebin")
}

/// Brings the application in `app_dir` (`src/*.erl`, and `ebin/<app>.app` or `src/<app>.app.src`)
/// up to date in `ebin`: its modules compiled with `erlc +deterministic` when any source is newer
/// than the newest `.beam`, and its application resource file copied as `<app>.app`.
pub fn compile_app(erlc: &Path, app_dir: &Path, ebin: &Path) -> Result<(), HarnessError> {
    let app = app_dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let error = |what: String| HarnessError::new(format!("{}: {what}", app_dir.display()));
    fs::create_dir_all(ebin)
        .map_err(|e| error(format!("cannot create {}: {e}", ebin.display())))?;
    let resource = [
        app_dir.join("ebin").join(format!("{app}.app")),
        app_dir.join("src").join(format!("{app}.app.src")),
    ]
    .into_iter()
    .find(|p| p.is_file())
    .ok_or_else(|| error(format!("no ebin/{app}.app or src/{app}.app.src")))?;
    fs::copy(&resource, ebin.join(format!("{app}.app")))
        .map_err(|e| error(format!("cannot copy {}: {e}", resource.display())))?;
    let mut sources: Vec<PathBuf> = fs::read_dir(app_dir.join("src"))
        .map_err(|e| error(format!("cannot list src: {e}")))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("erl"))
        .collect();
    sources.sort();
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    let stale = sources.iter().any(|src| {
        let stem = src.file_stem().unwrap_or_default();
        let beam = ebin.join(stem).with_extension("beam");
        match (modified(src), modified(&beam)) {
            (Some(s), Some(b)) => s > b,
            _ => true,
        }
    });
    if !stale {
        return Ok(());
    }
    let mut command = Command::new(erlc);
    command
        .arg("+deterministic")
        .arg("-o")
        .arg(ebin)
        .args(&sources);
    let outcome = process::run(command, Limits::default());
    if outcome.ending == Ending::Exited(0) {
        Ok(())
    } else {
        Err(error(format!(
            "erlc ended with {}:\n{}{}",
            outcome.ending,
            String::from_utf8_lossy(&outcome.stdout),
            String::from_utf8_lossy(&outcome.stderr)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fx(family: &str, name: &str) -> Fixture {
        Fixture {
            family: family.into(),
            name: name.into(),
            source: PathBuf::from(format!("{family}/{name}.erl")),
            start_flags: vec![],
            expected_erl_exit: 0,
            tmpdir: false,
            env: Vec::new(),
            erlc_flags: vec![],
            fifos: Vec::new(),
            stdin: None,
            mode: Mode::Noshell,
            apps: Vec::new(),
        }
    }

    #[test]
    fn batches_stay_within_one_family() {
        let all = [
            fx("a", "1"),
            fx("a", "2"),
            fx("a", "3"),
            fx("b", "4"),
            fx("b", "5"),
        ];
        let refs: Vec<&Fixture> = all.iter().collect();
        let batches = batches(&refs, 2);
        let shape: Vec<Vec<String>> = batches
            .iter()
            .map(|b| b.iter().map(|f| f.id()).collect())
            .collect();
        assert_eq!(shape, vec![vec!["a/1", "a/2", "a/3"], vec!["b/4", "b/5"]]);
    }
}
