//! The two virtual machines a fixture runs on, and the command line each one gets.
//!
//! Both get the same command line. For an ordinary fixture it is
//! `-noshell -pa BUILD_DIR [APP_EBIN...] <start flags> -s erlang halt` (`-noinput` in place of
//! `-noshell` when the fixture has standard input, unless it reads that input through the
//! standard I/O server, `input:`); a shell transcript (`shell:`) gets
//! `-pa BUILD_DIR [APP_EBIN...] <start flags>` and runs Eshell on a pipe; an escript runs as
//! `escript FILE ARGS` on erl (the `escript` program beside `erl`) and `girder escript FILE ARGS`.
//! Both run with `ERL_CRASH_DUMP_SECONDS=0`, so a crashing fixture leaves no `erl_crash.dump`.

use crate::fixture::{Fixture, Mode};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Which virtual machine a command line is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Vm {
    /// Real Erlang/OTP, the reference.
    Erl(PathBuf),
    /// girder.
    Girder(PathBuf),
}

/// The paths one run of a fixture names on its command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The directory holding the fixture family's `.beam` files.
    pub build_dir: PathBuf,
    /// The `ebin` directories of the applications the fixture uses (`app:`).
    pub app_dirs: Vec<PathBuf>,
    /// The escript to run (escript fixtures only).
    pub script: PathBuf,
}

impl Layout {
    /// A layout with only a build directory.
    pub fn new(build_dir: &Path) -> Layout {
        Layout {
            build_dir: build_dir.to_path_buf(),
            app_dirs: Vec::new(),
            script: PathBuf::new(),
        }
    }
}

impl Vm {
    /// The name used in reports.
    pub fn label(&self) -> &'static str {
        match self {
            Vm::Erl(_) => "erl",
            Vm::Girder(_) => "girder",
        }
    }

    /// The program to start for `fixture`: `erl` or girder, or for an escript on erl the
    /// `escript` program installed beside `erl`.
    pub fn program(&self, fixture: &Fixture) -> PathBuf {
        match (self, fixture.mode) {
            (Vm::Erl(erl), Mode::Escript) => erl.with_file_name("escript"),
            (Vm::Erl(p), _) | (Vm::Girder(p), _) => p.clone(),
        }
    }

    /// The arguments (without the program) that start `fixture` with the paths of `layout`.
    pub fn arguments(&self, fixture: &Fixture, layout: &Layout) -> Vec<String> {
        if fixture.mode == Mode::Escript {
            let mut args = Vec::new();
            if let Vm::Girder(_) = self {
                args.push("escript".to_string());
            }
            args.push(layout.script.display().to_string());
            args.extend(fixture.start_flags.iter().cloned());
            return args;
        }
        let mut args = Vec::new();
        if fixture.mode == Mode::Input {
            // The standard I/O server reads the fixture's input.
            args.push("-noshell".to_string());
        } else if fixture.mode == Mode::Noshell {
            // With input to read, `-noinput` keeps erl's `user` process off standard input.
            args.push(
                if fixture.stdin.is_some() {
                    "-noinput"
                } else {
                    "-noshell"
                }
                .to_string(),
            );
        }
        args.push("-pa".to_string());
        args.push(layout.build_dir.display().to_string());
        args.extend(layout.app_dirs.iter().map(|d| d.display().to_string()));
        args.extend(fixture.start_flags.iter().cloned());
        if matches!(fixture.mode, Mode::Noshell | Mode::Input) {
            args.extend(["-s", "erlang", "halt"].map(String::from));
        }
        args
    }

    /// The complete command, ready to run.
    pub fn command(&self, fixture: &Fixture, layout: &Layout) -> Command {
        let mut command = Command::new(self.program(fixture));
        command
            .args(self.arguments(fixture, layout))
            .env("ERL_CRASH_DUMP_SECONDS", "0");
        for (key, value) in &fixture.env {
            match value {
                Some(v) => command.env(key, v),
                None => command.env_remove(key),
            };
        }
        command
    }

    /// The command as a shell line, for telling a reader how to run one fixture by hand.
    pub fn shell_line(&self, fixture: &Fixture, layout: &Layout) -> String {
        let program = match (self, fixture.mode) {
            (Vm::Erl(_), Mode::Escript) => "escript".to_string(),
            (Vm::Erl(_), _) => "erl".to_string(),
            (Vm::Girder(p), _) => p.display().to_string(),
        };
        let words: Vec<String> = self
            .arguments(fixture, layout)
            .iter()
            .map(|w| shell_quote(w))
            .collect();
        let mut line = format!("{program} {}", words.join(" "));
        if fixture.stdin.is_some() {
            line.push_str(" < STDIN");
        }
        line
    }
}

