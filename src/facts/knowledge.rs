//! What is known about a deployment, as the rules see it.
//!
//! Every fact the rules can ask about has a small finite domain, and what is known of
//! it is the set of values still possible (a bit mask): one bit when the input gives
//! the value, all bits when it is missing. Sets such as `functions` become one yes/no
//! fact per element; the country becomes its class; the maximum sentence becomes its
//! band.
//!
//! Rules ask questions through [`Ask`]. A question the knowledge cannot answer stops
//! the rule with a [`Split`]: the explorer (`engine::explore`) then evaluates the rule
//! again on each half of the still-possible values. This is how an incomplete
//! description gets a sound list of possible verdicts without enumerating every
//! completion: only facts the law actually turns on are ever split, and only into the
//! classes the law tells apart.

use super::deployment::{Deployment, FieldValue};
use super::fields::{Field, FieldKind};
use super::vocabulary::{
    Attribute, Authorisation, CountryClass, Function, Ground, Keyword, Modality, Objective,
    Offence, Operator, Purpose, Role, SentenceBand, Space, Subjects, Timing,
};
use super::date::Date;
use crate::law::dates::{Milestone, LEGAL_DATA_DATE};
use std::marker::PhantomData;

/// One fact: a field, or one element of a set field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactDef {
    /// The input field the fact comes from.
    pub field: Field,
    /// For set fields, the index of the element this fact is about.
    pub element: Option<usize>,
    /// How many values the fact can take.
    pub domain: usize,
}

/// The number of values the rules tell apart for a field, and whether it becomes one
/// fact per element.
const fn shape(field: Field) -> (usize, bool) {
    match field {
        Field::Name | Field::Description | Field::Date => (0, false),
        Field::Country => (CountryClass::KEYWORDS.len(), false),
        Field::LawEnforcementMaxSentenceYears => (SentenceBand::KEYWORDS.len(), false),
        Field::Functions => (Function::KEYWORDS.len(), true),
        Field::Modalities => (Modality::KEYWORDS.len(), true),
        Field::CategorisationAttributes => (Attribute::KEYWORDS.len(), true),
        Field::Role => (Role::KEYWORDS.len(), false),
        Field::Operator => (Operator::KEYWORDS.len(), false),
        Field::Purpose => (Purpose::KEYWORDS.len(), false),
        Field::IdentificationTiming => (Timing::KEYWORDS.len(), false),
        Field::EmotionSubjects => (Subjects::KEYWORDS.len(), false),
        Field::Space => (Space::KEYWORDS.len(), false),
        Field::LawEnforcementObjective => (Objective::KEYWORDS.len(), false),
        Field::LawEnforcementOffence => (Offence::KEYWORDS.len(), false),
        Field::SafeguardAuthorisation => (Authorisation::KEYWORDS.len(), false),
        Field::DataProtectionGround => (Ground::KEYWORDS.len(), false),
        _ => (2, false),
    }
}

/// How many facts a field contributes.
const fn facts_of(field: Field) -> usize {
    match shape(field) {
        (0, _) => 0,
        (elements, true) => elements,
        (_, false) => 1,
    }
}

/// Index of the first fact of a field.
#[expect(clippy::indexing_slicing, reason = "evaluated at compile time: an index out of bounds fails the build, it cannot panic at run time")]
const fn first_fact(field: Field) -> usize {
    let mut index = 0;
    let mut i = 0;
    while i < Field::ALL.len() {
        let current = Field::ALL[i];
        if current as usize == field as usize {
            return index;
        }
        index += facts_of(current);
        i += 1;
    }
    index
}

/// The number of facts.
pub const FACT_COUNT: usize = first_fact(Field::SafeguardWorkersInformed) + 1;

/// The table of all facts, in field order, computed at compile time.
static FACTS: [FactDef; FACT_COUNT] = build_fact_table();

/// The first fact of each field, by `Field as usize`, computed at compile time.
static FIRST_FACT: [usize; Field::ALL.len()] = build_first_facts();

#[expect(clippy::indexing_slicing, reason = "evaluated at compile time: an index out of bounds fails the build, it cannot panic at run time")]
const fn build_fact_table() -> [FactDef; FACT_COUNT] {
    let mut table = [FactDef { field: Field::Name, element: None, domain: 0 }; FACT_COUNT];
    let mut index = 0;
    let mut i = 0;
    while i < Field::ALL.len() {
        let field = Field::ALL[i];
        let (domain, per_element) = shape(field);
        let count = facts_of(field);
        let mut element = 0;
        while element < count {
            table[index] = FactDef {
                field,
                element: if per_element { Some(element) } else { None },
                domain: if per_element { 2 } else { domain },
            };
            index += 1;
            element += 1;
        }
        i += 1;
    }
    table
}

