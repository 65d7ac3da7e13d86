//! Tag bytes of the external term format, as OTP 25 writes and reads them.

/// Version byte that starts every encoded term.
pub const VERSION: u8 = 131;
/// Whole term zlib-compressed: uncompressed size (u32) then the deflate stream.
pub const COMPRESSED: u8 = 80;
/// Distribution header (only inside the distribution protocol).
pub const DIST_HEADER: u8 = 68;
/// Reference into the distribution atom cache (only inside the distribution protocol).
pub const ATOM_CACHE_REF: u8 = 82;
/// Unsigned 8-bit integer.
pub const SMALL_INTEGER: u8 = 97;
/// Signed 32-bit integer.
pub const INTEGER: u8 = 98;
/// Float printed as text (31 bytes, `%.20e`), written by `minor_version` 0.
pub const FLOAT: u8 = 99;
/// Port (OTP 18 and older): node, 32-bit id, 8-bit creation.
pub const PORT: u8 = 102;
/// Port: node, 32-bit id, 32-bit creation.
pub const NEW_PORT: u8 = 89;
/// Port: node, 64-bit id, 32-bit creation.
pub const V4_PORT: u8 = 120;
/// Pid (OTP 18 and older): node, id, serial, 8-bit creation.
pub const PID: u8 = 103;
/// Pid: node, id, serial, 32-bit creation.
pub const NEW_PID: u8 = 88;
/// Tuple with an 8-bit arity.
pub const SMALL_TUPLE: u8 = 104;
/// Tuple with a 32-bit arity.
pub const LARGE_TUPLE: u8 = 105;
/// Map: 32-bit pair count, then keys and values alternating.
pub const MAP: u8 = 116;
/// The empty list.
pub const NIL: u8 = 106;
/// List of bytes (16-bit length).
pub const STRING: u8 = 107;
/// List: 32-bit element count, the elements, then the tail.
pub const LIST: u8 = 108;
/// Binary: 32-bit length, then the bytes.
pub const BINARY: u8 = 109;
/// Bitstring: 32-bit byte length, bits used in the last byte, then the bytes.
pub const BIT_BINARY: u8 = 77;
/// Bignum with an 8-bit digit count.
pub const SMALL_BIG: u8 = 110;
/// Bignum with a 32-bit digit count.
pub const LARGE_BIG: u8 = 111;
/// Reference (old form): node, one 32-bit id, 8-bit creation.
pub const REFERENCE: u8 = 101;
/// Reference: id count, node, 8-bit creation, ids.
pub const NEW_REFERENCE: u8 = 114;
/// Reference: id count, node, 32-bit creation, ids.
pub const NEWER_REFERENCE: u8 = 90;
/// Local fun (pre-R8 form, no longer accepted by OTP 23 and later).
pub const FUN: u8 = 117;
/// Local fun.
pub const NEW_FUN: u8 = 112;
/// External fun `fun M:F/A`.
pub const EXPORT: u8 = 113;
/// Float as 8 big-endian IEEE 754 bytes.
pub const NEW_FLOAT: u8 = 70;
/// Latin-1 atom, 16-bit length.
pub const ATOM: u8 = 100;
/// Latin-1 atom, 8-bit length.
pub const SMALL_ATOM: u8 = 115;
/// UTF-8 atom, 16-bit length.
pub const ATOM_UTF8: u8 = 118;
/// UTF-8 atom, 8-bit length.
pub const SMALL_ATOM_UTF8: u8 = 119;
/// Local (alias) encoding of a term, OTP 26 and later only.
pub const LOCAL: u8 = 121;
