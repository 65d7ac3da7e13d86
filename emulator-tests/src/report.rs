//! The human-readable summary of a conformance run: counts, one line per failure with its first
//! difference, broken fixtures, and what the ratchet says.

use crate::process::Outcome;
use crate::ratchet::Judgement;
use crate::suite::{FixtureRun, SuiteOutcome, Verdict};
use std::fmt::Write;

/// The most stderr lines of girder shown for a failure that is not on the known-failing list.
const STDERR_LINES: usize = 3;

/// How many of the slowest fixtures the summary names.
const SLOWEST_SHOWN: usize = 5;

/// Counts of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Fixtures girder passed.
    pub passed: usize,
    /// Fixtures girder failed.
    pub failed: usize,
    /// Of the failed, how many are on the known-failing list.
    pub known: usize,
    /// Fixtures whose reference run on erl went wrong.
    pub broken: usize,
}

/// Counts the verdicts; `is_known` says whether a fixture id is on the known-failing list.
pub fn counts(runs: &[FixtureRun], is_known: impl Fn(&str) -> bool) -> Counts {
    let mut c = Counts::default();
    for run in runs {
        match run.verdict {
            Verdict::Pass => c.passed += 1,
            Verdict::Fail(_) => {
                c.failed += 1;
                if is_known(&run.fixture.id()) {
                    c.known += 1;
                }
            }
            Verdict::Broken(_) => c.broken += 1,
        }
    }
    c
}

/// Writes the whole summary.
pub fn summary(outcome: &SuiteOutcome) -> String {
    let judgement = &outcome.judgement;
    let unexpected = |id: &str| judgement.unexpected_failures.iter().any(|u| u == id);
    let c = counts(&outcome.runs, |id| !outcome.rewrote_list && !unexpected(id));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "conformance: {} fixtures ({} recompiled), {:.1} s on {} threads",
        outcome.runs.len(),
        outcome.compiled,
        outcome.elapsed.as_secs_f64(),
        outcome.jobs
    );

    let failures: Vec<&FixtureRun> = outcome
        .runs
        .iter()
        .filter(|r| matches!(r.verdict, Verdict::Fail(_)))
        .collect();
    if !failures.is_empty() {
        let _ = writeln!(out, "\nfailures:");
        for run in failures {
            let id = run.fixture.id();
            let detailed = unexpected(&id);
            out.push_str(&failure_line(run, !detailed && !outcome.rewrote_list));
            if detailed {
                for line in stderr_head(&run.girder) {
                    let _ = writeln!(out, "      girder stderr: {line}");
                }
                let _ = writeln!(out, "      erl:    {}", run.commands[0]);
                let _ = writeln!(out, "      girder: {}", run.commands[1]);
            }
        }
    }

    let broken: Vec<(&FixtureRun, &str)> = outcome.broken().collect();
    if !broken.is_empty() {
        let _ = writeln!(
            out,
            "\nbroken fixtures (real erl does not behave as the fixture declares):"
        );
        for (run, why) in broken {
            let _ = writeln!(out, "  {}: {why}", run.fixture.id());
            let _ = writeln!(out, "      erl: {}", run.commands[0]);
        }
    }

    out.push_str(&ratchet_section(judgement));
    if let Some(line) = slowest_line(&outcome.runs, SLOWEST_SHOWN) {
        let _ = writeln!(out, "\n{line}");
    }
    let _ = writeln!(
        out,
        "\n{} passed, {} failed ({} known failing), {} broken",
        c.passed, c.failed, c.known, c.broken
    );
    if outcome.rewrote_list {
        let _ = writeln!(out, "known-failing.txt rewritten: {} entries", c.failed);
    }
    let _ = writeln!(
        out,
        "result: {}",
        if outcome.is_ok() { "ok" } else { "FAILED" }
    );
    out
}

/// One line for a failed fixture: name, `[known]` when listed, and its first difference.
pub fn failure_line(run: &FixtureRun, known: bool) -> String {
    let Verdict::Fail(mismatch) = &run.verdict else {
        return String::new();
    };
    let tag = if known { " [known]" } else { "" };
    let stderr = if known {
        stderr_head(&run.girder)
            .into_iter()
            .next()
            .map(|l| format!(" (girder stderr: {l})"))
            .unwrap_or_default()
    } else {
        String::new()
    };
    format!("  FAIL {}{tag}: {mismatch}{stderr}\n", run.fixture.id())
}

/// Names the `n` fixtures that took longest (erl and girder together), so the suite stays fast.
pub fn slowest_line(runs: &[FixtureRun], n: usize) -> Option<String> {
    let mut by_time: Vec<&FixtureRun> = runs.iter().collect();
    by_time.sort_by_key(|r| std::cmp::Reverse(r.erl.elapsed + r.girder.elapsed));
    let shown: Vec<String> = by_time
        .iter()
        .take(n)
        .map(|r| {
            format!(
                "{} (erl {:.1} s, girder {:.1} s)",
                r.fixture.id(),
                r.erl.elapsed.as_secs_f64(),
                r.girder.elapsed.as_secs_f64()
            )
        })
        .collect();
    (!shown.is_empty()).then(|| format!("slowest: {}", shown.join(", ")))
}

