//! girder's built-in functions, one module per family, registered into the `vm` BIF table by
//! [`register_all`].

pub mod arith;
pub mod binary;
pub mod binary_module;
pub mod checksum;
pub mod control;
pub mod convert;
pub mod display;
pub mod etf;
pub mod lists;
pub mod maps;
pub mod math;
pub mod md5_context;
pub mod string;
pub mod terms;
pub mod tuples;
pub mod types;
pub mod unicode;

use vm::bif::BifFn;

/// Registers every BIF of this crate. Idempotent.
pub fn register_all() {
    for table in [
        arith::BIFS,
        binary::BIFS,
        binary_module::BIFS,
        checksum::BIFS,
        etf::BIFS,
        maps::BIFS,
        control::BIFS,
        convert::BIFS,
        lists::BIFS,
        math::BIFS,
        string::BIFS,
        terms::BIFS,
        tuples::BIFS,
        types::BIFS,
        unicode::BIFS,
        &[("erlang", "display", 1, display::display as BifFn)][..],
    ] {
        for &(m, f, a, func) in table {
            if vm::bif::register(m, f, a, func).is_none() {
                eprintln!("girder: cannot register BIF {m}:{f}/{a}");
            }
        }
    }
}

/// A BIF table entry: module, function, arity, implementation.
pub type BifSpec = (&'static str, &'static str, u8, BifFn);
