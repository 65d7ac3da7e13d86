//! girder's maps and external term format against real erl.
//!
//! Random terms and maps are generated from a fixed seed, written as Erlang terms for
//! `tests/erl/etf_oracle.escript`, which runs on erl at test time and writes what erl computes:
//! `term_to_binary/1,2` under several options, `external_size/1`, and map operations
//! (`maps:from_list/1`, iteration order, `keys/1`, `values/1`, `remove/2`, `=>` updates,
//! `merge/2`) encoded as terms. The same terms are built in a girder heap, the same operations run
//! on them, and the bytes must be identical. Every byte string erl produced is also decoded with
//! girder's `binary_to_term` and re-encoded, which must give erl's bytes back.
//!
//! Requires `erl` and `escript` on the PATH (Erlang/OTP 25).

use num_bigint::BigInt;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;
use vm::atom::Atom;
use vm::etf::{binary_to_term, term_to_binary, EncodeOptions, NoExternals};
use vm::heap::{ScratchHeap, TermAlloc};
use vm::map::{self, map_from_pairs, Duplicates};
use vm::term::Term;

/// A term description both sides can build.
#[derive(Clone, Debug)]
enum Gen {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Atom(String),
    Bin(Vec<u8>),
    /// Bytes whose last byte holds only the given number (1..=7) of high bits.
    Bits(Vec<u8>, u8),
    List(Vec<Gen>, Option<Box<Gen>>),
    Tuple(Vec<Gen>),
    Map(Vec<(Gen, Gen)>),
}

