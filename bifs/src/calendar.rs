//! Calendar time BIFs: `erlang:localtime/0`, `universaltime/0`, `date/0`, `time/0`,
//! `localtime_to_universaltime/1,2`, `universaltime_to_localtime/1`,
//! `posixtime_to_universaltime/1` and `universaltime_to_posixtime/1`. Local time goes through
//! the C library as erl's does (`vm::os::time`); POSIX time conversions are plain arithmetic on
//! the proleptic Gregorian calendar.

use std::time::{SystemTime, UNIX_EPOCH};

use num_traits::ToPrimitive;
use vm::bif::{badarg, BifResult, ProcessContext};
use vm::heap::TermAlloc;
use vm::ops::number::Number;
use vm::os::time::{self as os_time, Civil};
use vm::term::Term;

use crate::BifSpec;

/// The BIFs of this module.
pub const BIFS: &[BifSpec] = &[
    ("erlang", "localtime", 0, localtime),
    ("erlang", "universaltime", 0, universaltime),
    ("erlang", "date", 0, date),
    ("erlang", "time", 0, time),
    (
        "erlang",
        "localtime_to_universaltime",
        1,
        local_to_universal_1,
    ),
    (
        "erlang",
        "localtime_to_universaltime",
        2,
        local_to_universal_2,
    ),
    (
        "erlang",
        "universaltime_to_localtime",
        1,
        universal_to_local,
    ),
    (
        "erlang",
        "posixtime_to_universaltime",
        1,
        posix_to_universal,
    ),
    (
        "erlang",
        "universaltime_to_posixtime",
        1,
        universal_to_posix,
    ),
];

fn now_secs() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs() as i64,
        Err(e) => -(e.duration().as_secs() as i64) - 1,
    }
}

/// The universal time at POSIX time `secs`, computed as erl computes it: the day count is
/// split into years with truncating division (so before year 1 its results follow erl's, not
/// the proleptic calendar).
fn civil_of_secs(secs: i64) -> Civil {
    let (mut days, mut rem) = (secs / 86_400, secs % 86_400);
    if rem < 0 {
        days -= 1;
        rem += 86_400;
    }
    // Days since 0000-03-01; years of 365.2425 days from there.
    let days = days + 719_468;
    let before = |y: i64| 365 * y + y / 4 - y / 100 + y / 400;
    let mut y = (10_000 * days + 14_780) / 3_652_425;
    let mut doy = days - before(y);
    if doy < 0 {
        y -= 1;
        doy = days - before(y);
    }
    // Months from March, of 30.6 days.
    let mi = (100 * doy + 52) / 3_060;
    Civil {
        year: y + (mi + 2) / 12,
        month: (mi + 2) % 12 + 1,
        day: doy - (mi * 306 + 5) / 10 + 1,
        hour: rem / 3600,
        minute: rem % 3600 / 60,
        second: rem % 60,
    }
}

fn small(t: Term) -> Option<i64> {
    t.as_small()
}

/// Reads `{{Y, M, D}, {H, Mi, S}}` (small integers; range checks are the caller's).
fn civil_arg(t: Term) -> Option<Civil> {
    let [date, time] = t.tuple_elements()? else {
        return None;
    };
    let [y, m, d] = date.tuple_elements()? else {
        return None;
    };
    let [h, mi, s] = time.tuple_elements()? else {
        return None;
    };
    Some(Civil {
        year: small(*y)?,
        month: small(*m)?,
        day: small(*d)?,
        hour: small(*h)?,
        minute: small(*mi)?,
        second: small(*s)?,
    })
}

fn triple(p: &mut ProcessContext, a: i64, b: i64, c: i64) -> Term {
    let (a, b, c) = (p.heap.integer(a), p.heap.integer(b), p.heap.integer(c));
    p.heap.tuple(&[a, b, c])
}

fn civil_term(p: &mut ProcessContext, c: Civil) -> Term {
    let d = triple(p, c.year, c.month, c.day);
    let t = triple(p, c.hour, c.minute, c.second);
    p.heap.tuple(&[d, t])
}

fn local_now() -> Civil {
    let secs = now_secs();
    os_time::local_at(secs).unwrap_or_else(|| civil_of_secs(secs))
}

fn localtime(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let c = local_now();
    Ok(civil_term(p, c))
}

fn universaltime(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let c = civil_of_secs(now_secs());
    Ok(civil_term(p, c))
}

fn date(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let c = local_now();
    Ok(triple(p, c.year, c.month, c.day))
}

fn time(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let c = local_now();
    Ok(triple(p, c.hour, c.minute, c.second))
}

fn local_to_universal(p: &mut ProcessContext, t: Term, isdst: i32) -> BifResult {
    let Some(c) = civil_arg(t) else {
        return badarg();
    };
    match os_time::local_to_universal(c, isdst) {
        Some(u) => Ok(civil_term(p, u)),
        None => badarg(),
    }
}

fn local_to_universal_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    local_to_universal(p, a[0], -1)
}

fn local_to_universal_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let isdst = match a[1].as_atom().map(|x| x.text()) {
        Some("true") => 1,
        Some("false") => 0,
        Some("undefined") => -1,
        _ => return badarg(),
    };
    local_to_universal(p, a[0], isdst)
}

fn universal_to_local(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(c) = civil_arg(a[0]) else {
        return badarg();
    };
    match os_time::universal_to_local(c) {
        Some(l) => Ok(civil_term(p, l)),
        None => badarg(),
    }
}

fn posix_to_universal(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let secs = match Number::integer_of(a[0]) {
        Some(Number::Small(n)) => n,
        Some(Number::Big(b)) => match b.to_bigint().to_i64() {
            Some(n) => n,
            None => return badarg(),
        },
        _ => return badarg(),
    };
    Ok(civil_term(p, civil_of_secs(secs)))
}

fn universal_to_posix(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(c) = civil_arg(a[0]) else {
        return badarg();
    };
    if !c.is_valid(1600) {
        return badarg();
    }
    let secs = os_time::days_from_civil(c.year, c.month, c.day) * 86_400
        + c.hour * 3600
        + c.minute * 60
        + c.second;
    Ok(p.heap.integer(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_seconds_round_trip_through_civil_time() {
        for secs in [0, -1, 1_616_895_000, -11_676_096_000, 253_402_300_800] {
            let c = civil_of_secs(secs);
            let back = os_time::days_from_civil(c.year, c.month, c.day) * 86_400
                + c.hour * 3600
                + c.minute * 60
                + c.second;
            assert_eq!(back, secs);
        }
        // erl's quirk before year 1: 0000-01-01 reads as -0001-12-31.
        let c = civil_of_secs(-62_167_219_200);
        assert_eq!((c.year, c.month, c.day), (-1, 12, 31));
    }
}
