//! The `os` BIFs: the environment (`getenv/0,1`, `putenv/2`, `unsetenv/1`, `env/0`), `getpid/0`,
//! `system_time/0,1`, `perf_counter/0` and `set_signal/2`. Names and values travel as UTF-8
//! (erl's native file name encoding here); a value that is not UTF-8 reads as Latin-1.
//!
//! Like erl, girder keeps the environment the `os` functions see in a store of its own, copied
//! from the process environment at first use: `os:putenv/2` changes that store, not the C
//! library's (so, as in erl, setting `TZ` does not change how local time is converted).

use std::ffi::OsString;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::sync::{LazyLock, Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use crate::nif::names::name_bytes;
use crate::nif::out::atom;
use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("os", "getenv", 0, getenv_0),
    ("os", "getenv", 1, getenv_1),
    ("os", "putenv", 2, putenv),
    ("os", "unsetenv", 1, unsetenv),
    ("os", "env", 0, env),
    ("os", "getpid", 0, getpid),
    ("os", "system_time", 0, system_time_0),
    ("os", "system_time", 1, system_time_1),
    ("os", "perf_counter", 0, perf_counter),
    ("os", "set_signal", 2, set_signal),
];

type Env = Vec<(OsString, OsString)>;

/// The environment the `os` functions see, in the order variables were defined.
fn store() -> MutexGuard<'static, Env> {
    static ENV: LazyLock<Mutex<Env>> = LazyLock::new(|| Mutex::new(std::env::vars_os().collect()));
    ENV.lock().unwrap_or_else(|e| e.into_inner())
}

/// A copy of the environment as the `os` functions see it (for starting external programs).
pub fn environment() -> Env {
    store().clone()
}

/// A string of `bytes`: their UTF-8 characters, or the bytes themselves when not UTF-8.
fn string(p: &mut ProcessContext, bytes: &[u8]) -> Term {
    let codes: Vec<Term> = match std::str::from_utf8(bytes) {
        Ok(s) => s.chars().map(|c| Term::small(c as i64)).collect(),
        Err(_) => bytes.iter().map(|&b| Term::small(b as i64)).collect(),
    };
    p.heap.list(&codes)
}

/// A variable name or value argument: a string (flat or deep list of characters) without NUL.
fn text(t: Term) -> Option<OsString> {
    if !(t.is_cons() || t.is_nil()) {
        return None;
    }
    name_bytes(t).map(OsString::from_vec)
}

/// A variable name argument: text without `=` (erl says `badarg` for one with it).
fn name(t: Term) -> Option<OsString> {
    let n = text(t)?;
    (!n.as_bytes().contains(&b'=')).then_some(n)
}

fn getenv_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let vars = environment();
    let mut items = Vec::with_capacity(vars.len());
    for (k, v) in vars {
        let mut line = k.into_vec();
        line.push(b'=');
        line.extend_from_slice(v.as_bytes());
        items.push(string(p, &line));
    }
    Ok(p.heap.list(&items))
}

fn env(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let vars = environment();
    let mut items = Vec::with_capacity(vars.len());
    for (k, v) in vars {
        let k = string(p, k.as_bytes());
        let v = string(p, v.as_bytes());
        items.push(p.heap.tuple(&[k, v]));
    }
    Ok(p.heap.list(&items))
}

fn getenv_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(n) = name(a[0]) else {
        return badarg();
    };
    if n.is_empty() {
        return Ok(Term::FALSE);
    }
    let value = store()
        .iter()
        .find(|(k, _)| *k == n)
        .map(|(_, v)| v.clone());
    match value {
        Some(v) => Ok(string(p, v.as_bytes())),
        None => Ok(Term::FALSE),
    }
}

fn putenv(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(n), Some(v)) = (name(a[0]), text(a[1])) else {
        return badarg();
    };
    // An empty name sets nothing, and erl answers `true` all the same.
    if !n.is_empty() {
        let mut env = store();
        match env.iter_mut().find(|(k, _)| *k == n) {
            Some(entry) => entry.1 = v,
            None => env.push((n, v)),
        }
    }
    Ok(Term::TRUE)
}

fn unsetenv(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(n) = name(a[0]) else {
        return badarg();
    };
    store().retain(|(k, _)| *k != n);
    Ok(Term::TRUE)
}

fn getpid(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let pid = std::process::id().to_string();
    Ok(string(p, pid.as_bytes()))
}

fn now_nanos() -> i128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i128)
}

fn int(p: &mut ProcessContext, v: i128) -> Term {
    match i64::try_from(v) {
        Ok(v) => p.heap.integer(v),
        Err(_) => p.heap.big_integer(&num_bigint::BigInt::from(v)),
    }
}

fn system_time_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let v = now_nanos();
    Ok(int(p, v))
}

fn system_time_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(per_second) = crate::time::parts_per_second(a[0]) else {
        return badarg();
    };
    let v = now_nanos() * per_second as i128;
    Ok(int(p, v.div_euclid(1_000_000_000)))
}

fn perf_counter(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let v = crate::time::monotonic_native();
    Ok(p.heap.integer(v))
}

/// `os:set_signal/2`: checks the signal and option as erl does. Signal handling itself is
/// left as the system has it (girder installs no handlers).
fn set_signal(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(sig), Some(opt)) = (a[0].as_atom(), a[1].as_atom()) else {
        return badarg();
    };
    let known_sig = matches!(
        sig.text(),
        "sighup"
            | "sigquit"
            | "sigabrt"
            | "sigalrm"
            | "sigterm"
            | "sigusr1"
            | "sigusr2"
            | "sigchld"
            | "sigstop"
            | "sigtstp"
            | "sigint"
    );
    let known_opt = matches!(opt.text(), "default" | "handle" | "ignore");
    if !known_sig || !known_opt {
        return badarg();
    }
    atom("ok")
}
