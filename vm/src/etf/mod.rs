//! The external term format (ETF): decoding `term_to_binary/1` output into a flat arena,
//! building heap terms from it (`binary_to_term/1,2`), and encoding heap terms
//! (`term_to_binary/1,2`, `erlang:external_size/1,2`).
//!
//! Used for module literals, the attribute and compile-info chunks, the BIFs above and later the
//! distribution protocol. The arena ([`Arena`]) stores terms in post-order with children
//! referenced by index, so neither decoding, dropping, printing nor converting a term ever
//! recurses on its nesting depth; the encoder keeps an explicit work stack. Pids, ports,
//! references and funs cross the codec through an [`ExternalTerms`] provider.

mod arena;
mod code_terms;
mod decode;
mod encode;
mod error;
mod external;
mod inflate;
mod print;
pub mod tags;
mod to_heap;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod vectors;

pub use arena::{Arena, FunHeader, Node, NodeId, Span};
pub use code_terms::CodeTerms;
pub use decode::{decode, Decoder};
pub use encode::{external_size, term_to_binary, EncodeError, EncodeOptions};
pub use error::{EtfError, EtfErrorKind};
pub use external::{
    ExportParts, ExternalTerms, FunParts, NoExternals, PidParts, PortParts, RefParts,
};
pub use inflate::inflate_zlib;
pub use print::{write_atom, write_float, write_term, TermDisplay};
pub use to_heap::{arena_to_term, arena_to_terms, binary_to_term, BinaryToTermError};
