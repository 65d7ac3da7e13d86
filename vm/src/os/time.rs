//! The C library's calendar functions (`mktime`, `localtime_r`,
//! `gmtime_r`), through which erl converts between local and universal time. Calling the same
//! functions of the same C library as erl makes every conversion identical to erl's under any
//! `TZ`, including its choices for ambiguous and non-existent local times. Each `unsafe` block
//! says why it is sound.

/// A calendar date and time of day (`{{Y, M, D}, {H, Mi, S}}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    /// Year.
    pub year: i64,
    /// Month, 1-12.
    pub month: i64,
    /// Day of the month, 1-31.
    pub day: i64,
    /// Hour, 0-23.
    pub hour: i64,
    /// Minute, 0-59.
    pub minute: i64,
    /// Second, 0-59.
    pub second: i64,
}

/// The earliest year erl converts between local and universal time.
pub const BASE_YEAR: i64 = 1902;

const MONTH_DAYS: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

impl Civil {
    /// Whether every field is in range and the year is at least `min_year`.
    pub fn is_valid(&self, min_year: i64) -> bool {
        (min_year..=i32::MAX as i64 - 1).contains(&self.year)
            && (1..=12).contains(&self.month)
            && (1..=MONTH_DAYS[self.month as usize]
                + (self.month == 2 && is_leap(self.year)) as i64)
                .contains(&self.day)
            && (0..=23).contains(&self.hour)
            && (0..=59).contains(&self.minute)
            && (0..=59).contains(&self.second)
    }

    fn to_tm(self, isdst: i32) -> Option<libc::tm> {
        // SAFETY: `libc::tm` is a plain C struct of integers and one pointer, for which all
        // zero bits are a valid value (a null `tm_zone`).
        let mut tm: libc::tm = unsafe { std::mem::zeroed() };
        tm.tm_year = i32::try_from(self.year - 1900).ok()?;
        tm.tm_mon = (self.month - 1) as i32;
        tm.tm_mday = self.day as i32;
        tm.tm_hour = self.hour as i32;
        tm.tm_min = self.minute as i32;
        tm.tm_sec = self.second as i32;
        tm.tm_isdst = isdst;
        Some(tm)
    }

    fn from_tm(tm: &libc::tm) -> Civil {
        Civil {
            year: tm.tm_year as i64 + 1900,
            month: tm.tm_mon as i64 + 1,
            day: tm.tm_mday as i64,
            hour: tm.tm_hour as i64,
            minute: tm.tm_min as i64,
            second: tm.tm_sec as i64,
        }
    }
}

/// `mktime`, with erl's retry for the one second (-1) `mktime` cannot tell from an error.
fn mktime(tm: &mut libc::tm) -> Option<libc::time_t> {
    // SAFETY: `tm` is a valid, exclusively borrowed `struct tm`; mktime reads and normalises it.
    let t = unsafe { libc::mktime(tm) };
    if t != -1 {
        return Some(t);
    }
    tm.tm_sec -= 1;
    // SAFETY: as above.
    let before = unsafe { libc::mktime(tm) };
    tm.tm_sec += 1;
    (before == -2).then_some(-1)
}

fn gmtime(t: libc::time_t) -> Option<Civil> {
    // SAFETY: all-zero bits are a valid `struct tm` (see `to_tm`).
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call; gmtime_r writes only into `out` and
    // returns null on failure.
    let r = unsafe { libc::gmtime_r(&t, &mut out) };
    (!r.is_null()).then(|| Civil::from_tm(&out))
}

fn localtime(t: libc::time_t) -> Option<Civil> {
    // SAFETY: all-zero bits are a valid `struct tm` (see `to_tm`).
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call; localtime_r writes only into `out` and
    // returns null on failure.
    let r = unsafe { libc::localtime_r(&t, &mut out) };
    (!r.is_null()).then(|| Civil::from_tm(&out))
}

/// Local time `c` as universal time; `isdst` is 1 (daylight saving time), 0 (standard time)
/// or -1 (let the time zone decide). `None` where erl raises `badarg`.
pub fn local_to_universal(c: Civil, isdst: i32) -> Option<Civil> {
    if !c.is_valid(BASE_YEAR) {
        return None;
    }
    let mut tm = c.to_tm(isdst)?;
    let t = match mktime(&mut tm) {
        Some(t) => t,
        // A zone without daylight saving time may refuse a DST time: then as standard time.
        None if isdst != 0 => {
            let mut tm = c.to_tm(0)?;
            mktime(&mut tm)?
        }
        None => return None,
    };
    gmtime(t)
}

/// Days from 1970-01-01 to `y-m-d` (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Universal time `c` as local time; `None` where erl raises `badarg`.
pub fn universal_to_local(c: Civil) -> Option<Civil> {
    if !c.is_valid(BASE_YEAR) {
        return None;
    }
    let secs =
        days_from_civil(c.year, c.month, c.day) * 86_400 + c.hour * 3600 + c.minute * 60 + c.second;
    localtime(libc::time_t::try_from(secs).ok()?)
}

/// Local time at POSIX time `secs`.
pub fn local_at(secs: i64) -> Option<Civil> {
    localtime(libc::time_t::try_from(secs).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_from_civil_matches_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11017);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
    }

    #[test]
    fn invalid_dates_are_refused() {
        let c = Civil {
            year: 2021,
            month: 2,
            day: 29,
            hour: 0,
            minute: 0,
            second: 0,
        };
        assert!(!c.is_valid(BASE_YEAR));
        assert!(Civil { day: 28, ..c }.is_valid(BASE_YEAR));
        assert!(!Civil {
            year: 1900,
            day: 28,
            ..c
        }
        .is_valid(BASE_YEAR));
    }
}
