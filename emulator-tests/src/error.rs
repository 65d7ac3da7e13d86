//! The harness's error type: a message that says what went wrong and where.

use std::fmt;

/// A failure of the harness itself (not of a fixture): missing tools, unreadable files, bad
/// directives, compile errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HarnessError(pub String);

impl HarnessError {
    /// Builds an error from anything printable.
    pub fn new(message: impl Into<String>) -> Self {
        HarnessError(message.into())
    }
}

impl fmt::Display for HarnessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for HarnessError {}
