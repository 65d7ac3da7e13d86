//! erl_tracer's NIFs. Tracing is not offered yet: `enabled/3` answers `remove` (the tracer
//! stops being asked) and `trace/5` does nothing, so loading the module succeeds as in erl.

use vm::bif::{BifResult, ProcessContext};
use vm::nif::NifKind::Normal;
use vm::nif::NifSpec;
use vm::term::Term;

use super::out::atom;

fn enabled(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    atom("remove")
}

fn trace(_p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    atom("ok")
}

/// erl_tracer's NIFs.
pub const NIFS: &[NifSpec] = &[
    NifSpec {
        function: "enabled",
        arity: 3,
        kind: Normal(enabled),
    },
    NifSpec {
        function: "trace",
        arity: 5,
        kind: Normal(trace),
    },
];
