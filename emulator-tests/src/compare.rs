//! Comparing what girder did with what real erl did: standard output byte for byte (reported as
//! the first differing line) and how the run ended.
//!
//! Two things are masked in both outputs before they are compared, and nothing else:
//!
//! - the date and time in the header of a logger report, `=ERROR REPORT==== 6-Dec-2026::17:14:25.372931 ===`
//!   (any `=... REPORT====` header: ERROR, WARNING, INFO, NOTICE, CRASH, SUPERVISOR, PROGRESS ...),
//!   which becomes [`TIME_MASK`];
//! - on the first line only, the bracketed flag list of the banner
//!   `Erlang/OTP 25 [erts-13.1.5] [source] [64-bit] ... [jit:ns]`, which becomes [`BANNER_MASK`]
//!   (girder's banner says `[girder]` there on purpose).

use crate::process::{Ending, Outcome};
use std::fmt;

/// How far into a long line the excerpt starts before the first differing column.
const CONTEXT_BEFORE: usize = 40;
/// The longest excerpt of a line shown in a report.
const EXCERPT_LEN: usize = 120;

/// The first line where two outputs differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineDiff {
    /// 1-based line number.
    pub number: usize,
    /// 1-based column (byte offset) of the first differing byte within the line.
    pub column: usize,
    /// The expected line with its terminator, or `None` when the expected output had ended.
    pub expected: Option<Vec<u8>>,
    /// The line girder wrote, or `None` when its output had ended.
    pub got: Option<Vec<u8>>,
}

/// Everything that differs between the expected and the actual run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The first differing output line, if the outputs differ.
    pub line: Option<LineDiff>,
    /// Expected and actual ending, if they differ.
    pub ending: Option<(Ending, Ending)>,
}

/// What the date and time of a logger report header become before comparison.
pub const TIME_MASK: &str = "<TIME>";

/// What the bracketed flags of the first line's `Erlang/OTP` banner become before comparison.
pub const BANNER_MASK: &str = "[<FLAGS>]";

/// Compares two runs (after [`mask`]ing both outputs); `None` means they agree.
pub fn compare(expected: &Outcome, got: &Outcome) -> Option<Mismatch> {
    let line = first_line_diff(&mask(&expected.stdout), &mask(&got.stdout));
    let ending =
        (expected.ending != got.ending).then(|| (expected.ending.clone(), got.ending.clone()));
    (line.is_some() || ending.is_some()).then_some(Mismatch { line, ending })
}

/// Masks the output's logger report timestamps and its banner's flag list (see the module doc).
pub fn mask(output: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(output.len());
    for (index, line) in output.split_inclusive(|&b| b == b'\n').enumerate() {
        if index == 0 {
            if let Some(masked) = mask_banner(line) {
                out.extend_from_slice(&masked);
                continue;
            }
        }
        match mask_report_header(line) {
            Some(masked) => out.extend_from_slice(&masked),
            None => out.extend_from_slice(line),
        }
    }
    out
}

/// `Erlang/OTP 25 [a] [b]...` (then the line end) becomes `Erlang/OTP 25 [<FLAGS>]`.
fn mask_banner(line: &[u8]) -> Option<Vec<u8>> {
    let end = terminator(line);
    let body = &line[..line.len() - end.len()];
    if !body.starts_with(b"Erlang/OTP ") {
        return None;
    }
    let open = body.iter().position(|&b| b == b'[')?;
    let mut rest = &body[open..];
    // The rest must be bracket groups separated by single spaces.
    while !rest.is_empty() {
        let close = rest.iter().position(|&b| b == b']')?;
        if rest[0] != b'[' || rest[1..close].contains(&b'[') {
            return None;
        }
        rest = &rest[close + 1..];
        if let Some(next) = rest.strip_prefix(b" ") {
            rest = next;
            if rest.is_empty() {
                return None;
            }
        } else if !rest.is_empty() {
            return None;
        }
    }
    let mut out = body[..open].to_vec();
    out.extend_from_slice(BANNER_MASK.as_bytes());
    out.extend_from_slice(end);
    Some(out)
}

