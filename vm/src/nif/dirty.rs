//! The dirty I/O pool: threads that run NIF work which may block (file system calls), so that
//! no scheduler waits on a disk or a FIFO.
//!
//! A dirty NIF ([`DirtyFn`]) runs in two halves. On the scheduler it checks and copies its
//! arguments and returns the [`DirtyWork`] to do; the process then waits as in a `receive`
//! (the BIF machinery's `Wait`). A pool thread runs the work, which returns a [`Finish`]: the
//! part that builds the result terms on the process heap. The pool posts the finish in the
//! completion table under the process's pid and wakes the process with a
//! [`crate::signal::Signal::Wake`] signal; the process, calling the NIF again when it wakes,
//! finds the finish there and runs it on its own scheduler. Other signals that wake it
//! meanwhile find the work still running and wait again.
//!
//! A process that ends while its work runs leaves nothing behind: the pool drops a finish whose
//! process no longer exists.

use std::collections::HashMap;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

use crate::bif::{BifError, BifResult};
use crate::process::Process;
use crate::sched::sync;
use crate::signal::Signal;
use crate::term::Term;

/// Builds a dirty NIF's result on its process (on the process's scheduler).
pub type Finish = Box<dyn FnOnce(&mut Process) -> BifResult + Send>;
/// The blocking part of a dirty NIF, run on a pool thread.
pub type DirtyWork = Box<dyn FnOnce() -> Finish + Send>;
/// A dirty NIF: checks its arguments on the scheduler and returns the work to run off it.
pub type DirtyFn = fn(&mut Process, &[Term]) -> Result<DirtyWork, BifError>;

/// Threads of the pool (ERTS starts 10 dirty I/O schedulers by default).
pub const POOL_THREADS: usize = 10;

enum State {
    Running,
    Done(Finish),
}

fn jobs() -> &'static Mutex<HashMap<u64, State>> {
    static J: LazyLock<Mutex<HashMap<u64, State>>> = LazyLock::new(|| Mutex::new(HashMap::new()));
    &J
}

struct Job {
    pid: Term,
    work: DirtyWork,
}

fn pool() -> &'static Mutex<Sender<Job>> {
    static POOL: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    POOL.get_or_init(|| {
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for i in 0..POOL_THREADS {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("dirty_io_{i}"))
                .spawn(move || worker(&rx));
            if spawned.is_err() {
                eprintln!("girder: cannot start a dirty I/O thread");
            }
        }
        Mutex::new(tx)
    })
}

fn worker(rx: &Mutex<Receiver<Job>>) {
    loop {
        let job = {
            let guard = sync::lock(rx);
            guard.recv()
        };
        let Ok(Job { pid, work }) = job else {
            return;
        };
        let finish = work();
        sync::lock(jobs()).insert(pid.raw(), State::Done(finish));
        if crate::sched::system()
            .send_signal(pid, Signal::Wake)
            .is_err()
        {
            sync::lock(jobs()).remove(&pid.raw());
        }
    }
}

/// Runs dirty NIF `f` for process `p`: the first call starts its work on the pool and waits;
/// the call after the work is done returns its result.
pub fn call(p: &mut Process, f: DirtyFn, args: &[Term]) -> BifResult {
    let key = p.pid.raw();
    {
        let mut jobs = sync::lock(jobs());
        match jobs.remove(&key) {
            Some(State::Done(finish)) => {
                drop(jobs);
                return finish(p);
            }
            Some(State::Running) => {
                jobs.insert(key, State::Running);
                return Err(BifError::Wait);
            }
            None => {}
        }
    }
    let work = f(p, args)?;
    sync::lock(jobs()).insert(key, State::Running);
    let sent = sync::lock(pool()).send(Job { pid: p.pid, work });
    if let Err(e) = sent {
        // No pool thread is left: do the work here rather than never.
        sync::lock(jobs()).remove(&key);
        let finish = (e.0.work)();
        return finish(p);
    }
    Err(BifError::Wait)
}
