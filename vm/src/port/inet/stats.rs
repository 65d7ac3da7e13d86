//! `inet:getstat/1`'s counters (`GETSTAT`).

use super::error;

/// Packet statistics, kept as ERTS's inet driver keeps them (running averages in floating
/// point, reported truncated).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Stats {
    recv_cnt: u64,
    recv_max: u64,
    recv_avg: f64,
    recv_dvi: f64,
    recv_oct: u64,
    send_cnt: u64,
    send_max: u64,
    send_avg: f64,
    send_oct: u64,
}

impl Stats {
    pub(super) fn received(&mut self, len: usize) {
        let n = (self.recv_cnt + 1) as f64;
        let len_f = len as f64;
        self.recv_oct += len as u64;
        self.recv_avg += (len_f - self.recv_avg) / n;
        self.recv_max = self.recv_max.max(len as u64);
        self.recv_dvi += ((len_f - self.recv_avg) - self.recv_dvi) / n;
        self.recv_cnt += 1;
    }

    pub(super) fn sent(&mut self, len: usize) {
        let n = (self.send_cnt + 1) as f64;
        self.send_oct += len as u64;
        self.send_avg += (len as f64 - self.send_avg) / n;
        self.send_max = self.send_max.max(len as u64);
        self.send_cnt += 1;
    }

    /// The `GETSTAT` answer for the statistics codes in `codes`.
    pub(super) fn reply(&self, codes: &[u8]) -> Vec<u8> {
        let mut r = vec![1];
        for &code in codes {
            r.push(code);
            let value: u64 = match code {
                1 => self.recv_cnt,
                2 => self.recv_max,
                3 => self.recv_avg as u64,
                4 => self.recv_dvi.abs() as u64,
                5 => self.send_cnt,
                6 => self.send_max,
                7 => self.send_avg as u64,
                // Sends are written at once: nothing is pending.
                8 => 0,
                9 | 10 => {
                    let oct = if code == 9 {
                        self.recv_oct
                    } else {
                        self.send_oct
                    };
                    r.extend_from_slice(&oct.to_be_bytes());
                    continue;
                }
                _ => return error("einval"),
            };
            r.extend_from_slice(&(value as u32).to_be_bytes());
        }
        r
    }
}
