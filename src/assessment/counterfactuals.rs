//! Counterfactuals: the single changes of a known fact that would change a regime's
//! verdict ("if the use were post rather than real-time: high-risk").
//!
//! Only facts the regime actually read are tried, and for each only one value per
//! class of values that the rules tell apart (recovered from the questions the rules
//! asked), so the search stays small.

use super::views::Outcome;
use crate::catalogue;
use crate::engine::explore::{atoms, explore, Exploration};
use crate::engine::verdict::VerdictSet;
use crate::facts::country::Country;
use crate::facts::knowledge::{fact, full_mask, FactSet, Knowledge};
use crate::facts::vocabulary::{CountryClass, Keyword, SentenceBand};
use crate::facts::{Field, FieldKind, Value};
use crate::i18n::{self, Lang};
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
    /// The change in words.
    pub fn change_text(&self, lang: Lang) -> String {
        let field = catalogue::field_label(lang, self.field);
        match (self.field.kind(), self.element) {
            (FieldKind::Choices(_), Some(element)) => {
                let id = if self.classes.contains(&1) { "counterfactual.with" } else { "counterfactual.without" };
                i18n::format(lang, id, &[("field", field), ("value", catalogue::option_short_label(lang, self.field, element))])
            }
            _ => {
                let labels = self.classes.iter().map(|value| class_label(lang, self.field, *value)).collect::<Vec<_>>();
                let values = i18n::list_or(lang, labels.into_iter());
                i18n::format(lang, "counterfactual.were", &[("field", field), ("value", &values)])
            }
        }
    }
}

/// The label of one value of a fact: an option, a country class, a sentence band.
fn class_label(lang: Lang, field: Field, value: usize) -> String {
    match field {
        Field::Country => CountryClass::from_index(value)
            .map(|class| i18n::text(lang, &format!("country-class.{}", class.keyword())).to_owned())
            .unwrap_or_default(),
        Field::LawEnforcementMaxSentenceYears => SentenceBand::from_index(value)
            .map(|band| i18n::text(lang, &format!("sentence-band.{}", band.keyword())).to_owned())
            .unwrap_or_default(),
        _ => catalogue::option_short_label(lang, field, value).to_owned(),
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
            // Keep changes that decide something: a definite verdict other than the
            // current one, or fewer possible verdicts than now. A change that only
            // opens new questions (adding a function whose details are unknown) is
            // not an answer to "what would change the outcome".
            let decides = match outcome.0 {
                Some(_) => outcome != current,
                None => outcome.1.is_subset(current.1) && outcome.1 != current.1,
            };
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
