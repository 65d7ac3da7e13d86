//! Float segments of 16, 32 and 64 bits (IEEE 754 half, single and double precision).
//!
//! Construction rounds to the nearest representable value, ties to even; values too large for
//! the size become infinities, as in erl. Matching refuses infinities and NaNs.

/// The IEEE half-precision bits of `v`, rounded to nearest, ties to even.
pub fn f64_to_f16_bits(v: f64) -> u16 {
    let bits = v.to_bits();
    let sign = ((bits >> 48) & 0x8000) as u16;
    let exp = ((bits >> 52) & 0x7FF) as i32;
    let mant = bits & ((1u64 << 52) - 1);
    if exp == 0x7FF {
        return sign | 0x7C00 | if mant != 0 { 0x200 } else { 0 };
    }
    // Unbiased exponent; half has bias 15, normal exponents -14..=15.
    let e = exp - 1023;
    if e > 15 {
        return sign | 0x7C00;
    }
    // The significand with its implicit bit, as a 53-bit integer (0 for zero and f64 denormals,
    // which are far below half's range).
    let sig = if exp == 0 { 0 } else { mant | (1u64 << 52) };
    // Number of significand bits to drop: normal halves keep 11 bits; below -14 fewer.
    let shift = if e >= -14 {
        52 - 10
    } else {
        52 - 10 + (-14 - e)
    } as u32;
    if shift > 63 {
        return sign;
    }
    let kept = sig >> shift;
    let rest = sig & ((1u64 << shift) - 1);
    let half = 1u64 << (shift - 1);
    let rounded = if rest > half || (rest == half && kept & 1 == 1) {
        kept + 1
    } else {
        kept
    };
    if e >= -14 {
        // `rounded` is 11 bits with the implicit bit, or 12 after rounding up to the next power.
        let (m, e) = if rounded >> 11 != 0 {
            (rounded >> 1, e + 1)
        } else {
            (rounded, e)
        };
        if e > 15 {
            return sign | 0x7C00;
        }
        sign | (((e + 15) as u16) << 10) | (m as u16 & 0x3FF)
    } else {
        // Subnormal (rounding up may reach the smallest normal, which the bits express).
        sign | rounded as u16
    }
}

/// The value of IEEE half-precision bits.
pub fn f16_bits_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1F) as i32;
    let mant = (h & 0x3FF) as f64;
    match exp {
        0 => sign * mant * 2f64.powi(-24),
        0x1F => {
            if mant == 0.0 {
                sign * f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => sign * (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    }
}

/// The bits of `v` as a float of `size` (16, 32 or 64) bits.
pub fn float_bits(v: f64, size: usize) -> Option<u64> {
    Some(match size {
        16 => f64_to_f16_bits(v) as u64,
        32 => (v as f32).to_bits() as u64,
        64 => v.to_bits(),
        _ => return None,
    })
}

/// The finite value of float bits of `size` (16, 32 or 64) bits, or `None` for other sizes,
/// infinities and NaNs.
pub fn float_from_bits(bits: u64, size: usize) -> Option<f64> {
    let v = match size {
        16 => f16_bits_to_f64(bits as u16),
        32 => f32::from_bits(bits as u32) as f64,
        64 => f64::from_bits(bits),
        _ => return None,
    };
    v.is_finite().then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_precision_matches_erl() {
        // Values checked against erl: <<X:16/float>>.
        assert_eq!(f64_to_f16_bits(1.5), 0x3E00);
        assert_eq!(f64_to_f16_bits(70000.0), 0x7C00);
        assert_eq!(f64_to_f16_bits(65504.0), 0x7BFF);
        assert_eq!(f64_to_f16_bits(65520.0), 0x7C00);
        assert_eq!(f64_to_f16_bits(1.0e-8), 0);
        assert_eq!(f64_to_f16_bits(-0.0), 0x8000);
        assert_eq!(f64_to_f16_bits(5.960464477539063e-8), 1);
        assert_eq!(f64_to_f16_bits(2.98e-8), 0);
        assert_eq!(f16_bits_to_f64(1), 5.960464477539063e-8);
        assert_eq!(float_from_bits(0x7C00, 16), None);
    }

    #[test]
    fn every_half_round_trips() {
        for h in 0..=u16::MAX {
            let v = f16_bits_to_f64(h);
            if v.is_finite() {
                assert_eq!(f64_to_f16_bits(v), h, "half {h:#x}");
            }
        }
    }

    #[test]
    fn halves_round_to_nearest_even() {
        // Reference: pick the nearer of the two neighbouring halves, ties to the even one.
        let mut rng = fastrand::Rng::with_seed(16);
        for _ in 0..20000 {
            let h = rng.u16(0..0x7BFF);
            let (lo, hi) = (f16_bits_to_f64(h), f16_bits_to_f64(h + 1));
            let v = lo + (hi - lo) * rng.f64();
            let expect = if v - lo < hi - v || (v - lo == hi - v && h.is_multiple_of(2)) {
                h
            } else {
                h + 1
            };
            assert_eq!(f64_to_f16_bits(v), expect, "{v}");
        }
    }
}
