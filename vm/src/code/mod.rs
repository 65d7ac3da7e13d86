//! The code table: loaded module versions, the module table (current and old version of each
//! module), export entries, fun entries and catch handlers.
//!
//! Everything code addresses is resolved through tables indexed by small ids
//! ([`table::AppendTable`], [`versions`]), so continuation pointers, catch markers and fun
//! objects hold small indexes. The interpreter resolves version ids through its scheduler's
//! cache ([`cache`]) without locks. Purging an old version removes it from the module table,
//! marks it purged (its funs then raise `badfun`) and takes it out of the version table; its
//! memory is freed once no scheduler and no BIF holds it any more (see `docs/code-loading.md`).
//!
//! Loading is split as in ERTS: a version is first *prepared* ([`prepare`]: built and given an
//! id, but reachable from nowhere), then *committed* ([`commit`]) as the module's current code,
//! or held as the module's pending `-on_load` code ([`lifecycle`]).
//!
//! The `vm` crate knows nothing of `.beam` files: loading on demand goes through a hook
//! ([`set_module_loader`]) that the `girder` binary installs ([`demand`]).

pub mod cache;
pub mod collector;
pub mod demand;
pub mod export;
pub mod lifecycle;
pub mod on_load;
pub mod scan;
pub mod table;
pub mod version;
pub mod versions;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use crate::atom::Atom;
use crate::sched::sync;
pub use demand::{
    ensure_loaded, load_exclusively, set_module_loader, LoadExclusion, LoadOutcome, ModuleLoader,
};
pub use export::{Export, Target};
use table::AppendTable;
pub use version::{FunctionInfo, LineInfo, Location, ModuleVersion, SelectTable};

/// Most module versions that can ever be loaded (a continuation word has 28 bits for the id).
pub const MAX_VERSIONS: usize = 1 << 24;
/// Most catch handlers (try/catch sites) over all loaded code.
pub const MAX_CATCHES: usize = 1 << 26;
/// Most fun entries over all loaded code (identical versions share theirs).
pub const MAX_FUN_ENTRIES: usize = 1 << 24;

/// The module version with id `id`, unless it was purged. The `Arc` keeps its memory while
/// the caller holds it.
#[inline]
pub fn version(id: u32) -> Option<Arc<ModuleVersion>> {
    versions::version(id)
}

// ---- continuation pointers ----

/// Encodes a code address (module version and instruction index) as a continuation word: a word
/// with primary tag `00` that no term has and that is distinct from the non-value marker, so the
/// stack walkers can tell it from the Y registers.
#[inline(always)]
pub const fn encode_cp(version: u32, ip: u32) -> u64 {
    ((version as u64) << 36) | ((ip as u64) << 4) | 0b0100
}

/// The continuation word of position `ip` in the version whose position-0 word is `base`
/// (`encode_cp(version, 0)`): the same word as `encode_cp(version, ip)`, without the truncation
/// of `ip` to 32 bits that costs the interpreter's calls a mask (positions are below 2^32, as
/// labels are).
#[inline(always)]
pub const fn cp_at(base: u64, ip: usize) -> u64 {
    debug_assert!(ip <= u32::MAX as usize);
    base | ((ip as u64) << 4)
}

/// Decodes a continuation word made by [`encode_cp`]: `(version, ip)`.
#[inline(always)]
pub const fn decode_cp(cp: u64) -> (u32, u32) {
    ((cp >> 36) as u32, ((cp >> 4) & 0xFFFF_FFFF) as u32)
}

/// Whether a stack word is a continuation word made by [`encode_cp`].
#[inline(always)]
pub const fn is_cp(word: u64) -> bool {
    word & 0b1111 == 0b0100
}

/// The "no continuation" value of the continuation register.
pub const NO_CP: u64 = 0;

// ---- catch handlers ----

