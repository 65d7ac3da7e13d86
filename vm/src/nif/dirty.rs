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

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, LazyLock, Mutex, Once, OnceLock};
use std::time::{Duration, Instant};

use crate::bif::{BifError, BifResult};
use crate::process::Process;
use crate::sched::sync;
use crate::signal::Signal;
use crate::term::Term;

/// Builds a dirty NIF's result on its process (on the process's scheduler), given the call's
/// arguments as they are when the process runs again (terms the work saw may have moved).
pub type Finish = Box<dyn FnOnce(&mut Process, &[Term]) -> BifResult + Send>;
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

/// How long an idle pool thread keeps looking for the next job before it sleeps. A process
/// reading a file in chunks sends its next job within microseconds of the last one's result;
/// a thread that is still looking takes it without the system call and thread switch that
/// waking a sleeping one costs.
const SPIN: Duration = Duration::from_micros(50);

/// The pool's queue: jobs not yet taken, and how many threads sleep on `ready`.
struct Pool {
    queue: Mutex<PoolQueue>,
    ready: Condvar,
    /// Jobs in the queue, read without the lock by the spinning thread.
    queued: AtomicUsize,
    /// Whether a thread is looking for work without sleeping (at most one does, so idle
    /// threads never crowd the cores).
    spinning: AtomicBool,
}

#[derive(Default)]
struct PoolQueue {
    jobs: VecDeque<Job>,
    sleeping: usize,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    static STARTED: Once = Once::new();
    let shared: &'static Pool = POOL.get_or_init(|| Pool {
        queue: Mutex::new(PoolQueue::default()),
        ready: Condvar::new(),
        queued: AtomicUsize::new(0),
        spinning: AtomicBool::new(false),
    });
    STARTED.call_once(|| {
        for i in 0..POOL_THREADS {
            let spawned = std::thread::Builder::new()
                .name(format!("dirty_io_{i}"))
                .spawn(move || worker(shared));
            if spawned.is_err() {
                eprintln!("girder: cannot start a dirty I/O thread");
            }
        }
    });
    shared
}

/// Queues `job`, waking a sleeping thread unless the spinning one can take it.
fn submit(pool: &Pool, job: Job) {
    let mut q = sync::lock(&pool.queue);
    q.jobs.push_back(job);
    let queued = pool.queued.fetch_add(1, Ordering::SeqCst) + 1;
    let spinner = usize::from(pool.spinning.load(Ordering::SeqCst));
    if q.sleeping > 0 && queued > spinner {
        pool.ready.notify_one();
    }
}

/// Takes a queued job, if there is one.
fn take(pool: &Pool) -> Option<Job> {
    let job = sync::lock(&pool.queue).jobs.pop_front()?;
    pool.queued.fetch_sub(1, Ordering::SeqCst);
    Some(job)
}

/// Takes the next job: one thread at a time looks for one for [`SPIN`]; the others, and that
/// one afterwards, sleep until one is queued.
fn next_job(pool: &Pool) -> Job {
    if pool
        .spinning
        .compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst)
        .is_ok()
    {
        let start = Instant::now();
        let mut found = None;
        while found.is_none() && start.elapsed() < SPIN {
            if pool.queued.load(Ordering::SeqCst) > 0 {
                found = take(pool);
            } else {
                std::thread::yield_now();
            }
        }
        pool.spinning.store(false, Ordering::SeqCst);
        if let Some(job) = found {
            // A job queued while this thread was still marked spinning woke nobody: pass it on.
            if pool.queued.load(Ordering::SeqCst) > 0 {
                let q = sync::lock(&pool.queue);
                if q.sleeping > 0 && !q.jobs.is_empty() {
                    pool.ready.notify_one();
                }
            }
            return job;
        }
    }
    let mut q = sync::lock(&pool.queue);
    loop {
        if let Some(job) = q.jobs.pop_front() {
            pool.queued.fetch_sub(1, Ordering::SeqCst);
            return job;
        }
        q.sleeping += 1;
        q = sync::wait(&pool.ready, &pool.queue, q);
        q.sleeping -= 1;
    }
}

fn worker(pool: &Pool) {
    loop {
        let Job { pid, work } = next_job(pool);
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
                return finish(p, args);
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
    submit(pool(), Job { pid: p.pid, work });
    Err(BifError::Wait)
}
