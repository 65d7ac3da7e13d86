//! `erlang:display/1`: the text comes from [`vm::ops::print`], which writes terms byte for byte
//! as erl's emulator prints them.

use std::io::Write as _;

use vm::bif::{BifResult, ProcessContext};
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[("erlang", "display", 1, display)];

/// `erlang:display/1`: prints the term and a line end on stdout; returns `true`. erl writes
/// the line end as `\r\n` (its terminal output is in raw mode even with `-noshell`).
pub fn display(_p: &mut ProcessContext, args: &[Term]) -> BifResult {
    let mut text = vm::ops::print::display(args[0]);
    text.extend_from_slice(b"\r\n");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let _ = out.write_all(&text);
    let _ = out.flush();
    Ok(Term::TRUE)
}
