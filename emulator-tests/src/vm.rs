//! The two virtual machines a fixture runs on, and the command line each one gets.
//!
//! Both get the same command line: `-noshell -pa BUILD_DIR <start flags> -s erlang halt`.
//! Both run with `ERL_CRASH_DUMP_SECONDS=0`, so a crashing fixture leaves no `erl_crash.dump`.

use crate::fixture::Fixture;
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

impl Vm {
    /// The name used in reports.
    pub fn label(&self) -> &'static str {
        match self {
            Vm::Erl(_) => "erl",
            Vm::Girder(_) => "girder",
        }
    }

    /// The arguments (without the program) that start `fixture` whose `.beam` is in `build_dir`.
    pub fn arguments(&self, fixture: &Fixture, build_dir: &Path) -> Vec<String> {
        // With input to read, `-noinput` keeps erl's `user` process off standard input.
        let mode = if fixture.stdin.is_some() {
            "-noinput"
        } else {
            "-noshell"
        };
        let mut args = vec![
            mode.to_string(),
            "-pa".to_string(),
            build_dir.display().to_string(),
        ];
        args.extend(fixture.start_flags.iter().cloned());
        args.extend(["-s", "erlang", "halt"].map(String::from));
        args
    }

    /// The complete command, ready to run.
    pub fn command(&self, fixture: &Fixture, build_dir: &Path) -> Command {
        let program = match self {
            Vm::Erl(p) | Vm::Girder(p) => p,
        };
        let mut command = Command::new(program);
        command
            .args(self.arguments(fixture, build_dir))
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
    pub fn shell_line(&self, fixture: &Fixture, build_dir: &Path) -> String {
        let program = match self {
            Vm::Erl(_) => "erl".to_string(),
            Vm::Girder(p) => p.display().to_string(),
        };
        format!("{program} {}", self.arguments(fixture, build_dir).join(" "))
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
        }
    }

    #[test]
    fn erl_halts_after_the_start_flags() {
        let vm = Vm::Erl(PathBuf::from("/usr/bin/erl"));
        let args = vm.arguments(&fixture(&["-run", "m", "f", "x"]), Path::new("/b"));
        assert_eq!(
            args,
            ["-noshell", "-pa", "/b", "-run", "m", "f", "x", "-s", "erlang", "halt"]
        );
    }

    #[test]
    fn girder_gets_the_same_flags() {
        let vm = Vm::Girder(PathBuf::from("girder"));
        let args = vm.arguments(&fixture(&["-s", "m", "main"]), Path::new("/b"));
        assert_eq!(
            args,
            ["-noshell", "-pa", "/b", "-s", "m", "main", "-s", "erlang", "halt"]
        );
    }
}
