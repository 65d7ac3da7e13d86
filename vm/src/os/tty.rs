//! The terminal on standard input: its modes (`termios`), its window size, reads that never
//! wait, and the `SIGINT` that the break menu answers. The `tty_sl` port driver
//! (`crate::port::tty_sl`) and the break handler use these; each `unsafe` block says why it is
//! sound.
//!
//! The modes the terminal had before the VM changed them are kept here, so that every way out
//! of the VM ([`restore`]) can give them back.

use std::io::Write as _;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Mutex;

/// The terminal's modes: as found, and as set for the line editor.
struct Modes {
    original: libc::termios,
    raw: libc::termios,
}

static MODES: Mutex<Option<Modes>> = Mutex::new(None);

/// The break menu is up: the `tty_sl` driver leaves standard input to it.
static IN_BREAK: AtomicBool = AtomicBool::new(false);

/// The write end of the pipe the `SIGINT` handler writes to (-1: no handler).
static BREAK_PIPE: AtomicI32 = AtomicI32::new(-1);

fn modes() -> std::sync::MutexGuard<'static, Option<Modes>> {
    MODES.lock().unwrap_or_else(|e| e.into_inner())
}

fn get_attr(fd: i32) -> Option<libc::termios> {
    // SAFETY: termios is plain old data; an all-zero value is valid and tcgetattr fills it.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid, exclusively borrowed termios for the call's duration.
    let r = unsafe { libc::tcgetattr(fd, &mut t) };
    (r == 0).then_some(t)
}

fn set_attr(fd: i32, t: &libc::termios) -> bool {
    // SAFETY: `t` points to a valid termios that outlives the call.
    unsafe { libc::tcsetattr(fd, libc::TCSANOW, t) == 0 }
}

/// How the line editor wants one terminal setting: on (`1`), off (`-1`) or as found (`0`),
/// as `tty_sl`'s `+c`/`-c` (canonical input), `+e`/`-e` (echo) and `+s`/`-s` (signals).
#[derive(Clone, Copy, Debug, Default)]
pub struct RawFlags {
    /// Canonical (line) input.
    pub canon: i8,
    /// Echo of input.
    pub echo: i8,
    /// Signal characters and input flow control.
    pub sig: i8,
}

/// Puts the terminal on standard input into the modes `flags` ask for, keeping the modes it
/// had; false if standard input is no terminal or the modes cannot be set.
pub fn enter_raw(flags: RawFlags) -> bool {
    let Some(original) = get_attr(0) else {
        return false;
    };
    let mut t = original;
    t.c_iflag &= !libc::ISTRIP;
    if flags.canon > 0 {
        t.c_iflag |= libc::ICRNL;
        t.c_lflag |= libc::ICANON;
        t.c_oflag |= libc::OPOST;
    } else if flags.canon < 0 {
        t.c_iflag &= !libc::ICRNL;
        t.c_lflag &= !libc::ICANON;
        t.c_oflag &= !libc::OPOST;
        t.c_cc[libc::VMIN] = 1;
        t.c_cc[libc::VTIME] = 0;
    }
    if flags.echo > 0 {
        t.c_lflag |= libc::ECHO;
    } else if flags.echo < 0 {
        t.c_lflag &= !libc::ECHO;
    }
    let input = libc::BRKINT | libc::IGNPAR | libc::ICRNL | libc::IXON | libc::IXANY;
    if flags.sig > 0 {
        t.c_iflag |= input;
        t.c_lflag |= libc::ISIG | libc::IEXTEN;
    } else if flags.sig < 0 {
        t.c_iflag &= !input;
        t.c_lflag &= !(libc::ISIG | libc::IEXTEN);
    }
    let mut m = modes();
    let original = m.as_ref().map_or(original, |m| m.original);
    if !set_attr(0, &t) {
        set_attr(0, &original);
        return false;
    }
    *m = Some(Modes { original, raw: t });
    true
}

/// Gives the terminal back the modes it had before [`enter_raw`] and forgets them (the line
/// editor closed).
pub fn leave_raw() {
    if let Some(m) = modes().take() {
        set_attr(0, &m.original);
    }
}

/// Gives the terminal back its modes if the VM changed them; called on every way out of the
/// VM. The modes stay known, so a later [`restore`] is harmless.
pub fn restore() {
    if let Some(m) = modes().as_ref() {
        set_attr(0, &m.original);
    }
}

/// Sets the line editor's modes again after [`restore`] (the break menu was left).
fn reenter() {
    if let Some(m) = modes().as_ref() {
        set_attr(0, &m.raw);
    }
}

/// Whether the VM holds the terminal in the line editor's modes.
pub fn is_raw() -> bool {
    modes().is_some()
}

