//! erl's compile error texts. erl embeds PCRE 8.x, whose messages differ from PCRE2's for
//! some errors; PCRE2 kept the old error numbers (as 100 + number) for most of them, so the
//! number selects the text erl prints. Errors not listed keep PCRE2's text.

/// The text erl gives for PCRE2 compile error `code`, if it differs from PCRE2's.
pub fn erl_text(code: i32) -> Option<&'static str> {
    Some(match code {
        107 => "invalid escape sequence in character class",
        109 => "nothing to repeat",
        114 => "missing )",
        118 => "missing ) after comment",
        119 => "parentheses are too deeply nested",
        120 => "regular expression is too large",
        122 => "unmatched parentheses",
        124 => "malformed number or name after (?(",
        125 => "lookbehind assertion is not fixed length",
        127 => "conditional group contains more than two branches",
        128 => "assertion expected after (?(",
        138 => "number after (?C is > 255",
        143 => "two named subpatterns have the same name",
        147 => "unknown property name after \\P or \\p",
        _ => return None,
    })
}
