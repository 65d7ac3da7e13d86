//! Checks a module's generic code before it is specialised, so that code that would break the
//! interpreter's invariants is refused at load time with an error naming the module, function
//! and instruction, rather than running and reading garbage.
//!
//! Each function is analysed as a data flow problem over its basic blocks: a block starts at a
//! label, the state at a label is the meet of the states of every path that reaches it (fall
//! through, branch operands, `try`/`catch` handlers), and blocks are walked again until no label's
//! state changes. The state is
//!
//! - the **stack frame** (none, a known size, or "at least N slots" where paths with different
//!   frames meet);
//! - the set of **X registers that hold a term**: the arguments at the entry, every register an
//!   instruction writes; a garbage-collection point (`allocate`, `test_heap`, `gc_bif*`, the
//!   binary instructions and map updates with a `Live` operand) needs `x0..Live-1` to hold terms
//!   and leaves only those; a call needs its arguments and leaves only `x0`, the result; `wait`
//!   leaves none. Where paths meet, only registers written on all of them hold terms;
//! - the **Y slots that may hold a catch marker** (set by `catch`/`try`, cleared by `catch_end`,
//!   `try_end`, `try_case`): such a slot may not be read as a term or overwritten, and a frame
//!   holding one may not be freed;
//! - whether `x0` may hold the exception handler's non-value (at a handler entry, until
//!   `catch_end`/`try_case` or a write replaces it);
//! - the **heap reservation** (words, floats, funs) made by `test_heap`/`allocate_heap`, which
//!   `put_list`, `put_tuple2`, `put_tuple`, `put_string`, `fmove` to a register and `make_fun3`
//!   consume, and every garbage-collection point or call cancels.
//!
//! Besides, every label operand must name a label of the same function (or its header, which
//! raises `function_clause` from the arguments), a local call must name a function entry of that
//! arity, an external call or BIF the arity of its import, execution may not run past the
//! function's end, and no loop may run without a call, a suspension or a step through the
//! message queue (the interpreter counts reductions at calls only).

use super::emit::Emitter;
use super::SpecializeError;
use crate::model::Prepared;
use crate::opcodes::op;
use crate::operand::{Operand, Reg};

/// Number of X registers the interpreter has (`vm::instr::MAX_X`).
const MAX_X: u64 = 1024;

/// The frame at an instruction: `None` before `allocate`, `Some(Slots::Exact(n))` after, and
/// where paths with different frames meet, `Some(Slots::AtLeast(n))` with the smallest of them
/// (Y registers below it may be read, but the frame may not be freed, trimmed or replaced).
type Frame = Option<Slots>;

/// The size of a frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slots {
    /// Known.
    Exact(u32),
    /// Paths with different frames meet here; the smallest has this many slots.
    AtLeast(u32),
}

impl Slots {
    fn count(self) -> u32 {
        match self {
            Slots::Exact(n) | Slots::AtLeast(n) => n,
        }
    }
}

/// The frame where paths with frames `a` and `b` meet.
fn meet(a: Frame, b: Frame) -> Frame {
    if a == b {
        return a;
    }
    let n = |f: Frame| f.map_or(0, Slots::count);
    Some(Slots::AtLeast(n(a).min(n(b))))
}

/// Heap space reserved by the last `test_heap` or `allocate_heap` and not used yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Heap {
    words: u32,
    floats: u32,
    funs: u32,
}

/// The fixed-size part of the state at a program point (the register sets are bit vectors kept
/// beside it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Meta {
    frame: Frame,
    heap: Heap,
    /// `x0` may hold the non-value an exception handler starts with.
    x0_raw: bool,
}

impl Meta {
    fn meet(self, other: Meta) -> Meta {
        Meta {
            frame: meet(self.frame, other.frame),
            heap: Heap {
                words: self.heap.words.min(other.heap.words),
                floats: self.heap.floats.min(other.heap.floats),
                funs: self.heap.funs.min(other.heap.funs),
            },
            x0_raw: self.x0_raw || other.x0_raw,
        }
    }
}

/// Checks every function of the emitter's module.
pub(crate) fn check(e: &mut Emitter<'_>) -> Result<(), SpecializeError> {
    let p = e.p;
    // Entry label -> arity, for local calls, exports and lambdas.
    let mut entry_arity = vec![u32::MAX; p.labels.len()];
    for f in &p.functions {
        if let Some(slot) = entry_arity.get_mut(f.entry_label as usize) {
            *slot = f.arity;
        }
    }
    let entry_of = |label: u32| entry_arity.get(label as usize).copied();
    for x in &p.exports {
        if entry_of(x.label) != Some(x.arity) {
            return Err(e.error(format!(
                "export {}/{} names label {}, which is not the entry of a function of that arity",
                p.atoms.get(x.function).unwrap_or("?"),
                x.arity,
                x.label
            )));
        }
    }
    for l in &p.lambdas {
        if entry_of(l.label) != Some(l.arity) {
            return Err(e.error(format!(
                "lambda {} names label {}, which is not the entry of a function of arity {}",
                l.index, l.label, l.arity
            )));
        }
    }
    let (mut x_regs, mut y_regs) = (4u64, 1u64);
    for o in &p.code.operands {
        match reg(o) {
            Some(Reg::X(n)) => x_regs = x_regs.max(u64::from(n) + 1),
            Some(Reg::Y(n)) => y_regs = y_regs.max(u64::from(n) + 1),
            None => {}
        }
    }
    let (module_xw, module_yw) = (x_regs.div_ceil(64) as usize, y_regs.div_ceil(64) as usize);
    let mut w = Walker {
        p,
        entry_arity: &entry_arity,
        never_returns_local: never_returning(p),
        slot_of: vec![u32::MAX; p.code.instrs.len()],
        label_at: Vec::new(),
        metas: Vec::new(),
        arena: Vec::new(),
        work: Vec::new(),
        queued: Vec::new(),
        xw: 1,
        module_xw,
        module_yw,
        width: 1,
        meta: Meta {
            frame: None,
            heap: Heap::default(),
            x0_raw: false,
        },
        bits: Vec::new(),
        scratch: Vec::new(),
        arity: 0,
        start: 0,
        first: 0,
        end: 0,
        at: 0,
    };
    for f in &p.functions {
        if let Err(reason) = w.function(f.start as usize, f.end as usize, f.entry_label, f.arity) {
            e.at = w.at;
            return Err(e.instr_error(reason));
        }
    }
    Ok(())
}

