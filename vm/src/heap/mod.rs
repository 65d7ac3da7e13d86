//! Memory for terms: the [`TermAlloc`] interface that every place terms are built in implements,
//! and those places: process heaps ([`ProcessHeap`], with the stack and the generational garbage
//! collector of `crate::gc`), heap fragments ([`HeapFragment`], for messages), literal areas
//! (`crate::literal`) and scratch heaps ([`ScratchHeap`], for tests and temporary work).
//!
//! Building terms is safe: an allocator hands out fresh words as a mutable slice, and the provided
//! constructors of [`TermAlloc`] write well-formed objects into it before making pointer terms.

mod alloc;
mod block;
mod fragment;
mod offheap;
mod process;
mod scratch;
pub mod sizes;
mod stored;

pub use crate::copy::{copy_term, size_of};
pub use crate::gc::RootSet;
pub use alloc::{TermAlloc, REF_WORDS};
pub(crate) use block::WordBlock;
pub use fragment::HeapFragment;
pub(crate) use offheap::release_refc_object;
pub use offheap::OffHeapList;
pub use process::ProcessHeap;
pub use scratch::ScratchHeap;
pub use stored::{Stored, StoredObject, StoredTerm, STORED_HEADER_WORDS};
