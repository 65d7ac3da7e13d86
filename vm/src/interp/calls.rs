//! Out-of-line call paths of the interpreter: calls through export entries (with loading on
//! demand and `undef`), BIF failures and traps, `apply`, fun calls, and the slow path of the
//! arithmetic instructions.

use crate::atom::{self, Atom};
use crate::bif::{self, BifEntry, BifError};
use crate::code::{self, decode_cp, export, Export, Target, NO_CP};
use crate::exception::{Class, Top};
use crate::heap::TermAlloc;
use crate::instr::{Dst, Label, MAX_X};
use crate::process::Process;
use crate::term::Term;

use super::{raise, Exit};

/// Most arguments a BIF may take.
pub const MAX_BIF_ARITY: usize = 16;

/// Where the interpreter goes after a cold path.
#[derive(Clone, Copy, Debug)]
pub enum Flow {
    /// Continue at `(version, ip)`.
    Goto(u32, u32),
    /// Leave the loop.
    Stop(Exit),
}

/// Continues at the continuation register (after a BIF reached as a function returned).
fn return_to_cp(p: &mut Process) -> Flow {
    if p.cp == NO_CP {
        return Flow::Stop(raise::internal(p, "return without a continuation"));
    }
    let (v, i) = decode_cp(p.cp);
    p.cp = NO_CP;
    Flow::Goto(v, i)
}

/// Calls through export entry `e` with the arguments in `x[0..arity]`; `cp` is already set.
/// Loads the module on demand; a function that is still undefined goes to the process's error
/// handler ([`undefined_function`]).
#[cold]
pub fn call_export(p: &mut Process, e: &'static Export, ver: u32, ip: u32) -> Flow {
    let mut target = e.target();
    if target == Target::Undefined && code::demand::may_load_on_demand(e.module) {
        code::ensure_loaded(e.module);
        target = e.target();
    }
    match target {
        Target::Code { version, ip } => Flow::Goto(version, ip),
        Target::Bif(b) => call_bif_as_function(p, b, ver, ip),
        Target::Undefined => undefined_function(p, e.module, e.function, e.arity as usize),
    }
}

/// A call of `module:function/arity`, which is not defined: as in ERTS, the process's error
/// handler module gets it as `Handler:undefined_function(Module, Function, Args)` (returning to
/// the caller), when that handler is loaded. Before a code server runs, the default handler is
/// left out (it would ask the code server): the call raises `undef` at once.
fn undefined_function(p: &mut Process, module: Atom, function: Atom, arity: usize) -> Flow {
    // A module held for its on_load function: the first call runs it (`code::on_load`).
    if code::module_slot(module).on_load.is_some() && code::on_load::claim(module) {
        if let Some((version, entry)) = code::on_load::trampoline() {
            let args = p.x[..arity.min(MAX_X)].to_vec();
            let args = p.heap.list(&args);
            p.x[0] = Term::atom(module);
            p.x[1] = Term::atom(function);
            p.x[2] = args;
            return Flow::Goto(version, entry);
        }
    }
    if let Some((version, entry)) = code::demand::error_handler_target(p, module) {
        let args = p.x[..arity.min(MAX_X)].to_vec();
        let args = p.heap.list(&args);
        p.x[0] = Term::atom(module);
        p.x[1] = Term::atom(function);
        p.x[2] = args;
        return Flow::Goto(version, entry);
    }
    undef(p, Term::atom(module), Term::atom(function), arity)
}

/// After a BIF or NIF returned its result in `x[0]` (the only live register after a call): collects
/// when the young heap's fragments or refc binaries have outgrown their limits, as ERTS's "GC
/// desired" test after a BIF call. Without it, a loop whose only allocations are the binaries a
/// BIF returns (reading a file in chunks) would keep every chunk until the heap itself filled.
#[inline(always)]
pub(crate) fn collect_if_desired(p: &mut Process) {
    if !p.heap.has_room(0) {
        p.garbage_collect(0, 1);
    }
}