fn catches() -> &'static AppendTable<(u32, u32)> {
    static T: OnceLock<AppendTable<(u32, u32)>> = OnceLock::new();
    T.get_or_init(|| AppendTable::new(MAX_CATCHES))
}

/// Registers a catch handler at `ip` of version `version`; the index goes into catch markers.
pub fn register_catch(version: u32, ip: u32) -> Option<u32> {
    catches().push((version, ip))
}

/// The handler `(version, ip)` of catch index `index`.
pub fn catch_handler(index: u32) -> Option<(u32, u32)> {
    catches().get(index).copied()
}

// ---- fun entries ----

/// What a local fun object's code reference resolves to: the lambda and where its code is.
///
/// Versions of a module with the same MD5 (the same code, loaded again) share their fun
/// entries, as in ERTS: loading such a version makes every fun of the lambda, old ones
/// included, run the newest copy ([`rebind_funs`]), so a fun survives the purge of the
/// version that made it when identical code is loaded.
#[derive(Debug)]
pub struct FunEntry {
    /// Defining module.
    pub module: Atom,
    /// Name of the function implementing the lambda.
    pub function: Atom,
    /// Arity the caller must supply (without the free variables).
    pub arity: u32,
    /// Number of free variables.
    pub num_free: u32,
    /// Index in the module's fun table.
    pub index: u32,
    /// The module's old unique value for funs (shown in `#Fun<M.I.U>`).
    pub old_uniq: u32,
    /// Module version holding the code and its entry instruction: `version << 32 | ip`.
    target: AtomicU64,
}

impl FunEntry {
    /// An entry whose code is at `ip` of `version`.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        module: Atom,
        function: Atom,
        arity: u32,
        num_free: u32,
        index: u32,
        old_uniq: u32,
        version: u32,
        ip: u32,
    ) -> FunEntry {
        FunEntry {
            module,
            function,
            arity,
            num_free,
            index,
            old_uniq,
            target: AtomicU64::new(pack_target(version, ip)),
        }
    }

    /// The module version holding the code now.
    #[inline]
    pub fn version(&self) -> u32 {
        (self.target.load(Ordering::Acquire) >> 32) as u32
    }

    /// The version holding the code and its entry instruction, read together.
    #[inline]
    pub fn target(&self) -> (u32, u32) {
        let t = self.target.load(Ordering::Acquire);
        ((t >> 32) as u32, t as u32)
    }
}

fn pack_target(version: u32, ip: u32) -> u64 {
    (u64::from(version) << 32) | u64::from(ip)
}

fn fun_entries() -> &'static AppendTable<FunEntry> {
    static T: OnceLock<AppendTable<FunEntry>> = OnceLock::new();
    T.get_or_init(|| AppendTable::new(MAX_FUN_ENTRIES))
}

/// Fun entries by module, module MD5 and lambda index: the entries a version with the same MD5
/// shares.
/// Module, module MD5 and lambda index: what identifies a lambda across identical versions.
type LambdaKey = (Atom, [u8; 16], u32);

fn shared_funs() -> &'static Mutex<HashMap<LambdaKey, u32>> {
    static T: OnceLock<Mutex<HashMap<LambdaKey, u32>>> = OnceLock::new();
    T.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Registers a fun entry; its index is the code reference stored in fun objects. With the
/// module's MD5, an entry an earlier version with the same MD5 registered for the same lambda
/// is used instead (it is pointed at the new version when that version is installed).
pub fn register_fun(entry: FunEntry, md5: Option<[u8; 16]>) -> Option<u32> {
    let Some(md5) = md5 else {
        return fun_entries().push(entry);
    };
    let mut shared = sync::lock(shared_funs());
    let key = (entry.module, md5, entry.index);
    if let Some(&index) = shared.get(&key) {
        let fits = fun_entries().get(index).is_some_and(|e| {
            e.arity == entry.arity && e.num_free == entry.num_free && e.old_uniq == entry.old_uniq
        });
        if fits {
            return Some(index);
        }
    }
    let index = fun_entries().push(entry)?;
    shared.insert(key, index);
    Some(index)
}

