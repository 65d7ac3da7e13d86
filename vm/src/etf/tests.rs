//! Unit tests of the decoder and printer: real `term_to_binary` output, hostile input, depth.

use super::vectors::VECTORS;
use super::*;

fn print(arena: &Arena, root: NodeId) -> String {
    TermDisplay { arena, root }.to_string()
}

/// Every child id is smaller than its parent's id (post-order).
fn assert_post_order(arena: &Arena) {
    for (i, node) in arena.nodes().iter().enumerate() {
        let kids: Vec<NodeId> = match *node {
            Node::Tuple(s) | Node::List(s) | Node::Map(s) => arena.children(s).to_vec(),
            Node::Fun { children, .. } => arena.children(children).to_vec(),
            Node::Export {
                module, function, ..
            } => vec![module, function],
            Node::Pid { node, .. } | Node::Port { node, .. } | Node::Ref { node, .. } => {
                vec![node]
            }
            _ => vec![],
        };
        for k in kids {
            assert!(k.index() < i, "child {k:?} of node {i} comes after it");
        }
    }
}

#[test]
fn decodes_and_prints_real_erl_vectors() {
    assert!(VECTORS.len() > 50);
    for (bytes, expected) in VECTORS {
        let mut arena = Arena::new();
        let (root, used) = arena
            .decode(bytes)
            .unwrap_or_else(|e| panic!("{expected}: {e}"));
        assert_eq!(used, bytes.len(), "{expected}");
        assert_eq!(&print(&arena, root), expected);
        assert_eq!(root.index(), arena.len() - 1, "root is the last node");
        assert_post_order(&arena);
    }
}

#[test]
fn many_terms_share_one_arena() {
    let mut arena = Arena::new();
    let mut dec = Decoder::new();
    let roots: Vec<NodeId> = VECTORS
        .iter()
        .map(|(b, _)| dec.decode_into(&mut arena, b).unwrap().0)
        .collect();
    for (root, (_, expected)) in roots.iter().zip(VECTORS) {
        assert_eq!(&print(&arena, *root), expected);
    }
    assert_post_order(&arena);
}

#[test]
fn failed_decode_leaves_arena_unchanged() {
    let mut arena = Arena::new();
    arena
        .decode(&[131, 104, 2, 97, 1, 100, 0, 1, b'x'])
        .unwrap();
    let before = arena.clone();
    // A tuple whose second element is truncated.
    let err = arena
        .decode(&[131, 104, 2, 97, 1, 109, 0, 0, 0, 9, 1])
        .unwrap_err();
    assert_eq!(err.offset, 10);
    assert_eq!(arena, before);
}

#[test]
fn trailing_bytes_are_not_used() {
    let mut arena = Arena::new();
    let (root, used) = arena.decode(&[131, 97, 1, 0, 0]).unwrap();
    assert_eq!(used, 3);
    assert_eq!(arena.node(root), Node::Int(1));
}

#[test]
fn latin1_atoms_become_utf8_text() {
    let (arena, root) = decode(&[131, 100, 0, 2, 0xe9, b'a']).unwrap();
    assert_eq!(arena.atom(root), Some("éa"));
}

