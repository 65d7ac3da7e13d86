//! Creating processes: `spawn/1,2,3,4`, `spawn_link`, `spawn_monitor`, `spawn_opt`.
//!
//! A new process starts in a small code version of its own making (no functions, so it never
//! shows in stack traces): its first instruction applies the start function, and its bottom
//! continuation is a `ProcessExit` instruction, so returning from the start function ends the
//! process with reason `normal`.

use std::sync::OnceLock;

use super::table::ProcHandle;
use super::{new_ref_id, System};
use crate::atom::{self, Atom};
use crate::code::{self, encode_cp, ModuleVersion};
use crate::copy::copy_term;
use crate::heap::{ProcessHeap, TermAlloc};
use crate::instr::{Instr, Label};
use crate::process::extra::{AliasMode, MonitorEntry, MonitorTarget, Watcher};
use crate::process::{MaxHeapSize, Priority, Process, Resume};
use crate::signal::Payload;
use crate::term::Term;

/// Instruction of the start version that ends the process normally.
const EXIT_IP: u32 = 1;
/// Instruction that applies `x0:x1(x2...)`.
const APPLY3_IP: u32 = 2;
/// Instruction that applies the fun in `x0` to the list in `x1`.
const APPLY2_IP: u32 = 4;

/// Options of `spawn_opt`.
#[derive(Clone, Copy, Debug)]
pub struct SpawnOpts {
    /// Link the new process to the parent.
    pub link: bool,
    /// Monitor the new process from the parent.
    pub monitor: bool,
    /// Priority.
    pub priority: Priority,
    /// Minimum heap size in words.
    pub min_heap_size: Option<usize>,
    /// Minor collections between full sweeps.
    pub fullsweep_after: Option<usize>,
    /// With `monitor`: the alias the monitor reference acts as (`{monitor, [{alias, _}]}`).
    pub monitor_alias: Option<AliasMode>,
    /// With `monitor`: the tag its 'DOWN' message carries instead of `'DOWN'` (a term of the
    /// parent, `{monitor, [{tag, Tag}]}`).
    pub monitor_tag: Option<Term>,
    /// The heap size limit.
    pub max_heap: Option<MaxHeapSize>,
    /// `{message_queue_data, off_heap}`.
    pub off_heap_messages: bool,
}

impl Default for SpawnOpts {
    fn default() -> Self {
        SpawnOpts {
            link: false,
            monitor: false,
            priority: Priority::Normal,
            min_heap_size: None,
            fullsweep_after: None,
            monitor_alias: None,
            monitor_tag: None,
            max_heap: None,
            off_heap_messages: false,
        }
    }
}

/// What to start.
#[derive(Clone, Copy, Debug)]
pub enum StartFn {
    /// `Module:Function(Args...)`; `args` is a proper list.
    Mfa {
        /// Module atom.
        module: Term,
        /// Function atom.
        function: Term,
        /// Argument list.
        args: Term,
        /// Its length.
        arity: u32,
    },
    /// A fun of arity 0.
    Fun(Term),
}

/// Why a spawn failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpawnError {
    /// The process limit is reached.
    SystemLimit,
    /// The start code cannot be set up.
    Internal,
}

/// The start code version.
fn start_version() -> Option<std::sync::Arc<ModuleVersion>> {
    static V: OnceLock<Option<u32>> = OnceLock::new();
    let id = (*V.get_or_init(|| {
        let apply3 = crate::bif::lookup(atom::ERLANG, atom::APPLY, 3)?;
        let apply2 = crate::bif::lookup(atom::ERLANG, atom::APPLY, 2)?;
        let v = code::install_detached(|id| {
            ModuleVersion::synthetic(
                id,
                atom::ERLANG,
                vec![
                    Instr::ProcessExit {},
                    Instr::ProcessExit {},
                    Instr::CallBif {
                        bif: apply3,
                        import: 0,
                    },
                    Instr::Return {},
                    Instr::CallBif {
                        bif: apply2,
                        import: 0,
                    },
                    Instr::Return {},
                    Instr::Jump { to: Label(0) },
                ],
                Vec::new(),
            )
        })?;
        Some(v.id)
    }))?;
    code::version(id)
}

