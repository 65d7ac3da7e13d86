//! The `fd` driver (`open_port({fd, In, Out}, Opts)`): a port over file descriptors the VM
//! already has, as OTP's `user` and `standard_error` open them (`{fd, 0, 1}`, `{fd, 2, 2}`).
//! The same driver serves a port over a named file (`open_port(Name, Opts)` with a bare name,
//! erl's old `vanilla` driver).
//!
//! Output goes out through the VM's own standard output or error stream, in order with
//! everything else the VM prints there and completely: a write returns when the bytes are
//! written, so nothing is lost when the system halts. Input is read by a reader thread of its
//! own (standard input may be a terminal, a file or a pipe, which not all can be polled); it
//! hands what it reads to the port and ends at end of input.

use std::io::{Read as _, Write};

use super::driver::{Driver, Errno};

/// Where the port's output goes.
enum Out {
    Stdout,
    Stderr,
    File(std::fs::File),
    None,
}

/// Where the port's input comes from.
enum Input {
    /// A descriptor of the VM's (`{fd, In, Out}`).
    Fd(i32),
    /// A file opened for the port (a bare name: erl's `vanilla` driver).
    File(std::fs::File),
}

/// A port over descriptors `In` and `Out`, or over a file.
pub struct FdDriver {
    input: Option<Input>,
    out: Out,
}

/// Opens descriptor `fd` of this process anew (through `/proc/self/fd`).
fn reopen(fd: i32, write: bool) -> Option<std::fs::File> {
    std::fs::OpenOptions::new()
        .read(!write)
        .write(write)
        .open(format!("/proc/self/fd/{fd}"))
        .ok()
}

impl FdDriver {
    /// A port writing to `fd` and reading nothing.
    pub fn output_only(fd: i32) -> FdDriver {
        FdDriver {
            input: None,
            out: match fd {
                1 => Out::Stdout,
                2 => Out::Stderr,
                _ => reopen(fd, true).map_or(Out::None, Out::File),
            },
        }
    }

    /// A port reading `input` (if `read`) and writing `output` (if `write`); `None` if a
    /// descriptor is not open.
    pub fn new(input: i32, output: i32, read: bool, write: bool) -> Option<FdDriver> {
        let out = if !write {
            Out::None
        } else {
            match output {
                1 => Out::Stdout,
                2 => Out::Stderr,
                _ => Out::File(reopen(output, true)?),
            }
        };
        if read && input != 0 {
            reopen(input, false)?;
        }
        Some(FdDriver {
            input: read.then_some(Input::Fd(input)),
            out,
        })
    }

    /// A port over the file at `path`, as erl's `vanilla` driver opens it: for reading only,
    /// for writing only (created or truncated), or both (created if missing); `None` if it
    /// cannot be opened.
    pub fn file(path: &str, read: bool, write: bool) -> Option<FdDriver> {
        let file = std::fs::OpenOptions::new()
            .read(read)
            .write(write)
            .create(write)
            .truncate(write && !read)
            .open(path)
            .ok()?;
        let input = if read {
            Some(Input::File(file.try_clone().ok()?))
        } else {
            None
        };
        Some(FdDriver {
            input,
            out: if write { Out::File(file) } else { Out::None },
        })
    }
}

impl Driver for FdDriver {
    fn output(&mut self, bytes: &[u8]) -> Result<(), Errno> {
        let r = match &mut self.out {
            Out::Stdout => {
                let mut o = std::io::stdout().lock();
                o.write_all(bytes).and_then(|_| o.flush())
            }
            Out::Stderr => std::io::stderr().lock().write_all(bytes),
            Out::File(f) => f.write_all(bytes),
            Out::None => Ok(()),
        };
        r.map_err(|e| super::spawn::errno_name(&e))
    }

    fn has_input(&self) -> bool {
        self.input.is_some()
    }

    fn locking(&self) -> &'static str {
        "driver_level"
    }

    fn start(&mut self, port: u64) {
        let (name, source): (String, Box<dyn std::io::Read + Send>) = match &self.input {
            None => return,
            Some(Input::Fd(0)) => ("0".into(), Box::new(std::io::stdin())),
            Some(Input::Fd(fd)) => match reopen(*fd, false) {
                Some(f) => (fd.to_string(), Box::new(f)),
                None => (fd.to_string(), Box::new(std::io::empty())),
            },
            Some(Input::File(f)) => match f.try_clone() {
                Ok(f) => ("file".into(), Box::new(f)),
                Err(_) => ("file".into(), Box::new(std::io::empty())),
            },
        };
        let spawned = std::thread::Builder::new()
            .name(format!("girder-fd-{name}"))
            .spawn(move || read_loop(port, source));
        if spawned.is_err() {
            deliver(port, &[]);
        }
    }
}

/// Hands `bytes` (empty: end of input) to port `port`; false if it is closed.
fn deliver(port: u64, bytes: &[u8]) -> bool {
    let sys = crate::sched::system();
    match sys.ports.by_number(port) {
        Some(p) => {
            p.input_bytes(sys, bytes);
            true
        }
        None => false,
    }
}

/// The reader thread: reads until end of input or until the port is closed.
fn read_loop(port: u64, mut source: Box<dyn std::io::Read + Send>) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match source.read(&mut buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Ok(0) | Err(_) => {
                deliver(port, &[]);
                return;
            }
            Ok(n) => {
                if !deliver(port, &buf[..n]) {
                    return;
                }
            }
        }
    }
}
