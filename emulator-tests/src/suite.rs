//! One conformance run: find and compile the fixtures, run each on real erl and on girder, compare,
//! and judge the results against the known-failing list.

use crate::compare::{compare, Mismatch};
use crate::compile;
use crate::fixture::{self, Fixture, Mode};
use crate::pool::{default_jobs, parallel_map};
use crate::process::{self, Ending, Limits, Outcome};
use crate::ratchet::{judge, Judgement, KnownFailing};
use crate::tools;
use crate::vm::{Layout, Vm};
use crate::HarnessError;
use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Settings of a run, normally read from the environment by [`Config::from_env`].
#[derive(Debug, Clone)]
pub struct Config {
    /// The workspace root (holds `otp-fixtures/`).
    pub root: PathBuf,
    /// Only fixtures whose `family/name` contains one of these run; empty means all.
    pub filters: Vec<String>,
    /// Rewrite `known-failing.txt` from this run's results instead of judging against it.
    pub update_known_failing: bool,
    /// Run each fixture twice on erl and report fixtures whose output differs (nondeterminism).
    pub erl_twice: bool,
    /// Number of worker threads.
    pub jobs: usize,
    /// Limits for each run of real erl.
    pub limits: Limits,
    /// A fixed time limit for girder (`CONFORMANCE_TIMEOUT`); without it girder gets
    /// [`girder_timeout`] of erl's time.
    pub girder_timeout: Option<Duration>,
}

/// Time limit for erl when `CONFORMANCE_TIMEOUT` is not set: generous, since a loaded machine can
/// slow the allocation-heavy fixtures down a lot.
pub const ERL_TIMEOUT: Duration = Duration::from_secs(120);

/// The least time girder gets for a fixture when no fixed limit is set.
pub const GIRDER_MIN_TIMEOUT: Duration = Duration::from_secs(30);

/// How many times erl's wall-clock time girder gets for a fixture when no fixed limit is set.
pub const GIRDER_SLOWDOWN_ALLOWED: u32 = 20;

/// The time limit for girder on a fixture that took `erl_elapsed` on erl.
pub fn girder_timeout(erl_elapsed: Duration) -> Duration {
    (erl_elapsed * GIRDER_SLOWDOWN_ALLOWED).clamp(GIRDER_MIN_TIMEOUT, Duration::from_secs(600))
}

impl Config {
    /// Reads the settings: positional `args` not starting with `-` are filters; the environment
    /// variables `CONFORMANCE_FILTER` (comma-separated filters), `UPDATE_KNOWN_FAILING=1`,
    /// `CONFORMANCE_ERL_TWICE=1`, `CONFORMANCE_JOBS` and `CONFORMANCE_TIMEOUT` (seconds, for both
    /// virtual machines) adjust the rest.
    pub fn from_env(args: impl IntoIterator<Item = String>) -> Result<Config, HarnessError> {
        let mut filters: Vec<String> = args.into_iter().filter(|a| !a.starts_with('-')).collect();
        if let Ok(list) = env::var("CONFORMANCE_FILTER") {
            filters.extend(
                list.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from),
            );
        }
        let flag = |name: &str| {
            env::var(name)
                .map(|v| v == "1" || v == "true")
                .unwrap_or(false)
        };
        let number = |name: &str| -> Result<Option<u64>, HarnessError> {
            match env::var(name) {
                Err(_) => Ok(None),
                Ok(v) => v.trim().parse::<u64>().map(Some).map_err(|_| {
                    HarnessError::new(format!("${name} must be a whole number, got `{v}`"))
                }),
            }
        };
        let jobs = number("CONFORMANCE_JOBS")?
            .map(|n| n.max(1) as usize)
            .unwrap_or_else(default_jobs);
        let fixed = number("CONFORMANCE_TIMEOUT")?.map(|s| Duration::from_secs(s.max(1)));
        let limits = Limits {
            timeout: fixed.unwrap_or(ERL_TIMEOUT),
            ..Limits::default()
        };
        Ok(Config {
            root: tools::workspace_root(),
            filters,
            update_known_failing: flag("UPDATE_KNOWN_FAILING"),
            erl_twice: flag("CONFORMANCE_ERL_TWICE"),
            jobs,
            limits,
            girder_timeout: fixed,
        })
    }

    /// The fixture sources: `<root>/otp-fixtures`.
    pub fn fixtures_dir(&self) -> PathBuf {
        self.root.join("otp-fixtures")
    }

    /// Where compiled fixtures go: `<root>/otp-fixtures/build`.
    pub fn build_root(&self) -> PathBuf {
        self.fixtures_dir().join("build")
    }

    /// The ratchet file: `<root>/otp-fixtures/known-failing.txt`.
    pub fn known_failing_path(&self) -> PathBuf {
        self.fixtures_dir().join("known-failing.txt")
    }

    fn selects(&self, fixture: &Fixture) -> bool {
        let id = fixture.id();
        self.filters.is_empty() || self.filters.iter().any(|f| id.contains(f.as_str()))
    }
}

