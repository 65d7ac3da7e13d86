//! The command line as erl's `erlexec` assembles it before parsing: `$ERL_AFLAGS` first, then
//! the given words with every `-args_file FILE` replaced by the words of FILE (`#` starts a
//! comment to the end of the line), then `$ERL_FLAGS` and `$ERL_ZFLAGS`. The words after
//! `-extra` in any of these are gathered at the very end, behind one `-extra`. Files and
//! variables are split into words as erlexec does: at white space, with `"..."` and `'...'`
//! quoting everything up to the closing quote and `\` taking the next character as it is.

use crate::cli::CliError;

/// How deeply `-args_file` may nest before girder gives up (a file that names itself).
const MAX_ARGS_FILE_DEPTH: usize = 16;

/// The full command line: environment flags and argument files expanded.
pub fn command_line(given: &[String]) -> Result<Vec<String>, CliError> {
    let mut front = Vec::new();
    let mut extra = Vec::new();
    for (source, words) in [
        ("ERL_AFLAGS", env_words("ERL_AFLAGS")),
        ("", given.to_vec()),
        ("ERL_FLAGS", env_words("ERL_FLAGS")),
        ("ERL_ZFLAGS", env_words("ERL_ZFLAGS")),
    ] {
        let words = expand_args_files(&words, 0).map_err(|e| {
            if source.is_empty() {
                e
            } else {
                CliError(format!("{source}: {e}"))
            }
        })?;
        match words.iter().position(|w| w == "-extra") {
            Some(at) => {
                front.extend_from_slice(&words[..at]);
                extra.extend_from_slice(&words[at + 1..]);
            }
            None => front.extend(words),
        }
    }
    if !extra.is_empty() {
        front.push("-extra".to_string());
        front.extend(extra);
    }
    Ok(front)
}

/// The words of environment variable `name`, none when unset.
fn env_words(name: &str) -> Vec<String> {
    std::env::var(name)
        .map(|v| split_words(&v, false))
        .unwrap_or_default()
}

/// Splits `text` into words as erlexec does: white space separates words; `"..."` and `'...'`
/// take everything up to the closing quote (or the end) as it is, white space, backslashes and
/// `#` included, and `""` alone is an empty word; outside quotes `\` takes the next character
/// as it is. With `comments`, an unquoted `#` ends the word and skips to the end of the line.
fn split_words(text: &str, comments: bool) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '#' if comments => {
                for skipped in chars.by_ref() {
                    if skipped == '\n' {
                        break;
                    }
                }
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\\' => {
                in_word = true;
                if let Some(next) = chars.next() {
                    word.push(next);
                }
            }
            '"' | '\'' => {
                in_word = true;
                for quoted in chars.by_ref() {
                    if quoted == c {
                        break;
                    }
                    word.push(quoted);
                }
            }
            _ => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// `words` with each `-args_file FILE` replaced by FILE's words, recursively. Words after
/// `-extra` are left as they are.
fn expand_args_files(words: &[String], depth: usize) -> Result<Vec<String>, CliError> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w == "-extra" {
            out.extend_from_slice(&words[i..]);
            break;
        }
        if w != "-args_file" {
            out.push(w.clone());
            i += 1;
            continue;
        }
        let Some(file) = words.get(i + 1) else {
            return Err(CliError("-args_file needs a file name".into()));
        };
        if depth >= MAX_ARGS_FILE_DEPTH {
            return Err(CliError(format!(
                "-args_file {file}: nested more than {MAX_ARGS_FILE_DEPTH} deep"
            )));
        }
        let text = std::fs::read_to_string(file)
            .map_err(|e| CliError(format!("cannot read -args_file {file}: {e}")))?;
        out.extend(expand_args_files(&file_words(&text), depth + 1)?);
        i += 2;
    }
    Ok(out)
}

/// The words of an argument file ([`split_words`] with `#` comments).
fn file_words(text: &str) -> Vec<String> {
    split_words(text, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn argument_files_drop_comments() {
        assert_eq!(file_words("-a x # note\n-b y"), words("-a x -b y"));
    }

    #[test]
    fn quotes_and_backslashes_as_erlexec_reads_them() {
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            file_words("-a \"x # y\" z\n-b 'q\\' s\\ t a#b\n-c \"\" e\\\nf"),
            strings(&["-a", "x # y", "z", "-b", "q\\", "s t", "a", "-c", "", "e\nf"])
        );
        assert_eq!(
            split_words("-a \"b c\" d\\ e 'f g' # x\"\"y", false),
            strings(&["-a", "b c", "d e", "f g", "#", "xy"])
        );
        assert_eq!(
            file_words("-u 'open to\nthe end"),
            strings(&["-u", "open to\nthe end"])
        );
    }

    #[test]
    fn argument_files_are_expanded_in_place() {
        let dir = std::env::temp_dir().join(format!("girder-args-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("args");
        std::fs::write(&file, "-inner 1\n").unwrap();
        let given = vec![
            "-a".to_string(),
            "-args_file".to_string(),
            file.display().to_string(),
            "-b".to_string(),
        ];
        assert_eq!(
            expand_args_files(&given, 0).unwrap(),
            words("-a -inner 1 -b")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_self_naming_argument_file_is_an_error() {
        let dir = std::env::temp_dir().join(format!("girder-args-loop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("args");
        std::fs::write(&file, format!("-args_file {}\n", file.display())).unwrap();
        let given = vec!["-args_file".to_string(), file.display().to_string()];
        assert!(expand_args_files(&given, 0).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
