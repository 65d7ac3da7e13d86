//! Every module of the installed Erlang/OTP passes the load-time verifier (no false refusals),
//! and a module whose stack frame was corrupted by one byte is refused naming where.

use std::path::PathBuf;

fn otp_beams() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(libs) = std::fs::read_dir("/usr/lib/erlang/lib") else {
        return out;
    };
    for lib in libs.flatten() {
        if let Ok(files) = std::fs::read_dir(lib.path().join("ebin")) {
            for f in files.flatten() {
                if f.path().extension().is_some_and(|e| e == "beam") {
                    out.push(f.path());
                }
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_otp_module_passes() {
    let beams = otp_beams();
    if beams.is_empty() {
        eprintln!("OTP is not installed; skipping");
        return;
    }
    let mut refused = Vec::new();
    for path in &beams {
        let bytes = std::fs::read(path).expect("read beam");
        let Ok(p) = loader::prepare(&bytes) else {
            continue;
        };
        if let Err(e) = loader::specialize::verify(&p) {
            refused.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(
        refused.is_empty(),
        "{} refused:\n{}",
        refused.len(),
        refused.join("\n")
    );
}

#[test]
fn a_corrupted_frame_size_is_refused() {
    let Some(path) = otp_beams()
        .into_iter()
        .find(|p| p.file_name().is_some_and(|n| n == "sets.beam"))
    else {
        return;
    };
    let mut bytes = std::fs::read(&path).expect("read beam");
    // Byte 2193 of OTP 25's sets.beam is the frame size of an `allocate 3 2`; xor 0x20 makes it
    // `allocate 1 2`, and the function then uses y1 and y2 and frees three slots.
    if bytes.len() <= 2193 {
        return;
    }
    bytes[2193] ^= 0x20;
    let Ok(p) = loader::prepare(&bytes) else {
        return;
    };
    let e = loader::specialize::verify(&p).expect_err("the corrupted frame is refused");
    assert_eq!(e.module, "sets");
    assert!(e.function.is_some() && e.instruction.is_some(), "{e}");
}

/// OTP's `lists` module, prepared (none when OTP is not installed).
fn otp_module(name: &str) -> Option<loader::Prepared> {
    let path = otp_beams()
        .into_iter()
        .find(|p| p.file_name().is_some_and(|n| n == name))?;
    loader::prepare(&std::fs::read(path).ok()?).ok()
}

use loader::opcodes::op;
use loader::Operand;

/// The index of the first instruction with `opcode` for which `pick` holds.
fn find(p: &loader::Prepared, opcode: u8, pick: impl Fn(&[Operand]) -> bool) -> Option<usize> {
    p.code
        .instrs
        .iter()
        .position(|i| i.opcode == opcode && pick(p.operands(i)))
}

/// Sets operand `k` of instruction `at` to `o`.
fn set(p: &mut loader::Prepared, at: usize, k: usize, o: Operand) {
    let start = p.code.instrs[at].operands().start;
    p.code.operands[start + k] = o;
}

/// Verifies the changed module and returns the refusal's text.
fn refusal(p: &loader::Prepared) -> String {
    let e = loader::specialize::verify(p).expect_err("the changed module is refused");
    assert!(e.function.is_some() && e.instruction.is_some(), "{e}");
    e.to_string()
}

#[test]
fn reading_a_dead_x_register_is_refused() {
    let Some(mut p) = otp_module("lists.beam") else {
        return;
    };
    // A `move` from x0 to a Y register: x200 is never written.
    let at = find(&p, op::MOVE, |o| {
        o[0] == Operand::X(0) && matches!(o[1], Operand::Y(_))
    })
    .expect("a move x0 -> y");
    set(&mut p, at, 0, Operand::X(200));
    let e = refusal(&p);
    assert!(
        e.contains("instruction move: x200 is read, but holds no term"),
        "{e}"
    );
}

#[test]
fn a_register_dropped_by_garbage_collection_is_refused() {
    let Some(mut p) = otp_module("lists.beam") else {
        return;
    };
    // `test_heap N 2` keeping only x0: the instruction after it reads x1.
    let at = find(&p, op::TEST_HEAP, |o| o[1] == Operand::Unsigned(2)).expect("a test_heap");
    set(&mut p, at, 1, Operand::Unsigned(1));
    let e = refusal(&p);
    assert!(e.contains("x1 is read, but holds no term"), "{e}");
}

#[test]
fn a_live_count_beyond_the_written_registers_is_refused() {
    let Some(mut p) = otp_module("lists.beam") else {
        return;
    };
    let at = find(&p, op::TEST_HEAP, |o| o[1] == Operand::Unsigned(1)).expect("a test_heap");
    set(&mut p, at, 1, Operand::Unsigned(900));
    let e = refusal(&p);
    assert!(
        e.contains("instruction test_heap: garbage collection keeps registers"),
        "{e}"
    );
}

#[test]
fn building_beyond_the_heap_reservation_is_refused() {
    let Some(mut p) = otp_module("lists.beam") else {
        return;
    };
    let at = find(&p, op::TEST_HEAP, |o| o[0] == Operand::Unsigned(2)).expect("a test_heap 2");
    set(&mut p, at, 0, Operand::Unsigned(1));
    let e = refusal(&p);
    assert!(e.contains("on the heap, but only 1 words"), "{e}");
}

#[test]
fn a_call_with_the_wrong_arity_is_refused() {
    let Some(mut p) = otp_module("gen_server.beam") else {
        return;
    };
    let at = find(&p, op::CALL_EXT, |o| o[0] == Operand::Unsigned(1)).expect("a call_ext 1");
    set(&mut p, at, 0, Operand::Unsigned(2));
    let e = refusal(&p);
    assert!(
        e.contains("instruction call_ext: calls with 2 arguments a function of arity 1"),
        "{e}"
    );
    // A local call into the middle of a function.
    let Some(mut p) = otp_module("gen_server.beam") else {
        return;
    };
    let at = find(&p, op::CALL, |_| true).expect("a call");
    let Operand::Label(l) = p.operands(&p.code.instrs[at])[1] else {
        panic!("call without a label");
    };
    set(&mut p, at, 1, Operand::Label(l - 1));
    let e = refusal(&p);
    assert!(e.contains("is not the entry of a function of arity"), "{e}");
}

#[test]
fn a_branch_into_another_function_is_refused() {
    let Some(mut p) = otp_module("lists.beam") else {
        return;
    };
    // The first test instruction with a failure label, sent to another function's entry.
    let at = find(&p, op::IS_NONEMPTY_LIST, |o| o[0] != Operand::Label(0)).expect("a test");
    let other = p
        .functions
        .iter()
        .find(|f| !(f.start as usize..f.end as usize).contains(&at))
        .expect("another function")
        .entry_label;
    set(&mut p, at, 0, Operand::Label(other));
    let e = refusal(&p);
    assert!(e.contains("is outside the function"), "{e}");
}

#[test]
fn reading_a_catch_marker_is_refused() {
    let Some(mut p) = otp_module("gen_server.beam") else {
        return;
    };
    // A `try` whose marker is moved onto a slot the protected code reads.
    let at = (0..p.code.instrs.len())
        .find(|&i| {
            p.code.instrs[i].opcode == op::TRY
                && p.code.instrs[i + 1..i + 6]
                    .iter()
                    .any(|j| j.opcode == op::MOVE && matches!(p.operands(j)[0], Operand::Y(_)))
        })
        .expect("a try followed by a move from a Y register");
    let read = p.code.instrs[at + 1..at + 6]
        .iter()
        .find(|j| j.opcode == op::MOVE && matches!(p.operands(j)[0], Operand::Y(_)))
        .map(|j| p.operands(j)[0])
        .unwrap();
    set(&mut p, at, 0, read);
    let e = refusal(&p);
    assert!(e.contains("catch marker"), "{e}");
}

#[test]
fn a_loop_without_a_call_is_refused() {
    let Some(mut p) = otp_module("lists.beam") else {
        return;
    };
    // A function whose first instruction is a test: its failure branch now goes back to the
    // entry, a loop that would never give up the scheduler.
    let (at, entry) = p
        .functions
        .iter()
        .find_map(|f| {
            let at = p.label_target(f.entry_label)? + 1;
            let i = p.code.instrs[at];
            (i.opcode == op::IS_NONEMPTY_LIST).then_some((at, f.entry_label))
        })
        .expect("a function starting with is_nonempty_list");
    set(&mut p, at, 0, Operand::Label(entry));
    let e = refusal(&p);
    assert!(e.contains("a loop without a call"), "{e}");
}
