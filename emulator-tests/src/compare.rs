//! Comparing what girder did with what real erl did: standard output byte for byte (reported as
//! the first differing line) and how the run ended.

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

/// Compares two runs; `None` means they agree.
pub fn compare(expected: &Outcome, got: &Outcome) -> Option<Mismatch> {
    let line = first_line_diff(&expected.stdout, &got.stdout);
    let ending =
        (expected.ending != got.ending).then(|| (expected.ending.clone(), got.ending.clone()));
    (line.is_some() || ending.is_some()).then_some(Mismatch { line, ending })
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
}
