//! The generic BEAM instruction set of OTP 25: opcode numbers 1..=180 with their names and
//! operand counts, as listed in the compiler's `genop.tab` (a test checks this table against
//! `beam_opcodes:opname/1` and `beam_opcodes:opcode/2` of the installed compiler).

/// The highest generic opcode OTP 25 defines.
pub const MAX_OPCODE: u8 = 180;

/// Name and operand count of a generic instruction. A trailing extended-list operand counts as
/// one operand here; its elements follow it in the decoded operand vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpInfo {
    /// The `genop.tab` name.
    pub name: &'static str,
    /// Number of operands.
    pub arity: u8,
}

/// Name and arity of `opcode`, or `None` for 0 and anything above [`MAX_OPCODE`].
#[inline]
pub fn info(opcode: u8) -> Option<OpInfo> {
    if opcode == 0 || opcode > MAX_OPCODE {
        return None;
    }
    let (name, arity) = TABLE[opcode as usize - 1];
    Some(OpInfo { name, arity })
}

/// Operand count of a valid opcode (opcodes outside 1..=180 give 0).
#[inline]
pub fn arity(opcode: u8) -> u8 {
    ARITIES[opcode as usize]
}

/// The opcode with `name` and `arity`, if there is one.
pub fn by_name(name: &str, arity: u8) -> Option<u8> {
    TABLE
        .iter()
        .position(|&(n, a)| n == name && a == arity)
        .map(|i| i as u8 + 1)
}

/// Operand counts indexed by opcode (0 and 181..=255 unused).
static ARITIES: [u8; 256] = {
    let mut a = [0u8; 256];
    let mut i = 0;
    while i < TABLE.len() {
        a[i + 1] = TABLE[i].1;
        i += 1;
    }
    a
};

