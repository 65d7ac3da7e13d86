//! Process BIFs: spawning, links and exit signals, monitors (of processes and ports) and
//! aliases, registered names, process flags, group leaders, `send`, `make_ref`,
//! `erlang:yield/0`, `hibernate/3`, `garbage_collect`, `processes/0`, `is_process_alive/1`,
//! suspending and resuming processes, and the process dictionary's `get_keys/0,1`.
//!
//! This node is never distributed (`node()` is `nonode@nohost`), so identifiers of other
//! nodes' processes behave as erl's do on a node that is not alive: linking to one or
//! monitoring one succeeds and is answered at once by an exit signal or a 'DOWN' message with
//! reason `noconnection`; exit signals and messages to one are dropped.
//!
//! One module per concern; this one holds the BIF table and the helpers the others share.

mod aliases;
mod alive;
mod dict;
mod flags;
mod links;
mod monitors;
mod names;
mod scheduling;
mod send;
mod spawn;
mod suspend;

use vm::atom::{self, Atom};
use vm::term::Term;

use crate::BifSpec;
use aliases::*;
use alive::*;
use dict::*;
use flags::*;
use links::*;
use monitors::*;
use names::*;
use scheduling::*;
use send::*;
use spawn::*;
use suspend::*;

pub(crate) use alive::with_settled;
pub(crate) use flags::{max_heap_map, queue_data_name};
pub(crate) use scheduling::garbage_collect_1;
pub(crate) use spawn::max_heap_size;

/// The atom `text` (interned on first use).
pub(crate) fn atom_named(text: &str) -> Atom {
    Atom::intern(text).unwrap_or(atom::UNDEFINED)
}

/// The atom `text` as a term (interned on first use).
pub(crate) fn atom(text: &str) -> Term {
    Term::atom(atom_named(text))
}

/// Whether `t` is the atom `text`.
pub(crate) fn is_atom(t: Term, text: &str) -> bool {
    t.as_atom().is_some_and(|a| a.text() == text)
}

/// The process BIFs.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "spawn", 1, spawn_1),
    ("erlang", "spawn", 2, spawn_2),
    ("erlang", "spawn", 3, spawn_3),
    ("erlang", "spawn", 4, spawn_4),
    ("erlang", "spawn_link", 1, spawn_link_1),
    ("erlang", "spawn_link", 3, spawn_link_3),
    ("erlang", "spawn_monitor", 1, spawn_monitor_1),
    ("erlang", "spawn_monitor", 3, spawn_monitor_3),
    ("erlang", "spawn_opt", 2, spawn_opt_2),
    ("erlang", "spawn_opt", 3, spawn_opt_3),
    ("erlang", "spawn_opt", 4, spawn_opt_4),
    ("erlang", "spawn_opt", 5, spawn_opt_5),
    ("erlang", "is_process_alive", 1, is_process_alive_1),
    ("erlang", "processes", 0, processes_0),
    ("erlang", "make_ref", 0, make_ref_0),
    ("erlang", "exit", 2, exit_2),
    ("erlang", "link", 1, link_1),
    ("erlang", "unlink", 1, unlink_1),
    ("erlang", "monitor", 2, monitor_2),
    ("erlang", "monitor", 3, monitor_3),
    ("erlang", "demonitor", 1, demonitor_1),
    ("erlang", "demonitor", 2, demonitor_2),
    ("erlang", "alias", 0, alias_0),
    ("erlang", "alias", 1, alias_1),
    ("erlang", "unalias", 1, unalias_1),
    ("erlang", "register", 2, register_2),
    ("erlang", "unregister", 1, unregister_1),
    ("erlang", "whereis", 1, whereis_1),
    ("erlang", "registered", 0, registered_0),
    ("erlang", "process_flag", 2, process_flag_2),
    ("erlang", "process_flag", 3, process_flag_3),
    ("erlang", "group_leader", 0, group_leader_0),
    ("erlang", "group_leader", 2, group_leader_2),
    ("erlang", "yield", 0, yield_0),
    ("erlang", "bump_reductions", 1, bump_reductions_1),
    ("erlang", "garbage_collect", 0, garbage_collect_0),
    ("erlang", "garbage_collect", 1, garbage_collect_1),
    ("erlang", "garbage_collect", 2, garbage_collect_2),
    ("erlang", "hibernate", 3, hibernate_3),
    ("erlang", "send", 2, send_2),
    ("erlang", "send", 3, send_3),
    ("erlang", "get_keys", 0, get_keys_0),
    ("erlang", "get_keys", 1, get_keys_1),
    (
        "erts_internal",
        "suspend_process",
        2,
        internal_suspend_process_2,
    ),
    ("erlang", "resume_process", 1, resume_process_1),
    (
        "erts_internal",
        "garbage_collect",
        1,
        internal_garbage_collect_1,
    ),
    (
        "erts_internal",
        "is_process_alive",
        2,
        internal_is_process_alive_2,
    ),
    ("erts_internal", "group_leader", 2, internal_group_leader_2),
    ("erts_internal", "group_leader", 3, internal_group_leader_3),
    ("erts_internal", "process_flag", 3, internal_process_flag_3),
    (
        "erts_internal",
        "spawn_request",
        4,
        internal_spawn_request_4,
    ),
];
