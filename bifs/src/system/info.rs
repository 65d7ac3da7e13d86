//! The answers of `erlang:system_info/1` for the items about the emulator, the operating
//! system, the schedulers and the default process settings. Items that describe processes and
//! ports as they run come from [`crate::proc_info::system_info_item`].

use std::sync::atomic::Ordering;

use vm::atom::Atom;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::term::Term;

use super::settings;
use super::{atom_named, ERTS_VERSION, OTP_RELEASE};
use crate::process::atom;

fn small(v: usize) -> Term {
    Term::small(v as i64)
}

/// The number of logical processors of this machine.
pub fn logical_processors() -> usize {
    vm::sched::default_schedulers()
}

/// The `system_version` banner, with `[girder]` where erl names its JIT.
pub fn system_version() -> String {
    let s = vm::sched::system().schedulers();
    let online = settings::schedulers_online();
    let dirty = settings::DIRTY_CPU_ONLINE.load(Ordering::Relaxed).min(s);
    format!(
        "Erlang/OTP {OTP_RELEASE} [erts-{ERTS_VERSION}] [source] [64-bit] [smp:{s}:{online}] \
         [ds:{s}:{dirty}:10] [async-threads:1] [girder]\n"
    )
}

/// The kernel release as `{Major, Minor, Release}` (zeros where it cannot be read).
fn os_version() -> (i64, i64, i64) {
    let text = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let mut parts = text.trim().split('.').map(|part| {
        part.chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse::<i64>()
            .unwrap_or(0)
    });
    let mut next = || parts.next().unwrap_or(0);
    (next(), next(), next())
}

/// `[{processor, [{core, {logical, 0}}, ...]}]` for this machine's logical processors.
fn cpu_topology(p: &mut ProcessContext) -> Term {
    let n = logical_processors().max(1);
    let logical = atom("logical");
    let core = atom("core");
    let cores: Vec<Term> = (0..n)
        .map(|i| {
            let l = p.heap.tuple(&[logical, small(i)]);
            p.heap.tuple(&[core, l])
        })
        .collect();
    let inner = if n == 1 {
        cores[0]
    } else {
        p.heap.list(&cores)
    };
    let processor = p.heap.tuple(&[atom("processor"), inner]);
    p.heap.list(&[processor])
}

fn pair(p: &mut ProcessContext, name: &str, value: Term) -> Term {
    p.heap.tuple(&[atom(name), value])
}

/// The process settings that `system_flag/2` changes, as `[{max_heap_size, ...}, ...]`.
fn garbage_collection(p: &mut ProcessContext) -> Term {
    let max = vm::process::default_max_heap().size;
    let items = [
        pair(p, "max_heap_size", small(max)),
        pair(
            p,
            "min_bin_vheap_size",
            small(settings::min_bin_vheap_size()),
        ),
        pair(p, "min_heap_size", small(settings::min_heap_size())),
        pair(p, "fullsweep_after", small(settings::fullsweep_after())),
    ];
    p.heap.list(&items)
}

/// `system_info(check_io)`: one poll set, the one girder's I/O thread waits on, described with
/// the items erl gives for its epoll set.
fn check_io(p: &mut ProcessContext) -> Term {
    let max_fds = std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|l| {
            l.lines()
                .find(|line| line.starts_with("Max open files"))
                .and_then(|line| line.split_whitespace().nth(3)?.parse::<usize>().ok())
        })
        .unwrap_or(1024);
    let active = vm::sched::system().ports.len();
    let items = [
        pair(p, "name", atom("erts_poll")),
        pair(p, "primary", atom("epoll")),
        pair(p, "kernel_poll", atom("epoll")),
        pair(p, "memory_size", small(0)),
        pair(p, "total_poll_set_size", small(active)),
        pair(p, "lazy_updates", Term::FALSE),
        pair(p, "pending_updates", small(0)),
        pair(p, "batch_updates", Term::FALSE),
        pair(p, "concurrent_updates", Term::TRUE),
        pair(p, "fallback", Term::FALSE),
        pair(p, "max_fds", small(max_fds)),
        pair(p, "active_fds", small(active)),
        pair(p, "poll_threads", small(1)),
    ];
    let set = p.heap.list(&items);
    p.heap.list(&[set])
}

/// A time source description as `os_monotonic_time_source` gives it.
fn time_source(p: &mut ProcessContext, clock: &str, monotonic: bool) -> Term {
    let mut items = vec![
        pair(p, "function", atom("clock_gettime")),
        pair(p, "clock_id", atom(clock)),
        pair(p, "resolution", small(1_000_000_000)),
    ];
    if monotonic {
        items.push(pair(p, "extended", atom("no")));
    }
    items.push(pair(p, "parallel", atom("yes")));
    let now = if monotonic {
        vm::timer::now_nanos() as i64
    } else {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as i64)
    };
    let t = p.heap.integer(now);
    items.push(pair(p, "time", t));
    p.heap.list(&items)
}

