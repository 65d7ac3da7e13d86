//! The I/O thread: one `mio` poll over the descriptors of every port.
//!
//! Readiness of a port's input turns into [`super::Port::input_ready`], readiness of its output
//! into [`super::Port::output_ready`]; both run non-blocking driver calls under the port's lock.
//! The same thread reaps the programs of spawned ports ([`reap`]) and reports their exit
//! status. No scheduler ever waits for I/O.

use std::process::Child;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use mio::unix::pipe::Sender;
use mio::{Events, Interest, Poll, Registry, Token, Waker};

use super::spawn::OutQueue;

/// The token of the waker (never a port's: port tokens are `2 * number` and `2 * number + 1`).
const WAKE: Token = Token(usize::MAX);

/// The first token of pipes of closed ports that still write their queued output.
const LINGER: usize = usize::MAX / 2;

/// The I/O thread's shared side.
struct Poller {
    registry: Registry,
    waker: Waker,
    /// Ports whose input is to be read again without waiting for readiness.
    again: Mutex<Vec<u64>>,
    /// Programs not yet reaped: the port that reports their status, if any, and the child.
    children: Mutex<Vec<(Option<u64>, Child)>>,
    /// Ports to look at again at a moment (a driver's time limit), with that moment.
    deadlines: Mutex<Vec<(std::time::Instant, u64)>>,
    /// Pipes of closed ports writing what was queued, by token.
    lingering: Mutex<std::collections::HashMap<usize, (Sender, OutQueue)>>,
    next_linger: std::sync::atomic::AtomicUsize,
}

fn lock<T>(m: &Mutex<T>) -> crate::sched::sync::Guard<std::sync::MutexGuard<'_, T>> {
    crate::sched::sync::lock(m)
}

/// The poller, started on first use; `None` if the OS refused a poll instance or a thread.
fn poller() -> Option<&'static Poller> {
    static POLLER: OnceLock<Option<Poller>> = OnceLock::new();
    POLLER
        .get_or_init(|| {
            let poll = Poll::new().ok()?;
            let registry = poll.registry().try_clone().ok()?;
            let waker = Waker::new(poll.registry(), WAKE).ok()?;
            std::thread::Builder::new()
                .name("girder-io".into())
                .spawn(move || run(poll))
                .ok()?;
            Some(Poller {
                registry,
                waker,
                again: Mutex::new(Vec::new()),
                children: Mutex::new(Vec::new()),
                deadlines: Mutex::new(Vec::new()),
                lingering: Mutex::new(std::collections::HashMap::new()),
                next_linger: std::sync::atomic::AtomicUsize::new(LINGER),
            })
        })
        .as_ref()
}

/// Watches `source` for readable input of port `port`.
pub fn register_input(port: u64, source: &mut impl mio::event::Source) -> bool {
    poller().is_some_and(|p| {
        p.registry
            .register(source, Token(2 * port as usize), Interest::READABLE)
            .is_ok()
    })
}

/// Watches `source` for room to write the queued output of port `port`.
pub fn register_output(port: u64, source: &mut impl mio::event::Source) -> bool {
    poller().is_some_and(|p| {
        p.registry
            .register(source, Token(2 * port as usize + 1), Interest::WRITABLE)
            .is_ok()
    })
}

/// Stops watching `source`.
pub fn deregister(source: &mut impl mio::event::Source) {
    if let Some(p) = poller() {
        let _ = p.registry.deregister(source);
    }
}

/// Writes `queue` to `pipe` (of a port that closed) before closing it; nothing to write
/// closes it at once.
pub fn linger(mut pipe: Sender, mut queue: OutQueue) {
    let Some(p) = poller() else { return };
    if queue.is_empty() || queue.drain(&mut pipe).is_err() || queue.is_empty() {
        let _ = p.registry.deregister(&mut pipe);
        return;
    }
    let token = p
        .next_linger
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    if p.registry
        .reregister(&mut pipe, Token(token), Interest::WRITABLE)
        .is_ok()
    {
        lock(&p.lingering).insert(token, (pipe, queue));
    }
}

