//! `open_port/2`'s arguments: the port name (`{spawn, Command}`, `{spawn_executable, File}`,
//! `{spawn_driver, Name}`, `{fd, In, Out}`) and the settings list, checked as erl checks them,
//! then the port opened through `vm::port`.

use std::sync::Arc;

use vm::port::fd::FdDriver;
use vm::port::inet::InetDriver;
use vm::port::spawn::{spawn, SpawnSpec};
use vm::port::tty_sl::TtyDriver;
use vm::port::{Driver, Framing, Port, PortOpts};
use vm::sched::system;
use vm::term::Term;

use crate::lists::proper_list;

/// The text of a string argument: a list of bytes (or of characters), a binary, or an atom.
fn text(t: Term) -> Option<String> {
    if let Some(a) = t.as_atom() {
        return Some(a.text().to_owned());
    }
    if let Some(b) = t.binary_bytes() {
        return String::from_utf8(b.to_vec()).ok();
    }
    let items = proper_list(t)?;
    let mut s = String::new();
    for c in items {
        s.push(char::from_u32(u32::try_from(c.as_small()?).ok()?)?);
    }
    Some(s)
}

/// The bytes of an argument string (`{args, ...}`, `{arg0, ...}`): a string or a binary.
fn arg_bytes(t: Term) -> Option<Vec<u8>> {
    if let Some(b) = t.binary_bytes() {
        return Some(b.to_vec());
    }
    text(t).filter(|_| !t.is_atom()).map(String::into_bytes)
}

/// The linked-in drivers of erl (which `{spawn, Command}` would open by name).
const LINKED_IN: &[&str] = &["tty_sl", "tcp_inet", "udp_inet", "sctp_inet"];

/// What kind of port is asked for.
enum Kind {
    Spawn(String),
    Executable(String),
    Fd(i32, i32),
    /// A file opened as a port (erl's `vanilla` driver).
    File(String),
    /// A UDP socket (`udp_inet`).
    Inet(String),
    Tty(String),
}

fn kind(name: Term) -> Result<Kind, &'static str> {
    if let Some(a) = name.as_atom() {
        // A bare name (an atom or a string) is a file, opened by erl's old `vanilla` driver.
        return Ok(Kind::File(a.text().to_owned()));
    }
    if name.is_list() && name != Term::NIL {
        return text(name).map(Kind::File).ok_or("badarg");
    }
    let Some([tag, arg @ ..]) = name.tuple_elements() else {
        return Err("badarg");
    };
    let tag = (*tag).as_atom().map(|a| a.text()).ok_or("badarg")?;
    match (tag, arg) {
        // The command may be an atom, as `user_drv` gives `'tty_sl -c -e'`.
        ("spawn", &[cmd]) => match text(cmd) {
            // erl opens a linked-in driver when the command's first word names one: `tty_sl`
            // (it fails with `einval` without a terminal) and `udp_inet` exist here; the
            // other inet drivers do not, so they fail as `spawn_driver` does.
            Some(c) if c.split(' ').next() == Some("tty_sl") => Ok(Kind::Tty(c)),
            Some(c) if c.split(' ').next() == Some("udp_inet") => Ok(Kind::Inet(c)),
            Some(c) if LINKED_IN.contains(&c.split(' ').next().unwrap_or("")) => Err("badarg"),
            Some(c) if !c.is_empty() => Ok(Kind::Spawn(c)),
            _ => Err("badarg"),
        },
        ("spawn_executable", &[file]) => match text(file) {
            Some(f) if !f.is_empty() => Ok(Kind::Executable(f)),
            _ => Err("badarg"),
        },
        ("spawn_driver", &[name]) => match text(name) {
            Some(c) if c.split(' ').next() == Some("udp_inet") => Ok(Kind::Inet(c)),
            Some(c) if c.split(' ').next() == Some("tty_sl") => Ok(Kind::Tty(c)),
            _ => Err("badarg"),
        },
        ("fd", &[i, o]) => {
            let (Some(i), Some(o)) = (i.as_small(), o.as_small()) else {
                return Err("badarg");
            };
            match (i32::try_from(i), i32::try_from(o)) {
                (Ok(i), Ok(o)) if i >= 0 && o >= 0 => Ok(Kind::Fd(i, o)),
                _ => Err("einval"),
            }
        }
        _ => Err("badarg"),
    }
}