/// `=KIND REPORT==== DATE::TIME ===` becomes `=KIND REPORT==== <TIME> ===`.
fn mask_report_header(line: &[u8]) -> Option<Vec<u8>> {
    let end = terminator(line);
    let body = &line[..line.len() - end.len()];
    let kind_end = body.windows(11).position(|w| w == b" REPORT====")?;
    let kind = &body[1..kind_end];
    if body.first() != Some(&b'=')
        || kind.is_empty()
        || !kind.iter().all(|&b| b.is_ascii_uppercase() || b == b' ')
    {
        return None;
    }
    let stamp_start = kind_end + 11;
    let stamp = body[stamp_start..]
        .strip_prefix(b" ")?
        .strip_suffix(b" ===")?;
    let looks_like_time = stamp.windows(2).any(|w| w == b"::")
        && stamp
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"-:.".contains(&b));
    if !looks_like_time {
        return None;
    }
    let mut out = body[..stamp_start].to_vec();
    out.extend_from_slice(b" ");
    out.extend_from_slice(TIME_MASK.as_bytes());
    out.extend_from_slice(b" ===");
    out.extend_from_slice(end);
    Some(out)
}

/// Finds the first line (split after each `\n`, terminators included) where two outputs differ.
pub fn first_line_diff(expected: &[u8], got: &[u8]) -> Option<LineDiff> {
    if expected == got {
        return None;
    }
    let mut left = expected.split_inclusive(|&b| b == b'\n');
    let mut right = got.split_inclusive(|&b| b == b'\n');
    let mut number = 0;
    loop {
        number += 1;
        match (left.next(), right.next()) {
            (Some(a), Some(b)) if a == b => continue,
            (None, None) => return None,
            (a, b) => {
                let common = match (a, b) {
                    (Some(a), Some(b)) => a.iter().zip(b).take_while(|(x, y)| x == y).count(),
                    _ => 0,
                };
                return Some(LineDiff {
                    number,
                    column: common + 1,
                    expected: a.map(<[u8]>::to_vec),
                    got: b.map(<[u8]>::to_vec),
                });
            }
        }
    }
}

impl fmt::Display for LineDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let same_end = matches!((&self.expected, &self.got), (Some(a), Some(b)) if terminator(a) == terminator(b));
        let show = |line: &Option<Vec<u8>>| match line {
            None => "<end of output>".to_string(),
            Some(bytes) => {
                let body = if same_end {
                    &bytes[..bytes.len() - terminator(bytes).len()]
                } else {
                    bytes
                };
                excerpt(body, self.column - 1)
            }
        };
        write!(f, "line {}", self.number)?;
        if self.expected.is_some() && self.got.is_some() && self.column > 1 {
            write!(f, ", column {}", self.column)?;
        }
        write!(
            f,
            ": expected {}, got {}",
            show(&self.expected),
            show(&self.got)
        )
    }
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(line) = &self.line {
            parts.push(line.to_string());
        }
        if let Some((expected, got)) = &self.ending {
            parts.push(format!("ending: expected {expected}, got {got}"));
        }
        f.write_str(&parts.join("; "))
    }
}

fn terminator(line: &[u8]) -> &[u8] {
    if line.ends_with(b"\r\n") {
        b"\r\n"
    } else if line.ends_with(b"\n") {
        b"\n"
    } else {
        b""
    }
}

