//! Tables: their settings, the registry of live tables by identifier and by name, the tables
//! each process owns, and access rights.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, LazyLock, Mutex, RwLock};

use vm::atom::Atom;
use vm::bif::ProcessContext;
use vm::heap::TermAlloc;
use vm::sched::sync::{lock, read, write};
use vm::signal::Payload;
use vm::term::magic::{find_magic_object, make_magic_ref, MagicObject};
use vm::term::Term;

use super::error::{Fail, Res};
use super::store::{Detached, Kind, Store};

/// Who may use a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protection {
    /// Everyone reads and writes.
    Public,
    /// Everyone reads, the owner writes.
    Protected,
    /// Only the owner.
    Private,
}

/// The `write_concurrency` setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteConcurrency {
    /// `false`.
    Off,
    /// `true`.
    On,
    /// `auto`.
    Auto,
}

/// The settings that only `info` reports (they tune erl's locking; girder's locking is the
/// same for every table).
#[derive(Clone, Copy, Debug)]
pub struct Tuning {
    /// `read_concurrency`.
    pub read_concurrency: bool,
    /// `write_concurrency`.
    pub write_concurrency: WriteConcurrency,
    /// `decentralized_counters`.
    pub decentralized_counters: bool,
    /// `compressed`.
    pub compressed: bool,
}

/// The heir: a process and the data sent with the table.
pub struct Heir {
    /// The heir's pid.
    pub pid: Term,
    /// The data (a copy).
    pub data: Payload,
}

/// What a table's reference (a magic reference) points to. It keeps the table itself alive
/// (once deleted, an empty shell) while any copy of the reference lives, so that resolving a
/// reference borrows the table without touching any count.
struct TableRef(Arc<Table>);

/// A table.
pub struct Table {
    /// The table identifier's reference number.
    pub id: u64,
    /// The object of the table's magic references while the table lives (dropped when it is
    /// deleted, which ends the cycle between the two).
    magic: Mutex<Option<Arc<MagicObject>>>,
    /// The name (changed by `rename/2`).
    pub name: Mutex<Atom>,
    /// Whether the name identifies the table.
    pub named: bool,
    /// The type.
    pub kind: Kind,
    /// The 1-based key position.
    pub keypos: usize,
    /// Access rights (a [`Protection`] as a number; `setopts/2` may change them).
    protection: AtomicU8,
    /// The owner (the payload of a local pid).
    owner: AtomicU64,
    /// The heir, if any.
    pub heir: Mutex<Option<Heir>>,
    /// The tuning options.
    pub tuning: Tuning,
    /// The objects.
    pub store: Store,
    /// Processes that fixed the table, with their fix counts.
    pub fixes: Mutex<Vec<(Term, u64)>>,
    /// The monotonic time in native units of the first fix of the current fixation.
    pub fixed_at: AtomicU64,
    /// Cleared when the table is deleted (operations started before still finish).
    alive: AtomicBool,
}

