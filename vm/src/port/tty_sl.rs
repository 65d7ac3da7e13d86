//! The `tty_sl` driver (`open_port({spawn, "tty_sl -c -e"}, [eof])`, as OTP's `user_drv`
//! opens it): the terminal on standard input and output as a line editor's screen.
//!
//! It opens only when standard input and output are both terminals and `TERM` names a
//! terminal with cursor movement (else the open fails and `user_drv` falls back to the plain
//! `user`). The flags `-c`/`+c`, `-e`/`+e`, `-s`/`+s` turn canonical input, echo and signal
//! characters off or on; the terminal's modes are given back when the port closes and on every
//! way out of the VM (`crate::os::tty::restore`).
//!
//! Input bytes go to the owner as port data: UTF-8 as typed on a UTF-8 terminal (an incomplete
//! character waits for its other bytes), else each byte as the UTF-8 of its Latin-1 character.
//! Output commands are one operation byte and its argument: `0` put characters (UTF-8), `1` move
//! the cursor by a signed 16-bit count of characters, `2` insert characters, `3` delete
//! characters (a signed count: after or before the cursor), `4` beep, `5` put characters and
//! answer `{Port, ok}`. The driver keeps the current line (as cells: a character, a wide
//! character's extra columns, the two cells of `^X` notation, the cells of a tab, the cells of a
//! `\NNN` or `\x{H}` escape) so that moves and deletions know where characters are on screen.
//!
//! Controls (`port_control/3`, the operation plus `user_drv`'s magic number): `100` the window
//! size (columns then rows, native 32-bit), `101` the unicode state, `102` set it (answering
//! the old one).

use std::io::Write as _;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::driver::{Driver, Errno, Read, Reply};
use crate::os::tty::{self, RawFlags};

/// What `user_drv` adds to every control operation of `tty_sl`.
pub const CONTROL_MAGIC: u32 = 0x018b_0900;

/// A `tty_sl` port is open (there can be one only).
static OPEN: AtomicBool = AtomicBool::new(false);

/// The number of the open `tty_sl` port (for reading again after the break menu).
static PORT: AtomicU64 = AtomicU64::new(u64::MAX);

const CONTROL: u32 = 0x1000_0000;
const ESCAPED: u32 = 0x0100_0000;
const WIDE: u32 = 0x0200_0000;
const TAG_MASK: u32 = 0xFF00_0000;

/// A line longer than this many cells is ended before more output.
const MAX_LINE: usize = 1 << 16;

/// The terminal's cursor movements (every terminal with a terminfo entry that girder opens
/// is driven with the ANSI sequences that `xterm`, `linux`, `screen` and `vt100` share).
const UP: &[u8] = b"\x1b[A";
const DOWN: &[u8] = b"\n";
const LEFT: &[u8] = b"\x08";
const RIGHT: &[u8] = b"\x1b[C";

/// Whether a cell is the padding of a character before it.
fn is_pad(c: u32) -> bool {
    c & TAG_MASK != 0 && c & !TAG_MASK == 0
}

/// A printable character in the C locale's single-byte sense.
fn is_print(c: u32) -> bool {
    (0x20..0x7F).contains(&c)
}