/// The terminal's size in columns and rows (80 × 24 when it cannot be known or is zero).
pub fn window_size() -> (u32, u32) {
    // SAFETY: winsize is plain old data; an all-zero value is valid.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize through the pointer, which is valid and exclusive.
    let r = unsafe { libc::ioctl(0, libc::TIOCGWINSZ, &mut ws) };
    if r != 0 {
        return (80, 24);
    }
    let cols = if ws.ws_col == 0 { 80 } else { ws.ws_col as u32 };
    let rows = if ws.ws_row == 0 { 24 } else { ws.ws_row as u32 };
    (cols, rows)
}

/// Reads what descriptor `fd` has now into `buf` without waiting: `Ok(None)` when nothing is
/// there (or the break menu has standard input), `Ok(Some(0))` at end of input.
pub fn read_now(fd: i32, buf: &mut [u8]) -> std::io::Result<Option<usize>> {
    if IN_BREAK.load(Ordering::Acquire) {
        return Ok(None);
    }
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd, exclusively borrowed for the call; a zero timeout never waits.
    let r = unsafe { libc::poll(&mut p, 1, 0) };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return match e.kind() {
            std::io::ErrorKind::Interrupted => Ok(None),
            _ => Err(e),
        };
    }
    if r == 0 || p.revents == 0 {
        return Ok(None);
    }
    // SAFETY: `buf` is valid for writes of `buf.len()` bytes for the call's duration.
    let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        let e = std::io::Error::last_os_error();
        return match e.kind() {
            std::io::ErrorKind::Interrupted | std::io::ErrorKind::WouldBlock => Ok(None),
            _ => Err(e),
        };
    }
    Ok(Some(n as usize))
}

/// What the signal handler tells the break thread: an interrupt or a continue.
const SAW_SIGINT: u8 = 1;
const SAW_SIGCONT: u8 = 2;

extern "C" fn on_signal(sig: libc::c_int) {
    let fd = BREAK_PIPE.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = [if sig == libc::SIGCONT {
            SAW_SIGCONT
        } else {
            SAW_SIGINT
        }];
        // SAFETY: write(2) is async-signal-safe; `b` is a valid one-byte buffer.
        unsafe {
            libc::write(fd, b.as_ptr().cast(), 1);
        }
    }
}

/// Installs the `SIGINT` and `SIGCONT` handlers once: each interrupt runs `menu` on a thread
/// of its own (the break menu), never in the signal handler; a continue after a stop (`^Z`,
/// then `fg`) sets the line editor's modes again, as the shell that stopped the VM may have
/// changed them. False if the handlers could not be installed.
pub fn install_break(menu: fn()) -> bool {
    static INSTALLED: Mutex<bool> = Mutex::new(false);
    let mut done = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
    if *done {
        return true;
    }
    let Ok((mut reader, writer)) = std::io::pipe() else {
        return false;
    };
    let spawned = std::thread::Builder::new()
        .name("girder-break".into())
        .spawn(move || {
            let mut b = [0u8; 16];
            loop {
                match std::io::Read::read(&mut reader, &mut b) {
                    Ok(0) => return,
                    Ok(n) => {
                        if b[..n].contains(&SAW_SIGCONT) && !IN_BREAK.load(Ordering::Acquire) {
                            reenter();
                        }
                        if b[..n].contains(&SAW_SIGINT) {
                            menu();
                        }
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => return,
                }
            }
        });
    if spawned.is_err() {
        return false;
    }
    let fd = std::os::fd::IntoRawFd::into_raw_fd(std::os::fd::OwnedFd::from(writer));
    BREAK_PIPE.store(fd, Ordering::Relaxed);
    // SAFETY: sigaction is plain old data; an all-zero value is valid before it is filled in.
    let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
    sa.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
    sa.sa_flags = libc::SA_RESTART;
    // SAFETY: `sa.sa_mask` is a valid sigset_t to initialise; `sa` outlives the calls; the
    // handler only calls write(2), which is async-signal-safe.
    let ok = unsafe {
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut()) == 0
            && libc::sigaction(libc::SIGCONT, &sa, std::ptr::null_mut()) == 0
    };
    *done = ok;
    ok
}

/// Runs the break menu's dialogue: while it is up the terminal has the modes it was found in
/// (so the answer is a line, echoed) and the line editor does not read. `answer` gets each
/// line read (`None` at end of input or on an error) and says whether to ask again.
pub fn break_dialogue(prompt: &str, mut answer: impl FnMut(Option<&[u8]>) -> bool) {
    IN_BREAK.store(true, Ordering::Release);
    restore();
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(prompt.as_bytes());
    let _ = out.flush();
    drop(out);
    let mut buf = [0u8; 256];
    loop {
        // SAFETY: `buf` is valid for writes of its length for the call's duration.
        let n = unsafe { libc::read(0, buf.as_mut_ptr().cast(), buf.len()) };
        let again = if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            answer(None)
        } else if n == 0 {
            answer(None)
        } else {
            answer(Some(&buf[..n as usize]))
        };
        if !again {
            break;
        }
    }
    reenter();
    IN_BREAK.store(false, Ordering::Release);
}
