//! The MD5 of a module (`Module:module_info(md5)`, and the unique value local funs carry in the
//! external term format), computed as erl computes it: over the data of the chunks `AtU8`
//! (or `Atom`), `Code`, `StrT`, `ImpT`, `ExpT`, `FunT`, `LitT` and `Meta`, in that order, with
//! the old unique value of every `FunT` entry taken as zero.

use crate::{read_chunks, Chunk, LoadError};
use md5::{Digest, Md5};

/// Bytes of a `FunT` entry before its old unique value.
const FUN_ENTRY_KEPT: usize = 20;
/// Bytes of a `FunT` entry.
const FUN_ENTRY: usize = 24;

/// The data of a chunk, empty when it is absent.
fn data<'a>(chunk: &Option<Chunk<'a>>) -> &'a [u8] {
    chunk.as_ref().map_or(&[], |c| c.data)
}

/// The MD5 of the `.beam` file `file`.
pub fn module_md5(file: &[u8]) -> Result<[u8; 16], LoadError> {
    let file = crate::gzip::unpack(file)?;
    let chunks = read_chunks(&file)?;
    let mut ctx = Md5::new();
    let atoms = chunks.atoms.as_ref().or(chunks.obsolete_atoms.as_ref());
    ctx.update(atoms.map_or(&[][..], |c| c.data));
    for c in [
        &chunks.code,
        &chunks.strings,
        &chunks.imports,
        &chunks.exports,
    ] {
        ctx.update(data(c));
    }
    let funs = data(&chunks.lambdas);
    let (count, mut entries) = funs.split_at(funs.len().min(4));
    ctx.update(count);
    while entries.len() >= FUN_ENTRY {
        ctx.update(&entries[..FUN_ENTRY_KEPT]);
        ctx.update([0u8; FUN_ENTRY - FUN_ENTRY_KEPT]);
        entries = &entries[FUN_ENTRY..];
    }
    ctx.update(entries);
    ctx.update(data(&chunks.literals));
    ctx.update(data(&chunks.meta));
    Ok(ctx.finalize().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The MD5 of a few OTP modules equals what erl reports for them.
    #[test]
    fn agrees_with_erl() {
        let dir = "/usr/lib/erlang/lib/stdlib-4.2/ebin";
        let modules = ["lists", "maps", "gen_server"];
        let Ok(out) = std::process::Command::new("erl")
            .args(["-noshell", "-eval"])
            .arg(
                "[io:format(\"~s~n\", [binary:encode_hex(M:module_info(md5))]) \
                 || M <- [lists, maps, gen_server]], halt().",
            )
            .output()
        else {
            eprintln!("erl is not installed; skipping");
            return;
        };
        let text = String::from_utf8(out.stdout).expect("erl prints text");
        let expected: Vec<&str> = text.lines().collect();
        assert_eq!(expected.len(), modules.len(), "erl printed {text:?}");
        for (m, want) in modules.iter().zip(expected) {
            let file = std::fs::read(format!("{dir}/{m}.beam")).expect("OTP's beam files");
            let md5 = module_md5(&file).expect("a valid beam file");
            let hex: String = md5.iter().map(|b| format!("{b:02X}")).collect();
            assert_eq!(hex, want, "module {m}");
        }
    }
}
