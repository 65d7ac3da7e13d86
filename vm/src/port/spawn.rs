//! The `spawn` and `spawn_executable` drivers: an external program whose standard input and
//! output are the port's output and input, through non-blocking pipes watched by the I/O
//! thread ([`super::poll`]). The program is started with `std::process::Command` (posix_spawn
//! where the C library allows it, so a scheduler never waits for a fork of the whole VM), and
//! reaped by the I/O thread once its output ends or the port closes.

use std::io::{ErrorKind, PipeReader, PipeWriter, Read as _, Write};
use std::os::fd::OwnedFd;
use std::process::{Child, Command, Stdio};

use command_fds::{CommandFdExt, FdMapping};

use mio::unix::pipe::{Receiver, Sender};

use super::driver::{Driver, Errno, Read};

/// What to start and how.
#[derive(Debug, Default, Clone)]
pub struct SpawnSpec {
    /// The program (`spawn_executable`), or the command line run by `/bin/sh` (`spawn`).
    pub program: String,
    /// Run `program` as a shell command line (`{spawn, Command}`).
    pub shell: bool,
    /// `{args, Args}`.
    pub args: Vec<Vec<u8>>,
    /// `{arg0, Arg0}`.
    pub arg0: Option<Vec<u8>>,
    /// `{env, Env}`: a value of `None` removes the variable.
    pub env: Vec<(String, Option<String>)>,
    /// `{cd, Dir}`.
    pub cd: Option<String>,
    /// `stderr_to_stdout`.
    pub stderr_to_stdout: bool,
    /// The port reads the program's output (not `out`).
    pub read: bool,
    /// The port writes the program's input (not `in`).
    pub write: bool,
    /// `nouse_stdio`: the program reads the port's output on descriptor 3 and writes its own
    /// output to descriptor 4, keeping the VM's standard input and output as its own.
    pub nouse_stdio: bool,
}

/// The POSIX error name of an I/O error, as erl reports it (`enoent`, `eacces`, `epipe`, ...).
pub fn errno_name(e: &std::io::Error) -> Errno {
    match e.raw_os_error() {
        Some(2) => "enoent",
        Some(13) => "eacces",
        Some(32) => "epipe",
        Some(20) => "enotdir",
        Some(8) => "enoexec",
        Some(7) => "e2big",
        Some(12) => "enomem",
        Some(24) => "emfile",
        Some(11) => "eagain",
        Some(9) => "ebadf",
        Some(21) => "eisdir",
        Some(90) => "emsgsize",
        Some(97) => "eafnosupport",
        Some(98) => "eaddrinuse",
        Some(99) => "eaddrnotavail",
        Some(100) => "enetdown",
        Some(101) => "enetunreach",
        Some(104) => "econnreset",
        Some(107) => "enotconn",
        Some(110) => "etimedout",
        Some(111) => "econnrefused",
        Some(113) => "ehostunreach",
        _ => match e.kind() {
            ErrorKind::NotFound => "enoent",
            ErrorKind::PermissionDenied => "eacces",
            ErrorKind::BrokenPipe => "epipe",
            _ => "einval",
        },
    }
}

/// A running program behind a port.
pub struct SpawnDriver {
    child: Option<Child>,
    pid: u32,
    stdin: Option<Sender>,
    stdout: Option<Receiver>,
    /// Output not yet written.
    queue: OutQueue,
}

fn os_str(bytes: &[u8]) -> &std::ffi::OsStr {
    use std::os::unix::ffi::OsStrExt;
    std::ffi::OsStr::from_bytes(bytes)
}

