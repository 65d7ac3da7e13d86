//! Float to text, as erl writes it: `float_to_list/1,2`, `float_to_binary/1,2` and the form
//! `erlang:display/1` uses.
//!
//! - The legacy form (`float_to_list/1`) is C's `%.20e`: `2.50000000000000000000e+00`.
//! - `{scientific, N}` is `%.Ne`; `erlang:display/1` uses `%.6e`.
//! - `{decimals, N}` is erl's own fixed-point algorithm, which is *not* correctly rounded: it splits
//!   the value into integer and fraction, scales the fraction by 10^N in floating point and rounds
//!   half away from zero. Values above 2^53 and N >= 19 use C's `%.Nf` instead. `compact` then drops
//!   trailing zeros (keeping one after the point; with `{decimals, 0}` above 2^53 erl strips the
//!   integer's own trailing zeros, which is reproduced).
//! - `short` is the shortest text that reads back as the same float, in fixed or scientific
//!   notation, whichever erl's rules pick (see [`format_short`]).
//!
//! Scientific and large fixed output is correctly rounded with ties to even, as glibc's `printf`
//! is; Rust's exact float formatting gives the same digits. Results longer than 255 characters are
//! refused, as erl refuses them with `badarg`.

use crate::atom;
use crate::term::Term;

/// Longest text erl produces (its buffer has 256 bytes including a terminating NUL).
pub const MAX_FLOAT_TEXT: usize = 255;

/// The digits `float_to_list/1` writes after the point.
pub const LEGACY_DIGITS: usize = 20;

/// How `float_to_list/2` was asked to format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatFormat {
    /// `%.20e`, the form of `float_to_list/1` and of an empty option list.
    Legacy,
    /// `[short]`: the shortest round-trip text.
    Short,
    /// `[{decimals, N}]`, optionally with `compact`.
    Fixed {
        /// Digits after the point; negative values are refused when formatting.
        decimals: i32,
        /// Whether trailing zeros are dropped.
        compact: bool,
    },
    /// `[{scientific, N}]`.
    Scientific {
        /// Digits after the point; a negative value means printf's default, 6.
        digits: i32,
    },
}

/// Reads the option list of `float_to_list/2`: `None` means `badarg`.
///
/// As in erl, later options override earlier ones, and `compact` only matters for `decimals`.
/// erl keeps the digit count in a C `int`, so only the low 32 bits of `N` count (`{decimals,
/// 4294967299}` means 3 decimals); this is reproduced.
pub fn parse_float_options(options: Term) -> Option<FloatFormat> {
    let mut format = FloatFormat::Legacy;
    let mut compact = false;
    let mut count: i32 = 0;
    let mut list = options;
    while let Some((opt, rest)) = list.as_cons() {
        list = rest;
        if opt == Term::atom(atom::COMPACT) {
            compact = true;
            continue;
        }
        if opt == Term::atom(atom::SHORT) {
            format = FloatFormat::Short;
            continue;
        }
        match opt.tuple_elements() {
            Some(&[key, n]) if n.is_small() => {
                count = n.small_value() as i32;
                if key == Term::atom(atom::DECIMALS) {
                    format = FloatFormat::Fixed {
                        decimals: count,
                        compact: false,
                    };
                } else if key == Term::atom(atom::SCIENTIFIC) {
                    format = FloatFormat::Scientific { digits: count };
                } else {
                    return None;
                }
            }
            _ => return None,
        }
    }
    if !list.is_nil() {
        return None;
    }
    Some(match format {
        FloatFormat::Fixed { .. } => FloatFormat::Fixed {
            decimals: count,
            compact,
        },
        other => other,
    })
}

/// Formats `value` as `float_to_list/2` would; `None` means `badarg` (negative decimals, or a
/// result longer than [`MAX_FLOAT_TEXT`]).
pub fn format_float(value: f64, format: FloatFormat) -> Option<String> {
    let text = match format {
        FloatFormat::Legacy => format_scientific(value, LEGACY_DIGITS),
        FloatFormat::Short => format_short(value),
        FloatFormat::Fixed { decimals, compact } => {
            format_decimals(value, usize::try_from(decimals).ok()?, compact)?
        }
        FloatFormat::Scientific { digits } => {
            // A negative printf precision means the default, 6.
            let precision = usize::try_from(digits).unwrap_or(6);
            if precision > MAX_FLOAT_TEXT {
                return None;
            }
            format_scientific(value, precision)
        }
    };
    (text.len() <= MAX_FLOAT_TEXT).then_some(text)
}

/// `float_to_list/1`: `%.20e`.
pub fn float_to_text(value: f64) -> String {
    format_scientific(value, LEGACY_DIGITS)
}

