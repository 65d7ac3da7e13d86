//! Finding the fixtures under `otp-fixtures/` and reading the directives in their header comments.
//!
//! A fixture is `otp-fixtures/<family>/<name>.erl`. Its leading comment block may hold directives:
//!
//! - `%% args: -s NAME f x y` — the start flags, replacing the default `-s NAME main`; the word `NAME`
//!   stands for the module name. Emulator flags with one value each (`+S 1`) may come first. Both
//!   virtual machines get the same flags.
//! - `%% exit: N` — the exit status real `erl` must give; the default is 1 in the `crash` family (an
//!   uncaught exception in the start function) and 0 elsewhere.
//! - `%% tmpdir:` — each run of the fixture (on each virtual machine) starts in a fresh, empty
//!   temporary directory as its working directory, removed afterwards; `-pa` is then absolute.
//! - `%% mkfifo: NAME ...` — named pipes created in the temporary directory before each run
//!   (implies `tmpdir:`), for fixtures that block on reading one.
//! - `%% env: KEY=VALUE -KEY ...` — environment changes for both virtual machines: set `KEY`, or
//!   remove it (`-KEY`). The directive may appear several times.
//!
//! Some families also run compiled by older compilers or compressed ([`COMPILER_VARIANTS`]):
//! each such fixture appears a second time as `<family>@<variant>/<name>`, compiled with
//! `erlc +<variant>` into its own build directory, and runs on both VMs from there.
//! - `%% stdin: TEXT` — the bytes both virtual machines get on standard input (`\n`, `\t` and `\\`
//!   are escapes), or `%% stdin: file:NAME` for the contents of file `NAME` beside the fixture.
//!   Both then run with `-noinput` in place of `-noshell`, so that erl's `user` process does not
//!   read standard input itself and the fixture's `{fd, 0, 1}` port sees all of it. Without the
//!   directive standard input is closed.
//! - `%% eval: EXPR` — one `-eval EXPR` start flag, the whole rest of the line as one argument
//!   (spaces and quotes kept; the word `NAME` stands for the module name). The directive may appear
//!   several times; `args:` and `eval:` flags keep the order of their directives, and together
//!   replace the default `-s NAME main`.
//! - `%% input:` — with `stdin:`, both virtual machines keep `-noshell` (not `-noinput`), so the
//!   standard I/O server reads the `stdin:` text: `io:get_line/1`, `io:read/1`, `io:fread/2` and
//!   friends see it, as they do for a program run in a pipeline.
//! - `%% shell:` — a shell transcript: both virtual machines run without `-noshell` (Eshell on a
//!   pipe) and without the final `-s erlang halt`, reading the `stdin:` text as the user's input;
//!   the start flags are empty unless `args:`/`eval:` give some.
//! - `%% app: APP ...` — the fixture uses the applications `otp-fixtures/apps/APP/` (sources in
//!   `src/`, the `.app` file in `ebin/` or an `.app.src` in `src/`), compiled into
//!   `otp-fixtures/build/apps/APP/ebin`, which both virtual machines get after `-pa`.
//!
//! A fixture may also be an escript, `otp-fixtures/<family>/<name>.escript`: erl runs it as
//! `escript FILE ARGS`, girder as `girder escript FILE ARGS`, where `ARGS` are the words of its
//! `args:` directive (any words). Its directives follow the `#!` line (a `%%!` line is the
//! script's own emulator flags, not a directive).

use crate::HarnessError;
use std::fs;
use std::path::{Path, PathBuf};

/// Directories under `otp-fixtures/` that hold no fixtures.
pub const EXCLUDED_DIRS: &[&str] = &["build", "examples", "tools", APPS_DIR];

/// The directory under `otp-fixtures/` that holds the applications fixtures use (`app:`).
pub const APPS_DIR: &str = "apps";

/// How a fixture runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `-noshell` (or `-noinput`) with the start flags, then `-s erlang halt`.
    Noshell,
    /// `-noshell` with the `stdin:` text read by the standard I/O server (`input:`), then
    /// `-s erlang halt`.
    Input,
    /// The interactive shell on a pipe (`shell:`), fed the `stdin:` text.
    Shell,
    /// An escript (`.escript` file), run with the `args:` words as its arguments.
    Escript,
}

/// The family whose fixtures end in an uncaught exception, so real `erl` exits with status 1.
pub const CRASH_FAMILY: &str = "crash";

