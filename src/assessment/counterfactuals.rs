//! Counterfactuals: the single changes of a known fact that would give a regime another
//! decided verdict ("If it only runs on recorded footage: High-risk"). A change that
//! would only leave the verdict undecided is not an answer to "what would change the
//! outcome", and is left out.
//!
//! Only facts the regime actually read are tried, and for each only one value per
//! class of values that the rules tell apart (recovered from the questions the rules
//! asked), so the search stays small.

use super::views::Outcome;
use super::answers;
use crate::engine::explore::{atoms, explore, Exploration};
use crate::engine::verdict::VerdictSet;
use crate::facts::country::Country;
use crate::facts::knowledge::{fact, facts_of_field, full_mask, FactSet, Knowledge};
use crate::facts::vocabulary::{CountryClass, Keyword, SentenceBand};
use crate::facts::{Field, FieldKind, Value};
use crate::i18n::Lang;
use crate::regimes::Regime;

/// A change and its effect.
#[derive(Clone, Debug, PartialEq)]
pub struct Counterfactual {
    /// The field changed.
    pub field: Field,
    /// For a set field, the element added or removed.
    element: Option<usize>,
    /// The values of the fact (indices into its domain) that have this effect.
    classes: Vec<usize>,
    /// The field values that have this effect.
    pub values: Vec<Value>,
    /// The verdict it leads to.
    pub verdict: Outcome,
    /// The verdicts it leaves possible.
    pub possible: VerdictSet,
}

impl Counterfactual {
    /// The change in words: the changed answer, as a clause after "if".
    pub fn change_text(&self, lang: Lang) -> String {
        let fact = facts_of_field(self.field).start + self.element.unwrap_or(0);
        let mask = self.classes.iter().fold(0u64, |mask, class| mask | 1 << class);
        answers::answer(lang, fact, mask).map(|answer| answer.text).unwrap_or_default()
    }
}

/// The field value that stands for one value of a fact.
fn field_value(field: Field, element: Option<usize>, value: usize, knowledge: &Knowledge) -> Value {
    let options = field.options();
    match (field.kind(), element) {
        (FieldKind::Choices(_), Some(element)) => {
            // The whole set, as known, with the element added or removed.
            let first = crate::facts::knowledge::facts_of_field(field).start;
            let members = (0..options.len())
                .filter(|index| if *index == element { value == 1 } else { knowledge.value(first + index) == Some(1) })
                .filter_map(|index| options.get(index))
                .map(|keyword| Value::String((*keyword).to_owned()))
                .collect();
            Value::Array(members)
        }
        (FieldKind::Flag, _) => Value::Bool(value == 1),
        (FieldKind::Country, _) => CountryClass::from_index(value)
            .map(|class| Value::String(Country::representative(class).code().to_owned()))
            .unwrap_or(Value::Null),
        (FieldKind::Number { .. }, _) => {
            SentenceBand::from_index(value).map(|band| Value::Number(band.representative_years())).unwrap_or(Value::Null)
        }
        _ => options.get(value).map(|keyword| Value::String((*keyword).to_owned())).unwrap_or(Value::Null),
    }
}

/// The counterfactuals of a regime, from its recorded exploration.
pub fn find(regime: &Regime<'_>, knowledge: &Knowledge, exploration: &Exploration) -> Vec<Counterfactual> {
    let current = (exploration.verdict(), exploration.possible());
    let mut facts = FactSet::default();
    for (fact, _) in &exploration.questions {
        facts.insert(*fact);
    }
    let mut found: Vec<Counterfactual> = Vec::new();
    for fact_index in facts.iter() {
        let (Some(def), Some(known)) = (fact(fact_index), knowledge.value(fact_index)) else { continue };
        let masks = exploration.questions.iter().filter(|(f, _)| *f == fact_index).map(|(_, mask)| *mask);
        for class in atoms(full_mask(fact_index), masks) {
            if class & (1 << known) != 0 {
                continue;
            }
            let representative = class.trailing_zeros() as usize;
            let changed = explore(regime, &knowledge.with(fact_index, representative), false);
            let outcome = (changed.verdict(), changed.possible());
            // Keep changes that decide: a definite verdict other than the current one.
            let decides = outcome.0.is_some() && outcome != current;
            if !decides {
                continue;
            }
            let values: Vec<usize> = (0..64).filter(|bit| class & (1 << bit) != 0).collect();
            let verdict = outcome.0.map_or(Outcome::Incomplete, Outcome::Verdict);
            let same = found.iter_mut().find(|c| {
                c.field == def.field && c.element == def.element && c.verdict == verdict && c.possible == outcome.1
            });
            let representatives: Vec<Value> = match def.field.kind() {
                // A number or a country stands for its whole class by one value.
                FieldKind::Country | FieldKind::Number { .. } => {
                    vec![field_value(def.field, def.element, representative, knowledge)]
                }
                _ => values.iter().map(|v| field_value(def.field, def.element, *v, knowledge)).collect(),
            };
            match same {
                Some(existing) => {
                    existing.classes.extend(values);
                    existing.values.extend(representatives);
                }
                None => found.push(Counterfactual {
                    field: def.field,
                    element: def.element,
                    classes: values,
                    values: representatives,
                    verdict,
                    possible: outcome.1,
                }),
            }
        }
    }
    found
}