/// The arguments of a BIF call of arity `n` from the X registers, in an array whose first `n`
/// words count. All [`MAX_BIF_ARITY`] words are copied when there are that many registers: a
/// copy of fixed size is a few moves, one of the arity's length a call of `memmove`.
#[inline(always)]
pub(crate) fn bif_args(x: &[Term], n: usize) -> [Term; MAX_BIF_ARITY] {
    if let Some(all) = x.first_chunk::<MAX_BIF_ARITY>() {
        return *all;
    }
    let mut args = [Term::NIL; MAX_BIF_ARITY];
    let n = n.min(x.len()).min(MAX_BIF_ARITY);
    args[..n].copy_from_slice(&x[..n]);
    args
}

/// Calls BIF `b` reached through an export (apply, a fun, a late-bound import) and returns.
fn call_bif_as_function(p: &mut Process, b: u16, ver: u32, ip: u32) -> Flow {
    let Some(entry) = bif::get(b) else {
        return Flow::Stop(raise::internal(p, "call of an unregistered BIF"));
    };
    let n = entry.arity as usize;
    let args = bif_args(&p.x, n);
    p.bif_site = code::encode_cp(ver, ip);
    let result = (entry.func)(p, &args[..n]);
    p.bif_site = NO_CP;
    match result {
        Ok(t) => {
            p.x[0] = t;
            collect_if_desired(p);
            return_to_cp(p)
        }
        // An error of a BIF reached through its export shows the BIF, then the stack: the
        // call site is not a frame (erl's export entry calls it), unless the BIF reports its
        // caller (`error/1,2,3`, `exit/1`, `throw/1`).
        Err(BifError::Raise {
            class: Class::Error,
            reason,
        }) if !reports_caller(entry) => {
            let args = p.heap.list(&args[..n]);
            let top = Top::Bif {
                module: entry.module,
                function: entry.function,
                args,
                version: ver,
                ip,
                caller: false,
            };
            raise::raise(p, Class::Error, reason, top)
        }
        Err(e) => bif_failed(p, e, entry, &args[..n], ver, ip, true),
    }
}

/// Runs the NIF bound to the function whose `NifStart` is at `(ver, ip)`, with that function's
/// arguments in `x[0..arity]`, and returns from the function.
#[cold]
pub fn call_nif(p: &mut Process, nif: &'static crate::nif::Nif, ver: u32, ip: u32) -> Flow {
    let entry = &nif.entry;
    let n = entry.arity as usize;
    let mut args = [Term::NIL; MAX_BIF_ARITY];
    args[..n].copy_from_slice(&p.x[..n]);
    p.bif_site = code::encode_cp(ver, ip);
    let result = match nif.dirty {
        Some(f) => crate::nif::dirty::call(p, f, &args[..n]),
        None => (entry.func)(p, &args[..n]),
    };
    p.bif_site = NO_CP;
    match result {
        Ok(t) => {
            p.x[0] = t;
            collect_if_desired(p);
            return_to_cp(p)
        }
        Err(e) => bif_failed(p, e, entry, &args[..n], ver, ip, true),
    }
}

/// Raises `undef` for `module:function` with the arguments in `x[0..arity]`.
fn undef(p: &mut Process, module: Term, function: Term, arity: usize) -> Flow {
    let args = p.x[..arity.min(MAX_X)].to_vec();
    let args = p.heap.list(&args);
    raise::raise(
        p,
        Class::Error,
        Term::atom(atom::UNDEF),
        Top::Undefined {
            module,
            function,
            args,
        },
    )
}

/// Whether `entry` is one of the BIFs whose errors report their caller, not themselves.
fn reports_caller(entry: &BifEntry) -> bool {
    entry.module == atom::ERLANG
        && matches!(
            (entry.function.text(), entry.arity),
            ("error", 1..=3) | ("exit", 1) | ("throw", 1)
        )
}