/// Quotes a word for a POSIX shell when it holds anything but plain characters.
fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=+,@%".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(flags: &[&str]) -> Fixture {
        Fixture {
            family: "args".into(),
            name: "m".into(),
            source: PathBuf::from("otp-fixtures/args/m.erl"),
            start_flags: flags.iter().map(|s| s.to_string()).collect(),
            expected_erl_exit: 0,
            tmpdir: false,
            env: Vec::new(),
            erlc_flags: vec![],
            fifos: Vec::new(),
            stdin: None,
            mode: Mode::Noshell,
            apps: Vec::new(),
        }
    }

    #[test]
    fn erl_halts_after_the_start_flags() {
        let vm = Vm::Erl(PathBuf::from("/usr/bin/erl"));
        let args = vm.arguments(
            &fixture(&["-run", "m", "f", "x"]),
            &Layout::new(Path::new("/b")),
        );
        assert_eq!(
            args,
            ["-noshell", "-pa", "/b", "-run", "m", "f", "x", "-s", "erlang", "halt"]
        );
    }

    #[test]
    fn girder_gets_the_same_flags() {
        let vm = Vm::Girder(PathBuf::from("girder"));
        let args = vm.arguments(
            &fixture(&["-s", "m", "main"]),
            &Layout::new(Path::new("/b")),
        );
        assert_eq!(
            args,
            ["-noshell", "-pa", "/b", "-s", "m", "main", "-s", "erlang", "halt"]
        );
    }

    #[test]
    fn shell_transcripts_keep_the_shell() {
        let mut f = fixture(&[]);
        f.mode = Mode::Shell;
        f.stdin = Some(b"1+2.\n".to_vec());
        let layout = Layout {
            app_dirs: vec![PathBuf::from("/apps/a/ebin")],
            ..Layout::new(Path::new("/b"))
        };
        let vm = Vm::Girder(PathBuf::from("girder"));
        assert_eq!(vm.arguments(&f, &layout), ["-pa", "/b", "/apps/a/ebin"]);
    }

    #[test]
    fn input_fixtures_keep_noshell_with_stdin() {
        let mut f = fixture(&["-s", "m", "main"]);
        f.stdin = Some(b"line\n".to_vec());
        let vm = Vm::Erl(PathBuf::from("erl"));
        let layout = Layout::new(Path::new("/b"));
        assert_eq!(vm.arguments(&f, &layout)[0], "-noinput");
        f.mode = Mode::Input;
        assert_eq!(
            vm.arguments(&f, &layout),
            ["-noshell", "-pa", "/b", "-s", "m", "main", "-s", "erlang", "halt"]
        );
        assert_eq!(
            vm.shell_line(&f, &layout),
            "erl -noshell -pa /b -s m main -s erlang halt < STDIN"
        );
    }

    #[test]
    fn escripts_run_through_escript() {
        let mut f = fixture(&["a", "b c"]);
        f.mode = Mode::Escript;
        let layout = Layout {
            script: PathBuf::from("x/s.escript"),
            ..Layout::new(Path::new("/b"))
        };
        let erl = Vm::Erl(PathBuf::from("/usr/bin/erl"));
        assert_eq!(erl.program(&f), PathBuf::from("/usr/bin/escript"));
        assert_eq!(erl.arguments(&f, &layout), ["x/s.escript", "a", "b c"]);
        assert_eq!(erl.shell_line(&f, &layout), "escript x/s.escript a 'b c'");
        let girder = Vm::Girder(PathBuf::from("girder"));
        assert_eq!(
            girder.arguments(&f, &layout),
            ["escript", "x/s.escript", "a", "b c"]
        );
    }

    #[test]
    fn eval_expressions_are_quoted_in_shell_lines() {
        let f = fixture(&["-eval", "io:format(\"it's\")"]);
        let vm = Vm::Erl(PathBuf::from("erl"));
        assert_eq!(
            vm.shell_line(&f, &Layout::new(Path::new("b"))),
            r#"erl -noshell -pa b -eval 'io:format("it'\''s")' -s erlang halt"#
        );
    }
}