/// The analysis of one module, function by function (buffers are reused).
struct Walker<'a> {
    p: &'a Prepared,
    /// Entry label -> arity of the function (`u32::MAX` for other labels).
    entry_arity: &'a [u32],
    /// Entry label -> whether the function never returns (see [`never_returning`]).
    never_returns_local: Vec<bool>,
    /// Instruction index -> state slot of the label defined there (this function's labels).
    slot_of: Vec<u32>,
    /// State slot -> instruction index of its label.
    label_at: Vec<usize>,
    /// State slot -> the fixed part of the state, once reached.
    metas: Vec<Option<Meta>>,
    /// State slot -> its bit vectors (`width` words each).
    arena: Vec<u64>,
    /// Slots whose state changed and whose block must be walked again.
    work: Vec<u32>,
    /// Slot -> whether it is in `work`.
    queued: Vec<bool>,
    /// Words of the X register set; the Y catch set follows in each state.
    xw: usize,
    /// Words for the X and Y registers the module's operands name (and `x0..x3`).
    module_xw: usize,
    module_yw: usize,
    /// Words per state.
    width: usize,
    /// The current state.
    meta: Meta,
    bits: Vec<u64>,
    /// A second state's bits (the state a handler starts with).
    scratch: Vec<u64>,
    /// The function's arity, first instruction, entry instruction and end.
    arity: u32,
    start: usize,
    first: usize,
    end: usize,
    /// The instruction being checked.
    at: usize,
}

/// What execution does after an instruction.
enum Next {
    /// Continues with the next instruction.
    Continue,
    /// Never continues with the next instruction.
    Stop,
}

/// The register named by an operand.
fn reg(o: &Operand) -> Option<Reg> {
    match *o {
        Operand::X(n) => Some(Reg::X(n)),
        Operand::Y(n) => Some(Reg::Y(n)),
        Operand::TypedReg { reg, .. } => Some(reg),
        _ => None,
    }
}

/// The unsigned value of operand `o`.
fn number(o: Option<&Operand>) -> Option<u32> {
    match o {
        Some(&Operand::Unsigned(n)) => u32::try_from(n).ok(),
        Some(&Operand::Integer(n)) => u32::try_from(n).ok(),
        _ => None,
    }
}

/// The frame `f` in words for messages.
fn slots(f: Frame) -> String {
    match f {
        None => "no".to_string(),
        Some(Slots::AtLeast(n)) => format!("at least {n} (paths with different frames meet)"),
        Some(Slots::Exact(n)) => n.to_string(),
    }
}

/// The elements of the extended list that starts at `ops[at]` (empty when there is none).
fn list_at(ops: &[Operand], at: usize) -> &[Operand] {
    match ops.get(at) {
        Some(&Operand::List(n)) => ops.get(at + 1..at + 1 + n as usize).unwrap_or(&[]),
        _ => &[],
    }
}