/// C's `%.{precision}e`: one digit, the point (unless `precision` is 0), `precision` digits, `e`,
/// the exponent's sign and at least two exponent digits. Correctly rounded, ties to even.
pub fn format_scientific(value: f64, precision: usize) -> String {
    let rust = format!("{value:.precision$e}");
    let (mantissa, exponent) = rust.split_once('e').unwrap_or((&rust, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let sign = if exponent < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exponent.unsigned_abs())
}

/// `{decimals, N}` (with `compact` if asked), by erl's algorithm; `None` when the text before
/// compaction would be longer than [`MAX_FLOAT_TEXT`].
pub fn format_decimals(value: f64, decimals: usize, compact: bool) -> Option<String> {
    const POW10: [f64; 19] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18,
    ];
    const TWO_53: f64 = 9007199254740992.0;
    let negative = value.is_sign_negative();
    let magnitude = value.abs();
    if magnitude > TWO_53 || decimals >= POW10.len() {
        if decimals > MAX_FLOAT_TEXT {
            return None;
        }
        let mut text = format!("{value:.decimals$}");
        if text.len() > MAX_FLOAT_TEXT {
            return None;
        }
        if compact {
            strip_trailing_zeros(&mut text);
        }
        return Some(text);
    }
    let mut text = String::with_capacity(24 + decimals);
    if negative {
        text.push('-');
    }
    if decimals > 0 {
        let whole = magnitude.floor();
        let scaled = ((magnitude - whole) * POW10[decimals]).round();
        let (mut int_part, mut frac_part) = (whole as u64, scaled as u64);
        if scaled >= POW10[decimals] {
            int_part += 1;
            frac_part = 0;
        }
        text.push_str(&int_part.to_string());
        text.push('.');
        text.push_str(&format!("{frac_part:0decimals$}"));
        if compact {
            strip_trailing_zeros(&mut text);
        }
    } else {
        // C's lround: half away from zero.
        text.push_str(&(magnitude.round() as u64).to_string());
    }
    Some(text)
}

/// Drops trailing `0`s; if that leaves a trailing `.`, keeps one `0` after it.
fn strip_trailing_zeros(text: &mut String) {
    let kept = text.trim_end_matches('0').len();
    text.truncate(kept);
    if text.ends_with('.') {
        text.push('0');
    }
}

