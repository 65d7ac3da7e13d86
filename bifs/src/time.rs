//! `erlang:monotonic_time/0,1` and `erlang:convert_time_unit/3`.
//!
//! The native time unit is the nanosecond, as erl's on Linux. Monotonic time counts from a
//! large negative start, as erl's does, so only differences between readings mean anything.
//! Conversions round towards negative infinity, as erl's `convert_time_unit/3` does.

use std::sync::OnceLock;
use std::time::Instant;

use num_bigint::BigInt;
use num_integer::Integer;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::number::Number;
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "monotonic_time", 0, monotonic_time_0),
    ("erlang", "monotonic_time", 1, monotonic_time_1),
    ("erlang", "convert_time_unit", 3, convert_time_unit),
];

/// Native time units per second.
const NATIVE_PER_SECOND: i64 = 1_000_000_000;

/// Where monotonic time starts: like erl's, a large negative number.
pub(crate) const MONOTONIC_START: i64 = -576_460_752_303_423_488;

/// Parts per second of the time unit `t`: a unit name or a positive integer (small).
pub(crate) fn parts_per_second(t: Term) -> Option<i64> {
    if let Some(n) = t.as_small() {
        return (n > 0).then_some(n);
    }
    Some(match t.as_atom()?.text() {
        "second" | "seconds" => 1,
        "millisecond" | "milli_seconds" => 1_000,
        "microsecond" | "micro_seconds" => 1_000_000,
        "nanosecond" | "nano_seconds" | "native" | "perf_counter" => NATIVE_PER_SECOND,
        _ => return None,
    })
}

/// Parts per second of `t` as a `BigInt`, accepting bignum units too.
fn big_parts_per_second(t: Term) -> Option<BigInt> {
    if let Some(n) = parts_per_second(t) {
        return Some(BigInt::from(n));
    }
    match Number::integer_of(t)? {
        Number::Big(b) if !b.negative => Some(b.to_bigint()),
        _ => None,
    }
}

/// Monotonic time now, in native units.
pub(crate) fn monotonic_native() -> i64 {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    let elapsed = ORIGIN.get_or_init(Instant::now).elapsed().as_nanos();
    MONOTONIC_START.saturating_add(i64::try_from(elapsed).unwrap_or(i64::MAX))
}

/// `value` converted from `from` to `to` parts per second, rounded towards negative infinity.
fn convert(value: &BigInt, from: &BigInt, to: &BigInt) -> BigInt {
    (value * to).div_floor(from)
}

fn monotonic_time_0(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    Ok(p.heap.integer(monotonic_native()))
}

fn monotonic_time_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(unit) = parts_per_second(a[0]) else {
        return badarg();
    };
    let native = monotonic_native() as i128;
    let value = (native * unit as i128).div_euclid(NATIVE_PER_SECOND as i128);
    Ok(p.heap.integer(value as i64))
}

fn convert_time_unit(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let value = Number::integer_of(a[0]).and_then(|n| n.to_bigint());
    let (Some(value), Some(from), Some(to)) = (
        value,
        big_parts_per_second(a[1]),
        big_parts_per_second(a[2]),
    ) else {
        return badarg();
    };
    let result = convert(&value, &from, &to);
    Ok(match i64::try_from(&result) {
        Ok(v) => p.heap.integer(v),
        Err(_) => p.heap.big_integer(&result),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(v: i64, from: i64, to: i64) -> BigInt {
        convert(&BigInt::from(v), &BigInt::from(from), &BigInt::from(to))
    }

    #[test]
    fn conversions_round_towards_negative_infinity() {
        // erl: convert_time_unit(1999, millisecond, second) =:= 1,
        // convert_time_unit(-1, millisecond, second) =:= -1,
        // convert_time_unit(-1000, millisecond, second) =:= -1,
        // convert_time_unit(7, 3, 2) =:= 4.
        assert_eq!(conv(1999, 1000, 1), BigInt::from(1));
        assert_eq!(conv(-1, 1000, 1), BigInt::from(-1));
        assert_eq!(conv(-1000, 1000, 1), BigInt::from(-1));
        assert_eq!(conv(7, 3, 2), BigInt::from(4));
        assert_eq!(conv(5, 1, 1_000_000_000), BigInt::from(5_000_000_000i64));
    }

    #[test]
    fn monotonic_time_never_goes_back() {
        let a = monotonic_native();
        let b = monotonic_native();
        assert!(a <= b && a < 0);
    }
}