/// Handles a BIF that did not return a value: raises, traps or halts. `frame` says whether an
/// error shows the BIF itself as the top stack entry (erl omits it for the increment and
/// decrement of a register by a small constant, which its compiled code does inline).
#[cold]
pub fn bif_failed(
    p: &mut Process,
    e: BifError,
    entry: &BifEntry,
    args: &[Term],
    ver: u32,
    ip: u32,
    frame: bool,
) -> Flow {
    match e {
        BifError::Raise { class, reason } => {
            let top = if class != Class::Error || reports_caller(entry) || !frame {
                Top::Code { version: ver, ip }
            } else {
                let args = p.heap.list(args);
                Top::Bif {
                    module: entry.module,
                    function: entry.function,
                    args,
                    version: ver,
                    ip,
                    caller: true,
                }
            };
            raise::raise(p, class, reason, top)
        }
        BifError::ErrorWithArgs { reason, args, info } => raise::raise(
            p,
            Class::Error,
            reason,
            Top::CodeWithArgs {
                version: ver,
                ip,
                args,
                info,
            },
        ),
        BifError::Reraise {
            class,
            reason,
            trace,
        } => raise::rethrow(p, class, reason, trace),
        BifError::TrapApply {
            module,
            function,
            args,
        } => apply_list(p, module, function, args, ver, ip),
        BifError::TrapApplyFun { fun, args } => match list_to_x(p, args) {
            Some(n) => call_fun_from(p, fun, n, ver, ip, false),
            None => apply_badarg(p, &[fun, args], ver, ip),
        },
        // The BIF is called again later, unless it set where the process resumes itself.
        BifError::Yield => {
            p.resume
                .get_or_insert(crate::process::Resume { version: ver, ip });
            Flow::Stop(Exit::Yield)
        }
        BifError::Wait => {
            p.resume
                .get_or_insert(crate::process::Resume { version: ver, ip });
            p.wait_live = args.len() as u8;
            Flow::Stop(Exit::Wait)
        }
        BifError::Halt(status) => Flow::Stop(Exit::Halt(status)),
        BifError::HaltWithMessage(m) => Flow::Stop(Exit::HaltWithMessage(m)),
    }
}

/// Copies the elements of a proper list into `x[0..n]`; `None` if it is not a proper list or is
/// too long.
fn list_to_x(p: &mut Process, list: Term) -> Option<usize> {
    let mut n = 0;
    let mut t = list;
    while let Some((h, rest)) = t.as_cons() {
        if n >= MAX_X - 2 {
            return None;
        }
        p.x[n] = h;
        n += 1;
        t = rest;
    }
    t.is_nil().then_some(n)
}

/// `apply(Module, Function, Args)` with `Args` a list; `cp` is already set.
pub fn apply_list(
    p: &mut Process,
    module: Term,
    function: Term,
    args: Term,
    ver: u32,
    ip: u32,
) -> Flow {
    let (Some(m), Some(f)) = (module.as_atom(), function.as_atom()) else {
        return apply_badarg(p, &[module, function, args], ver, ip);
    };
    let Some(n) = list_to_x(p, args) else {
        return apply_badarg(p, &[module, function, args], ver, ip);
    };
    call_by_name(p, m, f, n, ver, ip)
}

/// The `apply` instruction: arguments in `x[0..arity]`, module and function after them.
#[cold]
pub fn apply_fixed(p: &mut Process, arity: usize, ver: u32, ip: u32) -> Flow {
    let (module, function) = (p.x[arity & (MAX_X - 1)], p.x[(arity + 1) & (MAX_X - 1)]);
    match (module.as_atom(), function.as_atom()) {
        (Some(m), Some(f)) => call_by_name(p, m, f, arity, ver, ip),
        _ => {
            let args = p.x[..arity].to_vec();
            let args = p.heap.list(&args);
            apply_badarg(p, &[module, function, args], ver, ip)
        }
    }
}

/// Raises `badarg` from `erlang:apply` with the arguments `apply_args` (`[Module, Function,
/// Args]` or `[Fun, Args]`).
fn apply_badarg(p: &mut Process, apply_args: &[Term], ver: u32, ip: u32) -> Flow {
    let a = p.heap.list(apply_args);
    raise::raise(
        p,
        Class::Error,
        Term::atom(atom::BADARG),
        Top::Bif {
            module: atom::ERLANG,
            function: atom::APPLY,
            args: a,
            version: ver,
            ip,
            caller: true,
        },
    )
}

/// Calls `m:f/arity` (arguments in X registers) through its export entry.
fn call_by_name(p: &mut Process, m: Atom, f: Atom, arity: usize, ver: u32, ip: u32) -> Flow {
    match export::find(m, f, arity as u32) {
        Some(e) => call_export(p, e, ver, ip),
        None => {
            if code::demand::may_load_on_demand(m) {
                code::ensure_loaded(m);
            }
            match export::find(m, f, arity as u32) {
                Some(e) => call_export(p, e, ver, ip),
                None => undefined_function(p, m, f, arity),
            }
        }
    }
}

