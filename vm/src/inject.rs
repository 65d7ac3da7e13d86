//! Panics injected at chosen points, to test that the schedulers contain them
//! (`docs/robustness.md`). Compiled in only with the `panic-inject` cargo feature; without it
//! [`at`] is an empty function and [`arm`] does nothing.
//!
//! A point is armed for one process (or for any process) by `erts_debug:inject_panic/1,2` in
//! a build with the feature, and fires once, the next time that process reaches it.

use crate::term::Term;

/// A place where a panic can be injected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// At the start of the process's next time slice, inside the interpreter's containment.
    Slice,
    /// In the middle of the process's next garbage collection (roots taken, heap not yet
    /// collected).
    Gc,
    /// Right after the process's next time slice, in the scheduler outside any process: the
    /// system's own state counts as damaged.
    AfterSlice,
    /// While the scheduler fires due timers, outside any process.
    Timer,
}

impl Point {
    /// The point named `name` (`slice`, `gc`, `after_slice`, `timer`).
    pub fn named(name: &str) -> Option<Point> {
        Some(match name {
            "slice" => Point::Slice,
            "gc" => Point::Gc,
            "after_slice" => Point::AfterSlice,
            "timer" => Point::Timer,
            _ => return None,
        })
    }
}

#[cfg(feature = "panic-inject")]
mod armed {
    use super::Point;
    use crate::term::Term;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Mutex;

    static ANY: AtomicBool = AtomicBool::new(false);
    static ARMED: Mutex<Vec<(Point, Option<Term>)>> = Mutex::new(Vec::new());

    pub fn arm(point: Point, pid: Option<Term>) {
        ARMED
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((point, pid));
        ANY.store(true, Ordering::SeqCst);
    }

    #[track_caller]
    pub fn at(point: Point, pid: Term) {
        if !ANY.load(Ordering::SeqCst) {
            return;
        }
        let fire = {
            let mut armed = ARMED.lock().unwrap_or_else(|e| e.into_inner());
            let found = armed
                .iter()
                .position(|&(p, who)| p == point && who.is_none_or(|w| w == pid));
            if let Some(i) = found {
                armed.swap_remove(i);
                if armed.is_empty() {
                    ANY.store(false, Ordering::SeqCst);
                }
            }
            found.is_some()
        };
        if fire {
            panic!("injected panic at {point:?}");
        }
    }
}

/// Arms `point` for process `pid` (any process when `None`); `false` in a build without the
/// `panic-inject` feature.
pub fn arm(point: Point, pid: Option<Term>) -> bool {
    #[cfg(feature = "panic-inject")]
    {
        armed::arm(point, pid);
        true
    }
    #[cfg(not(feature = "panic-inject"))]
    {
        let _ = (point, pid);
        false
    }
}

/// Panics if `point` is armed for process `pid` (or for any process).
#[inline(always)]
#[track_caller]
pub fn at(point: Point, pid: Term) {
    #[cfg(feature = "panic-inject")]
    armed::at(point, pid);
    #[cfg(not(feature = "panic-inject"))]
    let _ = (point, pid);
}
