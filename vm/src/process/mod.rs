//! The process: X and float registers, the memory ([`ProcessHeap`]: heap, stack, old heap,
//! fragments), the process dictionary, the exception being handled, the saved execution state
//! between time slices, the reduction count, the message queue ([`Mailbox`]) and the rarely used
//! parts (links, monitors, aliases, registered name: [`ProcessExtra`], allocated on first use).
//!
//! A `Process` is `Send`: it is owned by one scheduler at a time and never shared. Other
//! processes reach it only through signals (`crate::signal`).
//!
//! The X register file is large (1024 words), so a process holds it only while it runs: a waiting
//! process keeps an empty register box, a new one a box holding just its start arguments, and the
//! scheduler lends a full box ([`Process::install_registers`]) before running it.

pub mod extra;
pub mod keyed;
pub mod mailbox;
mod report;
pub mod suspend;

use crate::atom::Atom;
use crate::code::NO_CP;
use crate::gc::RootSet;
use crate::heap::ProcessHeap;
use crate::instr::{MAX_FR, MAX_X};
use crate::term::Term;

pub use extra::{AliasMode, MonitorEntry, MonitorTarget, ProcessExtra, Watcher};
pub use mailbox::Mailbox;

/// A full set of X and float registers, lent to a process while it runs.
pub type RegisterFile = (Box<[Term]>, Box<[f64]>);

/// Making register files.
trait NewRegisterFile {
    fn new_pair() -> RegisterFile;
}

impl NewRegisterFile for RegisterFile {
    fn new_pair() -> RegisterFile {
        (
            vec![Term::NIL; MAX_X].into_boxed_slice(),
            vec![0.0; MAX_FR].into_boxed_slice(),
        )
    }
}

/// Reductions per time slice (ERTS's `CONTEXT_REDS`).
pub const CONTEXT_REDS: i64 = 4000;

/// The `max_heap_size` setting of a process (`spawn_opt/2,3,4,5`, `process_flag/2`): when a
/// garbage collection leaves the heap larger than `size` words (0: no limit), the process is
/// reported (`error_logger`) and, with `kill`, ends with reason `killed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MaxHeapSize {
    /// The limit in words, counting the young and old heaps and heap fragments; 0 for none.
    pub size: usize,
    /// Whether reaching the limit ends the process.
    pub kill: bool,
    /// Whether reaching the limit is reported on standard error.
    pub error_logger: bool,
}

impl Default for MaxHeapSize {
    fn default() -> Self {
        MaxHeapSize {
            size: 0,
            kill: true,
            error_logger: true,
        }
    }
}

impl MaxHeapSize {
    /// The setting packed in one word: the size shifted left by two, `kill` in bit 1 and
    /// `error_logger` in bit 0.
    fn pack(self) -> u64 {
        ((self.size as u64) << 2) | ((self.kill as u64) << 1) | self.error_logger as u64
    }

    fn unpack(w: u64) -> MaxHeapSize {
        MaxHeapSize {
            size: (w >> 2) as usize,
            kill: w & 2 != 0,
            error_logger: w & 1 != 0,
        }
    }
}

/// The `max_heap_size` new processes get unless `spawn_opt` says otherwise
/// (`erlang:system_flag(max_heap_size, _)`), packed by [`MaxHeapSize::pack`].
static DEFAULT_MAX_HEAP: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(3);

/// The `max_heap_size` new processes get (`erlang:system_info(max_heap_size)`).
pub fn default_max_heap() -> MaxHeapSize {
    MaxHeapSize::unpack(DEFAULT_MAX_HEAP.load(std::sync::atomic::Ordering::Relaxed))
}

/// The `min_heap_size` new processes get unless `spawn_opt` says otherwise
/// (`erlang:system_flag(min_heap_size, _)`), in words.
static DEFAULT_MIN_HEAP: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(crate::heap::sizes::DEFAULT_MIN_HEAP_SIZE);

/// The `fullsweep_after` new processes get unless `spawn_opt` says otherwise.
static DEFAULT_FULLSWEEP: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(crate::heap::sizes::DEFAULT_FULLSWEEP_AFTER);

/// The `min_heap_size` new processes get, in words.
pub fn default_min_heap_size() -> usize {
    DEFAULT_MIN_HEAP.load(std::sync::atomic::Ordering::Relaxed)
}