/// Columns a character takes on a terminal (2 for East Asian wide and emoji characters).
fn char_width(c: u32) -> usize {
    let wide = matches!(c,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}

/// Decodes one UTF-8 character at the front of `s`: `Ok((char, length))`, `Err(true)` when
/// `s` ends inside a character, `Err(false)` when the bytes are not UTF-8.
fn decode_utf8(s: &[u8]) -> Result<(u32, usize), bool> {
    let Some(&b0) = s.first() else {
        return Err(false);
    };
    let len = match b0 {
        0x00..=0x7F => return Ok((b0 as u32, 1)),
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return Err(false),
    };
    if s.len() < len {
        // Only the bytes present can be checked.
        if s[1..].iter().any(|b| b & 0xC0 != 0x80) {
            return Err(false);
        }
        return Err(true);
    }
    match std::str::from_utf8(&s[..len]) {
        Ok(text) => {
            let c = text.chars().next().map_or(0, |c| c as u32);
            if c == 0xFFFE || c == 0xFFFF {
                Err(false)
            } else {
                Ok((c, len))
            }
        }
        Err(_) => Err(false),
    }
}

/// The characters of `\NNN` (three octal digits, for characters up to 0o777) or `\x{H...}`.
fn escape_text(c: u32) -> String {
    if c <= 0o777 {
        format!("{c:03o}")
    } else {
        format!("x{{{c:X}}}")
    }
}

/// The terminal's current line and how to redraw it.
struct Line {
    /// The cells of the line (`len` of them are in use; beyond are left-overs).
    cells: Vec<u32>,
    len: usize,
    /// The cursor's cell.
    pos: usize,
    /// The terminal takes UTF-8 (else Latin-1, with other characters escaped).
    utf8: bool,
    /// Bytes for the terminal.
    out: Vec<u8>,
    /// Columns of the terminal.
    cols: usize,
}

impl Line {
    fn new(utf8: bool) -> Line {
        Line {
            cells: Vec::new(),
            len: 0,
            pos: 0,
            utf8,
            out: Vec::new(),
            cols: 80,
        }
    }

    fn update_cols(&mut self) {
        self.cols = (tty::window_size().0 as usize).max(1);
    }

    fn set(&mut self, i: usize, v: u32) {
        if i >= self.cells.len() {
            self.cells.resize(i + 1, 0);
        }
        self.cells[i] = v;
    }

    fn cell(&self, i: usize) -> u32 {
        self.cells.get(i).copied().unwrap_or(0)
    }

    fn moves(&mut self, seq: &[u8], n: usize) {
        for _ in 0..n {
            self.out.extend_from_slice(seq);
        }
    }

    fn move_cursor(&mut self, from: usize, to: usize) {
        self.update_cols();
        let cols = self.cols;
        let (fl, fc) = (from / cols, from % cols);
        let (tl, tc) = (to / cols, to % cols);
        if tl > fl {
            self.moves(DOWN, tl - fl);
        } else {
            self.moves(UP, fl - tl);
        }
        if tc > fc {
            self.moves(RIGHT, tc - fc);
        } else {
            self.moves(LEFT, fc - tc);
        }
    }

    /// The cell `n` characters after (or, negative, before) the cursor, within the line.
    fn step_over(&self, mut n: i32) -> usize {
        let mut c = self.pos;
        let end = self.len;
        while n > 0 && c < end {
            while c < end && self.cell(c) & WIDE != 0 {
                c += 1;
            }
            c += 1;
            while c < end && is_pad(self.cell(c)) {
                c += 1;
            }
            n -= 1;
        }
        while n < 0 && c > 0 {
            c -= 1;
            while c > 1 && self.cell(c - 1) & WIDE != 0 {
                c -= 1;
            }
            while c > 0 && is_pad(self.cell(c)) {
                c -= 1;
            }
            n += 1;
        }
        c
    }

    /// Puts the characters of `s` (UTF-8) into the line at the cursor; a newline, carriage
    /// return or escape writes out what came before it and starts the line again. Returns the
    /// cells put into the current line.
    fn insert(&mut self, s: &[u8]) -> usize {
        let mut i = 0;
        let mut start = self.pos;
        while i < s.len() {
            let c = match decode_utf8(&s[i..]) {
                Ok((c, n)) => {
                    i += n;
                    c
                }
                Err(_) => {
                    i += 1;
                    s[i - 1] as u32
                }
            };
            if (self.utf8 && (c >= 128 || is_print(c))) || (c <= 255 && is_print(c)) {
                for _ in 1..char_width(c) {
                    self.set(self.pos, WIDE | c);
                    self.pos += 1;
                }
                self.set(self.pos, c);
                self.pos += 1;
            } else if c >= 128 {
                let pads = escape_text(c).len();
                self.set(self.pos, ESCAPED | c);
                self.pos += 1;
                for _ in 0..pads {
                    self.set(self.pos, ESCAPED);
                    self.pos += 1;
                }
            } else if c == u32::from(b'\t') {
                self.set(self.pos, CONTROL | c);
                self.pos += 1;
                while !self.pos.is_multiple_of(8) {
                    self.set(self.pos, CONTROL);
                    self.pos += 1;
                }
            } else if c == 0x1B || c == u32::from(b'\n') || c == u32::from(b'\r') {
                self.write(start, self.pos - start);
                match c {
                    0x1B => self.out.push(0x1B),
                    0x0A => self.out.extend_from_slice(b"\r\n"),
                    _ => self.out.push(b'\r'),
                }
                if self.len > self.pos {
                    self.cells.copy_within(self.pos..self.len, 0);
                }
                self.len = self.len.saturating_sub(self.pos);
                self.pos = 0;
                start = 0;
            } else {
                self.set(self.pos, CONTROL | c);
                self.set(self.pos + 1, CONTROL);
                self.pos += 2;
            }
        }
        self.pos - start
    }

    /// Writes `n` cells from cell `from` to the terminal.
    fn write(&mut self, from: usize, n: usize) {
        self.update_cols();
        let mut s = from;
        let mut n = n as isize;
        // What was written last, for a terminal that wraps only when the next character comes.
        let mut last: Vec<u8> = vec![b' '];
        while n > 0 {
            let c = self.cell(s);
            if c & TAG_MASK == 0 {
                let mut b = [0u8; 4];
                let bytes: &[u8] = if self.utf8 {
                    match char::from_u32(c) {
                        Some(ch) => ch.encode_utf8(&mut b).as_bytes(),
                        None => &[],
                    }
                } else {
                    b[0] = c as u8;
                    &b[..1]
                };
                if !bytes.is_empty() {
                    last = bytes.to_vec();
                    self.out.extend_from_slice(&last);
                }
                n -= 1;
                s += 1;
            } else if c == CONTROL | u32::from(b'\t') {
                self.out.push(b' ');
                last = vec![b' '];
                n -= 1;
                s += 1;
                while n > 0 && self.cell(s) == CONTROL {
                    self.out.push(b' ');
                    n -= 1;
                    s += 1;
                }
            } else if c & CONTROL != 0 {
                let ch = c & !TAG_MASK;
                let shown = if ch == 0x7F { b'?' } else { (ch as u8) | 0x40 };
                self.out.push(b'^');
                self.out.push(shown);
                last = vec![shown];
                n -= 2;
                s += 2;
            } else if c & ESCAPED != 0 {
                let text = escape_text(c & !TAG_MASK);
                self.out.push(b'\\');
                self.out.extend_from_slice(text.as_bytes());
                last = text.as_bytes().last().map_or(vec![b' '], |&b| vec![b]);
                n -= text.len() as isize + 1;
                s += text.len() + 1;
            } else {
                // A wide character's extra column: the character itself follows.
                n -= 1;
                s += 1;
            }
        }
        if s.is_multiple_of(self.cols) && s != 0 {
            if s >= self.len {
                self.out.push(b' ');
            } else {
                self.out.extend_from_slice(&last);
            }
            self.out.extend_from_slice(LEFT);
        }
    }

    fn put_chars(&mut self, s: &[u8]) {
        let n = self.insert(s);
        if n > 0 {
            self.write(self.pos - n, n);
        }
        if self.pos > self.len {
            self.len = self.pos;
        }
    }

    fn move_rel(&mut self, n: i32) {
        let to = self.step_over(n);
        self.move_cursor(self.pos, to);
        self.pos = to;
    }

    fn insert_chars(&mut self, s: &[u8]) {
        let tail: Vec<u32> = (self.pos..self.len).map(|i| self.cell(i)).collect();
        let n = self.insert(s);
        for (k, &c) in tail.iter().enumerate() {
            self.set(self.pos + k, c);
        }
        self.len += n;
        let from = self.pos - n;
        self.write(from, self.len.saturating_sub(from));
        self.move_cursor(self.len, self.pos);
    }

    fn delete_chars(&mut self, n: i32) {
        self.update_cols();
        let to = self.step_over(n);
        let gone;
        if to > self.pos {
            gone = to - self.pos;
            let after = self.len - to;
            self.cells.copy_within(to..to + after, self.pos);
            self.len -= gone;
            self.write(self.pos, after);
        } else if to < self.pos {
            gone = self.pos - to;
            let after = self.len - self.pos;
            self.move_cursor(self.pos, to);
            self.cells.copy_within(self.pos..self.pos + after, to);
            self.pos = to;
            self.len -= gone;
            self.write(self.pos, after);
        } else {
            return;
        }
        for _ in 0..gone {
            self.out.push(b' ');
        }
        if (self.len + gone).is_multiple_of(self.cols) {
            self.out.push(b' ');
            self.out.extend_from_slice(LEFT);
        }
        self.move_cursor(self.len + gone, self.pos);
    }

    /// Carries out one output command.
    fn command(&mut self, bytes: &[u8]) {
        let Some((&op, arg)) = bytes.split_first() else {
            return;
        };
        if self.pos > MAX_LINE {
            self.put_chars(b"\n");
        }
        let count = || match arg {
            [hi, lo, ..] => i16::from_be_bytes([*hi, *lo]) as i32,
            _ => 0,
        };
        match op {
            0 | 5 => self.put_chars(arg),
            1 => self.move_rel(count()),
            2 => self.insert_chars(arg),
            3 => self.delete_chars(count()),
            4 => self.out.push(7),
            _ => {}
        }
    }
}

/// Whether the environment's locale (`LC_ALL`, `LC_CTYPE`, `LANG`, the first one set) uses
/// UTF-8.
fn locale_is_utf8() -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .is_some_and(|v| {
            let v = v.to_ascii_lowercase();
            v.contains("utf-8") || v.contains("utf8")
        })
}

