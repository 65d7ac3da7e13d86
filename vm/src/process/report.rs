//! The text of erl's report of a process that outgrew its `max_heap_size`, as erl's logger
//! prints it with its default handler: a header with the time of day, then one line per field
//! and the `garbage_collection_info` list, one item a line.
//!
//! erl prints the time in local time; girder prints the time in UTC (the same on a machine
//! whose time zone is UTC).

use std::fmt::Write;

use super::Process;

/// Column where the items of the `GC Info` list start (one after its opening bracket).
const VALUE_COLUMN: usize = 26;

/// The report for process `p`, whose heaps, fragments and stack total `total` words.
pub fn max_heap_report(p: &Process, total: usize) -> String {
    let mut pid = Vec::new();
    crate::ops::print::display_into(p.pid, &mut pid);
    let limit = p.max_heap;
    let mut text = header();
    let fields: [(&str, String); 7] = [
        ("Process:", format!("{} ", String::from_utf8_lossy(&pid))),
        ("Context:", "maximum heap size reached".to_owned()),
        ("Max Heap Size:", limit.size.to_string()),
        ("Total Heap Size:", total.to_string()),
        ("Kill:", limit.kill.to_string()),
        ("Error Logger:", limit.error_logger.to_string()),
        ("Message Queue Len:", p.mailbox.len().to_string()),
    ];
    for (name, value) in fields {
        let _ = writeln!(text, "     {name:<20}{value}");
    }
    let info = p.gc_info();
    let _ = write!(text, "     {:<20}[", "GC Info:");
    for (i, (key, value)) in info.iter().enumerate() {
        if i > 0 {
            let _ = write!(text, ",\n{:width$}", "", width = VALUE_COLUMN);
        }
        let _ = write!(text, "{{{key},{value}}}");
    }
    text.push_str("]\n\n");
    text
}

/// `=ERROR REPORT==== D-Mon-YYYY::HH:MM:SS.micro ===`, the time now.
fn header() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs();
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    let day_secs = secs % 86_400;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "=ERROR REPORT==== {d}-{}-{y:>4}::{:02}:{:02}:{:02}.{:06} ===\n",
        MONTHS[(m - 1) as usize % 12],
        day_secs / 3600,
        day_secs / 60 % 60,
        day_secs % 60,
        now.subsec_micros()
    )
}

/// The proleptic Gregorian date (year, month 1..12, day 1..31) of `days` days after
/// 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    // Count from 0000-03-01, so that the leap day ends each 4-, 100- and 400-year cycle.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_map_to_calendar_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(59), (1970, 3, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(20_778), (2026, 11, 21));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn the_report_lists_the_fields_and_the_gc_info() {
        let mut p = Process::new(3, (crate::atom::INIT, crate::atom::START_EM, 1));
        p.max_heap.size = 1000;
        let text = max_heap_report(&p, 1234);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].starts_with("=ERROR REPORT==== ") && lines[0].ends_with(" ==="));
        assert_eq!(lines[1], "     Process:            <0.3.0> ");
        assert_eq!(
            lines[2],
            "     Context:            maximum heap size reached"
        );
        assert_eq!(lines[3], "     Max Heap Size:      1000");
        assert_eq!(lines[4], "     Total Heap Size:    1234");
        assert_eq!(
            lines[8],
            "     GC Info:            [{old_heap_block_size,0},"
        );
        assert_eq!(lines[9], "                          {heap_block_size,233},");
        assert!(lines[18].ends_with("{bin_old_vheap_block_size,46422}]"));
        assert!(text.ends_with("]\n\n"));
    }
}
