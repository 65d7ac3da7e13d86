//! Running one command with a time limit and an output limit, capturing its standard output,
//! standard error and how it ended.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

/// Limits applied to one run.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Wall-clock time after which the process is killed.
    pub timeout: Duration,
    /// Bytes of standard output after which the process is killed (stderr keeps only this much too).
    pub max_output: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            timeout: Duration::from_secs(60),
            max_output: 32 << 20,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// The process exited with this status.
    Exited(i32),
    /// The process was ended by this signal (not sent by the harness).
    Signalled(i32),
    /// The harness killed it after the time limit.
    TimedOut(Duration),
    /// The harness killed it after it wrote more than the output limit.
    OutputLimit(usize),
    /// The command could not be started.
    NotStarted(String),
}

impl std::fmt::Display for Ending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ending::Exited(code) => write!(f, "exit status {code}"),
            Ending::Signalled(sig) => write!(f, "killed by signal {sig}"),
            Ending::TimedOut(t) => write!(f, "timed out after {} s", t.as_secs_f64()),
            Ending::OutputLimit(n) => write!(f, "killed after writing more than {n} bytes"),
            Ending::NotStarted(why) => write!(f, "could not start: {why}"),
        }
    }
}

/// What one run produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Everything written to standard output (up to the output limit).
    pub stdout: Vec<u8>,
    /// Everything written to standard error (up to the output limit).
    pub stderr: Vec<u8>,
    /// How the process ended.
    pub ending: Ending,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
}

impl Outcome {
    /// The outcome of a command that could not be started because of `why`.
    pub fn not_started(why: &str) -> Outcome {
        Outcome {
            stdout: Vec::new(),
            stderr: Vec::new(),
            ending: Ending::NotStarted(why.to_string()),
            elapsed: Duration::ZERO,
        }
    }
}

/// Runs `command` with stdin closed, capturing stdout and stderr, within `limits`. The command runs
/// in a process group of its own, and whatever is left of that group when the command ends (or is
/// killed) is killed too, so no stray grandchild keeps the pipes open.
pub fn run(command: Command, limits: Limits) -> Outcome {
    run_with_input(command, limits, None)
}

/// [`run`], with `input` (if any) written to the command's standard input by a thread of its
/// own, which then closes it.
pub fn run_with_input(mut command: Command, limits: Limits, input: Option<Vec<u8>>) -> Outcome {
    use std::os::unix::process::CommandExt;
    let started = Instant::now();
    command
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(e) => {
            return Outcome {
                stdout: Vec::new(),
                stderr: Vec::new(),
                ending: Ending::NotStarted(e.to_string()),
                elapsed: started.elapsed(),
            }
        }
    };
    if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
        thread::spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(&bytes);
        });
    }
    let overflow = Arc::new(AtomicBool::new(false));
    let stdout_reader = spawn_reader(child.stdout.take(), limits.max_output, overflow.clone());
    let stderr_reader = spawn_reader(
        child.stderr.take(),
        limits.max_output,
        Arc::new(AtomicBool::new(false)),
    );
    let ending = wait(&mut child, started, limits, &overflow);
    kill_group(child.id());
    let stdout = stdout_reader.join().unwrap_or_default();
    let stderr = stderr_reader.join().unwrap_or_default();
    Outcome {
        stdout,
        stderr,
        ending,
        elapsed: started.elapsed(),
    }
}

type Reader = thread::JoinHandle<Vec<u8>>;

/// Reads a pipe to its end on its own thread, keeping at most `limit` bytes; past the limit it sets
/// `overflow` and drains the rest so the writer never blocks.
fn spawn_reader(
    pipe: Option<impl Read + Send + 'static>,
    limit: usize,
    overflow: Arc<AtomicBool>,
) -> Reader {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let Some(mut pipe) = pipe else {
            return kept;
        };
        let mut buf = [0u8; 64 * 1024];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = limit.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                    if n > room {
                        overflow.store(true, Ordering::Relaxed);
                    }
                }
            }
        }
        kept
    })
}

/// Polls the child until it exits, the time limit passes, or its stdout overflows.
fn wait(child: &mut Child, started: Instant, limits: Limits, overflow: &AtomicBool) -> Ending {
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return ending_of(status),
            Ok(None) => {}
            Err(e) => return Ending::NotStarted(format!("waiting failed: {e}")),
        }
        if started.elapsed() >= limits.timeout {
            kill(child);
            return Ending::TimedOut(limits.timeout);
        }
        if overflow.load(Ordering::Relaxed) {
            kill(child);
            return Ending::OutputLimit(limits.max_output);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

fn kill(child: &mut Child) {
    kill_group(child.id());
    let _ = child.kill();
    let _ = child.wait();
}

/// Sends SIGKILL to the process group led by `leader` (a no-op when the group is gone). std has no
/// API for signalling a group, so this uses the `kill` utility.
fn kill_group(leader: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{leader}")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

fn ending_of(status: std::process::ExitStatus) -> Ending {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(sig)) => Ending::Signalled(sig),
        (None, None) => Ending::Signalled(0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("sh");
        c.arg("-c").arg(script);
        c
    }

    #[test]
    fn captures_output_and_status() {
        let out = run(
            sh("printf 'a\\nb'; echo err >&2; exit 3"),
            Limits::default(),
        );
        assert_eq!(out.stdout, b"a\nb");
        assert_eq!(out.stderr, b"err\n");
        assert_eq!(out.ending, Ending::Exited(3));
    }

    #[test]
    fn times_out() {
        let limits = Limits {
            timeout: Duration::from_millis(200),
            max_output: 1024,
        };
        let out = run(sh("sleep 5"), limits);
        assert!(matches!(out.ending, Ending::TimedOut(_)));
    }

    #[test]
    fn stops_runaway_output() {
        let limits = Limits {
            timeout: Duration::from_secs(20),
            max_output: 1000,
        };
        let out = run(sh("yes; true"), limits);
        assert_eq!(out.ending, Ending::OutputLimit(1000));
        assert_eq!(out.stdout.len(), 1000);
    }

    #[test]
    fn grandchildren_do_not_hold_the_pipes_open() {
        let limits = Limits {
            timeout: Duration::from_secs(20),
            max_output: 1024,
        };
        let out = run(sh("(sleep 30; echo late) & echo early"), limits);
        assert_eq!(out.stdout, b"early\n");
        assert_eq!(out.ending, Ending::Exited(0));
        assert!(out.elapsed < Duration::from_secs(20));
    }

    #[test]
    fn missing_program() {
        let out = run(Command::new("/nonexistent/program"), Limits::default());
        assert!(matches!(out.ending, Ending::NotStarted(_)));
    }
}