/// Sets the `min_heap_size` new processes get; returns the previous setting.
pub fn set_default_min_heap_size(words: usize) -> usize {
    DEFAULT_MIN_HEAP.swap(words, std::sync::atomic::Ordering::Relaxed)
}

/// The `fullsweep_after` new processes get.
pub fn default_fullsweep_after() -> usize {
    DEFAULT_FULLSWEEP.load(std::sync::atomic::Ordering::Relaxed)
}

/// Sets the `fullsweep_after` new processes get; returns the previous setting.
pub fn set_default_fullsweep_after(n: usize) -> usize {
    DEFAULT_FULLSWEEP.swap(n, std::sync::atomic::Ordering::Relaxed)
}

/// Sets the `max_heap_size` new processes get; returns the previous setting.
pub fn set_default_max_heap(m: MaxHeapSize) -> MaxHeapSize {
    MaxHeapSize::unpack(DEFAULT_MAX_HEAP.swap(m.pack(), std::sync::atomic::Ordering::Relaxed))
}

/// Where a process continues when it is scheduled again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resume {
    /// Module version id.
    pub version: u32,
    /// Instruction index.
    pub ip: u32,
}

/// Scheduling priority, as `process_flag(priority, P)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    /// `max`.
    Max = 0,
    /// `high`.
    High = 1,
    /// `normal` (the default).
    Normal = 2,
    /// `low`.
    Low = 3,
}

impl Priority {
    /// The priority named by atom text `name`.
    pub fn from_name(name: &str) -> Option<Priority> {
        Some(match name {
            "max" => Priority::Max,
            "high" => Priority::High,
            "normal" => Priority::Normal,
            "low" => Priority::Low,
            _ => return None,
        })
    }

    /// The atom text of this priority.
    pub fn name(self) -> &'static str {
        match self {
            Priority::Max => "max",
            Priority::High => "high",
            Priority::Normal => "normal",
            Priority::Low => "low",
        }
    }

    /// The priority stored as `index` (see `Priority as u8`).
    pub fn from_index(index: u8) -> Priority {
        match index {
            0 => Priority::Max,
            1 => Priority::High,
            3 => Priority::Low,
            _ => Priority::Normal,
        }
    }
}

/// One Erlang process.
pub struct Process {
    /// The process identifier (a local pid immediate).
    pub pid: Term,
    /// X registers: all [`MAX_X`] of them while the process runs; fewer (the live ones) while it
    /// is not running.
    pub x: Box<[Term]>,
    /// Float registers (empty while the process is not running).
    pub fr: Box<[f64]>,
    /// Heap, stack, old heap and fragments.
    pub heap: ProcessHeap,
    /// The process dictionary, in insertion order.
    pub dict: Vec<(Term, Term)>,
    /// Number of active `catch`/`try` handlers on the stack.
    pub catches: u32,
    /// The continuation register: where `return` goes (a continuation word, or [`NO_CP`]).
    pub cp: u64,
    /// Where execution resumes, when the process is not running.
    pub resume: Option<Resume>,
    /// Reductions executed in total, up to the end of the last time slice (or the last BIF call,
    /// see [`Process::slice_reds`]).
    pub reductions: u64,
    /// While a BIF called from code runs: the reductions the current time slice has used so far,
    /// not yet added to [`Process::reductions`]. Zero otherwise.
    pub slice_reds: u64,
    /// While a BIF called from code runs: the continuation word of the calling instruction (so
    /// that a BIF can tell where its caller is); [`crate::code::NO_CP`] otherwise.
    pub bif_site: u64,
    /// The last exception's class, reason and stack trace, kept as GC roots while handled.
    pub exception: [Term; 3],
    /// The function the process was started with (module, function, arity).
    pub initial: (Atom, Atom, u32),
    /// The pid of the process that spawned this one (`undefined` for the boot process).
    pub parent: Term,
    /// The heap size limit and what reaching it does.
    pub max_heap: MaxHeapSize,
    /// `process_flag(message_queue_data, off_heap)` is set. Only reported: every message
    /// arrives in a fragment of its own, which is what off-heap message data means in erl.
    pub off_heap_messages: bool,
    /// Counter for `make_ref/0`.
    pub next_ref: u64,
    /// The message queue, its save pointer and receive markers.
    pub mailbox: Mailbox,
    /// The group leader's pid.
    pub group_leader: Term,
    /// Whether exit signals are turned into `{'EXIT', From, Reason}` messages.
    pub trap_exit: bool,
    /// Scheduling priority.
    pub priority: Priority,
    /// The pending `receive ... after` timer, if one is running.
    pub recv_timer: Option<u64>,
    /// The `receive ... after` timer fired.
    pub timed_out: bool,
    /// A `wait_timeout` of the current receive has run: its timer (if any) is started, and
    /// running it again after a wake-up does not read its operand (which, as in ERTS, need not
    /// survive the wait).
    pub recv_waiting: bool,
    /// A signal ended the process: the exit reason (a term of this process), to be acted on
    /// before it runs again.
    pub pending_exit: Option<Term>,
    /// Set by `erlang:yield/0` between its two calls.
    pub yielded: bool,
    /// X registers that stay live while the process waits (a BIF waiting to be retried).
    pub wait_live: u8,
    /// The shared handle of the process (its inbox), once it is in the process table.
    pub handle: Option<std::sync::Arc<crate::sched::ProcHandle>>,
    /// The handle of the process this one last sent a message to (saves a table lookup when
    /// it sends there again).
    pub last_dest: Option<std::sync::Arc<crate::sched::ProcHandle>>,
    /// Links, monitors, aliases and the registered name, allocated on first use.
    pub extra: Option<Box<ProcessExtra>>,
}