/// Asks the I/O thread to read port `port` again at `when` (a driver's time limit, which the
/// driver checks when it reads).
pub fn again_at(port: u64, when: std::time::Instant) {
    if let Some(p) = poller() {
        lock(&p.deadlines).push((when, port));
        let _ = p.waker.wake();
    }
}

/// Reads port `port`'s input again on the next turn (it stopped with input left).
pub fn again(port: u64) {
    if let Some(p) = poller() {
        lock(&p.again).push(port);
        let _ = p.waker.wake();
    }
}

/// Reaps `child`, reporting its exit status to port `port` if given.
pub fn reap(port: Option<u64>, child: Child) {
    match poller() {
        Some(p) => {
            lock(&p.children).push((port, child));
            let _ = p.waker.wake();
        }
        None => {
            // No I/O thread: wait here (the program's output has ended).
            let mut child = child;
            let _ = child.wait();
        }
    }
}

/// Programs not yet reaped.
pub fn unreaped() -> usize {
    poller().map_or(0, |p| lock(&p.children).len())
}

/// An exit status as erl reports it: the code, or 128 plus the signal that ended the program.
fn status_code(status: std::process::ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => c as i64,
        (None, Some(s)) => 128 + s as i64,
        _ => 0,
    }
}

/// The I/O thread's loop.
fn run(mut poll: Poll) {
    let mut events = Events::with_capacity(256);
    loop {
        let Some(p) = poller() else { return };
        let busy = !lock(&p.again).is_empty();
        let waiting = !lock(&p.children).is_empty();
        let next_deadline = lock(&p.deadlines).iter().map(|&(when, _)| when).min();
        let timeout = if busy {
            Some(Duration::ZERO)
        } else if waiting {
            Some(Duration::from_millis(2))
        } else {
            None
        };
        let timeout = match next_deadline {
            Some(when) => {
                let left = when.saturating_duration_since(std::time::Instant::now());
                Some(timeout.map_or(left, |t| t.min(left)))
            }
            None => timeout,
        };
        if let Err(e) = poll.poll(&mut events, timeout) {
            if e.kind() != std::io::ErrorKind::Interrupted {
                return;
            }
        }
        let sys = crate::sched::system();
        for ev in events.iter() {
            if ev.token() == WAKE {
                continue;
            }
            let t = ev.token().0;
            if t >= LINGER {
                let mut lingering = lock(&p.lingering);
                let done = lingering
                    .get_mut(&t)
                    .is_none_or(|(pipe, queue)| queue.drain(pipe).is_err() || queue.is_empty());
                if done {
                    if let Some((mut pipe, _)) = lingering.remove(&t) {
                        let _ = p.registry.deregister(&mut pipe);
                    }
                }
                continue;
            }
            let Some(port) = sys.ports.by_number((t / 2) as u64) else {
                continue;
            };
            if t % 2 == 0 {
                port.input_ready(sys);
            } else {
                port.output_ready(sys);
            }
        }
        let now = std::time::Instant::now();
        let mut due = Vec::new();
        lock(&p.deadlines).retain(|&(when, port)| {
            if when <= now {
                due.push(port);
                false
            } else {
                true
            }
        });
        for n in due {
            if let Some(port) = sys.ports.by_number(n) {
                port.input_ready(sys);
            }
        }
        let again = std::mem::take(&mut *lock(&p.again));
        for n in again {
            if let Some(port) = sys.ports.by_number(n) {
                port.input_ready(sys);
            }
        }
        let mut done = Vec::new();
        lock(&p.children).retain_mut(|(port, child)| match child.try_wait() {
            Ok(None) => true,
            Ok(Some(status)) => {
                done.push((*port, status_code(status)));
                false
            }
            Err(_) => false,
        });
        for (port, code) in done {
            if let Some(port) = port.and_then(|n| sys.ports.by_number(n)) {
                port.exited(sys, code);
            }
        }
    }
}
