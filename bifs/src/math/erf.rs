//! The error function and its complement, computed as the GNU C library computes them, so that
//! `math:erf/1` and `math:erfc/1` give erl's results to the last bit.
//!
//! The method is the classic one of Sun's fdlibm. On `[0, 0.84375)`, `erf(x) = x + x·P(x²)/Q(x²)`;
//! on `[0.84375, 1.25)`, `erf(x) = c + P(s)/Q(s)` around `s = |x| - 1` with `c` the value of `erf(1)`
//! rounded to single precision; beyond that, `erfc(x) = exp(-x² - 0.5625 + R(1/x²)/S(1/x²)) / x`
//! with one rational fit below `1/0.35` and another above, and `exp(-x²)` split into
//! `exp(-z²)·exp((z-x)(z+x))` for `z` = `x` with its low 32 bits cleared, so that the square does
//! not lose precision. The C library evaluates each polynomial in pairs of terms combined with
//! powers of the argument (not Horner's rule); the rounding of those steps is part of the result,
//! so the same evaluation order is used here. `exp` is `f64::exp`, which on Linux calls the C
//! library's own `exp`, as the C library's `erf` does.

// The constants are given by their exact bit patterns.

/// `erf(1)` rounded to single precision.
const ERX: f64 = f64::from_bits(0x3FEB_0AC1_6000_0000);
/// `2/sqrt(pi) - 1`.
const EFX: f64 = f64::from_bits(0x3FC0_6EBA_8214_DB69);

// erf on [0, 0.84375): numerator and denominator coefficients.
const PP: [f64; 5] = [
    f64::from_bits(0x3FC0_6EBA_8214_DB68),
    f64::from_bits(0xBFD4_CD7D_691C_B913),
    f64::from_bits(0xBF9D_2A51_DBD7_194F),
    f64::from_bits(0xBF77_A291_2366_68E4),
    f64::from_bits(0xBEF8_EAD6_1200_16AC),
];
const QQ: [f64; 5] = [
    f64::from_bits(0x3FD9_7779_CDDA_DC09),
    f64::from_bits(0x3FB0_A54C_5536_CEBA),
    f64::from_bits(0x3F74_D022_C4D3_6B0F),
    f64::from_bits(0x3F21_5DC9_221C_1A10),
    f64::from_bits(0xBED0_9C43_42A2_6120),
];

// erf on [0.84375, 1.25).
const PA: [f64; 7] = [
    f64::from_bits(0xBF63_59B8_BEF7_7538),
    f64::from_bits(0x3FDA_8D00_AD92_B34D),
    f64::from_bits(0xBFD7_D240_FBB8_C3F1),
    f64::from_bits(0x3FD4_5FCA_8051_20E4),
    f64::from_bits(0xBFBC_6398_3D3E_28EC),
    f64::from_bits(0x3FA2_2A36_5997_95EB),
    f64::from_bits(0xBF61_BF38_0A96_073F),
];
const QA: [f64; 6] = [
    f64::from_bits(0x3FBB_3E66_18EE_E323),
    f64::from_bits(0x3FE1_4AF0_92EB_6F33),
    f64::from_bits(0x3FB2_635C_D99F_E9A7),
    f64::from_bits(0x3FC0_2660_E763_351F),
    f64::from_bits(0x3F8B_EDC2_6B51_DD1C),
    f64::from_bits(0x3F88_8B54_5735_151D),
];

// erfc on [1.25, 1/0.35).
const RA: [f64; 8] = [
    f64::from_bits(0xBF84_3412_600D_6435),
    f64::from_bits(0xBFE6_3416_E4BA_7360),
    f64::from_bits(0xC025_1E04_41B0_E726),
    f64::from_bits(0xC04F_300A_E4CB_A38D),
    f64::from_bits(0xC064_4CB1_8428_2266),
    f64::from_bits(0xC067_135C_EBCC_ABB2),
    f64::from_bits(0xC054_5265_57E4_D2F2),
    f64::from_bits(0xC023_A0EF_C69A_C25C),
];
const SA: [f64; 8] = [
    f64::from_bits(0x4033_A6B9_BD70_7687),
    f64::from_bits(0x4061_350C_526A_E721),
    f64::from_bits(0x407B_290D_D58A_1A71),
    f64::from_bits(0x4084_2B19_21EC_2868),
    f64::from_bits(0x407A_D021_5770_0314),
    f64::from_bits(0x405B_28A3_EE48_AE2C),
    f64::from_bits(0x401A_47EF_8E48_4A93),
    f64::from_bits(0xBFAE_EFF2_EE74_9A62),
];

// erfc on [1/0.35, 28).
const RB: [f64; 7] = [
    f64::from_bits(0xBF84_3412_39E8_6F4A),
    f64::from_bits(0xBFE9_93BA_70C2_85DE),
    f64::from_bits(0xC031_C209_555F_995A),
    f64::from_bits(0xC064_145D_43C5_ED98),
    f64::from_bits(0xC083_EC88_1375_F228),
    f64::from_bits(0xC090_0461_6A2E_5992),
    f64::from_bits(0xC07E_384E_9BDC_383F),
];
const SB: [f64; 7] = [
    f64::from_bits(0x403E_568B_261D_5190),
    f64::from_bits(0x4074_5CAE_221B_9F0A),
    f64::from_bits(0x4098_02EB_189D_5118),
    f64::from_bits(0x40A8_FFB7_688C_246A),
    f64::from_bits(0x40A3_F219_CEDF_3BE6),
    f64::from_bits(0x407D_A874_E79F_E763),
    f64::from_bits(0xC036_70E2_4271_2D62),
];