impl Walker<'_> {
    /// Analyses the function whose instructions are `start..end`.
    fn function(&mut self, start: usize, end: usize, entry: u32, arity: u32) -> Result<(), String> {
        let Some(first) = self
            .p
            .label_target(entry)
            .filter(|i| (start..end).contains(i))
        else {
            self.at = start;
            return Err(format!("the entry label {entry} is not in the function"));
        };
        (self.start, self.first, self.end, self.arity) = (start, first, end, arity);
        // Number the labels; the register sets are sized for the whole module.
        self.label_at.clear();
        for (i, instr) in self.p.code.instrs[start..end].iter().enumerate() {
            if instr.opcode == op::LABEL {
                self.slot_of[start + i] = self.label_at.len() as u32;
                self.label_at.push(start + i);
            }
        }
        self.xw = self.module_xw.max(arity.div_ceil(64) as usize);
        self.width = self.xw + self.module_yw;
        let labels = self.label_at.len();
        self.metas.clear();
        self.metas.resize(labels, None);
        self.queued.clear();
        self.queued.resize(labels, false);
        self.work.clear();
        self.arena.clear();
        self.arena.resize(labels * self.width, 0);
        self.bits.clear();
        self.bits.resize(self.width, 0);
        self.scratch.clear();
        self.scratch.resize(self.width, 0);
        // The entry: the arguments, no frame.
        self.meta = Meta {
            frame: None,
            heap: Heap::default(),
            x0_raw: false,
        };
        for i in 0..arity {
            self.set_x(i);
        }
        self.at = first;
        self.merge_into(first, false);
        while let Some(slot) = self.work.pop() {
            self.queued[slot as usize] = false;
            self.walk(slot as usize)?;
        }
        self.loops()
    }

    /// Refuses a loop that runs without a call, a suspension (the branch of `wait` and
    /// `wait_timeout`) or a step to the next message (`loop_rec_end`): the interpreter counts
    /// reductions at calls only, so such a loop would never give up its scheduler.
    fn loops(&mut self) -> Result<(), String> {
        let labels = self.label_at.len();
        // Edges between the reached labels' blocks taken before any call.
        let mut edges: Vec<(u32, u32)> = Vec::new();
        for slot in 0..labels {
            if self.metas[slot].is_none() {
                continue;
            }
            let mut i = self.label_at[slot] + 1;
            while i < self.end {
                let instr = self.p.code.instrs[i];
                let ops = self.p.operands(&instr);
                let target = |l: u32| {
                    self.p
                        .label_target(l)
                        .filter(|t| (self.first..self.end).contains(t))
                        .map(|t| self.slot_of[t])
                };
                match instr.opcode {
                    op::LABEL => {
                        edges.push((slot as u32, self.slot_of[i]));
                        break;
                    }
                    op::CALL
                    | op::CALL_EXT
                    | op::APPLY
                    | op::CALL_FUN
                    | op::CALL_FUN2
                    | op::SEND
                    | op::LOOP_REC_END
                    | op::WAIT => break,
                    op::CALL_LAST
                    | op::CALL_ONLY
                    | op::CALL_EXT_LAST
                    | op::CALL_EXT_ONLY
                    | op::APPLY_LAST
                    | op::RETURN => break,
                    op::WAIT_TIMEOUT => {}
                    _ => {
                        for o in ops {
                            if let Operand::Label(l) = *o {
                                if let Some(t) = target(l) {
                                    edges.push((slot as u32, t));
                                }
                            }
                        }
                    }
                }
                if matches!(
                    instr.opcode,
                    op::JUMP
                        | op::SELECT_VAL
                        | op::SELECT_TUPLE_ARITY
                        | op::FUNC_INFO
                        | op::BADMATCH
                        | op::CASE_END
                        | op::TRY_CASE_END
                        | op::BADRECORD
                        | op::IF_END
                        | op::RAISE
                        | op::INT_CODE_END
                ) {
                    break;
                }
                i += 1;
            }
        }
        // Depth-first search for a cycle.
        edges.sort_unstable();
        edges.dedup();
        let first_edge = |n: u32| edges.partition_point(|&(a, _)| a < n);
        // 0: not visited, 1: on the current path, 2: done.
        let mut color = vec![0u8; labels];
        // (node, index of its next edge)
        let mut stack: Vec<(u32, usize)> = Vec::new();
        for root in 0..labels as u32 {
            if color[root as usize] != 0 {
                continue;
            }
            color[root as usize] = 1;
            stack.push((root, first_edge(root)));
            while let Some(&mut (n, ref mut k)) = stack.last_mut() {
                match edges.get(*k).filter(|&&(a, _)| a == n) {
                    Some(&(_, m)) => {
                        *k += 1;
                        match color[m as usize] {
                            0 => {
                                color[m as usize] = 1;
                                stack.push((m, first_edge(m)));
                            }
                            1 => {
                                self.at = self.label_at[m as usize];
                                return Err(
                                    "a loop without a call, a wait or a step to the next message \
                                     starts here"
                                        .to_string(),
                                );
                            }
                            _ => {}
                        }
                    }
                    None => {
                        color[n as usize] = 2;
                        stack.pop();
                    }
                }
            }
        }
        Ok(())
    }

    /// Walks the block that starts at the label of `slot`.
    fn walk(&mut self, slot: usize) -> Result<(), String> {
        let Some(meta) = self.metas[slot] else {
            return Ok(());
        };
        self.meta = meta;
        let w = self.width;
        self.bits
            .copy_from_slice(&self.arena[slot * w..(slot + 1) * w]);
        let mut i = self.label_at[slot] + 1;
        loop {
            if i >= self.end {
                self.at = self.end.saturating_sub(1);
                return Err("execution runs past the end of the function".to_string());
            }
            self.at = i;
            let instr = self.p.code.instrs[i];
            if instr.opcode == op::LABEL {
                self.merge_into(i, false);
                return Ok(());
            }
            let ops = self.p.operands(&instr);
            if let Next::Stop = self.step(instr.opcode, ops)? {
                return Ok(());
            }
            i += 1;
        }
    }

    /// Merges the current state (or, with `handler`, the state in `scratch` with the current
    /// meta's frame) into the state at the label instruction `at`.
    fn merge_into(&mut self, at: usize, handler: bool) {
        let slot = self.slot_of[at] as usize;
        let w = self.width;
        let xw = self.xw;
        let (meta, bits) = if handler {
            (
                Meta {
                    frame: self.meta.frame,
                    heap: Heap::default(),
                    x0_raw: true,
                },
                &self.scratch,
            )
        } else {
            (self.meta, &self.bits)
        };
        let stored = &mut self.arena[slot * w..(slot + 1) * w];
        let changed = match self.metas[slot] {
            None => {
                stored.copy_from_slice(bits);
                self.metas[slot] = Some(meta);
                true
            }
            Some(old) => {
                let new = old.meet(meta);
                let mut changed = new != old;
                for (k, (s, &b)) in stored.iter_mut().zip(bits.iter()).enumerate() {
                    let m = if k < xw { *s & b } else { *s | b };
                    changed |= m != *s;
                    *s = m;
                }
                self.metas[slot] = Some(new);
                changed
            }
        };
        if changed && !self.queued[slot] {
            self.queued[slot] = true;
            self.work.push(slot as u32);
        }
    }

    /// Follows a branch to `label` with the current state.
    fn branch(&mut self, label: u32) -> Result<(), String> {
        if label == 0 {
            return Ok(());
        }
        let Some(target) = self.p.label_target(label) else {
            return Err(format!("label {label} is not defined"));
        };
        if (self.first..self.end).contains(&target) {
            self.merge_into(target, false);
            Ok(())
        } else if (self.start..self.first).contains(&target) {
            // The function's header raises `function_clause` with the arguments.
            self.need_x(self.arity, "raises function_clause")
        } else {
            Err(format!("label {label} is outside the function"))
        }
    }

    /// Follows every label operand of `ops`.
    fn branch_all(&mut self, ops: &[Operand]) -> Result<(), String> {
        for o in ops {
            if let Operand::Label(l) = *o {
                self.branch(l)?;
            }
        }
        Ok(())
    }

    fn x(&self, n: u32) -> bool {
        let n = n as usize;
        n / 64 < self.xw && self.bits[n / 64] & (1 << (n % 64)) != 0
    }

    fn set_x(&mut self, n: u32) {
        let n = n as usize;
        if n / 64 < self.xw {
            self.bits[n / 64] |= 1 << (n % 64);
        }
        if n == 0 {
            self.meta.x0_raw = false;
        }
    }

    /// Forgets every X register from `n` on.
    fn kill_x_from(&mut self, n: u64) {
        for (k, word) in self.bits[..self.xw].iter_mut().enumerate() {
            let base = k as u64 * 64;
            if base >= n {
                *word = 0;
            } else if n < base + 64 {
                *word &= (1u64 << (n - base)) - 1;
            }
        }
    }

    fn catch_y(&self, n: u32) -> bool {
        let k = self.xw + n as usize / 64;
        k < self.width && self.bits[k] & (1 << (n % 64)) != 0
    }

    fn set_catch_y(&mut self, n: u32, on: bool) {
        let k = self.xw + n as usize / 64;
        if k < self.width {
            if on {
                self.bits[k] |= 1 << (n % 64);
            } else {
                self.bits[k] &= !(1 << (n % 64));
            }
        }
    }

    fn any_catch(&self) -> bool {
        self.bits[self.xw..].iter().any(|&w| w != 0)
    }

    /// Requires `x0..n-1` to hold terms (`what` says why they are read).
    fn need_x(&self, n: u32, what: &str) -> Result<(), String> {
        if u64::from(n) > MAX_X {
            return Err(format!("{n} live registers, more than {MAX_X}"));
        }
        if n > 0 && self.meta.x0_raw {
            return Err(format!(
                "{what} from x0, which holds no term at an exception handler"
            ));
        }
        match (0..n).find(|&i| !self.x(i)) {
            Some(i) => Err(format!(
                "{what} from x0..x{}, but x{i} holds no term",
                n - 1
            )),
            None => Ok(()),
        }
    }

    /// A garbage-collection point keeping `x0..live-1`.
    fn gc(&mut self, live: Option<u32>) -> Result<(), String> {
        let live = live.ok_or("bad live register count")?;
        self.need_x(live, "garbage collection keeps registers")?;
        self.kill_x_from(u64::from(live));
        self.meta.heap = Heap::default();
        Ok(())
    }

    /// A call passing `x0..arity-1`: afterwards only `x0`, the result, holds a term.
    fn call(&mut self, arity: u32) -> Result<(), String> {
        self.need_x(arity, "the call passes arguments")?;
        self.kill_x_from(0);
        self.set_x(0);
        self.meta.heap = Heap::default();
        Ok(())
    }

    /// Checks that register operand `o` may be read as a term.
    fn read(&self, o: &Operand) -> Result<(), String> {
        match reg(o) {
            Some(Reg::X(0)) if self.meta.x0_raw => {
                Err("x0 is read, but holds no term at an exception handler".to_string())
            }
            Some(Reg::X(n)) if !self.x(n) => Err(format!("x{n} is read, but holds no term")),
            Some(Reg::Y(n)) if self.catch_y(n) => {
                Err(format!("y{n} is read, but holds a catch marker"))
            }
            _ => Ok(()),
        }
    }

    fn read_all(&self, ops: &[Operand]) -> Result<(), String> {
        ops.iter().try_for_each(|o| self.read(o))
    }

    /// Register operand `o` is written.
    fn write(&mut self, o: Option<&Operand>) -> Result<(), String> {
        match o.and_then(reg) {
            Some(Reg::X(n)) => self.set_x(n),
            Some(Reg::Y(n)) if self.catch_y(n) => {
                return Err(format!("y{n} is overwritten, but holds a catch marker"))
            }
            _ => {}
        }
        Ok(())
    }

    /// Uses `words` words, `floats` floats and `funs` funs of the heap reservation.
    fn use_heap(&mut self, words: u64, floats: u32, funs: u32) -> Result<(), String> {
        let h = self.meta.heap;
        if words > u64::from(h.words) || floats > h.floats || funs > h.funs {
            return Err(format!(
                "builds {words} words, {floats} floats and {funs} funs on the heap, but only \
                 {} words, {} floats and {} funs are reserved",
                h.words, h.floats, h.funs
            ));
        }
        self.meta.heap = Heap {
            words: h.words - words as u32,
            floats: h.floats - floats,
            funs: h.funs - funs,
        };
        Ok(())
    }

    /// The arity of the import named by operand `o`.
    fn import_arity(&self, o: Option<&Operand>) -> Result<u32, String> {
        number(o)
            .and_then(|i| self.p.imports.get(i as usize))
            .map(|i| i.arity)
            .ok_or_else(|| "bad import operand".to_string())
    }

    /// Checks that the import of a BIF instruction takes `args` arguments.
    fn bif_arity(&self, o: Option<&Operand>, args: usize) -> Result<(), String> {
        let arity = self.import_arity(o)?;
        if arity as usize != args {
            return Err(format!("a BIF of arity {arity} is given {args} arguments"));
        }
        Ok(())
    }

    /// Checks that an external call's arity operand matches its import's arity.
    fn ext_arity(&self, ops: &[Operand]) -> Result<u32, String> {
        let arity = number(ops.first()).ok_or("bad arity operand")?;
        let import = self.import_arity(ops.get(1))?;
        if arity != import {
            return Err(format!(
                "calls with {arity} arguments a function of arity {import}"
            ));
        }
        Ok(arity)
    }

    /// Checks that a local call's label is the entry of a function of its arity.
    fn local_arity(&self, ops: &[Operand]) -> Result<u32, String> {
        let arity = number(ops.first()).ok_or("bad arity operand")?;
        let Some(&Operand::Label(l)) = ops.get(1) else {
            return Err("bad call target operand".to_string());
        };
        if self.entry_arity.get(l as usize) != Some(&arity) {
            return Err(format!(
                "label {l} is not the entry of a function of arity {arity}"
            ));
        }
        Ok(arity)
    }

    /// Whether the import named by `o` is a function that never returns (`erlang:error/1`, ...):
    /// a call of it ends the block, and erl's loader turns its tail call into a plain jump.
    fn never_returns(&self, o: Option<&Operand>) -> bool {
        import_never_returns(self.p, o)
    }

    /// The state a `catch`/`try` handler starts with: the frame and catch markers of now, the
    /// registers the exception sets (`x0` a non-value, `x1..x3` the reason, trace and class).
    fn handler_state(&mut self) {
        self.scratch.copy_from_slice(&self.bits);
        for w in &mut self.scratch[..self.xw] {
            *w = 0;
        }
        self.scratch[0] = 0b1111;
    }

    /// Checks one instruction against the current state and applies its effect.
    fn step(&mut self, opcode: u8, ops: &[Operand]) -> Result<Next, String> {
        let frame = self.meta.frame;
        // Every Y operand lies inside the frame.
        for o in ops {
            if let Some(Reg::Y(y)) = reg(o) {
                match frame {
                    Some(f) if y < f.count() => {}
                    Some(_) => {
                        return Err(format!(
                            "y{y} is outside the stack frame of {} slots",
                            slots(frame)
                        ))
                    }
                    None => return Err(format!("y{y} is used with no stack frame")),
                }
            }
        }
        let need = |n: Option<u32>| -> Result<(), String> {
            match (frame, n) {
                (Some(Slots::Exact(have)), Some(n)) if have == n => Ok(()),
                (_, None) => Err("bad frame size operand".to_string()),
                (None, _) => Err("frees a stack frame, but there is none".to_string()),
                (Some(_), Some(n)) => Err(format!(
                    "frees a stack frame of {n} slots, but the frame has {}",
                    slots(frame)
                )),
            }
        };
        let free_frame = |w: &Self, n: Option<u32>| -> Result<(), String> {
            need(n)?;
            if w.any_catch() {
                return Err("frees a stack frame that holds a catch marker".to_string());
            }
            Ok(())
        };
        let o = |i: usize| ops.get(i);
        match opcode {
            op::LINE
            | op::NIF_START
            | op::ON_LOAD
            | op::FCLEARERROR
            | op::REMOVE_MESSAGE
            | op::TIMEOUT
            | op::RECV_MARK
            | op::RECV_SET => {}
            op::INT_CODE_END => return Err("the code ends inside the function".to_string()),
            op::FUNC_INFO => {
                let n = number(o(2)).unwrap_or(0).max(self.arity);
                self.need_x(n, "raises function_clause")?;
                return Ok(Next::Stop);
            }

            // ---- stack frames and the heap ----
            op::ALLOCATE | op::ALLOCATE_ZERO | op::ALLOCATE_HEAP | op::ALLOCATE_HEAP_ZERO => {
                if frame.is_some() {
                    return Err(format!(
                        "allocates a stack frame over one of {} slots",
                        slots(frame)
                    ));
                }
                let size = number(o(0)).ok_or("bad frame size operand")?;
                let heap = matches!(opcode, op::ALLOCATE_HEAP | op::ALLOCATE_HEAP_ZERO);
                let live = if heap { 2 } else { 1 };
                self.gc(number(o(live)))?;
                if heap {
                    self.meta.heap = reservation(o(1))?;
                }
                self.meta.frame = Some(Slots::Exact(size));
            }
            op::TEST_HEAP => {
                self.gc(number(o(1)))?;
                self.meta.heap = reservation(o(0))?;
            }
            op::DEALLOCATE => {
                free_frame(self, number(o(0)))?;
                self.meta.frame = None;
            }
            op::TRIM => {
                let n = number(o(0)).ok_or("bad trim operand")?;
                match frame {
                    Some(Slots::Exact(have)) if n <= have => {
                        if (0..n).any(|y| self.catch_y(y)) {
                            return Err("trims a slot that holds a catch marker".to_string());
                        }
                        for y in n..have {
                            let c = self.catch_y(y);
                            self.set_catch_y(y, false);
                            self.set_catch_y(y - n, c);
                        }
                        self.meta.frame = Some(Slots::Exact(have - n));
                    }
                    _ => return Err(format!("trims {n} slots of {} stack slots", slots(frame))),
                }
            }
            op::INIT => self.write(o(0))?,
            op::INIT_YREGS => {
                for r in list_at(ops, 0) {
                    self.write(Some(r))?;
                }
            }
            op::RETURN => {
                if frame.is_some() {
                    return Err(format!("returns with {} stack slots", slots(frame)));
                }
                self.need_x(1, "returns the result")?;
                return Ok(Next::Stop);
            }

            // ---- calls ----
            op::CALL => {
                let arity = self.local_arity(ops)?;
                self.call(arity)?;
                if let Some(&Operand::Label(l)) = o(1) {
                    if self.never_returns_local.get(l as usize) == Some(&true) {
                        return Ok(Next::Stop);
                    }
                }
            }
            op::CALL_ONLY => {
                let arity = self.local_arity(ops)?;
                self.call(arity)?;
                return Ok(Next::Stop);
            }
            op::CALL_LAST => {
                let arity = self.local_arity(ops)?;
                free_frame(self, number(o(2)))?;
                self.call(arity)?;
                return Ok(Next::Stop);
            }
            op::CALL_EXT => {
                let arity = self.ext_arity(ops)?;
                self.call(arity)?;
                if self.never_returns(o(1)) {
                    return Ok(Next::Stop);
                }
            }
            op::CALL_EXT_ONLY => {
                let arity = self.ext_arity(ops)?;
                self.call(arity)?;
                return Ok(Next::Stop);
            }
            op::CALL_EXT_LAST => {
                let arity = self.ext_arity(ops)?;
                if !self.never_returns(o(1)) {
                    free_frame(self, number(o(2)))?;
                }
                self.call(arity)?;
                return Ok(Next::Stop);
            }
            op::APPLY => {
                let arity = number(o(0)).ok_or("bad arity operand")?;
                self.call(arity + 2)?;
            }
            op::APPLY_LAST => {
                let arity = number(o(0)).ok_or("bad arity operand")?;
                free_frame(self, number(o(1)))?;
                self.call(arity + 2)?;
                return Ok(Next::Stop);
            }
            op::CALL_FUN => {
                let arity = number(o(0)).ok_or("bad arity operand")?;
                self.call(arity + 1)?;
            }
            op::CALL_FUN2 => {
                self.read_all(&ops[2.min(ops.len())..])?;
                let arity = number(o(1)).ok_or("bad arity operand")?;
                self.call(arity)?;
            }
            op::SEND => self.call(2)?,
            op::BUILD_STACKTRACE | op::BS_INIT_WRITABLE => self.call(1)?,
            op::RAW_RAISE => self.call(3)?,
            op::MAKE_FUN2 => {
                let free = number(o(0))
                    .and_then(|i| self.p.lambdas.get(i as usize))
                    .ok_or("bad lambda operand")?
                    .num_free;
                self.call(free)?;
            }
            op::MAKE_FUN3 => {
                let free = list_at(ops, 2);
                self.read_all(free)?;
                self.use_heap(free.len() as u64, 0, 1)?;
                self.write(o(1))?;
            }

            // ---- BIFs ----
            op::BIF0 => {
                self.bif_arity(o(0), 0)?;
                self.write(o(1))?;
            }
            op::BIF1 | op::BIF2 => {
                let args = if opcode == op::BIF1 { 1 } else { 2 };
                self.bif_arity(o(1), args)?;
                self.read_all(&ops[2..(2 + args).min(ops.len())])?;
                self.branch_all(&ops[..1])?;
                self.write(o(2 + args))?;
            }
            op::GC_BIF1 | op::GC_BIF2 | op::GC_BIF3 => {
                let args = match opcode {
                    op::GC_BIF1 => 1,
                    op::GC_BIF2 => 2,
                    _ => 3,
                };
                self.bif_arity(o(2), args)?;
                self.read_all(&ops[3..(3 + args).min(ops.len())])?;
                self.gc(number(o(1)))?;
                self.branch_all(&ops[..1])?;
                self.write(o(3 + args))?;
            }

            // ---- moves and data ----
            op::MOVE => {
                self.read_all(&ops[..1])?;
                self.write(o(1))?;
            }
            op::SWAP => self.read_all(ops)?,
            op::GET_LIST => {
                self.read_all(&ops[..1])?;
                self.write(o(1))?;
                self.write(o(2))?;
            }
            op::GET_HD | op::GET_TL => {
                self.read_all(&ops[..1])?;
                self.write(o(1))?;
            }
            op::GET_TUPLE_ELEMENT => {
                self.read_all(&ops[..1])?;
                self.write(o(2))?;
            }
            op::PUT_LIST => {
                self.read_all(&ops[..2.min(ops.len())])?;
                self.use_heap(2, 0, 0)?;
                self.write(o(2))?;
            }
            op::PUT_TUPLE2 => {
                let elements = list_at(ops, 1);
                self.read_all(elements)?;
                self.use_heap(1 + elements.len() as u64, 0, 0)?;
                self.write(o(0))?;
            }
            op::PUT_TUPLE => {
                let arity = number(o(0)).ok_or("bad tuple arity")?;
                self.use_heap(1 + u64::from(arity), 0, 0)?;
                self.write(o(1))?;
            }
            op::PUT_STRING => {
                let len = number(o(0)).ok_or("bad string length")?;
                self.use_heap(2 * u64::from(len), 0, 0)?;
                self.write(o(2))?;
            }
            op::FMOVE => {
                self.read_all(&ops[..1])?;
                if reg(o(1).unwrap_or(&Operand::Nil)).is_some() {
                    self.use_heap(0, 1, 0)?;
                    self.write(o(1))?;
                }
            }
            op::GET_MAP_ELEMENTS => {
                self.read_all(&ops[1..2.min(ops.len())])?;
                let pairs = list_at(ops, 2);
                for k in pairs.iter().step_by(2) {
                    self.read(k)?;
                }
                self.branch_all(&ops[..1])?;
                for d in pairs.iter().skip(1).step_by(2) {
                    self.write(Some(d))?;
                }
            }
            op::PUT_MAP_ASSOC | op::PUT_MAP_EXACT => {
                self.read_all(&ops[1..2.min(ops.len())])?;
                self.read_all(list_at(ops, 4))?;
                self.gc(number(o(3)))?;
                self.branch_all(&ops[..1])?;
                self.write(o(2))?;
            }

            // ---- control ----
            op::JUMP => {
                self.branch_all(ops)?;
                return Ok(Next::Stop);
            }
            op::SELECT_VAL | op::SELECT_TUPLE_ARITY => {
                self.read_all(&ops[..1])?;
                self.branch_all(ops)?;
                return Ok(Next::Stop);
            }
            op::BADMATCH
            | op::CASE_END
            | op::TRY_CASE_END
            | op::BADRECORD
            | op::IF_END
            | op::RAISE => {
                self.read_all(ops)?;
                return Ok(Next::Stop);
            }

            // ---- receive ----
            op::LOOP_REC => {
                self.branch_all(&ops[..1])?;
                self.write(o(1))?;
            }
            op::LOOP_REC_END => {
                self.branch_all(ops)?;
                return Ok(Next::Stop);
            }
            // The timeout is only compared with `infinity` and small integers, never followed,
            // and it is not looked at when the process comes back to a `wait_timeout` it waits
            // in (its registers are gone then), so it may be a stale register.
            op::WAIT | op::WAIT_TIMEOUT => {
                self.kill_x_from(0);
                self.meta.heap = Heap::default();
                self.branch_all(ops)?;
                if opcode == op::WAIT {
                    return Ok(Next::Stop);
                }
            }
            op::RECV_MARKER_RESERVE => self.write(o(0))?,

            // ---- exceptions ----
            op::CATCH | op::TRY => {
                let y = match o(0).and_then(reg) {
                    Some(Reg::Y(y)) => y,
                    _ => return Err("the catch marker's slot is not a Y register".to_string()),
                };
                self.write(o(0))?;
                self.set_catch_y(y, true);
                self.handler_state();
                if let Some(&Operand::Label(l)) = o(1) {
                    let Some(target) = self.p.label_target(l) else {
                        return Err(format!("label {l} is not defined"));
                    };
                    if !(self.first..self.end).contains(&target) {
                        return Err(format!("label {l} is outside the function"));
                    }
                    self.merge_into(target, true);
                } else {
                    return Err("bad handler label".to_string());
                }
            }
            op::CATCH_END => {
                if let Some(Reg::Y(y)) = o(0).and_then(reg) {
                    self.set_catch_y(y, false);
                }
                if !self.x(0) {
                    return Err("x0 is read, but holds no term".to_string());
                }
                self.kill_x_from(0);
                self.set_x(0);
                self.meta.heap = Heap::default();
            }
            op::TRY_END => {
                if let Some(Reg::Y(y)) = o(0).and_then(reg) {
                    self.set_catch_y(y, false);
                }
            }
            op::TRY_CASE => {
                if let Some(Reg::Y(y)) = o(0).and_then(reg) {
                    self.set_catch_y(y, false);
                }
                // At a handler x0 is the non-value and x1..x3 describe the exception; the
                // interpreter's `try_case` raises when x0 is a term instead (a path from a call
                // that returned although the compiler knew it would not).
                if !self.x(0) {
                    return Err("x0 holds no term".to_string());
                }
                self.kill_x_from(0);
                for i in 0..3 {
                    self.set_x(i);
                }
                self.meta.heap = Heap::default();
            }

            // ---- binaries ----
            op::BS_START_MATCH2 | op::BS_START_MATCH3 => {
                self.read_all(&ops[1..2.min(ops.len())])?;
                self.gc(number(o(2)))?;
                self.branch_all(&ops[..1])?;
                self.write(o(if opcode == op::BS_START_MATCH2 { 4 } else { 3 }))?;
            }
            op::BS_START_MATCH4 => {
                self.read_all(&ops[2..3.min(ops.len())])?;
                self.gc(number(o(1)))?;
                self.branch_all(&ops[..1])?;
                self.write(o(3))?;
            }
            op::BS_GET_INTEGER2 | op::BS_GET_FLOAT2 | op::BS_GET_BINARY2 => {
                self.read(o(1).unwrap_or(&Operand::Nil))?;
                self.read(o(3).unwrap_or(&Operand::Nil))?;
                self.gc(number(o(2)))?;
                self.branch_all(&ops[..1])?;
                self.write(o(6))?;
            }
            op::BS_GET_UTF8 | op::BS_GET_UTF16 | op::BS_GET_UTF32 => {
                self.read(o(1).unwrap_or(&Operand::Nil))?;
                self.gc(number(o(2)))?;
                self.branch_all(&ops[..1])?;
                self.write(o(4))?;
            }
            op::BS_SKIP_UTF8 | op::BS_SKIP_UTF16 | op::BS_SKIP_UTF32 => {
                self.read(o(1).unwrap_or(&Operand::Nil))?;
                self.branch_all(&ops[..1])?;
            }
            op::BS_GET_TAIL | op::BS_GET_POSITION => {
                self.read_all(&ops[..1])?;
                self.gc(number(o(2)))?;
                self.write(o(1))?;
            }
            // The construction instructions reserve heap for what follows them.
            op::BS_CREATE_BIN => {
                self.read_all(list_at(ops, 5))?;
                self.gc(number(o(2)))?;
                self.branch_all(&ops[..1])?;
                self.meta.heap = reservation(o(1))?;
                self.write(o(4))?;
            }
            op::BS_INIT2 | op::BS_INIT_BITS => {
                self.read(o(1).unwrap_or(&Operand::Nil))?;
                self.gc(number(o(3)))?;
                self.branch_all(&ops[..1])?;
                self.meta.heap = reservation(o(2))?;
                self.write(o(5))?;
            }
            op::BS_APPEND => {
                self.read(o(1).unwrap_or(&Operand::Nil))?;
                self.read(o(5).unwrap_or(&Operand::Nil))?;
                self.gc(number(o(3)))?;
                self.branch_all(&ops[..1])?;
                self.meta.heap = reservation(o(2))?;
                self.write(o(7))?;
            }
            op::BS_PRIVATE_APPEND => {
                self.read(o(1).unwrap_or(&Operand::Nil))?;
                self.read(o(3).unwrap_or(&Operand::Nil))?;
                self.branch_all(&ops[..1])?;
                self.write(o(5))?;
            }
            op::BS_ADD => {
                self.read_all(&ops[1..3.min(ops.len())])?;
                self.branch_all(&ops[..1])?;
                self.write(o(4))?;
            }
            op::BS_UTF8_SIZE | op::BS_UTF16_SIZE => {
                self.read_all(&ops[1..2.min(ops.len())])?;
                self.branch_all(&ops[..1])?;
                self.write(o(2))?;
            }

            // Everything else reads its register operands and may branch to its labels.
            _ => {
                self.read_all(ops)?;
                self.branch_all(ops)?;
                if ends_flow(opcode) {
                    return Ok(Next::Stop);
                }
            }
        }
        Ok(Next::Continue)
    }
}