impl Table {
    /// A new table owned by `owner`, with a new identifier.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: Atom,
        named: bool,
        kind: Kind,
        keypos: usize,
        protection: Protection,
        owner: Term,
        heir: Option<Heir>,
        tuning: Tuning,
    ) -> Arc<Table> {
        let id = vm::sched::new_ref_id();
        let table = Arc::new(Table {
            id,
            magic: Mutex::new(None),
            name: Mutex::new(name),
            named,
            kind,
            keypos,
            protection: AtomicU8::new(protection as u8),
            owner: AtomicU64::new(owner.immed1_payload()),
            heir: Mutex::new(heir),
            tuning,
            store: Store::new(
                kind,
                keypos,
                tuning.write_concurrency != WriteConcurrency::Off,
                tuning.decentralized_counters,
            ),
            fixes: Mutex::new(Vec::new()),
            fixed_at: AtomicU64::new(0),
            alive: AtomicBool::new(true),
        });
        *lock(&table.magic) = Some(MagicObject::new(id, TableRef(Arc::clone(&table))));
        table
    }

    /// The owner's pid.
    pub fn owner(&self) -> Term {
        Term::local_pid(self.owner.load(Ordering::Acquire))
    }

    /// The current name.
    pub fn name(&self) -> Atom {
        *lock(&self.name)
    }

    /// Whether the table still exists.
    pub fn is_alive(&self) -> bool {
        self.alive.load(Ordering::Acquire)
    }

    /// The term that identifies the table to Erlang code: its name if named, else a reference.
    pub fn handle(&self, heap: &mut impl TermAlloc) -> Term {
        if self.named {
            Term::atom(self.name())
        } else {
            self.reference(heap)
        }
    }

    /// The table's reference.
    pub fn reference(&self, heap: &mut impl TermAlloc) -> Term {
        let object = lock(&self.magic).clone();
        match object.or_else(|| find_magic_object(self.id)) {
            Some(object) => make_magic_ref(heap, object),
            None => heap.local_ref(self.id, 0),
        }
    }

    /// Whether any process has the table fixed.
    pub fn is_fixed(&self) -> bool {
        !lock(&self.fixes).is_empty()
    }

    /// The access rights.
    pub fn protection(&self) -> Protection {
        match self.protection.load(Ordering::Relaxed) {
            0 => Protection::Public,
            1 => Protection::Protected,
            _ => Protection::Private,
        }
    }

    /// Changes the access rights.
    pub fn set_protection(&self, protection: Protection) {
        self.protection.store(protection as u8, Ordering::Relaxed);
    }

    /// Checks that `p` may read the table.
    pub fn check_read(&self, p: &ProcessContext) -> Res<()> {
        if self.protection() == Protection::Private && self.owner() != p.pid {
            return Err(Fail::Access);
        }
        Ok(())
    }

    /// Checks that `p` may write the table.
    pub fn check_write(&self, p: &ProcessContext) -> Res<()> {
        if self.protection() != Protection::Public && self.owner() != p.pid {
            return Err(Fail::Access);
        }
        Ok(())
    }
}

/// Every live table, by reference number and by name.
#[derive(Default)]
struct Registry {
    by_id: RwLock<HashMap<u64, Arc<Table>>>,
    by_name: RwLock<HashMap<Atom, Arc<Table>>>,
    /// The tables of each owner (by the pid's raw word), in shards by pid so that the ends of
    /// processes on different schedulers rarely meet on one lock.
    owned: [Mutex<HashMap<u64, Vec<u64>>>; OWNER_SHARDS],
}

/// Shards of the owner index.
const OWNER_SHARDS: usize = 16;

/// The owner index shard of `pid`.
fn owned_shard(pid: Term) -> &'static Mutex<HashMap<u64, Vec<u64>>> {
    let i = (pid.immed1_payload() as usize) % OWNER_SHARDS;
    &registry().owned[i]
}

fn registry() -> &'static Registry {
    static REGISTRY: LazyLock<Registry> = LazyLock::new(Registry::default);
    &REGISTRY
}

/// The live table of the magic reference object `object`.
#[inline(always)]
fn table_of(object: &MagicObject) -> Res<&Arc<Table>> {
    match object.get::<TableRef>() {
        Some(TableRef(table)) if table.is_alive() => Ok(table),
        Some(_) => Err(Fail::Id),
        None => Err(Fail::Type),
    }
}

/// Calls `f` with the table `t` (a name or a reference) stands for. A table reference is
/// resolved by borrowing the table from the reference's object, without taking any count or
/// lock (the reference, an argument of the calling BIF, keeps both alive meanwhile).
#[inline]
pub fn with_table<R>(t: Term, f: impl FnOnce(&Arc<Table>) -> Res<R>) -> Res<R> {
    if t.is_magic_ref() {
        return t.with_magic_object(|object| match object {
            Some(object) => f(table_of(object)?),
            None => Err(Fail::Type),
        });
    }
    f(&resolve(t)?)
}