#[expect(clippy::indexing_slicing, reason = "evaluated at compile time: an index out of bounds fails the build, it cannot panic at run time")]
const fn build_first_facts() -> [usize; Field::ALL.len()] {
    let mut first = [0; Field::ALL.len()];
    let mut i = 0;
    while i < Field::ALL.len() {
        first[Field::ALL[i] as usize] = first_fact(Field::ALL[i]);
        i += 1;
    }
    first
}

/// The table of all facts, in field order.
pub fn fact_table() -> impl Iterator<Item = FactDef> {
    FACTS.iter().copied()
}

/// The fact with this index.
pub fn fact(index: usize) -> Option<FactDef> {
    FACTS.get(index).copied()
}

/// The number of values of the fact with this index.
pub fn fact_domain(index: usize) -> usize {
    fact(index).map_or(0, |def| def.domain)
}

/// Every value of a fact, as a mask.
pub fn full_mask(index: usize) -> u64 {
    all_bits(fact_domain(index))
}

/// A one-value-of-many fact, typed by its vocabulary.
pub struct ChoiceFact<T>(usize, PhantomData<T>);
/// A yes/no fact.
#[derive(Clone, Copy)]
pub struct FlagFact(usize);
/// A set field: one yes/no fact per element of `T`.
pub struct SetFact<T>(usize, PhantomData<T>);

impl<T> ChoiceFact<T> {
    /// The fact's index.
    pub const fn index(self) -> usize {
        self.0
    }
}
impl FlagFact {
    /// The fact's index.
    pub const fn index(self) -> usize {
        self.0
    }
}
impl<T> SetFact<T> {
    /// The index of the fact about the first element.
    pub const fn index(self) -> usize {
        self.0
    }
}

impl<T> Clone for ChoiceFact<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for ChoiceFact<T> {}
impl<T> Clone for SetFact<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for SetFact<T> {}

