//! Which unknown facts would narrow an open outcome, most decisive first.
//!
//! Every fact an exploration had to split on is a candidate. For each candidate and
//! each class of its values that the rules tell apart, the regimes are explored again
//! with the fact narrowed to that class. A question is decisive when some answer
//! narrows the overall outcome; among decisive questions, the one whose worst answer
//! leaves the fewest verdicts open comes first.

use super::Selected;
use crate::engine::explore::{atoms, explore_within, Exploration};
use crate::engine::sort_small_by_key;
use crate::engine::verdict::VerdictSet;
use crate::facts::knowledge::{fact, Knowledge};
use crate::facts::Field;

/// At most this many facts are weighed answer by answer; with more open, questions
/// follow the law's order instead.
const MAX_CANDIDATES: usize = 12;

/// The budget of each exploration made to weigh an answer.
const NARROWED_BUDGET: usize = 1024;

/// A question with what it would decide.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// The field to ask.
    pub field: Field,
    /// The fact it decides (for a set field, one element).
    pub fact: usize,
    /// When weighed answer by answer: each class of answers, with the overall verdicts
    /// it would leave possible.
    pub answers: Vec<(u64, VerdictSet)>,
    /// The regimes whose outcome some answer would narrow.
    pub regimes: Vec<String>,
    /// Whether some answer narrows the overall outcome.
    narrows_overall: bool,
    /// The most overall verdicts any answer leaves open.
    worst_overall: usize,
    /// Summed over regimes, the most verdicts any answer leaves open.
    worst_total: usize,
}

/// Ranks the facts that would narrow open outcomes.
pub fn rank(
    selection: &[Selected<'_>],
    knowledge: &Knowledge,
    explorations: &[Exploration],
    overall: VerdictSet,
) -> Vec<Ranked> {
    // Candidates in the order the explorations first split on them, the nearest the
    // root first; when there are too many to weigh, the questionnaire's order decides.
    let mut candidates: Vec<usize> = Vec::new();
    for (fact, _) in explorations.iter().flat_map(|e| e.splits.iter()) {
        if !candidates.contains(fact) {
            candidates.push(*fact);
        }
    }
    let precise = candidates.len() <= MAX_CANDIDATES && explorations.iter().all(|e| !e.exhausted);
    candidates.truncate(MAX_CANDIDATES);

    let mut ranked: Vec<Ranked> = Vec::new();
    for fact_index in candidates {
        // A question whose field is not relevant yet (its function is not chosen, say)
        // waits until it is: another question comes first.
        if fact(fact_index).is_some_and(|def| !super::askable(def.field, knowledge, selection)) {
            continue;
        }
        if !precise {
            // Too much is open to weigh every answer: ask in the questionnaire's order.
            let Some(def) = fact(fact_index) else { continue };
            let regimes = selection
                .iter()
                .zip(explorations)
                .filter(|(_, e)| e.verdict().is_none() && e.splits.iter().any(|(f, _)| *f == fact_index))
                .map(|(s, _)| s.regime.id())
                .collect();
            if !ranked.iter().any(|r| r.field == def.field) {
                ranked.push(Ranked {
                    field: def.field,
                    fact: fact_index,
                    answers: Vec::new(),
                    regimes,
                    narrows_overall: true,
                    worst_overall: 0,
                    worst_total: 0,
                });
            }
            continue;
        }
        let Some(def) = fact(fact_index) else { continue };
        let masks = explorations.iter().flat_map(|e| e.splits.iter()).filter(|(f, _)| *f == fact_index).map(|(_, m)| *m);
        let classes = atoms(knowledge.candidates(fact_index), masks);
        let mut narrows_overall = false;
        let mut worst_overall = 0;
        let mut worst_per_regime = vec![0usize; selection.len()];
        let mut narrowed_regimes = vec![false; selection.len()];
        let mut answers = Vec::with_capacity(classes.len());
        for class in classes {
            let narrowed = knowledge.narrowed(fact_index, class);
            let mut combined: Option<VerdictSet> = None;
            for (index, (selected, before)) in selection.iter().zip(explorations).enumerate() {
                let after = if before.verdict().is_some() {
                    before.possible()
                } else {
                    explore_within(&selected.regime, &narrowed, false, NARROWED_BUDGET).possible()
                };
                if after != before.possible() {
                    if let Some(narrowed) = narrowed_regimes.get_mut(index) {
                        *narrowed = true;
                    }
                }
                if let Some(worst) = worst_per_regime.get_mut(index) {
                    *worst = (*worst).max(after.len());
                }
                if selected.binding {
                    combined = Some(combined.map_or(after, |c| c.combine_strictest(after)));
                }
            }
            let combined = combined.unwrap_or_default();
            answers.push((class, combined));
            narrows_overall |= combined != overall;
            worst_overall = worst_overall.max(combined.len());
        }
        let regimes: Vec<String> = selection
            .iter()
            .zip(&narrowed_regimes)
            .filter(|(_, narrowed)| **narrowed)
            .map(|(selected, _)| selected.regime.id())
            .collect();
        if regimes.is_empty() {
            continue;
        }
        let candidate = Ranked {
            field: def.field,
            fact: fact_index,
            answers,
            regimes,
            narrows_overall,
            worst_overall,
            worst_total: worst_per_regime.iter().sum(),
        };
        match ranked.iter_mut().find(|r| r.field == candidate.field) {
            // A set field has one fact per element: keep its most decisive element.
            Some(existing) if key(&candidate) < key(existing) => *existing = candidate,
            Some(_) => {}
            None => ranked.push(candidate),
        }
    }
    sort_small_by_key(&mut ranked, key);
    ranked
}

/// Most decisive first; among questions that leave as much open overall, the order a
/// person answers in (the offence before its maximum sentence), then the one that
/// narrows the other regimes most.
fn key(ranked: &Ranked) -> (bool, usize, Field, usize) {
    (!ranked.narrows_overall, ranked.worst_overall, ranked.field, ranked.worst_total)
}