/// Creates a process running `start` on behalf of `parent`; returns its pid and, with
/// `opts.monitor`, the monitor reference (a term of `parent`).
pub fn spawn(
    sys: &System,
    parent: &mut Process,
    start: StartFn,
    opts: SpawnOpts,
) -> Result<(Term, Option<Term>), SpawnError> {
    if sys.table.len() >= sys.process_limit {
        return Err(SpawnError::SystemLimit);
    }
    let Some(ver) = start_version() else {
        return Err(SpawnError::Internal);
    };
    let initial = match start {
        StartFn::Mfa {
            module,
            function,
            arity,
            ..
        } => (
            module.as_atom().unwrap_or(atom::UNDEFINED),
            function.as_atom().unwrap_or(atom::UNDEFINED),
            arity,
        ),
        StartFn::Fun(_) => (atom::ERLANG, atom::APPLY, 2),
    };
    // As in erl, a process's minimum heap is never below the system's.
    let default_min = crate::process::default_min_heap_size();
    let min_heap = opts
        .min_heap_size
        .map_or(default_min, |w| w.max(default_min));
    let mut heap = ProcessHeap::with_min_size(min_heap);
    heap.set_fullsweep_after(
        opts.fullsweep_after
            .unwrap_or_else(crate::process::default_fullsweep_after),
    );
    let id = sys.table.new_pid_payload();
    let mut child = Box::new(Process::new_parked(id, initial, heap));
    let (regs, ip): (Vec<Term>, u32) = match start {
        StartFn::Mfa {
            module,
            function,
            args,
            ..
        } => (
            vec![module, function, copy_term(args, &mut child.heap)],
            APPLY3_IP,
        ),
        StartFn::Fun(f) => (vec![copy_term(f, &mut child.heap), Term::NIL], APPLY2_IP),
    };
    child.x = regs.into_boxed_slice();
    child.cp = encode_cp(ver.id, EXIT_IP);
    child.resume = Some(Resume {
        version: ver.id,
        ip,
    });
    child.group_leader = parent.group_leader;
    child.priority = opts.priority;
    child.parent = parent.pid;
    child.max_heap = opts
        .max_heap
        .unwrap_or_else(crate::process::default_max_heap);
    child.off_heap_messages = opts.off_heap_messages;
    let pid = child.pid;
    if opts.link {
        parent.extra_mut().add_link(pid);
        child.extra_mut().add_link(parent.pid);
    }
    let mut mref = None;
    if opts.monitor {
        let ref_id = new_ref_id();
        parent.extra_mut().add_monitor(MonitorEntry {
            ref_id,
            target: MonitorTarget::Pid(pid),
        });
        child.extra_mut().add_monitored_by(Watcher {
            ref_id,
            pid: parent.pid,
            name: None,
        });
        if let Some(mode) = opts.monitor_alias {
            parent.extra_mut().aliases.push((ref_id, mode));
        }
        if let Some(tag) = opts.monitor_tag {
            parent.extra_mut().set_tag(ref_id, Payload::copy(tag));
        }
        mref = Some(
            parent
                .heap
                .local_ref(ref_id, parent.pid.immed1_payload() + 1),
        );
    }
    let h = ProcHandle::new(child);
    sys.table.insert(h.clone());
    sys.enqueue(h);
    Ok((pid, mref))
}

/// Where a hibernating process continues (applying `x0:x1(x2...)`) and the continuation that
/// ends it when that call returns.
pub fn hibernate_entry() -> Option<(Resume, u64)> {
    let v = start_version()?;
    Some((
        Resume {
            version: v.id,
            ip: APPLY3_IP,
        },
        encode_cp(v.id, EXIT_IP),
    ))
}

/// The atom `name` interned, or `undefined` if the table is full.
pub fn atom_of(name: &str) -> Atom {
    Atom::intern(name).unwrap_or(atom::UNDEFINED)
}
