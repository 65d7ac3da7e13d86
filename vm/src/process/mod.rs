//! The process: X and float registers, the memory ([`ProcessHeap`]: heap, stack, old heap,
//! fragments), the process dictionary, the exception being handled, the saved execution state
//! between time slices and the reduction count. A `Process` is `Send`: it is owned by one
//! scheduler at a time and never shared.

use crate::atom::Atom;
use crate::code::NO_CP;
use crate::gc::RootSet;
use crate::heap::ProcessHeap;
use crate::instr::{MAX_FR, MAX_X};
use crate::term::Term;

/// Reductions per time slice (ERTS's `CONTEXT_REDS`).
pub const CONTEXT_REDS: i64 = 4000;

/// Where a process continues when it is scheduled again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resume {
    /// Module version id.
    pub version: u32,
    /// Instruction index.
    pub ip: u32,
}

/// One Erlang process.
pub struct Process {
    /// The process identifier (a local pid immediate).
    pub pid: Term,
    /// X registers.
    pub x: Box<[Term; MAX_X]>,
    /// Float registers.
    pub fr: Box<[f64; MAX_FR]>,
    /// Heap, stack, old heap and fragments.
    pub heap: ProcessHeap,
    /// The process dictionary, in insertion order.
    pub dict: Vec<(Term, Term)>,
    /// Number of active `catch`/`try` handlers on the stack.
    pub catches: u32,
    /// The continuation register: where `return` goes (a continuation word, or [`NO_CP`]).
    pub cp: u64,
    /// Where execution resumes, when the process is not running.
    pub resume: Option<Resume>,
    /// Reductions executed in total.
    pub reductions: u64,
    /// The last exception's class, reason and stack trace, kept as GC roots while handled.
    pub exception: [Term; 3],
    /// The function the process was started with (module, function, arity).
    pub initial: (Atom, Atom, u32),
    /// Counter for `make_ref/0`.
    pub next_ref: u64,
}

impl Process {
    /// A new process with pid payload `id` and an empty stack.
    pub fn new(id: u64, initial: (Atom, Atom, u32)) -> Process {
        Process {
            pid: Term::local_pid(id),
            x: Box::new([Term::NIL; MAX_X]),
            fr: Box::new([0.0; MAX_FR]),
            heap: ProcessHeap::new(),
            dict: Vec::new(),
            catches: 0,
            cp: NO_CP,
            resume: None,
            reductions: 0,
            exception: [Term::NIL; 3],
            initial,
            next_ref: 0,
        }
    }

    /// Collects garbage at a safepoint where `x[0..live]` hold terms, making room for `need`
    /// words. All other X registers are cleared (they hold no valid terms afterwards).
    pub fn garbage_collect(&mut self, need: usize, live: usize) {
        let live = live.min(MAX_X);
        let mut roots = Roots {
            x: &mut self.x[..live],
            dict: &mut self.dict,
            exception: &mut self.exception,
        };
        self.heap.garbage_collect(need, &mut roots);
    }

    /// Makes sure `need` heap words are free, collecting with `live` X registers if not.
    #[inline]
    pub fn ensure_heap(&mut self, need: usize, live: usize) {
        if !self.heap.has_room(need) {
            self.garbage_collect(need, live);
        }
    }
}

/// The roots a process presents to the collector besides its stack.
struct Roots<'a> {
    x: &'a mut [Term],
    dict: &'a mut Vec<(Term, Term)>,
    exception: &'a mut [Term; 3],
}

impl RootSet for Roots<'_> {
    fn visit_roots(&mut self, f: &mut dyn FnMut(&mut Term)) {
        self.x.iter_mut().for_each(&mut *f);
        for (k, v) in self.dict.iter_mut() {
            f(k);
            f(v);
        }
        self.exception.iter_mut().for_each(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::heap::TermAlloc;

    fn assert_send<T: Send>() {}

    #[test]
    fn process_is_send_and_collects_with_its_roots() {
        assert_send::<Process>();
        let mut p = Process::new(0, (crate::atom::INIT, crate::atom::START_EM, 1));
        let l = p.heap.list(&[Term::small(1), Term::small(2)]);
        p.x[0] = l;
        p.dict.push((Term::small(7), p.heap.tuple(&[l])));
        for _ in 0..1000 {
            p.heap.tuple(&[Term::small(3); 5]);
        }
        p.garbage_collect(10, 1);
        let (h, t) = p.x[0].as_cons().unwrap();
        assert_eq!(h, Term::small(1));
        assert_eq!(t.as_cons().unwrap().0, Term::small(2));
        assert_eq!(p.dict[0].1.tuple_element(0).head(), Term::small(1));
    }
}