/// Points the fun entries of `version`'s lambdas at its code (called as it becomes the current
/// code of its module): entries it shares with an earlier identical version now run it.
pub fn rebind_funs(version: &ModuleVersion) {
    for (&index, &ip) in version.lambdas.iter().zip(version.lambda_ips.iter()) {
        if let Some(e) = fun_entries().get(index) {
            e.target
                .store(pack_target(version.id, ip), Ordering::Release);
        }
    }
}

/// The fun entry with index `index` (a fun object's code reference).
pub fn fun_entry(index: u64) -> Option<&'static FunEntry> {
    fun_entries().get(u32::try_from(index).ok()?)
}

// ---- module table ----

/// The versions of one module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModuleSlot {
    /// The current version.
    pub current: Option<u32>,
    /// The old version, kept until purged.
    pub old: Option<u32>,
    /// A loaded version whose `-on_load` function has not finished yet: not callable by name.
    pub on_load: Option<u32>,
}

fn modules() -> &'static RwLock<HashMap<Atom, ModuleSlot>> {
    static T: OnceLock<RwLock<HashMap<Atom, ModuleSlot>>> = OnceLock::new();
    T.get_or_init(|| RwLock::new(HashMap::new()))
}

/// Serialises code loading: version ids are handed out under it.
fn load_lock() -> &'static Mutex<()> {
    static L: Mutex<()> = Mutex::new(());
    &L
}

/// The versions of `module`.
pub fn module_slot(module: Atom) -> ModuleSlot {
    sync::read(modules())
        .get(&module)
        .copied()
        .unwrap_or_default()
}

/// The current version of `module`, if it is loaded.
pub fn current(module: Atom) -> Option<Arc<ModuleVersion>> {
    version(module_slot(module).current?)
}

/// Names of all loaded modules.
pub fn loaded_modules() -> Vec<Atom> {
    let table = sync::read(modules());
    table
        .iter()
        .filter(|(_, s)| s.current.is_some())
        .map(|(&m, _)| m)
        .collect()
}

/// Why a version could not be installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstallError {
    /// The module already has an old version (as `erlang:finish_loading/1`'s `not_purged`).
    NotPurged,
    /// The version table is full.
    TooManyVersions,
    /// Building the version failed (the message says why).
    Build(String),
}

impl std::fmt::Display for InstallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InstallError::NotPurged => f.write_str("not_purged: the module has old code"),
            InstallError::TooManyVersions => f.write_str("system_limit: too many module versions"),
            InstallError::Build(m) => f.write_str(m),
        }
    }
}

/// Builds and installs a new version of `module`: `build` receives the new version's id (so it
/// can register catch handlers and fun entries) and returns the version. The current version, if
/// any, becomes old; the export entries of the module switch to the new code (and those it no
/// longer exports become undefined). A version with an `-on_load` function is held instead, for
/// its first call to run that function ([`on_load`]), unless the module is one erl preloads.
pub fn install(
    module: Atom,
    build: impl FnOnce(u32) -> Result<ModuleVersion, String>,
) -> Result<Arc<ModuleVersion>, InstallError> {
    let _guard = sync::lock(load_lock());
    if has_unpurged_old(module_slot(module)) {
        return Err(InstallError::NotPurged);
    }
    let new = push_version(build)?;
    if new.on_load.is_some() && !lifecycle::is_pre_loaded(module) {
        drop(_guard);
        lifecycle::hold_for_on_load(module, new.id)?;
        on_load::held_on_demand(module);
    } else {
        commit_locked(module, new.id)?;
    }
    Ok(new)
}

/// Whether a slot's old version blocks a load (`not_purged`).
fn has_unpurged_old(slot: ModuleSlot) -> bool {
    slot.old.is_some() && slot.current.is_some()
}

