//! The series of heap sizes, and the virtual binary heap's growth rule.
//!
//! Heap blocks take sizes from one fixed series, as in ERTS: it starts 12, 38, then each size is
//! the sum of the two before it plus one (a Fibonacci-like growth: ..., 233, 376, 610, 987, ...)
//! for the first 23 sizes (up to 833026 words); after that each size is 20% larger
//! than the previous one, up to 2^53 bytes.

use std::sync::OnceLock;

/// Default minimum heap size in words (ERTS's `H_DEFAULT_SIZE`).
pub const DEFAULT_MIN_HEAP_SIZE: usize = 233;

/// Default minimum virtual binary heap size in words (ERTS's `VH_DEFAULT_SIZE`).
pub const DEFAULT_MIN_VHEAP_SIZE: usize = 46422;

/// Default number of minor collections between two full sweeps.
pub const DEFAULT_FULLSWEEP_AFTER: usize = 65535;

fn heap_sizes() -> &'static [usize] {
    static SIZES: OnceLock<Vec<usize>> = OnceLock::new();
    SIZES.get_or_init(|| {
        let max = (1usize << 53) / 8;
        let mut sizes = vec![12usize, 38];
        for i in 2..23 {
            let next = sizes[i - 1] + sizes[i - 2] + 1;
            sizes.push(next);
        }
        loop {
            let last = *sizes.last().expect("the series is not empty");
            let next = last + last / 5;
            if next > max {
                break;
            }
            sizes.push(next);
        }
        // ERTS also leaves out the last size that fits (its table keeps one spare entry).
        sizes.pop();
        sizes
    })
}

/// The whole series of heap sizes, smallest first (as `erlang:system_info(heap_sizes)` lists it).
pub fn heap_size_series() -> &'static [usize] {
    heap_sizes()
}

/// The smallest size in the series that is at least `size` (`offset` 0), or the one after it
/// (`offset` 1). Sizes beyond the series return the largest size.
pub fn next_heap_size(size: usize, offset: usize) -> usize {
    let sizes = heap_sizes();
    let index = sizes.partition_point(|&s| s < size);
    let index = (index + offset).min(sizes.len() - 1);
    sizes[index]
}

/// The virtual binary heap limit to use after a collection that found `vheap` words of live
/// binaries, given the current limit `current` and the floor `min`: grown by the golden ratio
/// until it exceeds the live amount, shrunk by a quarter when less than half of it is used.
pub fn next_vheap_size(vheap: usize, current: usize, min: usize) -> usize {
    let mut size = current.max(min);
    if vheap >= size {
        while vheap >= size {
            size = size.saturating_add(size / 2 + size / 8);
        }
    } else if vheap < size / 2 {
        size = (size / 4 * 3).max(min);
    }
    size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_starts_like_erts() {
        let s = heap_size_series();
        assert_eq!(
            &s[..12],
            &[12, 38, 51, 90, 142, 233, 376, 610, 987, 1598, 2586, 4185]
        );
        // Values and length as `erlang:system_info(heap_sizes)` reports them on OTP 25.
        assert_eq!(
            &s[19..27],
            &[196650, 318187, 514838, 833026, 999631, 1199557, 1439468, 1727361]
        );
        assert_eq!(s.len(), 137);
        assert_eq!(*s.last().unwrap(), 885_767_171_276_247);
        assert!(s.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn next_size_rounds_up() {
        assert_eq!(next_heap_size(0, 0), 12);
        assert_eq!(next_heap_size(233, 0), 233);
        assert_eq!(next_heap_size(234, 0), 376);
        assert_eq!(next_heap_size(233, 1), 376);
        assert_eq!(next_heap_size(234, 1), 610);
    }

    #[test]
    fn vheap_limit_grows_and_shrinks() {
        let min = DEFAULT_MIN_VHEAP_SIZE;
        assert_eq!(next_vheap_size(10, min, min), min);
        let grown = next_vheap_size(200_000, min, min);
        assert!(grown > 200_000);
        let shrunk = next_vheap_size(0, grown, min);
        assert!(shrunk < grown && shrunk >= min);
    }
}