/// The table `t` (a name or a reference) stands for.
pub fn resolve(t: Term) -> Res<Arc<Table>> {
    if let Some(name) = t.as_atom() {
        return read(&registry().by_name)
            .get(&name)
            .cloned()
            .ok_or(Fail::Id);
    }
    if t.is_magic_ref() {
        return t.with_magic_object(|object| match object {
            Some(object) => table_of(object).cloned(),
            None => Err(Fail::Type),
        });
    }
    // A plain reference with a table's number (made where magic references cannot live).
    match t.local_ref_id() {
        Some(id) => read(&registry().by_id).get(&id).cloned().ok_or(Fail::Type),
        None => Err(Fail::Type),
    }
}

/// Adds `table` to the registry; fails if it is named and the name is taken.
pub fn register(table: Arc<Table>) -> Res<()> {
    if table.named {
        let mut names = write(&registry().by_name);
        let name = table.name();
        if names.contains_key(&name) {
            // The table never lives: end the cycle with its reference object.
            *lock(&table.magic) = None;
            return Err(Fail::AlreadyExists);
        }
        names.insert(name, Arc::clone(&table));
    }
    lock(owned_shard(table.owner()))
        .entry(table.owner().raw())
        .or_default()
        .push(table.id);
    write(&registry().by_id).insert(table.id, table);
    Ok(())
}

/// Removes `table` from the registry and frees its objects (unless it was gone already).
pub fn unregister(table: &Table) -> bool {
    if !forget(table) {
        return false;
    }
    let many = table.store.len() >= super::yielding::GIVE_BACK_AFTER;
    table.store.clear();
    if many {
        vm::os::memory::give_back();
    }
    true
}

/// Removes `table` from the registry, handing its objects over to be freed by the caller
/// (`None` if it was gone already).
pub fn unregister_detached(table: &Table) -> Option<Detached> {
    forget(table).then(|| table.store.detach_everything())
}

/// Takes `table` out of the registry and drops its heir; whether it was still there.
fn forget(table: &Table) -> bool {
    if !table.alive.swap(false, Ordering::AcqRel) {
        return false;
    }
    if table.named {
        let mut names = write(&registry().by_name);
        let name = table.name();
        if names.get(&name).is_some_and(|t| t.id == table.id) {
            names.remove(&name);
        }
    }
    write(&registry().by_id).remove(&table.id);
    disown(table.owner(), table.id);
    *lock(&table.heir) = None;
    // The table's memory goes with the last copy of its reference.
    *lock(&table.magic) = None;
    true
}

fn disown(owner: Term, id: u64) {
    let mut owned = lock(owned_shard(owner));
    if let Some(ids) = owned.get_mut(&owner.raw()) {
        ids.retain(|&i| i != id);
        if ids.is_empty() {
            owned.remove(&owner.raw());
        }
    }
}

/// Makes `to` the owner of `table`.
pub fn set_owner(table: &Table, to: Term) {
    let from = table.owner();
    disown(from, table.id);
    table.owner.store(to.immed1_payload(), Ordering::Release);
    lock(owned_shard(to))
        .entry(to.raw())
        .or_default()
        .push(table.id);
}

/// Takes the tables owned by `pid` out of the owner index.
pub fn take_owned(pid: Term) -> Vec<Arc<Table>> {
    let ids = lock(owned_shard(pid))
        .remove(&pid.raw())
        .unwrap_or_default();
    let by_id = read(&registry().by_id);
    ids.iter().filter_map(|id| by_id.get(id).cloned()).collect()
}

/// Renames a named or unnamed table; fails if `name` is taken by a named table.
pub fn rename(table: &Arc<Table>, name: Atom) -> Res<()> {
    let mut names = write(&registry().by_name);
    let mut current = lock(&table.name);
    if table.named {
        if names.contains_key(&name) {
            return Err(Fail::AlreadyExists);
        }
        names.remove(&*current);
        names.insert(name, Arc::clone(table));
    }
    *current = name;
    Ok(())
}

/// Every live table.
pub fn all() -> Vec<Arc<Table>> {
    let mut v: Vec<Arc<Table>> = read(&registry().by_id).values().cloned().collect();
    v.sort_by_key(|t| t.id);
    v
}
