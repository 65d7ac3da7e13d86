//! Ports under load on 1, 2 and 4 schedulers: 64 ports at once, each echoing 200 framed
//! messages through `cat`, must lose, reorder or duplicate nothing, and afterwards the VM must
//! hold no more file descriptors than before and have no unreaped child left.

mod common;

use std::process::Command;

use common::{girder, repo, run_erlang, scratch};

const MODULE: &str = "port_stress";

#[test]
fn many_ports_echo_everything_and_leave_nothing_behind() {
    let dir = scratch("port-stress");
    let source = repo().join(format!("tests/erlang/{MODULE}.erl"));
    run_erlang(Command::new("erlc").arg("-o").arg(&dir).arg(&source));
    let want = "{echoed,true,64}\n{fds_back,true}\n{no_children,true}\n";
    for schedulers in ["1", "2", "4"] {
        let out = girder()
            .args(["-noshell", "+S", schedulers, "-pa"])
            .arg(&dir)
            .args(["-s", MODULE, "main", "-s", "erlang", "halt"])
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
