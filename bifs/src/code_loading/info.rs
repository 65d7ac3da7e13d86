//! Queries on loaded code: `loaded/0`, `pre_loaded/0`, `module_loaded/1`,
//! `function_exported/3`, `get_module_info/1,2`, and the `.beam` helpers
//! `erts_internal:beamfile_chunk/2` and `beamfile_module_md5/1`.

use vm::atom::{self, Atom};
use vm::bif::{badarg, BifError, BifResult, ProcessContext};
use vm::code::{self, Target};
use vm::heap::TermAlloc;
use vm::term::Term;

fn atoms(p: &mut ProcessContext, names: &[Atom]) -> Term {
    let items: Vec<Term> = names.iter().map(|&m| Term::atom(m)).collect();
    p.heap.list(&items)
}

/// `erlang:loaded/0`: every module with current or old code.
pub fn loaded(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let mut names = code::loaded_modules();
    for m in code::lifecycle::modules_with_old_code() {
        if !names.contains(&m) {
            names.push(m);
        }
    }
    Ok(atoms(p, &names))
}

/// `erlang:pre_loaded/0`.
pub fn pre_loaded(p: &mut ProcessContext, _a: &[Term]) -> BifResult {
    let names: Vec<Atom> = code::lifecycle::PRE_LOADED
        .iter()
        .filter_map(|n| Atom::intern(n).ok())
        .collect();
    Ok(atoms(p, &names))
}

/// `erlang:module_loaded/1`: whether the module has current code.
pub fn module_loaded(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match a[0].as_atom() {
        Some(m) => Ok(Term::boolean(code::module_slot(m).current.is_some())),
        None => badarg(),
    }
}

/// `erlang:function_exported/3`: an exported function of current code, or a BIF.
pub fn function_exported(_p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(m), Some(f), Some(n)) = (a[0].as_atom(), a[1].as_atom(), a[2].as_small()) else {
        return badarg();
    };
    let Ok(n) = u32::try_from(n) else {
        return Ok(Term::FALSE);
    };
    let exported = match code::export::find(m, f, n).map(|e| e.target()) {
        Some(Target::Code { .. }) | Some(Target::Bif(_)) => true,
        _ => vm::bif::lookup(m, f, n).is_some(),
    };
    Ok(Term::boolean(exported))
}

/// `erlang:get_module_info(Module, Item)` for the items `module_info/1` accepts.
fn module_info_item(p: &mut ProcessContext, module: Atom, item: Atom) -> BifResult {
    let Some(v) = code::current(module) else {
        return badarg();
    };
    let pairs = |p: &mut ProcessContext, list: &[(Atom, u32)]| -> Term {
        let items: Vec<Term> = list
            .iter()
            .map(|&(f, a)| p.heap.tuple(&[Term::atom(f), Term::small(a as i64)]))
            .collect();
        p.heap.list(&items)
    };
    Ok(match item.text() {
        "module" => Term::atom(v.module),
        "exports" => {
            // erl lists a module's exports newest export entry first: entries are made for
            // the BIFs at start-up, for imports when a module that calls them is loaded, and
            // for the rest when the module itself is loaded.
            let mut list: Vec<(u32, Atom, u32)> = v
                .exports
                .iter()
                .map(|&(f, a, _)| {
                    let index = code::export::find(module, f, a).map_or(u32::MAX, |e| e.index);
                    (index, f, a)
                })
                .collect();
            list.sort_by_key(|e| std::cmp::Reverse(e.0));
            let list: Vec<(Atom, u32)> = list.into_iter().map(|(_, f, a)| (f, a)).collect();
            pairs(p, &list)
        }
        "functions" => {
            let list: Vec<(Atom, u32)> = v.functions.iter().map(|f| (f.name, f.arity)).collect();
            pairs(p, &list)
        }
        "attributes" => v.attributes,
        "compile" => v.compile_info,
        "md5" => match v.md5 {
            Some(md5) => p.heap.binary(&md5),
            None => return badarg(),
        },
        "nifs" => Term::NIL,
        "native" => Term::FALSE,
        _ => return badarg(),
    })
}

/// `erlang:get_module_info/2`.
pub fn get_module_info_2(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    match (a[0].as_atom(), a[1].as_atom()) {
        (Some(m), Some(i)) => module_info_item(p, m, i),
        _ => badarg(),
    }
}

/// `erlang:get_module_info/1`: module, exports, attributes, compile and md5.
pub fn get_module_info_1(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(m) = a[0].as_atom() else {
        return badarg();
    };
    let mut items = Vec::new();
    for name in ["module", "exports", "attributes", "compile", "md5"] {
        let key = Atom::intern(name).map_err(|_| BifError::BADARG)?;
        let value = match module_info_item(p, m, key) {
            Ok(v) => v,
            Err(_) if name == "md5" => continue,
            Err(e) => return Err(e),
        };
        items.push(p.heap.tuple(&[Term::atom(key), value]));
    }
    Ok(p.heap.list(&items))
}

/// The bytes of a binary argument.
fn binary_arg(t: Term) -> Option<Vec<u8>> {
    t.as_bitstring()
        .filter(|b| b.is_binary())
        .map(|b| b.to_vec())
}

/// The four bytes of a chunk name given as a string.
fn chunk_name(t: Term) -> Option<[u8; 4]> {
    let mut name = [0u8; 4];
    let mut cell = t;
    for byte in name.iter_mut() {
        let (h, tail) = cell.as_cons()?;
        *byte = u8::try_from(h.as_small()?).ok()?;
        cell = tail;
    }
    cell.is_nil().then_some(name)
}

/// The data of chunk `id` of the `.beam` file `file` (the last one of that name); `None` when
/// there is no such chunk or `file` is no well-formed IFF `BEAM` file.
fn find_chunk(file: &[u8], id: [u8; 4]) -> Option<&[u8]> {
    if file.len() < 12 || &file[0..4] != b"FOR1" || &file[8..12] != b"BEAM" {
        return None;
    }
    let declared = u32::from_be_bytes([file[4], file[5], file[6], file[7]]) as usize;
    let end = declared.saturating_add(8).min(file.len());
    let mut at = 12;
    let mut found = None;
    while at + 8 <= end {
        let name = &file[at..at + 4];
        let size =
            u32::from_be_bytes([file[at + 4], file[at + 5], file[at + 6], file[at + 7]]) as usize;
        let data_start = at + 8;
        let data_end = data_start.checked_add(size)?;
        if data_end > end {
            return None;
        }
        if name == id {
            found = Some(&file[data_start..data_end]);
        }
        at = data_start + size.div_ceil(4) * 4;
    }
    found
}

/// `erts_internal:beamfile_chunk(Bin, ChunkName)`: the chunk's data, or `undefined` (also for
/// a binary that is no `.beam` file).
pub fn beamfile_chunk(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let (Some(file), Some(id)) = (binary_arg(a[0]), chunk_name(a[1])) else {
        return badarg();
    };
    match find_chunk(&file, id) {
        Some(data) => Ok(p.heap.binary(data)),
        None => Ok(Term::atom(atom::UNDEFINED)),
    }
}

/// `erts_internal:beamfile_module_md5(Bin)`: the module's MD5, or `undefined` for a file that
/// is not a module.
pub fn beamfile_module_md5(p: &mut ProcessContext, a: &[Term]) -> BifResult {
    let Some(file) = binary_arg(a[0]) else {
        return badarg();
    };
    match loader::specialize::module_md5(&file) {
        Ok(md5) => Ok(p.heap.binary(&md5)),
        Err(_) => Ok(Term::atom(atom::UNDEFINED)),
    }
}