/// The text of `system_info(info)`, `procs`, `loaded` and `dist`: the sections girder can fill.
fn text_dump(item: &str) -> String {
    let sys = vm::sched::system();
    match item {
        "info" => {
            let mut s = String::from("=memory\n");
            for (name, bytes) in crate::memory::totals() {
                s.push_str(&format!("{name}: {bytes}\n"));
            }
            s.push_str(&format!(
                "=hash_table:atom_tab\nentries: {}\n=index_table:atom_tab\nlimit: {}\nentries: {}\n",
                Atom::count(),
                vm::atom::MAX_ATOMS,
                Atom::count()
            ));
            s
        }
        "procs" => format!("=processes\ncount: {}\n", sys.table.len()),
        "loaded" => String::from("Current code: 0\nOld code: 0\n"),
        _ => String::from("=node:'nonode@nohost'\n=no_distribution\n"),
    }
}

/// The items of this module; `None` for items it does not know.
pub fn item(p: &mut ProcessContext, name: &str) -> Option<Term> {
    let sys = vm::sched::system();
    let schedulers = sys.schedulers();
    Some(match name {
        "os_type" => {
            let family = if cfg!(unix) { "unix" } else { "win32" };
            let os = if cfg!(target_os = "linux") {
                "linux"
            } else {
                std::env::consts::OS
            };
            p.heap.tuple(&[atom(family), atom(os)])
        }
        "os_version" => {
            let (a, b, c) = os_version();
            p.heap
                .tuple(&[Term::small(a), Term::small(b), Term::small(c)])
        }
        "system_version" => {
            let text = system_version();
            p.heap.charlist(&text)
        }
        "otp_release" => p.heap.charlist(OTP_RELEASE),
        "version" => p.heap.charlist(ERTS_VERSION),
        "machine" => p.heap.charlist("BEAM"),
        "compat_rel" => Term::small(25),
        "driver_version" => p.heap.charlist("3.3"),
        "nif_version" => p.heap.charlist("2.16"),
        "creation" => Term::small(0),
        "start_time" => {
            let start = crate::time::monotonic_native() - vm::timer::now_nanos() as i64;
            p.heap.integer(start)
        }
        "end_time" => p.heap.integer(i64::MAX - 576_460_752_303_423_488),
        "thread_pool_size" => Term::small(1),
        "cpu_topology" => cpu_topology(p),
        "break_ignored" => Term::FALSE,
        "outstanding_system_requests_limit" => {
            small(settings::OUTSTANDING_LIMIT.load(Ordering::Relaxed))
        }
        "atom_count" => small(Atom::count()),
        "atom_limit" => small(vm::atom::MAX_ATOMS),
        "ets_count" => small(settings::ets_count()),
        "ets_limit" => small(settings::ETS_LIMIT),
        "schedulers" => small(schedulers),
        "schedulers_online" => small(settings::schedulers_online()),
        "dirty_cpu_schedulers" => small(schedulers),
        "dirty_cpu_schedulers_online" => small(
            settings::DIRTY_CPU_ONLINE
                .load(Ordering::Relaxed)
                .min(schedulers),
        ),
        "dirty_io_schedulers" => Term::small(10),
        "logical_processors" | "logical_processors_available" | "logical_processors_online" => {
            small(logical_processors())
        }
        "multi_scheduling" => atom(settings::multi_scheduling_state()),
        "multi_scheduling_blockers" | "normal_multi_scheduling_blockers" => {
            let which = if name.starts_with("normal") {
                &settings::NORMAL_BLOCKERS
            } else {
                &settings::BLOCKERS
            };
            let pids = settings::blockers(which);
            p.heap.list(&pids)
        }
        "scheduler_id" => small(vm::sched::current_scheduler().map_or(1, |i| i + 1)),
        "scheduler_bind_type" => atom("unbound"),
        "scheduler_bindings" => {
            let unbound = vec![atom("unbound"); schedulers];
            p.heap.tuple(&unbound)
        }
        "system_architecture" => p.heap.charlist("x86_64-pc-linux-gnu"),
        "build_type" | "emu_type" => atom("opt"),
        "emu_flavor" => atom("emu"),
        "c_compiler_used" => {
            let v = atom("undefined");
            p.heap.tuple(&[atom("rustc"), v])
        }
        "debug_compiled"
        | "lock_checking"
        | "lock_counting"
        | "dynamic_trace_probes"
        | "port_parallelism"
        | "ets_always_compress" => Term::FALSE,
        "kernel_poll" | "eager_check_io" | "time_correction" | "threads" | "smp_support" => {
            Term::TRUE
        }
        "heap_sizes" => {
            let sizes: Vec<Term> = vm::heap::sizes::heap_size_series()
                .iter()
                .map(|&s| p.heap.integer(s as i64))
                .collect();
            p.heap.list(&sizes)
        }
        "heap_type" => atom("private"),
        // No NIF library is ever loaded, so nothing taints the system.
        "taints" => Term::NIL,
        "system_logger" => vm::sched::logger::system_logger(),
        "check_io" => check_io(p),
        "fullsweep_after" => pair(p, "fullsweep_after", small(settings::fullsweep_after())),
        "min_heap_size" => pair(p, "min_heap_size", small(settings::min_heap_size())),
        "min_bin_vheap_size" => pair(
            p,
            "min_bin_vheap_size",
            small(settings::min_bin_vheap_size()),
        ),
        "garbage_collection" => garbage_collection(p),
        "cpu_quota" => atom("unknown"),
        "delayed_node_table_gc" => Term::small(60),
        "dist_buf_busy_limit" => Term::small(1_048_576),
        "dist_ctrl" | "multi_scheduling_blockers_normal" => Term::NIL,
        "dynamic_trace" => atom("none"),
        "modified_timing_level" | "hipe_architecture" => atom("undefined"),
        "sequential_tracer" => pair(p, "sequential_tracer", Term::FALSE),
        "time_offset" => atom("final"),
        "time_warp_mode" => atom("no_time_warp"),
        "tolerant_timeofday" => atom("enabled"),
        "trace_control_word" => Term::small(0),
        "update_cpu_info" => atom("unchanged"),
        "os_monotonic_time_source" => time_source(p, "CLOCK_MONOTONIC", true),
        "os_system_time_source" => time_source(p, "CLOCK_REALTIME", false),
        "alloc_util_allocators" => {
            let names: Vec<Term> = ALLOC_UTIL.iter().map(|a| atom(a)).collect();
            p.heap.list(&names)
        }
        "allocator" => {
            let glibc = atom("glibc");
            let version = p.heap.list(&[Term::small(2), Term::small(36)]);
            let mut names = vec![atom("sys_alloc")];
            names.extend(ALLOC_UTIL.iter().map(|a| atom(a)));
            let names = p.heap.list(&names);
            let e = pair(p, "e", Term::TRUE);
            let opts = p.heap.list(&[e]);
            let sys_alloc = pair(p, "sys_alloc", opts);
            let settings = p.heap.list(&[sys_alloc]);
            p.heap.tuple(&[glibc, version, names, settings])
        }
        "allocated_areas" => {
            let atoms = Atom::count() * 16;
            let items = [
                pair(p, "sys_misc", small(0)),
                pair(p, "static", small(0)),
                pair(p, "atom_table", small(atoms)),
            ];
            p.heap.list(&items)
        }
        "info" | "procs" | "loaded" | "dist" => {
            let text = text_dump(name);
            p.heap.binary(text.as_bytes())
        }
        "emu_args" => {
            let args: Vec<String> = std::env::args().collect();
            let terms: Vec<Term> = args.iter().map(|a| p.heap.charlist(a)).collect();
            p.heap.list(&terms)
        }
        _ => return None,
    })
}

/// The allocators erl lists in `alloc_util_allocators`.
pub const ALLOC_UTIL: &[&str] = &[
    "temp_alloc",
    "sl_alloc",
    "std_alloc",
    "ll_alloc",
    "eheap_alloc",
    "ets_alloc",
    "fix_alloc",
    "literal_alloc",
    "binary_alloc",
    "driver_alloc",
];

/// `system_info({Item, Arg})`.
pub fn tuple_item(p: &mut ProcessContext, kind: Term, arg: Term) -> BifResult {
    match (atom_named(kind), atom_named(arg)) {
        (Some("wordsize"), Some("internal" | "external")) => Ok(Term::small(8)),
        (Some("cpu_topology"), Some("defined")) => Ok(atom("undefined")),
        (Some("cpu_topology"), Some("detected" | "used")) => Ok(cpu_topology(p)),
        (Some("allocator" | "allocator_sizes"), Some(a))
            if a == "sys_alloc" || ALLOC_UTIL.contains(&a) =>
        {
            let inst = p.heap.tuple(&[atom("instance"), Term::small(0), Term::NIL]);
            Ok(p.heap.list(&[inst]))
        }
        _ => badarg(),
    }
}