/// Families that also run compiled with another `erlc` option: `+r22`/`+r23`/`+r24` (the code
/// of the OTP 22-24 compilers, which erl 25 still loads) and `+compressed` (gzip-compressed
/// `.beam` files).
pub const COMPILER_VARIANTS: &[(&str, &str)] = &[
    ("bitsyntax", "r22"),
    ("bitsyntax", "r23"),
    ("control", "r22"),
    ("control", "r23"),
    ("bits", "r24"),
    ("args", "compressed"),
];

/// One fixture module and how to start it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixture {
    /// The directory it lives in, e.g. `arith`.
    pub family: String,
    /// The module name, which is also the file name without `.erl`.
    pub name: String,
    /// Path of the `.erl` source.
    pub source: PathBuf,
    /// Start flags (`-s M F ...` / `-run M F ...`) with `NAME` already replaced.
    pub start_flags: Vec<String>,
    /// Exit status real `erl` must give; anything else means the fixture itself is broken.
    pub expected_erl_exit: i32,
    /// Whether each run gets a fresh temporary working directory (`tmpdir:`).
    pub tmpdir: bool,
    /// Environment changes (`env:`): `(KEY, Some(VALUE))` sets, `(KEY, None)` removes.
    pub env: Vec<(String, Option<String>)>,
    /// Extra `erlc` options (`+r22`), for the variants of [`COMPILER_VARIANTS`].
    pub erlc_flags: Vec<String>,
    /// Named pipes to create in the temporary directory (`mkfifo:`).
    pub fifos: Vec<String>,
    /// What both VMs get on standard input (`stdin:` directive); `None`: stdin is closed.
    pub stdin: Option<Vec<u8>>,
    /// How it runs: `-noshell`, a shell transcript or an escript.
    pub mode: Mode,
    /// Applications under `otp-fixtures/apps/` whose `ebin` both VMs get (`app:`).
    pub apps: Vec<String>,
}

impl Fixture {
    /// The fixture's name in reports and in `known-failing.txt`: `family/name`.
    pub fn id(&self) -> String {
        format!("{}/{}", self.family, self.name)
    }
}

/// The directives read from a fixture's header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directives {
    /// Start flags, `NAME` replaced by the module name.
    pub start_flags: Vec<String>,
    /// The `exit:` directive, when present.
    pub exit: Option<i32>,
    /// The `tmpdir:` directive.
    pub tmpdir: bool,
    /// The `env:` directives.
    pub env: Vec<(String, Option<String>)>,
    /// The `mkfifo:` directives.
    pub fifos: Vec<String>,
    /// The `stdin:` directive, when present.
    pub stdin: Option<StdinSource>,
    /// The `shell:` directive.
    pub shell: bool,
    /// The `input:` directive.
    pub input: bool,
    /// The `app:` directives.
    pub apps: Vec<String>,
}

/// Where a fixture's standard input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StdinSource {
    /// The directive's text, escapes resolved.
    Text(Vec<u8>),
    /// A file beside the fixture.
    File(String),
}

/// Resolves `\n`, `\t` and `\\` in a `stdin:` directive's text.
fn unescape(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chars = text.bytes();
    while let Some(b) = chars.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        match chars.next() {
            Some(b'n') => out.push(b'\n'),
            Some(b't') => out.push(b'\t'),
            Some(other) => out.push(other),
            None => out.push(b'\\'),
        }
    }
    out
}

/// Lists every fixture under `root` (the `otp-fixtures` directory), sorted by family then name.
pub fn discover(root: &Path) -> Result<Vec<Fixture>, HarnessError> {
    let mut fixtures = Vec::new();
    for family_dir in sorted_entries(root)? {
        let Some(family) = file_name(&family_dir) else {
            continue;
        };
        if !family_dir.is_dir()
            || EXCLUDED_DIRS.contains(&family.as_str())
            || family.starts_with('.')
        {
            continue;
        }
        for source in sorted_entries(&family_dir)? {
            if !matches!(
                source.extension().and_then(|e| e.to_str()),
                Some("erl" | "escript")
            ) {
                continue;
            }
            fixtures.push(load(&family, &source)?);
        }
    }
    let mut variants = Vec::new();
    for &(family, variant) in COMPILER_VARIANTS {
        for f in fixtures.iter().filter(|f| f.family == family) {
            variants.push(Fixture {
                family: format!("{family}@{variant}"),
                erlc_flags: vec![format!("+{variant}")],
                ..f.clone()
            });
        }
    }
    fixtures.extend(variants);
    Ok(fixtures)
}

