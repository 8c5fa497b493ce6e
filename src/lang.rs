//! The languages the engine speaks: a closed vocabulary, like the input's. Their texts
//! are in the message catalogues (`i18n`).

/// A language the engine speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    En,
    /// Swedish.
    Sv,
    /// Spanish.
    Es,
    /// Catalan.
    Ca,
    /// Dutch.
    Nl,
    /// French.
    Fr,
    /// German.
    De,
}

impl Lang {
    /// Every supported language.
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Sv, Lang::Es, Lang::Ca, Lang::Nl, Lang::Fr, Lang::De];

    /// The BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Es => "es",
            Lang::Ca => "ca",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
            Lang::De => "de",
        }
    }

    /// A supported language by its exact code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.iter().copied().find(|lang| lang.code() == code)
    }

    /// The supported language that best matches a BCP 47 tag (`sv-SE` → `sv`), if any.
    pub fn negotiate(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        Lang::from_code(&primary)
    }

    /// The language version of EUR-Lex to link to: its three-letter code for ELI
    /// addresses and two-letter code for CELEX addresses. Catalan is not an official
    /// language of the Union; Catalan readers get the Spanish version.
    pub fn eur_lex(self) -> (&'static str, &'static str) {
        match self {
            Lang::En => ("eng", "EN"),
            Lang::Sv => ("swe", "SV"),
            Lang::Es | Lang::Ca => ("spa", "ES"),
            Lang::Nl => ("nld", "NL"),
            Lang::Fr => ("fra", "FR"),
            Lang::De => ("deu", "DE"),
        }
    }
}
