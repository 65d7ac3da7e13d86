//! ETS: tables of tuples outside the process heaps, shared between processes.
//!
//! OTP's own `ets.erl` is loaded as Erlang code; this module implements the BIFs it calls.
//! The parts: [`table`] (settings, the registry of tables by identifier and name, access
//! rights), [`store`] (the objects: striped hash buckets or a B-tree in term order), [`new`]
//! (`ets:new/2`), [`ops`] (insert, lookup, delete, ...), [`counter`] (`update_counter`,
//! `update_element`), [`walk`] (`first`/`next`/...), [`select`] (the match and select family,
//! over [`crate::match_spec`]), [`info`], [`owner`] (give-away, heirs, and the owner's end),
//! [`fix`] (`safe_fixtable/2`), and [`error`] (failures with erl's `error_info` causes).
//! See `docs/ets.md`.

pub mod counter;
pub mod error;
pub mod fix;
pub mod info;
pub mod linear;
pub mod new;
pub mod ops;
pub mod owner;
pub mod parts;
pub mod select;
pub mod store;
pub mod table;
pub mod tree;
pub mod walk;
pub mod yielding;

use vm::bif::{BifResult, ProcessContext};
use vm::term::Term;

use crate::BifSpec;

/// Defines a BIF `$bif` from `$imp` (which gives a [`error::Res`]) raising as `ets:$name`.
macro_rules! ets_bif {
    ($($bif:ident = $imp:path, $name:literal;)*) => {
        $(
            fn $bif(p: &mut ProcessContext, a: &[Term]) -> BifResult {
                $imp(p, a).map_err(|f| f.raise($name))
            }
        )*
    };
}

ets_bif! {
    new_2 = new::new, "new";
    insert_2 = ops::insert, "insert";
    insert_new_2 = ops::insert_new, "insert_new";
    lookup_2 = ops::lookup, "lookup";
    lookup_element_3 = ops::lookup_element, "lookup_element";
    member_2 = ops::member, "member";
    delete_1 = ops::delete_table, "delete";
    delete_2 = ops::delete_key, "delete";
    delete_object_2 = ops::delete_object, "delete_object";
    delete_all_2 = ops::delete_all, "internal_delete_all";
    take_2 = ops::take, "take";
    update_counter_n = counter::update_counter, "update_counter";
    update_element_3 = counter::update_element, "update_element";
    first_1 = walk::first, "first";
    last_1 = walk::last, "last";
    next_2 = walk::next, "next";
    prev_2 = walk::prev, "prev";
    slot_2 = walk::slot, "slot";
    raw_first_1 = walk::raw_first, "ets_raw_first";
    raw_next_2 = walk::raw_next, "ets_raw_next";
    match_1 = select::match_1, "match";
    match_2 = select::match_2, "match";
    match_3 = select::match_3, "match";
    match_object_1 = select::match_object_1, "match_object";
    match_object_2 = select::match_object_2, "match_object";
    match_object_3 = select::match_object_3, "match_object";
    select_1 = select::select_1, "select";
    select_2 = select::select_2, "select";
    select_3 = select::select_3, "select";
    select_reverse_1 = select::select_1, "select_reverse";
    select_reverse_2 = select::select_reverse_2, "select_reverse";
    select_reverse_3 = select::select_reverse_3, "select_reverse";
    select_count_2 = select::select_count, "select_count";
    select_delete_2 = select::select_delete, "internal_select_delete";
    select_replace_2 = select::select_replace, "select_replace";
    match_spec_compile_1 = select::match_spec_compile, "match_spec_compile";
    is_compiled_ms_1 = select::is_compiled_ms, "is_compiled_ms";
    match_spec_run_r_3 = select::match_spec_run_r, "match_spec_run_r";
    match_spec_test_3 = select::match_spec_test, "match_spec_test";
    request_all_0 = select::internal_request_all, "internal_request_all";
    info_1 = info::info_1, "info";
    info_2 = info::info_2, "info";
    setopts_2 = info::setopts, "setopts";
    rename_2 = info::rename, "rename";
    whereis_1 = info::whereis, "whereis";
    give_away_3 = owner::give_away, "give_away";
    safe_fixtable_2 = fix::safe_fixtable, "safe_fixtable";
    binary_info_2 = info::lookup_binary_info, "ets_lookup_binary_info";
}

/// `erts_internal:ets_super_user/1`: erl lets the caller read any table while it walks one for
/// `info(T, binary)`; girder's walk for that item needs no rights, so this only says `ok`.
fn super_user_1(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0] {
        Term::TRUE | Term::FALSE => Ok(Term::atom(vm::atom::OK)),
        _ => Err(vm::bif::BifError::BADARG),
    }
}

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("ets", "new", 2, new_2),
    ("ets", "insert", 2, insert_2),
    ("ets", "insert_new", 2, insert_new_2),
    ("ets", "lookup", 2, lookup_2),
    ("ets", "lookup_element", 3, lookup_element_3),
    ("ets", "member", 2, member_2),
    ("ets", "delete", 1, delete_1),
    ("ets", "delete", 2, delete_2),
    ("ets", "delete_object", 2, delete_object_2),
    ("ets", "internal_delete_all", 2, delete_all_2),
    ("ets", "take", 2, take_2),
    ("ets", "update_counter", 3, update_counter_n),
    ("ets", "update_counter", 4, update_counter_n),
    ("ets", "update_element", 3, update_element_3),
    ("ets", "first", 1, first_1),
    ("ets", "last", 1, last_1),
    ("ets", "next", 2, next_2),
    ("ets", "prev", 2, prev_2),
    ("ets", "slot", 2, slot_2),
    ("erts_internal", "ets_raw_first", 1, raw_first_1),
    ("erts_internal", "ets_raw_next", 2, raw_next_2),
    ("ets", "match", 1, match_1),
    ("ets", "match", 2, match_2),
    ("ets", "match", 3, match_3),
    ("ets", "match_object", 1, match_object_1),
    ("ets", "match_object", 2, match_object_2),
    ("ets", "match_object", 3, match_object_3),
    ("ets", "select", 1, select_1),
    ("ets", "select", 2, select_2),
    ("ets", "select", 3, select_3),
    ("ets", "select_reverse", 1, select_reverse_1),
    ("ets", "select_reverse", 2, select_reverse_2),
    ("ets", "select_reverse", 3, select_reverse_3),
    ("ets", "select_count", 2, select_count_2),
    ("ets", "internal_select_delete", 2, select_delete_2),
    ("ets", "select_replace", 2, select_replace_2),
    ("ets", "match_spec_compile", 1, match_spec_compile_1),
    ("ets", "is_compiled_ms", 1, is_compiled_ms_1),
    ("ets", "match_spec_run_r", 3, match_spec_run_r_3),
    ("erlang", "match_spec_test", 3, match_spec_test_3),
    ("ets", "internal_request_all", 0, request_all_0),
    ("ets", "info", 1, info_1),
    ("ets", "info", 2, info_2),
    ("ets", "setopts", 2, setopts_2),
    ("ets", "rename", 2, rename_2),
    ("ets", "whereis", 1, whereis_1),
    ("ets", "give_away", 3, give_away_3),
    ("ets", "safe_fixtable", 2, safe_fixtable_2),
    ("erts_internal", "ets_super_user", 1, super_user_1),
    ("erts_internal", "ets_lookup_binary_info", 2, binary_info_2),
];
