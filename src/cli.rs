//! The `erl`-compatible command line, parsed by hand.
//!
//! erl's flags are single-dash words (`-noshell`, `-pa`), some followed by a variable number of
//! plain words (`-pa D1 D2`, `-s M F A1 A2`) that end at the next word starting with `-` or `+`;
//! emulator flags start with `+` (`+S 4`). A GNU-style parser (clap) cannot express words like
//! `-noshell` or `-pa` taking a list that ends at the next flag, so the parser below walks the
//! words itself.
//!
//! Unknown `-name` flags are accepted and ignored with their arguments, as erl does (it keeps
//! them as user flags for `init:get_argument/1`). Unknown `+` emulator flags and `--name` words
//! are errors (exit status 2), so that a typo in a flag girder does implement is not silently
//! ignored.

use std::fmt;

/// A function to call at startup (`-s` or `-run`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartCall {
    /// Module.
    pub module: String,
    /// Function (`start` when not given).
    pub function: String,
    /// Arguments; `None` calls `Module:Function()`, otherwise one list argument.
    pub args: Option<Vec<String>>,
    /// `-run` (arguments are strings) rather than `-s` (arguments are atoms).
    pub strings: bool,
}

/// The parsed command line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Directories added before the default code path (`-pa`), in order.
    pub path_a: Vec<String>,
    /// Directories added after the default code path (`-pz`), in order.
    pub path_z: Vec<String>,
    /// Calls to make, in order.
    pub calls: Vec<StartCall>,
    /// `+S N`: scheduler threads (default: one per logical processor).
    pub schedulers: Option<u32>,
    /// `+P N`: the largest number of processes alive at once.
    pub process_limit: Option<u32>,
    /// `+pc latin1|unicode`: the characters io treats as printable.
    pub printable_range: Option<String>,
    /// `+W i|w|e`: what warning reports map to.
    pub warning_map: Option<String>,
    /// `-noshell` was given.
    pub noshell: bool,
    /// `--help` was given.
    pub help: bool,
    /// `--root DIR`: the OTP installation to boot.
    pub root: Option<String>,
    /// `-env VAR VALUE` pairs: environment variables to set before the system starts.
    pub env: Vec<(String, String)>,
    /// `-detached`: run in the background, detached from the terminal.
    pub detached: bool,
    /// `-sname`/`-name` was given: a distributed node was asked for.
    pub node_name: Option<String>,
    /// `-version` or `+V`: print the emulator version and stop.
    pub version: bool,
    /// The words OTP's `init` gets as its flags: every word but the emulator's (`+S 4`) and
    /// girder's own (`--root DIR`), in order.
    pub init_flags: Vec<String>,
}

/// erl's emulator flags that take a value and that girder accepts without acting on them
/// (`+M<X> <Y>` allocator flags as well).
const EMULATOR_FLAGS_WITH_VALUE: &[&str] = &[
    "+a",
    "+A",
    "+c",
    "+C",
    "+dcg",
    "+e",
    "+hms",
    "+hmbs",
    "+hmax",
    "+hmaxk",
    "+hmaxel",
    "+hpds",
    "+hmqd",
    "+IOp",
    "+IOt",
    "+IOPp",
    "+IOPt",
    "+JDdump",
    "+JPperf",
    "+K",
    "+Q",
    "+R",
    "+rg",
    "+sbt",
    "+sbwt",
    "+sbwtdcpu",
    "+sbwtdio",
    "+scl",
    "+sct",
    "+secio",
    "+sub",
    "+sws",
    "+swct",
    "+swt",
    "+swtdcpu",
    "+swtdio",
    "+sss",
    "+sssdcpu",
    "+sssdio",
    "+spp",
    "+SP",
    "+SDcpu",
    "+SDPcpu",
    "+SDio",
    "+t",
    "+T",
    "+zdbbl",
    "+zdntgc",
    "+zosrl",
];

/// erl's emulator flags without a value that girder accepts without acting on them.
const EMULATOR_FLAGS: &[&str] = &[
    "+B", "+Bc", "+Bd", "+Bi", "+d", "+r", "+ssrct", "+v", "+fnu", "+fna", "+fnl", "+ns", "+na",
    "+nd",
];

/// What erl prints on standard error for `-version` and `+V` (ERTS 13.1.5, the version girder
/// implements).
pub const VERSION_LINE: &str = "Erlang (SMP,ASYNC_THREADS) (BEAM) emulator version 13.1.5\r\n";

/// A command-line error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CliError(pub String);

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn is_flag(word: &str) -> bool {
    word.starts_with('-') || word.starts_with('+')
}