/// The settings, as far as they matter here.
struct Settings {
    opts: PortOpts,
    spec: SpawnSpec,
    exit_status: bool,
    /// `{cd, Dir}`, converted once the name has been checked.
    cd: Option<Term>,
    /// An `{args, ...}` option was given (even an empty list).
    args_given: bool,
}

fn busy_limits(v: Term) -> bool {
    if v.as_atom().is_some_and(|a| a.text() == "disabled") {
        return true;
    }
    matches!(v.tuple_elements(), Some(&[lo, hi]) if lo.as_small().is_some_and(|n| n >= 0) && hi.as_small().is_some_and(|n| n >= 0))
}

/// Parses the settings list as erl does, before it looks at the port name: any bad or
/// conflicting option is `badopt` (which `erlang:open_port/2` raises as `badarg` with that
/// cause).
fn settings(list: Term) -> Result<Settings, &'static str> {
    let items = proper_list(list).ok_or("badopt")?;
    let mut s = Settings {
        opts: PortOpts::default(),
        spec: SpawnSpec {
            read: true,
            write: true,
            ..SpawnSpec::default()
        },
        exit_status: false,
        cd: None,
        args_given: false,
    };
    // erl keeps the packet size and the line length apart: `stream` clears only the first,
    // and having both is an error.
    let (mut packet, mut line) = (None, None);
    let (mut only_in, mut only_out) = (false, false);
    for item in items {
        if let Some(a) = item.as_atom() {
            match a.text() {
                "stream" => packet = None,
                "line" => line = Some(512),
                "binary" => s.opts.binary = true,
                "eof" => s.opts.eof = true,
                "exit_status" => s.exit_status = true,
                "stderr_to_stdout" => s.spec.stderr_to_stdout = true,
                "in" => only_in = true,
                "out" => only_out = true,
                "use_stdio" => s.spec.nouse_stdio = false,
                "nouse_stdio" => s.spec.nouse_stdio = true,
                "hide" | "overlapped_io" => {}
                _ => return Err("badopt"),
            }
            continue;
        }
        let Some(&[key, v]) = item.tuple_elements() else {
            return Err("badopt");
        };
        let key = key.as_atom().map(|a| a.text()).ok_or("badopt")?;
        match key {
            "packet" => match v.as_small() {
                Some(n @ (1 | 2 | 4)) => packet = Some(n as u8),
                _ => return Err("badopt"),
            },
            "line" => match v.as_small() {
                Some(n) if n > 0 => line = Some(n as usize),
                _ => return Err("badopt"),
            },
            // Checked once the name is known, as erl does.
            "cd" => s.cd = Some(v),
            "arg0" => s.spec.arg0 = Some(arg_bytes(v).ok_or("badopt")?),
            "args" => {
                let args = proper_list(v).ok_or("badopt")?;
                s.spec.args = args
                    .into_iter()
                    .map(arg_bytes)
                    .collect::<Option<_>>()
                    .ok_or("badopt")?;
                s.args_given = true;
            }
            "env" => {
                // A later `env` replaces an earlier one.
                s.spec.env.clear();
                for pair in proper_list(v).ok_or("badopt")? {
                    let Some(&[k, val]) = pair.tuple_elements() else {
                        return Err("badopt");
                    };
                    let k = text(k).filter(|k| !k.contains('=')).ok_or("badopt")?;
                    // `false` and `[]` both remove the variable.
                    let val = if val == Term::FALSE || val == Term::NIL {
                        None
                    } else {
                        Some(text(val).filter(|_| !val.is_atom()).ok_or("badopt")?)
                    };
                    // erl accepts an empty name, which no program can see.
                    if !k.is_empty() {
                        s.spec.env.push((k, val));
                    }
                }
            }
            "parallelism" => {
                if v != Term::TRUE && v != Term::FALSE {
                    return Err("badopt");
                }
                s.opts.parallelism = v == Term::TRUE;
            }
            "busy_limits_port" | "busy_limits_msgq" => {
                if !busy_limits(v) {
                    return Err("badopt");
                }
                if key == "busy_limits_port" {
                    s.opts.busy_limits = match v.tuple_elements() {
                        Some(&[lo, hi]) => Some((
                            lo.as_small().unwrap_or(0) as usize,
                            hi.as_small().unwrap_or(0) as usize,
                        )),
                        _ => None,
                    };
                }
            }
            _ => return Err("badopt"),
        }
    }
    if (packet.is_some() && line.is_some()) || (s.spec.stderr_to_stdout && s.spec.nouse_stdio) {
        return Err("badopt");
    }
    s.opts.framing = match (packet, line) {
        (Some(n), _) => Framing::Packet(n),
        (_, Some(n)) => Framing::Line(n),
        _ => Framing::Stream,
    };
    if only_in && !only_out {
        s.spec.write = false;
    }
    if only_out && !only_in {
        s.spec.read = false;
    }
    s.opts.exit_status = s.exit_status;
    Ok(s)
}