/// Reads one fixture source and its directives.
pub fn load(family: &str, source: &Path) -> Result<Fixture, HarnessError> {
    let name = source
        .file_stem()
        .and_then(|s| s.to_str())
        .ok_or_else(|| HarnessError::new(format!("{}: file name is not UTF-8", source.display())))?
        .to_string();
    if !is_valid_module_name(&name) {
        return Err(HarnessError::new(format!(
            "{}: fixture names must be lower-case letters, digits and '_', starting with a letter",
            source.display()
        )));
    }
    let text = fs::read_to_string(source)
        .map_err(|e| HarnessError::new(format!("{}: cannot read: {e}", source.display())))?;
    let escript = source.extension().and_then(|e| e.to_str()) == Some("escript");
    let directives = if escript {
        parse_escript_header(&text)
    } else {
        parse_header(&name, &text)
    }
    .map_err(|e| HarnessError::new(format!("{}: {e}", source.display())))?;
    let mode = if escript {
        Mode::Escript
    } else if directives.shell {
        Mode::Shell
    } else if directives.input {
        Mode::Input
    } else {
        Mode::Noshell
    };
    let default_exit = if family == CRASH_FAMILY { 1 } else { 0 };
    let stdin = match directives.stdin {
        None => None,
        Some(StdinSource::Text(bytes)) => Some(bytes),
        Some(StdinSource::File(name)) => {
            let path = source.with_file_name(&name);
            Some(fs::read(&path).map_err(|e| {
                HarnessError::new(format!("{}: stdin file {name}: {e}", source.display()))
            })?)
        }
    };
    Ok(Fixture {
        family: family.to_string(),
        name,
        source: source.to_path_buf(),
        start_flags: directives.start_flags,
        expected_erl_exit: directives.exit.unwrap_or(default_exit),
        tmpdir: directives.tmpdir,
        env: directives.env,
        erlc_flags: Vec::new(),
        fifos: directives.fifos,
        stdin,
        mode,
        apps: directives.apps,
    })
}

/// Reads the directives from the leading comment block of a fixture (lines up to the first one that
/// is neither blank nor a `%` comment).
pub fn parse_header(module: &str, text: &str) -> Result<Directives, String> {
    let mut d = read_directives(module, text, false)?;
    if d.start_flags.is_empty() && !d.shell {
        d.start_flags = vec!["-s".into(), module.into(), "main".into()];
    }
    Ok(d)
}

/// Reads the directives of an escript: its comment block after the `#!` line. The `args:` words
/// are the script's arguments, taken as they are; `eval:` and `shell:` do not apply.
pub fn parse_escript_header(text: &str) -> Result<Directives, String> {
    let d = read_directives("", text, true)?;
    if d.shell {
        return Err("`shell:` does not apply to an escript".to_string());
    }
    Ok(d)
}