/// The facts, by name, for the rules.
pub mod facts {
    use super::*;
    /// The country's class.
    pub const COUNTRY: ChoiceFact<CountryClass> = ChoiceFact(first_fact(Field::Country), PhantomData);
    /// `role`.
    pub const ROLE: ChoiceFact<Role> = ChoiceFact(first_fact(Field::Role), PhantomData);
    /// `operator`.
    pub const OPERATOR: ChoiceFact<Operator> = ChoiceFact(first_fact(Field::Operator), PhantomData);
    /// `purpose`.
    pub const PURPOSE: ChoiceFact<Purpose> = ChoiceFact(first_fact(Field::Purpose), PhantomData);
    /// `functions`.
    pub const FUNCTIONS: SetFact<Function> = SetFact(first_fact(Field::Functions), PhantomData);
    /// `modalities`.
    pub const MODALITIES: SetFact<Modality> = SetFact(first_fact(Field::Modalities), PhantomData);
    /// `identification.remote`.
    pub const REMOTE: FlagFact = FlagFact(first_fact(Field::IdentificationRemote));
    /// `identification.timing`.
    pub const TIMING: ChoiceFact<Timing> = ChoiceFact(first_fact(Field::IdentificationTiming), PhantomData);
    /// `identification.untargeted_scraping`.
    pub const UNTARGETED_SCRAPING: FlagFact = FlagFact(first_fact(Field::IdentificationUntargetedScraping));
    /// `categorisation.attributes`.
    pub const ATTRIBUTES: SetFact<Attribute> = SetFact(first_fact(Field::CategorisationAttributes), PhantomData);
    /// `categorisation.ancillary_feature`.
    pub const ANCILLARY_FEATURE: FlagFact = FlagFact(first_fact(Field::CategorisationAncillaryFeature));
    /// `categorisation.dataset_labelling`.
    pub const DATASET_LABELLING: FlagFact = FlagFact(first_fact(Field::CategorisationDatasetLabelling));
    /// `emotion_recognition.subjects`.
    pub const SUBJECTS: ChoiceFact<Subjects> = ChoiceFact(first_fact(Field::EmotionSubjects), PhantomData);
    /// `emotion_recognition.medical_or_safety`.
    pub const MEDICAL_OR_SAFETY: FlagFact = FlagFact(first_fact(Field::EmotionMedicalOrSafety));
    /// `space`.
    pub const SPACE: ChoiceFact<Space> = ChoiceFact(first_fact(Field::Space), PhantomData);
    /// `law_enforcement.objective`.
    pub const OBJECTIVE: ChoiceFact<Objective> = ChoiceFact(first_fact(Field::LawEnforcementObjective), PhantomData);
    /// `law_enforcement.offence`.
    pub const OFFENCE: ChoiceFact<Offence> = ChoiceFact(first_fact(Field::LawEnforcementOffence), PhantomData);
    /// The band of `law_enforcement.max_sentence_years`.
    pub const SENTENCE: ChoiceFact<SentenceBand> =
        ChoiceFact(first_fact(Field::LawEnforcementMaxSentenceYears), PhantomData);
    /// `law_enforcement.strictly_necessary`.
    pub const STRICTLY_NECESSARY: FlagFact = FlagFact(first_fact(Field::LawEnforcementStrictlyNecessary));
    /// `law_enforcement.untargeted`.
    pub const UNTARGETED: FlagFact = FlagFact(first_fact(Field::LawEnforcementUntargeted));
    /// `law_enforcement.initial_identification`.
    pub const INITIAL_IDENTIFICATION: FlagFact = FlagFact(first_fact(Field::LawEnforcementInitialIdentification));
    /// `law_enforcement.decisions_on_output_alone`.
    pub const DECISIONS_ON_OUTPUT_ALONE: FlagFact = FlagFact(first_fact(Field::LawEnforcementDecisionsOnOutputAlone));
    /// `data_protection.ground`.
    pub const GROUND: ChoiceFact<Ground> = ChoiceFact(first_fact(Field::DataProtectionGround), PhantomData);
    /// `safeguards.national_law`.
    pub const NATIONAL_LAW: FlagFact = FlagFact(first_fact(Field::SafeguardNationalLaw));
    /// `safeguards.authorisation`.
    pub const AUTHORISATION: ChoiceFact<Authorisation> =
        ChoiceFact(first_fact(Field::SafeguardAuthorisation), PhantomData);
    /// `safeguards.fria`.
    pub const FRIA: FlagFact = FlagFact(first_fact(Field::SafeguardFria));
    /// `safeguards.registered`.
    pub const REGISTERED: FlagFact = FlagFact(first_fact(Field::SafeguardRegistered));
    /// `safeguards.authorities_notified`.
    pub const AUTHORITIES_NOTIFIED: FlagFact = FlagFact(first_fact(Field::SafeguardAuthoritiesNotified));
    /// `safeguards.limited_scope`.
    pub const LIMITED_SCOPE: FlagFact = FlagFact(first_fact(Field::SafeguardLimitedScope));
    /// `safeguards.two_person_check`.
    pub const TWO_PERSON_CHECK: FlagFact = FlagFact(first_fact(Field::SafeguardTwoPersonCheck));
    /// `safeguards.dpia`.
    pub const DPIA: FlagFact = FlagFact(first_fact(Field::SafeguardDpia));
    /// `safeguards.persons_informed`.
    pub const PERSONS_INFORMED: FlagFact = FlagFact(first_fact(Field::SafeguardPersonsInformed));
    /// `safeguards.workers_informed`.
    pub const WORKERS_INFORMED: FlagFact = FlagFact(first_fact(Field::SafeguardWorkersInformed));
}

/// A set of facts, as a bit set over fact indices: two 64-bit words rather than one
/// `u128`, whose shifts WebAssembly has no instruction for (each one a call to a
/// compiler helper, on every question a rule asks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FactSet([u64; 2]);

impl FactSet {
    /// Adds a fact.
    #[inline(always)]
    pub fn insert(&mut self, fact: usize) {
        if let Some(word) = self.0.get_mut(fact / 64) {
            *word |= 1 << (fact % 64);
        }
    }
    /// Whether the fact is in the set.
    #[inline(always)]
    pub fn contains(self, fact: usize) -> bool {
        self.0.get(fact / 64).is_some_and(|word| word & (1 << (fact % 64)) != 0)
    }
    /// Union.
    pub fn union(self, other: Self) -> Self {
        let [low, high] = self.0;
        let [other_low, other_high] = other.0;
        Self([low | other_low, high | other_high])
    }
    /// The facts in index order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..FACT_COUNT).filter(move |fact| self.contains(*fact))
    }
}

/// The values still possible for every fact, and the date of use (always known: the
/// deployment's date, the caller's, or today), which decides what is in force.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Knowledge {
    candidates: [u64; FACT_COUNT],
    date: Date,
}

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

const fn all_bits(domain: usize) -> u64 {
    if domain >= 64 {
        u64::MAX
    } else {
        (1u64 << domain) - 1
    }
}

