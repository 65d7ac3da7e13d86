//! Memory for terms: the [`TermAlloc`] interface that every place terms are built in implements
//! (process heaps, heap fragments, literal areas), and its implementations.
//!
//! Building terms is safe: an allocator hands out fresh words as a mutable slice, and the provided
//! constructors of [`TermAlloc`] write well-formed objects into it before making pointer terms.

mod alloc;
mod scratch;

pub use alloc::TermAlloc;
pub use scratch::ScratchHeap;
