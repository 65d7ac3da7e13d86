//! The audited OS module: the only place outside the term core that calls C. Each `unsafe`
//! block carries a `// SAFETY:` comment saying why it is sound.
//!
//! - [`descriptor`]: descriptors Erlang code names by number, duplicated into owned files.
//! - [`memory`]: freed memory given back to the system after large releases.
//! - [`time`]: the C library's calendar functions, through which erl converts local time.
//! - [`tty`]: the terminal on standard input (modes, window size, reads that never wait) and
//!   the `SIGINT` of the break menu.
//! - [`zlib`]: the system zlib (the library erl's `zlib` module uses), as one owned stream.

pub mod descriptor;
pub mod memory;
pub mod time;
pub mod tty;
pub mod zlib;
