//! Exploring what an incomplete description allows.
//!
//! A regime is evaluated on the knowledge; when it needs a fact that is not known it
//! stops with a split, and both halves are evaluated in turn. The leaves are the
//! verdicts of every completion of the facts that matter, grouped into the classes
//! the law tells apart, so the set of their verdicts is exactly what remains
//! possible. What every leaf records in common is what holds whatever the missing
//! facts turn out to be: that is what the report shows.

use super::trace::{Item, Trace};
use super::verdict::{Verdict, VerdictSet};
use crate::facts::knowledge::{Ask, FactSet, Knowledge, EVERY_VALUE};
use crate::regimes::Regime;

/// At most this many evaluations per exploration. Past the budget every verdict is
/// counted as possible, which stays sound; it is reached only when most facts are still
/// unknown, and then nearly every verdict is possible anyway.
pub const BUDGET: usize = 1024;

/// What exploring a regime found.
#[derive(Clone, Debug, Default)]
pub struct Exploration {
    /// The verdicts of the leaves.
    pub definite: VerdictSet,
    /// Some conditional leaf has conditions not yet known to hold.
    pub open_conditions: bool,
    /// The budget ran out before every leaf was reached.
    pub exhausted: bool,
    /// The number of leaves.
    pub leaves: usize,
    /// Every fact any evaluation read.
    pub reads: FactSet,
    /// Every split made, as (fact, mask).
    pub splits: Vec<(usize, u64)>,
    /// Every question asked about a fact known from the start, as (fact, mask), when
    /// recording.
    pub questions: Vec<(usize, u64)>,
    /// The items every leaf recorded, in the order of the first leaf, when recording.
    pub common: Vec<Item>,
}

impl Exploration {
    /// The verdicts still possible. A conditional verdict with open conditions also
    /// admits `prohibited` (if a condition turns out unmet) once the outcome is
    /// uncertain anyway; a single conditional verdict already says so itself.
    pub fn possible(&self) -> VerdictSet {
        if self.exhausted {
            return VerdictSet::ALL;
        }
        let mut possible = self.definite;
        if possible.len() > 1 && self.open_conditions && possible.contains(Verdict::Conditional) {
            possible.insert(Verdict::Prohibited);
        }
        possible
    }

    /// The verdict, or `None` while the outcome is open (`incomplete`).
    pub fn verdict(&self) -> Option<Verdict> {
        if self.exhausted {
            None
        } else {
            self.definite.single()
        }
    }
}

/// Explores a regime from what is known. With `record`, leaves record their reasoning
/// and the questions they ask, and the exploration keeps what all leaves share.
pub fn explore(regime: &Regime<'_>, start: &Knowledge, record: bool) -> Exploration {
    explore_within(regime, start, record, BUDGET)
}

/// [`explore`] with a budget of evaluations other than [`BUDGET`].
pub fn explore_within(regime: &Regime<'_>, start: &Knowledge, record: bool, budget: usize) -> Exploration {
    let mut result = Exploration::default();
    let mut pending = Vec::with_capacity(32);
    pending.push(start.clone());
    let mut first_leaf = true;
    let mut evaluations = 0;
    // Silent explorations, the many made to weigh answers, log nothing: no need to list.
    let known_at_start = if record { start.known_facts() } else { FactSet::default() };
    while let Some(knowledge) = pending.pop() {
        // Every verdict is possible already and the leaves share nothing: the rest of
        // the tree cannot change the outcome (only list more facts that are open).
        if result.definite == VerdictSet::ALL && (!record || (!first_leaf && result.common.is_empty())) {
            break;
        }
        evaluations += 1;
        if evaluations > budget {
            result.exhausted = true;
            result.common.clear();
            break;
        }
        let mut ask = if record { Ask::logging(&knowledge, known_at_start) } else { Ask::new(&knowledge) };
        // Once the leaves share nothing, later leaves cannot add to what they share.
        let keep_items = record && (first_leaf || !result.common.is_empty());
        let mut trace = if keep_items { Trace::recording() } else { Trace::silent() };
        let outcome = regime.evaluate(&mut ask, &mut trace);
        result.reads = result.reads.union(ask.reads());
        if record {
            for question in ask.into_log() {
                if !result.questions.contains(&question) {
                    result.questions.push(question);
                }
            }
        }
        match outcome {
            Ok(leaf) => {
                result.leaves += 1;
                result.definite.insert(leaf.verdict);
                result.open_conditions |= leaf.open_conditions;
                if keep_items {
                    let items = trace.into_items();
                    if first_leaf {
                        result.common = items;
                    } else {
                        result.common.retain(|item| items.contains(item));
                    }
                }
                first_leaf = false;
            }
            Err(split) => {
                if !result.splits.contains(&(split.fact, split.mask)) {
                    result.splits.push((split.fact, split.mask));
                }
                let [inside, outside] = knowledge.split(split);
                // Depth first, the "inside" half first, so the first leaf follows the
                // first answer each question names.
                pending.push(outside);
                pending.push(inside);
            }
        }
    }
    result
}

/// The classes of values that a set of questions tells apart: the atoms of the
/// partition of `candidates` by every mask.
pub fn atoms(candidates: u64, masks: impl Iterator<Item = u64>) -> Vec<u64> {
    let mut atoms = vec![candidates];
    for mask in masks {
        if mask == EVERY_VALUE {
            // Every value told apart: the atoms are the single values.
            atoms = (0..64).map(|bit| 1u64 << bit).filter(|bit| candidates & bit != 0).collect();
            break;
        }
        atoms = atoms
            .into_iter()
            .flat_map(|atom| [atom & mask, atom & !mask])
            .filter(|atom| *atom != 0)
            .collect();
    }
    super::sort_small_by_key(&mut atoms, |atom| atom.trailing_zeros());
    atoms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoms_partition_the_candidates() {
        assert_eq!(atoms(0b1111, [0b0011, 0b0110].into_iter()), [0b0001, 0b0010, 0b0100, 0b1000]);
        assert_eq!(atoms(0b111, [0b001].into_iter()), [0b001, 0b110]);
        assert_eq!(atoms(0b10, std::iter::empty()), [0b10]);
        assert_eq!(atoms(0b101, [0b001, EVERY_VALUE].into_iter()), [0b001, 0b100]);
    }

    #[test]
    fn only_questions_about_given_facts_are_logged() {
        // Real-time or post is the one fact given; the splits make others known in the
        // leaves, but only the given fact is a candidate for a counterfactual.
        let timing = crate::facts::knowledge::facts::TIMING.index();
        let start = Knowledge::unknown().with(timing, 0);
        let exploration = explore(&Regime::EuAiAct, &start, true);
        assert!(!exploration.questions.is_empty());
        assert!(exploration.questions.iter().all(|(fact, _)| *fact == timing));
    }

    #[test]
    fn an_empty_description_leaves_every_verdict_open() {
        let exploration = explore(&Regime::EuAiAct, &Knowledge::unknown(), false);
        assert_eq!(exploration.verdict(), None);
        assert_eq!(exploration.possible(), VerdictSet::ALL);
    }
}