/// Builds a version and gives it an id, without making it reachable by name (the first half of
/// `erlang:prepare_loading/2`). [`commit`] makes it current later.
pub fn prepare(
    build: impl FnOnce(u32) -> Result<ModuleVersion, String>,
) -> Result<Arc<ModuleVersion>, InstallError> {
    let _guard = sync::lock(load_lock());
    push_version(build)
}

/// Builds a version under the next id and adds it to the version table (the load lock is
/// held, so ids are handed out in order).
fn push_version(
    build: impl FnOnce(u32) -> Result<ModuleVersion, String>,
) -> Result<Arc<ModuleVersion>, InstallError> {
    let id = versions::len() as u32;
    if id as usize >= MAX_VERSIONS {
        return Err(InstallError::TooManyVersions);
    }
    let mut built = build(id).map_err(InstallError::Build)?;
    built.id = id;
    add_built(built).ok_or(InstallError::TooManyVersions)
}

/// Counts a built version in the code statistics and adds it to the version table.
fn add_built(mut built: ModuleVersion) -> Option<Arc<ModuleVersion>> {
    let bytes = built.footprint().max(1);
    built.accounted = bytes;
    versions::count_built(bytes);
    versions::push(built)
}

/// Makes prepared version `id` the current code of `module`: the current version becomes old
/// and the export entries switch. Fails with `NotPurged` when the module has old code.
pub fn commit(module: Atom, id: u32) -> Result<(), InstallError> {
    let _guard = sync::lock(load_lock());
    if has_unpurged_old(module_slot(module)) {
        return Err(InstallError::NotPurged);
    }
    commit_locked(module, id)
}

/// [`commit`] with the load lock held and the old-code check done.
fn commit_locked(module: Atom, id: u32) -> Result<(), InstallError> {
    let new = version(id).ok_or(InstallError::TooManyVersions)?;
    let slot = module_slot(module);
    // Unexport what the previous version exported and the new one does not.
    if let Some(prev) = slot.current.and_then(version) {
        for &(f, a, _) in prev.exports.iter() {
            if new.export_entry(f, a).is_none() {
                if let Some(e) = export::find(module, f, a) {
                    if matches!(e.target(), Target::Code { .. }) {
                        e.set_target(Target::Undefined);
                    }
                }
            }
        }
    }
    for &(f, a, ip) in new.exports.iter() {
        if let Some(e) = export::entry(module, f, a) {
            // BIFs keep precedence over Erlang definitions of the same name.
            if !matches!(e.target(), Target::Bif(_)) {
                e.set_target(Target::Code { version: id, ip });
            }
        }
    }
    rebind_funs(&new);
    let mut table = sync::write(modules());
    let entry = table.entry(module).or_default();
    entry.old = entry.current.or(entry.old);
    entry.current = Some(id);
    if entry.on_load == Some(id) {
        entry.on_load = None;
    }
    Ok(())
}

/// Registers a version that belongs to no module in the table (the boot pseudo-module whose
/// continuation pointers sit at the bottom of every stack).
pub fn install_detached(build: impl FnOnce(u32) -> ModuleVersion) -> Option<Arc<ModuleVersion>> {
    let _guard = sync::lock(load_lock());
    let id = versions::len() as u32;
    let mut built = build(id);
    built.id = id;
    add_built(built)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_words_round_trip_and_are_not_terms() {
        for (v, ip) in [(0, 0), (1, 6), (12345, 0xFFFF_FFFF), ((1 << 28) - 1, 77)] {
            let cp = encode_cp(v, ip);
            assert!(is_cp(cp));
            assert_eq!(cp & 0b11, 0, "primary tag of a continuation word");
            assert_ne!(cp, crate::term::Term::NON_VALUE.raw());
            assert_eq!(decode_cp(cp), (v, ip));
        }
        assert!(!is_cp(crate::term::Term::NON_VALUE.raw()));
        assert!(!is_cp(crate::term::Term::NIL.raw()));
    }
}
