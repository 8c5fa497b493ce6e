//! The JSON-text API: each operation takes JSON text and returns JSON text, a
//! `{ "type": "success", ... }` or `{ "type": "failure", "errors": [...] }` object. The
//! WebAssembly boundary exposes exactly these functions (adding only the clock), and
//! native tests call them too, so both give the same output byte for byte.

use crate::assessment::{assess, Assessment, Options};
use crate::facts::errors::{ErrorReport, InputError};
use crate::facts::{Date, Deployment, Value};
use crate::i18n::Lang;
use crate::json_text;
use crate::law::dates;
use crate::policy::Policy;
use serde::Serialize;

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
enum Outcome<T: Serialize> {
    Success(T),
    Failure { errors: Vec<ErrorReport> },
}

fn failure(errors: &[InputError], lang: Lang) -> String {
    json_text::to_string(&Outcome::<()>::Failure { errors: errors.iter().map(|e| e.report(lang)).collect() })
}

/// The language an options object asks for; English otherwise.
fn requested_lang(options: &Value) -> Lang {
    match options {
        Value::Object(entries) => entries
            .iter()
            .find_map(|(key, value)| match (key.as_str(), value) {
                ("lang", Value::String(tag)) => Lang::negotiate(tag),
                _ => None,
            })
            .unwrap_or(Lang::En),
        _ => Lang::En,
    }
}

#[derive(Serialize)]
struct Assessed {
    assessment: Assessment,
}

/// Assesses a deployment; `deployment` and `options` are JSON text.
pub fn assess_json(deployment: &str, options: &str, today: Date) -> String {
    let options = match json_text::parse(options) {
        Ok(options) => options,
        Err(error) => return failure(&[error.within("options")], Lang::En),
    };
    let lang = requested_lang(&options);
    let options = match Options::from_value(&options, today) {
        Ok(options) => options,
        Err(errors) => return failure(&errors.into_iter().map(|e| e.within("options")).collect::<Vec<_>>(), lang),
    };
    let deployment = match json_text::parse(deployment).map_err(|e| vec![e]).and_then(|v| Deployment::from_value(&v)) {
        Ok(deployment) => deployment,
        Err(errors) => return failure(&errors, lang),
    };
    match assess(&deployment, &options) {
        Ok(assessment) => json_text::to_string(&Outcome::Success(Assessed { assessment })),
        Err(errors) => failure(&errors, lang),
    }
}

/// The question catalogue in a language (a BCP 47 tag; English when unsupported).
pub fn questions_json(lang: &str) -> String {
    json_text::to_string(&crate::catalogue::catalogue(Lang::negotiate(lang).unwrap_or(Lang::En)))
}

#[derive(Serialize)]
struct PolicySummary {
    policy: PolicyInfo,
}

#[derive(Serialize)]
struct PolicyInfo {
    id: String,
    regime: String,
    title: String,
    rules: usize,
}

/// Validates a policy document given as JSON text.
pub fn validate_policy_json(policy: &str, lang: &str) -> String {
    let lang = Lang::negotiate(lang).unwrap_or(Lang::En);
    match json_text::parse(policy).map_err(|e| vec![e]).and_then(|value| Policy::from_value(&value)) {
        Ok(policy) => json_text::to_string(&Outcome::Success(PolicySummary {
            policy: PolicyInfo {
                regime: policy.regime_id(),
                title: policy.title.get(lang).to_owned(),
                rules: policy.rules.len(),
                id: policy.id,
            },
        })),
        Err(errors) => failure(&errors, lang),
    }
}

#[derive(Serialize)]
struct Registered {
    language: LanguageInfo,
}

#[derive(Serialize)]
struct LanguageInfo {
    lang: Lang,
    messages: usize,
}

/// Registers a language's message catalogue (the text of its `.messages` file), for a
/// build that does not have it compiled in (the wasm module has English only).
pub fn register_messages_json(lang: &str, catalogue: &str) -> String {
    use crate::facts::errors::Expected;
    use crate::i18n::RegisterError;
    let Some(language) = Lang::from_code(lang) else {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        return failure(&[InputError::unknown_field("lang", lang, codes)], Lang::En);
    };
    match crate::i18n::register(language, catalogue) {
        Ok(messages) => json_text::to_string(&Outcome::Success(Registered { language: LanguageInfo { lang: language, messages } })),
        Err(error) => {
            let (path, detail) = match error {
                RegisterError::Format(line, problem) => (format!("{lang}.messages:{line}"), problem.to_owned()),
                RegisterError::UnknownId(id) => (format!("{lang}.messages:{id}"), "an id English does not have".to_owned()),
                RegisterError::Placeholders(id) => {
                    (format!("{lang}.messages:{id}"), "placeholders that differ from English".to_owned())
                }
            };
            let error = InputError { path, expected: Expected::Catalogue(detail), found: None };
            failure(&[error], Lang::En)
        }
    }
}

#[derive(Serialize)]
struct VersionInfo {
    version: &'static str,
    legal_data_date: Date,
    languages: Vec<&'static str>,
    /// The languages whose texts are available now (the others fall back to English).
    loaded_languages: Vec<&'static str>,
    milestones: Vec<MilestoneInfo>,
}

#[derive(Serialize)]
struct MilestoneInfo {
    id: &'static str,
    date: Date,
    previously: Option<Date>,
}

/// The crate version, the languages, and the date and milestones of the legal data.
pub fn version_json() -> String {
    json_text::to_string(&VersionInfo {
        version: env!("CARGO_PKG_VERSION"),
        legal_data_date: dates::LEGAL_DATA_DATE,
        languages: Lang::ALL.iter().map(|l| l.code()).collect(),
        loaded_languages: Lang::ALL.iter().filter(|l| l.is_loaded()).map(|l| l.code()).collect(),
        milestones: dates::ALL.iter().map(|m| MilestoneInfo { id: m.id, date: m.date, previously: m.previously }).collect(),
    })
}
