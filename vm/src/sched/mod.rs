//! Schedulers: the process table, the run queues, the registry of names, the timers, and the
//! scheduler threads that run processes one time slice at a time.
//!
//! There is one [`System`] per OS process ([`system`]). [`run`] starts it with a boot process
//! and a hook that the boot process's end goes through (the `-s` calls of the command line), and
//! returns the exit status once the system halts.
//!
//! A process is in exactly one of the states of [`table`]: waiting (in no queue), queued,
//! running, or exited. Senders push signals on the target's inbox and move a waiting target to a
//! run queue; a scheduler that finds a process's slice ended with a `receive` that has nothing to
//! match parks it and checks the inbox once more, so no wake-up is lost.

pub mod contain;
pub mod exit;
pub mod logger;
pub mod registry;
pub mod runq;
pub mod send;
pub mod spawn;
pub mod sync;
pub mod table;
pub mod worker;

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};

use crate::interp::Exit;
use crate::process::Process;
use crate::signal::Signal;
use crate::term::Term;
use crate::timer::Timers;

pub use table::ProcHandle;

/// Default limit on the number of processes (erl's default `+P`).
pub const DEFAULT_PROCESS_LIMIT: usize = 262_144;

/// What the boot hook decides after the boot process's slice ended with `Exit::Normal` or an
/// exception.
pub enum BootStep {
    /// The hook set up more work for the boot process: run it again.
    Continue,
    /// Halt the system with this exit status.
    Halt(i32),
}

/// The hook called when the boot process returns or fails.
pub type BootHook = Box<dyn FnMut(&mut Process, Exit) -> BootStep + Send>;

/// The whole runtime: processes, queues, names, timers.
pub struct System {
    /// Every live process.
    pub table: table::ProcessTable,
    /// The run queues.
    pub runq: runq::RunQueues,
    /// Registered names.
    pub registry: registry::Registry,
    /// Pending timers.
    pub timers: Timers,
    /// Open ports.
    pub ports: crate::port::PortTable,
    /// Largest number of live processes.
    pub process_limit: usize,
    /// Pid of the boot process.
    boot_pid: Mutex<Option<Term>>,
    boot_hook: Mutex<Option<BootHook>>,
    halted: AtomicBool,
    status: Mutex<Option<i32>>,
    halt_cv: Condvar,
    /// Reductions of processes that have ended, and of slices, in total.
    pub reductions: AtomicU64,
    /// Reductions counted at the last `statistics(reductions)` call.
    pub reductions_mark: AtomicU64,
    /// Time slices run by all schedulers (`statistics(context_switches)`).
    pub context_switches: AtomicU64,
}

static SYSTEM: OnceLock<System> = OnceLock::new();

/// Configuration of the system.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Number of scheduler threads.
    pub schedulers: usize,
    /// Process limit.
    pub process_limit: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            schedulers: default_schedulers(),
            process_limit: DEFAULT_PROCESS_LIMIT,
        }
    }
}

/// One scheduler per logical processor.
pub fn default_schedulers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The system; set up with the default configuration if [`run`] has not set it up.
pub fn system() -> &'static System {
    SYSTEM.get_or_init(|| System::new(Config::default()))
}

/// Wakes every sleeping scheduler of the running system (none before it is set up): an idle
/// scheduler lets go of purged code before it sleeps again (`VersionCache::refresh`).
pub fn wake_idle_schedulers() {
    if let Some(sys) = SYSTEM.get() {
        sys.runq.notify_all();
    }
}

/// The scheduler index of threads that are not schedulers.
const NOT_A_SCHEDULER: usize = usize::MAX;

thread_local! {
    /// The index of the scheduler running on this thread.
    static SCHEDULER_INDEX: Cell<usize> = const { Cell::new(NOT_A_SCHEDULER) };
}

/// The index of the current thread's scheduler (`None` on other threads).
pub fn current_scheduler() -> Option<usize> {
    let i = SCHEDULER_INDEX.with(Cell::get);
    (i != NOT_A_SCHEDULER).then_some(i)
}

