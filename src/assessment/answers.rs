//! Answers in words: what a fact taking some of its values means, as a clause that
//! reads after "if" ("it runs live, as people pass", "there is no national law that
//! allows it"). Outcomes of an undecided description and the changes that would alter a
//! verdict are both written with these.
//!
//! Each answer has its own phrase where the catalogue has one (`answer.<path>.<value>`,
//! for set fields `answer.<path>.<element>.yes|no`); otherwise the field's phrase with
//! the value filled in (`answer.<path>`), or a plain "field: value".

use crate::catalogue;
use crate::facts::country::Country;
use crate::facts::knowledge::{fact, fact_domain};
use crate::facts::vocabulary::{CountryClass, Keyword, SentenceBand};
use crate::facts::{Field, FieldKind, Value};
use crate::i18n::{self, Lang};

/// An answer to one question: the field, the values that give it, and the clause.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
pub struct AnswerView {
    /// The field path.
    pub field: &'static str,
    /// For a set field, the element the answer is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub element: Option<&'static str>,
    /// Values of the field (for a set element: whether it is included) that give this
    /// answer; a country or a number stands for its whole class by one value.
    pub values: Vec<Value>,
    /// The answer as a clause that reads after "if".
    pub text: String,
}

/// The keyword of value `index` of a fact's domain, for message ids.
fn value_keyword(field: Field, index: usize) -> &'static str {
    match field {
        Field::Country => CountryClass::from_index(index).map(Keyword::keyword).unwrap_or_default(),
        Field::LawEnforcementMaxSentenceYears => SentenceBand::from_index(index).map(Keyword::keyword).unwrap_or_default(),
        _ => field.options().get(index).copied().unwrap_or_default(),
    }
}

/// The label of value `index` of a fact's domain.
fn value_label(lang: Lang, field: Field, index: usize) -> String {
    match field {
        Field::Country | Field::LawEnforcementMaxSentenceYears => {
            let prefix = if field == Field::Country { "country-class." } else { "sentence-band." };
            i18n::text_parts(lang, &[prefix, value_keyword(field, index)]).to_owned()
        }
        _ => catalogue::option_short_label(lang, field, index).to_owned(),
    }
}

/// The field value that stands for value `index` of a fact's domain.
fn value_of(field: Field, element: Option<usize>, index: usize) -> Value {
    match (field.kind(), element) {
        (FieldKind::Choices(_) | FieldKind::Flag, _) => Value::Bool(index == 1),
        (FieldKind::Country, _) => CountryClass::from_index(index)
            .map(|class| Value::String(Country::representative(class).code().to_owned()))
            .unwrap_or(Value::Null),
        (FieldKind::Number { .. }, _) => {
            SentenceBand::from_index(index).map(|band| Value::Number(band.representative_years())).unwrap_or(Value::Null)
        }
        _ => Value::String(value_keyword(field, index).to_owned()),
    }
}

/// One value of a fact as a clause.
fn clause(lang: Lang, field: Field, element: Option<usize>, index: usize) -> String {
    let path = field.path();
    match element {
        Some(element) => {
            let keyword = field.options().get(element).copied().unwrap_or_default();
            let yes_no = if index == 1 { "yes" } else { "no" };
            i18n::lookup_parts(lang, &["answer.", path, ".", keyword, ".", yes_no])
                .or_else(|| i18n::lookup_parts(Lang::En, &["answer.", path, ".", keyword, ".", yes_no]))
                .map(str::to_owned)
                .unwrap_or_else(|| {
                    let value = catalogue::option_short_label(lang, field, element);
                    // The field's own phrase ("it infers race", "it infers none of age"),
                    // else "Inferred characteristics includes age".
                    match (index == 1, i18n::lookup_parts(lang, &["answer.", path]).is_some()) {
                        (true, true) => i18n::format(lang, &format!("answer.{path}"), &[("value", value)]),
                        (false, true) => i18n::format(lang, &format!("answer.{path}.none-of"), &[("values", value)]),
                        (true, false) => i18n::format(lang, "answer.includes", &[("field", catalogue::field_label(lang, field)), ("value", value)]),
                        (false, false) => i18n::format(lang, "answer.excludes", &[("field", catalogue::field_label(lang, field)), ("value", value)]),
                    }
                })
        }
        None => {
            let keyword = match field.kind() {
                FieldKind::Flag => {
                    if index == 1 {
                        "yes"
                    } else {
                        "no"
                    }
                }
                _ => value_keyword(field, index),
            };
            i18n::lookup_parts(lang, &["answer.", path, ".", keyword])
                .or_else(|| i18n::lookup_parts(Lang::En, &["answer.", path, ".", keyword]))
                .map(str::to_owned)
                .unwrap_or_else(|| {
                    let value = value_label(lang, field, index);
                    match i18n::lookup_parts(lang, &["answer.", path]) {
                        Some(_) => i18n::format(lang, &format!("answer.{path}"), &[("value", &value)]),
                        None => i18n::format(lang, "answer.is", &[("field", catalogue::field_label(lang, field)), ("value", &value)]),
                    }
                })
        }
    }
}

