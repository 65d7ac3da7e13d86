//! girder's built-in functions, one module per family, registered into the `vm` BIF table by
//! [`register_all`].

pub mod aliases;
pub mod arith;
pub mod atomics;
pub mod binary;
pub mod binary_module;
pub mod boot;
pub mod calendar;
pub mod checksum;
pub mod code_loading;
pub mod control;
pub mod convert;
pub mod counters;
pub mod decode_http;
pub mod decode_packet;
pub mod display;
pub mod erts_debug;
pub mod erts_system;
pub mod erts_terms;
pub mod etf;
pub mod ets;
pub mod funs;
#[cfg(feature = "panic-inject")]
pub mod inject;
pub mod internal_state;
pub mod lists;
pub mod maps;
pub mod match_spec;
pub mod math;
pub mod md5_context;
pub mod memory;
pub mod nif;
pub mod os;
pub mod persistent_term;
pub mod port_open;
pub mod ports;
pub mod proc_info;
pub mod process;
pub mod process_flags;
pub mod re;
pub mod statistics;
pub mod string;
pub mod sys_monitor;
pub mod system;
pub mod terms;
pub mod time;
pub mod timer;
pub mod tuples;
pub mod types;
pub mod unicode;
pub mod unique;

use vm::bif::BifFn;

/// The BIF tables of this crate, one per module; every `M:F/A` appears in exactly one.
fn tables() -> Vec<&'static [BifSpec]> {
    vec![
        code_loading::BIFS,
        erts_terms::BIFS,
        sys_monitor::BIFS,
        re::BIFS,
        aliases::BIFS,
        erts_debug::BIFS,
        erts_system::BIFS,
        unique::BIFS,
        boot::BIFS,
        memory::BIFS,
        statistics::BIFS,
        arith::BIFS,
        binary::BIFS,
        binary_module::BIFS,
        checksum::BIFS,
        etf::BIFS,
        funs::BIFS,
        maps::BIFS,
        control::BIFS,
        convert::BIFS,
        lists::BIFS,
        math::BIFS,
        string::BIFS,
        system::BIFS,
        terms::BIFS,
        time::BIFS,
        tuples::BIFS,
        types::BIFS,
        unicode::BIFS,
        display::BIFS,
        process::BIFS,
        proc_info::BIFS,
        ports::BIFS,
        decode_packet::BIFS,
        timer::BIFS,
        persistent_term::BIFS,
        nif::names::BIFS,
        os::BIFS,
        ets::BIFS,
        atomics::BIFS,
        counters::BIFS,
        calendar::BIFS,
    ]
}

/// Registers every BIF of this crate. Idempotent.
pub fn register_all() {
    for table in tables() {
        for &(m, f, a, func) in table {
            if vm::bif::register(m, f, a, func).is_none() {
                eprintln!("girder: cannot register BIF {m}:{f}/{a}");
            }
        }
    }
    #[cfg(feature = "panic-inject")]
    inject::register();
    nif::register_libraries();
}

/// A BIF table entry: module, function, arity, implementation.
pub type BifSpec = (&'static str, &'static str, u8, BifFn);

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// A BIF listed twice would be registered by whichever table comes first, leaving the other
    /// implementation dead.
    #[test]
    fn every_bif_is_listed_once() {
        let mut seen = HashSet::new();
        let mut twice = Vec::new();
        for table in tables() {
            for &(m, f, a, _) in table {
                if !seen.insert((m, f, a)) {
                    twice.push(format!("{m}:{f}/{a}"));
                }
            }
        }
        assert!(twice.is_empty(), "listed twice: {}", twice.join(", "));
    }
}
