//! The regimes' titles in the user's language.

use super::Lang;
use crate::i18n;
use crate::regimes::Regime;

impl Regime<'_> {
    /// The regime's title in a language.
    pub fn title(&self, lang: Lang) -> String {
        match self {
            Regime::EuAiAct => i18n::text(lang, "regime.eu-ai-act.title").to_owned(),
            Regime::DataProtection => i18n::text(lang, "regime.data-protection.title").to_owned(),
            Regime::Proposal2021 => i18n::text(lang, "regime.eu-ai-act-2021-proposal.title").to_owned(),
            Regime::Policy(policy) => policy.title.get(lang).to_owned(),
            Regime::Together(regimes) => i18n::list_and(lang, regimes.iter().map(|regime| regime.title(lang))),
        }
    }
}