fn read_directives(module: &str, text: &str, escript: bool) -> Result<Directives, String> {
    let mut start_flags = Vec::new();
    let mut seen_args = false;
    let mut exit = None;
    let mut tmpdir = false;
    let mut env = Vec::new();
    let mut fifos = Vec::new();
    let mut stdin = None;
    let mut shell = false;
    let mut input = false;
    let mut apps = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || (index == 0 && line.starts_with("#!")) {
            continue;
        }
        if !line.starts_with('%') {
            break;
        }
        if line.starts_with("%%!") {
            continue;
        }
        let body = line.trim_start_matches('%').trim();
        let line_no = index + 1;
        if let Some(rest) = body.strip_prefix("args:") {
            if seen_args {
                return Err(format!("line {line_no}: a second `args:` directive"));
            }
            seen_args = true;
            if escript {
                start_flags.extend(rest.split_whitespace().map(String::from));
            } else {
                start_flags
                    .extend(parse_args(module, rest).map_err(|e| format!("line {line_no}: {e}"))?);
            }
        } else if let Some(rest) = body.strip_prefix("eval:") {
            if escript {
                return Err(format!(
                    "line {line_no}: `eval:` does not apply to an escript"
                ));
            }
            let expr = replace_name(module, rest.trim());
            if expr.is_empty() {
                return Err(format!("line {line_no}: `eval:` is empty"));
            }
            start_flags.push("-eval".to_string());
            start_flags.push(expr);
        } else if body == "shell:" {
            shell = true;
        } else if body == "input:" {
            if escript {
                return Err(format!(
                    "line {line_no}: `input:` does not apply to an escript"
                ));
            }
            input = true;
        } else if let Some(rest) = body.strip_prefix("app:") {
            for name in rest.split_whitespace() {
                if !is_valid_module_name(name) {
                    return Err(format!("line {line_no}: `app:` wants application names"));
                }
                apps.push(name.to_string());
            }
        } else if let Some(rest) = body.strip_prefix("stdin:") {
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            stdin = Some(match rest.trim().strip_prefix("file:") {
                Some(name) => StdinSource::File(name.trim().to_string()),
                None => StdinSource::Text(unescape(rest)),
            });
        } else if let Some(rest) = body.strip_prefix("exit:") {
            let status = rest.trim().parse::<i32>().map_err(|_| {
                format!(
                    "line {line_no}: `exit:` wants an integer, got `{}`",
                    rest.trim()
                )
            })?;
            exit = Some(status);
        } else if body == "tmpdir:" {
            tmpdir = true;
        } else if let Some(rest) = body.strip_prefix("mkfifo:") {
            tmpdir = true;
            for name in rest.split_whitespace() {
                if name.contains('/') || name.starts_with('.') {
                    return Err(format!("line {line_no}: `mkfifo:` wants plain names"));
                }
                fifos.push(name.to_string());
            }
        } else if let Some(rest) = body.strip_prefix("env:") {
            for word in rest.split_whitespace() {
                if let Some(key) = word.strip_prefix('-') {
                    env.push((key.to_string(), None));
                } else if let Some((key, value)) = word.split_once('=') {
                    env.push((key.to_string(), Some(value.to_string())));
                } else {
                    return Err(format!(
                        "line {line_no}: `env:` wants KEY=VALUE or -KEY, got `{word}`"
                    ));
                }
            }
        }
    }
    Ok(Directives {
        start_flags,
        exit,
        tmpdir,
        env,
        fifos,
        stdin,
        shell,
        input,
        apps,
    })
}

/// Replaces every whole word `NAME` (not part of a longer name) in `text` with `module`.
fn replace_name(module: &str, text: &str) -> String {
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '@';
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("NAME") {
        let before = rest[..at].chars().next_back();
        let after = rest[at + 4..].chars().next();
        out.push_str(&rest[..at]);
        if before.is_some_and(is_word) || after.is_some_and(is_word) {
            out.push_str("NAME");
        } else {
            out.push_str(module);
        }
        rest = &rest[at + 4..];
    }
    out.push_str(rest);
    out
}

/// Splits an `args:` directive into words, replacing `NAME` with the module name.
fn parse_args(module: &str, rest: &str) -> Result<Vec<String>, String> {
    let words: Vec<String> = rest
        .split_whitespace()
        .map(|w| {
            if w == "NAME" {
                module.to_string()
            } else {
                w.to_string()
            }
        })
        .collect();
    // Emulator flags (`+S 1`) may come first, each with one value.
    let mut first = 0;
    while words.get(first).is_some_and(|w| w.starts_with('+')) {
        first += 2;
    }
    match words.get(first).map(String::as_str) {
        Some(flag) if flag.starts_with('-') && flag.len() > 1 => Ok(words),
        Some(other) => Err(format!(
            "`args:` must start with a flag (-s, -run, -eval, -APP KEY VALUE ...), not `{other}`"
        )),
        None => Err("`args:` is empty".to_string()),
    }
}