impl Process {
    /// A new process with pid payload `id` and an empty stack, holding a full register file
    /// (as the boot process needs).
    pub fn new(id: u64, initial: (Atom, Atom, u32)) -> Process {
        let mut p = Process::new_parked(id, initial, ProcessHeap::new());
        p.install_registers(&mut Vec::new());
        p
    }

    /// A new process that holds no register file yet, with the given heap.
    pub fn new_parked(id: u64, initial: (Atom, Atom, u32), heap: ProcessHeap) -> Process {
        Process {
            pid: Term::local_pid(id),
            x: Box::new([]),
            fr: Box::new([]),
            heap,
            dict: Vec::new(),
            catches: 0,
            cp: NO_CP,
            resume: None,
            reductions: 0,
            slice_reds: 0,
            bif_site: crate::code::NO_CP,
            exception: [Term::NIL; 3],
            initial,
            parent: Term::atom(crate::atom::UNDEFINED),
            max_heap: MaxHeapSize::default(),
            off_heap_messages: false,
            next_ref: 0,
            mailbox: Mailbox::default(),
            group_leader: Term::local_pid(0),
            trap_exit: false,
            priority: Priority::Normal,
            recv_timer: None,
            timed_out: false,
            recv_waiting: false,
            pending_exit: None,
            yielded: false,
            wait_live: 0,
            handle: None,
            last_dest: None,
            extra: None,
        }
    }

    /// Whether the process holds a full register file (it is running or about to).
    #[inline]
    pub fn has_registers(&self) -> bool {
        self.x.len() == MAX_X
    }

    /// Gives the process a full register file (one from `spare` if there is one, else a new
    /// one), with the registers the process held while parked copied to its start. The
    /// scheduler calls this right before running the process: a suspended process is parked
    /// here instead (see [`suspend`]), and runs only the code that waits.
    pub fn install_registers(&mut self, spare: &mut Vec<RegisterFile>) {
        if self.extra.as_ref().is_some_and(|e| e.suspend.is_some()) {
            self.park_if_suspended();
        }
        if self.has_registers() {
            return;
        }
        let (mut x, fr) = spare
            .pop()
            .filter(|(x, fr)| x.len() == MAX_X && fr.len() == MAX_FR)
            .unwrap_or_else(RegisterFile::new_pair);
        x[..self.x.len()].copy_from_slice(&self.x);
        self.x = x;
        self.fr = fr;
    }

    /// Takes the register file away from a waiting process, keeping only `x[0..live]`, so that
    /// a parked process stays small. Returns the file for reuse.
    pub fn take_registers(&mut self, live: usize) -> Option<RegisterFile> {
        if !self.has_registers() {
            return None;
        }
        let kept: Box<[Term]> = self.x[..live.min(MAX_X)].into();
        let x = std::mem::replace(&mut self.x, kept);
        let fr = std::mem::replace(&mut self.fr, Box::new([]));
        Some((x, fr))
    }

