//! Input errors in words: what was expected and the whole message, in the user's
//! language. The errors themselves are data (`facts::errors`).

use super::Lang;
use crate::facts::errors::{ErrorReport, Expected, InputError};
use crate::facts::value::format_number;
use crate::i18n;

impl InputError {
    /// What was expected, in words.
    pub fn expected_text(&self, lang: Lang) -> String {
        let list = |options: &[&str]| i18n::list(lang, options.iter().map(|o| format!("\"{o}\"")));
        let names = |names: &[String]| i18n::list(lang, names.iter().map(|o| format!("\"{o}\"")));
        match &self.expected {
            Expected::Object => i18n::text(lang, "error.expected.object").to_owned(),
            Expected::NoDuplicateKey => i18n::text(lang, "error.expected.no-duplicate-key").to_owned(),
            Expected::KnownField(known) => {
                i18n::format(lang, "error.expected.known-field", &[("fields", &names(known))])
            }
            Expected::Text { max_chars } => {
                i18n::format(lang, "error.expected.text", &[("max", &max_chars.to_string())])
            }
            Expected::Date => i18n::text(lang, "error.expected.date").to_owned(),
            Expected::Country { suggestion: Some(code) } => {
                i18n::format(lang, "error.expected.country-suggestion", &[("code", code)])
            }
            Expected::Country { suggestion: None } => i18n::text(lang, "error.expected.country").to_owned(),
            Expected::OneOf(options) => i18n::format(lang, "error.expected.one-of", &[("options", &list(options))]),
            Expected::ListOf(options) => {
                i18n::format(lang, "error.expected.list-of", &[("options", &list(options))])
            }
            Expected::NoRepeats => i18n::text(lang, "error.expected.no-repeats").to_owned(),
            Expected::Bool => i18n::text(lang, "error.expected.bool").to_owned(),
            Expected::Number { min, max } => i18n::format(
                lang,
                "error.expected.number",
                &[("min", &format_number(*min)), ("max", &format_number(*max))],
            ),
            Expected::Json(detail) => i18n::format(lang, "error.expected.json", &[("detail", detail)]),
            Expected::Identifier => i18n::text(lang, "error.expected.identifier").to_owned(),
            Expected::Translations => i18n::text(lang, "error.expected.translations").to_owned(),
            Expected::Url => i18n::text(lang, "error.expected.url").to_owned(),
            Expected::NonEmptyList => i18n::text(lang, "error.expected.non-empty-list").to_owned(),
            Expected::UniqueId => i18n::text(lang, "error.expected.unique-id").to_owned(),
            Expected::Required => i18n::text(lang, "error.expected.required").to_owned(),
            Expected::NoRequires => i18n::text(lang, "error.expected.no-requires").to_owned(),
            Expected::Catalogue(detail) => i18n::format(lang, "error.expected.catalogue", &[("detail", detail)]),
        }
    }

    /// The whole message in words.
    pub fn message(&self, lang: Lang) -> String {
        let path = if self.path.is_empty() {
            i18n::text(lang, "error.the-input").to_owned()
        } else {
            self.path.clone()
        };
        let found = self.found.clone().unwrap_or_else(|| i18n::text(lang, "error.found-nothing").to_owned());
        i18n::format(lang, "error.message", &[("path", &path), ("expected", &self.expected_text(lang)), ("found", &found)])
    }

    /// The error in the user's language.
    pub fn report(&self, lang: Lang) -> ErrorReport {
        ErrorReport {
            path: self.path.clone(),
            code: self.error_code(),
            expected: self.expected_text(lang),
            found: self.found.clone(),
            message: self.message(lang),
        }
    }

}
