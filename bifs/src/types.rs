//! Type-test BIFs (`is_atom/1` ...), called as functions or as guard BIFs.

use vm::bif::{BifResult, ProcessContext};
use vm::term::{Subtag, Term};

use crate::BifSpec;

macro_rules! type_test {
    ($name:ident, $t:ident => $e:expr) => {
        fn $name(_p: &mut ProcessContext, args: &[Term]) -> BifResult {
            let $t = args[0];
            Ok(Term::boolean($e))
        }
    };
}

type_test!(is_atom, t => t.is_atom());
type_test!(is_integer, t => t.is_integer());
type_test!(is_float, t => t.is_float());
type_test!(is_number, t => t.is_number());
type_test!(is_list, t => t.is_list());
type_test!(is_tuple, t => t.is_tuple());
type_test!(is_binary, t => t.is_binary());
type_test!(is_bitstring, t => t.is_bitstring());
type_test!(is_boolean, t => t.is_boolean());
type_test!(is_function, t => t.is_function());
type_test!(is_pid, t => t.is_local_pid() || t.boxed_subtag() == Some(Subtag::ExternalPid));
type_test!(is_port, t => t.is_local_port() || t.boxed_subtag() == Some(Subtag::ExternalPort));
type_test!(is_reference, t => matches!(t.boxed_subtag(), Some(Subtag::Ref | Subtag::ExternalRef)));
type_test!(is_map, t => t.boxed_subtag() == Some(Subtag::Map));

fn is_function_2(_p: &mut ProcessContext, args: &[Term]) -> BifResult {
    match args[1].as_small() {
        Some(a) if a >= 0 => Ok(Term::boolean(
            vm::interp::calls::fun_arity(args[0]) == Some(a as usize),
        )),
        _ => vm::bif::badarg(),
    }
}

fn is_record_2(_p: &mut ProcessContext, args: &[Term]) -> BifResult {
    if !args[1].is_atom() {
        return vm::bif::badarg();
    }
    Ok(Term::boolean(
        args[0].tuple_elements().and_then(|e| e.first().copied()) == Some(args[1]),
    ))
}

fn is_record_3(_p: &mut ProcessContext, args: &[Term]) -> BifResult {
    let Some(size) = args[2].as_small() else {
        return vm::bif::badarg();
    };
    if !args[1].is_atom() {
        return vm::bif::badarg();
    }
    Ok(Term::boolean(match args[0].tuple_elements() {
        Some(e) => e.len() as i64 == size && e.first() == Some(&args[1]),
        None => false,
    }))
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "is_atom", 1, is_atom),
    ("erlang", "is_integer", 1, is_integer),
    ("erlang", "is_float", 1, is_float),
    ("erlang", "is_number", 1, is_number),
    ("erlang", "is_list", 1, is_list),
    ("erlang", "is_tuple", 1, is_tuple),
    ("erlang", "is_binary", 1, is_binary),
    ("erlang", "is_bitstring", 1, is_bitstring),
    ("erlang", "is_boolean", 1, is_boolean),
    ("erlang", "is_function", 1, is_function),
    ("erlang", "is_function", 2, is_function_2),
    ("erlang", "is_pid", 1, is_pid),
    ("erlang", "is_port", 1, is_port),
    ("erlang", "is_reference", 1, is_reference),
    ("erlang", "is_map", 1, is_map),
    ("erlang", "is_record", 2, is_record_2),
    ("erlang", "is_record", 3, is_record_3),
];
