//! `erlang:system_info/1` and `erlang:system_flag/2`: the facts about the emulator, the machine
//! and the schedulers (`info`), and the system-wide settings (`settings`). Items erl does not
//! know are `badarg`, as erl answers.

pub mod info;
pub mod settings;

use std::sync::atomic::Ordering;

use vm::atom::Atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::term::Term;

use crate::process::atom;
use crate::BifSpec;

/// The OTP release girder's behaviour follows (`system_info(otp_release)`).
pub const OTP_RELEASE: &str = "25";
/// The erts version girder's behaviour follows (`system_info(version)`).
pub const ERTS_VERSION: &str = "13.1.5";

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "system_info", 1, system_info),
    ("erlang", "system_flag", 2, system_flag),
];

fn atom_named(t: Term) -> Option<&'static str> {
    t.as_atom().map(Atom::text)
}

fn system_info(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let item = a[0];
    if let Some(&[kind, which]) = item.tuple_elements() {
        return info::tuple_item(p, kind, which);
    }
    let Some(name) = atom_named(item) else {
        return badarg();
    };
    match name {
        "wordsize" => Ok(Term::small(8)),
        "backtrace_depth" => Ok(Term::small(vm::exception::backtrace_depth() as i64)),
        _ => match info::item(p, name) {
            Some(t) => Ok(t),
            None => crate::proc_info::system_info_item(p, item),
        },
    }
}

/// A non-negative small integer argument.
fn count(t: Term) -> Option<usize> {
    t.as_small().filter(|&n| n >= 0).map(|n| n as usize)
}

fn system_flag(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(flag) = atom_named(a[0]) else {
        return badarg();
    };
    let v = a[1];
    let schedulers = vm::sched::system().schedulers();
    match flag {
        "max_heap_size" => {
            let new = crate::process::max_heap_size(v)?;
            if new.size != 0 && new.size < settings::min_heap_size() {
                return badarg();
            }
            let old = vm::process::set_default_max_heap(new);
            Ok(crate::process::max_heap_map(p, old))
        }
        "backtrace_depth" => match count(v) {
            Some(n) => Ok(Term::small(vm::exception::set_backtrace_depth(n) as i64)),
            None => badarg(),
        },
        "system_logger" => {
            let ok = v.is_local_pid() || matches!(atom_named(v), Some("logger" | "undefined"));
            if !ok {
                return badarg();
            }
            Ok(vm::sched::logger::set_system_logger(v))
        }
        "schedulers_online" => match count(v) {
            Some(n) if (1..=schedulers).contains(&n) => {
                Ok(Term::small(settings::set_schedulers_online(n) as i64))
            }
            _ => badarg(),
        },
        "dirty_cpu_schedulers_online" => match count(v) {
            Some(n) if (1..=schedulers).contains(&n) => {
                let old = settings::DIRTY_CPU_ONLINE.swap(n, Ordering::Relaxed);
                Ok(Term::small(old.min(schedulers) as i64))
            }
            _ => badarg(),
        },
        "multi_scheduling" => {
            let me = p.pid;
            match atom_named(v) {
                Some("block") => settings::block_multi_scheduling(me, false),
                Some("unblock") => settings::unblock_multi_scheduling(me, false),
                Some("block_normal") => settings::block_multi_scheduling(me, true),
                Some("unblock_normal") => settings::unblock_multi_scheduling(me, true),
                _ => return badarg(),
            }
            Ok(atom(settings::multi_scheduling_state()))
        }
        "scheduler_wall_time" => {
            if !v.is_boolean() {
                return badarg();
            }
            let on = v == Term::TRUE;
            let old = settings::SCHEDULER_WALL_TIME_FLAG.swap(on, Ordering::Relaxed);
            if settings::SCHEDULER_WALL_TIME.swap(on, Ordering::Relaxed) != on && on {
                crate::statistics::wall_time_reset();
            }
            Ok(Term::boolean(old))
        }
        "microstate_accounting" => {
            let cell = &settings::MICROSTATE_ACCOUNTING;
            let old = cell.load(Ordering::Relaxed);
            match atom_named(v) {
                Some("true") => cell.store(true, Ordering::Relaxed),
                Some("false") => cell.store(false, Ordering::Relaxed),
                Some("reset") => {}
                _ => return badarg(),
            }
            Ok(Term::boolean(old))
        }
        "fullsweep_after" => match count(v) {
            Some(n) => Ok(Term::small(
                vm::process::set_default_fullsweep_after(n) as i64
            )),
            None => badarg(),
        },
        "min_heap_size" => match count(v) {
            Some(n) => {
                let words = vm::heap::sizes::next_heap_size(n, 0);
                Ok(Term::small(
                    vm::process::set_default_min_heap_size(words) as i64
                ))
            }
            None => badarg(),
        },
        "min_bin_vheap_size" => match count(v) {
            Some(n) => Ok(Term::small(settings::set_min_bin_vheap_size(n) as i64)),
            None => badarg(),
        },
        "outstanding_system_requests_limit" => match count(v) {
            Some(n) if (1..=(1 << 27)).contains(&n) => Ok(Term::small(
                settings::OUTSTANDING_LIMIT.swap(n, Ordering::Relaxed) as i64,
            )),
            _ => badarg(),
        },
        "cpu_topology" if atom_named(v) == Some("undefined") => {
            Ok(info::item(p, "cpu_topology").unwrap_or(Term::NIL))
        }
        "scheduler_bind_type" if v.is_atom() => Ok(atom("unbound")),
        "time_offset" if atom_named(v) == Some("finalize") => Ok(atom("final")),
        "trace_control_word" if v.as_small().is_some_and(|n| n >= 0) => Ok(Term::small(0)),
        _ => badarg(),
    }
}