/// A result so small that `1 - TINY` rounds to 1 and `TINY * TINY` to 0.
const TINY: f64 = 1e-300;

/// The high 32 bits of `x`, sign included.
fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// `x·(P(x²)/Q(x²))` for the innermost interval: the `y` of `erf(x) = x + x·y`.
fn small_ratio(x: f64) -> f64 {
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[0];
    let s2 = QQ[1] + z * QQ[2];
    let s3 = QQ[3] + z * QQ[4];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// `P(s)/Q(s)` around 1, with `s = |x| - 1`.
fn near_one(x: f64) -> f64 {
    let s = x.abs() - 1.0;
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[0];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[1] + s * QA[2];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[3] + s * QA[4];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[5];
    p / q
}

/// `R(s)/S(s)` for `s = 1/x²`, with the fit below `1/0.35` when `low` holds.
fn tail_ratio(s: f64, low: bool) -> f64 {
    let s2 = s * s;
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    if low {
        let s8 = s4 * s4;
        let r = (RA[0] + s * RA[1])
            + s2 * (RA[2] + s * RA[3])
            + s4 * (RA[4] + s * RA[5])
            + s6 * (RA[6] + s * RA[7]);
        let q = (1.0 + s * SA[0])
            + s2 * (SA[1] + s * SA[2])
            + s4 * (SA[3] + s * SA[4])
            + s6 * (SA[5] + s * SA[6])
            + s8 * SA[7];
        r / q
    } else {
        let r =
            (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
        let q = (1.0 + s * SB[0])
            + s2 * (SB[1] + s * SB[2])
            + s4 * (SB[3] + s * SB[4])
            + s6 * (SB[5] + s * SB[6]);
        r / q
    }
}

/// `x·erfc(x)` for `|x| = a` in `[1.25, 28)`: `exp(-a² - 0.5625 + R/S)` with the square split.
fn scaled_tail(a: f64, low: bool) -> f64 {
    let s = 1.0 / (a * a);
    let ratio = tail_ratio(s, low);
    let z = f64::from_bits(a.to_bits() & 0xFFFF_FFFF_0000_0000);
    (-z * z - 0.5625).exp() * ((z - a) * (z + a) + ratio).exp()
}

/// The error function.
pub fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x7FF0_0000 {
        // NaN stays NaN; erf(±inf) = ±1.
        let sign = if hx < 0 { 1.0 } else { 0.0 };
        return (1.0 - 2.0 * sign) + 1.0 / x;
    }
    if ix < 0x3FEB_0000 {
        if ix < 0x3E30_0000 {
            if ix < 0x0080_0000 {
                // Scaled to avoid a spurious underflow for tiny arguments.
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x);
    }
    if ix < 0x3FF4_0000 {
        let r = near_one(x);
        return if hx >= 0 { ERX + r } else { -ERX - r };
    }
    if ix >= 0x4018_0000 {
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let a = x.abs();
    let r = scaled_tail(a, ix < 0x4006_DB6E);
    if hx >= 0 {
        1.0 - r / a
    } else {
        r / a - 1.0
    }
}

/// The complementary error function, `1 - erf(x)` without the cancellation.
pub fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7FFF_FFFF;
    if ix >= 0x7FF0_0000 {
        // NaN stays NaN; erfc(+inf) = 0, erfc(-inf) = 2.
        let sign = if hx < 0 { 2.0 } else { 0.0 };
        return sign + 1.0 / x;
    }
    if ix < 0x3FEB_0000 {
        if ix < 0x3C70_0000 {
            return 1.0 - x;
        }
        let y = small_ratio(x);
        if hx < 0x3FD0_0000 {
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3FF4_0000 {
        let r = near_one(x);
        return if hx >= 0 {
            (1.0 - ERX) - r
        } else {
            1.0 + (ERX + r)
        };
    }
    if ix < 0x403C_0000 {
        let low = ix < 0x4006_DB6D;
        if hx < 0 && !low && ix >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let a = x.abs();
        let r = scaled_tail(a, low);
        return if hx > 0 { r / a } else { 2.0 - r / a };
    }
    if hx > 0 {
        TINY * TINY
    } else {
        2.0 - TINY
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_values_and_symmetry() {
        assert_eq!(erf(0.0), 0.0);
        assert_eq!(erf(f64::INFINITY), 1.0);
        assert_eq!(erf(f64::NEG_INFINITY), -1.0);
        assert!(erf(f64::NAN).is_nan() && erfc(f64::NAN).is_nan());
        assert_eq!(erfc(0.0), 1.0);
        assert_eq!(erfc(f64::INFINITY), 0.0);
        assert_eq!(erfc(f64::NEG_INFINITY), 2.0);
        assert_eq!(erfc(30.0), 0.0);
        assert_eq!(erfc(-30.0), 2.0);
        for i in 0..2000 {
            let x = i as f64 / 97.0;
            assert_eq!(erf(-x), -erf(x), "erf is odd at {x}");
            let sum = erf(x) + erfc(x);
            assert!((sum - 1.0).abs() < 1e-15, "erf + erfc = {sum} at {x}");
        }
    }
}