/// The arity a fun term accepts, if it is a fun.
pub fn fun_arity(f: Term) -> Option<usize> {
    if let Some(a) = f.fun_arity() {
        return Some(a);
    }
    if f.is_export() {
        let e = export::by_index(f.fun_code_ref()? as u32)?;
        return Some(e.arity as usize);
    }
    None
}

/// Calls the fun `fun` with the arguments in `x[0..arity]`; `cp` is already set.
#[cold]
pub fn call_fun(p: &mut Process, fun: Term, arity: usize, ver: u32, ip: u32) -> Flow {
    call_fun_from(p, fun, arity, ver, ip, true)
}

/// [`call_fun`]; `instruction` says whether a fun call instruction makes the call (not an
/// `apply` that trapped): erl's stack trace of a `badfun` or `badarity` then shows the call
/// site twice when the call is not the last one of its function, once for the failing call and
/// once for the return address the call pushed.
fn call_fun_from(
    p: &mut Process,
    fun: Term,
    arity: usize,
    ver: u32,
    ip: u32,
    instruction: bool,
) -> Flow {
    let bad_fun = |p: &mut Process, fun: Term, ver: u32, ip: u32| {
        if instruction {
            bad_fun_call(p, fun, ver, ip)
        } else {
            bad_fun(p, fun, ver, ip)
        }
    };
    if fun.is_local_fun() {
        let entry = fun.fun_code_ref().and_then(code::fun_entry);
        let Some(entry) = entry else {
            return bad_fun(p, fun, ver, ip);
        };
        if entry.arity as usize != arity {
            return bad_arity(p, fun, arity, (ver, ip), instruction);
        }
        let (mut version, mut entry_ip) = entry.target();
        if code::lifecycle::is_purged(version) {
            return purged_fun(p, fun, entry.module, arity, (ver, ip), instruction);
        }
        if code::lifecycle::is_pending_purge(version) {
            if let Some(flow) = pending_purge_fun(p, fun, version, entry.module, arity) {
                return flow;
            }
            // The purge ended meanwhile: the fun is purged now, or stays.
            (version, entry_ip) = entry.target();
            if code::lifecycle::is_purged(version) {
                return purged_fun(p, fun, entry.module, arity, (ver, ip), instruction);
            }
        }
        let env = fun.fun_env().unwrap_or(&[]);
        if arity + env.len() > MAX_X {
            return raise::raise(
                p,
                Class::Error,
                Term::atom(atom::SYSTEM_LIMIT),
                Top::Code { version: ver, ip },
            );
        }
        p.x[arity..arity + env.len()].copy_from_slice(env);
        return Flow::Goto(version, entry_ip);
    }
    if fun.is_export() {
        let e = fun
            .fun_code_ref()
            .and_then(|r| u32::try_from(r).ok())
            .and_then(export::by_index);
        let Some(e) = e else {
            return bad_fun(p, fun, ver, ip);
        };
        if e.arity as usize != arity {
            return bad_arity(p, fun, arity, (ver, ip), instruction);
        }
        return call_export(p, e, ver, ip);
    }
    bad_fun(p, fun, ver, ip)
}

/// A call of a fun of version `id`, which a prepared purge is about to remove: as in ERTS, the
/// process is suspended until the purge completes or aborts, and then continues in
/// `erts_code_purger:pending_purge_lambda(Module, Fun, Args)`, which calls the fun again (so it
/// runs if the purge was aborted, and fails as a call of purged code if not). `None` when the
/// purge ended before the process could wait, or the code purger's module is not loaded.
fn pending_purge_fun(
    p: &mut Process,
    fun: Term,
    id: u32,
    module: Atom,
    arity: usize,
) -> Option<Flow> {
    let purger = Atom::intern("erts_code_purger").ok()?;
    let lambda = Atom::intern("pending_purge_lambda").ok()?;
    let Target::Code { version, ip } = export::find(purger, lambda, 3)?.target() else {
        return None;
    };
    if !code::lifecycle::wait_for_purge(id, p.pid) {
        return None;
    }
    let args = p.x[..arity.min(MAX_X)].to_vec();
    let args = p.heap.list(&args);
    p.x[0] = Term::atom(module);
    p.x[1] = fun;
    p.x[2] = args;
    p.add_suspension(p.pid);
    p.resume = Some(crate::process::Resume { version, ip });
    Some(Flow::Stop(Exit::Yield))
}

