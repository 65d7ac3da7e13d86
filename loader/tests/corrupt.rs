//! Malformed input: real OTP `.beam` files truncated at every chunk boundary and at random
//! points, with single chunks cut short, and with random bytes flipped. `prepare` must return an
//! error naming the chunk and byte offset, and never panic. Deterministic (fixed seed).

use std::path::{Path, PathBuf};

use loader::{prepare, read_chunks, LoadError};

/// A spread of modules: big code, many literals, binaries, maps, funs, line tables.
const SAMPLES: &[&str] = &[
    "stdlib-4.2/ebin/lists.beam",
    "stdlib-4.2/ebin/maps.beam",
    "stdlib-4.2/ebin/erl_parse.beam",
    "stdlib-4.2/ebin/unicode_util.beam",
    "stdlib-4.2/ebin/io_lib_format.beam",
    "stdlib-4.2/ebin/gen_server.beam",
    "stdlib-4.2/ebin/base64.beam",
    "kernel-8.5.3/ebin/code_server.beam",
    "compiler-8.2.3/ebin/beam_asm.beam",
    "compiler-8.2.3/ebin/beam_ssa_type.beam",
    "erts-13.1.5/ebin/erlang.beam",
    "erts-13.1.5/ebin/init.beam",
    "crypto-5.1.2/ebin/crypto.beam",
    "ssl-10.8.7/ebin/tls_record.beam",
];

fn samples() -> Vec<(PathBuf, Vec<u8>)> {
    SAMPLES
        .iter()
        .map(|s| {
            let p = Path::new("/usr/lib/erlang/lib").join(s);
            let bytes = std::fs::read(&p).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (Erlang/OTP 25 must be installed: make erlang)",
                    p.display()
                )
            });
            (p, bytes)
        })
        .collect()
}

/// Every error names a place inside the file and says something.
fn check_error(e: &LoadError, len: usize, what: &str) {
    assert!(
        e.offset <= len,
        "{what}: offset {} beyond {len}: {e}",
        e.offset
    );
    let text = e.to_string();
    assert!(
        text.contains(&format!("byte {}", e.offset)),
        "{what}: {text}"
    );
    assert!(
        text.contains("chunk") || text.contains("file header"),
        "{what}: {text}"
    );
}

/// Chunk ids with data offsets and sizes, in file order.
fn layout(file: &[u8]) -> Vec<([u8; 4], usize, usize)> {
    let mut out = Vec::new();
    let mut pos = 12;
    while pos + 8 <= file.len() {
        let mut id = [0; 4];
        id.copy_from_slice(&file[pos..pos + 4]);
        let size = u32::from_be_bytes(file[pos + 4..pos + 8].try_into().unwrap()) as usize;
        out.push((id, pos + 8, size));
        pos += 8 + size.div_ceil(4) * 4;
    }
    out
}