impl Gen {
    /// The term in Erlang syntax.
    fn write(&self, out: &mut String) {
        match self {
            Gen::Int(v) => write!(out, "{v}").unwrap(),
            Gen::Big(b) => write!(out, "{b}").unwrap(),
            Gen::Float(f) => {
                let s = format!("{f:e}");
                let (m, e) = s.split_once('e').unwrap();
                let m = if m.contains('.') {
                    m.to_string()
                } else {
                    format!("{m}.0")
                };
                write!(out, "{m}e{e}").unwrap();
            }
            Gen::Atom(a) => {
                out.push('\'');
                for c in a.chars() {
                    match c {
                        '\'' => out.push_str("\\'"),
                        '\\' => out.push_str("\\\\"),
                        c => out.push(c),
                    }
                }
                out.push('\'');
            }
            Gen::Bin(b) => {
                let items: Vec<String> = b.iter().map(|x| x.to_string()).collect();
                write!(out, "<<{}>>", items.join(",")).unwrap();
            }
            Gen::Bits(b, bits) => {
                let (last, whole) = b.split_last().unwrap();
                let mut items: Vec<String> = whole.iter().map(|x| x.to_string()).collect();
                items.push(format!("{}:{}", last >> (8 - bits), bits));
                write!(out, "<<{}>>", items.join(",")).unwrap();
            }
            Gen::List(items, Some(tail)) if items.is_empty() => tail.write(out),
            Gen::List(items, tail) => {
                out.push('[');
                for (i, g) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    g.write(out);
                }
                if let Some(t) = tail {
                    out.push('|');
                    t.write(out);
                }
                out.push(']');
            }
            Gen::Tuple(items) => {
                out.push('{');
                for (i, g) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    g.write(out);
                }
                out.push('}');
            }
            Gen::Map(pairs) => {
                out.push_str("#{");
                for (i, (k, v)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    k.write(out);
                    out.push_str("=>");
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The term built in `h`.
    fn build(&self, h: &mut ScratchHeap) -> Term {
        match self {
            Gen::Int(v) => h.integer(*v),
            Gen::Big(b) => h.big_integer(b),
            Gen::Float(f) => h.float(*f),
            Gen::Atom(a) => Term::atom(Atom::intern(a).unwrap()),
            Gen::Bin(b) => h.binary(b),
            Gen::Bits(b, bits) => h.bitstring(b, (b.len() - 1) * 8 + *bits as usize),
            Gen::List(items, tail) => {
                let items: Vec<Term> = items.iter().map(|g| g.build(h)).collect();
                let tail = tail.as_ref().map_or(Term::NIL, |t| t.build(h));
                h.list_with_tail(&items, tail)
            }
            Gen::Tuple(items) => {
                let items: Vec<Term> = items.iter().map(|g| g.build(h)).collect();
                h.tuple(&items)
            }
            Gen::Map(pairs) => {
                let pairs = build_pairs(h, pairs);
                map_from_pairs(h, &pairs, Duplicates::LastWins).unwrap()
            }
        }
    }
}

fn build_pairs(h: &mut ScratchHeap, pairs: &[(Gen, Gen)]) -> Vec<(Term, Term)> {
    pairs
        .iter()
        .map(|(k, v)| (k.build(h), v.build(h)))
        .collect()
}

struct Generator {
    rng: fastrand::Rng,
}

impl Generator {
    fn float(&mut self) -> f64 {
        match self.rng.u8(0..6) {
            0 => 0.0,
            1 => -0.0,
            2 => self.rng.i32(-1000..1000) as f64 / 8.0,
            3 => {
                let f = f64::from_bits(self.rng.u64(..));
                if f.is_finite() {
                    f
                } else {
                    1.0e300
                }
            }
            4 => (self.rng.f64() - 0.5) * 10f64.powi(self.rng.i32(-320..300)),
            _ => self.rng.f64(),
        }
    }

    fn atom(&mut self) -> String {
        const PIECES: &[&str] = &[
            "a", "b", "ok", "é", "ü", "ʒ", "λ", "'", "\\", " ", "Z", "_", "9",
        ];
        let n = self.rng.usize(0..8);
        (0..n)
            .map(|_| PIECES[self.rng.usize(..PIECES.len())])
            .collect()
    }

    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let n = self.rng.usize(0..=max);
        if self.rng.bool() {
            (0..n).map(|_| self.rng.u8(..)).collect()
        } else {
            (0..n).map(|_| self.rng.u8(b'a'..b'e')).collect()
        }
    }

    /// A scalar, or a container when `depth` allows; maps get no atom keys when `atom_keys` is
    /// false (erl orders atom keys of large maps differently from run to run).
    fn term(&mut self, depth: u32, atom_keys: bool) -> Gen {
        let kinds = if depth == 0 { 8 } else { 13 };
        match self.rng.u8(0..kinds) {
            0 => Gen::Int(self.rng.i64(-300..300)),
            1 => Gen::Int(self.rng.i64(..) >> self.rng.u32(0..63)),
            2 => {
                let digits: Vec<u32> = (0..self.rng.usize(1..40))
                    .map(|_| self.rng.u32(..))
                    .collect();
                let b = BigInt::from_slice(num_bigint::Sign::Plus, &digits);
                Gen::Big(if self.rng.bool() { -b } else { b })
            }
            3 => Gen::Float(self.float()),
            4 if atom_keys => Gen::Atom(self.atom()),
            4 | 5 => Gen::Bin(self.bytes(80)),
            6 => {
                let mut b = self.bytes(10);
                b.push(self.rng.u8(..));
                let bits = self.rng.u8(1..8);
                let last = b.len() - 1;
                b[last] &= 0xffu8 << (8 - bits);
                Gen::Bits(b, bits)
            }
            7 => {
                // A byte string, sometimes too long for STRING_EXT.
                let long = depth >= 3 && self.rng.u16(0..200) == 0;
                let n = if long { 66_000 } else { self.rng.usize(0..20) };
                Gen::List(
                    (0..n).map(|_| Gen::Int(self.rng.i64(0..256))).collect(),
                    None,
                )
            }
            8 | 9 => {
                let n = self.rng.usize(0..6);
                let items = (0..n).map(|_| self.term(depth - 1, atom_keys)).collect();
                let tail =
                    (n > 0 && self.rng.u8(0..5) == 0).then(|| Box::new(self.term(0, atom_keys)));
                Gen::List(items, tail)
            }
            10 | 11 => {
                let wide = depth >= 3 && self.rng.u8(0..30) == 0;
                let n = if wide { 300 } else { self.rng.usize(0..6) };
                Gen::Tuple((0..n).map(|_| self.term(depth - 1, atom_keys)).collect())
            }
            _ => {
                let n = self.rng.usize(0..8);
                Gen::Map(
                    (0..n)
                        .map(|_| {
                            (
                                self.term(depth - 1, atom_keys),
                                self.term(depth - 1, atom_keys),
                            )
                        })
                        .collect(),
                )
            }
        }
    }

    /// A map key of mixed types without atoms.
    fn key(&mut self) -> Gen {
        match self.rng.u8(0..6) {
            0 => Gen::Int(self.rng.i64(-100_000..100_000)),
            1 => Gen::Float(self.float()),
            2 => Gen::List(
                (0..self.rng.usize(0..5))
                    .map(|_| Gen::Int(self.rng.i64(97..110)))
                    .collect(),
                None,
            ),
            3 => Gen::Bin(self.bytes(6)),
            4 => Gen::Tuple(vec![Gen::Int(self.rng.i64(0..50)), Gen::Bin(self.bytes(2))]),
            _ => self.term(1, false),
        }
    }
}

/// One map test case: the pairs, keys to remove, pairs to put, pairs to merge.
struct MapCase {
    pairs: Vec<(Gen, Gen)>,
    remove: Vec<Gen>,
    put: Vec<(Gen, Gen)>,
    merge: Vec<(Gen, Gen)>,
}

fn write_pairs(out: &mut String, pairs: &[(Gen, Gen)]) {
    Gen::List(
        pairs
            .iter()
            .map(|(k, v)| Gen::Tuple(vec![k.clone(), v.clone()]))
            .collect(),
        None,
    )
    .write(out);
}

/// Runs the oracle on erl; returns its output lines decoded from hexadecimal.
fn run_oracle(input: &str, name: &str) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let in_path = dir.join(format!("{name}.in"));
    let out_path = dir.join(format!("{name}.out"));
    std::fs::write(&in_path, input).unwrap();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/erl/etf_oracle.escript");
    let status = Command::new("escript")
        .arg(&script)
        .arg(&in_path)
        .arg(&out_path)
        .status()
        .expect("escript (Erlang/OTP 25) must be on the PATH to compare with erl");
    assert!(status.success(), "the erl oracle failed: {status}");
    let text = std::fs::read_to_string(&out_path).unwrap();
    text.lines()
        .map(|l| {
            (0..l.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&l[i..i + 2], 16).unwrap())
                .collect()
        })
        .collect()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02X}")).collect()
}

