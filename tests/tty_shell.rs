//! The shell on a terminal: girder runs under a pseudo-terminal (as the session leader, with
//! the terminal as its controlling terminal, as a login shell would start it) and a script
//! types into it: an expression, the up arrow (history), tab completion of a module's
//! functions, unicode input, `^C` with the break menu's `c`, `^G` with `j` and `q`. Every wait
//! has a deadline. Afterwards girder must have exited and the terminal must have its modes
//! back. The same script run on real `erl` must give the same transcript (after the banner
//! line, which names the emulator's features).
//!
//! The pseudo-terminal is made with `libc` here, in the test only; each `unsafe` block says
//! why it is sound.

mod common;

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Longest wait for any expected output.
const WAIT: Duration = Duration::from_secs(20);

/// A pseudo-terminal: the master side (the test's) and the slave side (the program's).
struct Pty {
    master: OwnedFd,
    slave: OwnedFd,
}

fn open_pty() -> Pty {
    let (mut master, mut slave) = (-1, -1);
    let ws = libc::winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: both descriptor pointers are valid for writes; the name and termios pointers
    // may be null; `ws` is a valid winsize that outlives the call.
    let r = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &ws,
        )
    };
    assert_eq!(r, 0, "openpty failed: {}", std::io::Error::last_os_error());
    // SAFETY: openpty succeeded, so both descriptors are open and owned by nobody else.
    unsafe {
        Pty {
            master: OwnedFd::from_raw_fd(master),
            slave: OwnedFd::from_raw_fd(slave),
        }
    }
}

/// The terminal modes that matter: input, output and local flags, and VMIN/VTIME.
fn modes(fd: &OwnedFd) -> (u32, u32, u32, u8, u8) {
    // SAFETY: termios is plain old data; all zeroes is a valid value to be filled in.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid, exclusively borrowed termios; the descriptor is open.
    let r = unsafe { libc::tcgetattr(fd.as_raw_fd(), &mut t) };
    assert_eq!(r, 0, "tcgetattr: {}", std::io::Error::last_os_error());
    (
        t.c_iflag,
        t.c_oflag,
        t.c_lflag,
        t.c_cc[libc::VMIN],
        t.c_cc[libc::VTIME],
    )
}

/// A program running on the pseudo-terminal, with everything it wrote so far.
struct Session {
    child: Child,
    master: std::fs::File,
    seen: Arc<Mutex<Vec<u8>>>,
    /// How much of `seen` the script has matched already.
    mark: usize,
    name: String,
}