/// A call of a fun whose code was purged: `badfun` while the module has current code, else
/// `Handler:undefined_lambda(Module, Fun, Args)` as in ERTS (when the handler is loaded).
fn purged_fun(
    p: &mut Process,
    fun: Term,
    module: Atom,
    arity: usize,
    (ver, ip): (u32, u32),
    instruction: bool,
) -> Flow {
    if code::module_slot(module).current.is_none() {
        if let Some((version, entry)) = code::demand::error_handler_lambda_target(p, module) {
            let args = p.x[..arity.min(MAX_X)].to_vec();
            let args = p.heap.list(&args);
            p.x[0] = Term::atom(module);
            p.x[1] = fun;
            p.x[2] = args;
            return Flow::Goto(version, entry);
        }
    }
    if instruction {
        bad_fun_call(p, fun, ver, ip)
    } else {
        bad_fun(p, fun, ver, ip)
    }
}

fn bad_fun(p: &mut Process, fun: Term, ver: u32, ip: u32) -> Flow {
    let r = p.heap.tuple(&[Term::atom(atom::BADFUN), fun]);
    raise::raise(p, Class::Error, r, Top::Code { version: ver, ip })
}

/// `badfun` from a fun call instruction: the return address the call pushed stays in the
/// stack trace (see [`call_fun_from`]).
fn bad_fun_call(p: &mut Process, fun: Term, ver: u32, ip: u32) -> Flow {
    let r = p.heap.tuple(&[Term::atom(atom::BADFUN), fun]);
    raise::raise(p, Class::Error, r, Top::CodeKeepReturn { version: ver, ip })
}

fn bad_arity(
    p: &mut Process,
    fun: Term,
    arity: usize,
    (version, ip): (u32, u32),
    instruction: bool,
) -> Flow {
    let args = p.x[..arity].to_vec();
    let args = p.heap.list(&args);
    let inner = p.heap.tuple(&[fun, args]);
    let r = p.heap.tuple(&[Term::atom(atom::BADARITY), inner]);
    let top = if instruction {
        Top::CodeKeepReturn { version, ip }
    } else {
        Top::Code { version, ip }
    };
    raise::raise(p, Class::Error, r, top)
}

/// The slow path of `Add`/`Sub`: calls the operator's BIF.
#[cold]
#[allow(clippy::too_many_arguments)]
pub fn arith_slow(
    p: &mut Process,
    op: &str,
    a: Term,
    b: Term,
    dst: Dst,
    fail: Label,
    inline: bool,
    ver: u32,
    ip: u32,
) -> Flow {
    let entry = match operator(p, op) {
        Ok(entry) => entry,
        Err(flow) => return flow,
    };
    let args = [a, b];
    match (entry.func)(p, &args) {
        Ok(t) => {
            super::put(p, dst, t);
            Flow::Goto(ver, ip + 1)
        }
        Err(_) if fail.0 != 0 => Flow::Goto(ver, fail.0),
        Err(e) => bif_failed(p, e, entry, &args, ver, ip, !inline),
    }
}

/// `a op b` through the operator's BIF, for an increment by a constant in a body (no failure
/// label): the value, or where an error goes (the trace shows no operator frame, as in erl).
#[cold]
pub fn arith_value(
    p: &mut Process,
    op: &str,
    a: Term,
    b: Term,
    ver: u32,
    ip: u32,
) -> Result<Term, Flow> {
    let entry = operator(p, op)?;
    let args = [a, b];
    (entry.func)(p, &args).map_err(|e| bif_failed(p, e, entry, &args, ver, ip, false))
}

/// The BIF of arithmetic operator `op`/2.
fn operator(p: &mut Process, op: &str) -> Result<&'static BifEntry, Flow> {
    Atom::intern(op)
        .ok()
        .and_then(|f| bif::lookup(atom::ERLANG, f, 2))
        .and_then(bif::get)
        .ok_or_else(|| {
            Flow::Stop(raise::internal(
                p,
                "arithmetic operator BIF is not registered",
            ))
        })
}