impl Knowledge {
    /// Nothing known, for a use on the day the legal data was last checked.
    pub fn unknown() -> Self {
        Self::unknown_on(LEGAL_DATA_DATE)
    }

    /// Nothing known, for a use on `date`.
    pub fn unknown_on(date: Date) -> Self {
        let mut candidates = [0; FACT_COUNT];
        for (slot, def) in candidates.iter_mut().zip(fact_table()) {
            *slot = all_bits(def.domain);
        }
        Self { candidates, date }
    }

    /// What a deployment says, for a use on `date`.
    pub fn of(deployment: &Deployment, date: Date) -> Self {
        let mut knowledge = Self::unknown_on(date);
        for &field in Field::ALL {
            if let Some(value) = deployment.get(field) {
                knowledge.set_field(field, value);
            }
        }
        knowledge
    }

    fn set_field(&mut self, field: Field, value: &FieldValue) {
        let base = first_fact(field);
        match (field.kind(), value) {
            (FieldKind::Country, FieldValue::Country(country)) => {
                self.set(base, 1 << country.class().index());
            }
            (FieldKind::Number { .. }, FieldValue::Number(years)) => {
                self.set(base, 1 << SentenceBand::of(*years).index());
            }
            (FieldKind::Choice(_), FieldValue::Choice(index)) => self.set(base, 1 << index),
            (FieldKind::Flag, FieldValue::Flag(flag)) => self.set(base, 1 << usize::from(*flag)),
            (FieldKind::Choices(options), FieldValue::Choices(set)) => {
                for element in 0..options.len() {
                    self.set(base + element, 1 << usize::from(set.contains_index(element)));
                }
            }
            _ => {}
        }
    }

    fn set(&mut self, fact: usize, mask: u64) {
        if let Some(slot) = self.candidates.get_mut(fact) {
            *slot = mask;
        }
    }

    /// The date of use.
    pub fn date(&self) -> Date {
        self.date
    }

    /// The facts whose value is known.
    pub fn known_facts(&self) -> FactSet {
        let mut known = FactSet::default();
        for fact in 0..FACT_COUNT {
            if self.is_known(fact) {
                known.insert(fact);
            }
        }
        known
    }

    /// The candidates of a fact.
    pub fn candidates(&self, fact: usize) -> u64 {
        self.candidates.get(fact).copied().unwrap_or(0)
    }

    /// Whether the fact's value is known.
    pub fn is_known(&self, fact: usize) -> bool {
        self.candidates(fact).count_ones() == 1
    }

    /// The known value of a fact, as an index into its domain.
    pub fn value(&self, fact: usize) -> Option<usize> {
        let mask = self.candidates(fact);
        (mask.count_ones() == 1).then(|| mask.trailing_zeros() as usize)
    }

    /// The two halves of a split.
    pub fn split(&self, split: Split) -> [Knowledge; 2] {
        let mut inside = self.clone();
        let mut outside = self.clone();
        let candidates = self.candidates(split.fact);
        inside.set(split.fact, candidates & split.mask);
        outside.set(split.fact, candidates & !split.mask);
        [inside, outside]
    }

    /// The same knowledge with one fact fixed to one value.
    pub fn with(&self, fact: usize, value: usize) -> Knowledge {
        let mut changed = self.clone();
        changed.set(fact, 1 << value);
        changed
    }

    /// The same knowledge with one fact unknown again.
    pub fn without(&self, index: usize) -> Knowledge {
        let mut changed = self.clone();
        changed.set(index, full_mask(index));
        changed
    }

    /// The same knowledge with one fact's candidates narrowed to `mask`.
    pub fn narrowed(&self, fact: usize, mask: u64) -> Knowledge {
        let mut changed = self.clone();
        changed.set(fact, self.candidates(fact) & mask);
        changed
    }