/// `(name, arity)` for opcodes 1..=180, in order.
static TABLE: [(&str, u8); MAX_OPCODE as usize] = [
    ("label", 1),
    ("func_info", 3),
    ("int_code_end", 0),
    ("call", 2),
    ("call_last", 3),
    ("call_only", 2),
    ("call_ext", 2),
    ("call_ext_last", 3),
    ("bif0", 2),
    ("bif1", 4),
    ("bif2", 5),
    ("allocate", 2),
    ("allocate_heap", 3),
    ("allocate_zero", 2),
    ("allocate_heap_zero", 3),
    ("test_heap", 2),
    ("init", 1),
    ("deallocate", 1),
    ("return", 0),
    ("send", 0),
    ("remove_message", 0),
    ("timeout", 0),
    ("loop_rec", 2),
    ("loop_rec_end", 1),
    ("wait", 1),
    ("wait_timeout", 2),
    ("m_plus", 4),
    ("m_minus", 4),
    ("m_times", 4),
    ("m_div", 4),
    ("int_div", 4),
    ("int_rem", 4),
    ("int_band", 4),
    ("int_bor", 4),
    ("int_bxor", 4),
    ("int_bsl", 4),
    ("int_bsr", 4),
    ("int_bnot", 3),
    ("is_lt", 3),
    ("is_ge", 3),
    ("is_eq", 3),
    ("is_ne", 3),
    ("is_eq_exact", 3),
    ("is_ne_exact", 3),
    ("is_integer", 2),
    ("is_float", 2),
    ("is_number", 2),
    ("is_atom", 2),
    ("is_pid", 2),
    ("is_reference", 2),
    ("is_port", 2),
    ("is_nil", 2),
    ("is_binary", 2),
    ("is_constant", 2),
    ("is_list", 2),
    ("is_nonempty_list", 2),
    ("is_tuple", 2),
    ("test_arity", 3),
    ("select_val", 3),
    ("select_tuple_arity", 3),
    ("jump", 1),
    ("catch", 2),
    ("catch_end", 1),
    ("move", 2),
    ("get_list", 3),
    ("get_tuple_element", 3),
    ("set_tuple_element", 3),
    ("put_string", 3),
    ("put_list", 3),
    ("put_tuple", 2),
    ("put", 1),
    ("badmatch", 1),
    ("if_end", 0),
    ("case_end", 1),
    ("call_fun", 1),
    ("make_fun", 3),
    ("is_function", 2),
    ("call_ext_only", 2),
    ("bs_start_match", 2),
    ("bs_get_integer", 5),
    ("bs_get_float", 5),
    ("bs_get_binary", 5),
    ("bs_skip_bits", 4),
    ("bs_test_tail", 2),
    ("bs_save", 1),
    ("bs_restore", 1),
    ("bs_init", 2),
    ("bs_final", 2),
    ("bs_put_integer", 5),
    ("bs_put_binary", 5),
    ("bs_put_float", 5),
    ("bs_put_string", 2),
    ("bs_need_buf", 1),
    ("fclearerror", 0),
    ("fcheckerror", 1),
    ("fmove", 2),
    ("fconv", 2),
    ("fadd", 4),
    ("fsub", 4),
    ("fmul", 4),
    ("fdiv", 4),
    ("fnegate", 3),
    ("make_fun2", 1),
    ("try", 2),
    ("try_end", 1),
    ("try_case", 1),
    ("try_case_end", 1),
    ("raise", 2),
    ("bs_init2", 6),
    ("bs_bits_to_bytes", 3),
    ("bs_add", 5),
    ("apply", 1),
    ("apply_last", 2),
    ("is_boolean", 2),
    ("is_function2", 3),
    ("bs_start_match2", 5),
    ("bs_get_integer2", 7),
    ("bs_get_float2", 7),
    ("bs_get_binary2", 7),
    ("bs_skip_bits2", 5),
    ("bs_test_tail2", 3),
    ("bs_save2", 2),
    ("bs_restore2", 2),
    ("gc_bif1", 5),
    ("gc_bif2", 6),
    ("bs_final2", 2),
    ("bs_bits_to_bytes2", 2),
    ("put_literal", 2),
    ("is_bitstr", 2),
    ("bs_context_to_binary", 1),
    ("bs_test_unit", 3),
    ("bs_match_string", 4),
    ("bs_init_writable", 0),
    ("bs_append", 8),
    ("bs_private_append", 6),
    ("trim", 2),
    ("bs_init_bits", 6),
    ("bs_get_utf8", 5),
    ("bs_skip_utf8", 4),
    ("bs_get_utf16", 5),
    ("bs_skip_utf16", 4),
    ("bs_get_utf32", 5),
    ("bs_skip_utf32", 4),
    ("bs_utf8_size", 3),
    ("bs_put_utf8", 3),
    ("bs_utf16_size", 3),
    ("bs_put_utf16", 3),
    ("bs_put_utf32", 3),
    ("on_load", 0),
    ("recv_mark", 1),
    ("recv_set", 1),
    ("gc_bif3", 7),
    ("line", 1),
    ("put_map_assoc", 5),
    ("put_map_exact", 5),
    ("is_map", 2),
    ("has_map_fields", 3),
    ("get_map_elements", 3),
    ("is_tagged_tuple", 4),
    ("build_stacktrace", 0),
    ("raw_raise", 0),
    ("get_hd", 2),
    ("get_tl", 2),
    ("put_tuple2", 2),
    ("bs_get_tail", 3),
    ("bs_start_match3", 4),
    ("bs_get_position", 3),
    ("bs_set_position", 2),
    ("swap", 2),
    ("bs_start_match4", 4),
    ("make_fun3", 3),
    ("init_yregs", 1),
    ("recv_marker_bind", 2),
    ("recv_marker_clear", 1),
    ("recv_marker_reserve", 1),
    ("recv_marker_use", 1),
    ("bs_create_bin", 6),
    ("call_fun2", 3),
    ("nif_start", 0),
    ("badrecord", 1),
];