/// Whether terminal type `term` has a terminfo entry with cursor movement (not `dumb`).
fn known_terminal(term: &str) -> bool {
    if term.is_empty() || term == "dumb" || term.contains('/') {
        return false;
    }
    let mut dirs: Vec<std::path::PathBuf> = Vec::new();
    if let Ok(d) = std::env::var("TERMINFO") {
        dirs.push(d.into());
    }
    if let Ok(h) = std::env::var("HOME") {
        dirs.push(std::path::Path::new(&h).join(".terminfo"));
    }
    if let Ok(list) = std::env::var("TERMINFO_DIRS") {
        dirs.extend(list.split(':').filter(|d| !d.is_empty()).map(Into::into));
    }
    for d in ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"] {
        dirs.push(d.into());
    }
    let first = term.as_bytes()[0];
    dirs.iter().any(|d| {
        d.join(format!("{}", first as char)).join(term).is_file()
            || d.join(format!("{first:02x}")).join(term).is_file()
    })
}

/// The open terminal.
pub struct TtyDriver {
    line: Line,
    /// A UTF-8 character cut by the end of the last read.
    partial: Vec<u8>,
    /// `{Port, ok}` answers owed for `put_chars_sync` commands.
    replies: usize,
    registered: bool,
    /// This driver holds the terminal (until it stops).
    active: bool,
}

