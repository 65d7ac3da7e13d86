//! [`CodeTerms`]: the [`ExternalTerms`] provider backed by the code table, so that funs,
//! exports and identifiers travel through the external term format.
//!
//! An export `fun M:F/A` is encoded by its names; decoding it finds or creates the export entry
//! (with `safe`, only an existing entry is accepted, as erl refuses to create new function
//! references then). A local fun is encoded with its module, lambda index, the module's MD5 and
//! old unique value; decoding it needs the module loaded with the same MD5 and a lambda with that
//! index, old unique value, arity and number of free variables. Pids, ports and references, of
//! this node or another, go through `ops::ident`.

use super::external::{ExportParts, ExternalTerms, FunParts, PidParts, PortParts, RefParts};
use crate::code::{self, export};
use crate::heap::TermAlloc;
use crate::ops::ident;
use crate::term::Term;

/// The code-table-backed provider for funs and exports.
#[derive(Clone, Copy, Debug, Default)]
pub struct CodeTerms;

impl ExternalTerms for CodeTerms {
    fn pid_parts(&self, pid: Term) -> Option<PidParts> {
        ident::pid_fields(pid)
    }

    fn port_parts(&self, port: Term) -> Option<PortParts> {
        ident::port_fields(port)
    }

    fn ref_parts(&self, reference: Term) -> Option<RefParts> {
        ident::ref_fields(reference)
    }

    fn fun_parts(&self, fun: Term) -> Option<FunParts> {
        let entry = code::fun_entry(fun.fun_code_ref()?)?;
        let version = code::version(entry.version())?;
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

    fn make_pid<A: TermAlloc>(&self, heap: &mut A, parts: &PidParts) -> Option<Term> {
        ident::make_pid(heap, parts)
    }

    fn make_port<A: TermAlloc>(&self, heap: &mut A, parts: &PortParts) -> Option<Term> {
        ident::make_port(heap, parts)
    }

    fn make_ref<A: TermAlloc>(&self, heap: &mut A, parts: &RefParts) -> Option<Term> {
        ident::make_ref(heap, parts)
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
