//! The ratchet: `otp-fixtures/known-failing.txt` lists the fixtures girder is not yet expected to
//! pass. A run fails when a fixture off the list fails, and also when a fixture on the list passes,
//! so the list can only shrink as girder improves.
//!
//! File format: one `family/name` per line; `#` starts a comment; blank lines are ignored.

use std::collections::BTreeSet;

/// The header written at the top of a regenerated list.
pub const HEADER: &str = "\
# Fixtures girder does not pass yet, one `family/name` per line.
# The conformance run fails when a fixture on this list passes (remove it) or one off it fails.
# Regenerate from the current results with:
#   UPDATE_KNOWN_FAILING=1 cargo test --release -p emulator-tests --test conformance
";

/// The parsed list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownFailing {
    /// Fixture ids on the list.
    pub names: BTreeSet<String>,
}

impl KnownFailing {
    /// Parses the list; errors name the offending line.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut names = BTreeSet::new();
        for (index, line) in text.lines().enumerate() {
            let entry = line.split('#').next().unwrap_or("").trim();
            if entry.is_empty() {
                continue;
            }
            if entry.split_whitespace().count() != 1 || entry.matches('/').count() != 1 {
                return Err(format!(
                    "line {}: expected one `family/name`, got `{entry}`",
                    index + 1
                ));
            }
            if !names.insert(entry.to_string()) {
                return Err(format!("line {}: `{entry}` is listed twice", index + 1));
            }
        }
        Ok(KnownFailing { names })
    }

    /// Writes a list holding exactly `failing`, sorted, under the standard header.
    pub fn render<'a>(failing: impl IntoIterator<Item = &'a str>) -> String {
        let sorted: BTreeSet<&str> = failing.into_iter().collect();
        let mut text = HEADER.to_string();
        for name in sorted {
            text.push_str(name);
            text.push('\n');
        }
        text
    }

    /// Whether `id` is on the list.
    pub fn contains(&self, id: &str) -> bool {
        self.names.contains(id)
    }
}

/// What the ratchet says about one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Judgement {
    /// Fixtures that failed but are not on the list.
    pub unexpected_failures: Vec<String>,
    /// Fixtures on the list that passed.
    pub unexpected_passes: Vec<String>,
    /// Names on the list that match no fixture (only checked when every fixture ran).
    pub stale_entries: Vec<String>,
}

impl Judgement {
    /// Whether the run satisfies the ratchet.
    pub fn is_ok(&self) -> bool {
        self.unexpected_failures.is_empty()
            && self.unexpected_passes.is_empty()
            && self.stale_entries.is_empty()
    }
}

/// Judges `results` (fixture id, passed) against the list. `complete` says every fixture ran (no
/// filter), so that names matching no fixture can be reported.
pub fn judge(results: &[(String, bool)], known: &KnownFailing, complete: bool) -> Judgement {
    let mut judgement = Judgement::default();
    for (id, passed) in results {
        match (passed, known.contains(id)) {
            (false, false) => judgement.unexpected_failures.push(id.clone()),
            (true, true) => judgement.unexpected_passes.push(id.clone()),
            _ => {}
        }
    }
    if complete {
        let ran: BTreeSet<&str> = results.iter().map(|(id, _)| id.as_str()).collect();
        judgement.stale_entries = known
            .names
            .iter()
            .filter(|name| !ran.contains(name.as_str()))
            .cloned()
            .collect();
    }
    judgement
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_and_comments() {
        let list = KnownFailing::parse("# header\n\narith/a  # why\n except/b\n").unwrap();
        assert_eq!(
            list.names.iter().collect::<Vec<_>>(),
            ["arith/a", "except/b"]
        );
    }

    #[test]
    fn rejects_bad_lines() {
        assert!(KnownFailing::parse("arith/a\narith/a\n")
            .unwrap_err()
            .contains("line 2"));
        assert!(KnownFailing::parse("just_a_name\n")
            .unwrap_err()
            .contains("line 1"));
        assert!(KnownFailing::parse("a/b c/d\n").is_err());
    }

    #[test]
    fn render_round_trips() {
        let text = KnownFailing::render(["b/y", "a/x"]);
        assert!(text.starts_with(HEADER));
        assert!(text.ends_with("a/x\nb/y\n"));
        let list = KnownFailing::parse(&text).unwrap();
        assert_eq!(list.names.len(), 2);
    }

    #[test]
    fn judges_both_directions() {
        let known = KnownFailing::parse("a/listed_fails\na/listed_passes\na/gone\n").unwrap();
        let results = vec![
            ("a/listed_fails".to_string(), false),
            ("a/listed_passes".to_string(), true),
            ("a/new_fails".to_string(), false),
            ("a/new_passes".to_string(), true),
        ];
        let j = judge(&results, &known, true);
        assert_eq!(j.unexpected_failures, ["a/new_fails"]);
        assert_eq!(j.unexpected_passes, ["a/listed_passes"]);
        assert_eq!(j.stale_entries, ["a/gone"]);
        assert!(!j.is_ok());
        let partial = judge(&results[..1], &known, false);
        assert!(partial.is_ok());
    }
}
