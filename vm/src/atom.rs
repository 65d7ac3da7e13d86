//! The global atom table: thread-safe and append-only, as atoms are never freed.
//!
//! Reading an atom's text never takes a lock: entries live in fixed-size segments that are created
//! once and never move. Interning a new atom takes a mutex. Atoms that the VM itself refers to are
//! registered first, in a fixed order, so they have compile-time indexes (the constants below).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// An atom: an index into the global atom table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(transparent)]
pub struct Atom(u32);

/// Most characters an atom's text may have (erl raises `system_limit` beyond).
pub const MAX_ATOM_CHARS: usize = 255;
/// Most atoms the table can hold (erl's default limit).
pub const MAX_ATOMS: usize = 1 << 20;

const SEGMENT_BITS: usize = 12;
const SEGMENT_LEN: usize = 1 << SEGMENT_BITS;
const SEGMENTS: usize = MAX_ATOMS / SEGMENT_LEN;

/// Why an atom could not be created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomError {
    /// The text has more than [`MAX_ATOM_CHARS`] characters.
    TooLong,
    /// The table already holds [`MAX_ATOMS`] atoms.
    TableFull,
}

/// One atom's data.
#[derive(Debug)]
struct Entry {
    text: &'static str,
}

/// A fixed-size block of atom slots, created on first use and never moved.
type Segment = Box<[OnceLock<Entry>]>;

struct Table {
    segments: Box<[OnceLock<Segment>]>,
    interning: Mutex<HashMap<&'static str, u32>>,
    len: std::sync::atomic::AtomicUsize,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let table = Table {
            segments: (0..SEGMENTS).map(|_| OnceLock::new()).collect(),
            interning: Mutex::new(HashMap::with_capacity(4096)),
            len: std::sync::atomic::AtomicUsize::new(0),
        };
        {
            let mut names = crate::sched::sync::lock(&table.interning);
            for (i, text) in PREDEFINED.iter().enumerate() {
                debug_assert!(!names.contains_key(text), "atom {text} predefined twice");
                table.store(&mut names, i as u32, text);
            }
        }
        table
    })
}

impl Table {
    fn store(&self, names: &mut HashMap<&'static str, u32>, index: u32, text: &'static str) {
        let segment = self.segments[index as usize >> SEGMENT_BITS]
            .get_or_init(|| (0..SEGMENT_LEN).map(|_| OnceLock::new()).collect());
        let stored = segment[index as usize & (SEGMENT_LEN - 1)].set(Entry { text });
        debug_assert!(stored.is_ok(), "atom slot {index} written twice");
        names.insert(text, index);
        self.len
            .store(index as usize + 1, std::sync::atomic::Ordering::Release);
    }

    fn entry(&self, index: u32) -> Option<&Entry> {
        self.segments
            .get(index as usize >> SEGMENT_BITS)?
            .get()?
            .get(index as usize & (SEGMENT_LEN - 1))?
            .get()
    }
}

impl Atom {
    /// The atom with table index `index` (no check that it exists).
    #[inline(always)]
    pub const fn from_index(index: u32) -> Atom {
        Atom(index)
    }

    /// The atom's index in the table.
    #[inline(always)]
    pub const fn index(self) -> u32 {
        self.0
    }

    /// Interns `text`, creating the atom if it does not exist yet.
    pub fn intern(text: &str) -> Result<Atom, AtomError> {
        if let Some(atom) = Atom::existing(text) {
            return Ok(atom);
        }
        if text.chars().count() > MAX_ATOM_CHARS {
            return Err(AtomError::TooLong);
        }
        let table = table();
        let mut names = crate::sched::sync::lock(&table.interning);
        if let Some(&index) = names.get(text) {
            return Ok(Atom(index));
        }
        let index = names.len();
        if index >= MAX_ATOMS {
            return Err(AtomError::TableFull);
        }
        let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
        table.store(&mut names, index as u32, text);
        Ok(Atom(index as u32))
    }

    /// The atom for `text` if it already exists (as `list_to_existing_atom/1` needs).
    pub fn existing(text: &str) -> Option<Atom> {
        let table = table();
        let names = crate::sched::sync::lock(&table.interning);
        names.get(text).map(|&i| Atom(i))
    }

    /// The atom's text. Lock-free.
    pub fn text(self) -> &'static str {
        match table().entry(self.0) {
            Some(entry) => entry.text,
            None => {
                debug_assert!(false, "atom index {} was never created", self.0);
                ""
            }
        }
    }

    /// How many atoms exist.
    pub fn count() -> usize {
        table().len.load(std::sync::atomic::Ordering::Acquire)
    }
}

impl std::fmt::Debug for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "'{}'", self.text())
    }
}

