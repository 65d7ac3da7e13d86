//! The fast path of the interpreter: a small loop over the frequent instructions that keeps its
//! state in machine registers.
//!
//! [`run`] borrows only the parts of the process the frequent instructions touch (the X and float
//! registers as fixed-size arrays, so register indexes need no bounds check, the heap and the
//! continuation register) and executes instructions until it meets one it leaves to the general
//! loop: an instruction it does not handle, or a frequent one whose fast path does not apply
//! (an integer that is not small, a heap without room, an argument error). It returns *before*
//! changing anything for that instruction, so the general loop in [`super::run`] executes it
//! completely, with garbage collection, bignums and exceptions, and then comes back here.
//!
//! The general loop implements every instruction on its own (it runs alone when instructions are
//! counted); this module only makes the common cases cheaper.

use crate::code::{self, decode_cp, encode_cp, ModuleVersion, NO_CP};
use crate::heap::{ProcessHeap, TermAlloc};
use crate::instr::{Dst, EntryTest, Instr, Src, MAX_FR, MAX_X};
use crate::term::Term;

use super::{compare, small};

const XMASK: usize = MAX_X - 1;
const FMASK: usize = MAX_FR - 1;

/// Why [`run`] returned.
pub(super) enum Stop {
    /// The instruction at the current position is for the general loop.
    Slow,
    /// The time slice is used up; the process continues at `(version, ip)`.
    Yield(u32, u32),
    /// A call or return into another module version: continue at `(version, ip)`.
    Jump(u32, u32),
    /// The code is broken (a return without a continuation): the process ends with this
    /// internal error.
    Broken(&'static str),
}

/// The instructions the fast loop leaves to the general loop, as a pattern. A new instruction
/// must be added here or handled in [`run`] (the match there is exhaustive).
macro_rules! general_loop_only {
    () => {
        Instr::CallBif { .. }
            | Instr::Apply { .. }
            | Instr::ApplyLast { .. }
            | Instr::CallFun { .. }
            | Instr::CallFun2 { .. }
            | Instr::CallFunLast { .. }
            | Instr::CallFun2Last { .. }
            | Instr::MakeFun { .. }
            | Instr::IsPid { .. }
            | Instr::IsReference { .. }
            | Instr::IsPort { .. }
            | Instr::IsBinary { .. }
            | Instr::IsBitstr { .. }
            | Instr::IsFunction { .. }
            | Instr::IsFunction2 { .. }
            | Instr::IsMap { .. }
            | Instr::SelectTupleArity { .. }
            | Instr::SetTupleElement { .. }
            | Instr::HasMapFields { .. }
            | Instr::GetMapElements { .. }
            | Instr::PutMapAssoc { .. }
            | Instr::PutMapExact { .. }
            | Instr::Bif0 { .. }
            | Instr::Bif1 { .. }
            | Instr::Bif2 { .. }
            | Instr::GcBif1 { .. }
            | Instr::GcBif2 { .. }
            | Instr::GcBif3 { .. }
            | Instr::UnaryPlus { .. }
            | Instr::Catch { .. }
            | Instr::CatchEnd { .. }
            | Instr::Try { .. }
            | Instr::TryEnd { .. }
            | Instr::TryCase { .. }
            | Instr::TryCaseEnd { .. }
            | Instr::Raise { .. }
            | Instr::RawRaise { .. }
            | Instr::BuildStacktrace { .. }
            | Instr::Badmatch { .. }
            | Instr::CaseEnd { .. }
            | Instr::IfEnd { .. }
            | Instr::Badrecord { .. }
            | Instr::FuncInfo { .. }
            | Instr::NifStart { .. }
            | Instr::BsCreateBin { .. }
            | Instr::BsInitWritable { .. }
            | Instr::BsStartMatch { .. }
            | Instr::BsGetPosition { .. }
            | Instr::BsSetPosition { .. }
            | Instr::BsGetTail { .. }
            | Instr::BsGetInteger { .. }
            | Instr::BsGetFloat { .. }
            | Instr::BsGetBinary { .. }
            | Instr::BsSkipBits { .. }
            | Instr::BsTestTail { .. }
            | Instr::BsTestUnit { .. }
            | Instr::BsMatchString { .. }
            | Instr::BsGetUtf { .. }
            | Instr::BsSkipUtf { .. }
            | Instr::BsGetSmallInt { .. }
            | Instr::BsGetSmallInt2 { .. }
            | Instr::BsSkipBitsX { .. }
            | Instr::BsSkipFixed { .. }
            | Instr::BsGetBinaryX { .. }
            | Instr::BsGetBinaryFixed { .. }
            | Instr::BsGetBinaryAll { .. }
            | Instr::BsStartMatchPos { .. }
            | Instr::Band { .. }
            | Instr::Bor { .. }
            | Instr::Bxor { .. }
            | Instr::Send { .. }
            | Instr::LoopRec { .. }
            | Instr::LoopRecEnd { .. }
            | Instr::RemoveMessage { .. }
            | Instr::Wait { .. }
            | Instr::WaitTimeout { .. }
            | Instr::Timeout { .. }
            | Instr::RecvMarkerReserve { .. }
            | Instr::RecvMarkerBind { .. }
            | Instr::RecvMarkerUse { .. }
            | Instr::RecvMarkerClear { .. }
            | Instr::ProcessExit { .. }
            | Instr::CodeEnd { .. }
    };
}

/// Whether [`run`] handles `instr` (the general loop calls it only then, so that code made of
/// instructions it does not handle pays nothing for it).
#[inline(always)]
pub(super) fn handles(instr: &Instr) -> bool {
    !matches!(instr, general_loop_only!())
}

/// Runs instructions of `ver` from `*ip` until one needs the general loop, control passes to
/// another module version or the slice ends; updates `ip` and `reds` to where it stopped.
///
/// It works on the parts of a process the frequent instructions touch: the X and float
/// registers, the heap and stack, and the continuation register.
#[inline(never)]
pub(super) fn run(
    x: &mut [Term; MAX_X],
    fr: &mut [f64; MAX_FR],
    heap: &mut ProcessHeap,
    cp: &mut u64,
    ver: &ModuleVersion,
    ip: &mut usize,
    reds: &mut i64,
) -> Stop {
    // The module version stays the same in this loop (a jump into another one leaves it), so
    // the code and constants stay in registers.
    let v: &ModuleVersion = ver;
    let code: &[Instr] = &v.code;
    let consts: &[Term] = &v.consts;
    // Positions are masked rather than checked (see `ModuleVersion::pad_code`); code that is
    // not padded runs in the general loop.
    if !code.len().is_power_of_two() {
        return Stop::Slow;
    }
    let mask = code.len() - 1;
    // The continuation word of position 0 of this version, which calls complete with their
    // return position (`code::cp_at`).
    let here = encode_cp(v.id, 0);
    let mut at = *ip;
    let mut left = *reds;

    // Leaves the loop with the current position saved.
    macro_rules! stop {
        ($why:expr) => {{
            *ip = at;
            *reds = left;
            return $why;
        }};
    }
    // The current instruction is for the general loop.
    macro_rules! slow {
        () => {
            stop!(Stop::Slow)
        };
    }
    // Jumps to `(version, ip)` after counting a reduction.
    macro_rules! transfer {
        ($version:expr, $to:expr) => {{
            let (version, to): (u32, u32) = ($version, $to);
            left -= 1;
            if left <= 0 {
                stop!(Stop::Yield(version, to));
            }
            if version != v.id {
                stop!(Stop::Jump(version, to));
            }
            at = to as usize;
            continue;
        }};
    }
    // Whether the entry test `test` (see `EntryTest`) of X register `a` and `b` holds.
    macro_rules! entry_test {
        ($test:expr, $a:expr, $b:expr) => {{
            let l = x[$a.0 as usize];
            match $test {
                EntryTest::EqSmall => l == Term::small($b as i64),
                EntryTest::LtSmall => compare::lt(l, Term::small($b as i64)),
                EntryTest::GeSmall => !compare::lt(l, Term::small($b as i64)),
                EntryTest::LtX => compare::lt(l, x[$b as usize & XMASK]),
                EntryTest::GeX => !compare::lt(l, x[$b as usize & XMASK]),
            }
        }};
    }
    // Enters the local function at `to` after counting a reduction, running its first test
    // (see `EntryTest`) on the way: execution goes on after that test or at its failure label.
    macro_rules! enter_tested {
        ($to:expr, $fail:expr, $test:expr, $a:expr, $b:expr) => {{
            left -= 1;
            if left <= 0 {
                stop!(Stop::Yield(v.id, $to.0));
            }
            // A branch on the kind of test (not a computed result): the processor predicts it,
            // which keeps the comparison off the chain of dependent position loads.
            let pass = entry_test!($test, $a, $b);
            at = if pass { $to.ip() + 1 } else { $fail.ip() };
            continue;
        }};
    }
    // Returns to `(version, ip)`. Returns count no reduction (as in BEAM: only calls do), so
    // a process still yields within a bounded number of instructions.
    macro_rules! return_to {
        ($version:expr, $to:expr) => {{
            let (version, to): (u32, u32) = ($version, $to);
            if version != v.id {
                stop!(Stop::Jump(version, to));
            }
            at = to as usize;
            continue;
        }};
    }
    macro_rules! get {
        ($s:expr) => {{
            let s: Src = $s;
            match s.tag() {
                0 => x[s.index() & XMASK],
                1 => heap.y(s.index()),
                _ => consts[s.index()],
            }
        }};
    }
    macro_rules! put {
        ($d:expr, $t:expr) => {{
            let (d, t) = ($d, $t);
            if d.is_y() {
                heap.set_y(d.index(), t);
            } else {
                x[d.index() & XMASK] = t;
            }
        }};
    }
    // Reads a register operand encoded as a destination (X or Y).
    macro_rules! reg {
        ($r:expr) => {{
            let r: Dst = $r;
            if r.is_y() {
                heap.y(r.index())
            } else {
                x[r.index() & XMASK]
            }
        }};
    }
    macro_rules! test {
        ($cond:expr, $fail:expr) => {{
            at = if $cond { at + 1 } else { $fail.ip() };
            continue;
        }};
    }
    macro_rules! float_op {
        ($a:expr, $op:tt, $b:expr, $dst:expr) => {{
            let r = fr[$a.0 as usize & FMASK] $op fr[$b.0 as usize & FMASK];
            if !r.is_finite() {
                slow!()
            }
            fr[$dst.0 as usize & FMASK] = r;
            at += 1;
        }};
    }

    loop {
        match code[at & mask] {
            // ---- moving data ----
            Instr::MoveXX { src, dst } => {
                x[dst.0 as usize & XMASK] = x[src.0 as usize & XMASK];
                at += 1;
            }
            Instr::MoveXY { src, dst } => {
                heap.set_y(dst.0 as usize, x[src.0 as usize & XMASK]);
                at += 1;
            }
            Instr::MoveYX { src, dst } => {
                x[dst.0 as usize & XMASK] = heap.y(src.0 as usize);
                at += 1;
            }
            Instr::MoveCX { value, dst } => {
                x[dst.0 as usize & XMASK] = value;
                at += 1;
            }
            Instr::Move { src, dst } => {
                put!(dst, get!(src));
                at += 1;
            }
            Instr::Swap { a, b } => {
                let (ta, tb) = (get!(a.as_src()), get!(b.as_src()));
                put!(a, tb);
                put!(b, ta);
                at += 1;
            }
            Instr::InitY { y } => {
                heap.set_y(y.0 as usize, Term::NIL);
                at += 1;
            }

            // ---- frames and heap ----
            Instr::Allocate { slots, .. } => {
                if !heap.allocate_frame(slots as usize, *cp) {
                    slow!()
                }
                *cp = NO_CP;
                at += 1;
            }
            Instr::AllocateHeap { slots, words, .. } => {
                if !heap.has_room(slots as usize + 1 + words as usize)
                    || !heap.allocate_frame(slots as usize, *cp)
                {
                    slow!()
                }
                *cp = NO_CP;
                at += 1;
            }
            Instr::TestHeap { words, .. } => {
                if !heap.has_room(words as usize) {
                    slow!()
                }
                at += 1;
            }
            Instr::Deallocate { slots } => {
                *cp = heap.deallocate_frame(slots as usize);
                at += 1;
            }
            Instr::Trim { n } => {
                heap.trim(n as usize);
                at += 1;
            }
            Instr::Return {} => {
                if *cp == NO_CP {
                    slow!()
                }
                let (version, to) = decode_cp(*cp);
                *cp = NO_CP;
                return_to!(version, to)
            }
            Instr::DeallocateReturn { slots } => {
                let c = heap.deallocate_frame(slots as usize);
                if c == NO_CP {
                    stop!(Stop::Broken("return without a continuation"))
                }
                let (version, to) = decode_cp(c);
                return_to!(version, to)
            }

            // ---- calls ----
            Instr::Call { to, .. } => {
                *cp = code::cp_at(here, at + 1);
                transfer!(v.id, to.0)
            }
            Instr::CallLast { to, slots, .. } => {
                *cp = heap.deallocate_frame(slots as usize);
                transfer!(v.id, to.0)
            }
            Instr::CallOnly { to, .. } => transfer!(v.id, to.0),
            Instr::CallTest {
                to,
                fail,
                test,
                a,
                b,
            } => {
                *cp = code::cp_at(here, at + 1);
                enter_tested!(to, fail, test, a, b)
            }
            Instr::CallLeaf {
                to,
                cont,
                test,
                a,
                b,
                ret,
                leaf,
            } => {
                left -= 1;
                if left <= 0 {
                    *cp = code::cp_at(here, at + 1);
                    stop!(Stop::Yield(v.id, to.0));
                }
                if entry_test!(test, a, b) == leaf {
                    // The call and the callee's return: just the result.
                    x[0] = x[ret.0 as usize];
                    at += 1;
                } else {
                    *cp = code::cp_at(here, at + 1);
                    at = cont.ip();
                }
            }
            Instr::CallLastTest {
                to,
                fail,
                slots,
                test,
                a,
                b,
            } => {
                *cp = heap.deallocate_frame(slots as usize);
                enter_tested!(to, fail, test, a, b as i32)
            }
            Instr::CallOnlyTest {
                to,
                fail,
                test,
                a,
                b,
            } => enter_tested!(to, fail, test, a, b),
            Instr::CallExt { import } => {
                let code::Target::Code { version, ip: to } = v.imports[import as usize].target()
                else {
                    slow!()
                };
                *cp = code::cp_at(here, at + 1);
                transfer!(version, to)
            }
            Instr::CallExtLast { import, slots } => {
                let code::Target::Code { version, ip: to } = v.imports[import as usize].target()
                else {
                    slow!()
                };
                *cp = heap.deallocate_frame(slots as usize);
                transfer!(version, to)
            }
            Instr::CallExtOnly { import } => {
                let code::Target::Code { version, ip: to } = v.imports[import as usize].target()
                else {
                    slow!()
                };
                transfer!(version, to)
            }

            Instr::CallFloatBif { op, .. } => {
                let t = x[0];
                let arg = match (t.as_float(), t.as_small()) {
                    (Some(f), _) => f,
                    (None, Some(i)) => i as f64,
                    _ => slow!(),
                };
                let value = op.apply(arg);
                if !value.is_finite() {
                    slow!()
                }
                let Some(f) = heap.young_float(value) else {
                    slow!()
                };
                x[0] = f;
                at += 1;
            }

            // ---- tests ----
            Instr::IsEqExactXC { fail, x: r, value } => {
                test!(x[r.0 as usize & XMASK] == value, fail)
            }
            Instr::IsNeExactXC { fail, x: r, value } => {
                test!(x[r.0 as usize & XMASK] != value, fail)
            }
            Instr::IsEqExact { fail, a, b } => test!(compare::exact_eq(get!(a), get!(b)), fail),
            Instr::IsNeExact { fail, a, b } => test!(!compare::exact_eq(get!(a), get!(b)), fail),
            Instr::IsEq { fail, a, b } => test!(compare::eq(get!(a), get!(b)), fail),
            Instr::IsNe { fail, a, b } => test!(!compare::eq(get!(a), get!(b)), fail),
            Instr::IsLt { fail, a, b } => test!(compare::lt(get!(a), get!(b)), fail),
            Instr::IsGe { fail, a, b } => test!(!compare::lt(get!(a), get!(b)), fail),
            Instr::IsLtXI { fail, x: r, imm } => {
                test!(
                    compare::lt(x[r.0 as usize & XMASK], Term::small(imm as i64)),
                    fail
                )
            }
            Instr::IsGeXI { fail, x: r, imm } => {
                test!(
                    !compare::lt(x[r.0 as usize & XMASK], Term::small(imm as i64)),
                    fail
                )
            }
            Instr::IsInteger { fail, src } => test!(get!(src).is_integer(), fail),
            Instr::IsFloat { fail, src } => test!(get!(src).is_float(), fail),
            Instr::IsNumber { fail, src } => test!(get!(src).is_number(), fail),
            Instr::IsAtom { fail, src } => test!(get!(src).is_atom(), fail),
            Instr::IsNil { fail, src } => test!(get!(src).is_nil(), fail),
            Instr::IsList { fail, src } => test!(get!(src).is_list(), fail),
            Instr::IsNonemptyList { fail, src } => test!(get!(src).is_cons(), fail),
            Instr::IsTuple { fail, src } => test!(get!(src).is_tuple(), fail),
            Instr::IsBoolean { fail, src } => test!(get!(src).is_boolean(), fail),
            Instr::TestArity { fail, src, arity } => {
                test!(get!(src).tuple_arity() == Some(arity as usize), fail)
            }
            Instr::IsTaggedTuple {
                fail,
                src,
                arity,
                tag,
            } => {
                let ok = get!(src).tuple_elements().is_some_and(|e| {
                    e.len() == arity as usize && e.first() == Some(&Term::atom(tag))
                });
                test!(ok, fail)
            }
            Instr::SelectVal { src, fail, table } => {
                let t = get!(src);
                at = match v.selects[table as usize].lookup(t, compare::exact_eq) {
                    Some(to) => to as usize,
                    None => fail.ip(),
                };
            }
            Instr::Jump { to } => at = to.ip(),

            // ---- building and taking apart ----
            Instr::GetList { src, head, tail } => {
                let Some((h, t)) = get!(src).as_cons() else {
                    slow!()
                };
                put!(head, h);
                put!(tail, t);
                at += 1;
            }
            Instr::GetHd { src, dst } => {
                let Some((h, _)) = get!(src).as_cons() else {
                    slow!()
                };
                put!(dst, h);
                at += 1;
            }
            Instr::GetTl { src, dst } => {
                let Some((_, t)) = get!(src).as_cons() else {
                    slow!()
                };
                put!(dst, t);
                at += 1;
            }
            Instr::PutList { head, tail, dst } => {
                let (h, t) = (get!(head), get!(tail));
                let c = heap.cons(h, t);
                put!(dst, c);
                at += 1;
            }
            Instr::PutTuple { dst, elements } => {
                let mut vals = [Term::NIL; 16];
                let n = elements.len as usize;
                if n > vals.len() {
                    slow!()
                }
                for (k, &s) in v.srcs[elements.range()].iter().enumerate() {
                    vals[k] = get!(s);
                }
                let t = heap.tuple(&vals[..n]);
                put!(dst, t);
                at += 1;
            }
            Instr::GetTupleElement { src, index, dst } => {
                let Some(&e) = get!(src)
                    .tuple_elements()
                    .and_then(|e| e.get(index as usize))
                else {
                    slow!()
                };
                put!(dst, e);
                at += 1;
            }

            // ---- integer arithmetic ----
            Instr::Add { a, b, dst, .. } => {
                let Some(t) = small::add(get!(a), get!(b)) else {
                    slow!()
                };
                put!(dst, t);
                at += 1;
            }
            Instr::Sub { a, b, dst, .. } => {
                let Some(t) = small::sub(get!(a), get!(b)) else {
                    slow!()
                };
                put!(dst, t);
                at += 1;
            }
            Instr::AddXI { x: r, imm, dst, .. } => {
                let Some(t) = small::add_imm(x[r.0 as usize & XMASK], imm) else {
                    slow!()
                };
                x[dst.0 as usize & XMASK] = t;
                at += 1;
            }
            Instr::SubXI { x: r, imm, dst, .. } => {
                let Some(t) = small::sub_imm(x[r.0 as usize & XMASK], imm) else {
                    slow!()
                };
                x[dst.0 as usize & XMASK] = t;
                at += 1;
            }

            // ---- floats ----
            Instr::FLoad { src, dst } => {
                let Some(f) = get!(src).as_float() else {
                    slow!()
                };
                fr[dst.0 as usize & FMASK] = f;
                at += 1;
            }
            Instr::FStore { src, dst } => {
                let Some(t) = heap.young_float(fr[src.0 as usize & FMASK]) else {
                    slow!()
                };
                put!(dst, t);
                at += 1;
            }
            Instr::FMove { src, dst } => {
                fr[dst.0 as usize & FMASK] = fr[src.0 as usize & FMASK];
                at += 1;
            }
            Instr::FConv { src, dst } => {
                let t = get!(src);
                let f = match (t.as_small(), t.as_float()) {
                    (Some(i), _) => i as f64,
                    (None, Some(f)) => f,
                    _ => slow!(),
                };
                fr[dst.0 as usize & FMASK] = f;
                at += 1;
            }
            Instr::FAdd { a, b, dst } => float_op!(a, +, b, dst),
            Instr::FSub { a, b, dst } => float_op!(a, -, b, dst),
            Instr::FMul { a, b, dst } => float_op!(a, *, b, dst),
            Instr::FDiv { a, b, dst } => {
                if fr[b.0 as usize & FMASK] == 0.0 {
                    slow!()
                }
                float_op!(a, /, b, dst)
            }
            Instr::FNegate { a, dst } => {
                // As the general loop: `0.0 - A`.
                fr[dst.0 as usize & FMASK] = 0.0 - fr[a.0 as usize & FMASK];
                at += 1;
            }

            // ---- fused instructions ----
            Instr::Move2 { s1, d1, s2, d2 } => {
                put!(d1, get!(s1));
                put!(d2, get!(s2));
                at += 1;
            }
            Instr::MoveReturn { src } => {
                if *cp == NO_CP {
                    slow!()
                }
                x[0] = get!(src);
                let (version, to) = decode_cp(*cp);
                *cp = NO_CP;
                return_to!(version, to)
            }
            Instr::MoveDeallocateReturn { src, slots } => {
                x[0] = get!(src);
                let c = heap.deallocate_frame(slots as usize);
                if c == NO_CP {
                    stop!(Stop::Broken("return without a continuation"))
                }
                let (version, to) = decode_cp(c);
                return_to!(version, to)
            }
            Instr::IsConsGetList {
                fail,
                src,
                head,
                tail,
            } => match get!(src).as_cons() {
                Some((h, t)) => {
                    put!(head, h);
                    put!(tail, t);
                    at += 1;
                }
                None => at = fail.ip(),
            },
            Instr::TestHeapPutList {
                words,
                head,
                tail,
                dst,
                ..
            } => {
                if !heap.has_room(words as usize) {
                    slow!()
                }
                let (h, t) = (get!(head), get!(tail));
                let c = heap.cons(h, t);
                put!(dst, c);
                at += 1;
            }
            Instr::GetTupleElementFLoad {
                src,
                index,
                dst,
                fr: f,
            } => {
                let e = get!(src)
                    .tuple_elements()
                    .and_then(|e| e.get(index as usize).copied());
                let Some((e, value)) = e.and_then(|e| Some((e, e.as_float()?))) else {
                    slow!()
                };
                x[dst.0 as usize & XMASK] = e;
                fr[f.0 as usize & FMASK] = value;
                at += 1;
            }

            Instr::Move3 {
                s1,
                d1,
                s2,
                d2,
                s3,
                d3,
            } => {
                put!(d1, reg!(s1));
                put!(d2, reg!(s2));
                put!(d3, reg!(s3));
                at += 1;
            }
            Instr::IsLtXX { fail, a, b } => {
                let (a, b) = (x[a.0 as usize & XMASK], x[b.0 as usize & XMASK]);
                test!(compare::lt(a, b), fail)
            }
            Instr::IsGeXX { fail, a, b } => {
                let (a, b) = (x[a.0 as usize & XMASK], x[b.0 as usize & XMASK]);
                test!(!compare::lt(a, b), fail)
            }
            Instr::Mul { a, b, dst, .. } => {
                let Some(t) = small::mul(get!(a), get!(b)) else {
                    slow!()
                };
                put!(dst, t);
                at += 1;
            }
            Instr::Rem { a, b, dst, .. } => {
                let Some(t) = small::rem(get!(a), get!(b)) else {
                    slow!()
                };
                put!(dst, t);
                at += 1;
            }
            Instr::IntDiv { a, b, dst, .. } => {
                let Some(t) = small::div(get!(a), get!(b)) else {
                    slow!()
                };
                put!(dst, t);
                at += 1;
            }
            Instr::AddXI2 {
                x1,
                delta1,
                dst1,
                x2,
                delta2,
                dst2,
            } => {
                // Both sums first: the general loop runs the whole instruction when either
                // leaves the small integers.
                let Some(r1) = small::add_delta(x[x1.0 as usize], delta1) else {
                    slow!()
                };
                let Some(r2) = small::add_delta(x[x2.0 as usize], delta2) else {
                    slow!()
                };
                x[dst1.0 as usize] = r1;
                x[dst2.0 as usize] = r2;
                at += 1;
            }

            // Everything else is for the general loop. Listing it (instead of `_`) lets the
            // compiler drop the range check of the opcode from the dispatch (about 6% fewer
            // instructions executed by a tight loop).
            general_loop_only!() => slow!(),
        }
    }
}