/// The verdict on one fixture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// girder matched erl.
    Pass,
    /// girder differed from erl.
    Fail(Mismatch),
    /// The fixture itself is wrong: real erl did not behave as the fixture declares.
    Broken(String),
}

/// One fixture's runs and verdict.
#[derive(Debug, Clone)]
pub struct FixtureRun {
    /// The fixture.
    pub fixture: Fixture,
    /// What real erl did.
    pub erl: Outcome,
    /// What girder did.
    pub girder: Outcome,
    /// The verdict.
    pub verdict: Verdict,
    /// Shell lines that reproduce the two runs by hand.
    pub commands: [String; 2],
}

impl FixtureRun {
    /// Whether girder matched erl.
    pub fn passed(&self) -> bool {
        self.verdict == Verdict::Pass
    }
}

/// Everything a run produced.
#[derive(Debug, Clone)]
pub struct SuiteOutcome {
    /// Per-fixture results in fixture order.
    pub runs: Vec<FixtureRun>,
    /// The ratchet's judgement (empty when the list was rewritten instead).
    pub judgement: Judgement,
    /// How many fixtures were recompiled.
    pub compiled: usize,
    /// Whether the known-failing list was rewritten.
    pub rewrote_list: bool,
    /// Wall-clock time of the whole run.
    pub elapsed: Duration,
    /// Worker threads used.
    pub jobs: usize,
}

impl SuiteOutcome {
    /// Fixtures whose erl runs show they are broken.
    pub fn broken(&self) -> impl Iterator<Item = (&FixtureRun, &str)> {
        self.runs.iter().filter_map(|r| match &r.verdict {
            Verdict::Broken(why) => Some((r, why.as_str())),
            _ => None,
        })
    }

    /// Whether the run succeeded: no broken fixture and the ratchet holds.
    pub fn is_ok(&self) -> bool {
        self.broken().next().is_none() && self.judgement.is_ok()
    }
}

/// Runs the suite as `config` says.
pub fn run(config: &Config) -> Result<SuiteOutcome, HarnessError> {
    let started = Instant::now();
    let erl = tools::erl()?;
    let erlc = tools::erlc()?;
    let girder = tools::girder(&config.root)?;
    let all = fixture::discover(&config.fixtures_dir())?;
    let selected: Vec<Fixture> = all.iter().filter(|f| config.selects(f)).cloned().collect();
    let build_root = config.build_root();
    let compiled = compile::compile_stale(&erlc, &selected, &build_root, config.jobs)?;
    let apps: std::collections::BTreeSet<&str> = selected
        .iter()
        .flat_map(|f| f.apps.iter().map(String::as_str))
        .collect();
    for app in apps {
        compile::compile_app(
            &erlc,
            &config.fixtures_dir().join(fixture::APPS_DIR).join(app),
            &compile::app_ebin(&build_root, app),
        )?;
    }
    let known = read_known_failing(&config.known_failing_path())?;

    let erl = Vm::Erl(erl);
    let girder = Vm::Girder(girder);
    let runs = parallel_map(&selected, config.jobs, |f| {
        run_fixture(config, &erl, &girder, &build_root, f)
    });

    let complete = selected.len() == all.len();
    let mut outcome = SuiteOutcome {
        judgement: Judgement::default(),
        compiled,
        rewrote_list: false,
        elapsed: Duration::ZERO,
        jobs: config.jobs,
        runs,
    };
    if config.update_known_failing {
        write_known_failing(config, &known, &outcome.runs)?;
        outcome.rewrote_list = true;
    } else {
        let results: Vec<(String, bool)> = outcome
            .runs
            .iter()
            .map(|r| (r.fixture.id(), r.passed()))
            .collect();
        outcome.judgement = judge(&results, &known, complete);
    }
    outcome.elapsed = started.elapsed();
    Ok(outcome)
}

