//! Giving freed memory back to the system. The C library's allocator keeps the pages of freed
//! small blocks in its free lists; after a large release (an ETS table of millions of objects
//! deleted), [`give_back`] asks it to return every whole free page, as erl's allocators give
//! back their emptied carriers.

/// Returns the allocator's whole free pages to the system (glibc's `malloc_trim(0)`); nothing
/// elsewhere.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` takes no pointers and only walks the allocator's own free lists
    // under its own locks; it is safe to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}
