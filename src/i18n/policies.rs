//! A policy's texts in the user's language: as the document gives them, else the
//! catalogue's translation (built-in policies), else English, else the first given.

use super::Lang;
use crate::i18n;
use crate::policy::Translations;

impl Translations {
    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &str {
        self.given(lang.code())
            .or_else(|| self.message().and_then(|id| i18n::lookup(lang, id)))
            .or_else(|| self.given("en"))
            .or_else(|| self.first())
            .unwrap_or_default()
    }
}