/// Parses the words after the program name.
pub fn parse(words: &[String]) -> Result<Options, CliError> {
    let mut o = Options::default();
    let mut i = 0;
    // The plain words that follow position `i` (up to the next flag).
    let plain = |from: usize| -> Vec<String> {
        words[from..]
            .iter()
            .take_while(|w| !is_flag(w))
            .cloned()
            .collect()
    };
    while i < words.len() {
        let w = words[i].as_str();
        let start = i;
        // Whether the word (and its values) belong to the emulator or to girder, not to init.
        let mut emulator = true;
        match w {
            "--help" | "-help" | "-h" => {
                o.help = true;
                i += 1;
            }
            "-version" | "+V" => {
                o.version = true;
                i += 1;
            }
            "-noshell" => {
                o.noshell = true;
                emulator = false;
                i += 1;
            }
            "-noinput" => {
                // erlexec puts -noshell before every -noinput it passes on to init.
                o.noshell = true;
                o.init_flags.push("-noshell".to_string());
                emulator = false;
                i += 1;
            }
            "-pa" | "-pz" => {
                let dirs = plain(i + 1);
                if dirs.is_empty() {
                    return Err(CliError(format!("{w} needs at least one directory")));
                }
                i += 1 + dirs.len();
                emulator = false;
                if w == "-pa" {
                    o.path_a.extend(dirs);
                } else {
                    o.path_z.extend(dirs);
                }
            }
            "-s" | "-run" => {
                let rest = plain(i + 1);
                let Some((module, rest)) = rest.split_first() else {
                    return Err(CliError(format!("{w} needs a module name")));
                };
                i += 2 + rest.len();
                emulator = false;
                let (function, args) = match rest.split_first() {
                    None => ("start".to_string(), None),
                    Some((f, [])) => (f.clone(), None),
                    Some((f, args)) => (f.clone(), Some(args.to_vec())),
                };
                o.calls.push(StartCall {
                    module: module.clone(),
                    function,
                    args,
                    strings: w == "-run",
                });
            }
            "-env" => {
                let (Some(var), Some(value)) = (words.get(i + 1), words.get(i + 2)) else {
                    return Err(CliError("-env needs a variable and a value".into()));
                };
                o.env.push((var.clone(), value.clone()));
                i += 3;
            }
            "-detached" => {
                // erlexec turns -detached into -noshell -noinput for init.
                o.detached = true;
                o.noshell = true;
                o.init_flags.push("-noshell".to_string());
                o.init_flags.push("-noinput".to_string());
                i += 1;
            }
            "-sname" | "-name" => {
                if let Some(name) = words.get(i + 1).filter(|n| !is_flag(n)) {
                    o.node_name = Some(name.clone());
                }
                i += 1 + plain(i + 1).len();
                emulator = false;
            }
            "-extra" => {
                o.init_flags.extend(words[i..].iter().cloned());
                break;
            }
            "--root" => {
                let Some(dir) = words.get(i + 1) else {
                    return Err(CliError("--root needs a directory".into()));
                };
                o.root = Some(dir.clone());
                i += 2;
            }
            "+S" => {
                let Some(n) = words.get(i + 1) else {
                    return Err(CliError("+S needs a number of schedulers".into()));
                };
                let first = n.split(':').next().unwrap_or("");
                match first.parse::<u32>() {
                    Ok(v) if (1..=1024).contains(&v) => o.schedulers = Some(v),
                    _ => return Err(CliError(format!("+S: bad number of schedulers '{n}'"))),
                }
                i += 2;
            }
            _ if w.starts_with("--") => {
                return Err(CliError(format!("unknown option '{w}'")));
            }
            "+P" => {
                let n = words.get(i + 1).and_then(|n| n.parse::<u32>().ok());
                match n {
                    Some(v) if (1024..=134_217_727).contains(&v) => o.process_limit = Some(v),
                    _ => {
                        return Err(CliError(
                            "+P needs a process limit (1024..134217727)".into(),
                        ))
                    }
                }
                i += 2;
            }
            "+pc" | "+W" => {
                let Some(v) = words.get(i + 1) else {
                    return Err(CliError(format!("{w} needs a value")));
                };
                let ok = match w {
                    "+pc" => matches!(v.as_str(), "latin1" | "unicode"),
                    _ => matches!(v.as_str(), "i" | "w" | "e"),
                };
                if !ok {
                    return Err(CliError(format!("bad {w} value '{v}'")));
                }
                if w == "+pc" {
                    o.printable_range = Some(v.clone());
                } else {
                    o.warning_map = Some(v.clone());
                }
                i += 2;
            }
            _ if EMULATOR_FLAGS_WITH_VALUE.contains(&w) || w.starts_with("+M") => {
                // Accepted for erl's sake: tuning girder has no counterpart for (allocators,
                // async threads, poll sets, busy waiting, scheduler binding, time warp, ...).
                if words.get(i + 1).is_none() {
                    return Err(CliError(format!("{w} needs a value")));
                }
                i += 2;
            }
            _ if EMULATOR_FLAGS.contains(&w) => {
                // Break handling, crash dump and chatty-mode switches: accepted, no effect.
                i += 1;
            }
            _ if w.starts_with('+') => {
                return Err(CliError(format!("unknown flag -{}", &w[1..])));
            }
            _ if w.starts_with('-') => {
                // A user flag: erl keeps it (and its plain words) for init:get_argument/1.
                i += 1 + plain(i + 1).len();
                emulator = false;
            }
            _ => {
                // A plain word before the first flag: init sees it as a plain argument.
                i += 1;
                emulator = false;
            }
        }
        if !emulator {
            o.init_flags.extend(words[start..i].iter().cloned());
        }
    }
    Ok(o)
}

