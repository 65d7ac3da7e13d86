//! Ports under load on 1, 2 and 4 schedulers: 1,000 ports at once, each echoing 1 MB through
//! `cat` in `{packet, 4}` messages of up to 64 KB, must lose, reorder or duplicate nothing,
//! and afterwards the VM must hold no more file descriptors than before and have no unreaped
//! child left (`tests/erlang/port_stress.erl` checks all three).

mod common;

use std::process::Command;

use common::{girder, repo, run_erlang, scratch};

const MODULE: &str = "port_stress";
const PORTS: usize = 1000;
const BYTES: usize = 1 << 20;
/// Descriptors the run needs: two pipes a port, and some to spare.
const DESCRIPTORS: usize = 4 * PORTS + 256;

#[test]
fn a_thousand_ports_echo_everything_and_leave_nothing_behind() {
    let dir = scratch("port-stress");
    let source = repo().join(format!("tests/erlang/{MODULE}.erl"));
    run_erlang(Command::new("erlc").arg("-o").arg(&dir).arg(&source));
    let want = format!("{{echoed,true,{PORTS}}}\n{{fds_back,true}}\n{{no_children,true}}\n");
    let bin = girder().get_program().to_owned();
    for schedulers in ["1", "2", "4"] {
        // Through a shell that raises the soft limit on descriptors (up to the hard limit,
        // which needs no privilege), so that the test does not depend on the caller's.
        let script = format!(
            "ulimit -n {DESCRIPTORS} 2>/dev/null || ulimit -n \"$(ulimit -H -n)\"; \
             [ \"$(ulimit -n)\" = unlimited ] || [ \"$(ulimit -n)\" -ge {DESCRIPTORS} ] || \
             {{ echo \"only $(ulimit -n) descriptors\" >&2; exit 3; }}; exec \"$0\" \"$@\""
        );
        let out = Command::new("/bin/sh")
            .arg("-c")
            .arg(script)
            .arg(&bin)
            .args(["-noshell", "+S", schedulers, "-pa"])
            .arg(&dir)
            .args(["-s", MODULE, "main"])
            .arg(PORTS.to_string())
            .arg(BYTES.to_string())
            .args(["-s", "erlang", "halt"])
            .output()
            .expect("run girder");
        let stdout = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
        assert!(
            out.status.success() && stdout == want,
            "+S {schedulers}: girder ended with {} and printed\n{stdout}\nstderr:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