/// A new unique reference number (shared by `make_ref`, monitors, aliases and timers).
pub fn new_ref_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl System {
    fn new(c: Config) -> System {
        System {
            table: table::ProcessTable::new(),
            runq: runq::RunQueues::new(c.schedulers),
            registry: registry::Registry::default(),
            timers: Timers::new(),
            ports: crate::port::PortTable::new(),
            process_limit: c.process_limit,
            boot_pid: Mutex::new(None),
            boot_hook: Mutex::new(None),
            halted: AtomicBool::new(false),
            status: Mutex::new(None),
            halt_cv: Condvar::new(),
            reductions: AtomicU64::new(0),
            reductions_mark: AtomicU64::new(0),
            context_switches: AtomicU64::new(0),
        }
    }

    /// Number of schedulers.
    pub fn schedulers(&self) -> usize {
        self.runq.schedulers()
    }

    /// Makes a queued process runnable on the current scheduler's queue.
    pub fn enqueue(&self, h: Arc<ProcHandle>) {
        match current_scheduler() {
            Some(i) => self.runq.push(i, h, true),
            None => self.runq.push(0, h, false),
        }
    }

    /// Sends `sig` to the endpoint `to` (a process or a port). `Err` gives the signal back if
    /// no such endpoint lives.
    pub fn send_signal(&self, to: Term, sig: Signal) -> Result<(), Signal> {
        if to.is_local_port() {
            return send::to_port(self, to, sig);
        }
        let Some(h) = self.table.get(to) else {
            return Err(sig);
        };
        match h.push(sig) {
            Ok(true) => {
                self.enqueue(h);
                Ok(())
            }
            Ok(false) => Ok(()),
            Err(sig) => Err(sig),
        }
    }

    /// Stops the system with exit status `status` (the first call wins).
    pub fn halt(&self, status: i32) {
        let mut s = sync::lock(&self.status);
        if s.is_none() {
            *s = Some(status);
        }
        self.halted.store(true, Ordering::SeqCst);
        self.halt_cv.notify_all();
        drop(s);
        self.runq.notify_all();
    }

    /// Whether the system is stopping.
    pub fn halted(&self) -> bool {
        self.halted.load(Ordering::SeqCst)
    }

    /// Whether `pid` is the boot process.
    pub fn is_boot(&self, pid: Term) -> bool {
        *self.boot_pid.lock().unwrap_or_else(|e| e.into_inner()) == Some(pid)
    }

    /// The boot process ended outside a return or an uncaught exception of its own (an exit
    /// signal killed it, its heap outgrew `max_heap_size`, an internal error): the boot hook
    /// reports it as an exit with `reason`, and the system halts with status 1 (0 for `normal`).
    pub(crate) fn boot_died(&self, p: &mut Process, reason: Term) {
        if reason == Term::atom(crate::atom::NORMAL) {
            self.halt(0);
            return;
        }
        let exit = Exit::Exception {
            class: crate::exception::Class::Exit,
            reason,
            trace: Term::NIL,
        };
        let status = match self.boot_step(p, exit) {
            BootStep::Halt(s) if s != 0 => s,
            _ => 1,
        };
        self.halt(status);
    }

    /// Passes the boot process's end to the boot hook.
    fn boot_step(&self, p: &mut Process, exit: Exit) -> BootStep {
        let mut hook = self.boot_hook.lock().unwrap_or_else(|e| e.into_inner());
        match hook.as_mut() {
            Some(h) => h(p, exit),
            None => BootStep::Halt(0),
        }
    }
}

/// Sets the system up with `config` (unless it already is) and returns it.
pub fn init(config: Config) -> &'static System {
    crate::timer::epoch();
    SYSTEM.get_or_init(|| System::new(config))
}

/// Runs `boot` (whose pid comes from [`table::ProcessTable::new_pid_payload`] and whose
/// `resume` is set) on the schedulers, and returns the exit status once something halts the
/// system. `hook` decides what happens each time the boot process returns or fails.
pub fn run(boot: Process, hook: BootHook) -> i32 {
    let sys = system();
    contain::install_hook();
    *sys.boot_hook.lock().unwrap_or_else(|e| e.into_inner()) = Some(hook);
    *sys.boot_pid.lock().unwrap_or_else(|e| e.into_inner()) = Some(boot.pid);
    let h = ProcHandle::new(Box::new(boot));
    sys.table.insert(h.clone());
    sys.runq.push(0, h, false);
    for index in 0..sys.schedulers() {
        let spawned = std::thread::Builder::new()
            .name(format!("scheduler-{}", index + 1))
            .stack_size(8 << 20)
            .spawn(move || worker::scheduler_loop(index));
        if let Err(e) = spawned {
            eprintln!("girder: cannot start scheduler thread: {e}");
            return 1;
        }
    }
    let mut status = sync::lock(&sys.status);
    while status.is_none() {
        status = sync::wait(&sys.halt_cv, &sys.status, status);
    }
    // The system halts: instruction counts, when counting, are written now.
    crate::instr::count::dump();
    status.unwrap_or(0)
}
