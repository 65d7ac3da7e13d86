//! Fuzz target: the whole `binary_to_term/1,2` path on arbitrary bytes — decoding and building
//! the term on a process heap, with and without `safe` — must return, never panic. A term that
//! decodes must survive a garbage collection, re-encode with `term_to_binary` (plain and
//! compressed, every minor version) and decode again to an equal term that encodes to the same
//! bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vm::atom::Atom;
use vm::etf::{binary_to_term, term_to_binary, CodeTerms, EncodeOptions};
use vm::ops::compare::exact_equal;
use vm::process::Process;

fuzz_target!(|data: &[u8]| {
    let module = Atom::intern("fuzz").expect("the atom table has room");
    let mut p = Process::new(1, (module, module, 0));
    for safe in [false, true] {
        let Ok((t, used)) = binary_to_term(&mut p.heap, data, safe, &CodeTerms) else {
            continue;
        };
        assert!(used <= data.len(), "used {used} of {} bytes", data.len());
        // The built term must be well-formed enough to be moved by the collector.
        p.x[0] = t;
        p.garbage_collect(0, 1);
        for options in [
            EncodeOptions::default(),
            EncodeOptions {
                minor_version: 2,
                compression: 6,
                deterministic: true,
            },
            EncodeOptions {
                minor_version: 0,
                compression: 0,
                deterministic: false,
            },
        ] {
            let t = p.x[0];
            let bytes = term_to_binary(t, &options, &CodeTerms)
                .expect("a decoded term encodes again");
            let (again, used) = binary_to_term(&mut p.heap, &bytes, safe, &CodeTerms)
                .unwrap_or_else(|e| panic!("re-encoded term does not decode: {e}"));
            assert_eq!(used, bytes.len(), "re-decoding used part of the bytes");
            assert!(exact_equal(t, again), "re-decoded term differs");
            let bytes_again =
                term_to_binary(again, &options, &CodeTerms).expect("encodes a third time");
            assert_eq!(bytes, bytes_again, "equal terms encode differently");
            p.x[1] = again;
            p.garbage_collect(0, 2);
        }
    }
});