/// Opens the port `open_port(Name, Settings)` asks for, connected to `owner`; `Err` is the
/// error erl answers with (`badarg`, `enoent`, `eacces`, `system_limit`, ...).
pub fn open(owner: Term, name: Term, list: Term) -> Result<Arc<Port>, &'static str> {
    let opened = open_checked(owner, name, list);
    // erl gives a port its number before the driver starts: a start that fails (a program
    // that cannot run, `tty_sl` without a terminal) uses a number up, a bad argument does not.
    if let Err(e) = opened {
        if !matches!(e, "badarg" | "badopt" | "system_limit") {
            system().ports.skip_numbers(1);
        }
    }
    opened
}

fn open_checked(owner: Term, name: Term, list: Term) -> Result<Arc<Port>, &'static str> {
    // erl checks the settings first, then the name, then what depends on both.
    let mut s = settings(list)?;
    let kind = kind(name)?;
    let executable = matches!(kind, Kind::Executable(_));
    if (s.args_given || s.spec.arg0.is_some()) && !executable {
        // An argument vector belongs to `spawn_executable` only.
        return Err("badarg");
    }
    if let Some(dir) = s.cd {
        s.spec.cd = Some(text(dir).filter(|_| !dir.is_atom()).ok_or("badarg")?);
    }
    let spawned = matches!(
        kind,
        Kind::Spawn(_) | Kind::Executable(_) | Kind::Tty(_) | Kind::Inet(_)
    );
    if s.exit_status && !spawned {
        return Err("badarg");
    }
    let (label, driver): (String, Box<dyn Driver>) = match kind {
        Kind::Fd(i, o) => {
            let d = FdDriver::new(i, o, s.spec.read, s.spec.write).ok_or("badarg")?;
            (format!("{i}/{o}"), Box::new(d))
        }
        Kind::File(path) => {
            let d = FdDriver::file(&path, s.spec.read, s.spec.write).ok_or("einval")?;
            (path, Box::new(d))
        }
        Kind::Inet(name) => {
            s.opts.exit_status = false;
            (name, Box::new(InetDriver::new()))
        }
        Kind::Tty(cmd) => {
            s.opts.exit_status = false;
            (cmd.clone(), Box::new(TtyDriver::open(&cmd)?))
        }
        Kind::Spawn(cmd) => {
            s.spec.program = cmd.clone();
            s.spec.shell = true;
            (cmd, Box::new(spawn(&s.spec)?))
        }
        Kind::Executable(file) => {
            s.spec.program = file.clone();
            (file, Box::new(spawn(&s.spec)?))
        }
    };
    system()
        .ports
        .open(&label, owner, Some(driver), s.opts)
        .ok_or("system_limit")
}
