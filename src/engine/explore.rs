//! Exploring what an incomplete description allows.
//!
//! A regime is evaluated on the knowledge; when it needs a fact that is not known it
//! stops with a split, and both halves are evaluated in turn. The leaves are the
//! verdicts of every completion of the facts that matter, grouped into the classes
//! the law tells apart, so the set of their verdicts is exactly what remains
//! possible. What every leaf records in common is what holds whatever the missing
//! facts turn out to be: that is what the report shows.

use super::trace::{Item, Trace};
use super::Rules;
use super::verdict::{Leaf, Reason, Verdict, VerdictSet};
use crate::facts::knowledge::{fact_domain, FactSet, Knowledge, FACT_COUNT};
use crate::engine::ask::{Ask, EVERY_VALUE};

/// At most this many evaluations per exploration. Past the budget every verdict is
/// counted as possible, which stays sound but is no longer exact. The largest trees
/// found over 3,000 generated descriptions have 2,301 leaves for the AI Act and 3,576
/// for the AI Act and data protection law together (an evaluation per leaf and per
/// split, so about twice as many evaluations): every exploration of the built-in
/// regimes completes. The budget bounds what a city's policy with many rules could cost.
pub const BUDGET: usize = 16_384;

/// At most this many ways to each verdict are kept: the shortest, each with its own reason.
const WAYS_PER_VERDICT: usize = 3;

/// One way an undecided description can turn out: the answers to its open questions
/// that lead to a verdict, and the finding that then decides it.
#[derive(Clone, Debug, PartialEq)]
pub struct Way {
    /// The verdict these answers lead to.
    pub verdict: Verdict,
    /// The answers, as (fact, values still possible), in fact order. Facts the
    /// description already gives are not listed.
    pub answers: Vec<(usize, u64)>,
    /// What decides the verdict then.
    pub reason: Reason,
}

/// What exploring a regime found.
#[derive(Clone, Debug, Default)]
pub struct Exploration {
    /// The verdicts of the leaves.
    pub definite: VerdictSet,
    /// Some leaf has a condition or duty, read without splitting, whose answer is not
    /// known and could make the use prohibited.
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
    /// When recording: the shortest ways to each possible verdict, strictest first.
    pub ways: Vec<Way>,
}

