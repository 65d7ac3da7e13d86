//! Export entries: one stable object per `Module:Function/Arity` ever named, whose target switches
//! atomically when code is loaded or deleted. Fully qualified calls go through them (so they always
//! reach the current version) without any hash lookup at call time: imports are resolved to
//! entries when a module is loaded.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{OnceLock, RwLock};

use super::table::AppendTable;
use crate::atom::Atom;
use crate::sched::sync;

/// Most export entries the system can hold.
pub const MAX_EXPORTS: usize = 1 << 22;

/// Where a call through an export entry goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Nothing is loaded under this name.
    Undefined,
    /// Instruction `ip` of module version `version`.
    Code {
        /// Module version id.
        version: u32,
        /// Instruction index.
        ip: u32,
    },
    /// A built-in function (index into the BIF registry).
    Bif(u16),
}

const KIND_UNDEFINED: u64 = 0;
const KIND_CODE: u64 = 1;
const KIND_BIF: u64 = 2;

impl Target {
    fn encode(self) -> u64 {
        match self {
            Target::Undefined => KIND_UNDEFINED,
            Target::Code { version, ip } => {
                ((version as u64) << 34) | ((ip as u64) << 2) | KIND_CODE
            }
            Target::Bif(b) => ((b as u64) << 2) | KIND_BIF,
        }
    }

    fn decode(word: u64) -> Target {
        match word & 3 {
            KIND_CODE => Target::Code {
                version: (word >> 34) as u32,
                ip: ((word >> 2) & 0xFFFF_FFFF) as u32,
            },
            KIND_BIF => Target::Bif((word >> 2) as u16),
            _ => Target::Undefined,
        }
    }
}

/// One export entry. Lives for the life of the system at a fixed address.
#[derive(Debug)]
pub struct Export {
    /// The module.
    pub module: Atom,
    /// The function.
    pub function: Atom,
    /// The arity.
    pub arity: u32,
    /// Index in the export table (the code reference of `fun M:F/A` objects).
    pub index: u32,
    target: AtomicU64,
}

impl Export {
    /// Where a call goes now.
    #[inline(always)]
    pub fn target(&self) -> Target {
        Target::decode(self.target.load(Ordering::Acquire))
    }

    /// Switches the target (code loading, deletion, BIF registration).
    pub fn set_target(&self, target: Target) {
        self.target.store(target.encode(), Ordering::Release);
    }
}

struct Exports {
    entries: AppendTable<Export>,
    by_name: RwLock<HashMap<(Atom, Atom, u32), u32>>,
}

fn exports() -> &'static Exports {
    static EXPORTS: OnceLock<Exports> = OnceLock::new();
    EXPORTS.get_or_init(|| Exports {
        entries: AppendTable::new(MAX_EXPORTS),
        by_name: RwLock::new(HashMap::new()),
    })
}

/// The export entry for `module:function/arity`, created (undefined) if it does not exist yet.
/// Returns `None` only when the export table is full.
pub fn entry(module: Atom, function: Atom, arity: u32) -> Option<&'static Export> {
    if let Some(e) = find(module, function, arity) {
        return Some(e);
    }
    let table = exports();
    let mut names = sync::write(&table.by_name);
    if let Some(&i) = names.get(&(module, function, arity)) {
        return table.entries.get(i);
    }
    let index = table.entries.len() as u32;
    let pushed = table.entries.push(Export {
        module,
        function,
        arity,
        index,
        target: AtomicU64::new(KIND_UNDEFINED),
    })?;
    debug_assert_eq!(pushed, index);
    names.insert((module, function, arity), index);
    table.entries.get(index)
}

/// The export entry for `module:function/arity` if one was ever created.
pub fn find(module: Atom, function: Atom, arity: u32) -> Option<&'static Export> {
    let table = exports();
    let names = sync::read(&table.by_name);
    let i = *names.get(&(module, function, arity))?;
    table.entries.get(i)
}

/// The export entry with table index `index` (the code reference of an export fun).
pub fn by_index(index: u32) -> Option<&'static Export> {
    exports().entries.get(index)
}