/// The reservation an allocation operand (`{alloc, ...}` or a word count) makes.
fn reservation(o: Option<&Operand>) -> Result<Heap, String> {
    match o {
        Some(&Operand::Alloc {
            words,
            floats,
            funs,
        }) => Ok(Heap {
            words,
            floats,
            funs,
        }),
        Some(&Operand::Unsigned(n)) => Ok(Heap {
            words: u32::try_from(n).map_err(|_| "bad heap size operand")?,
            floats: 0,
            funs: 0,
        }),
        _ => Err("bad heap size operand".to_string()),
    }
}

/// Whether execution never continues with the next instruction after `opcode` (for the
/// instructions the analysis does not model one by one).
fn ends_flow(opcode: u8) -> bool {
    matches!(opcode, op::INT_CODE_END)
}

/// Whether the import named by operand `o` is a BIF that never returns (`erlang:error/1`, ...).
fn import_never_returns(p: &Prepared, o: Option<&Operand>) -> bool {
    let Some(import) = number(o).and_then(|i| p.imports.get(i as usize)) else {
        return false;
    };
    let (m, f) = (p.atoms.get(import.module), p.atoms.get(import.function));
    matches!(
        (m, f, import.arity),
        (
            Some("erlang"),
            Some("error" | "exit" | "throw" | "nif_error"),
            1
        ) | (Some("erlang"), Some("error" | "nif_error"), 2)
            | (Some("erlang"), Some("error" | "raise"), 3)
    )
}

