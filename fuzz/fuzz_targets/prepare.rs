//! Fuzz target: `loader::prepare` on arbitrary bytes must return, never panic. Seed the corpus
//! with real `.beam` files (e.g. `cp /usr/lib/erlang/lib/stdlib-*/ebin/*.beam corpus/prepare/`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(module) = loader::prepare(data) {
        // Walk what was produced, as a consumer would.
        for instr in &module.code.instrs {
            let _ = module.operands(instr);
        }
        for f in &module.functions {
            let _ = module.label_target(f.entry_label);
        }
    }
});