/// The ratchet's findings, or nothing when it holds.
pub fn ratchet_section(judgement: &Judgement) -> String {
    let mut out = String::new();
    let mut list = |title: &str, names: &[String]| {
        if !names.is_empty() {
            let _ = writeln!(out, "\n{title}:");
            for name in names {
                let _ = writeln!(out, "  {name}");
            }
        }
    };
    list(
        "unexpected failures (fix girder, or add them to otp-fixtures/known-failing.txt)",
        &judgement.unexpected_failures,
    );
    list(
        "now passing: remove them from otp-fixtures/known-failing.txt",
        &judgement.unexpected_passes,
    );
    list(
        "listed in otp-fixtures/known-failing.txt but no such fixture",
        &judgement.stale_entries,
    );
    out
}

fn stderr_head(outcome: &Outcome) -> Vec<String> {
    String::from_utf8_lossy(&outcome.stderr)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(STDERR_LINES)
        .map(|l| l.chars().take(200).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::compare;
    use crate::fixture::Fixture;
    use crate::process::Ending;
    use std::path::PathBuf;
    use std::time::Duration;

    fn outcome(stdout: &str, code: i32, stderr: &str) -> Outcome {
        Outcome {
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
            ending: Ending::Exited(code),
            elapsed: Duration::ZERO,
        }
    }

    fn run(name: &str, erl: Outcome, girder: Outcome) -> FixtureRun {
        let verdict = match compare(&erl, &girder) {
            None => Verdict::Pass,
            Some(m) => Verdict::Fail(m),
        };
        FixtureRun {
            fixture: Fixture {
                family: "arith".into(),
                name: name.into(),
                source: PathBuf::from(format!("otp-fixtures/arith/{name}.erl")),
                start_flags: vec!["-s".into(), name.into(), "main".into()],
                expected_erl_exit: 0,
                tmpdir: false,
                env: Vec::new(),
                erlc_flags: vec![],
                fifos: Vec::new(),
                stdin: None,
                mode: crate::fixture::Mode::Noshell,
                apps: Vec::new(),
            },
            erl,
            girder,
            verdict,
            commands: ["erl ...".into(), "girder ...".into()],
        }
    }

    fn suite(runs: Vec<FixtureRun>, judgement: Judgement) -> SuiteOutcome {
        SuiteOutcome {
            runs,
            judgement,
            compiled: 0,
            rewrote_list: false,
            elapsed: Duration::ZERO,
            jobs: 2,
        }
    }

    #[test]
    fn summary_counts_and_lines() {
        let runs = vec![
            run("ok", outcome("1\r\n", 0, ""), outcome("1\r\n", 0, "")),
            run(
                "known",
                outcome("1\r\n", 0, ""),
                outcome("", 2, "girder: boom\n"),
            ),
            run(
                "new",
                outcome("1\r\n2\r\n", 0, ""),
                outcome("1\r\n3\r\n", 0, ""),
            ),
        ];
        let judgement = Judgement {
            unexpected_failures: vec!["arith/new".into()],
            ..Judgement::default()
        };
        let text = summary(&suite(runs, judgement));
        assert!(
            text.contains("1 passed, 2 failed (1 known failing), 0 broken"),
            "{text}"
        );
        assert!(
            text.contains(
                "FAIL arith/known [known]: line 1: expected \"1\\r\\n\", got <end of output>; \
                 ending: expected exit status 0, got exit status 2 (girder stderr: girder: boom)"
            ),
            "{text}"
        );
        assert!(
            text.contains("FAIL arith/new: line 2: expected \"2\", got \"3\""),
            "{text}"
        );
        assert!(text.contains("      girder: girder ..."), "{text}");
        assert!(text.contains("unexpected failures"), "{text}");
        assert!(text.ends_with("result: FAILED\n"), "{text}");
    }

    #[test]
    fn all_good_says_ok() {
        let runs = vec![run("ok", outcome("1\r\n", 0, ""), outcome("1\r\n", 0, ""))];
        let text = summary(&suite(runs, Judgement::default()));
        assert!(
            text.contains("1 passed, 0 failed (0 known failing), 0 broken"),
            "{text}"
        );
        assert!(!text.contains("failures:"), "{text}");
        assert!(text.ends_with("result: ok\n"), "{text}");
    }

    #[test]
    fn slowest_fixtures_come_first() {
        let mut slow = run("slow", outcome("1\r\n", 0, ""), outcome("1\r\n", 0, ""));
        slow.erl.elapsed = Duration::from_millis(1500);
        let fast = run("fast", outcome("1\r\n", 0, ""), outcome("1\r\n", 0, ""));
        let line = slowest_line(&[fast, slow], 1).unwrap();
        assert_eq!(line, "slowest: arith/slow (erl 1.5 s, girder 0.0 s)");
        assert_eq!(slowest_line(&[], 3), None);
    }

    #[test]
    fn ratchet_section_lists_stale_and_passing() {
        let j = Judgement {
            unexpected_passes: vec!["a/b".into()],
            stale_entries: vec!["a/gone".into()],
            ..Judgement::default()
        };
        let text = ratchet_section(&j);
        assert!(
            text.contains("now passing: remove them from otp-fixtures/known-failing.txt:\n  a/b\n"),
            "{text}"
        );
        assert!(text.contains("but no such fixture:\n  a/gone\n"), "{text}");
    }
}
