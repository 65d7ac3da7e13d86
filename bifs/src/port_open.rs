//! `open_port/2`'s arguments: the port name (`{spawn, Command}`, `{spawn_executable, File}`,
//! `{spawn_driver, Name}`, `{fd, In, Out}`) and the settings list, checked as erl checks them,
//! then the port opened through `vm::port`.

use std::sync::Arc;

use vm::port::fd::FdDriver;
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
    Tty(String),
}

fn kind(name: Term) -> Result<Kind, &'static str> {
    if let Some(a) = name.as_atom() {
        // An atom names a command, as `{spawn, Command}` does.
        return Ok(Kind::Spawn(a.text().to_owned()));
    }
    let Some([tag, arg @ ..]) = name.tuple_elements() else {
        return Err("badarg");
    };
    let tag = (*tag).as_atom().map(|a| a.text()).ok_or("badarg")?;
    match (tag, arg) {
        // The command may be an atom, as `user_drv` gives `'tty_sl -c -e'`.
        ("spawn", &[cmd]) => match text(cmd) {
            // erl opens a linked-in driver when the command's first word names one: `tty_sl`
            // is here (it fails with `einval` without a terminal); the others are not, so
            // they fail as `spawn_driver` does.
            Some(c) if c.split(' ').next() == Some("tty_sl") => Ok(Kind::Tty(c)),
            Some(c) if LINKED_IN.contains(&c.split(' ').next().unwrap_or("")) => Err("badarg"),
            Some(c) if !c.is_empty() => Ok(Kind::Spawn(c)),
            _ => Err("badarg"),
        },
        ("spawn_executable", &[file]) => match text(file) {
            Some(f) if !f.is_empty() => Ok(Kind::Executable(f)),
            _ => Err("badarg"),
        },
        // No linked-in drivers (`udp_inet`, `tcp_inet`, ...) exist here.
        ("spawn_driver", &[_]) => Err("badarg"),
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
}

fn busy_limits(v: Term) -> bool {
    if v.as_atom().is_some_and(|a| a.text() == "disabled") {
        return true;
    }
    matches!(v.tuple_elements(), Some(&[lo, hi]) if lo.as_small().is_some_and(|n| n >= 0) && hi.as_small().is_some_and(|n| n >= 0))
}

fn settings(list: Term) -> Result<Settings, &'static str> {
    let items = proper_list(list).ok_or("badarg")?;
    let mut s = Settings {
        opts: PortOpts::default(),
        spec: SpawnSpec {
            read: true,
            write: true,
            ..SpawnSpec::default()
        },
        exit_status: false,
    };
    let (mut only_in, mut only_out) = (false, false);
    for item in items {
        if let Some(a) = item.as_atom() {
            match a.text() {
                "stream" => s.opts.framing = Framing::Stream,
                "binary" => s.opts.binary = true,
                "eof" => s.opts.eof = true,
                "exit_status" => s.exit_status = true,
                "stderr_to_stdout" => s.spec.stderr_to_stdout = true,
                "in" => only_in = true,
                "out" => only_out = true,
                "use_stdio" | "nouse_stdio" | "hide" | "overlapped_io" => {}
                _ => return Err("badarg"),
            }
            continue;
        }
        let Some(&[key, v]) = item.tuple_elements() else {
            return Err("badarg");
        };
        let key = key.as_atom().map(|a| a.text()).ok_or("badarg")?;
        match key {
            "packet" => match v.as_small() {
                Some(n @ (1 | 2 | 4)) => s.opts.framing = Framing::Packet(n as u8),
                _ => return Err("badarg"),
            },
            "line" => match v.as_small() {
                Some(n) if n > 0 => s.opts.framing = Framing::Line(n as usize),
                _ => return Err("badarg"),
            },
            "cd" => s.spec.cd = Some(text(v).ok_or("badarg")?),
            "arg0" => s.spec.arg0 = Some(arg_bytes(v).ok_or("badarg")?),
            "args" => {
                let args = proper_list(v).ok_or("badarg")?;
                if args.is_empty() {
                    continue;
                }
                s.spec.args = args
                    .into_iter()
                    .map(arg_bytes)
                    .collect::<Option<_>>()
                    .ok_or("badarg")?;
            }
            "env" => {
                for pair in proper_list(v).ok_or("badarg")? {
                    let Some(&[k, val]) = pair.tuple_elements() else {
                        return Err("badarg");
                    };
                    let k = text(k).filter(|k| !k.is_empty() && !k.contains('='));
                    let k = k.ok_or("badarg")?;
                    let val = if val == Term::FALSE {
                        None
                    } else {
                        Some(text(val).filter(|_| !val.is_atom()).ok_or("badarg")?)
                    };
                    s.spec.env.push((k, val));
                }
            }
            "parallelism" => {
                if v != Term::TRUE && v != Term::FALSE {
                    return Err("badarg");
                }
                s.opts.parallelism = v == Term::TRUE;
            }
            "busy_limits_port" | "busy_limits_msgq" => {
                if !busy_limits(v) {
                    return Err("badarg");
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
            _ => return Err("badarg"),
        }
    }
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
        if e != "badarg" && e != "system_limit" {
            system().ports.skip_numbers(1);
        }
    }
    opened
}

fn open_checked(owner: Term, name: Term, list: Term) -> Result<Arc<Port>, &'static str> {
    let kind = kind(name)?;
    let mut s = settings(list)?;
    let (label, driver): (String, Box<dyn Driver>) = match kind {
        Kind::Fd(i, o) => {
            let d = FdDriver::new(i, o, s.spec.read, s.spec.write).ok_or("badarg")?;
            s.opts.exit_status = false;
            (format!("{i}/{o}"), Box::new(d))
        }
        Kind::Tty(cmd) => {
            if !s.spec.args.is_empty() || s.spec.arg0.is_some() {
                return Err("badarg");
            }
            s.opts.exit_status = false;
            (cmd.clone(), Box::new(TtyDriver::open(&cmd)?))
        }
        Kind::Spawn(cmd) => {
            if !s.spec.args.is_empty() || s.spec.arg0.is_some() {
                // Arguments belong to `spawn_executable` only.
                return Err("badarg");
            }
            s.spec.program = cmd.clone();
            s.spec.shell = true;
            s.spec.args.clear();
            s.spec.arg0 = None;
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
