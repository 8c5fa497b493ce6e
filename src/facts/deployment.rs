//! A deployment as described by the user: the validated input contract.
//!
//! Every field is optional; a missing field (or `null`) means "not known yet". What is
//! present is checked strictly, and every problem is reported with the field path,
//! what was expected and what was found, all at once so a form can mark every field.

use super::country::Country;
use super::date::Date;
use super::errors::{Expected, InputError};
use super::fields::{Field, FieldKind};
use super::value::Value;
use super::vocabulary::KeywordSet;

/// The value of one field.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldValue {
    /// Free text.
    Text(String),
    /// A date.
    Date(Date),
    /// A country.
    Country(Country),
    /// The index of a keyword in the field's option list.
    Choice(usize),
    /// A set of keyword indices.
    Choices(KeywordSet),
    /// Yes or no.
    Flag(bool),
    /// A number.
    Number(f64),
}

/// A described deployment: the known value of each field.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Deployment {
    values: Vec<(Field, FieldValue)>,
}

/// Whether `key` names an object that groups fields (`identification`, `safeguards`,
/// ...): read from the field table, so a group added there is read here too.
fn is_group(key: &str) -> bool {
    // A prefix comparison: it runs for every key of every input.
    Field::ALL.iter().any(|field| field.path().strip_prefix(key).is_some_and(|rest| rest.starts_with('.')))
}

impl Deployment {
    /// A deployment of which nothing is known.
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of a field, if known.
    pub fn get(&self, field: Field) -> Option<&FieldValue> {
        self.values.iter().find(|(f, _)| *f == field).map(|(_, value)| value)
    }

    /// Sets (or, with `None`, forgets) a field. The value must fit the field's kind;
    /// use [`Deployment::from_value`] for untrusted input.
    pub fn set(&mut self, field: Field, value: Option<FieldValue>) {
        self.values.retain(|(f, _)| *f != field);
        if let Some(value) = value {
            let position = self.values.iter().position(|(f, _)| *f > field).unwrap_or(self.values.len());
            self.values.insert(position, (field, value));
        }
    }

    /// The known fields with their values, in questionnaire order.
    pub fn known(&self) -> impl Iterator<Item = (Field, &FieldValue)> {
        self.values.iter().map(|(field, value)| (*field, value))
    }

