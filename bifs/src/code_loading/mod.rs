//! Code loading BIFs, as in OTP 25: preparing and finishing loads (`prepare_loading/2`,
//! `finish_loading/1`, `load_module/2`), `-on_load` functions, deleting and purging modules,
//! checking processes for old code, and the queries on loaded code (`loaded/0`,
//! `pre_loaded/0`, `module_loaded/1`, `function_exported/3`, `get_module_info/1,2`, the
//! `beamfile_*` helpers). The code table itself is `vm::code`; `docs/code-loading.md` describes
//! the whole.

mod info;
mod load;
mod purge;

pub use purge::set_error_handler;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "prepare_loading", 2, load::prepare_loading),
    ("erts_internal", "prepare_loading", 2, load::prepare_loading),
    ("erlang", "finish_loading", 1, load::finish_loading),
    ("erlang", "load_module", 2, load::load_module),
    (
        "erlang",
        "has_prepared_code_on_load",
        1,
        load::has_prepared_code_on_load,
    ),
    (
        "erlang",
        "call_on_load_function",
        1,
        load::call_on_load_function,
    ),
    (
        "erlang",
        "finish_after_on_load",
        2,
        load::finish_after_on_load,
    ),
    ("erlang", "delete_module", 1, purge::delete_module),
    ("erlang", "check_old_code", 1, purge::check_old_code),
    (
        "erlang",
        "check_process_code",
        2,
        purge::check_process_code_2,
    ),
    (
        "erlang",
        "check_process_code",
        3,
        purge::check_process_code_3,
    ),
    (
        "erts_internal",
        "check_process_code",
        1,
        purge::check_own_code,
    ),
    (
        "erts_internal",
        "check_process_code",
        3,
        purge::check_process_code_3,
    ),
    ("erts_internal", "purge_module", 2, purge::purge_module_2),
    ("erlang", "purge_module", 1, purge::purge_module_1),
    (
        "erts_internal",
        "request_system_task",
        3,
        purge::request_system_task,
    ),
    (
        "erts_internal",
        "request_system_task",
        4,
        purge::request_system_task_4,
    ),
    (
        "erts_internal",
        "release_literal_area_switch",
        0,
        purge::release_literal_area_switch,
    ),
    ("erlang", "loaded", 0, info::loaded),
    ("erlang", "pre_loaded", 0, info::pre_loaded),
    ("erlang", "module_loaded", 1, info::module_loaded),
    ("erlang", "function_exported", 3, info::function_exported),
    ("erlang", "get_module_info", 1, info::get_module_info_1),
    ("erlang", "get_module_info", 2, info::get_module_info_2),
    ("erts_internal", "beamfile_chunk", 2, info::beamfile_chunk),
    (
        "erts_internal",
        "beamfile_module_md5",
        1,
        info::beamfile_module_md5,
    ),
];
