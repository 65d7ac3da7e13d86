//! girder's runtime core: terms, atoms, process heaps and garbage collection, processes and signals,
//! the code table, the instruction set and the interpreter loop.
//!
//! This crate knows nothing of the `.beam` file format; the `loader` crate turns `.beam` bytes into
//! the structures defined here.

pub mod atom;
pub mod bif;
pub mod bits;
pub mod code;
pub mod copy;
pub mod etf;
pub mod exception;
pub mod gc;
pub mod heap;
pub mod inject;
pub mod instr;
pub mod interp;
pub mod literal;
pub mod map;
pub mod nif;
pub mod ops;
pub mod os;
pub mod port;
pub mod process;
pub mod sched;
pub mod signal;
pub mod term;
pub mod timer;
