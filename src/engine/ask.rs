//! The rules' view of what is known: [`Ask`] answers their questions from the knowledge,
//! records what they read, and stops a rule with a [`Split`] where the knowledge cannot
//! answer; [`Tri`] is what a condition read without splitting says.

use crate::engine::trace::Trace;
use crate::facts::knowledge::{facts_of_field, ChoiceFact, FactSet, FlagFact, Knowledge, SetFact};
use crate::facts::vocabulary::{Authorisation, Keyword};
use crate::facts::{Date, Field, FieldKind};
use crate::law::dates::Milestone;

/// A question the knowledge could not answer: evaluate again with the fact's
/// candidates narrowed to `mask`, and again with the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split {
    /// The fact to split.
    pub fact: usize,
    /// The candidates of one half.
    pub mask: u64,
}

/// What is known of a yes/no fact without splitting on it: for conditions, where an
/// unknown answer is itself a result (the condition stays open).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Tri {
    /// Known to hold.
    Met,
    /// Known not to hold.
    Unmet,
    /// Not known.
    Unknown,
}

/// In a log of questions, a question that told every value of the fact apart.
pub const EVERY_VALUE: u64 = u64::MAX;

/// The rules' view of the knowledge: answers questions, records what was read.
pub struct Ask<'k> {
    knowledge: &'k Knowledge,
    reads: FactSet,
    /// Facts read without splitting (conditions, duties) that were not known.
    unsettled: FactSet,
    /// When logging: every (fact, mask) the rules asked about a fact of `logged`, so
    /// that the values a rule tells apart can be recovered (for counterfactuals).
    log: Option<Vec<(usize, u64)>>,
    logged: FactSet,
}

impl<'k> Ask<'k> {
    /// Starts asking.
    pub fn new(knowledge: &'k Knowledge) -> Self {
        Self { knowledge, reads: FactSet::default(), unsettled: FactSet::default(), log: None, logged: FactSet::default() }
    }

    /// Starts asking, logging every question about the facts of `logged`.
    pub fn logging(knowledge: &'k Knowledge, logged: FactSet) -> Self {
        Self { knowledge, reads: FactSet::default(), unsettled: FactSet::default(), log: Some(Vec::new()), logged }
    }

    /// The questions asked, when logging.
    pub fn into_log(self) -> Vec<(usize, u64)> {
        self.log.unwrap_or_default()
    }

    // Inlined: the rules ask about a hundred questions per evaluation and an empty
    // description is evaluated a thousand times; the module is built for size, which
    // otherwise leaves these few instructions behind a call each time.
    #[inline(always)]
    fn note(&mut self, fact: usize, mask: u64) {
        self.reads.insert(fact);
        if self.log.is_some() {
            self.log_question(fact, mask);
        }
    }

    /// Logs a question. Only questions about the facts the description gives are
    /// logged: they are what counterfactuals change. Unknown facts show up as splits
    /// instead, and the facts a split has narrowed deep in an exploration are not logged
    /// (an empty description spent three quarters of its exploration logging them).
    #[inline(never)]
    fn log_question(&mut self, fact: usize, mask: u64) {
        if let Some(log) = &mut self.log {
            if self.logged.contains(fact) && !log.contains(&(fact, mask)) {
                log.push((fact, mask));
            }
        }
    }

    /// Notes a question that tells every value apart (a value read as a whole), as the
    /// mask [`EVERY_VALUE`].
    fn note_every_value(&mut self, fact: usize) {
        self.note(fact, EVERY_VALUE);
    }

    /// The facts read so far.
    pub fn reads(&self) -> FactSet {
        self.reads
    }

    /// The facts read without splitting that were not known: the answers a leaf's open
    /// conditions and duties wait for.
    pub fn unsettled(&self) -> FactSet {
        self.unsettled
    }

    /// The date of use. Always known, so asking never splits.
    pub fn date(&self) -> Date {
        self.knowledge.date()
    }

    /// Whether a group of provisions applies on the date of use (Article 113).
    pub fn applies(&self, milestone: &Milestone) -> bool {
        milestone.date <= self.knowledge.date()
    }

    /// Whether the fact takes one of the values in `mask`; splits when unknown.
    #[inline(always)]
    fn within(&mut self, fact: usize, mask: u64) -> Result<bool, Split> {
        self.note(fact, mask);
        let candidates = self.knowledge.candidates(fact);
        if candidates & !mask == 0 {
            Ok(true)
        } else if candidates & mask == 0 {
            Ok(false)
        } else {
            Err(Split { fact, mask })
        }
    }

    /// Whether a choice fact has this value.
    pub fn is<T: Keyword>(&mut self, fact: ChoiceFact<T>, value: T) -> Result<bool, Split> {
        self.within(fact.index(), 1 << value.index())
    }

    /// Whether a choice fact has one of these values.
    pub fn is_any<T: Keyword>(&mut self, fact: ChoiceFact<T>, values: &[T]) -> Result<bool, Split> {
        let mask = values.iter().fold(0, |mask, value| mask | 1 << value.index());
        self.within(fact.index(), mask)
    }

    /// The value of a choice fact.
    pub fn value<T: Keyword>(&mut self, fact: ChoiceFact<T>) -> Result<T, Split> {
        self.note_every_value(fact.index());
        let candidates = self.knowledge.candidates(fact.index());
        match self.knowledge.value(fact.index()).and_then(T::from_index) {
            Some(value) => Ok(value),
            // Split off the lowest candidate: each half is narrower than the whole.
            None => Err(Split { fact: fact.index(), mask: candidates & candidates.wrapping_neg() }),
        }
    }