/// Encodes with girder and checks against erl's bytes; also checks that decoding erl's bytes and
/// encoding again with the same options gives them back.
fn check_encoding(
    h: &mut ScratchHeap,
    what: &str,
    term: Term,
    options: &EncodeOptions,
    expected: &[u8],
) {
    let ours = term_to_binary(term, options, &NoExternals).unwrap();
    assert_eq!(
        hex(&ours),
        hex(expected),
        "{what}: term_to_binary with {options:?} differs from erl"
    );
    let (decoded, used) = binary_to_term(h, expected, false, &NoExternals).unwrap();
    assert_eq!(used, expected.len(), "{what}: bytes used");
    let again = term_to_binary(decoded, options, &NoExternals).unwrap();
    assert_eq!(
        hex(&again),
        hex(expected),
        "{what}: decode + encode of erl's bytes"
    );
}

#[test]
fn term_to_binary_matches_erl_on_random_terms() {
    let mut g = Generator {
        rng: fastrand::Rng::with_seed(0x0e7f_2025),
    };
    let terms: Vec<Gen> = (0..1500).map(|_| g.term(4, true)).collect();
    let mut input = String::new();
    for t in &terms {
        input.push_str("{term,");
        t.write(&mut input);
        input.push_str("}.\n");
    }
    let lines = run_oracle(&input, "terms");
    assert_eq!(lines.len(), terms.len() * 7);
    let mut h = ScratchHeap::new();
    let options = [
        EncodeOptions::default(),
        EncodeOptions {
            compression: 6,
            ..Default::default()
        },
        EncodeOptions {
            compression: 1,
            ..Default::default()
        },
        EncodeOptions {
            minor_version: 0,
            ..Default::default()
        },
        EncodeOptions {
            minor_version: 2,
            ..Default::default()
        },
        EncodeOptions {
            deterministic: true,
            ..Default::default()
        },
    ];
    let mut compared = 0;
    let mut compressed = 0;
    for (i, t) in terms.iter().enumerate() {
        let term = t.build(&mut h);
        let expected = &lines[i * 7..i * 7 + 7];
        for (o, e) in options.iter().zip(expected) {
            check_encoding(&mut h, &format!("term {i}"), term, o, e);
            compared += 1;
            compressed += (e.get(1) == Some(&80)) as usize;
        }
        let size = vm::etf::external_size(term, &EncodeOptions::default(), &NoExternals).unwrap();
        let size_term = h.integer_u64(size);
        let ours = term_to_binary(size_term, &EncodeOptions::default(), &NoExternals).unwrap();
        assert_eq!(hex(&ours), hex(&expected[6]), "term {i}: external_size");
        compared += 1;
    }
    println!(
        "compared {compared} encodings of {} random terms with erl ({compressed} compressed)",
        terms.len()
    );
}