/// Text printed by `girder --help`: [`USAGE`] and the OTP installation girder would boot.
pub fn usage() -> String {
    let root = match crate::root::OtpRoot::find(None) {
        Ok(r) => format!("{} (erts {})", r.dir.display(), r.erts_version),
        Err(e) => e.to_string(),
    };
    format!("{USAGE}\nOTP installation: {root}\n")
}

/// Text printed by `girder --help`.
pub const USAGE: &str = "\
usage: girder [FLAGS]              boot OTP and run as erl does (the Eshell, unless -noshell)
       girder escript FILE [ARG...] run an escript as OTP's escript program does
       girder disasm FILE.beam     print a module's generic instructions
       girder instr-table [FILE]   print the instruction coverage table (counts from FILE)

girder boots the OTP installation below from its boot script (start.boot unless -boot says
otherwise) and takes erl's flags; those it acts on itself or that need a note:
  -noshell           run without the Eshell (standard input stays readable by io)
  -noinput           run without the Eshell and without reading standard input
  -pa DIR... -pz DIR...
                     add directories to the front / end of the code path
  -s Mod [Fun [Arg...]], -run Mod [Fun [Arg...]], -eval Expr
                     calls and expressions init runs in order after the boot
  -boot File, -config File, -mode interactive|embedded, -App Key Value, -extra ...
                     as erl (handled by OTP's init)
  -args_file FILE    read more flags from FILE (# starts a comment)
  -env VAR VALUE     set an environment variable before the system starts
  -detached          run in the background without standard input or output
  -sname/-name NAME  accepted; distribution is not supported yet (girder says so)
  +S N               number of scheduler threads (default: one per logical processor)
  +P N               largest number of processes alive at once (default 262144)
  +A N, +K B, +sbwt V, +sbt T, +SDio N, +SDcpu N
                     accepted and ignored (girder has nothing to tune there)
  -version, +V       print the emulator version on standard error
  --root DIR         the OTP installation to use (default: $ERL_ROOTDIR, else the one of
                     the erl on PATH, else /usr/lib/erlang)
  --help             this text

ERL_AFLAGS is read before the command line, ERL_FLAGS and ERL_ZFLAGS after it, as erl does.
The system stops when init:stop/0,1 or erlang:halt/0,1,2 is called (that status), or when
a start call or expression raises: then init prints {\"init terminating in do_boot\",...}
and the exit status is 1.

environment:
  GIRDER_BOOT=builtin        skip OTP's init: run the -s/-run calls on a built-in start that
                             halts when they return (no io servers, no shell)
  GIRDER_COUNT_INSTRS=FILE   count executed instructions and append the counts to FILE
";

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn version_flags() {
        assert!(parse(&words("-version")).is_ok_and(|o| o.version));
        assert!(parse(&words("-noshell +V -s m")).is_ok_and(|o| o.version));
        assert!(parse(&words("-noshell -s m")).is_ok_and(|o| !o.version));
    }

    #[test]
    fn parses_erl_style_flags() {
        let o = parse(&words(
            "-noshell -pa a b -pz c -s m f x y -run n -s k g +S 4",
        ))
        .unwrap();
        assert!(o.noshell);
        assert_eq!(o.path_a, vec!["a", "b"]);
        assert_eq!(o.path_z, vec!["c"]);
        assert_eq!(o.schedulers, Some(4));
        assert_eq!(o.calls.len(), 3);
        assert_eq!(
            o.calls[0].args,
            Some(vec!["x".to_string(), "y".to_string()])
        );
        assert!(!o.calls[0].strings);
        assert_eq!(o.calls[1].function, "start");
        assert!(o.calls[1].strings);
        assert_eq!(o.calls[2].args, None);
    }

    #[test]
    fn noinput_brings_a_noshell_before_it() {
        let o = parse(&words("-noshell -noinput -s m")).unwrap();
        assert!(o.noshell);
        assert_eq!(
            o.init_flags[..3],
            ["-noshell", "-noshell", "-noinput"].map(String::from)
        );
    }

    #[test]
    fn rejects_what_it_cannot_honour() {
        assert!(parse(&words("+Zq 5")).is_err());
        assert!(parse(&words("+Q 5000 +MBas aobf +Bd -s m")).is_ok());
        assert!(parse(&words("--bogus")).is_err());
        assert!(parse(&words("-s")).is_err());
        assert!(parse(&words("-pa")).is_err());
        assert!(parse(&words("+S x")).is_err());
        let o = parse(&words("-bogus 1 2 -s m")).unwrap();
        assert_eq!(o.calls.len(), 1);
    }
}
