//! The interpreter: `loop { match code[ip] { ... } }` over girder instructions.
//!
//! The hot state lives in locals: the running module version and its code, the instruction
//! index, the reduction budget. The continuation register, X registers and the stack live in the
//! [`Process`]. Rare instructions and every error path call `#[cold]` functions in the submodules
//! ([`calls`] for calls through exports, funs and `apply`; [`raise`] for exceptions).
//!
//! Reductions are counted on calls and returns; after [`CONTEXT_REDS`] the process yields
//! ([`Exit::Yield`]) with its state saved in [`Process::resume`], and [`run`] continues it.

pub mod bits;
pub mod calls;
mod fast;
mod live;
pub mod maps;
pub mod raise;
pub mod receive;
mod small;

use crate::atom;
use crate::bif::{self, BifError};
use crate::code::{self, decode_cp, encode_cp, ModuleVersion, NO_CP};
use crate::exception::{Class, Top};
use crate::heap::TermAlloc;
use crate::instr::{count, Dst, Instr, Src, MAX_X};
use crate::process::{Process, Resume, CONTEXT_REDS};
use crate::term::Term;

use calls::Flow;
pub use live::resume_live;

/// Term comparisons of the test instructions: the identical-word and small-integer cases inline,
/// everything else through [`crate::ops::compare`].
mod compare {
    use crate::ops::compare as ops;
    use crate::term::Term;
    use std::cmp::Ordering;

    /// `a =:= b`.
    #[inline(always)]
    pub fn exact_eq(a: Term, b: Term) -> bool {
        a == b || (!(a.is_immediate() && b.is_immediate()) && ops::exact_equal(a, b))
    }

    /// `a == b`.
    #[inline(always)]
    pub fn eq(a: Term, b: Term) -> bool {
        a == b || (!(a.is_immediate() && b.is_immediate()) && ops::equal(a, b))
    }

    /// `a < b`: two small integers compare inline, anything else out of line.
    #[inline(always)]
    pub fn lt(a: Term, b: Term) -> bool {
        if super::small::both_small(a, b) {
            (a.raw() as i64) < (b.raw() as i64)
        } else {
            lt_general(a, b)
        }
    }

    /// `a < b` for any terms.
    #[cold]
    #[inline(never)]
    fn lt_general(a: Term, b: Term) -> bool {
        ops::compare(a, b) == Ordering::Less
    }
}

