//! Ownership: `ets:give_away/3`, and what happens to a process's tables when it ends (they go
//! to their heir with an `'ETS-TRANSFER'` message, or are deleted).

use std::sync::{Arc, Once};

use vm::bif::ProcessContext;
use vm::heap::{HeapFragment, TermAlloc};
use vm::sched::sync::lock;
use vm::signal::{Payload, Signal};
use vm::term::Term;

use super::error::{Fail, Res};
use super::table::{self, Table};

/// Makes sure the end of every process is reported to [`process_ended`].
pub fn install_exit_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| vm::sched::exit::add_exit_hook(process_ended));
}

/// Whether `pid` is a live local process.
pub fn alive(pid: Term) -> bool {
    pid.is_local_pid() && vm::sched::system().table.get(pid).is_some()
}

/// Sends `{'ETS-TRANSFER', Tab, From, Data}` to `to`.
fn send_transfer(table: &Table, to: Term, from: Term, data: Term) {
    let Ok(tag) = vm::atom::Atom::intern("ETS-TRANSFER") else {
        return;
    };
    let msg = Payload::build(16 + vm::copy::size_of(data), |f: &mut HeapFragment| {
        let handle = table.handle(f);
        let data = vm::copy::copy_term(data, f);
        f.tuple(&[Term::atom(tag), handle, from, data])
    });
    let _ = vm::sched::system().send_signal(to, Signal::Message(msg));
}

/// `ets:give_away/3`.
pub fn give_away(p: &mut ProcessContext, a: &[Term]) -> Res<Term> {
    let table = table::resolve(a[0])?;
    let (to, data) = (a[1], a[2]);
    if !to.is_local_pid() {
        return Err(Fail::Badarg);
    }
    table.check_write(p)?;
    if table.owner() != p.pid {
        return Err(Fail::NotOwner);
    }
    if to == p.pid {
        return Err(Fail::Owner);
    }
    if !alive(to) {
        return Err(Fail::Badarg);
    }
    table::set_owner(&table, to);
    send_transfer(&table, to, p.pid, data);
    if !alive(to) {
        // The new owner ended meanwhile, maybe before it was recorded as the owner.
        pass_on(&table, to);
    }
    Ok(Term::TRUE)
}

/// Hands `table`, whose owner `dead` ended, to its heir, or deletes it.
fn pass_on(table: &Arc<Table>, dead: Term) {
    let heir = lock(&table.heir)
        .as_ref()
        .map(|h| (h.pid, Payload::copy(h.data.peek())));
    if let Some((pid, data)) = heir {
        if pid != dead && alive(pid) {
            table::set_owner(table, pid);
            send_transfer(table, pid, dead, data.peek());
            if alive(pid) {
                return;
            }
        }
    }
    table::unregister(table);
}

/// The exit hook: the tables of the process `pid` that ended.
fn process_ended(pid: Term) {
    for t in table::take_owned(pid) {
        pass_on(&t, pid);
    }
    super::fix::process_ended(pid);
    super::yielding::forget(pid);
}
