//! How to assess: language, regimes, policies, dates.

use super::Selected;
use crate::facts::errors::{Expected, InputError};
use crate::facts::{Date, Value};
use crate::i18n::Lang;
use crate::policy::Policy;
use crate::regimes::Regime;

/// Options of an assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// The language of every text.
    pub lang: Lang,
    /// Today, as the caller's clock says (the core reads no clock).
    pub today: Date,
    /// The date of use to assume when the deployment gives none.
    pub date: Option<Date>,
    /// The regimes to include, by id; `None` for all built-in regimes and every
    /// policy passed in `policies`.
    pub regimes: Option<Vec<String>>,
    /// Policies supplied by the caller, beside the built-in ones.
    pub policies: Vec<Policy>,
    /// The regimes that count towards the overall verdict; `None` for `eu-ai-act`.
    pub binding: Option<Vec<String>>,
    /// Whether to work out, for each regime, the single changes that would change its
    /// verdict.
    pub counterfactuals: bool,
    /// Whether to explain: findings, conditions, obligations, counterfactuals and the
    /// questions that decide. Without, each regime gives its verdicts and a one-line
    /// summary only (for fast checks of many deployments).
    pub explain: bool,
}

impl Options {
    /// Default options in a language, on a given day.
    pub fn new(lang: Lang, today: Date) -> Self {
        Self {
            lang,
            today,
            date: None,
            regimes: None,
            policies: Vec::new(),
            binding: None,
            counterfactuals: true,
            explain: true,
        }
    }

    /// Reads options from a JSON object: `{ lang, date, regimes, binding, policies,
    /// counterfactuals, explain }`, all optional. An unsupported language falls back to
    /// English rather than failing (a portal may ask for any browser language).
    pub fn from_value(value: &Value, today: Date) -> Result<Options, Vec<InputError>> {
        let mut options = Options::new(Lang::En, today);
        let mut errors = Vec::new();
        let entries = match value {
            Value::Null => return Ok(options),
            Value::Object(entries) => entries,
            other => return Err(vec![InputError::new("", Expected::Object, other)]),
        };
        for (key, value) in entries {
            match (key.as_str(), value) {
                (_, Value::Null) => {}
                ("lang", Value::String(tag)) => options.lang = Lang::negotiate(tag).unwrap_or(Lang::En),
                ("lang", other) => errors.push(InputError::new(key, Expected::Text { max_chars: 35 }, other)),
                ("date", Value::String(text)) if Date::parse(text).is_some() => options.date = Date::parse(text),
                ("date", other) => errors.push(InputError::new(key, Expected::Date, other)),
                ("counterfactuals", Value::Bool(flag)) => options.counterfactuals = *flag,
                ("counterfactuals", other) => errors.push(InputError::new(key, Expected::Bool, other)),
                ("explain", Value::Bool(flag)) => options.explain = *flag,
                ("explain", other) => errors.push(InputError::new(key, Expected::Bool, other)),
                ("regimes", value) => options.regimes = ids(key, value, &mut errors),
                ("binding", value) => options.binding = ids(key, value, &mut errors),
                ("policies", Value::Array(items)) => {
                    for (index, item) in items.iter().enumerate() {
                        match Policy::from_value(item) {
                            Ok(policy) => options.policies.push(policy),
                            Err(policy_errors) => errors
                                .extend(policy_errors.into_iter().map(|e| e.within(&format!("policies[{index}]")))),
                        }
                    }
                }
                ("policies", other) => errors.push(InputError::new(key, Expected::NonEmptyList, other)),
                _ => errors.push(InputError::unknown_field(
                    key,
                    key,
                    vec!["lang", "date", "regimes", "binding", "policies", "counterfactuals", "explain"],
                )),
            }
        }
        if errors.is_empty() {
            let selected = options.select().map(|_| ());
            selected.map(|()| options)
        } else {
            Err(errors)
        }
    }

    /// Every regime available: the built-in ones, then the caller's policies.
    fn available(&self) -> Vec<Regime<'_>> {
        let mut regimes = Regime::BUILT_IN.to_vec();
        regimes.extend(Policy::builtin().iter().map(Regime::Policy));
        regimes.extend(self.policies.iter().map(Regime::Policy));
        regimes
    }

    /// The regimes to assess under, in the order requested, and which are binding.
    pub fn select(&self) -> Result<Vec<Selected<'_>>, Vec<InputError>> {
        let available = self.available();
        let mut errors = Vec::new();
        // A policy may not reuse the id of a built-in policy or of an earlier one.
        let builtin = available.len() - self.policies.len();
        for (index, policy) in self.policies.iter().enumerate() {
            let id = policy.regime_id();
            let earlier = available.iter().take(builtin + index).any(|regime| regime.is(&id));
            if earlier {
                errors.push(InputError::new(
                    &format!("policies[{index}].id"),
                    Expected::UniqueId,
                    &Value::String(policy.id.clone()),
                ));
            }
        }
        let ids: Vec<String> = match &self.regimes {
            Some(ids) => ids.clone(),
            None => {
                let mut ids: Vec<String> = Vec::new();
                for id in available.iter().map(Regime::id) {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                ids
            }
        };
        let mut selected: Vec<Selected<'_>> = Vec::new();
        for (index, id) in ids.iter().enumerate() {
            match available.iter().find(|regime| regime.is(id)) {
                Some(regime) if !selected.iter().any(|s| s.regime.is(id)) => {
                    selected.push(Selected { regime: *regime, binding: false })
                }
                Some(_) => errors.push(InputError::new(
                    &format!("regimes[{index}]"),
                    Expected::NoRepeats,
                    &Value::String(id.clone()),
                )),
                None => {
                    let known: Vec<String> = available.iter().map(Regime::id).collect();
                    errors.push(unknown_regime(&format!("regimes[{index}]"), id, &known));
                }
            }
        }
        let binding = self
            .binding
            .clone()
            .unwrap_or_else(|| Regime::BINDING_BY_DEFAULT.iter().map(|id| (*id).to_owned()).collect());
        for (index, id) in binding.iter().enumerate() {
            match selected.iter_mut().find(|s| s.regime.is(id)) {
                Some(selected) => selected.binding = true,
                None if self.binding.is_none() => {}
                None => errors.push(unknown_regime(&format!("binding[{index}]"), id, &ids)),
            }
        }
        if errors.is_empty() && !selected.iter().any(|s| s.binding) {
            errors.push(InputError::missing("binding"));
        }
        if errors.is_empty() {
            Ok(selected)
        } else {
            Err(errors)
        }
    }
}

fn unknown_regime(path: &str, id: &str, known: &[String]) -> InputError {
    InputError::unknown_field(path, id, known)
}

fn ids(key: &str, value: &Value, errors: &mut Vec<InputError>) -> Option<Vec<String>> {
    let Value::Array(items) = value else {
        errors.push(InputError::new(key, Expected::NonEmptyList, value));
        return None;
    };
    let mut ids = Vec::new();
    for (index, item) in items.iter().enumerate() {
        match item {
            Value::String(id) => ids.push(id.clone()),
            other => errors.push(InputError::new(&format!("{key}[{index}]"), Expected::Identifier, other)),
        }
    }
    Some(ids)
}