    /// Whether the fact is known to take one of the values in `mask`.
    pub fn surely_in(&self, fact: usize, mask: u64) -> bool {
        let candidates = self.candidates(fact);
        candidates != 0 && candidates & !mask == 0
    }
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
        self.knowledge.date
    }

    /// Whether a group of provisions applies on the date of use (Article 113).
    pub fn applies(&self, milestone: &Milestone) -> bool {
        milestone.date <= self.knowledge.date
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
        self.within(fact.0, 1 << value.index())
    }

    /// Whether a choice fact has one of these values.
    pub fn is_any<T: Keyword>(&mut self, fact: ChoiceFact<T>, values: &[T]) -> Result<bool, Split> {
        let mask = values.iter().fold(0, |mask, value| mask | 1 << value.index());
        self.within(fact.0, mask)
    }

    /// The value of a choice fact.
    pub fn value<T: Keyword>(&mut self, fact: ChoiceFact<T>) -> Result<T, Split> {
        self.note_every_value(fact.0);
        let candidates = self.knowledge.candidates(fact.0);
        match self.knowledge.value(fact.0).and_then(T::from_index) {
            Some(value) => Ok(value),
            // Split off the lowest candidate: each half is narrower than the whole.
            None => Err(Split { fact: fact.0, mask: candidates & candidates.wrapping_neg() }),
        }
    }

    /// A yes/no fact.
    pub fn flag(&mut self, fact: FlagFact) -> Result<bool, Split> {
        self.within(fact.0, 0b10)
    }

    /// Whether a set field contains this element.
    pub fn has<T: Keyword>(&mut self, fact: SetFact<T>, element: T) -> Result<bool, Split> {
        self.within(fact.0 + element.index(), 0b10)
    }

    /// Whether a set field contains any of these elements. Known elements answer
    /// first; otherwise the first unknown one is split on.
    pub fn has_any<T: Keyword>(&mut self, fact: SetFact<T>, elements: &[T]) -> Result<bool, Split> {
        let mut first_unknown = None;
        for element in elements {
            let index = fact.0 + element.index();
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
        self.note(fact.0, 0b10);
        match self.knowledge.candidates(fact.0) {
            0b10 => Tri::Met,
            0b01 => Tri::Unmet,
            _ => {
                self.unsettled.insert(fact.0);
                Tri::Unknown
            }
        }
    }

    /// What is known of a choice fact, without splitting.
    pub fn peek_value<T: Keyword>(&mut self, fact: ChoiceFact<T>) -> Option<T> {
        self.peek_fact(fact.0).and_then(T::from_index)
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

/// The first fact of a field and how many facts it has, for code that works on fields
/// named at run time (policies, catalogue, counterfactuals).
pub fn facts_of_field(field: Field) -> std::ops::Range<usize> {
    let first = FIRST_FACT.get(field as usize).copied().unwrap_or_default();
    first..first + facts_of(field)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fact_layout_is_dense_and_fits_the_masks() {
        let table: Vec<_> = fact_table().collect();
        assert_eq!(table.len(), FACT_COUNT);
        const { assert!(FACT_COUNT <= 128) };
        assert!(table.iter().all(|def| def.domain >= 2 && def.domain <= 64));
        assert_eq!(fact(facts::REMOTE.0).map(|d| d.field), Some(Field::IdentificationRemote));
        assert_eq!(fact(facts::WORKERS_INFORMED.0).map(|d| d.field), Some(Field::SafeguardWorkersInformed));
        let attribute = fact(facts::ATTRIBUTES.0 + Attribute::Age.index()).expect("attribute fact");
        assert_eq!(attribute.field, Field::CategorisationAttributes);
        assert_eq!(attribute.element, Some(Attribute::Age.index()));
    }

    #[test]
    fn unknown_facts_split_known_facts_answer() {
        let knowledge = Knowledge::unknown();
        let mut ask = Ask::new(&knowledge);
        assert!(matches!(ask.is(facts::PURPOSE, Purpose::LawEnforcement), Err(Split { .. })));
        let known = knowledge.with(facts::PURPOSE.0, Purpose::LawEnforcement.index());
        let mut ask = Ask::new(&known);
        assert_eq!(ask.is(facts::PURPOSE, Purpose::LawEnforcement), Ok(true));
        assert_eq!(ask.is(facts::PURPOSE, Purpose::Commercial), Ok(false));
    }

    #[test]
    fn a_split_divides_the_candidates() {
        let knowledge = Knowledge::unknown();
        let split = Split { fact: facts::SPACE.0, mask: 1 << Space::PubliclyAccessible.index() };
        let [inside, outside] = knowledge.split(split);
        assert_eq!(inside.value(facts::SPACE.0), Some(Space::PubliclyAccessible.index()));
        assert_eq!(outside.candidates(facts::SPACE.0).count_ones(), 2);
    }

    #[test]
    fn has_any_answers_from_known_elements_first() {
        let knowledge = Knowledge::unknown().with(facts::ATTRIBUTES.0 + Attribute::Race.index(), 1);
        let mut ask = Ask::new(&knowledge);
        assert_eq!(ask.has_any(facts::ATTRIBUTES, Attribute::ARTICLE_5_1_G), Ok(true));
    }
}