/// Why [`run`] returned.
#[derive(Clone, Copy, Debug)]
pub enum Exit {
    /// The process returned to its bottom continuation; the value is `x[0]`.
    Normal(Term),
    /// An exception nobody caught ended the process (`trace` is the stack trace list).
    Exception {
        /// Class.
        class: Class,
        /// Reason.
        reason: Term,
        /// Stack trace.
        trace: Term,
    },
    /// `erlang:halt/1,2` asked the system to stop with this status.
    Halt(i32),
    /// `erlang:halt/1` with a string: stop with status 1 after printing the message.
    HaltWithMessage(&'static str),
    /// The time slice is used up; call [`run`] again to continue.
    Yield,
    /// The process waits for a signal (a `receive` found nothing to match); it continues at
    /// [`Process::resume`] once one arrives.
    Wait,
}

/// Runs `p` from [`Process::resume`] for at most one time slice. The module versions it runs
/// are borrowed from this thread's version cache for the slice (`code::cache`), which is
/// refreshed first: a slice never sees a version purged before it began.
pub fn run(p: &mut Process) -> Exit {
    code::cache::with_slice(|cache| run_cached(p, cache))
}

/// [`run`] with the caller's version cache, which the caller has refreshed
/// (`VersionCache::refresh`) since any version it holds was purged: the schedulers keep theirs
/// in their loop.
#[inline]
pub fn run_cached(p: &mut Process, cache: &code::cache::VersionCache) -> Exit {
    if count::enabled() {
        run_loop::<true>(p, cache)
    } else {
        run_loop::<false>(p, cache)
    }
}

/// Mask applied to X register indexes (the loader guarantees they are below [`MAX_X`]); it lets
/// the compiler drop the bounds check.
const XMASK: usize = MAX_X - 1;

/// Reads a source operand.
#[inline(always)]
pub(crate) fn get(p: &Process, consts: &[Term], s: Src) -> Term {
    match s.tag() {
        0 => p.x[s.index() & XMASK],
        1 => p.heap.y(s.index()),
        _ => consts[s.index()],
    }
}

/// Writes a destination operand.
#[inline(always)]
fn put(p: &mut Process, d: Dst, t: Term) {
    if d.is_y() {
        p.heap.set_y(d.index(), t);
    } else {
        p.x[d.index() & XMASK] = t;
    }
}

/// A small-integer fast path of an arithmetic instruction (`interp::small`).
type SmallOp = fn(Term, Term) -> Option<Term>;

fn run_loop<const COUNT: bool>(p: &mut Process, cache: &code::cache::VersionCache) -> Exit {
    let Some(resume) = p.resume.take() else {
        return Exit::Normal(p.x[0]);
    };
    let Some(mut ver) = cache.get(resume.version) else {
        return raise::internal(p, "resumed in a module version that does not exist");
    };
    let mut code: &[Instr] = &ver.code;
    let mut consts: &[Term] = &ver.consts;
    let mut ip = resume.ip as usize;
    let mut reds: i64 = CONTEXT_REDS;

    // Jumps to `(version, ip)`, switching module version if needed.
    macro_rules! goto {
        ($v:expr, $i:expr) => {{
            let (v, i): (u32, u32) = ($v, $i);
            if v != ver.id {
                ver = match cache.get(v) {
                    Some(x) => x,
                    None => {
                        return raise::internal(p, "jump into a module version that does not exist")
                    }
                };
                code = &ver.code;
                consts = &ver.consts;
            }
            ip = i as usize;
            continue;
        }};
    }
    // Follows a control-flow decision of a cold helper.
    macro_rules! flow {
        ($f:expr) => {{
            match $f {
                Flow::Goto(v, i) => goto!(v, i),
                Flow::Stop(exit) => return exit,
            }
        }};
    }
    // Raises an exception at the current instruction.
    macro_rules! raise {
        ($class:expr, $reason:expr, $top:expr) => {{
            flow!(raise::raise(p, $class, $reason, $top))
        }};
    }
    macro_rules! error_here {
        ($reason:expr) => {{
            raise!(
                Class::Error,
                $reason,
                Top::Code {
                    version: ver.id,
                    ip: ip as u32
                }
            )
        }};
    }
    // Counts a reduction and yields when the slice is used up; `($v, $i)` is where to resume.
    macro_rules! reduce {
        ($v:expr, $i:expr) => {{
            reds -= 1;
            if reds <= 0 {
                p.reductions += CONTEXT_REDS as u64;
                p.resume = Some(Resume {
                    version: $v,
                    ip: $i as u32,
                });
                return Exit::Yield;
            }
        }};
    }
    // Counts a reduction for a call or return, then jumps to `(version, ip)`.
    macro_rules! transfer {
        ($v:expr, $i:expr) => {{
            let (v, i): (u32, u32) = ($v, $i);
            reduce!(v, i);
            goto!(v, i)
        }};
    }
    // Returns to continuation `$cp`, which becomes the register's empty value again (the
    // caller's own continuation is in its frame), so a stack trace taken in the caller does not
    // show a stale return address.
    macro_rules! ret {
        ($cp:expr) => {{
            let cp: u64 = $cp;
            if cp == NO_CP {
                return raise::internal(p, "return without a continuation");
            }
            p.cp = NO_CP;
            let (v, i) = decode_cp(cp);
            // Returns count no reduction (as in BEAM: only calls do).
            goto!(v, i)
        }};
    }
    // Calls through import `$import`: straight to its code when it has some, otherwise through
    // the general path (BIFs, undefined functions, the error handler).
    macro_rules! call_ext {
        ($import:expr) => {{
            let e = ver.imports[$import as usize];
            if let code::Target::Code { version, ip: to } = e.target() {
                transfer!(version, to)
            }
            flow!(calls::call_export(p, e, ver.id, ip as u32))
        }};
    }
    // A collection that found the heap over its `max_heap_size` ended the process: it runs no
    // further (the scheduler ends it), as in erl.
    macro_rules! stop_if_killed {
        () => {
            if p.pending_exit.is_some() {
                p.resume = Some(Resume {
                    version: ver.id,
                    ip: ip as u32,
                });
                return Exit::Yield;
            }
        };
    }
    macro_rules! test {
        ($cond:expr, $fail:expr) => {{
            if $cond {
                ip += 1;
            } else {
                ip = $fail.ip();
            }
            continue;
        }};
    }

    // The previous instruction executed, for the pair counts.
    let mut prev: Option<(usize, crate::instr::Opcode)> = None;
    loop {
        if !COUNT && fast::handles(&code[ip]) {
            let x = <&mut [Term; MAX_X]>::try_from(&mut *p.x);
            let fr = <&mut [f64; crate::instr::MAX_FR]>::try_from(&mut *p.fr);
            if let (Ok(x), Ok(fr)) = (x, fr) {
                match fast::run(x, fr, &mut p.heap, &mut p.cp, ver, &mut ip, &mut reds) {
                    fast::Stop::Slow => {}
                    fast::Stop::Jump(version, at) => goto!(version, at),
                    fast::Stop::Yield(version, at) => {
                        p.reductions += CONTEXT_REDS as u64;
                        p.resume = Some(Resume { version, ip: at });
                        return Exit::Yield;
                    }
                    fast::Stop::Broken(why) => return raise::internal(p, why),
                }
            }
        }
        let instr = code[ip];
        if COUNT {
            count::bump(instr.opcode());
            match prev {
                Some((before, op)) if before + 1 == ip => count::bump_pair(op, instr.opcode()),
                _ => {}
            }
            prev = Some((ip, instr.opcode()));
        }
        match instr {
            // ---- moving data ----
            Instr::MoveXX { src, dst } => {
                p.x[dst.0 as usize & XMASK] = p.x[src.0 as usize & XMASK];
                ip += 1;
            }
            Instr::MoveXY { src, dst } => {
                let t = p.x[src.0 as usize & XMASK];
                p.heap.set_y(dst.0 as usize, t);
                ip += 1;
            }
            Instr::MoveYX { src, dst } => {
                p.x[dst.0 as usize & XMASK] = p.heap.y(src.0 as usize);
                ip += 1;
            }
            Instr::MoveCX { value, dst } => {
                p.x[dst.0 as usize & XMASK] = value;
                ip += 1;
            }
            Instr::Move { src, dst } => {
                let t = get(p, consts, src);
                put(p, dst, t);
                ip += 1;
            }
            Instr::Swap { a, b } => {
                let (ta, tb) = (get(p, consts, a.as_src()), get(p, consts, b.as_src()));
                put(p, a, tb);
                put(p, b, ta);
                ip += 1;
            }
            Instr::InitY { y } => {
                p.heap.set_y(y.0 as usize, Term::NIL);
                ip += 1;
            }

            // ---- frames and heap ----
            Instr::Allocate { slots, live } => {
                if !p.heap.allocate_frame(slots as usize, p.cp) {
                    p.garbage_collect(slots as usize + 1, live as usize);
                    stop_if_killed!();
                    if !p.heap.allocate_frame(slots as usize, p.cp) {
                        return raise::internal(p, "no room for a stack frame after collection");
                    }
                }
                p.cp = NO_CP;
                ip += 1;
            }
            Instr::AllocateHeap { slots, live, words } => {
                let need = slots as usize + 1 + words as usize;
                p.ensure_heap(need, live as usize);
                stop_if_killed!();
                if !p.heap.allocate_frame(slots as usize, p.cp) {
                    return raise::internal(p, "no room for a stack frame after collection");
                }
                p.cp = NO_CP;
                ip += 1;
            }
            Instr::TestHeap { words, live } => {
                p.ensure_heap(words as usize, live as usize);
                stop_if_killed!();
                ip += 1;
            }
            Instr::Deallocate { slots } => {
                p.cp = p.heap.deallocate_frame(slots as usize);
                ip += 1;
            }
            Instr::Trim { n } => {
                p.heap.trim(n as usize);
                ip += 1;
            }
            Instr::DeallocateReturn { slots } => {
                let cp = p.heap.deallocate_frame(slots as usize);
                ret!(cp)
            }
            Instr::Return {} => ret!(p.cp),

            // ---- calls ----
            // The fused calls with their target's first test run here as plain calls: the
            // test is still the target's first instruction.
            Instr::Call { to, .. } | Instr::CallTest { to, .. } | Instr::CallLeaf { to, .. } => {
                p.cp = encode_cp(ver.id, ip as u32 + 1);
                transfer!(ver.id, to.0)
            }
            Instr::CallLast { to, slots, .. } | Instr::CallLastTest { to, slots, .. } => {
                p.cp = p.heap.deallocate_frame(slots as usize);
                transfer!(ver.id, to.0)
            }
            Instr::CallOnly { to, .. } | Instr::CallOnlyTest { to, .. } => {
                transfer!(ver.id, to.0)
            }
            Instr::CallExt { import } => {
                p.cp = encode_cp(ver.id, ip as u32 + 1);
                call_ext!(import)
            }
            Instr::CallExtLast { import, slots } => {
                p.cp = p.heap.deallocate_frame(slots as usize);
                call_ext!(import)
            }
            Instr::CallExtOnly { import } => call_ext!(import),
            Instr::CallBif { bif, .. } | Instr::CallFloatBif { bif, .. } => {
                let Some(entry) = bif::get(bif) else {
                    return raise::internal(p, "call of an unregistered BIF");
                };
                let n = entry.arity as usize;
                let args = calls::bif_args(&p.x, n);
                p.bif_site = encode_cp(ver.id, ip as u32);
                p.slice_reds = (CONTEXT_REDS - reds).max(0) as u64;
                let result = (entry.func)(p, &args[..n]);
                p.bif_site = NO_CP;
                p.slice_reds = 0;
                match result {
                    Ok(t) => {
                        p.x[0] = t;
                        calls::collect_if_desired(p);
                        ip += 1;
                    }
                    Err(e) => {
                        // A trap (`apply`) continues as a call from here. In a tail position
                        // it is a tail call, as erl's `i_apply_last`: the frame goes first and
                        // `cp` stays, so the caller leaves no frame in stack traces.
                        if matches!(
                            e,
                            BifError::TrapApply { .. } | BifError::TrapApplyFun { .. }
                        ) {
                            match code.get(ip + 1) {
                                Some(Instr::Return {}) => {}
                                Some(&Instr::DeallocateReturn { slots }) => {
                                    p.cp = p.heap.deallocate_frame(slots as usize);
                                }
                                _ => p.cp = encode_cp(ver.id, ip as u32 + 1),
                            }
                        }
                        flow!(calls::bif_failed(
                            p,
                            e,
                            entry,
                            &args[..n],
                            ver.id,
                            ip as u32,
                            true
                        ));
                    }
                }
            }
            Instr::Apply { arity } => {
                reduce!(ver.id, ip);
                p.cp = encode_cp(ver.id, ip as u32 + 1);
                flow!(calls::apply_fixed(p, arity as usize, ver.id, ip as u32));
            }
            Instr::ApplyLast { arity, slots } => {
                reduce!(ver.id, ip);
                p.cp = p.heap.deallocate_frame(slots as usize);
                flow!(calls::apply_fixed(p, arity as usize, ver.id, ip as u32));
            }
            // A fun call counts a reduction like every call (before anything changes, so that
            // a yield here runs the instruction again when the process continues).
            Instr::CallFun { arity } => {
                reduce!(ver.id, ip);
                p.cp = encode_cp(ver.id, ip as u32 + 1);
                let fun = p.x[arity as usize & XMASK];
                flow!(calls::call_fun(p, fun, arity as usize, ver.id, ip as u32));
            }
            Instr::CallFun2 { arity, fun } => {
                reduce!(ver.id, ip);
                p.cp = encode_cp(ver.id, ip as u32 + 1);
                let fun = get(p, consts, fun);
                flow!(calls::call_fun(p, fun, arity as usize, ver.id, ip as u32));
            }
            Instr::CallFunLast { arity, slots } => {
                reduce!(ver.id, ip);
                let fun = p.x[arity as usize & XMASK];
                p.cp = p.heap.deallocate_frame(slots as usize);
                flow!(calls::call_fun(p, fun, arity as usize, ver.id, ip as u32));
            }
            Instr::CallFun2Last { arity, fun, slots } => {
                reduce!(ver.id, ip);
                let fun = get(p, consts, fun);
                p.cp = p.heap.deallocate_frame(slots as usize);
                flow!(calls::call_fun(p, fun, arity as usize, ver.id, ip as u32));
            }
            Instr::MakeFun { lambda, dst, env } => {
                let mut values: Vec<Term> = Vec::with_capacity(env.len as usize);
                for &s in &ver.srcs[env.range()] {
                    values.push(get(p, consts, s));
                }
                let fe = ver.lambdas[lambda as usize];
                let arity = code::fun_entry(fe as u64).map_or(0, |e| e.arity) as u8;
                let pid = p.pid;
                let f = p.heap.fun(fe as u64, arity, pid, &values);
                put(p, dst, f);
                ip += 1;
            }

            // ---- tests ----
            Instr::IsEqExactXC { fail, x, value } => {
                test!(p.x[x.0 as usize & XMASK] == value, fail)
            }
            Instr::IsNeExactXC { fail, x, value } => {
                test!(p.x[x.0 as usize & XMASK] != value, fail)
            }
            Instr::IsEqExact { fail, a, b } => {
                let (a, b) = (get(p, consts, a), get(p, consts, b));
                test!(compare::exact_eq(a, b), fail)
            }
            Instr::IsNeExact { fail, a, b } => {
                let (a, b) = (get(p, consts, a), get(p, consts, b));
                test!(!compare::exact_eq(a, b), fail)
            }
            Instr::IsEq { fail, a, b } => {
                let (a, b) = (get(p, consts, a), get(p, consts, b));
                test!(compare::eq(a, b), fail)
            }
            Instr::IsNe { fail, a, b } => {
                let (a, b) = (get(p, consts, a), get(p, consts, b));
                test!(!compare::eq(a, b), fail)
            }
            Instr::IsLt { fail, a, b } => {
                let (a, b) = (get(p, consts, a), get(p, consts, b));
                test!(compare::lt(a, b), fail)
            }
            Instr::IsGe { fail, a, b } => {
                let (a, b) = (get(p, consts, a), get(p, consts, b));
                test!(!compare::lt(a, b), fail)
            }
            Instr::IsLtXI { fail, x, imm } => {
                let t = p.x[x.0 as usize & XMASK];
                test!(compare::lt(t, Term::small(imm as i64)), fail)
            }
            Instr::IsGeXI { fail, x, imm } => {
                let t = p.x[x.0 as usize & XMASK];
                test!(!compare::lt(t, Term::small(imm as i64)), fail)
            }
            Instr::IsInteger { fail, src } => test!(get(p, consts, src).is_integer(), fail),
            Instr::IsFloat { fail, src } => test!(get(p, consts, src).is_float(), fail),
            Instr::IsNumber { fail, src } => test!(get(p, consts, src).is_number(), fail),
            Instr::IsAtom { fail, src } => test!(get(p, consts, src).is_atom(), fail),
            Instr::IsPid { fail, src } => {
                let t = get(p, consts, src);
                test!(
                    t.is_local_pid() || t.boxed_subtag() == Some(crate::term::Subtag::ExternalPid),
                    fail
                )
            }
            Instr::IsReference { fail, src } => {
                let t = get(p, consts, src);
                test!(
                    matches!(
                        t.boxed_subtag(),
                        Some(crate::term::Subtag::Ref | crate::term::Subtag::ExternalRef)
                    ),
                    fail
                )
            }
            Instr::IsPort { fail, src } => {
                let t = get(p, consts, src);
                test!(
                    t.is_local_port()
                        || t.boxed_subtag() == Some(crate::term::Subtag::ExternalPort),
                    fail
                )
            }
            Instr::IsNil { fail, src } => test!(get(p, consts, src).is_nil(), fail),
            Instr::IsBinary { fail, src } => test!(get(p, consts, src).is_binary(), fail),
            Instr::IsBitstr { fail, src } => test!(get(p, consts, src).is_bitstring(), fail),
            Instr::IsList { fail, src } => test!(get(p, consts, src).is_list(), fail),
            Instr::IsNonemptyList { fail, src } => test!(get(p, consts, src).is_cons(), fail),
            Instr::IsTuple { fail, src } => test!(get(p, consts, src).is_tuple(), fail),
            Instr::IsBoolean { fail, src } => test!(get(p, consts, src).is_boolean(), fail),
            Instr::IsFunction { fail, src } => test!(get(p, consts, src).is_function(), fail),
            Instr::IsFunction2 { fail, src, arity } => {
                let (f, a) = (get(p, consts, src), get(p, consts, arity));
                match a.as_small() {
                    Some(a) if a >= 0 => test!(calls::fun_arity(f) == Some(a as usize), fail),
                    _ => error_here!(Term::atom(atom::BADARG)),
                }
            }
            Instr::IsMap { fail, src } => {
                test!(
                    get(p, consts, src).boxed_subtag() == Some(crate::term::Subtag::Map),
                    fail
                )
            }
            Instr::TestArity { fail, src, arity } => {
                test!(
                    get(p, consts, src).tuple_arity() == Some(arity as usize),
                    fail
                )
            }
            Instr::IsTaggedTuple {
                fail,
                src,
                arity,
                tag,
            } => {
                let t = get(p, consts, src);
                let ok = match t.tuple_elements() {
                    Some(e) => e.len() == arity as usize && e.first() == Some(&Term::atom(tag)),
                    None => false,
                };
                test!(ok, fail)
            }
            Instr::SelectVal { src, fail, table } => {
                let t = get(p, consts, src);
                match ver.selects[table as usize].lookup(t, compare::exact_eq) {
                    Some(to) => ip = to as usize,
                    None => ip = fail.ip(),
                }
            }
            Instr::SelectTupleArity { src, fail, table } => {
                let t = get(p, consts, src);
                let target = t.tuple_arity().and_then(|a| {
                    ver.selects[table as usize].lookup(Term::small(a as i64), |_, _| false)
                });
                match target {
                    Some(to) => ip = to as usize,
                    None => ip = fail.ip(),
                }
            }
            Instr::Jump { to } => ip = to.ip(),

            // ---- building and taking apart ----
            Instr::GetList { src, head, tail } => {
                let Some((h, t)) = get(p, consts, src).as_cons() else {
                    error_here!(Term::atom(atom::BADARG))
                };
                put(p, head, h);
                put(p, tail, t);
                ip += 1;
            }
            Instr::GetHd { src, dst } => {
                let Some((h, _)) = get(p, consts, src).as_cons() else {
                    error_here!(Term::atom(atom::BADARG))
                };
                put(p, dst, h);
                ip += 1;
            }
            Instr::GetTl { src, dst } => {
                let Some((_, t)) = get(p, consts, src).as_cons() else {
                    error_here!(Term::atom(atom::BADARG))
                };
                put(p, dst, t);
                ip += 1;
            }
            Instr::PutList { head, tail, dst } => {
                let (h, t) = (get(p, consts, head), get(p, consts, tail));
                let c = p.heap.cons(h, t);
                put(p, dst, c);
                ip += 1;
            }
            Instr::PutTuple { dst, elements } => {
                let n = elements.len as usize;
                let mut vals = [Term::NIL; 16];
                let t = if n <= vals.len() {
                    for (k, &s) in ver.srcs[elements.range()].iter().enumerate() {
                        vals[k] = get(p, consts, s);
                    }
                    p.heap.tuple(&vals[..n])
                } else {
                    let v: Vec<Term> = ver.srcs[elements.range()]
                        .iter()
                        .map(|&s| get(p, consts, s))
                        .collect();
                    p.heap.tuple(&v)
                };
                put(p, dst, t);
                ip += 1;
            }
            Instr::GetTupleElement { src, index, dst } => {
                let t = get(p, consts, src);
                let Some(&e) = t.tuple_elements().and_then(|e| e.get(index as usize)) else {
                    error_here!(Term::atom(atom::BADARG))
                };
                put(p, dst, e);
                ip += 1;
            }
            Instr::SetTupleElement {
                value,
                tuple,
                index,
            } => {
                // The tuple was built just before by `setelement/3`; a fresh copy with the
                // element replaced is equivalent and needs no mutation of the heap.
                let v = get(p, consts, value);
                let t = get(p, consts, tuple);
                let Some(elems) = t.tuple_elements() else {
                    error_here!(Term::atom(atom::BADARG))
                };
                if index as usize >= elems.len() {
                    error_here!(Term::atom(atom::BADARG))
                }
                let mut copy = elems.to_vec();
                copy[index as usize] = v;
                let new = p.heap.tuple(&copy);
                let dst = match tuple.kind() {
                    crate::instr::SrcKind::X(i) => Dst::x(i),
                    crate::instr::SrcKind::Y(i) => Dst::y(i),
                    crate::instr::SrcKind::Const(_) => error_here!(Term::atom(atom::BADARG)),
                };
                put(p, dst, new);
                ip += 1;
            }

            // ---- maps ----
            Instr::HasMapFields { fail, ops } => {
                let ops = &ver.srcs[ops.range()];
                let m = get(p, consts, ops[0]);
                let ok = crate::map::is_map(m)
                    && ops[1..]
                        .iter()
                        .all(|&k| maps::get(m, get(p, consts, k)).is_some());
                test!(ok, fail)
            }
            Instr::GetMapElements { fail, ops } => {
                let ops = &ver.srcs[ops.range()];
                let m = get(p, consts, ops[0]);
                let mut ok = crate::map::is_map(m);
                if ok {
                    for pair in ops[1..].chunks(2) {
                        match maps::get(m, get(p, consts, pair[0])) {
                            Some(v) => put(p, maps::as_dst(pair[1]), v),
                            None => {
                                ok = false;
                                break;
                            }
                        }
                    }
                }
                test!(ok, fail)
            }
            Instr::PutMapAssoc { src, dst, pairs } | Instr::PutMapExact { src, dst, pairs } => {
                let exact = matches!(instr, Instr::PutMapExact { .. });
                let m = get(p, consts, src);
                let kv: Vec<(Term, Term)> = ver.srcs[pairs.range()]
                    .chunks(2)
                    .map(|c| (get(p, consts, c[0]), get(p, consts, c[1])))
                    .collect();
                let r = if exact {
                    crate::map::update_many(&mut p.heap, m, &kv)
                } else {
                    crate::map::put_many(&mut p.heap, m, &kv)
                };
                match r {
                    Ok(t) => {
                        put(p, dst, t);
                        ip += 1;
                    }
                    Err(reason) => {
                        let r = maps::error_term(&mut p.heap, reason);
                        error_here!(r)
                    }
                }
            }

            // ---- BIFs ----
            Instr::Bif0 { bif, dst } => {
                let Some(entry) = bif::get(bif) else {
                    return raise::internal(p, "call of an unregistered BIF");
                };
                match (entry.func)(p, &[]) {
                    Ok(t) => {
                        put(p, dst, t);
                        ip += 1;
                    }
                    Err(e) => flow!(calls::bif_failed(p, e, entry, &[], ver.id, ip as u32, true)),
                }
            }
            Instr::Bif1 {
                bif,
                fail,
                arg,
                dst,
            }
            | Instr::GcBif1 {
                bif,
                fail,
                arg,
                dst,
                ..
            } => {
                let Some(entry) = bif::get(bif) else {
                    return raise::internal(p, "call of an unregistered BIF");
                };
                let args = [get(p, consts, arg)];
                match (entry.func)(p, &args) {
                    Ok(t) => {
                        put(p, dst, t);
                        ip += 1;
                    }
                    Err(_) if fail.0 != 0 => ip = fail.ip(),
                    Err(e) => flow!(calls::bif_failed(
                        p, e, entry, &args, ver.id, ip as u32, true
                    )),
                }
            }
            Instr::Bif2 {
                bif,
                fail,
                args,
                dst,
            }
            | Instr::GcBif2 {
                bif,
                fail,
                args,
                dst,
                ..
            } => {
                let Some(entry) = bif::get(bif) else {
                    return raise::internal(p, "call of an unregistered BIF");
                };
                let s = &ver.srcs[args as usize..args as usize + 2];
                let a = [get(p, consts, s[0]), get(p, consts, s[1])];
                match (entry.func)(p, &a) {
                    Ok(t) => {
                        put(p, dst, t);
                        ip += 1;
                    }
                    Err(_) if fail.0 != 0 => ip = fail.ip(),
                    Err(e) => flow!(calls::bif_failed(p, e, entry, &a, ver.id, ip as u32, true)),
                }
            }
            Instr::GcBif3 {
                bif,
                fail,
                args,
                dst,
                ..
            } => {
                let Some(entry) = bif::get(bif) else {
                    return raise::internal(p, "call of an unregistered BIF");
                };
                let s = &ver.srcs[args as usize..args as usize + 3];
                let a = [
                    get(p, consts, s[0]),
                    get(p, consts, s[1]),
                    get(p, consts, s[2]),
                ];
                match (entry.func)(p, &a) {
                    Ok(t) => {
                        put(p, dst, t);
                        ip += 1;
                    }
                    Err(_) if fail.0 != 0 => ip = fail.ip(),
                    Err(e) => flow!(calls::bif_failed(p, e, entry, &a, ver.id, ip as u32, true)),
                }
            }
            Instr::UnaryPlus {
                bif,
                fail,
                src,
                dst,
            } => {
                let t = get(p, consts, src);
                if t.is_number() {
                    let v = match t.as_float() {
                        Some(0.0) => p.heap.float(0.0),
                        _ => t,
                    };
                    put(p, dst, v);
                    ip += 1;
                } else if fail.0 != 0 {
                    ip = fail.ip();
                } else {
                    let Some(entry) = bif::get(bif) else {
                        return raise::internal(p, "call of an unregistered BIF");
                    };
                    let e = BifError::error(Term::atom(atom::BADARITH));
                    flow!(calls::bif_failed(
                        p,
                        e,
                        entry,
                        &[t],
                        ver.id,
                        ip as u32,
                        true
                    ))
                }
            }
            Instr::Add {
                fail, a, b, dst, ..
            } => {
                let (x, y) = (get(p, consts, a), get(p, consts, b));
                if let (Some(i), Some(j)) = (x.as_small(), y.as_small()) {
                    // Two smalls cannot overflow an i64.
                    let r = i + j;
                    if let Some(t) = Term::try_small(r) {
                        put(p, dst, t);
                        ip += 1;
                        continue;
                    }
                }
                let inline = a.tag() != 2 && b.tag() == 2 && y.is_small();
                flow!(calls::arith_slow(
                    p, "+", x, y, dst, fail, inline, ver.id, ip as u32
                ));
            }
            Instr::Sub {
                fail, a, b, dst, ..
            } => {
                let (x, y) = (get(p, consts, a), get(p, consts, b));
                if let (Some(i), Some(j)) = (x.as_small(), y.as_small()) {
                    let r = i - j;
                    if let Some(t) = Term::try_small(r) {
                        put(p, dst, t);
                        ip += 1;
                        continue;
                    }
                }
                let inline = a.tag() != 2 && b.tag() == 2 && y.is_small();
                flow!(calls::arith_slow(
                    p, "-", x, y, dst, fail, inline, ver.id, ip as u32
                ));
            }

            Instr::AddXI { fail, x, imm, dst } => {
                let t = p.x[x.0 as usize & XMASK];
                if let Some(r) = t.as_small().and_then(|i| Term::try_small(i + imm as i64)) {
                    p.x[dst.0 as usize & XMASK] = r;
                    ip += 1;
                    continue;
                }
                let (b, dst) = (Term::small(imm as i64), Dst::x(dst.0));
                flow!(calls::arith_slow(
                    p, "+", t, b, dst, fail, true, ver.id, ip as u32
                ));
            }
            Instr::SubXI { fail, x, imm, dst } => {
                let t = p.x[x.0 as usize & XMASK];
                if let Some(r) = t.as_small().and_then(|i| Term::try_small(i - imm as i64)) {
                    p.x[dst.0 as usize & XMASK] = r;
                    ip += 1;
                    continue;
                }
                let (b, dst) = (Term::small(imm as i64), Dst::x(dst.0));
                flow!(calls::arith_slow(
                    p, "-", t, b, dst, fail, true, ver.id, ip as u32
                ));
            }

            // ---- exceptions ----
            Instr::Catch { y, catch } | Instr::Try { y, catch } => {
                p.heap.set_y(y.0 as usize, Term::catch(catch));
                p.catches += 1;
                ip += 1;
            }
            Instr::CatchEnd { y } => {
                p.heap.set_y(y.0 as usize, Term::NIL);
                p.catches = p.catches.saturating_sub(1);
                if p.x[0].is_non_value() {
                    raise::catch_value(p);
                }
                ip += 1;
            }
            Instr::TryEnd { y } => {
                p.heap.set_y(y.0 as usize, Term::NIL);
                p.catches = p.catches.saturating_sub(1);
                ip += 1;
            }
            Instr::TryCase { y } => {
                p.heap.set_y(y.0 as usize, Term::NIL);
                p.catches = p.catches.saturating_sub(1);
                if !p.x[0].is_non_value() {
                    // Reached without an exception (after a call the compiler knew would not
                    // return, which did): x1..x3 hold no exception, so this cannot go on.
                    error_here!(Term::atom(atom::BADARG))
                }
                p.x[0] = p.x[3];
                ip += 1;
            }
            Instr::TryCaseEnd { src } => {
                let v = get(p, consts, src);
                let r = p.heap.tuple(&[Term::atom(atom::TRY_CLAUSE), v]);
                error_here!(r)
            }
            Instr::Raise { trace, value } => {
                let (t, v) = (get(p, consts, trace), get(p, consts, value));
                flow!(raise::reraise_raw(p, t, v, ver.id, ip as u32));
            }
            Instr::RawRaise {} => {
                let (c, r, t) = (p.x[0], p.x[1], p.x[2]);
                match Class::from_term(c) {
                    Some(class) => {
                        let trace = raise::trace_list(t);
                        flow!(raise::rethrow(p, class, r, trace))
                    }
                    None => error_here!(Term::atom(atom::BADARG)),
                }
            }
            Instr::BuildStacktrace {} => {
                p.x[0] = raise::trace_list(p.x[0]);
                ip += 1;
            }
            Instr::Badmatch { src } => {
                let v = get(p, consts, src);
                let r = p.heap.tuple(&[Term::atom(atom::BADMATCH), v]);
                error_here!(r)
            }
            Instr::CaseEnd { src } => {
                let v = get(p, consts, src);
                let r = p.heap.tuple(&[Term::atom(atom::CASE_CLAUSE), v]);
                error_here!(r)
            }
            Instr::IfEnd {} => error_here!(Term::atom(atom::IF_CLAUSE)),
            Instr::Badrecord { src } => {
                let v = get(p, consts, src);
                let r = p.heap.tuple(&[Term::atom(atom::BADRECORD), v]);
                error_here!(r)
            }
            Instr::FuncInfo { function } => {
                let arity = ver.functions[function as usize].arity as usize;
                let args = p.heap.list(&p.x[..arity]);
                raise!(
                    Class::Error,
                    Term::atom(atom::FUNCTION_CLAUSE),
                    Top::CodeWithArgs {
                        version: ver.id,
                        ip: ip as u32,
                        args,
                        info: Term::NON_VALUE
                    }
                )
            }

            Instr::NifStart { function } => match crate::nif::bound(ver.id, function) {
                None => ip += 1,
                Some(nif) => flow!(calls::call_nif(p, nif, ver.id, ip as u32)),
            },

            // ---- floats ----
            Instr::FLoad { src, dst } => {
                let Some(f) = get(p, consts, src).as_float() else {
                    error_here!(Term::atom(atom::BADARITH))
                };
                p.fr[dst.0 as usize] = f;
                ip += 1;
            }
            Instr::FStore { src, dst } => {
                let f = p.fr[src.0 as usize];
                let t = p.heap.float(f);
                put(p, dst, t);
                ip += 1;
            }
            Instr::FMove { src, dst } => {
                p.fr[dst.0 as usize] = p.fr[src.0 as usize];
                ip += 1;
            }
            Instr::FConv { src, dst } => {
                let t = get(p, consts, src);
                let f =
                    crate::ops::number::Number::of(t).and_then(crate::ops::number::integer_to_f64);
                match f {
                    Some(f) if f.is_finite() => {
                        p.fr[dst.0 as usize] = f;
                        ip += 1;
                    }
                    _ => error_here!(Term::atom(atom::BADARITH)),
                }
            }
            Instr::FAdd { a, b, dst } => {
                let r = p.fr[a.0 as usize] + p.fr[b.0 as usize];
                if !r.is_finite() {
                    error_here!(Term::atom(atom::BADARITH))
                }
                p.fr[dst.0 as usize] = r;
                ip += 1;
            }
            Instr::FSub { a, b, dst } => {
                let r = p.fr[a.0 as usize] - p.fr[b.0 as usize];
                if !r.is_finite() {
                    error_here!(Term::atom(atom::BADARITH))
                }
                p.fr[dst.0 as usize] = r;
                ip += 1;
            }
            Instr::FMul { a, b, dst } => {
                let r = p.fr[a.0 as usize] * p.fr[b.0 as usize];
                if !r.is_finite() {
                    error_here!(Term::atom(atom::BADARITH))
                }
                p.fr[dst.0 as usize] = r;
                ip += 1;
            }
            Instr::FDiv { a, b, dst } => {
                let d = p.fr[b.0 as usize];
                let r = p.fr[a.0 as usize] / d;
                if d == 0.0 || !r.is_finite() {
                    error_here!(Term::atom(atom::BADARITH))
                }
                p.fr[dst.0 as usize] = r;
                ip += 1;
            }
            Instr::FNegate { a, dst } => {
                // erl computes the negation as `0.0 - A`: the negation of 0.0 is 0.0.
                p.fr[dst.0 as usize] = 0.0 - p.fr[a.0 as usize];
                ip += 1;
            }

            // ---- binaries ----
            Instr::BsCreateBin { fail, dst, segs } => {
                match bits::create_bin(p, consts, &ver.srcs[segs.range()], dst) {
                    Ok(()) => ip += 1,
                    Err(_) if fail.0 != 0 => ip = fail.ip(),
                    Err(e) => {
                        let (reason, info) = bits::build_error_terms(p, e);
                        let (version, at) = (ver.id, ip as u32);
                        raise!(
                            Class::Error,
                            reason,
                            Top::CodeWithInfo {
                                version,
                                ip: at,
                                info
                            }
                        )
                    }
                }
            }
            Instr::BsInitWritable {} => {
                bits::init_writable(p);
                ip += 1;
            }
            // `BsStartMatchPos` also stores the start position (with `Some(pos)`).
            Instr::BsStartMatch { .. } | Instr::BsStartMatchPos { .. } => {
                let (fail, src, dst, pos, live) = match instr {
                    Instr::BsStartMatchPos {
                        fail,
                        src,
                        dst,
                        pos,
                        live,
                    } => (fail, src, dst, Some(pos), live),
                    Instr::BsStartMatch {
                        fail,
                        src,
                        dst,
                        live,
                    } => (fail, src, dst, None, live),
                    _ => return raise::internal(p, "start_match arm on another instruction"),
                };
                let t = get(p, consts, src);
                match bits::start_match(p, t, live) {
                    Some(ctx) => {
                        put(p, dst, ctx);
                        if let Some(pos) = pos {
                            put(p, pos, Term::small(ctx.mc_position() as i64));
                        }
                        ip += 1;
                    }
                    None if fail.0 != 0 => ip = fail.ip(),
                    None => error_here!(Term::atom(atom::BADARG)),
                }
            }
            Instr::BsGetPosition { ctx, dst } => match bits::get_position(get(p, consts, ctx)) {
                Some(t) => {
                    put(p, dst, t);
                    ip += 1;
                }
                None => return raise::internal(p, bits::NOT_A_CONTEXT),
            },
            Instr::BsSetPosition { ctx, pos } => {
                if !bits::set_position(get(p, consts, ctx), get(p, consts, pos)) {
                    return raise::internal(p, bits::NOT_A_CONTEXT);
                }
                ip += 1;
            }
            Instr::BsGetTail { ctx, dst, live } => {
                match bits::get_tail(p, get(p, consts, ctx), live) {
                    Some(t) => {
                        put(p, dst, t);
                        ip += 1;
                    }
                    None => return raise::internal(p, bits::NOT_A_CONTEXT),
                }
            }
            Instr::BsGetInteger {
                fail,
                args,
                dst,
                spec,
            }
            | Instr::BsGetFloat {
                fail,
                args,
                dst,
                spec,
            }
            | Instr::BsGetBinary {
                fail,
                args,
                dst,
                spec,
            } => {
                let s = &ver.srcs[args as usize..args as usize + 3];
                let (ctx, size) = (get(p, consts, s[0]), get(p, consts, s[1]));
                let got = match instr {
                    Instr::BsGetInteger { .. } => bits::get_integer(p, ctx, size, spec),
                    Instr::BsGetFloat { .. } => bits::get_float(p, ctx, size, spec),
                    _ => bits::get_binary(p, ctx, size, spec),
                };
                match got {
                    Some(t) => {
                        let live = get(p, consts, s[2]);
                        bits::store_collecting(p, dst, t, live);
                        ip += 1;
                    }
                    None => ip = fail.ip(),
                }
            }
            Instr::BsSkipBits { fail, args, spec } => {
                let s = &ver.srcs[args as usize..args as usize + 2];
                let (ctx, size) = (get(p, consts, s[0]), get(p, consts, s[1]));
                test!(bits::skip_bits(ctx, size, spec), fail)
            }
            Instr::BsTestTail { fail, ctx, bits: n } => {
                test!(bits::test_tail(get(p, consts, ctx), n), fail)
            }
            Instr::BsTestUnit { fail, ctx, unit } => {
                test!(bits::test_unit(get(p, consts, ctx), unit), fail)
            }
            Instr::BsMatchString { fail, ctx, string } => {
                let (c, s) = (get(p, consts, ctx), get(p, consts, string));
                test!(bits::match_string(c, s), fail)
            }
            Instr::BsGetUtf {
                fail,
                ctx,
                dst,
                kind,
            } => match bits::get_utf(get(p, consts, ctx), kind) {
                Some(t) => {
                    put(p, dst, t);
                    ip += 1;
                }
                None => ip = fail.ip(),
            },
            Instr::BsSkipUtf { fail, ctx, kind } => {
                test!(bits::skip_utf(get(p, consts, ctx), kind), fail)
            }
            Instr::BsGetSmallInt {
                fail,
                ctx,
                dst,
                bits: n,
                flags,
            } => {
                test!(bits::get_small_int(p, ctx, dst, n, flags), fail)
            }
            Instr::BsGetSmallInt2 {
                fail,
                ctx,
                dst1,
                dst2,
                bits1,
                bits2,
                signed,
            } => {
                test!(
                    bits::get_two_small_ints(p, ctx, [dst1, dst2], [bits1, bits2], signed),
                    fail
                )
            }
            Instr::BsSkipBitsX {
                fail,
                ctx,
                size,
                unit,
                rest_unit,
            } => {
                test!(bits::skip_bits_x(p, ctx, size, unit, rest_unit), fail)
            }
            Instr::BsSkipFixed { fail, ctx, bits: n } => {
                test!(bits::skip_fixed(p, ctx, n), fail)
            }
            Instr::BsGetBinaryX {
                fail,
                ctx,
                size,
                dst,
                unit,
                live,
            } => {
                test!(bits::get_binary_x(p, ctx, size, dst, unit, live), fail)
            }
            Instr::BsGetBinaryFixed {
                fail,
                ctx,
                dst,
                bits: n,
                live,
            } => {
                test!(bits::sub_binary_of(p, ctx, dst, n as usize, live), fail)
            }
            Instr::BsGetBinaryAll {
                fail,
                ctx,
                dst,
                unit,
                live,
            } => {
                test!(bits::get_binary_all(p, ctx, dst, unit, live), fail)
            }

            Instr::CodeEnd {} => {
                return raise::internal(p, "execution ran off the end of the code")
            }
            // ---- messages ----
            Instr::Send {} => flow!(receive::send(p, ver.id, ip as u32)),
            Instr::LoopRec { fail, dst } => match receive::loop_rec(p) {
                Some(m) => {
                    p.x[dst.0 as usize & XMASK] = m;
                    ip += 1;
                }
                None => ip = fail.ip(),
            },
            // Each message a receive passes over costs a reduction, as in ERTS, so a receive
            // that keeps scanning its queue is preempted like any loop.
            Instr::LoopRecEnd { to } => {
                receive::loop_rec_end(p);
                reduce!(ver.id, to.ip());
                ip = to.ip();
            }
            Instr::RemoveMessage {} => {
                receive::remove_message(p);
                ip += 1;
            }
            Instr::Wait { to } => return receive::wait(p, ver.id, to.0, CONTEXT_REDS - reds),
            Instr::WaitTimeout { to, timeout } => {
                let t = get(p, consts, timeout);
                let used = CONTEXT_REDS - reds;
                flow!(receive::wait_timeout(p, t, ver.id, to.0, ip as u32, used))
            }
            Instr::Timeout {} => {
                receive::timeout(p);
                ip += 1;
            }
            Instr::RecvMarkerReserve { dst } => {
                let m = receive::marker_reserve(p);
                put(p, dst, m);
                ip += 1;
            }
            Instr::RecvMarkerBind { marker, reference } => {
                let (m, r) = (get(p, consts, marker), get(p, consts, reference));
                receive::marker_bind(p, m, r);
                ip += 1;
            }
            Instr::RecvMarkerUse { reference } => {
                let r = get(p, consts, reference);
                receive::marker_use(p, r);
                ip += 1;
            }
            Instr::RecvMarkerClear { reference } => {
                let r = get(p, consts, reference);
                receive::marker_clear(p, r);
                ip += 1;
            }

            // ---- fused instructions ----
            Instr::Move2 { s1, d1, s2, d2 } => {
                let t = get(p, consts, s1);
                put(p, d1, t);
                let t = get(p, consts, s2);
                put(p, d2, t);
                ip += 1;
            }
            Instr::MoveReturn { src } => {
                p.x[0] = get(p, consts, src);
                ret!(p.cp)
            }
            Instr::MoveDeallocateReturn { src, slots } => {
                p.x[0] = get(p, consts, src);
                let cp = p.heap.deallocate_frame(slots as usize);
                ret!(cp)
            }
            Instr::IsConsGetList {
                fail,
                src,
                head,
                tail,
            } => match get(p, consts, src).as_cons() {
                Some((h, t)) => {
                    put(p, head, h);
                    put(p, tail, t);
                    ip += 1;
                }
                None => ip = fail.ip(),
            },
            Instr::TestHeapPutList {
                words,
                live,
                head,
                tail,
                dst,
            } => {
                p.ensure_heap(words as usize, live as usize);
                stop_if_killed!();
                let (h, t) = (get(p, consts, head), get(p, consts, tail));
                let c = p.heap.cons(h, t);
                put(p, dst, c);
                ip += 1;
            }
            Instr::GetTupleElementFLoad {
                src,
                index,
                dst,
                fr,
            } => {
                let t = get(p, consts, src);
                let Some(&e) = t.tuple_elements().and_then(|e| e.get(index as usize)) else {
                    error_here!(Term::atom(atom::BADARG))
                };
                p.x[dst.0 as usize & XMASK] = e;
                let Some(f) = e.as_float() else {
                    error_here!(Term::atom(atom::BADARITH))
                };
                p.fr[fr.0 as usize] = f;
                ip += 1;
            }

            Instr::Mul {
                fail, a, b, dst, ..
            }
            | Instr::Rem {
                fail, a, b, dst, ..
            }
            | Instr::IntDiv {
                fail, a, b, dst, ..
            }
            | Instr::Band {
                fail, a, b, dst, ..
            }
            | Instr::Bor {
                fail, a, b, dst, ..
            }
            | Instr::Bxor {
                fail, a, b, dst, ..
            } => {
                let (x, y) = (get(p, consts, a), get(p, consts, b));
                let (small, op): (SmallOp, &str) = match instr {
                    Instr::Mul { .. } => (small::mul, "*"),
                    Instr::Rem { .. } => (small::rem, "rem"),
                    Instr::Band { .. } => (small::band, "band"),
                    Instr::Bor { .. } => (small::bor, "bor"),
                    Instr::Bxor { .. } => (small::bxor, "bxor"),
                    _ => (small::div, "div"),
                };
                match small(x, y) {
                    Some(t) => {
                        put(p, dst, t);
                        ip += 1;
                    }
                    None => flow!(calls::arith_slow(
                        p, op, x, y, dst, fail, false, ver.id, ip as u32
                    )),
                }
            }
            Instr::Move3 {
                s1,
                d1,
                s2,
                d2,
                s3,
                d3,
            } => {
                for (s, d) in [(s1, d1), (s2, d2), (s3, d3)] {
                    let t = get(p, consts, s.as_src());
                    put(p, d, t);
                }
                ip += 1;
            }
            Instr::IsLtXX { fail, a, b } => {
                let (a, b) = (p.x[a.0 as usize & XMASK], p.x[b.0 as usize & XMASK]);
                test!(compare::lt(a, b), fail)
            }
            Instr::IsGeXX { fail, a, b } => {
                let (a, b) = (p.x[a.0 as usize & XMASK], p.x[b.0 as usize & XMASK]);
                test!(!compare::lt(a, b), fail)
            }
            Instr::AddXI2 {
                x1,
                delta1,
                dst1,
                x2,
                delta2,
                dst2,
            } => {
                // One after the other, as the two instructions they replace (no `for` loop:
                // `flow!` must continue the interpreter loop).
                macro_rules! increment {
                    ($x:expr, $delta:expr, $dst:expr) => {{
                        let t = p.x[$x.0 as usize];
                        let sum = match small::add_delta(t, $delta) {
                            Some(r) => Ok(r),
                            None => {
                                let imm = Term::small(($delta / 16) as i64);
                                calls::arith_value(p, "+", t, imm, ver.id, ip as u32)
                            }
                        };
                        match sum {
                            Ok(r) => p.x[$dst.0 as usize] = r,
                            Err(f) => flow!(f),
                        }
                    }};
                }
                increment!(x1, delta1, dst1);
                increment!(x2, delta2, dst2);
                ip += 1;
            }

            Instr::ProcessExit {} => {
                p.reductions += (CONTEXT_REDS - reds).max(0) as u64;
                return Exit::Normal(p.x[0]);
            }
        }
    }
}

/// Describes a module version for diagnostics.
pub fn describe(ver: &ModuleVersion, ip: u32) -> String {
    match ver.function_at(ip) {
        Some(f) => format!(
            "{}:{}/{} (instruction {ip})",
            ver.module.text(),
            f.name.text(),
            f.arity
        ),
        None => format!("{} (instruction {ip})", ver.module.text()),
    }
}