/// Entry label -> whether the local function that starts there never returns to its caller: it
/// has no `return` and no tail call of anything that may return (apply, an external function
/// other than `erlang:error/1` and the like, a local function that may return). The compiler
/// puts an exception handler's label right after a call of such a function.
fn never_returning(p: &Prepared) -> Vec<bool> {
    let mut never = vec![false; p.labels.len()];
    for f in &p.functions {
        if let Some(n) = never.get_mut(f.entry_label as usize) {
            *n = true;
        }
    }
    // Per function: whether it returns by itself, and the local functions it tail-calls (as
    // (callee entry label, caller entry label) pairs).
    let mut tails: Vec<(u32, u32)> = Vec::new();
    let mut may_return: Vec<u32> = Vec::new();
    for f in &p.functions {
        let code = p
            .code
            .instrs
            .get(f.start as usize..f.end as usize)
            .unwrap_or(&[]);
        let mut by_itself = false;
        for i in code {
            let ops = p.operands(i);
            match i.opcode {
                op::RETURN | op::APPLY_LAST => by_itself = true,
                op::CALL_LAST | op::CALL_ONLY => match ops.get(1) {
                    Some(&Operand::Label(l)) => tails.push((l, f.entry_label)),
                    _ => by_itself = true,
                },
                op::CALL_EXT_LAST | op::CALL_EXT_ONLY => {
                    by_itself |= !import_never_returns(p, ops.get(1));
                }
                _ => {}
            }
        }
        if by_itself {
            may_return.push(f.entry_label);
        }
    }
    // A tail call of anything but a local function's entry may return.
    for &(callee, caller) in &tails {
        if never.get(callee as usize) != Some(&true) {
            may_return.push(caller);
        }
    }
    // A function that tail-calls one that may return may return too.
    tails.sort_unstable();
    while let Some(entry) = may_return.pop() {
        match never.get_mut(entry as usize) {
            Some(n) if *n => *n = false,
            _ => continue,
        }
        let from = tails.partition_point(|&(callee, _)| callee < entry);
        for &(_, caller) in tails[from..]
            .iter()
            .take_while(|&&(callee, _)| callee == entry)
        {
            may_return.push(caller);
        }
    }
    never
}
