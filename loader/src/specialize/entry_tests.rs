//! Fuses local calls with the test their target starts with: once labels are instruction
//! positions, a `Call`, `CallLast` or `CallOnly` whose target's first instruction is a simple
//! test on X registers becomes `CallTest`, `CallLastTest` or `CallOnlyTest`, which run that
//! test as part of the call (see `vm::instr::EntryTest`). Function clauses start with such
//! tests, so a recursive call then dispatches one instruction instead of two.

use vm::instr::{EntryTest, Instr, Label, X, X8};

/// An X register that fits the fused instructions.
fn x8(x: X) -> Option<X8> {
    u8::try_from(x.0).ok().map(X8)
}

/// The test `target` makes, in the fused form: failure label, test, first register, second
/// operand.
fn entry_test(target: &Instr) -> Option<(Label, EntryTest, X8, i32)> {
    Some(match *target {
        Instr::IsEqExactXC { fail, x, value } => {
            let b = i32::try_from(value.as_small()?).ok()?;
            (fail, EntryTest::EqSmall, x8(x)?, b)
        }
        Instr::IsLtXI { fail, x, imm } => (fail, EntryTest::LtSmall, x8(x)?, imm),
        Instr::IsGeXI { fail, x, imm } => (fail, EntryTest::GeSmall, x8(x)?, imm),
        Instr::IsLtXX { fail, a, b } => (fail, EntryTest::LtX, x8(a)?, i32::from(x8(b)?.0)),
        Instr::IsGeXX { fail, a, b } => (fail, EntryTest::GeX, x8(a)?, i32::from(x8(b)?.0)),
        _ => return None,
    })
}

/// Rewrites the local calls of `code` (whose labels are already instruction positions).
pub(super) fn fuse(code: &mut [Instr]) {
    for i in 0..code.len() {
        let to = match code[i] {
            Instr::Call { to, .. } | Instr::CallLast { to, .. } | Instr::CallOnly { to, .. } => to,
            _ => continue,
        };
        let Some((fail, test, a, b)) = code.get(to.ip()).and_then(entry_test) else {
            continue;
        };
        let fused = match code[i] {
            Instr::Call { .. } => Instr::CallTest {
                to,
                fail,
                test,
                a,
                b,
            },
            Instr::CallLast { slots, .. } => {
                let Ok(b) = i16::try_from(b) else { continue };
                Instr::CallLastTest {
                    to,
                    fail,
                    slots,
                    test,
                    a,
                    b,
                }
            }
            _ => Instr::CallOnlyTest {
                to,
                fail,
                test,
                a,
                b,
            },
        };
        code[i] = fused;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::term::Term;

    #[test]
    fn calls_take_their_targets_first_test() {
        let mut code = vec![
            Instr::Call {
                arity: 1,
                to: Label(3),
            },
            Instr::CallOnly {
                arity: 1,
                to: Label(4),
            },
            Instr::CallLast {
                arity: 2,
                to: Label(5),
                slots: 1,
            },
            Instr::IsLtXI {
                fail: Label(6),
                x: X(0),
                imm: 2,
            },
            Instr::IsEqExactXC {
                fail: Label(6),
                x: X(1),
                value: Term::small(0),
            },
            Instr::IsEqExactXC {
                fail: Label(6),
                x: X(1),
                value: Term::NIL,
            },
            Instr::CodeEnd {},
        ];
        fuse(&mut code);
        assert!(matches!(
            code[0],
            Instr::CallTest {
                to: Label(3),
                fail: Label(6),
                test: EntryTest::LtSmall,
                a: X8(0),
                b: 2
            }
        ));
        assert!(matches!(
            code[1],
            Instr::CallOnlyTest {
                to: Label(4),
                fail: Label(6),
                test: EntryTest::EqSmall,
                a: X8(1),
                b: 0
            }
        ));
        // `[]` is not a small integer: the call stays as it is.
        assert!(matches!(code[2], Instr::CallLast { .. }));
    }
}
