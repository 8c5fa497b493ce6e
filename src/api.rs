//! The package API, whatever carries it: each operation takes input already read into
//! [`Value`] trees (or the reason it could not be read) and answers a serialisable
//! `{ "type": "success", ... }` or `{ "type": "failure", "errors": [...] }`. The
//! WebAssembly boundary carries these as JavaScript values (adding only the clock);
//! natively, [`json`] carries them as JSON text, and the tests compare the two.

use crate::assessment::{assess as assess_deployment, Assessment, Options};
use crate::facts::errors::{ErrorReport, InputError};
use crate::facts::{Date, Deployment, Value};
use crate::i18n::Lang;
use crate::law::dates;
use crate::policy::Policy;
use serde::Serialize;

/// An input as its carrier read it: a value tree, or why there is none.
pub type Input = Result<Value, InputError>;

/// What an operation answers.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[ts(rename = "Response")]
pub enum Outcome<T> {
    /// It worked.
    Success(T),
    /// Every input error, in the user's language.
    Failure {
        /// The errors, in the order of the input.
        errors: Vec<ErrorReport>,
    },
}

fn failure<T>(errors: &[InputError], lang: Lang) -> Outcome<T> {
    Outcome::Failure { errors: errors.iter().map(|e| e.report(lang)).collect() }
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

/// A successful assessment.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Assessed {
    /// The assessment.
    pub assessment: Assessment,
}

/// Assesses a deployment under options (`lang`, `date`, `regimes`, `binding`,
/// `policies`, `counterfactuals`, `explain`, all optional).
pub fn assess(deployment: Input, options: Input, today: Date) -> Outcome<Assessed> {
    let options = match options {
        Ok(options) => options,
        Err(error) => return failure(&[error.within("options")], Lang::En),
    };
    let lang = requested_lang(&options);
    let options = match Options::from_value(&options, today) {
        Ok(options) => options,
        Err(errors) => return failure(&errors.into_iter().map(|e| e.within("options")).collect::<Vec<_>>(), lang),
    };
    let deployment = match deployment.map_err(|e| vec![e]).and_then(|v| Deployment::from_value(&v)) {
        Ok(deployment) => deployment,
        Err(errors) => return failure(&errors, lang),
    };
    match assess_deployment(&deployment, &options) {
        Ok(assessment) => Outcome::Success(Assessed { assessment }),
        Err(errors) => failure(&errors, lang),
    }
}

/// The question catalogue in a language (a BCP 47 tag; English when unsupported).
pub fn questions(lang: &str) -> crate::catalogue::Catalogue {
    crate::catalogue::catalogue(Lang::negotiate(lang).unwrap_or(Lang::En))
}

/// A valid policy document.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct PolicySummary {
    /// What the document holds.
    pub policy: PolicyInfo,
}

/// What a valid policy document holds.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct PolicyInfo {
    /// Its identifier.
    pub id: String,
    /// Its regime id, `policy:<id>`.
    pub regime: String,
    /// Its title in the requested language.
    pub title: String,
    /// How many rules it has.
    pub rules: usize,
}

/// Validates a policy document.
pub fn validate_policy(policy: Input, lang: &str) -> Outcome<PolicySummary> {
    let lang = Lang::negotiate(lang).unwrap_or(Lang::En);
    match policy.map_err(|e| vec![e]).and_then(|value| Policy::from_value(&value)) {
        Ok(policy) => Outcome::Success(PolicySummary {
            policy: PolicyInfo {
                regime: policy.regime_id(),
                title: policy.title.get(lang).to_owned(),
                rules: policy.rules.len(),
                id: policy.id,
            },
        }),
        Err(errors) => failure(&errors, lang),
    }
}

/// A registered language.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Registered {
    /// The language and how many texts it has.
    pub language: LanguageInfo,
}

/// A language and how many texts it has.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct LanguageInfo {
    /// Its code.
    pub lang: Lang,
    /// How many messages its catalogue has.
    pub messages: usize,
}

/// Registers a language's message catalogue (the text of its `.messages` file), for a
/// build that does not have it compiled in (the wasm module has English only).
pub fn register_messages(lang: &str, catalogue: &str) -> Outcome<Registered> {
    use crate::facts::errors::Expected;
    use crate::i18n::RegisterError;
    let Some(language) = Lang::from_code(lang) else {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        return failure(&[InputError::unknown_field("lang", lang, codes)], Lang::En);
    };
    match crate::i18n::register(language, catalogue) {
        Ok(messages) => Outcome::Success(Registered { language: LanguageInfo { lang: language, messages } }),
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

/// The version of the package and of its legal data.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct VersionInfo {
    /// The crate version.
    pub version: &'static str,
    /// When the legal data was last checked against its sources.
    pub legal_data_date: Date,
    /// Every language the texts exist in.
    pub languages: Vec<&'static str>,
    /// The languages whose texts are available now (the others fall back to English).
    pub loaded_languages: Vec<&'static str>,
    /// The application dates of the law.
    pub milestones: Vec<MilestoneInfo>,
}

/// An application date of the law.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct MilestoneInfo {
    /// Its identifier.
    pub id: &'static str,
    /// When it applies.
    pub date: Date,
    /// The date it replaced, if a later act moved it.
    pub previously: Option<Date>,
}

/// The crate version, the languages, and the date and milestones of the legal data.
pub fn version() -> VersionInfo {
    VersionInfo {
        version: env!("CARGO_PKG_VERSION"),
        legal_data_date: dates::LEGAL_DATA_DATE,
        languages: Lang::ALL.iter().map(|l| l.code()).collect(),
        loaded_languages: Lang::ALL.iter().filter(|l| l.is_loaded()).map(|l| l.code()).collect(),
        milestones: dates::ALL.iter().map(|m| MilestoneInfo { id: m.id, date: m.date, previously: m.previously }).collect(),
    }
}

/// The same operations with JSON text in and out, for native callers (the tests record
/// and compare the API's outputs through these).
#[cfg(not(target_arch = "wasm32"))]
pub mod json {
    use super::Date;
    use crate::json::{parse, to_string};

    /// [`super::assess`] with JSON text.
    pub fn assess(deployment: &str, options: &str, today: Date) -> String {
        to_string(&super::assess(parse(deployment), parse(options), today))
    }

    /// [`super::questions`] as JSON text.
    pub fn questions(lang: &str) -> String {
        to_string(&super::questions(lang))
    }

    /// [`super::validate_policy`] with JSON text.
    pub fn validate_policy(policy: &str, lang: &str) -> String {
        to_string(&super::validate_policy(parse(policy), lang))
    }

    /// [`super::register_messages`] as JSON text.
    pub fn register_messages(lang: &str, catalogue: &str) -> String {
        to_string(&super::register_messages(lang, catalogue))
    }

    /// [`super::version`] as JSON text.
    pub fn version() -> String {
        to_string(&super::version())
    }
}
