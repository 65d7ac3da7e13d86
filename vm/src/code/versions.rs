//! The table of module versions: one small shell per version id, forever, holding the version
//! itself (an `Arc`) until the version is purged.
//!
//! A version id is what continuation words, catch handlers, fun entries and export targets
//! refer to, so ids are never reused and a shell never goes away. The version's memory
//! (instructions, side tables, function and line tables) is owned by the `Arc`s: the shell's,
//! one per scheduler that has run the version since the last purge (`super::cache`), and one
//! per caller of [`version`] while it uses it. Purging takes the shell's `Arc` ([`remove`]) and
//! advances the [`generation`], which makes every scheduler drop its own at its next slice
//! boundary; the last `Arc` to go frees the version. See `docs/code-loading.md`.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, RwLock};

use super::table::AppendTable;
use super::{ModuleVersion, MAX_VERSIONS};
use crate::sched::sync;

/// The shell of one version id.
struct Shell {
    version: RwLock<Option<Arc<ModuleVersion>>>,
}

fn table() -> &'static AppendTable<Shell> {
    static T: OnceLock<AppendTable<Shell>> = OnceLock::new();
    T.get_or_init(|| AppendTable::new(MAX_VERSIONS))
}

/// Advanced (after the shell is emptied) each time a version is removed.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// The number of versions removed from the table so far: a scheduler whose cache was filled
/// under an older generation may hold removed versions and must drop its cache.
#[inline]
pub fn generation() -> u64 {
    GENERATION.load(Ordering::Acquire)
}

/// Number of ids handed out.
pub fn len() -> usize {
    table().len()
}

/// Adds `version` under the next id (the caller has set `version.id` to [`len`] under the load
/// lock); its id, or `None` when the table is full.
pub fn push(version: ModuleVersion) -> Option<Arc<ModuleVersion>> {
    let version = Arc::new(version);
    let id = table().push(Shell {
        version: RwLock::new(Some(Arc::clone(&version))),
    })?;
    debug_assert_eq!(id, version.id);
    Some(version)
}

/// The version with id `id`, while it has not been removed.
pub fn version(id: u32) -> Option<Arc<ModuleVersion>> {
    let shell = table().get(id)?;
    sync::read(&shell.version).clone()
}

/// Takes version `id` out of the table: from now on [`version`] does not find it, and
/// schedulers drop it at their next slice boundary. Its memory goes with the last holder.
pub fn remove(id: u32) -> Option<Arc<ModuleVersion>> {
    let shell = table().get(id)?;
    let gone = sync::write(&shell.version).take();
    if gone.is_some() {
        GENERATION.fetch_add(1, Ordering::AcqRel);
    }
    gone
}

// ---- accounting ----

static LIVE_VERSIONS: AtomicUsize = AtomicUsize::new(0);
static FREED_VERSIONS: AtomicUsize = AtomicUsize::new(0);
static LIVE_BYTES: AtomicUsize = AtomicUsize::new(0);

/// What the code table holds: how many versions are allocated, how many were freed, and the
/// bytes of the allocated ones (`erlang:memory(code)`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeStats {
    /// Versions whose memory is allocated (current, old, prepared, held for on_load, and purged
    /// ones some scheduler has not let go of yet).
    pub live_versions: usize,
    /// Versions whose memory was freed.
    pub freed_versions: usize,
    /// Bytes of the allocated versions, their literal areas included.
    pub live_bytes: usize,
}

/// The code table's [`CodeStats`].
pub fn stats() -> CodeStats {
    CodeStats {
        live_versions: LIVE_VERSIONS.load(Ordering::Relaxed),
        freed_versions: FREED_VERSIONS.load(Ordering::Relaxed),
        live_bytes: LIVE_BYTES.load(Ordering::Relaxed),
    }
}

/// Counts a version that was built (`bytes` of memory).
pub(super) fn count_built(bytes: usize) {
    LIVE_VERSIONS.fetch_add(1, Ordering::Relaxed);
    LIVE_BYTES.fetch_add(bytes, Ordering::Relaxed);
}

/// Counts a version whose memory (`bytes`) is freed.
pub(super) fn count_freed(bytes: usize) {
    LIVE_VERSIONS.fetch_sub(1, Ordering::Relaxed);
    FREED_VERSIONS.fetch_add(1, Ordering::Relaxed);
    LIVE_BYTES.fetch_sub(bytes, Ordering::Relaxed);
}
