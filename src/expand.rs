//! The command line as erl's `erlexec` assembles it before parsing: `$ERL_AFLAGS` first, then
//! the given words with every `-args_file FILE` replaced by the words of FILE (`#` starts a
//! comment to the end of the line), then `$ERL_FLAGS` and `$ERL_ZFLAGS`. The words after
//! `-extra` in any of these are gathered at the very end, behind one `-extra`.

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

/// The words of environment variable `name` (split at white space), none when unset.
fn env_words(name: &str) -> Vec<String> {
    std::env::var(name)
        .map(|v| v.split_whitespace().map(String::from).collect())
        .unwrap_or_default()
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

/// The words of an argument file: white-space separated, `#` to the end of a line ignored.
fn file_words(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            let line = line.split('#').next().unwrap_or("");
            line.split_whitespace()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect()
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