    /// A text field's value.
    pub fn text(&self, field: Field) -> Option<&str> {
        match self.get(field) {
            Some(FieldValue::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// The date of use, if given.
    pub fn date(&self) -> Option<Date> {
        match self.get(Field::Date) {
            Some(FieldValue::Date(date)) => Some(*date),
            _ => None,
        }
    }

    /// The country, if given.
    pub fn country(&self) -> Option<Country> {
        match self.get(Field::Country) {
            Some(FieldValue::Country(country)) => Some(*country),
            _ => None,
        }
    }

    /// Reads a deployment from a JSON tree, reporting every problem found.
    pub fn from_value(value: &Value) -> Result<Self, Vec<InputError>> {
        let mut deployment = Self::new();
        let mut errors = Vec::new();
        let Value::Object(entries) = value else {
            return Err(vec![InputError::new("", Expected::Object, value)]);
        };
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in entries {
            if seen.contains(&key.as_str()) {
                errors.push(InputError::new(key, Expected::NoDuplicateKey, value));
                continue;
            }
            seen.push(key);
            if let Some(field) = Field::from_path(key).filter(|f| f.group().is_none()) {
                read_field(field, value, &mut deployment, &mut errors);
            } else if is_group(key) {
                read_group(key, value, &mut deployment, &mut errors);
            } else {
                errors.push(InputError::unknown_field(key, key, top_level_keys()));
            }
        }
        if errors.is_empty() {
            Ok(deployment)
        } else {
            Err(errors)
        }
    }

    /// The deployment as a JSON tree in the input contract's shape.
    pub fn to_value(&self) -> Value {
        let mut top: Vec<(String, Value)> = Vec::new();
        for (field, value) in &self.values {
            let json = field_json(*field, value);
            match field.group() {
                None => top.push((field.key().to_owned(), json)),
                Some(group) => {
                    let position = top.iter().position(|(key, _)| key == group).unwrap_or_else(|| {
                        top.push((group.to_owned(), Value::Object(Vec::new())));
                        top.len() - 1
                    });
                    if let Some((_, Value::Object(entries))) = top.get_mut(position) {
                        entries.push((field.key().to_owned(), json));
                    }
                }
            }
        }
        Value::Object(top)
    }
}

fn top_level_keys() -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = Field::ALL.iter().filter(|f| f.group().is_none()).map(|f| f.path()).collect();
    for group in Field::ALL.iter().filter_map(|field| field.group()) {
        if !keys.contains(&group) {
            keys.push(group);
        }
    }
    keys
}

fn read_group(group: &str, value: &Value, deployment: &mut Deployment, errors: &mut Vec<InputError>) {
    let entries = match value {
        Value::Null => return,
        Value::Object(entries) => entries,
        other => return errors.push(InputError::new(group, Expected::Object, other)),
    };
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in entries {
        let path = format!("{group}.{key}");
        if seen.contains(&key.as_str()) {
            errors.push(InputError::new(&path, Expected::NoDuplicateKey, value));
            continue;
        }
        seen.push(key);
        match Field::from_path(&path) {
            Some(field) => read_field(field, value, deployment, errors),
            None => {
                let known = Field::ALL.iter().filter(|f| f.group() == Some(group)).map(|f| f.key()).collect::<Vec<_>>();
                errors.push(InputError::unknown_field(&path, key, known));
            }
        }
    }
}

fn read_field(field: Field, value: &Value, deployment: &mut Deployment, errors: &mut Vec<InputError>) {
    if *value == Value::Null {
        return;
    }
    match parse_field(field, value) {
        Ok(parsed) => deployment.set(field, Some(parsed)),
        Err(error) => errors.push(error),
    }
}

/// Checks one field's JSON value against its kind.
pub fn parse_field(field: Field, value: &Value) -> Result<FieldValue, InputError> {
    let path = field.path();
    let fail = |expected: Expected, found: &Value| InputError::new(path, expected, found);
    match (field.kind(), value) {
        (FieldKind::Text { max_chars }, Value::String(text)) => {
            if text.chars().count() > max_chars {
                Err(fail(Expected::Text { max_chars }, value))
            } else {
                Ok(FieldValue::Text(text.clone()))
            }
        }
        (FieldKind::Text { max_chars }, other) => Err(fail(Expected::Text { max_chars }, other)),
        (FieldKind::Date, Value::String(text)) => {
            Date::parse(text).map(FieldValue::Date).ok_or_else(|| fail(Expected::Date, value))
        }
        (FieldKind::Date, other) => Err(fail(Expected::Date, other)),
        (FieldKind::Country, Value::String(code)) => Country::parse(code)
            .map(FieldValue::Country)
            .ok_or_else(|| fail(Expected::Country { suggestion: Country::suggestion_for(code) }, value)),
        (FieldKind::Country, other) => Err(fail(Expected::Country { suggestion: None }, other)),
        (FieldKind::Choice(options), Value::String(keyword)) => options
            .iter()
            .position(|option| option == keyword)
            .map(FieldValue::Choice)
            .ok_or_else(|| fail(Expected::OneOf(options), value)),
        (FieldKind::Choice(options), other) => Err(fail(Expected::OneOf(options), other)),
        (FieldKind::Choices(options), Value::Array(items)) => {
            let mut set = KeywordSet::default();
            for (position, item) in items.iter().enumerate() {
                let item_path = format!("{path}[{position}]");
                let index = match item {
                    Value::String(keyword) => options.iter().position(|option| option == keyword),
                    _ => None,
                };
                match index {
                    None => return Err(InputError::new(&item_path, Expected::OneOf(options), item)),
                    Some(index) if set.contains_index(index) => {
                        return Err(InputError::new(&item_path, Expected::NoRepeats, item));
                    }
                    Some(index) => set.insert_index(index),
                }
            }
            Ok(FieldValue::Choices(set))
        }
        (FieldKind::Choices(options), other) => Err(fail(Expected::ListOf(options), other)),
        (FieldKind::Flag, Value::Bool(flag)) => Ok(FieldValue::Flag(*flag)),
        (FieldKind::Flag, other) => Err(fail(Expected::Bool, other)),
        (FieldKind::Number { min, max }, Value::Number(number)) => {
            if number.is_finite() && *number >= min && *number <= max {
                Ok(FieldValue::Number(*number))
            } else {
                Err(fail(Expected::Number { min, max }, value))
            }
        }
        (FieldKind::Number { min, max }, other) => Err(fail(Expected::Number { min, max }, other)),
    }
}

/// A field's value as JSON.
pub fn field_json(field: Field, value: &FieldValue) -> Value {
    let options = field.options();
    let keyword = |index: usize| Value::String(options.get(index).copied().unwrap_or_default().to_owned());
    match value {
        FieldValue::Text(text) => Value::String(text.clone()),
        FieldValue::Date(date) => Value::String(date.to_string()),
        FieldValue::Country(country) => Value::String(country.code().to_owned()),
        FieldValue::Choice(index) => keyword(*index),
        FieldValue::Choices(set) => Value::Array(set.indices().map(keyword).collect()),
        FieldValue::Flag(flag) => Value::Bool(*flag),
        FieldValue::Number(number) => Value::Number(*number),
    }
}

impl serde::Serialize for Deployment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_value().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(entries: &[(&str, Value)]) -> Value {
        Value::Object(entries.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect())
    }
    fn string(text: &str) -> Value {
        Value::String(text.to_owned())
    }

    #[test]
    fn an_empty_object_is_a_deployment_of_which_nothing_is_known() {
        let deployment = Deployment::from_value(&object(&[])).expect("valid");
        assert_eq!(deployment.known().count(), 0);
    }

    #[test]
    fn nulls_mean_not_known() {
        let deployment =
            Deployment::from_value(&object(&[("space", Value::Null), ("safeguards", Value::Null)])).expect("valid");
        assert_eq!(deployment.known().count(), 0);
    }

    #[test]
    fn every_error_is_reported_with_its_path() {
        let input = object(&[
            ("space", string("street")),
            ("colour", string("red")),
            ("identification", object(&[("timing", string("live")), ("remote", string("yes"))])),
            ("functions", Value::Array(vec![string("identification"), string("identification")])),
            ("law_enforcement", object(&[("max_sentence_years", Value::Number(120.0))])),
            ("country", string("UK")),
            ("date", string("2026-02-30")),
            ("name", string(&"x".repeat(201))),
        ]);
        let errors = Deployment::from_value(&input).expect_err("invalid");
        let paths: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "space",
                "colour",
                "identification.timing",
                "identification.remote",
                "functions[1]",
                "law_enforcement.max_sentence_years",
                "country",
                "date",
                "name"
            ]
        );
    }

    #[test]
    fn round_trips_through_json_shape() {
        let input = object(&[
            ("country", string("SE")),
            ("functions", Value::Array(vec![string("identification")])),
            ("identification", object(&[("remote", Value::Bool(true))])),
        ]);
        let deployment = Deployment::from_value(&input).expect("valid");
        assert_eq!(Deployment::from_value(&deployment.to_value()), Ok(deployment));
    }
}