fn run_fixture(
    config: &Config,
    erl: &Vm,
    girder: &Vm,
    build_root: &Path,
    fixture: &Fixture,
) -> FixtureRun {
    let dir = compile::build_dir(build_root, &fixture.family);
    // Both VMs run from the workspace root, so the shorter relative path works and reads better.
    let dir = dir
        .strip_prefix(&config.root)
        .map(Path::to_path_buf)
        .unwrap_or(dir);
    let layout = |absolute: bool| {
        let place = |p: PathBuf| {
            if absolute {
                config.root.join(p)
            } else {
                p
            }
        };
        let relative = |p: &Path| {
            p.strip_prefix(&config.root)
                .map(Path::to_path_buf)
                .unwrap_or_else(|_| p.to_path_buf())
        };
        Layout {
            build_dir: place(dir.clone()),
            app_dirs: fixture
                .apps
                .iter()
                .map(|a| place(relative(&compile::app_ebin(build_root, a))))
                .collect(),
            script: if fixture.mode == Mode::Escript {
                place(relative(&fixture.source))
            } else {
                PathBuf::new()
            },
        }
    };
    let run_on = |vm: &Vm, limits: Limits| {
        if fixture.tmpdir {
            let Ok(tmp) = crate::tmpdir::TempDir::new(&fixture.name) else {
                return process::Outcome::not_started("cannot create a temporary directory");
            };
            if let Err(e) = tmp.make_fifos(&fixture.fifos) {
                return process::Outcome::not_started(&format!("cannot make a named pipe: {e}"));
            }
            let mut command = vm.command(fixture, &layout(true));
            command.current_dir(tmp.path());
            return process::run_with_input(command, limits, fixture.stdin.clone());
        }
        let mut command = vm.command(fixture, &layout(false));
        command.current_dir(&config.root);
        process::run_with_input(command, limits, fixture.stdin.clone())
    };
    let erl_outcome = run_on(erl, config.limits);
    let mut broken = check_reference(fixture, &erl_outcome);
    if broken.is_none() && config.erl_twice {
        let again = run_on(erl, config.limits);
        if let Some(diff) = compare(&erl_outcome, &again) {
            broken = Some(format!("real erl is not deterministic on it: {diff}"));
        }
    }
    let girder_limits = Limits {
        timeout: config
            .girder_timeout
            .unwrap_or_else(|| girder_timeout(erl_outcome.elapsed)),
        ..config.limits
    };
    let girder_outcome = run_on(girder, girder_limits);
    let verdict = match broken {
        Some(why) => Verdict::Broken(why),
        None => match compare(&erl_outcome, &girder_outcome) {
            None => Verdict::Pass,
            Some(mismatch) => Verdict::Fail(mismatch),
        },
    };
    FixtureRun {
        commands: [
            erl.shell_line(fixture, &layout(fixture.tmpdir)),
            girder.shell_line(fixture, &layout(fixture.tmpdir)),
        ],
        fixture: fixture.clone(),
        erl: erl_outcome,
        girder: girder_outcome,
        verdict,
    }
}

/// Checks that real erl ended as the fixture declares; otherwise explains why the fixture is broken.
fn check_reference(fixture: &Fixture, erl: &Outcome) -> Option<String> {
    let expected = Ending::Exited(fixture.expected_erl_exit);
    if erl.ending == expected {
        return None;
    }
    let stderr = String::from_utf8_lossy(&erl.stderr);
    let detail = stderr
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    let why = format!(
        "real erl ended with {} (the fixture expects {expected})",
        erl.ending
    );
    Some(if detail.is_empty() {
        why
    } else {
        format!("{why}: {detail}")
    })
}

fn read_known_failing(path: &Path) -> Result<KnownFailing, HarnessError> {
    match fs::read_to_string(path) {
        Ok(text) => KnownFailing::parse(&text)
            .map_err(|e| HarnessError::new(format!("{}: {e}", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(KnownFailing::default()),
        Err(e) => Err(HarnessError::new(format!(
            "{}: cannot read: {e}",
            path.display()
        ))),
    }
}

/// Rewrites the list: the fixtures girder failed in this run (broken fixtures are not listed: they
/// must be fixed), plus (when filtered) the entries for
/// fixtures that did not run.
fn write_known_failing(
    config: &Config,
    known: &KnownFailing,
    runs: &[FixtureRun],
) -> Result<(), HarnessError> {
    let ran: std::collections::BTreeSet<String> = runs.iter().map(|r| r.fixture.id()).collect();
    let mut failing: Vec<String> = runs
        .iter()
        .filter(|r| matches!(r.verdict, Verdict::Fail(_)))
        .map(|r| r.fixture.id())
        .collect();
    if !config.filters.is_empty() {
        failing.extend(known.names.iter().filter(|n| !ran.contains(*n)).cloned());
    }
    let text = KnownFailing::render(failing.iter().map(String::as_str));
    let path = config.known_failing_path();
    fs::write(&path, text)
        .map_err(|e| HarnessError::new(format!("{}: cannot write: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn girder_timeout_scales_with_erl_within_bounds() {
        assert_eq!(
            girder_timeout(Duration::from_millis(100)),
            GIRDER_MIN_TIMEOUT
        );
        assert_eq!(
            girder_timeout(Duration::from_secs(3)),
            Duration::from_secs(60)
        );
        assert_eq!(
            girder_timeout(Duration::from_secs(100)),
            Duration::from_secs(600)
        );
    }
}