impl TtyDriver {
    /// Opens the terminal as `tty_sl` with the command line `command` (`"tty_sl -c -e"`):
    /// `einval` unless standard input and output are terminals of a known type, or when a
    /// `tty_sl` port is open already.
    pub fn open(command: &str) -> Result<TtyDriver, Errno> {
        use std::io::IsTerminal;
        if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
            return Err("einval");
        }
        let mut flags = RawFlags::default();
        for word in command.split(' ').skip(1).filter(|w| !w.is_empty()) {
            let sign = match word.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                // erl would open the named device; only standard input is supported here.
                _ => return Err("einval"),
            };
            match word.as_bytes().get(1) {
                Some(b'c') => flags.canon = sign,
                Some(b'e') => flags.echo = sign,
                Some(b's') => flags.sig = sign,
                _ => {}
            }
        }
        if !known_terminal(&std::env::var("TERM").unwrap_or_default()) {
            return Err("einval");
        }
        if OPEN.swap(true, Ordering::AcqRel) {
            return Err("einval");
        }
        if !tty::enter_raw(flags) {
            OPEN.store(false, Ordering::Release);
            return Err("einval");
        }
        tty::install_break(break_menu);
        Ok(TtyDriver {
            line: Line::new(locale_is_utf8()),
            partial: Vec::new(),
            replies: 0,
            registered: false,
            active: true,
        })
    }

    /// Turns bytes read from the terminal into the UTF-8 bytes the owner gets.
    fn convert(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        let mut data = std::mem::take(&mut self.partial);
        data.extend_from_slice(bytes);
        if self.line.utf8 {
            let mut i = 0;
            let mut valid = true;
            while i < data.len() {
                match decode_utf8(&data[i..]) {
                    Ok((_, n)) => i += n,
                    Err(true) => break,
                    Err(false) => {
                        valid = false;
                        break;
                    }
                }
            }
            if valid {
                out.extend_from_slice(&data[..i]);
                self.partial = data[i..].to_vec();
                return;
            }
            // Not a UTF-8 terminal after all.
            self.line.utf8 = false;
        }
        for &b in &data {
            let mut buf = [0u8; 4];
            out.extend_from_slice(char::from(b).encode_utf8(&mut buf).as_bytes());
        }
    }
}

