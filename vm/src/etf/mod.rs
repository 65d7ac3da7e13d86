//! The external term format (ETF): decoding `term_to_binary/1` output into a flat arena.
//!
//! Used for module literals, the attribute and compile-info chunks, and later by
//! `binary_to_term/1` and the distribution protocol. The arena ([`Arena`]) stores terms in
//! post-order with children referenced by index, so neither decoding, dropping, printing nor
//! converting a term ever recurses on its nesting depth.

mod arena;
mod decode;
mod error;
mod inflate;
mod print;
pub mod tags;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod vectors;

pub use arena::{Arena, FunHeader, Node, NodeId, Span};
pub use decode::{decode, Decoder};
pub use error::{EtfError, EtfErrorKind};
pub use inflate::inflate_zlib;
pub use print::{write_atom, write_float, write_term, TermDisplay};