/// `[short]`: the shortest digits that read back as `value`, laid out as erl 25 does.
///
/// With `D` the digit string (no trailing zeros), `n` its length and `E` its exponent (value =
/// D × 10^E), erl writes fixed notation when `lower <= E <= upper` and scientific otherwise, where
/// `lower` is -4 for one digit and -(n + 2) otherwise, and `upper` is 2 for one digit or a decimal
/// exponent of 10 and above, 1 otherwise. Integers at or beyond 2^53 whose fixed form would be exact
/// digits are written in scientific notation. Scientific notation always has a point (`1.0e20`)
/// and no `+` in the exponent.
pub fn format_short(value: f64) -> String {
    let negative = value.is_sign_negative();
    let sign = if negative { "-" } else { "" };
    if value == 0.0 {
        return format!("{sign}0.0");
    }
    let (digits, ryu_exponent) = shortest_digits(value.abs());
    let n = digits.len() as i32;
    let sci_exponent = ryu_exponent + n - 1;
    let output: u64 = digits.parse().unwrap_or(0);

    let (lower, upper) = if n == 1 {
        (-4, 2)
    } else if sci_exponent >= 10 {
        (-(n + 2), 2)
    } else {
        (-(n + 2), 1)
    };
    let fixed = lower <= ryu_exponent
        && ryu_exponent <= upper
        && !((output >= 1 << 53 && ryu_exponent == 0)
            || (output > (1 << 52) / 5 && ryu_exponent == 1)
            || (output > (1 << 51) / 25 && ryu_exponent == 2));

    if fixed {
        let whole_digits = n + ryu_exponent;
        if ryu_exponent >= 0 {
            format!("{sign}{digits}{}.0", "0".repeat(ryu_exponent as usize))
        } else if whole_digits > 0 {
            let (int, frac) = digits.split_at(whole_digits as usize);
            format!("{sign}{int}.{frac}")
        } else {
            format!("{sign}0.{}{digits}", "0".repeat((-whole_digits) as usize))
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { "0" } else { rest };
        format!("{sign}{first}.{rest}e{sci_exponent}")
    }
}

/// The shortest decimal digits that read back as `magnitude` (positive, finite), and the power of
/// ten they are scaled by: `magnitude == digits × 10^exponent`, with no trailing zero digit.
///
/// Ryu's digits are used because erl uses Ryu: when two shortest candidates are equally close,
/// Ryu picks the even one, where other shortest-digit algorithms may round up.
fn shortest_digits(magnitude: f64) -> (String, i32) {
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(magnitude);
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut exponent = exponent - frac.len() as i32;
    let joined = format!("{int}{frac}");
    let trimmed = joined.trim_start_matches('0');
    let significant = trimmed.trim_end_matches('0');
    exponent += (trimmed.len() - significant.len()) as i32;
    (significant.to_string(), exponent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::{ScratchHeap, TermAlloc};
    use crate::ops::testkit::run_erl_on;

    #[test]
    fn printf_forms() {
        assert_eq!(format_scientific(2.5, 6), "2.500000e+00");
        assert_eq!(format_scientific(-0.0, 6), "-0.000000e+00");
        assert_eq!(format_scientific(1.0e300, 6), "1.000000e+300");
        assert_eq!(format_scientific(0.125, 1), "1.2e-01");
        assert_eq!(format_scientific(2.5, 0), "2e+00");
        assert_eq!(float_to_text(0.1), "1.00000000000000005551e-01");
    }

    #[test]
    fn short_and_fixed_forms() {
        assert_eq!(format_short(1.0e20), "1.0e20");
        assert_eq!(format_short(0.1), "0.1");
        assert_eq!(format_short(100.0), "100.0");
        assert_eq!(format_short(1000.0), "1.0e3");
        assert_eq!(format_short(1.0e-4), "0.0001");
        assert_eq!(format_short(-0.0), "-0.0");
        assert_eq!(format_short(9007199254740992.0), "9.007199254740992e15");
        assert_eq!(format_decimals(0.125, 2, false).unwrap(), "0.13");
        assert_eq!(format_decimals(-0.0, 2, false).unwrap(), "-0.00");
        assert_eq!(format_decimals(2.5, 0, false).unwrap(), "3");
        assert_eq!(format_decimals(1.0e20, 0, true).unwrap(), "1");
        assert_eq!(format_decimals(1.0, 3, true).unwrap(), "1.0");
    }

    #[test]
    fn options_are_read_like_erl() {
        let mut h = ScratchHeap::new();
        let dec = Term::atom(atom::DECIMALS);
        let two = h.tuple(&[dec, Term::small(2)]);
        let compact = Term::atom(atom::COMPACT);
        let short = Term::atom(atom::SHORT);
        let opts = h.list(&[two, compact]);
        assert_eq!(
            parse_float_options(opts),
            Some(FloatFormat::Fixed {
                decimals: 2,
                compact: true
            })
        );
        let opts = h.list(&[two, short]);
        assert_eq!(parse_float_options(opts), Some(FloatFormat::Short));
        let bad = h.list_with_tail(&[two], Term::small(1));
        assert_eq!(parse_float_options(bad), None);
        let bad = h.list(&[Term::small(1)]);
        assert_eq!(parse_float_options(bad), None);
        assert_eq!(parse_float_options(Term::NIL), Some(FloatFormat::Legacy));
        let neg = FloatFormat::Fixed {
            decimals: -1,
            compact: false,
        };
        assert_eq!(format_float(1.5, neg), None);
    }

    /// Many floats and option lists, formatted by erl's `float_to_list/2` and by us.
    #[test]
    fn agrees_with_erl_on_random_floats() {
        let mut h = ScratchHeap::new();
        let mut g = crate::ops::testkit::TermGen::new(0xf10a7);
        let dec = Term::atom(atom::DECIMALS);
        let sci = Term::atom(atom::SCIENTIFIC);
        let compact = Term::atom(atom::COMPACT);
        let short = Term::atom(atom::SHORT);
        let mut cases = Vec::new();
        for i in 0..12000 {
            let f = g.float(&mut h);
            let n = match g.rng.u8(0..8) {
                0 => g.rng.i64(-3..0),
                1 => g.rng.i64(19..260),
                2 => [4294967299, -4294967295, 300][g.rng.usize(0..3)],
                _ => g.rng.i64(0..19),
            };
            let count = Term::small(n);
            let opts = match i % 6 {
                0 => Term::NIL,
                1 | 2 => h.list(&[short]),
                3 => {
                    let d = h.tuple(&[dec, count]);
                    h.list(&[d])
                }
                4 => {
                    let d = h.tuple(&[dec, count]);
                    h.list(&[compact, d])
                }
                _ => {
                    let s = h.tuple(&[sci, count]);
                    h.list(&[s])
                }
            };
            cases.push(h.tuple(&[f, opts]));
        }
        let out = run_erl_on(
            &cases,
            "io:put_chars([try float_to_list(F, O) of S -> [S, $\\n] \
               catch error:badarg -> \"badarg\\n\" end || {F, O} <- Terms])",
        );
        let text = String::from_utf8(out).unwrap();
        let theirs: Vec<&str> = text.lines().collect();
        assert_eq!(theirs.len(), cases.len());
        for (i, &case) in cases.iter().enumerate() {
            let e = case.tuple_elements().unwrap();
            let f = e[0].as_float().unwrap();
            let ours = parse_float_options(e[1])
                .and_then(|fmt| format_float(f, fmt))
                .unwrap_or_else(|| "badarg".to_string());
            assert_eq!(
                ours,
                theirs[i],
                "case {i}: {f:e} with {}",
                String::from_utf8_lossy(&crate::ops::print::display(e[1]))
            );
        }
    }
}