/// A quoted, escaped piece of `bytes` around byte offset `at`, with `...` where it was cut.
fn excerpt(bytes: &[u8], at: usize) -> String {
    let start = at.saturating_sub(CONTEXT_BEFORE).min(bytes.len());
    let end = (start + EXCERPT_LEN).min(bytes.len());
    let text = String::from_utf8_lossy(&bytes[start..end]);
    let mut out = String::new();
    if start > 0 {
        out.push_str("...");
    }
    out.push_str(&format!("{text:?}"));
    if end < bytes.len() {
        out.push_str("...");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn outcome(stdout: &[u8], code: i32) -> Outcome {
        Outcome {
            stdout: stdout.to_vec(),
            stderr: vec![],
            ending: Ending::Exited(code),
            elapsed: Duration::ZERO,
        }
    }

    #[test]
    fn equal_runs_agree() {
        assert_eq!(
            compare(&outcome(b"a\r\nb\r\n", 0), &outcome(b"a\r\nb\r\n", 0)),
            None
        );
    }

    #[test]
    fn reports_the_first_differing_line() {
        let d = first_line_diff(b"a\r\n{1,2}\r\nc\r\n", b"a\r\n{1,3}\r\nx\r\n").unwrap();
        assert_eq!((d.number, d.column), (2, 4));
        assert_eq!(
            d.to_string(),
            r#"line 2, column 4: expected "{1,2}", got "{1,3}""#
        );
    }

    #[test]
    fn shorter_output_shows_end_of_output() {
        let d = first_line_diff(b"a\r\nb\r\n", b"a\r\n").unwrap();
        assert_eq!(
            d.to_string(),
            r#"line 2: expected "b\r\n", got <end of output>"#
        );
        let d = first_line_diff(b"", b"usage\n").unwrap();
        assert_eq!(
            d.to_string(),
            r#"line 1: expected <end of output>, got "usage\n""#
        );
    }

    #[test]
    fn differing_terminators_are_visible() {
        let d = first_line_diff(b"ok\r\n", b"ok\n").unwrap();
        assert_eq!(
            d.to_string(),
            r#"line 1, column 3: expected "ok\r\n", got "ok\n""#
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_difference() {
        let mut a = vec![b'x'; 500];
        let mut b = a.clone();
        b[300] = b'y';
        a.extend_from_slice(b"\n");
        b.extend_from_slice(b"\n");
        let text = first_line_diff(&a, &b).unwrap().to_string();
        assert!(
            text.starts_with("line 1, column 301: expected ..."),
            "{text}"
        );
        assert!(text.contains('y'));
        assert!(text.len() < 2 * EXCERPT_LEN + 80, "{text}");
    }

    #[test]
    fn status_difference_alone() {
        let m = compare(&outcome(b"x\n", 1), &outcome(b"x\n", 0)).unwrap();
        assert_eq!(m.line, None);
        assert_eq!(
            m.to_string(),
            "ending: expected exit status 1, got exit status 0"
        );
    }

    #[test]
    fn both_differences() {
        let m = compare(&outcome(b"x\n", 0), &outcome(b"", 2)).unwrap();
        assert_eq!(
            m.to_string(),
            r#"line 1: expected "x\n", got <end of output>; ending: expected exit status 0, got exit status 2"#
        );
    }

    #[test]
    fn report_timestamps_are_masked() {
        let out = b"=ERROR REPORT==== 6-Dec-2026::17:14:25.372931 ===\nboom 1\n\
=SUPERVISOR REPORT==== 16-Jan-2027::01:02:03.000001 ===\r\n";
        assert_eq!(
            mask(out),
            b"=ERROR REPORT==== <TIME> ===\nboom 1\n=SUPERVISOR REPORT==== <TIME> ===\r\n".to_vec()
        );
        let a = outcome(b"=CRASH REPORT==== 1-Jan-2026::00:00:00.1 ===\nx\n", 0);
        let b = outcome(b"=CRASH REPORT==== 2-Feb-2027::11:11:11.2 ===\nx\n", 0);
        assert_eq!(compare(&a, &b), None);
    }

    #[test]
    fn only_report_headers_are_masked() {
        for line in [
            &b"6-Dec-2026::17:14:25.372931\n"[..],
            b"=ERROR REPORT==== 6-Dec-2026::17:14:25 === and more\n",
            b"=error REPORT==== 6-Dec-2026::17:14:25 ===\n",
            b"x=ERROR REPORT==== 6-Dec-2026::17:14:25 ===\n",
            b"=ERROR REPORT==== not a time ===\n",
        ] {
            assert_eq!(mask(line), line.to_vec());
        }
        let a = outcome(b"=ERROR REPORT==== <TIME> ===\nboom 1\n", 0);
        let b = outcome(b"=ERROR REPORT==== <TIME> ===\nboom 2\n", 0);
        assert!(compare(&a, &b).is_some());
    }

    #[test]
    fn banner_flags_are_masked_on_the_first_line_only() {
        let erl = b"Erlang/OTP 25 [erts-13.1.5] [source] [64-bit] [smp:2:2] [ds:2:2:10] [async-threads:1] [jit:ns]\n\nEshell\n";
        let girder = b"Erlang/OTP 25 [girder]\n\nEshell\n";
        assert_eq!(mask(erl), mask(girder));
        assert_eq!(
            mask(girder),
            b"Erlang/OTP 25 [<FLAGS>]\n\nEshell\n".to_vec()
        );
        let second = b"x\nErlang/OTP 25 [girder]\n";
        assert_eq!(mask(second), second.to_vec());
        assert!(compare(
            &outcome(b"Erlang/OTP 24 [a]\n", 0),
            &outcome(b"Erlang/OTP 25 [a]\n", 0)
        )
        .is_some());
        let text = b"Erlang/OTP 25 [a] trailing\n";
        assert_eq!(mask(text), text.to_vec());
    }
}
