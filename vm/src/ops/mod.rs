//! The semantics of Erlang terms, as erl defines them: the total term order, the text that
//! `erlang:display/1` writes, float formatting, integer and float arithmetic, text conversions, and
//! `erlang:phash2/1,2`.
//!
//! Everything here is a pure function over [`Term`](crate::term::Term)s. Results that need memory
//! are built through a [`TermAlloc`](crate::heap::TermAlloc), so the same code serves process heaps,
//! heap fragments and scratch heaps. Walks over terms use explicit work stacks, never Rust
//! recursion, so deep or long terms cannot overflow the thread's stack.
//!
//! Bignum arithmetic goes through `num-bigint`, but only when an operand or a result is a bignum:
//! operations on small integers never allocate or touch a `BigInt`.

pub mod arith;
pub mod class;
pub mod compare;
pub mod convert;
pub mod float_format;
pub mod hash;
pub mod ident;
pub mod jenkins;
pub mod number;
pub mod print;
pub mod slogan;

#[cfg(test)]
pub(crate) mod testkit;
