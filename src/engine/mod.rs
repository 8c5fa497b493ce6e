//! The reasoning machinery shared by every regime: the rules' view of the facts
//! (`ask`), verdicts, the record of findings, and the exploration of what an incomplete
//! description allows. It knows no regime: it explores anything that implements
//! [`Rules`].

use ask::{Ask, Split};
use trace::Trace;
use verdict::Leaf;

/// A body of rules the explorer can evaluate: it reads facts only through [`Ask`]
/// (stopping with a [`Split`] where a fact it needs is not known) and records its
/// reasoning in a [`Trace`].
pub trait Rules {
    /// Evaluates the rules on what is known.
    fn evaluate(&self, ask: &mut Ask<'_>, out: &mut Trace) -> Result<Leaf, Split>;
}

pub mod ask;
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