impl std::fmt::Display for Atom {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

/// Declares the atoms the VM refers to by name: each gets a constant with a fixed index.
macro_rules! predefined_atoms {
    ($($name:ident = $text:literal,)*) => {
        /// Texts of the predefined atoms, in index order.
        const PREDEFINED: &[&str] = &[$($text,)*];
        predefined_atoms!(@consts 0u32; $($name = $text,)*);
    };
    (@consts $i:expr; $name:ident = $text:literal, $($rest:ident = $rtext:literal,)*) => {
        #[doc = concat!("The atom `", $text, "`.")]
        pub const $name: Atom = Atom($i);
        predefined_atoms!(@consts $i + 1; $($rest = $rtext,)*);
    };
    (@consts $i:expr;) => {};
}

predefined_atoms! {
    FALSE = "false",
    TRUE = "true",
    OK = "ok",
    ERROR = "error",
    EXIT = "exit",
    THROW = "throw",
    UNDEFINED = "undefined",
    NORMAL = "normal",
    KILL = "kill",
    KILLED = "killed",
    NOPROC = "noproc",
    INFINITY = "infinity",
    ERLANG = "erlang",
    NONODE_AT_NOHOST = "nonode@nohost",
    BADARG = "badarg",
    BADARITH = "badarith",
    BADMATCH = "badmatch",
    FUNCTION_CLAUSE = "function_clause",
    CASE_CLAUSE = "case_clause",
    IF_CLAUSE = "if_clause",
    TRY_CLAUSE = "try_clause",
    UNDEF = "undef",
    BADFUN = "badfun",
    BADARITY = "badarity",
    BADRECORD = "badrecord",
    BADMAP = "badmap",
    BADKEY = "badkey",
    SYSTEM_LIMIT = "system_limit",
    NOTALIVE = "notalive",
    FILE = "file",
    LINE = "line",
    MODULE = "module",
    FUNCTION = "function",
    ARITY = "arity",
    NAME = "name",
    ENV = "env",
    TYPE = "type",
    LOCAL = "local",
    EXTERNAL = "external",
    EXIT_UPPER = "EXIT",
    DOWN_UPPER = "DOWN",
    PROCESS = "process",
    PORT = "port",
    TIMEOUT = "timeout",
    INIT = "init",
    START_EM = "start_em",
    DO_BOOT = "do_boot",
    ERROR_INFO = "error_info",
    CAUSE = "cause",
    MODULE_INFO = "module_info",
    ON_LOAD = "on_load",
    NIF_ERROR = "nif_error",
    ERROR_HANDLER = "error_handler",
    UNDEFINED_FUNCTION = "undefined_function",
    UNDEFINED_LAMBDA = "undefined_lambda",
    APPLY = "apply",
    LATIN1 = "latin1",
    UTF8 = "utf8",
    UNICODE = "unicode",
    DECIMALS = "decimals",
    SCIENTIFIC = "scientific",
    COMPACT = "compact",
    SHORT = "short",
    FLOAT = "float",
    INTEGER = "integer",
    ATOM = "atom",
    BINARY = "binary",
    LIST = "list",
    TUPLE = "tuple",
    MAP = "map",
    PID = "pid",
    REFERENCE = "reference",
    FUN = "fun",
    BITSTRING = "bitstring",
    EMPTY = "",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predefined_atoms_have_their_text() {
        assert_eq!(FALSE.text(), "false");
        assert_eq!(TRUE.text(), "true");
        assert_eq!(BADARG.text(), "badarg");
        assert_eq!(Atom::intern("badarg"), Ok(BADARG));
        assert!(Atom::count() >= PREDEFINED.len());
    }

    #[test]
    fn interning_is_idempotent_and_checks_the_length() {
        let a = Atom::intern("some_test_atom_é").unwrap();
        assert_eq!(Atom::intern("some_test_atom_é"), Ok(a));
        assert_eq!(a.text(), "some_test_atom_é");
        assert_eq!(Atom::existing("some_test_atom_é"), Some(a));
        assert_eq!(Atom::existing("never_interned_atom_xyz"), None);
        let max: String = "é".repeat(MAX_ATOM_CHARS);
        assert!(Atom::intern(&max).is_ok());
        let over: String = "a".repeat(MAX_ATOM_CHARS + 1);
        assert_eq!(Atom::intern(&over), Err(AtomError::TooLong));
    }

    #[test]
    fn interning_from_many_threads_agrees() {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| {
                    (0..500)
                        .map(|i| Atom::intern(&format!("threaded_{i}")).unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let results: Vec<Vec<Atom>> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        for r in &results[1..] {
            assert_eq!(r, &results[0]);
        }
        for (i, a) in results[0].iter().enumerate() {
            assert_eq!(a.text(), format!("threaded_{i}"));
        }
    }
}