fn is_valid_module_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, HarnessError> {
    let entries = fs::read_dir(dir)
        .map_err(|e| HarnessError::new(format!("{}: cannot list directory: {e}", dir.display())))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| {
            HarnessError::new(format!("{}: cannot list directory: {e}", dir.display()))
        })?;
        paths.push(entry.path());
    }
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> Option<String> {
    path.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_start_flags_call_main() {
        let d = parse_header("m", "-module(m).\n").unwrap();
        assert_eq!(d.start_flags, vec!["-s", "m", "main"]);
        assert_eq!(d.exit, None);
    }

    #[test]
    fn args_directive_replaces_name() {
        let text =
            "%% Some text.\n%% args: -s NAME f x y\n%% exit: 1\n-module(m).\n%% args: -s ignored\n";
        let d = parse_header("m", text).unwrap();
        assert_eq!(d.start_flags, vec!["-s", "m", "f", "x", "y"]);
        assert_eq!(d.exit, Some(1));
    }

    #[test]
    fn stdin_directive_gives_text_or_a_file() {
        let d = parse_header("m", "%% stdin: a\\tb\\n\n").unwrap();
        assert_eq!(d.stdin, Some(StdinSource::Text(b"a\tb\n".to_vec())));
        let d = parse_header("m", "%% stdin: file:in.txt\n").unwrap();
        assert_eq!(d.stdin, Some(StdinSource::File("in.txt".into())));
        assert_eq!(parse_header("m", "-module(m).\n").unwrap().stdin, None);
    }

    #[test]
    fn bad_directives_are_errors() {
        assert!(parse_header("m", "%% args: halt\n")
            .unwrap_err()
            .contains("line 1"));
        assert!(parse_header("m", "%% args:\n").is_err());
        assert!(parse_header("m", "%% args: +S 1 -s NAME main\n").is_ok());
        assert!(parse_header("m", "%% args: +S 1\n").is_err());
        assert!(parse_header("m", "%% exit: x\n").is_err());
        assert!(parse_header("m", "%% args: -s a\n%% args: -s b\n").is_err());
        assert!(parse_header("m", "%% env: TZ\n").is_err());
    }

    #[test]
    fn tmpdir_and_env_directives() {
        let d = parse_header("m", "%% tmpdir:\n%% env: TZ=UTC -LANG\n%% env: A=b=c\n").unwrap();
        assert!(d.tmpdir);
        assert_eq!(
            d.env,
            vec![
                ("TZ".to_string(), Some("UTC".to_string())),
                ("LANG".to_string(), None),
                ("A".to_string(), Some("b=c".to_string())),
            ]
        );
    }

    #[test]
    fn eval_directives_keep_whole_expressions_in_order() {
        let text = "%% args: -s NAME first\n%% eval: io:format(\"a b~n\"), NAME:f(NAMES)\n%% eval: halt(3)\n";
        let d = parse_header("m", text).unwrap();
        assert_eq!(
            d.start_flags,
            vec![
                "-s",
                "m",
                "first",
                "-eval",
                "io:format(\"a b~n\"), m:f(NAMES)",
                "-eval",
                "halt(3)"
            ]
        );
        assert!(parse_header("m", "%% eval:\n").is_err());
    }

    #[test]
    fn shell_directive_has_no_default_start_flags() {
        let d = parse_header("m", "%% shell:\n%% stdin: 1+2.\\n\n").unwrap();
        assert!(d.shell);
        assert!(d.start_flags.is_empty());
        let d = parse_header("m", "%% shell:\n%% args: -pz x\n").unwrap();
        assert_eq!(d.start_flags, vec!["-pz", "x"]);
    }

    #[test]
    fn input_directive_reads_stdin_through_the_io_server() {
        let d = parse_header("m", "%% input:\n%% stdin: 1.\\n\n").unwrap();
        assert!(d.input);
        assert_eq!(d.start_flags, vec!["-s", "m", "main"]);
        assert!(!parse_header("m", "%% stdin: x\n").unwrap().input);
        assert!(parse_escript_header("#!x\n%% input:\n").is_err());
    }

    #[test]
    fn args_may_start_with_application_flags() {
        let d = parse_header("m", "%% args: -myapp level 3 -s NAME main\n").unwrap();
        assert_eq!(
            d.start_flags,
            vec!["-myapp", "level", "3", "-s", "m", "main"]
        );
    }

    #[test]
    fn app_directive_names_applications() {
        let d = parse_header("m", "%% app: fx_one fx_two\n").unwrap();
        assert_eq!(d.apps, vec!["fx_one", "fx_two"]);
        assert!(parse_header("m", "%% app: ../x\n").is_err());
    }

    #[test]
    fn escript_header_skips_the_shebang_and_takes_any_words() {
        let text =
            "#!/usr/bin/env escript\n%%! -smp\n%% args: a -b NAME\n%% exit: 2\nmain(_) -> ok.\n";
        let d = parse_escript_header(text).unwrap();
        assert_eq!(d.start_flags, vec!["a", "-b", "NAME"]);
        assert_eq!(d.exit, Some(2));
        assert!(parse_escript_header("#!x\n%% eval: 1\n").is_err());
        assert!(parse_escript_header("#!x\n%% shell:\n").is_err());
    }

    #[test]
    fn module_names() {
        assert!(is_valid_module_name("arith_bsl2"));
        assert!(!is_valid_module_name("Arith"));
        assert!(!is_valid_module_name("2x"));
        assert!(!is_valid_module_name("a-b"));
    }
}