#[test]
fn maps_match_erl_in_order_and_shape() {
    let mut g = Generator {
        rng: fastrand::Rng::with_seed(0x3a95),
    };
    let sizes = [
        0usize, 1, 2, 5, 16, 31, 32, 33, 34, 40, 50, 64, 100, 257, 1000, 4096, 20_000, 100_000,
    ];
    let mut cases = Vec::new();
    for &n in &sizes {
        let pairs: Vec<(Gen, Gen)> = (0..n).map(|i| (g.key(), Gen::Int(i as i64))).collect();
        // Remove enough keys to cross back below 33 for the smaller maps.
        let removals = if n <= 100 {
            n.saturating_sub(20)
        } else {
            n / 10
        };
        let mut remove: Vec<Gen> = (0..removals)
            .map(|_| pairs[g.rng.usize(..n.max(1))].0.clone())
            .collect();
        remove.extend((0..5).map(|_| g.key()));
        let put = (0..40)
            .map(|i| (g.key(), Gen::Atom(format!("p{i}"))))
            .collect();
        let merge = (0..g.rng.usize(0..60))
            .map(|_| {
                let k = if n > 0 && g.rng.bool() {
                    pairs[g.rng.usize(..n)].0.clone()
                } else {
                    g.key()
                };
                (k, Gen::Atom("m".into()))
            })
            .collect();
        cases.push(MapCase {
            pairs,
            remove,
            put,
            merge,
        });
    }
    // Integer keys whose first 32-bit hashes collide, so the trie must use the salted hashes of
    // the next generation to separate them.
    let colliding = colliding_integers(12);
    assert!(
        colliding.len() >= 12,
        "found {} colliding keys",
        colliding.len()
    );
    for fillers in [21usize, 40, 3000] {
        let mut pairs: Vec<(Gen, Gen)> = colliding
            .iter()
            .map(|&k| (Gen::Int(k), Gen::Int(k)))
            .collect();
        pairs.extend((0..fillers).map(|i| (g.key(), Gen::Int(i as i64))));
        let remove = colliding[..colliding.len() / 2]
            .iter()
            .map(|&k| Gen::Int(k))
            .collect();
        let put = colliding[..4]
            .iter()
            .map(|&k| (Gen::Int(k + 1), Gen::Atom("q".into())))
            .collect();
        let merge = colliding[2..8]
            .iter()
            .map(|&k| (Gen::Int(k), Gen::Atom("m".into())))
            .collect();
        cases.push(MapCase {
            pairs,
            remove,
            put,
            merge,
        });
    }
    let mut input = String::new();
    for c in &cases {
        input.push_str("{map,");
        write_pairs(&mut input, &c.pairs);
        input.push(',');
        Gen::List(c.remove.clone(), None).write(&mut input);
        input.push(',');
        write_pairs(&mut input, &c.put);
        input.push(',');
        write_pairs(&mut input, &c.merge);
        input.push_str("}.\n");
    }
    const LINES: usize = 12;
    let lines = run_oracle(&input, "maps");
    assert_eq!(lines.len(), cases.len() * LINES);

    let mut h = ScratchHeap::new();
    let plain = EncodeOptions::default();
    let deterministic = EncodeOptions {
        deterministic: true,
        ..Default::default()
    };
    let mut compared = 0;
    for (i, c) in cases.iter().enumerate() {
        let what = format!("map of {} pairs", c.pairs.len());
        let expected = &lines[i * LINES..(i + 1) * LINES];
        let pairs = build_pairs(&mut h, &c.pairs);
        let m = map_from_pairs(&mut h, &pairs, Duplicates::LastWins).unwrap();
        let iteration_keys = |h: &mut ScratchHeap, m: Term| {
            let keys: Vec<Term> = map::iter(m).unwrap().map(|p| p.0).collect();
            h.list(&keys)
        };
        let mut results: Vec<(String, Term, EncodeOptions)> = Vec::new();
        results.push(("from_list".into(), m, plain));
        results.push(("deterministic".into(), m, deterministic));
        let ks = iteration_keys(&mut h, m);
        results.push(("iteration order".into(), ks, plain));
        let keys = map::keys(&mut h, m).unwrap();
        results.push(("keys".into(), keys, plain));
        let values = map::values(&mut h, m).unwrap();
        results.push(("values".into(), values, plain));
        let mut removed = m;
        for k in &c.remove {
            let k = k.build(&mut h);
            removed = map::remove(&mut h, k, removed).unwrap();
        }
        results.push(("remove".into(), removed, plain));
        let ks = iteration_keys(&mut h, removed);
        results.push(("iteration order after remove".into(), ks, plain));
        let mut added = m;
        for (k, v) in build_pairs(&mut h, &c.put) {
            added = map::put(&mut h, k, v, added).unwrap();
        }
        results.push(("put".into(), added, plain));
        let merge_pairs = build_pairs(&mut h, &c.merge);
        let other = map_from_pairs(&mut h, &merge_pairs, Duplicates::LastWins).unwrap();
        let merged = map::merge(&mut h, m, other).unwrap();
        results.push(("merge".into(), merged, plain));
        let merged = map::merge(&mut h, other, m).unwrap();
        results.push(("merge swapped".into(), merged, plain));
        let mut one_by_one = map::new(&mut h);
        for &(k, v) in &pairs {
            one_by_one = map::put(&mut h, k, v, one_by_one).unwrap();
        }
        results.push(("put one by one".into(), one_by_one, plain));
        let same = Term::boolean(map::eq_exact(m, one_by_one));
        results.push(("=:=".into(), same, plain));
        for ((name, term, options), e) in results.iter().zip(expected) {
            check_encoding(&mut h, &format!("{what}: {name}"), *term, options, e);
            compared += 1;
        }
    }
    println!(
        "compared {compared} map results for maps of {:?} pairs, and of {} keys with colliding \
         hashes among 21, 40 and 3000 others, with erl",
        sizes,
        colliding.len()
    );
}

/// Small integers that share their first-generation map hash with another one, in pairs.
fn colliding_integers(wanted: usize) -> Vec<i64> {
    let mut seen: std::collections::HashMap<u32, i64> = std::collections::HashMap::new();
    let mut found = Vec::new();
    for k in 0..3_000_000i64 {
        let h = map::map_hash(Term::small(k), 0);
        if let Some(&other) = seen.get(&h) {
            found.push(other);
            found.push(k);
            if found.len() >= wanted {
                break;
            }
        } else {
            seen.insert(h, k);
        }
    }
    found
}
