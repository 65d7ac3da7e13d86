//! [`CodeTerms`]: the [`ExternalTerms`] provider backed by the code table, so that funs and
//! exports travel through the external term format.
//!
//! An export `fun M:F/A` is encoded by its names; decoding it finds or creates the export entry
//! (with `safe`, only an existing entry is accepted, as erl refuses to create new function
//! references then). A local fun is encoded with its module, lambda index, the module's MD5 and
//! old unique value; decoding it needs the module loaded with the same MD5 and a lambda with that
//! index, old unique value, arity and number of free variables. Local pids (a fun's creator)
//! are those of node `nonode@nohost` with creation 0; pids of other nodes, ports and references
//! are not provided here.

use super::external::{ExportParts, ExternalTerms, FunParts, PidParts};
use crate::atom;
use crate::code::{self, export};
use crate::heap::TermAlloc;
use crate::ops::print::PID_NUMBER_BITS;
use crate::term::Term;

/// The creation of the local node while it is not distributed.
const LOCAL_CREATION: u32 = 0;
/// The largest payload of a local pid immediate (60 bits).
const MAX_PID_PAYLOAD: u64 = (1 << 60) - 1;

/// The code-table-backed provider for funs and exports.
#[derive(Clone, Copy, Debug, Default)]
pub struct CodeTerms;

impl ExternalTerms for CodeTerms {
    fn pid_parts(&self, pid: Term) -> Option<PidParts> {
        if !pid.is_local_pid() {
            return None;
        }
        let payload = pid.immed1_payload();
        Some(PidParts {
            node: atom::NONODE_AT_NOHOST,
            id: (payload & ((1 << PID_NUMBER_BITS) - 1)) as u32,
            serial: u32::try_from(payload >> PID_NUMBER_BITS).ok()?,
            creation: LOCAL_CREATION,
        })
    }

    fn fun_parts(&self, fun: Term) -> Option<FunParts> {
        let entry = code::fun_entry(fun.fun_code_ref()?)?;
        let version = code::version(entry.version)?;
        Some(FunParts {
            module: entry.module,
            index: entry.index,
            uniq: version.md5?,
            old_index: entry.index,
            old_uniq: entry.old_uniq,
        })
    }

    fn export_parts(&self, fun: Term) -> Option<ExportParts> {
        let e = export::by_index(u32::try_from(fun.fun_code_ref()?).ok()?)?;
        Some(ExportParts {
            module: e.module,
            function: e.function,
            arity: e.arity,
        })
    }

    fn make_pid<A: TermAlloc>(&self, _: &mut A, parts: &PidParts) -> Option<Term> {
        // A pid of this node (not distributed: `nonode@nohost`, creation 0) is a local pid.
        let local = parts.node == atom::NONODE_AT_NOHOST && parts.creation == LOCAL_CREATION;
        let payload = (u64::from(parts.serial) << PID_NUMBER_BITS) | u64::from(parts.id);
        (local && payload <= MAX_PID_PAYLOAD).then(|| Term::local_pid(payload))
    }

    fn make_fun<A: TermAlloc>(
        &self,
        heap: &mut A,
        parts: &FunParts,
        arity: u8,
        creator: Term,
        env: &[Term],
    ) -> Option<Term> {
        let version = code::current(parts.module)?;
        if version.md5 != Some(parts.uniq) {
            return None;
        }
        let code_ref = *version.lambdas.get(parts.index as usize)?;
        let entry = code::fun_entry(u64::from(code_ref))?;
        let fits = entry.old_uniq == parts.old_uniq
            && entry.arity == u32::from(arity)
            && entry.num_free as usize == env.len();
        fits.then(|| heap.fun(u64::from(code_ref), arity, creator, env))
    }

    fn make_export<A: TermAlloc>(
        &self,
        heap: &mut A,
        parts: &ExportParts,
        safe: bool,
    ) -> Option<Term> {
        let arity = parts.arity;
        let e = match safe {
            true => export::find(parts.module, parts.function, arity)?,
            false => export::entry(parts.module, parts.function, arity)?,
        };
        Some(heap.export_fun(u64::from(e.index)))
    }
}