/// The answers as clauses for one sentence. The elements of a set field that has a
/// phrase of its own (`answer.categorisation.attributes = it infers {value}`) are said
/// together: "it infers race and religious beliefs", "it infers none of age or sex".
pub fn clauses(lang: Lang, answers: &[(usize, u64)]) -> Vec<String> {
    let mut clauses = Vec::new();
    let mut grouped: Vec<(Field, bool, Vec<String>)> = Vec::new();
    for &(fact_index, mask) in answers {
        let Some(def) = fact(fact_index) else { continue };
        let field_phrase = i18n::lookup_parts(lang, &["answer.", def.field.path()]).is_some();
        match def.element {
            Some(element) if field_phrase && (mask == 0b01 || mask == 0b10) => {
                let included = mask == 0b10;
                let label = catalogue::option_short_label(lang, def.field, element).to_owned();
                match grouped.iter_mut().find(|(field, inside, _)| *field == def.field && *inside == included) {
                    Some((_, _, labels)) => labels.push(label),
                    None => grouped.push((def.field, included, vec![label])),
                }
            }
            _ => clauses.extend(answer(lang, fact_index, mask).map(|answer| answer.text)),
        }
    }
    for (field, included, labels) in grouped {
        let path = field.path();
        clauses.push(if included {
            i18n::format(lang, &format!("answer.{path}"), &[("value", &i18n::list_and(lang, labels.into_iter()))])
        } else {
            i18n::format(lang, &format!("answer.{path}.none-of"), &[("values", &i18n::list_or(lang, labels.into_iter()))])
        });
    }
    clauses
}

/// The answer "fact `fact` takes one of the values of `mask`".
pub fn answer(lang: Lang, fact_index: usize, mask: u64) -> Option<AnswerView> {
    let def = fact(fact_index)?;
    let domain = fact_domain(fact_index);
    let values: Vec<usize> = (0..domain).filter(|index| mask & (1 << index) != 0).collect();
    let others: Vec<usize> = (0..domain).filter(|index| mask & (1 << index) == 0).collect();
    // A few classes of values have a name of their own ("it is used in the EU").
    let combined = (values.len() > 1).then(|| {
        let keywords: Vec<&str> = values.iter().map(|index| value_keyword(def.field, *index)).collect();
        i18n::lookup_parts(lang, &["answer.", def.field.path(), ".", &keywords.join("_or_")]).map(str::to_owned)
    });
    let field_phrase = i18n::lookup_parts(lang, &["answer.", def.field.path()]).is_some();
    let text = if let Some(Some(text)) = combined {
        text
    } else if values.len() > 1 && values.len() <= others.len() && field_phrase && def.element.is_none() {
        // Several values of one question: "it is used for education or medical care".
        let labels = i18n::list_or(lang, values.iter().map(|index| value_label(lang, def.field, *index)));
        i18n::format(lang, &format!("answer.{}", def.field.path()), &[("value", &labels)])
    } else if values.len() <= others.len() || others.is_empty() || values.len() <= 2 {
        i18n::list_or(lang, values.iter().map(|index| clause(lang, def.field, def.element, *index)))
    } else {
        // Most values: say which ones it is not.
        let labels = i18n::list_or(lang, others.iter().map(|index| value_label(lang, def.field, *index)));
        match i18n::lookup_parts(lang, &["answer.", def.field.path(), ".other-than"]) {
            Some(_) => i18n::format(lang, &format!("answer.{}.other-than", def.field.path()), &[("values", &labels)]),
            None => i18n::format(
                lang,
                "answer.other-than",
                &[("field", catalogue::field_label(lang, def.field)), ("values", &labels)],
            ),
        }
    };
    Some(AnswerView {
        field: def.field.path(),
        element: def.element.and_then(|element| def.field.options().get(element).copied()),
        values: values.iter().map(|index| value_of(def.field, def.element, *index)).collect(),
        text,
    })
}
