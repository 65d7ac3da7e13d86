//! Building whole maps from pairs: a flatmap with sorted keys when there are at most
//! [`FLATMAP_LIMIT`] distinct keys, a hash trie otherwise — the representation ERTS chooses for
//! `maps:from_list/1`, map literals and decoded maps.

use super::cmp_exact;
use super::layout::{new_flatmap, FLATMAP_LIMIT};
use super::trie::{build, sort_and_dedupe, Entry};
use crate::heap::TermAlloc;
use crate::term::Term;
use std::cmp::Ordering;

/// What to do with a key that occurs more than once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duplicates {
    /// The last occurrence wins (`maps:from_list/1`, map construction).
    LastWins,
    /// A duplicate is an error (decoding the external term format).
    Reject,
}

/// Builds a flatmap from pairs with distinct keys, in any order.
pub(crate) fn flatmap_from_unique(heap: &mut impl TermAlloc, mut pairs: Vec<(Term, Term)>) -> Term {
    debug_assert!(pairs.len() <= FLATMAP_LIMIT);
    pairs.sort_by(|a, b| cmp_exact(a.0, b.0));
    let keys: Vec<Term> = pairs.iter().map(|p| p.0).collect();
    let values: Vec<Term> = pairs.iter().map(|p| p.1).collect();
    new_flatmap(heap, &keys, &values)
}

/// Builds a map from `pairs`. With [`Duplicates::Reject`], a repeated key is returned as the
/// error; otherwise the last pair of a repeated key wins.
pub fn map_from_pairs(
    heap: &mut impl TermAlloc,
    pairs: &[(Term, Term)],
    duplicates: Duplicates,
) -> Result<Term, Term> {
    let reject = duplicates == Duplicates::Reject;
    if pairs.len() <= FLATMAP_LIMIT {
        // Stable sort keeps input order among equal keys, so the last one is the winner.
        let mut sorted = pairs.to_vec();
        sorted.sort_by(|a, b| cmp_exact(a.0, b.0));
        let mut unique: Vec<(Term, Term)> = Vec::with_capacity(sorted.len());
        for pair in sorted {
            match unique.last_mut() {
                Some(last) if cmp_exact(last.0, pair.0) == Ordering::Equal => {
                    if reject {
                        return Err(pair.0);
                    }
                    *last = pair;
                }
                _ => unique.push(pair),
            }
        }
        let keys: Vec<Term> = unique.iter().map(|p| p.0).collect();
        let values: Vec<Term> = unique.iter().map(|p| p.1).collect();
        return Ok(new_flatmap(heap, &keys, &values));
    }
    let mut entries: Vec<Entry> = pairs.iter().map(|&(k, v)| Entry::new(k, v)).collect();
    sort_and_dedupe(&mut entries, reject)?;
    if entries.len() <= FLATMAP_LIMIT {
        let unique = entries.iter().map(|e| (e.key, e.value)).collect();
        return Ok(flatmap_from_unique(heap, unique));
    }
    Ok(build(heap, &mut entries))
}