impl Driver for TtyDriver {
    fn output(&mut self, bytes: &[u8]) -> Result<(), Errno> {
        self.line.command(bytes);
        if bytes.first() == Some(&5) {
            self.replies += 1;
        }
        let out = std::mem::take(&mut self.line.out);
        let mut o = std::io::stdout().lock();
        o.write_all(&out)
            .and_then(|_| o.flush())
            .map_err(|e| super::spawn::errno_name(&e))
    }

    fn take_replies(&mut self) -> Vec<Reply> {
        vec![Reply::PortOk; std::mem::take(&mut self.replies)]
    }

    fn read(&mut self, buf: &mut [u8]) -> Result<Read, Errno> {
        let mut raw = [0u8; 1024];
        loop {
            let room = (buf.len() / 2).min(raw.len());
            match tty::read_now(0, &mut raw[..room]) {
                Ok(None) => return Ok(Read::WouldBlock),
                Ok(Some(0)) => return Ok(Read::Eof),
                Ok(Some(n)) => {
                    let mut out = Vec::with_capacity(2 * n);
                    self.convert(&raw[..n], &mut out);
                    if out.is_empty() {
                        continue;
                    }
                    let n = out.len().min(buf.len());
                    buf[..n].copy_from_slice(&out[..n]);
                    return Ok(Read::Data(n));
                }
                Err(e) => return Err(super::spawn::errno_name(&e)),
            }
        }
    }

    fn control(&mut self, op: u32, data: &[u8]) -> Option<Vec<u8>> {
        let reply = match op.checked_sub(CONTROL_MAGIC)? {
            100 => {
                let (cols, rows) = tty::window_size();
                let mut r = cols.to_ne_bytes().to_vec();
                r.extend_from_slice(&rows.to_ne_bytes());
                r
            }
            101 => vec![u8::from(self.line.utf8)],
            102 => match data.first() {
                Some(&m) => {
                    let old = u8::from(self.line.utf8);
                    self.line.utf8 = m != 0;
                    vec![old]
                }
                None => Vec::new(),
            },
            _ => Vec::new(),
        };
        Some(reply)
    }

    fn has_input(&self) -> bool {
        true
    }

    fn start(&mut self, port: u64) {
        PORT.store(port, Ordering::Release);
        let fd = 0;
        self.registered = super::poll::register_input(port, &mut mio::unix::SourceFd(&fd));
        // Input typed before the port opened is read at once.
        super::poll::again(port);
    }

    fn input_ended(&mut self, _port: u64) {
        self.unregister();
    }

    fn stop(&mut self, _port: u64) {
        self.unregister();
        if std::mem::take(&mut self.active) {
            PORT.store(u64::MAX, Ordering::Release);
            tty::leave_raw();
            OPEN.store(false, Ordering::Release);
        }
    }
}

impl TtyDriver {
    fn unregister(&mut self) {
        if std::mem::take(&mut self.registered) {
            let fd = 0;
            super::poll::deregister(&mut mio::unix::SourceFd(&fd));
        }
    }
}

