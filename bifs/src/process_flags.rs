//! The `process_flag/2` flags beyond those of the process core:
//! `monitor_nodes` and `{monitor_nodes, Options}`. This node is never distributed, so node
//! monitors only count their subscriptions (no `nodeup`/`nodedown` message can come).

use std::collections::HashMap;
use std::sync::Mutex;

use vm::bif::{badarg, BifResult, ProcessContext};
use vm::term::Term;

/// Node monitor subscriptions: (pid, printed options or empty for plain `monitor_nodes`) to
/// their number.
static NODE_MONITORS: Mutex<Option<Subscriptions>> = Mutex::new(None);

/// Subscription counts by (pid, printed options).
type Subscriptions = HashMap<(u64, Vec<u8>), i64>;

/// Whether `opts` is a node monitor option list or map erl accepts.
fn valid_options(opts: Term) -> bool {
    if let Ok(pairs) = vm::map::iter(opts) {
        return pairs.into_iter().all(|(k, _)| {
            k.as_atom().is_some_and(|a| {
                matches!(
                    a.text(),
                    "connection_id" | "node_type" | "nodedown_reason" | "list"
                )
            })
        });
    }
    // The list form takes no option erl 25 accepts here.
    opts.is_nil()
}

/// Adds (`on`) or removes all subscriptions of `key`; returns how many there were.
fn subscribe(p: &ProcessContext, opts: Vec<u8>, on: bool) -> i64 {
    let mut guard = NODE_MONITORS.lock().unwrap_or_else(|e| e.into_inner());
    let map = guard.get_or_insert_with(HashMap::new);
    let key = (p.pid.raw(), opts);
    let old = map.get(&key).copied().unwrap_or(0);
    if on {
        map.insert(key, old + 1);
    } else {
        map.remove(&key);
    }
    old
}

/// `process_flag(Flag, Value)` for the flags of this module; `badarg` for any other.
pub fn process_flag(p: &mut ProcessContext, flag: Term, v: Term) -> BifResult {
    if let Some(&[name, opts]) = flag.tuple_elements() {
        if name.as_atom().map(|a| a.text()) != Some("monitor_nodes")
            || !v.is_boolean()
            || !valid_options(opts)
        {
            return badarg();
        }
        let key = vm::ops::print::display(opts);
        return Ok(Term::small(subscribe(p, key, v == Term::TRUE)));
    }
    match flag.as_atom().map(|a| a.text()) {
        Some("monitor_nodes") if v.is_boolean() => {
            Ok(Term::small(subscribe(p, Vec::new(), v == Term::TRUE)))
        }
        _ => badarg(),
    }
}
