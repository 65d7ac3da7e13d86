//! Checks the generic opcode table against the installed compiler's `beam_opcodes` module,
//! run on real erl.

use std::process::Command;

use loader::opcodes::{by_name, info, MAX_OPCODE};

#[test]
fn opcode_table_matches_beam_opcodes() {
    let script = "io:format(\"~w~n\", [beam_opcodes:format_number()]), \
         [begin {N, A} = beam_opcodes:opname(Op), \
                Back = try beam_opcodes:opcode(N, A) catch error:badarg -> obsolete end, \
                io:format(\"~w ~s ~w ~w~n\", [Op, N, A, Back]) end \
          || Op <- lists:seq(1, 255), \
             try beam_opcodes:opname(Op), true catch error:_ -> false end], \
         halt().";
    let out = Command::new("erl")
        .args(["-noshell", "-eval", script])
        .env("ERL_CRASH_DUMP_SECONDS", "0")
        .output()
        .expect("erl must be installed to run this test (make erlang)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("0"), "instruction set version");
    let mut seen = 0;
    let mut current = 0;
    for line in lines {
        let f: Vec<&str> = line.split(' ').collect();
        let (op, name, arity): (u8, &str, u8) =
            (f[0].parse().unwrap(), f[1], f[2].parse().unwrap());
        let ours = info(op).unwrap_or_else(|| panic!("opcode {op} missing"));
        assert_eq!((ours.name, ours.arity), (name, arity), "opcode {op}");
        // beam_opcodes:opcode/2 knows only the opcodes the compiler may still emit.
        if f[3] != "obsolete" {
            assert_eq!(
                by_name(name, arity),
                Some(f[3].parse().unwrap()),
                "{name}/{arity}"
            );
            current += 1;
        }
        assert_eq!(by_name(name, arity), Some(op), "{name}/{arity}");
        seen += 1;
    }
    assert_eq!(
        seen, MAX_OPCODE as usize,
        "erl knows a different number of opcodes"
    );
    assert!(current > 100, "only {current} current opcodes");
    assert!(info(0).is_none() && info(MAX_OPCODE + 1).is_none());
}
