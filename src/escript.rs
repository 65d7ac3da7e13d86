//! `girder escript FILE ARGS...`: runs an escript as OTP's `escript` program does, by booting
//! with `-boot no_dot_erlang -noshell`, the emulator flags of the script's `%%!` line, and
//! `-run escript start -extra FILE ARGS...`, so OTP's own `escript` module reads and runs it.

/// The command line that runs `file` with `args`, or why it cannot be built.
pub fn command_line(file: &str, args: &[String]) -> Result<Vec<String>, String> {
    let text = std::fs::read(file).map_err(|e| format!("escript: {file}: {e}"))?;
    let mut words = vec![
        "-boot".to_string(),
        "no_dot_erlang".to_string(),
        "-noshell".to_string(),
    ];
    words.extend(script_flags(&text));
    words.extend(["-run", "escript", "start", "-extra"].map(String::from));
    words.push(file.to_string());
    words.extend(args.iter().cloned());
    Ok(words)
}

/// The flags of the `%%!` line, which may be the second or third line of the script (after
/// `#!` and an optional `-*- coding -*-` line).
fn script_flags(text: &[u8]) -> Vec<String> {
    text.split(|&b| b == b'\n')
        .take(3)
        .find_map(|line| line.strip_prefix(b"%%!"))
        .map(|rest| {
            String::from_utf8_lossy(rest)
                .split_whitespace()
                .map(String::from)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_come_from_the_bang_line() {
        let script = b"#!/usr/bin/env escript\n%%! -smp enable -foo bar\nmain(_) -> ok.\n";
        assert_eq!(script_flags(script), ["-smp", "enable", "-foo", "bar"]);
        assert!(script_flags(b"#!/usr/bin/env escript\nmain(_) -> ok.\n").is_empty());
    }
}
