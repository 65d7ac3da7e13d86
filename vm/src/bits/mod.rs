//! Bit-level primitives of binaries and bitstrings: copying bits between unaligned positions,
//! integer, float and UTF segments, the segment builder behind `bs_create_bin`, and the
//! matching operations behind the `bs_*` instructions.
//!
//! Everything here works on byte slices and bit offsets (bit 0 is the most significant bit of
//! byte 0, as in Erlang) and is safe code; the term layouts it reads and writes are in
//! [`crate::term::binary`] and [`crate::term::match_context`].

pub mod build;
pub mod copy;
pub mod float;
pub mod int;
pub mod matching;
pub mod small;
pub mod utf;
pub mod writer;

pub use writer::BitWriter;
