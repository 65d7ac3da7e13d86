//! Ending a monitor from the watching side: the monitored process (or port) forgets it.

use super::Signal;
use crate::process::{MonitorEntry, MonitorTarget};
use crate::sched::System;

/// Tells the target of monitor `m` (held by a process that removed it or ended) that the
/// monitor is gone: a process gets a demonitor signal, a port drops the watcher. A monitor of
/// another node's process, or of a name that was not registered, has nobody to tell.
pub fn drop_monitor(sys: &System, m: &MonitorEntry) {
    match m.target {
        MonitorTarget::Pid(pid) | MonitorTarget::Name(_, pid) => {
            if pid.is_local_pid() {
                let _ = sys.send_signal(pid, Signal::Demonitor { ref_id: m.ref_id });
            }
        }
        MonitorTarget::Port(port) => {
            if let Some(p) = sys.ports.get(port) {
                p.remove_watcher(m.ref_id);
            }
        }
        MonitorTarget::Remote(_) => {}
    }
}