/// Starts the program of `spec`.
pub fn spawn(spec: &SpawnSpec) -> Result<SpawnDriver, Errno> {
    let mut cmd = if spec.shell {
        let mut c = Command::new("/bin/sh");
        c.arg("-c").arg(format!("exec {}", spec.program));
        c
    } else {
        let mut c = Command::new(&spec.program);
        c.args(spec.args.iter().map(|a| os_str(a)));
        if let Some(a0) = &spec.arg0 {
            use std::os::unix::process::CommandExt;
            c.arg0(os_str(a0));
        }
        c
    };
    for (k, v) in &spec.env {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    if let Some(d) = &spec.cd {
        cmd.current_dir(d);
    }
    let ends = if spec.nouse_stdio {
        descriptors_3_and_4(&mut cmd, spec)?
    } else {
        standard_streams(&mut cmd, spec)?
    };
    let mut child = cmd.spawn().map_err(|e| errno_name(&e))?;
    // Our copies of the program's ends of the pipes went with `cmd`.
    drop(cmd);
    let stdin = match ends.to_program {
        Some(w) => Some(Sender::from(OwnedFd::from(w))),
        None => child.stdin.take().map(Sender::from),
    };
    let stdout = match ends.from_program {
        Some(r) => Some(Receiver::from(OwnedFd::from(r))),
        None => child.stdout.take().map(Receiver::from),
    };
    for s in stdin.iter() {
        s.set_nonblocking(true).map_err(|e| errno_name(&e))?;
    }
    for r in stdout.iter() {
        r.set_nonblocking(true).map_err(|e| errno_name(&e))?;
    }
    Ok(SpawnDriver {
        pid: child.id(),
        child: Some(child),
        stdin,
        stdout,
        queue: OutQueue::default(),
    })
}

/// The port's ends of pipes made by hand (not by `Command`'s own stdio setup).
#[derive(Default)]
struct OwnEnds {
    /// Where the port writes the program's input.
    to_program: Option<PipeWriter>,
    /// Where the port reads the program's output.
    from_program: Option<PipeReader>,
}

/// `use_stdio` (the default): the program's standard input and output are the port's pipes,
/// its standard error the VM's (or the output pipe with `stderr_to_stdout`).
fn standard_streams(cmd: &mut Command, spec: &SpawnSpec) -> Result<OwnEnds, Errno> {
    cmd.stdin(if spec.write {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut ends = OwnEnds::default();
    if spec.read && spec.stderr_to_stdout {
        let (r, w) = std::io::pipe().map_err(|e| errno_name(&e))?;
        let w2 = w.try_clone().map_err(|e| errno_name(&e))?;
        cmd.stdout(w).stderr(w2);
        ends.from_program = Some(r);
    } else if spec.read {
        cmd.stdout(Stdio::piped());
    } else {
        cmd.stdout(Stdio::inherit());
    }
    Ok(ends)
}

/// `nouse_stdio`: the port's pipes become descriptors 3 (the program's input) and 4 (its
/// output), as ERTS's child setup arranges them; descriptors 0 and 1 stay the VM's own, and
/// descriptor 2 is the VM's standard error, or descriptor 4's pipe with `stderr_to_stdout`.
fn descriptors_3_and_4(cmd: &mut Command, spec: &SpawnSpec) -> Result<OwnEnds, Errno> {
    let mut ends = OwnEnds::default();
    let mut mappings = Vec::new();
    if spec.write {
        let (r, w) = std::io::pipe().map_err(|e| errno_name(&e))?;
        mappings.push(FdMapping {
            parent_fd: r.into(),
            child_fd: 3,
        });
        ends.to_program = Some(w);
    }
    if spec.read {
        let (r, w) = std::io::pipe().map_err(|e| errno_name(&e))?;
        if spec.stderr_to_stdout {
            cmd.stderr(w.try_clone().map_err(|e| errno_name(&e))?);
        }
        mappings.push(FdMapping {
            parent_fd: w.into(),
            child_fd: 4,
        });
        ends.from_program = Some(r);
    }
    cmd.stdin(Stdio::inherit()).stdout(Stdio::inherit());
    cmd.fd_mappings(mappings).map_err(|_| "einval")?;
    Ok(ends)
}

/// Output waiting for a pipe: buffers oldest first, `written` bytes of the first already out.
#[derive(Default)]
pub struct OutQueue {
    buffers: std::collections::VecDeque<Vec<u8>>,
    written: usize,
    queued: usize,
}

impl OutQueue {
    /// Bytes waiting.
    pub fn len(&self) -> usize {
        self.queued
    }

    /// Whether nothing waits.
    pub fn is_empty(&self) -> bool {
        self.queued == 0
    }

    /// Queues `bytes`.
    fn push(&mut self, bytes: &[u8]) {
        if !bytes.is_empty() {
            self.buffers.push_back(bytes.to_vec());
            self.queued += bytes.len();
        }
    }

    /// Writes to `w` until the queue is empty or the pipe is full.
    pub fn drain(&mut self, w: &mut Sender) -> Result<(), Errno> {
        while let Some(head) = self.buffers.front() {
            match w.write(&head[self.written..]) {
                Ok(n) => {
                    self.written += n;
                    self.queued -= n;
                    if self.written == head.len() {
                        self.buffers.pop_front();
                        self.written = 0;
                    }
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => return Ok(()),
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(errno_name(&e)),
            }
        }
        Ok(())
    }
}

impl SpawnDriver {
    /// Writes from the queue until it is empty or the pipe is full.
    fn drain(&mut self) -> Result<(), Errno> {
        match self.stdin.as_mut() {
            Some(w) => self.queue.drain(w),
            None => {
                self.queue = OutQueue::default();
                Ok(())
            }
        }
    }
}

impl Driver for SpawnDriver {
    fn output(&mut self, bytes: &[u8]) -> Result<(), Errno> {
        if self.stdin.is_none() {
            return Ok(());
        }
        self.queue.push(bytes);
        self.drain()
    }

    fn read(&mut self, buf: &mut [u8]) -> Result<Read, Errno> {
        let Some(r) = self.stdout.as_mut() else {
            return Ok(Read::Eof);
        };
        loop {
            return match r.read(buf) {
                Ok(0) => Ok(Read::Eof),
                Ok(n) => Ok(Read::Data(n)),
                Err(e) if e.kind() == ErrorKind::WouldBlock => Ok(Read::WouldBlock),
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => Err(errno_name(&e)),
            };
        }
    }

    fn flush(&mut self) -> Result<(), Errno> {
        self.drain()
    }

    fn queue_size(&self) -> usize {
        self.queue.len()
    }

    fn os_pid(&self) -> Option<u32> {
        Some(self.pid)
    }

    fn has_input(&self) -> bool {
        self.stdout.is_some()
    }

    fn start(&mut self, port: u64) {
        if let Some(r) = self.stdout.as_mut() {
            super::poll::register_input(port, r);
        }
        if let Some(w) = self.stdin.as_mut() {
            super::poll::register_output(port, w);
        }
        if self.stdout.is_none() {
            // Nothing to read: the program is reaped when it ends, but as in erl its exit
            // status is not reported (erl reports it after the end of the program's output)
            // and the port stays open.
            if let Some(c) = self.child.take() {
                super::poll::reap(None, c);
            }
        }
    }

    fn input_ended(&mut self, port: u64) {
        if let Some(mut r) = self.stdout.take() {
            super::poll::deregister(&mut r);
        }
        if let Some(c) = self.child.take() {
            super::poll::reap(Some(port), c);
        }
    }

    fn stop(&mut self, _port: u64) {
        if let Some(mut r) = self.stdout.take() {
            super::poll::deregister(&mut r);
        }
        if let Some(w) = self.stdin.take() {
            // Output still queued is written before the pipe closes, as erl does.
            super::poll::linger(w, std::mem::take(&mut self.queue));
        }
        if let Some(c) = self.child.take() {
            super::poll::reap(None, c);
        }
    }
}
