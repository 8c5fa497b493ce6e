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
use crate::law::dates::LEGAL_DATA_DATE;
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

    /// The two halves of a split of one fact's candidates by `mask`: those inside it,
    /// and the rest.
    pub fn split(&self, fact: usize, mask: u64) -> [Knowledge; 2] {
        let mut inside = self.clone();
        let mut outside = self.clone();
        let candidates = self.candidates(fact);
        inside.set(fact, candidates & mask);
        outside.set(fact, candidates & !mask);
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
    fn a_split_divides_the_candidates() {
        let knowledge = Knowledge::unknown();
        let [inside, outside] = knowledge.split(facts::SPACE.0, 1 << Space::PubliclyAccessible.index());
        assert_eq!(inside.value(facts::SPACE.0), Some(Space::PubliclyAccessible.index()));
        assert_eq!(outside.candidates(facts::SPACE.0).count_ones(), 2);
    }
}