impl Exploration {
    /// The verdicts still possible. When the outcome is uncertain anyway, a leaf with an
    /// open condition also makes `prohibited` possible: answering that condition "no"
    /// prohibits the use (a single conditional verdict already says so itself).
    pub fn possible(&self) -> VerdictSet {
        if self.exhausted {
            return VerdictSet::ALL;
        }
        let mut possible = self.definite;
        if possible.len() > 1 && self.open_conditions {
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

    /// Keeps a way if it is among the shortest to its verdict.
    fn keep_way(&mut self, way: Way) {
        let same_reason = self.ways.iter().position(|w| w.verdict == way.verdict && w.reason == way.reason);
        if let Some(index) = same_reason {
            if let Some(kept) = self.ways.get_mut(index) {
                if way.answers.len() < kept.answers.len() {
                    *kept = way;
                }
            }
            return;
        }
        let to_verdict = self.ways.iter().filter(|w| w.verdict == way.verdict).count();
        if to_verdict < WAYS_PER_VERDICT {
            self.ways.push(way);
            return;
        }
        let longest = self
            .ways
            .iter()
            .enumerate()
            .filter(|(_, w)| w.verdict == way.verdict)
            .max_by_key(|(_, w)| w.answers.len())
            .map(|(index, w)| (index, w.answers.len()));
        if let Some((index, length)) = longest {
            if way.answers.len() < length {
                if let Some(slot) = self.ways.get_mut(index) {
                    *slot = way;
                }
            }
        }
    }
}

/// Explores a regime from what is known. With `record`, leaves record their reasoning
/// and the questions they ask, and the exploration keeps what all leaves share and the
/// ways to each verdict.
pub fn explore<R: Rules + ?Sized>(regime: &R, start: &Knowledge, record: bool) -> Exploration {
    explore_within(regime, start, record, BUDGET)
}

/// [`explore`] with a budget of evaluations other than [`BUDGET`].
pub fn explore_within<R: Rules + ?Sized>(regime: &R, start: &Knowledge, record: bool, budget: usize) -> Exploration {
    let (mut result, open_leaf) = walk(regime, start, start, record, budget);
    if let Some((leaf, unsettled)) = open_leaf {
        if result.possible().contains(Verdict::Prohibited) && !result.ways.iter().any(|w| w.verdict == Verdict::Prohibited) {
            if let Some(way) = prohibiting_answer(regime, start, &leaf, unsettled) {
                result.keep_way(way);
            }
        }
    }
    super::sort_small_by_key(&mut result.ways, |way| (u8::MAX - way.verdict.strictness(), way.answers.len()));
    result
}

/// The exploration itself. With `record`, also returns the open leaf reached with the
/// fewest answers and the facts it left unsettled.
fn walk<R: Rules + ?Sized>(
    regime: &R,
    start: &Knowledge,
    origin: &Knowledge,
    record: bool,
    budget: usize,
) -> (Exploration, Option<(Knowledge, FactSet)>) {
    let mut result = Exploration::default();
    let mut open_leaf: Option<(Knowledge, FactSet, usize)> = None;
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
        let unsettled = ask.unsettled();
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
                if record {
                    record_leaf(&mut result, &mut open_leaf, origin, knowledge, leaf, unsettled);
                }
                first_leaf = false;
            }
            Err(split) => {
                if !result.splits.contains(&(split.fact, split.mask)) {
                    result.splits.push((split.fact, split.mask));
                }
                let [inside, outside] = knowledge.split(split.fact, split.mask);
                // Depth first, the "inside" half first, so the first leaf follows the
                // first answer each question names.
                pending.push(outside);
                pending.push(inside);
            }
        }
    }
    (result, open_leaf.map(|(knowledge, unsettled, _)| (knowledge, unsettled)))
}

/// Keeps a leaf's way to its verdict, and the open leaf with the fewest answers.
fn record_leaf(
    result: &mut Exploration,
    open_leaf: &mut Option<(Knowledge, FactSet, usize)>,
    origin: &Knowledge,
    knowledge: Knowledge,
    leaf: Leaf,
    unsettled: FactSet,
) {
    let answers = answers_between(origin, &knowledge);
    let length = answers.len();
    result.keep_way(Way { verdict: leaf.verdict, answers, reason: leaf.reason });
    if leaf.open_conditions && open_leaf.as_ref().is_none_or(|(_, _, shortest)| length < *shortest) {
        *open_leaf = Some((knowledge, unsettled, length));
    }
}

/// The facts narrowed between two states of knowledge, with their values in `later`.
fn answers_between(earlier: &Knowledge, later: &Knowledge) -> Vec<(usize, u64)> {
    (0..FACT_COUNT)
        .filter(|fact| later.candidates(*fact) != earlier.candidates(*fact))
        .map(|fact| (fact, later.candidates(fact)))
        .collect()
}

/// A way to `prohibited` from an open leaf: one of the answers it waits for given the
/// other way. Found by trying them, so that the way shown is one the rules really take.
fn prohibiting_answer<R: Rules + ?Sized>(regime: &R, origin: &Knowledge, leaf: &Knowledge, unsettled: FactSet) -> Option<Way> {
    for fact in unsettled.iter() {
        for value in 0..fact_domain(fact) {
            if leaf.candidates(fact) & (1 << value) == 0 {
                continue;
            }
            let answered = leaf.with(fact, value);
            let (found, _) = walk(regime, &answered, origin, true, BUDGET);
            if let Some(way) = found.ways.into_iter().find(|way| way.verdict == Verdict::Prohibited) {
                return Some(way);
            }
        }
    }
    None
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
    use crate::regimes::Regime;

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