/// Opcode numbers by name, for code that recognises particular instructions.
pub mod op {
    /// `label/1`
    pub const LABEL: u8 = 1;
    /// `func_info/3`
    pub const FUNC_INFO: u8 = 2;
    /// `int_code_end/0`
    pub const INT_CODE_END: u8 = 3;
    /// `call/2`
    pub const CALL: u8 = 4;
    /// `call_last/3`
    pub const CALL_LAST: u8 = 5;
    /// `call_only/2`
    pub const CALL_ONLY: u8 = 6;
    /// `call_ext/2`
    pub const CALL_EXT: u8 = 7;
    /// `call_ext_last/3`
    pub const CALL_EXT_LAST: u8 = 8;
    /// `bif0/2`
    pub const BIF0: u8 = 9;
    /// `bif1/4`
    pub const BIF1: u8 = 10;
    /// `bif2/5`
    pub const BIF2: u8 = 11;
    /// `allocate/2`
    pub const ALLOCATE: u8 = 12;
    /// `allocate_heap/3`
    pub const ALLOCATE_HEAP: u8 = 13;
    /// `allocate_zero/2`
    pub const ALLOCATE_ZERO: u8 = 14;
    /// `allocate_heap_zero/3`
    pub const ALLOCATE_HEAP_ZERO: u8 = 15;
    /// `test_heap/2`
    pub const TEST_HEAP: u8 = 16;
    /// `init/1`
    pub const INIT: u8 = 17;
    /// `deallocate/1`
    pub const DEALLOCATE: u8 = 18;
    /// `return/0`
    pub const RETURN: u8 = 19;
    /// `send/0`
    pub const SEND: u8 = 20;
    /// `remove_message/0`
    pub const REMOVE_MESSAGE: u8 = 21;
    /// `timeout/0`
    pub const TIMEOUT: u8 = 22;
    /// `loop_rec/2`
    pub const LOOP_REC: u8 = 23;
    /// `loop_rec_end/1`
    pub const LOOP_REC_END: u8 = 24;
    /// `wait/1`
    pub const WAIT: u8 = 25;
    /// `wait_timeout/2`
    pub const WAIT_TIMEOUT: u8 = 26;
    /// `m_plus/4`
    pub const M_PLUS: u8 = 27;
    /// `m_minus/4`
    pub const M_MINUS: u8 = 28;
    /// `m_times/4`
    pub const M_TIMES: u8 = 29;
    /// `m_div/4`
    pub const M_DIV: u8 = 30;
    /// `int_div/4`
    pub const INT_DIV: u8 = 31;
    /// `int_rem/4`
    pub const INT_REM: u8 = 32;
    /// `int_band/4`
    pub const INT_BAND: u8 = 33;
    /// `int_bor/4`
    pub const INT_BOR: u8 = 34;
    /// `int_bxor/4`
    pub const INT_BXOR: u8 = 35;
    /// `int_bsl/4`
    pub const INT_BSL: u8 = 36;
    /// `int_bsr/4`
    pub const INT_BSR: u8 = 37;
    /// `int_bnot/3`
    pub const INT_BNOT: u8 = 38;
    /// `is_lt/3`
    pub const IS_LT: u8 = 39;
    /// `is_ge/3`
    pub const IS_GE: u8 = 40;
    /// `is_eq/3`
    pub const IS_EQ: u8 = 41;
    /// `is_ne/3`
    pub const IS_NE: u8 = 42;
    /// `is_eq_exact/3`
    pub const IS_EQ_EXACT: u8 = 43;
    /// `is_ne_exact/3`
    pub const IS_NE_EXACT: u8 = 44;
    /// `is_integer/2`
    pub const IS_INTEGER: u8 = 45;
    /// `is_float/2`
    pub const IS_FLOAT: u8 = 46;
    /// `is_number/2`
    pub const IS_NUMBER: u8 = 47;
    /// `is_atom/2`
    pub const IS_ATOM: u8 = 48;
    /// `is_pid/2`
    pub const IS_PID: u8 = 49;
    /// `is_reference/2`
    pub const IS_REFERENCE: u8 = 50;
    /// `is_port/2`
    pub const IS_PORT: u8 = 51;
    /// `is_nil/2`
    pub const IS_NIL: u8 = 52;
    /// `is_binary/2`
    pub const IS_BINARY: u8 = 53;
    /// `is_constant/2`
    pub const IS_CONSTANT: u8 = 54;
    /// `is_list/2`
    pub const IS_LIST: u8 = 55;
    /// `is_nonempty_list/2`
    pub const IS_NONEMPTY_LIST: u8 = 56;
    /// `is_tuple/2`
    pub const IS_TUPLE: u8 = 57;
    /// `test_arity/3`
    pub const TEST_ARITY: u8 = 58;
    /// `select_val/3`
    pub const SELECT_VAL: u8 = 59;
    /// `select_tuple_arity/3`
    pub const SELECT_TUPLE_ARITY: u8 = 60;
    /// `jump/1`
    pub const JUMP: u8 = 61;
    /// `catch/2`
    pub const CATCH: u8 = 62;
    /// `catch_end/1`
    pub const CATCH_END: u8 = 63;
    /// `move/2`
    pub const MOVE: u8 = 64;
    /// `get_list/3`
    pub const GET_LIST: u8 = 65;
    /// `get_tuple_element/3`
    pub const GET_TUPLE_ELEMENT: u8 = 66;
    /// `set_tuple_element/3`
    pub const SET_TUPLE_ELEMENT: u8 = 67;
    /// `put_string/3`
    pub const PUT_STRING: u8 = 68;
    /// `put_list/3`
    pub const PUT_LIST: u8 = 69;
    /// `put_tuple/2`
    pub const PUT_TUPLE: u8 = 70;
    /// `put/1`
    pub const PUT: u8 = 71;
    /// `badmatch/1`
    pub const BADMATCH: u8 = 72;
    /// `if_end/0`
    pub const IF_END: u8 = 73;
    /// `case_end/1`
    pub const CASE_END: u8 = 74;
    /// `call_fun/1`
    pub const CALL_FUN: u8 = 75;
    /// `make_fun/3`
    pub const MAKE_FUN: u8 = 76;
    /// `is_function/2`
    pub const IS_FUNCTION: u8 = 77;
    /// `call_ext_only/2`
    pub const CALL_EXT_ONLY: u8 = 78;
    /// `bs_start_match/2`
    pub const BS_START_MATCH: u8 = 79;
    /// `bs_get_integer/5`
    pub const BS_GET_INTEGER: u8 = 80;
    /// `bs_get_float/5`
    pub const BS_GET_FLOAT: u8 = 81;
    /// `bs_get_binary/5`
    pub const BS_GET_BINARY: u8 = 82;
    /// `bs_skip_bits/4`
    pub const BS_SKIP_BITS: u8 = 83;
    /// `bs_test_tail/2`
    pub const BS_TEST_TAIL: u8 = 84;
    /// `bs_save/1`
    pub const BS_SAVE: u8 = 85;
    /// `bs_restore/1`
    pub const BS_RESTORE: u8 = 86;
    /// `bs_init/2`
    pub const BS_INIT: u8 = 87;
    /// `bs_final/2`
    pub const BS_FINAL: u8 = 88;
    /// `bs_put_integer/5`
    pub const BS_PUT_INTEGER: u8 = 89;
    /// `bs_put_binary/5`
    pub const BS_PUT_BINARY: u8 = 90;
    /// `bs_put_float/5`
    pub const BS_PUT_FLOAT: u8 = 91;
    /// `bs_put_string/2`
    pub const BS_PUT_STRING: u8 = 92;
    /// `bs_need_buf/1`
    pub const BS_NEED_BUF: u8 = 93;
    /// `fclearerror/0`
    pub const FCLEARERROR: u8 = 94;
    /// `fcheckerror/1`
    pub const FCHECKERROR: u8 = 95;
    /// `fmove/2`
    pub const FMOVE: u8 = 96;
    /// `fconv/2`
    pub const FCONV: u8 = 97;
    /// `fadd/4`
    pub const FADD: u8 = 98;
    /// `fsub/4`
    pub const FSUB: u8 = 99;
    /// `fmul/4`
    pub const FMUL: u8 = 100;
    /// `fdiv/4`
    pub const FDIV: u8 = 101;
    /// `fnegate/3`
    pub const FNEGATE: u8 = 102;
    /// `make_fun2/1`
    pub const MAKE_FUN2: u8 = 103;
    /// `try/2`
    pub const TRY: u8 = 104;
    /// `try_end/1`
    pub const TRY_END: u8 = 105;
    /// `try_case/1`
    pub const TRY_CASE: u8 = 106;
    /// `try_case_end/1`
    pub const TRY_CASE_END: u8 = 107;
    /// `raise/2`
    pub const RAISE: u8 = 108;
    /// `bs_init2/6`
    pub const BS_INIT2: u8 = 109;
    /// `bs_bits_to_bytes/3`
    pub const BS_BITS_TO_BYTES: u8 = 110;
    /// `bs_add/5`
    pub const BS_ADD: u8 = 111;
    /// `apply/1`
    pub const APPLY: u8 = 112;
    /// `apply_last/2`
    pub const APPLY_LAST: u8 = 113;
    /// `is_boolean/2`
    pub const IS_BOOLEAN: u8 = 114;
    /// `is_function2/3`
    pub const IS_FUNCTION2: u8 = 115;
    /// `bs_start_match2/5`
    pub const BS_START_MATCH2: u8 = 116;
    /// `bs_get_integer2/7`
    pub const BS_GET_INTEGER2: u8 = 117;
    /// `bs_get_float2/7`
    pub const BS_GET_FLOAT2: u8 = 118;
    /// `bs_get_binary2/7`
    pub const BS_GET_BINARY2: u8 = 119;
    /// `bs_skip_bits2/5`
    pub const BS_SKIP_BITS2: u8 = 120;
    /// `bs_test_tail2/3`
    pub const BS_TEST_TAIL2: u8 = 121;
    /// `bs_save2/2`
    pub const BS_SAVE2: u8 = 122;
    /// `bs_restore2/2`
    pub const BS_RESTORE2: u8 = 123;
    /// `gc_bif1/5`
    pub const GC_BIF1: u8 = 124;
    /// `gc_bif2/6`
    pub const GC_BIF2: u8 = 125;
    /// `bs_final2/2`
    pub const BS_FINAL2: u8 = 126;
    /// `bs_bits_to_bytes2/2`
    pub const BS_BITS_TO_BYTES2: u8 = 127;
    /// `put_literal/2`
    pub const PUT_LITERAL: u8 = 128;
    /// `is_bitstr/2`
    pub const IS_BITSTR: u8 = 129;
    /// `bs_context_to_binary/1`
    pub const BS_CONTEXT_TO_BINARY: u8 = 130;
    /// `bs_test_unit/3`
    pub const BS_TEST_UNIT: u8 = 131;
    /// `bs_match_string/4`
    pub const BS_MATCH_STRING: u8 = 132;
    /// `bs_init_writable/0`
    pub const BS_INIT_WRITABLE: u8 = 133;
    /// `bs_append/8`
    pub const BS_APPEND: u8 = 134;
    /// `bs_private_append/6`
    pub const BS_PRIVATE_APPEND: u8 = 135;
    /// `trim/2`
    pub const TRIM: u8 = 136;
    /// `bs_init_bits/6`
    pub const BS_INIT_BITS: u8 = 137;
    /// `bs_get_utf8/5`
    pub const BS_GET_UTF8: u8 = 138;
    /// `bs_skip_utf8/4`
    pub const BS_SKIP_UTF8: u8 = 139;
    /// `bs_get_utf16/5`
    pub const BS_GET_UTF16: u8 = 140;
    /// `bs_skip_utf16/4`
    pub const BS_SKIP_UTF16: u8 = 141;
    /// `bs_get_utf32/5`
    pub const BS_GET_UTF32: u8 = 142;
    /// `bs_skip_utf32/4`
    pub const BS_SKIP_UTF32: u8 = 143;
    /// `bs_utf8_size/3`
    pub const BS_UTF8_SIZE: u8 = 144;
    /// `bs_put_utf8/3`
    pub const BS_PUT_UTF8: u8 = 145;
    /// `bs_utf16_size/3`
    pub const BS_UTF16_SIZE: u8 = 146;
    /// `bs_put_utf16/3`
    pub const BS_PUT_UTF16: u8 = 147;
    /// `bs_put_utf32/3`
    pub const BS_PUT_UTF32: u8 = 148;
    /// `on_load/0`
    pub const ON_LOAD: u8 = 149;
    /// `recv_mark/1`
    pub const RECV_MARK: u8 = 150;
    /// `recv_set/1`
    pub const RECV_SET: u8 = 151;
    /// `gc_bif3/7`
    pub const GC_BIF3: u8 = 152;
    /// `line/1`
    pub const LINE: u8 = 153;
    /// `put_map_assoc/5`
    pub const PUT_MAP_ASSOC: u8 = 154;
    /// `put_map_exact/5`
    pub const PUT_MAP_EXACT: u8 = 155;
    /// `is_map/2`
    pub const IS_MAP: u8 = 156;
    /// `has_map_fields/3`
    pub const HAS_MAP_FIELDS: u8 = 157;
    /// `get_map_elements/3`
    pub const GET_MAP_ELEMENTS: u8 = 158;
    /// `is_tagged_tuple/4`
    pub const IS_TAGGED_TUPLE: u8 = 159;
    /// `build_stacktrace/0`
    pub const BUILD_STACKTRACE: u8 = 160;
    /// `raw_raise/0`
    pub const RAW_RAISE: u8 = 161;
    /// `get_hd/2`
    pub const GET_HD: u8 = 162;
    /// `get_tl/2`
    pub const GET_TL: u8 = 163;
    /// `put_tuple2/2`
    pub const PUT_TUPLE2: u8 = 164;
    /// `bs_get_tail/3`
    pub const BS_GET_TAIL: u8 = 165;
    /// `bs_start_match3/4`
    pub const BS_START_MATCH3: u8 = 166;
    /// `bs_get_position/3`
    pub const BS_GET_POSITION: u8 = 167;
    /// `bs_set_position/2`
    pub const BS_SET_POSITION: u8 = 168;
    /// `swap/2`
    pub const SWAP: u8 = 169;
    /// `bs_start_match4/4`
    pub const BS_START_MATCH4: u8 = 170;
    /// `make_fun3/3`
    pub const MAKE_FUN3: u8 = 171;
    /// `init_yregs/1`
    pub const INIT_YREGS: u8 = 172;
    /// `recv_marker_bind/2`
    pub const RECV_MARKER_BIND: u8 = 173;
    /// `recv_marker_clear/1`
    pub const RECV_MARKER_CLEAR: u8 = 174;
    /// `recv_marker_reserve/1`
    pub const RECV_MARKER_RESERVE: u8 = 175;
    /// `recv_marker_use/1`
    pub const RECV_MARKER_USE: u8 = 176;
    /// `bs_create_bin/6`
    pub const BS_CREATE_BIN: u8 = 177;
    /// `call_fun2/3`
    pub const CALL_FUN2: u8 = 178;
    /// `nif_start/0`
    pub const NIF_START: u8 = 179;
    /// `badrecord/1`
    pub const BADRECORD: u8 = 180;
}
