//! `girder load-bench [--rounds N] [--install | --verify] [--list LISTFILE] FILE...` (hidden):
//! reads all files into memory, then times `prepare` over all of them in-process, so
//! `bench/load.sh` can compare the loader with erl's own. With `--verify` each prepared module
//! also goes through the load-time verifier (`loader::specialize::verify`). With `--install` each
//! file is loaded as `erlang:load_module/2` loads it (prepared, specialised, made current), then
//! deleted and purged (`bench/load_module.sh`).

use std::process::ExitCode;
use std::time::Instant;

/// Runs the benchmark; `--rounds N` repeats the timed pass and reports the fastest.
pub fn run(args: &[String]) -> ExitCode {
    let mut rounds = 1usize;
    let mut install = false;
    let mut verify = false;
    let mut files: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--install" {
            install = true;
        } else if a == "--verify" {
            verify = true;
        } else if a == "--rounds" {
            rounds = it.next().and_then(|n| n.parse().ok()).unwrap_or(1).max(1);
        } else if a == "--list" {
            let Some(list) = it.next() else {
                eprintln!("girder: --list needs a file");
                return ExitCode::from(2);
            };
            match std::fs::read_to_string(list) {
                Ok(text) => files.extend(text.lines().filter(|l| !l.is_empty()).map(String::from)),
                Err(e) => {
                    eprintln!("girder: {list}: {e}");
                    return ExitCode::from(1);
                }
            }
        } else {
            files.push(a.clone());
        }
    }
    let mut blobs = Vec::with_capacity(files.len());
    for f in &files {
        match std::fs::read(f) {
            Ok(b) => blobs.push(b),
            Err(e) => {
                eprintln!("girder: {f}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let bytes: usize = blobs.iter().map(Vec::len).sum();
    if install {
        bifs::register_all();
    }
    let mut best = f64::INFINITY;
    let mut errors = 0;
    for _ in 0..rounds {
        errors = 0;
        let start = Instant::now();
        for b in &blobs {
            let ok = if install {
                load_delete_purge(b)
            } else if verify {
                loader::prepare(b).is_ok_and(|p| {
                    loader::specialize::verify(&p)
                        .map(std::hint::black_box)
                        .is_ok()
                })
            } else {
                loader::prepare(b).map(std::hint::black_box).is_ok()
            };
            if !ok {
                errors += 1;
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "files={} bytes={} errors={} seconds={:.6}",
        blobs.len(),
        bytes,
        errors,
        best
    );
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Loads `file` as `erlang:load_module/2` does, then deletes and purges the module; whether it
/// loaded.
fn load_delete_purge(file: &[u8]) -> bool {
    use vm::code::{self, lifecycle};
    let Ok(prepared) = loader::prepare(file) else {
        return false;
    };
    let md5 = loader::specialize::module_md5(file).ok();
    let Ok(version) = loader::specialize::build_detached(&prepared, md5) else {
        return false;
    };
    let module = version.module;
    if code::commit(module, version.id).is_err() {
        return false;
    }
    lifecycle::delete(module) == lifecycle::Deleted::Deleted && lifecycle::purge_now(module)
}