#[test]
fn bignums_outside_i64_keep_their_digits() {
    // 2^64 as SMALL_BIG: 9 digits, positive.
    let (arena, root) = decode(&[131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).unwrap();
    assert!(matches!(
        arena.node(root),
        Node::Big {
            negative: false,
            ..
        }
    ));
    assert_eq!(
        arena.big_int(root).unwrap().to_string(),
        "18446744073709551616"
    );
    // -2^63 fits in i64.
    let (arena, root) = decode(&[131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 0x80]).unwrap();
    assert_eq!(arena.node(root), Node::Int(i64::MIN));
    // Leading zero digits are dropped.
    let (arena, root) = decode(&[131, 110, 3, 0, 5, 0, 0]).unwrap();
    assert_eq!(arena.node(root), Node::Int(5));
}

/// `depth` nested one-element lists around `[]`: [[[...]]].
fn nested_lists(depth: usize) -> Vec<u8> {
    let mut v = Vec::with_capacity(depth * 6 + 2);
    v.push(131);
    for _ in 0..depth {
        v.extend_from_slice(&[108, 0, 0, 0, 1]);
    }
    v.push(106);
    v.extend(std::iter::repeat_n(106u8, depth));
    v
}

#[test]
fn million_levels_of_lists_do_not_recurse() {
    let depth = 1_000_000;
    let bytes = nested_lists(depth);
    let (arena, root) = decode(&bytes).unwrap();
    assert_eq!(arena.len(), 2 * depth + 1);
    // Walk down the chain of first elements.
    let mut id = root;
    let mut levels = 0;
    while let Node::List(s) = arena.node(id) {
        id = arena.children(s)[0];
        levels += 1;
    }
    assert_eq!(levels, depth);
    let text = print(&arena, root);
    assert_eq!(text.len(), 2 * depth + 2);
    assert!(text.starts_with("[[[[") && text.ends_with("]]]]"));
    drop(arena);
}

#[test]
fn million_levels_of_tuples_and_maps_do_not_recurse() {
    let depth = 1_000_000;
    let mut v = vec![131];
    for i in 0..depth {
        if i % 2 == 0 {
            v.extend_from_slice(&[104, 1]);
        } else {
            v.extend_from_slice(&[116, 0, 0, 0, 1, 97, 7]);
        }
    }
    v.push(106);
    let (arena, root) = decode(&v).unwrap();
    assert_eq!(arena.len(), depth + depth / 2 + 1);
    let text = print(&arena, root);
    assert!(text.starts_with("{#{7 => {#{7 => "));
}

#[test]
fn million_element_list_and_truncated_deep_input() {
    let n = 1_000_000u32;
    let mut v = vec![131, 108];
    v.extend_from_slice(&n.to_be_bytes());
    v.extend(std::iter::repeat_n(106u8, n as usize + 1));
    let (arena, root) = decode(&v).unwrap();
    match arena.node(root) {
        Node::List(s) => assert_eq!(s.len, n + 1),
        other => panic!("{other:?}"),
    }
    let deep = nested_lists(1_000_000);
    let err = decode(&deep[..deep.len() - 1]).unwrap_err();
    assert_eq!(err.offset, deep.len() - 1);
    assert!(matches!(err.kind, EtfErrorKind::Truncated { .. }));
}

fn expect_err(bytes: &[u8]) -> EtfError {
    match decode(bytes) {
        Ok((a, r)) => panic!("decoded {:?} as {}", bytes, print(&a, r)),
        Err(e) => e,
    }
}

#[test]
fn hostile_length_fields_are_rejected_before_allocating() {
    let cases: &[(&[u8], usize)] = &[
        (&[131, 108, 255, 255, 255, 255, 106], 6),          // list
        (&[131, 105, 255, 255, 255, 255, 97, 1], 6),        // large tuple
        (&[131, 116, 128, 0, 0, 0, 97, 1, 97, 2], 6),       // map
        (&[131, 109, 255, 255, 255, 255, 1, 2], 6),         // binary
        (&[131, 77, 255, 255, 255, 255, 3, 1], 7),          // bitstring
        (&[131, 111, 255, 255, 255, 255, 0, 1], 7),         // large bignum
        (&[131, 107, 255, 255, b'a'], 4),                   // string
        (&[131, 118, 255, 255, b'a'], 4),                   // utf8 atom
        (&[131, 90, 0, 5, 100, 0, 1, b'n', 0, 0, 0, 1], 4), // reference ids
    ];
    for (bytes, offset) in cases {
        let err = expect_err(bytes);
        assert!(
            matches!(
                err.kind,
                EtfErrorKind::LengthTooLarge { .. } | EtfErrorKind::Truncated { .. }
            ),
            "{bytes:?}: {err}"
        );
        assert_eq!(err.offset, *offset, "{bytes:?}: {err}");
    }
    // A fun claiming four billion free variables.
    let mut fun = vec![131, 112, 0, 0, 0, 0, 1];
    fun.extend_from_slice(&[0; 16]);
    fun.extend_from_slice(&[0, 0, 0, 0, 255, 255, 255, 250, 97, 1]);
    assert!(matches!(
        expect_err(&fun).kind,
        EtfErrorKind::LengthTooLarge { .. }
    ));
}

#[test]
fn compressed_terms_with_lying_sizes_are_rejected() {
    let (bytes, _) = VECTORS
        .iter()
        .find(|(b, _)| b[1] == tags::COMPRESSED && b.len() > 20)
        .expect("a compressed vector");
    let size = u32::from_be_bytes([bytes[2], bytes[3], bytes[4], bytes[5]]);
    for claimed in [0, size - 1, size + 1, u32::MAX] {
        let mut v = bytes.to_vec();
        v[2..6].copy_from_slice(&claimed.to_be_bytes());
        let err = expect_err(&v);
        assert!(
            matches!(err.kind, EtfErrorKind::BadCompression(_)),
            "{claimed}: {err}"
        );
        assert_eq!(err.offset, 6);
    }
    // Corrupt stream.
    let mut v = bytes.to_vec();
    v[6] ^= 0xff;
    assert!(matches!(
        expect_err(&v).kind,
        EtfErrorKind::BadCompression(_)
    ));
}

#[test]
fn tags_outside_plain_terms_are_rejected_with_reasons() {
    for (bytes, tag) in [
        (&[131u8, 82, 0][..], 82u8),
        (&[131, 68, 0], 68),
        (&[131, 117, 0, 0, 0, 0], 117),
        (&[131, 104, 1, 80, 0, 0, 0, 1], 80),
    ] {
        match expect_err(bytes).kind {
            EtfErrorKind::UnsupportedTag { tag: t, .. } => assert_eq!(t, tag),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(expect_err(&[131, 200]).kind, EtfErrorKind::UnknownTag(200));
    assert_eq!(expect_err(&[130, 106]).kind, EtfErrorKind::BadVersion(130));
    assert_eq!(expect_err(&[]).offset, 0);
}

#[test]
fn bad_scalars_are_rejected() {
    // NaN and infinity.
    assert_eq!(
        expect_err(&[131, 70, 0x7f, 0xf8, 0, 0, 0, 0, 0, 0]).kind,
        EtfErrorKind::BadFloat
    );
    assert_eq!(
        expect_err(&[131, 70, 0x7f, 0xf0, 0, 0, 0, 0, 0, 0]).kind,
        EtfErrorKind::BadFloat
    );
    // Invalid UTF-8 in a UTF-8 atom.
    assert_eq!(
        expect_err(&[131, 119, 2, 0xc3, 0x28]).kind,
        EtfErrorKind::InvalidUtf8Atom
    );
    // 256-character atom.
    let mut long = vec![131, 118, 1, 0];
    long.extend(std::iter::repeat_n(b'a', 256));
    assert_eq!(expect_err(&long).kind, EtfErrorKind::AtomTooLong(256));
    // Bit count 0 with data, 9 bits.
    assert!(matches!(
        expect_err(&[131, 77, 0, 0, 0, 1, 0, 1]).kind,
        EtfErrorKind::BadField { .. }
    ));
    assert!(matches!(
        expect_err(&[131, 77, 0, 0, 0, 1, 9, 1]).kind,
        EtfErrorKind::BadField { .. }
    ));
    // A pid whose node is not an atom.
    let err = expect_err(&[131, 88, 97, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(err.offset, 1);
    assert!(matches!(err.kind, EtfErrorKind::WrongSubterm { .. }));
    // An export whose arity is negative (erl accepts any non-negative one, even above 255).
    let err = expect_err(&[
        131, 113, 100, 0, 1, b'm', 100, 0, 1, b'f', 98, 255, 255, 255, 255,
    ]);
    assert!(matches!(err.kind, EtfErrorKind::WrongSubterm { .. }));
}

#[test]
fn every_truncation_of_every_vector_fails_cleanly() {
    for (bytes, expected) in VECTORS {
        for cut in 0..bytes.len() {
            if let Ok((a, r)) = decode(&bytes[..cut]) {
                panic!("{expected} cut at {cut} decoded as {}", print(&a, r));
            }
        }
    }
}

#[test]
fn random_byte_flips_never_panic() {
    let mut rng = fastrand::Rng::with_seed(0x6769_7264_6572);
    let mut decoded = 0;
    for _ in 0..20_000 {
        let (bytes, _) = VECTORS[rng.usize(..VECTORS.len())];
        let mut v = bytes.to_vec();
        for _ in 0..rng.usize(1..4) {
            let i = rng.usize(..v.len());
            v[i] = rng.u8(..);
        }
        if let Ok((arena, root)) = decode(&v) {
            decoded += 1;
            assert_post_order(&arena);
            let _ = print(&arena, root);
        }
    }
    assert!(decoded > 0);
}

#[test]
fn body_form_decodes_without_version_byte() {
    let mut arena = Arena::new();
    let mut dec = Decoder::new();
    let (root, used) = dec
        .decode_body_into(&mut arena, &[104, 2, 97, 5, 106, 0])
        .unwrap();
    assert_eq!(used, 5);
    assert_eq!(print(&arena, root), "{5,[]}");
    // A two-element tuple with one byte left: refused right after its arity.
    let err = dec.decode_body_into(&mut arena, &[104, 2, 97]).unwrap_err();
    assert_eq!(err.offset, 2);
    assert_eq!(arena.len(), 3, "failed decode left the arena as it was");
}