    /// The links, monitors and aliases, allocated on first use.
    pub fn extra_mut(&mut self) -> &mut ProcessExtra {
        self.extra.get_or_insert_with(Default::default)
    }

    /// Runs `collect` on the heap with the process's roots: `x[0..live]`, the dictionary, the
    /// current exception, the message queue, a pending exit reason, and the registers of a
    /// process parked as suspended.
    fn with_roots<R>(
        &mut self,
        live: usize,
        collect: impl FnOnce(&mut ProcessHeap, &mut Roots) -> R,
    ) -> R {
        let live = live.min(self.x.len());
        let mut roots = Roots {
            x: &mut self.x[..live],
            stashed: suspend::stashed_roots(&mut self.extra),
            dict: &mut self.dict,
            exception: &mut self.exception,
            mailbox: &mut self.mailbox,
            pending_exit: &mut self.pending_exit,
        };
        collect(&mut self.heap, &mut roots)
    }

    /// Whether anything of this process (heap, stack, `x[0..live]` and its other roots) points
    /// into literal area `area`.
    pub fn references_literals(&mut self, area: &crate::literal::LiteralArea, live: usize) -> bool {
        self.with_roots(live, |heap, roots| heap.references_literals(area, roots))
    }

    /// Copies the literals of `area` this process refers to onto its heap (a full sweep with
    /// `x[0..live]` live), so nothing of it points into the area afterwards.
    pub fn collect_literals(&mut self, area: &crate::literal::LiteralArea, live: usize) {
        self.with_roots(live, |heap, roots| heap.collect_literals(area, roots));
    }

    /// Collects garbage at a safepoint where `x[0..live]` hold terms, making room for `need`
    /// words. All other X registers are cleared (they hold no valid terms afterwards).
    ///
    /// A collection that found the heap larger than the `max_heap_size` limit ends the process
    /// (see [`Process::check_max_heap`]): the interpreter stops running it when this returns
    /// with [`Process::pending_exit`] set.
    pub fn garbage_collect(&mut self, need: usize, live: usize) {
        let pid = self.pid;
        let peak = self.with_roots(live, |heap, roots| {
            crate::inject::at(crate::inject::Point::Gc, pid);
            heap.garbage_collect(need, roots)
        });
        self.check_max_heap(peak);
    }

    /// A full sweep with `x[0..live]` live (`erlang:garbage_collect/0`), checked against the
    /// `max_heap_size` limit as [`Process::garbage_collect`].
    pub fn garbage_collect_major(&mut self, live: usize) {
        let pid = self.pid;
        let peak = self.with_roots(live, |heap, roots| {
            crate::inject::at(crate::inject::Point::Gc, pid);
            heap.garbage_collect_major(0, roots)
        });
        self.check_max_heap(peak);
    }

    /// Compacts the heap for `erlang:hibernate/3`, keeping `x[0..live]`.
    pub fn compact(&mut self, live: usize) {
        self.with_roots(live, |heap, roots| heap.compact(roots));
    }

    /// Acts on the `max_heap_size` limit at a collection whose heap measured `total` words
    /// while collecting (erl's measure, taken before it copies anything: see
    /// `ProcessHeap::garbage_collect`). Over the limit, the process is reported (with
    /// `error_logger`) and, with `kill`, ends with reason `killed`: the interpreter, which
    /// collects only at its garbage-collection points, stops running it right after the
    /// collection (erl ends it at the collection). The collection itself completed, so the
    /// heap is consistent until then.
    fn check_max_heap(&mut self, total: usize) {
        let limit = self.max_heap;
        if limit.size == 0 || self.pending_exit.is_some() || total <= limit.size {
            return;
        }
        if limit.error_logger {
            self.report_max_heap(total);
        }
        if limit.kill {
            self.pending_exit = Some(Term::atom(crate::atom::KILLED));
        }
    }

    /// Writes erl's report of a process that outgrew its `max_heap_size` to standard output,
    /// where erl's logger prints it (see [`report`]).
    fn report_max_heap(&self, total: usize) {
        use std::io::Write;
        let text = report::max_heap_report(self, total);
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }

