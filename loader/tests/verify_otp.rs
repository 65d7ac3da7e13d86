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