impl Session {
    fn start(program: &str, pty: &Pty, home: &std::path::Path) -> Session {
        let mut cmd = Command::new(program);
        let slave = || Stdio::from(pty.slave.try_clone().expect("dup the terminal"));
        cmd.stdin(slave())
            .stdout(slave())
            .stderr(slave())
            .env("TERM", "xterm")
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_CTYPE")
            .env_remove("ERL_AFLAGS")
            .env_remove("ERL_FLAGS")
            .env_remove("ERL_ZFLAGS")
            .env("HOME", home);
        {
            use std::os::unix::process::CommandExt;
            // SAFETY: between fork and exec the closure calls only setsid(2) and ioctl(2),
            // which are async-signal-safe, and allocates nothing.
            unsafe {
                cmd.pre_exec(|| {
                    if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
        let master = std::fs::File::from(pty.master.try_clone().expect("dup the master"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().expect("dup the master");
        let into = seen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                into.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session {
            child,
            master,
            seen,
            mark: 0,
            name: program.to_string(),
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.seen.lock().unwrap()).into_owned()
    }

    /// Waits until `want` appears after what was matched before; fails after [`WAIT`].
    fn expect(&mut self, want: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            {
                let seen = self.seen.lock().unwrap();
                let rest = &seen[self.mark.min(seen.len())..];
                if let Some(i) = rest.windows(want.len()).position(|w| w == want.as_bytes()) {
                    self.mark += i + want.len();
                    return;
                }
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!(
                    "{}: no {want:?} within {WAIT:?}; the terminal shows:\n{:?}",
                    self.name,
                    self.text()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("type");
    }

    /// Waits for the program to exit; fails (after killing it) past the deadline.
    fn wait_exit(&mut self) -> std::process::ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!(
                    "{} did not exit within {WAIT:?}; the terminal shows:\n{:?}",
                    self.name,
                    self.text()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// Waits until the terminal has canonical input and echo off again; fails after [`WAIT`].
fn wait_raw(program: &str, slave: &OwnedFd) {
    let deadline = Instant::now() + WAIT;
    while modes(slave).2 & (libc::ICANON | libc::ECHO) != 0 {
        assert!(
            Instant::now() < deadline,
            "{program}: the terminal is not raw again within {WAIT:?} after the break menu"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Runs the script on `program`; returns the transcript and checks the modes on the way.
fn run_script(program: &str, home: &std::path::Path) -> String {
    let pty = open_pty();
    let before = modes(&pty.slave);
    let mut s = Session::start(program, &pty, home);
    s.expect("Eshell V13.1.5  (abort with ^G)\r\n");
    s.expect("1> ");
    let raw = modes(&pty.slave);
    assert_eq!(
        raw.2 & (libc::ICANON | libc::ECHO),
        0,
        "{program}: the shell runs with canonical input and echo off"
    );
    s.send("1+2.\r");
    s.expect("3\r\n2> ");
    // Up arrow: the previous line comes back; Enter runs it again.
    s.send("\x1b[A");
    s.expect("2> 1+2.");
    s.send("\r");
    s.expect("3\r\n3> ");
    // Tab completion of a module's functions.
    s.send("lists:fo\t");
    s.expect("foldl/3    foldr/3    foreach/2");
    s.expect("3> lists:fo");
    s.send("ldl(fun(X, A) -> X + A end, 0, [1,2,3]).\r");
    s.expect("6\r\n4> ");
    // Unicode input is one character.
    s.send("length(\"é→\").\r");
    s.expect("2\r\n5> ");
    // ^C: the break menu, then continue.
    s.send("\x03");
    s.expect("(l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\r\r\n");
    s.send("c\n");
    s.expect("c\r\n");
    // The break menu reads its answer in canonical mode with echo; typing before the
    // shell has the terminal raw again would be echoed twice (by the terminal and by
    // the shell), on erl as on girder.
    wait_raw(program, &pty.slave);
    s.send("2*21.\r");
    s.expect("42\r\n6> ");
    // ^G: job control, list the jobs, then quit.
    s.send("\x07");
    s.expect(" --> ");
    s.send("j\r");
    s.expect("1* {shell,start,[init]}\r\n --> ");
    s.send("q\r");
    let status = s.wait_exit();
    assert!(status.success(), "{program} ended with {status}");
    let after = modes(&pty.slave);
    assert_eq!(
        before, after,
        "{program} must give the terminal its modes back"
    );
    // Whatever is still in flight from the master is not part of the transcript.
    std::thread::sleep(Duration::from_millis(100));
    s.text()
}

/// The transcript after the banner line.
fn after_banner(t: &str) -> &str {
    t.find("Eshell").map_or(t, |i| &t[i..])
}

#[test]
fn shell_on_a_terminal_edits_completes_and_quits_as_erl() {
    let home = common::scratch("tty-shell-home");
    let girder = run_script(env!("CARGO_BIN_EXE_girder"), &home);
    assert!(
        girder.starts_with("Erlang/OTP 25 [erts-13.1.5]") && girder.contains("[girder]\r\n"),
        "banner: {girder:?}"
    );
    let Ok(erl) = which_erl() else {
        eprintln!("real erl is not installed: the transcript is not compared");
        return;
    };
    let erl = run_script(&erl, &home);
    assert_eq!(
        after_banner(&girder),
        after_banner(&erl),
        "girder's transcript (left) differs from erl's (right)"
    );
}

/// The `erl` on `PATH`.
fn which_erl() -> Result<String, ()> {
    let path = std::env::var_os("PATH").ok_or(())?;
    std::env::split_paths(&path)
        .map(|d| d.join("erl"))
        .find(|p| p.is_file())
        .map(|p| p.display().to_string())
        .ok_or(())
}