    /// The sizes `process_info(P, garbage_collection_info)` reports, in erl's order, in words:
    /// heap and old heap blocks, heap fragments, the part of the young heap that survived the
    /// last collection, the stack, the used parts of the heaps, and the virtual binary heaps
    /// (refc binaries referenced from the young and old generations, and their limits).
    pub fn gc_info(&self) -> [(&'static str, usize); 11] {
        let h = &self.heap;
        [
            ("old_heap_block_size", h.old.len()),
            ("heap_block_size", h.young.len()),
            ("mbuf_size", h.fragment_words),
            ("recent_size", h.high_water),
            ("stack_size", h.stack_size()),
            ("old_heap_size", h.old_top),
            ("heap_size", h.htop),
            ("bin_vheap_size", h.bin_vheap_words()),
            ("bin_vheap_block_size", h.bin_vheap_limit),
            ("bin_old_vheap_size", h.bin_old_vheap_words()),
            ("bin_old_vheap_block_size", h.bin_old_vheap_limit),
        ]
    }

    /// Makes sure `need` heap words are free, collecting with `live` X registers if not.
    #[inline]
    pub fn ensure_heap(&mut self, need: usize, live: usize) {
        if !self.heap.has_room(need) {
            self.garbage_collect(need, live);
        }
    }

    /// Memory used by the process in bytes, as `process_info(P, memory)` reports it: the process
    /// structure, its heap and stack blocks, fragments, message queue and dictionary.
    pub fn memory_bytes(&self) -> usize {
        let words = self.heap.memory_words();
        std::mem::size_of::<Process>()
            + words * 8
            + self.mailbox.len() * std::mem::size_of::<(u64, Term)>()
            + self.dict.capacity() * std::mem::size_of::<(Term, Term)>()
            + self.extra.as_ref().map_or(0, |e| e.memory_bytes())
    }
}

/// The roots a process presents to the collector besides its stack.
struct Roots<'a> {
    x: &'a mut [Term],
    stashed: &'a mut [Term],
    dict: &'a mut Vec<(Term, Term)>,
    exception: &'a mut [Term; 3],
    mailbox: &'a mut Mailbox,
    pending_exit: &'a mut Option<Term>,
}

impl RootSet for Roots<'_> {
    fn visit_roots(&mut self, f: &mut dyn FnMut(&mut Term)) {
        self.x.iter_mut().for_each(&mut *f);
        self.stashed.iter_mut().for_each(&mut *f);
        for (k, v) in self.dict.iter_mut() {
            f(k);
            f(v);
        }
        self.exception.iter_mut().for_each(&mut *f);
        self.mailbox.visit_terms(&mut *f);
        if let Some(r) = self.pending_exit.as_mut() {
            f(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::TermAlloc;

    fn assert_send<T: Send>() {}

    #[test]
    fn process_is_send_and_collects_with_its_roots() {
        assert_send::<Process>();
        let mut p = Process::new(0, (crate::atom::INIT, crate::atom::START_EM, 1));
        let l = p.heap.list(&[Term::small(1), Term::small(2)]);
        p.x[0] = l;
        p.dict.push((Term::small(7), p.heap.tuple(&[l])));
        let m = p.heap.tuple(&[Term::small(9), l]);
        p.mailbox.push(m);
        for _ in 0..1000 {
            p.heap.tuple(&[Term::small(3); 5]);
        }
        p.garbage_collect(10, 1);
        let (h, t) = p.x[0].as_cons().unwrap();
        assert_eq!(h, Term::small(1));
        assert_eq!(t.as_cons().unwrap().0, Term::small(2));
        assert_eq!(p.dict[0].1.tuple_element(0).head(), Term::small(1));
        assert_eq!(p.mailbox.peek().unwrap().tuple_element(0), Term::small(9));
    }

    #[test]
    fn registers_are_lent_and_taken_back() {
        let mut p = Process::new_parked(
            1,
            (crate::atom::INIT, crate::atom::START_EM, 1),
            ProcessHeap::new(),
        );
        p.x = vec![Term::small(5), Term::small(6)].into_boxed_slice();
        p.install_registers(&mut Vec::new());
        assert!(p.has_registers());
        assert_eq!(&p.x[..2], &[Term::small(5), Term::small(6)]);
        let (x, fr) = p.take_registers(0).unwrap();
        assert_eq!((x.len(), fr.len()), (MAX_X, MAX_FR));
        assert!(!p.has_registers() && p.x.is_empty());
    }
}