    /// A yes/no fact.
    pub fn flag(&mut self, fact: FlagFact) -> Result<bool, Split> {
        self.within(fact.index(), 0b10)
    }

    /// Whether a set field contains this element.
    pub fn has<T: Keyword>(&mut self, fact: SetFact<T>, element: T) -> Result<bool, Split> {
        self.within(fact.index() + element.index(), 0b10)
    }

    /// Whether a set field contains any of these elements. Known elements answer
    /// first; otherwise the first unknown one is split on.
    pub fn has_any<T: Keyword>(&mut self, fact: SetFact<T>, elements: &[T]) -> Result<bool, Split> {
        let mut first_unknown = None;
        for element in elements {
            let index = fact.index() + element.index();
            self.note(index, 0b10);
            match self.knowledge.candidates(index) {
                0b10 => return Ok(true),
                0b01 => {}
                _ => {
                    first_unknown.get_or_insert(index);
                }
            }
        }
        match first_unknown {
            None => Ok(false),
            Some(fact) => Err(Split { fact, mask: 0b10 }),
        }
    }

    /// What is known of a yes/no fact, without splitting.
    pub fn peek(&mut self, fact: FlagFact) -> Tri {
        self.note(fact.index(), 0b10);
        match self.knowledge.candidates(fact.index()) {
            0b10 => Tri::Met,
            0b01 => Tri::Unmet,
            _ => {
                self.unsettled.insert(fact.index());
                Tri::Unknown
            }
        }
    }

    /// What is known of a choice fact, without splitting.
    pub fn peek_value<T: Keyword>(&mut self, fact: ChoiceFact<T>) -> Option<T> {
        self.peek_fact(fact.index()).and_then(T::from_index)
    }

    /// The known value of a fact given by index, without splitting.
    pub fn peek_fact(&mut self, fact: usize) -> Option<usize> {
        self.note_every_value(fact);
        let value = self.knowledge.value(fact);
        if value.is_none() {
            self.unsettled.insert(fact);
        }
        value
    }

    /// Whether a fact given by index is known to take (or known not to take) a value in
    /// `mask`; `None` when that is not known. Never splits.
    pub fn fact_within_known(&mut self, fact: usize, mask: u64) -> Option<bool> {
        self.note(fact, mask);
        let candidates = self.knowledge.candidates(fact);
        if candidates & !mask == 0 {
            Some(true)
        } else if candidates & mask == 0 {
            Some(false)
        } else {
            self.unsettled.insert(fact);
            None
        }
    }

    /// Whether a fact given by index takes a value in `mask` (for policies, whose
    /// conditions name fields at run time).
    pub fn fact_within(&mut self, fact: usize, mask: u64) -> Result<bool, Split> {
        self.within(fact, mask)
    }
}

/// Runs a part of the reasoning that cannot change the verdict (a definition worth
/// stating, a note on other law, the details of an obligation) on known facts only:
/// where it would need a fact that is not known, it is left out and anything it
/// recorded is discarded, instead of splitting the evaluation.
pub fn known_only<T>(
    ask: &mut Ask<'_>,
    out: &mut Trace,
    part: impl FnOnce(&mut Ask<'_>, &mut Trace) -> Result<T, Split>,
) -> Option<T> {
    let mark = out.mark();
    match part(ask, out) {
        Ok(value) => Some(value),
        Err(_) => {
            out.rewind(mark);
            None
        }
    }
}

/// Whether a safeguard is in place, for the fields that say so (flags, and the
/// authorisation, which counts when granted or requested in a duly justified urgency).
pub fn safeguard_status(ask: &mut Ask<'_>, field: Field) -> Option<Tri> {
    let fact = facts_of_field(field).start;
    let known = ask.peek_fact(fact);
    match field.kind() {
        FieldKind::Flag => Some(match known {
            Some(1) => Tri::Met,
            Some(_) => Tri::Unmet,
            None => Tri::Unknown,
        }),
        FieldKind::Choice(_) if field == Field::SafeguardAuthorisation => {
            Some(match known.and_then(Authorisation::from_index) {
                Some(Authorisation::Granted | Authorisation::UrgentRequested) => Tri::Met,
                Some(Authorisation::None) => Tri::Unmet,
                None => Tri::Unknown,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::knowledge::facts;
    use crate::facts::vocabulary::{Attribute, Purpose};

    #[test]
    fn unknown_facts_split_known_facts_answer() {
        let knowledge = Knowledge::unknown();
        let mut ask = Ask::new(&knowledge);
        assert!(matches!(ask.is(facts::PURPOSE, Purpose::LawEnforcement), Err(Split { .. })));
        let known = knowledge.with(facts::PURPOSE.index(), Purpose::LawEnforcement.index());
        let mut ask = Ask::new(&known);
        assert_eq!(ask.is(facts::PURPOSE, Purpose::LawEnforcement), Ok(true));
        assert_eq!(ask.is(facts::PURPOSE, Purpose::Commercial), Ok(false));
    }

    #[test]
    fn has_any_answers_from_known_elements_first() {
        let knowledge = Knowledge::unknown().with(facts::ATTRIBUTES.index() + Attribute::Race.index(), 1);
        let mut ask = Ask::new(&knowledge);
        assert_eq!(ask.has_any(facts::ATTRIBUTES, Attribute::ARTICLE_5_1_G), Ok(true));
    }
}
