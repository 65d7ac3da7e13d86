//! Fuzz target: the external term format decoder on arbitrary bytes must return, never panic,
//! and whatever it decodes must print.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vm::etf::{decode, Arena, Decoder, TermDisplay};

fuzz_target!(|data: &[u8]| {
    if let Ok((arena, root)) = decode(data) {
        let _ = TermDisplay { arena: &arena, root }.to_string();
    }
    // The body form (no version byte), as used inside compressed terms and distribution.
    let mut arena = Arena::new();
    let _ = Decoder::new().decode_body_into(&mut arena, data);
});