#[test]
fn samples_load_intact() {
    for (p, bytes) in samples() {
        prepare(&bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    }
}

#[test]
fn truncation_at_chunk_boundaries_and_random_points() {
    let mut rng = fastrand::Rng::with_seed(25);
    let mut cases = 0;
    for (p, bytes) in samples() {
        let mut cuts = vec![0, 1, 4, 8, 11, 12];
        for (_, data, size) in layout(&bytes) {
            for c in [
                data - 8,
                data - 4,
                data,
                data + 1,
                data + size,
                data + size + 1,
            ] {
                cuts.extend([c.saturating_sub(1), c]);
            }
        }
        cuts.extend((0..150).map(|_| rng.usize(..bytes.len())));
        for cut in cuts.into_iter().filter(|&c| c < bytes.len()) {
            let what = format!("{} cut at {cut}", p.display());
            match prepare(&bytes[..cut]) {
                Ok(_) => panic!("{what}: loaded"),
                Err(e) => check_error(&e, cut, &what),
            }
            cases += 1;
        }
    }
    assert!(cases > 2000, "{cases} cases");
}

/// Cuts one chunk's data short and fixes the chunk and form sizes, so the container is valid and
/// the chunk's own parser must notice.
#[test]
fn chunks_cut_short_are_blamed_by_name() {
    let parsed: &[&[u8; 4]] = &[
        b"AtU8", b"Code", b"ImpT", b"ExpT", b"LocT", b"FunT", b"LitT", b"Line", b"Type", b"Attr",
        b"CInf", b"Meta",
    ];
    let mut rng = fastrand::Rng::with_seed(0xbea4);
    let mut cases = 0;
    for (p, bytes) in samples() {
        for (id, data, size) in layout(&bytes) {
            if !parsed.contains(&&id) || size == 0 {
                continue;
            }
            let mut new_sizes: Vec<usize> = (0..12).map(|_| rng.usize(..size)).collect();
            new_sizes.extend([0, 1, 3, 4, size - 1]);
            for new_size in new_sizes.into_iter().filter(|&n| n < size) {
                let mut f = bytes[..data].to_vec();
                f[data - 4..data].copy_from_slice(&(new_size as u32).to_be_bytes());
                f.extend_from_slice(&bytes[data..data + new_size]);
                f.resize(data + new_size.div_ceil(4) * 4, 0);
                f.extend_from_slice(&bytes[data + size.div_ceil(4) * 4..]);
                let form = (f.len() - 8) as u32;
                f[4..8].copy_from_slice(&form.to_be_bytes());
                assert!(read_chunks(&f).is_ok());
                let what = format!(
                    "{} with {} cut to {new_size} of {size} bytes",
                    p.display(),
                    String::from_utf8_lossy(&id)
                );
                let Err(e) = prepare(&f) else {
                    // A size-0 chunk counts as absent; for optional chunks that is valid.
                    assert!(
                        new_size == 0 && !matches!(&id, b"AtU8" | b"Code" | b"ImpT" | b"ExpT"),
                        "{what}: loaded"
                    );
                    continue;
                };
                check_error(&e, f.len(), &what);
                if new_size > 0 {
                    assert_eq!(e.chunk, Some(id), "{what}: {e}");
                }
                cases += 1;
            }
        }
    }
    assert!(cases > 1000, "{cases} cases");
}

#[test]
fn random_byte_flips_never_panic() {
    let mut rng = fastrand::Rng::with_seed(0x0b17_f119);
    let (mut ok, mut failed) = (0, 0);
    for (p, bytes) in samples() {
        // Skip most of Dbgi, which the loader keeps as bytes: flip bytes elsewhere.
        let hot: Vec<(usize, usize)> = layout(&bytes)
            .into_iter()
            .filter(|(id, _, _)| id != b"Dbgi")
            .map(|(_, d, s)| (d - 8, d + s))
            .collect();
        for round in 0..400 {
            let mut f = bytes.clone();
            for _ in 0..1 + round % 3 {
                let (lo, hi) = hot[rng.usize(..hot.len())];
                let i = rng.usize(lo..hi);
                f[i] ^= 1 << rng.u8(..8);
            }
            match prepare(&f) {
                Ok(_) => ok += 1,
                Err(e) => {
                    check_error(&e, f.len(), &format!("{} flip round {round}", p.display()));
                    failed += 1;
                }
            }
        }
    }
    assert!(failed > 1000, "{failed} rejected, {ok} accepted");
}

#[test]
fn obsolete_and_future_files_are_refused_clearly() {
    let (_, bytes) = &samples()[0];
    // Rename AtU8 to Atom: the pre-OTP 21 atom chunk.
    let mut f = bytes.clone();
    let (_, data, _) = layout(&f).into_iter().find(|c| &c.0 == b"AtU8").unwrap();
    f[data - 8..data - 4].copy_from_slice(b"Atom");
    let e = prepare(&f).unwrap_err();
    assert_eq!(e.chunk, Some(*b"Atom"));
    assert!(e.to_string().contains("obsolete"), "{e}");

    // Declare a maximum opcode of 181 in the code header.
    let mut f = bytes.clone();
    let (_, data, _) = layout(&f).into_iter().find(|c| &c.0 == b"Code").unwrap();
    f[data + 8..data + 12].copy_from_slice(&181u32.to_be_bytes());
    let e = prepare(&f).unwrap_err();
    assert_eq!((e.chunk, e.offset), (Some(*b"Code"), data + 8));
    assert!(e.to_string().contains("181"), "{e}");

    // Put opcode 181 as the first instruction.
    let mut f = bytes.clone();
    let header = u32::from_be_bytes(f[data..data + 4].try_into().unwrap()) as usize;
    f[data + 4 + header] = 181;
    let e = prepare(&f).unwrap_err();
    assert_eq!((e.chunk, e.offset), (Some(*b"Code"), data + 4 + header));
    assert!(e.to_string().contains("opcode 181"), "{e}");

    // Instruction set version 1.
    let mut f = bytes.clone();
    f[data + 7] = 1;
    let e = prepare(&f).unwrap_err();
    assert!(e.to_string().contains("instruction set"), "{e}");
}
