//! The conformance harness: compiles the Erlang fixtures in `otp-fixtures/`, runs each one on real
//! `erl` and on girder, and compares their standard output and exit status byte for byte.
//!
//! The pieces, in the order a run uses them: [`fixture`] finds the fixtures and reads their header
//! directives, [`compile`] brings their `.beam` files up to date, [`tools`] locates `erl`, `erlc` and
//! girder, [`vm`] builds each virtual machine's command line, [`process`] runs one command with a time
//! and output limit, [`pool`] spreads the runs over a few threads, [`compare`] finds the first
//! difference, [`ratchet`] holds the list of fixtures not yet expected to pass, and [`report`] writes
//! the summary. [`suite`] ties them together; `tests/conformance.rs` is its command-line entry point.

pub mod compare;
pub mod compile;
pub mod error;
pub mod fixture;
pub mod pool;
pub mod process;
pub mod ratchet;
pub mod report;
pub mod suite;
pub mod tmpdir;
pub mod tools;
pub mod vm;

pub use error::HarnessError;