impl Drop for TtyDriver {
    fn drop(&mut self) {
        self.stop(0);
    }
}

/// The break menu's options, as erl prints them.
const BREAK_MENU: &str = "BREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\r\n       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\r\n";

/// Leaves the VM at once from the break menu, with the terminal's modes given back.
fn leave(status: i32, text: &str) -> ! {
    let _ = std::io::stderr().write_all(text.as_bytes());
    let _ = std::io::stdout().flush();
    tty::restore();
    std::process::exit(status)
}

/// The break menu (`^C` on the terminal): `a`, `q` and end of input leave the VM with status
/// 0, `A` with status 1 (girder writes no crash dump), `c` goes back to the shell, `v` prints
/// the emulator's version; the information options are not supported yet.
fn break_menu() {
    let prompt = format!("\r\n{BREAK_MENU}");
    tty::break_dialogue(&prompt, |line| {
        let key = match line {
            None => b'a',
            Some(l) => l.first().copied().unwrap_or(b'a'),
        };
        let mut o = std::io::stdout().lock();
        match key {
            b'a' | b'q' | b'*' => {
                drop(o);
                leave(0, "")
            }
            b'A' => {
                drop(o);
                let notice = crate::sched::worker::crash_dump_notice().unwrap_or_default();
                leave(1, &format!("\n{notice}\n"))
            }
            b'c' => return false,
            b'\n' | b'\r' => {}
            b'v' => {
                let _ = o.write_all(b"Erlang (BEAM) emulator version 13.1.5\r\n");
            }
            b'p' | b'i' | b'l' | b'k' | b'D' | b'd' => {
                let _ = o.write_all(b"girder: this break option is not supported yet\r\n");
            }
            other => {
                let shown = char::from(other);
                let _ = write!(
                    o,
                    "Invalid option '{shown}'. Please enter one of the following:\r\n{BREAK_MENU}"
                );
            }
        }
        let _ = o.flush();
        true
    });
    let port = PORT.load(Ordering::Acquire);
    if port != u64::MAX {
        super::poll::again(port);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_chars_ends_lines_with_cr_lf() {
        let mut l = Line::new(true);
        l.command(b"\x001> ");
        assert_eq!(l.out, b"1> ");
        l.out.clear();
        l.command(b"\x00ok\n");
        assert_eq!(l.out, b"ok\r\n");
        assert_eq!((l.pos, l.len), (0, 0));
    }

    #[test]
    fn moves_and_deletes_know_the_cells() {
        let mut l = Line::new(true);
        l.command(b"\x00hello");
        l.out.clear();
        l.command(&[1, 0xFF, 0xFE]);
        assert_eq!(l.out, b"\x08\x08");
        l.out.clear();
        l.command(&[3, 0xFF, 0xFF]);
        // Back over the `l`, then `lo`, a blank, and back to the cursor.
        assert_eq!(l.out, b"\x08lo \x08\x08\x08");
        assert_eq!((l.pos, l.len), (2, 4));
        l.out.clear();
        l.command(b"\x02L");
        assert_eq!(l.out, b"Llo\x08\x08");
        l.out.clear();
        l.command(b"\x00\x01");
        assert_eq!(l.out, b"^A");
    }

    #[test]
    fn latin1_terminals_escape_other_characters() {
        let mut l = Line::new(false);
        l.command("\x00é∞".as_bytes());
        assert_eq!(l.out, b"\\351\\x{221E}");
    }

    #[test]
    fn utf8_input_waits_for_whole_characters() {
        let mut d = TtyDriver {
            line: Line::new(true),
            partial: Vec::new(),
            replies: 0,
            registered: false,
            active: false,
        };
        let mut out = Vec::new();
        d.convert(&[b'a', 0xC3], &mut out);
        assert_eq!(out, b"a");
        out.clear();
        d.convert(&[0xA9], &mut out);
        assert_eq!(out, "é".as_bytes());
        out.clear();
        d.convert(&[0xFF], &mut out);
        assert_eq!(out, "ÿ".as_bytes());
        assert!(!d.line.utf8);
    }
}
