//! The reasoning machinery shared by every regime: verdicts, the record of findings,
//! and the exploration of what an incomplete description allows.

pub mod explore;
pub mod trace;
pub mod verdict;

/// Sorts a short list in place by a key, stably. The lists the engine sorts have a
/// few dozen entries at most; a simple insertion sort keeps the general-purpose sort
/// (several kilobytes per element type) out of the WebAssembly module.
pub fn sort_small_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for end in 1..items.len() {
        let mut index = end;
        while index > 0 && items.get(index - 1).map(&key) > items.get(index).map(&key) {
            items.swap(index - 1, index);
            index -= 1;
        }
    }
}
