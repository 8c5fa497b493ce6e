//! The regimes a deployment is assessed under: the law in force, the 2021 proposal, and
//! policies written as data.

pub mod common;
pub mod eu_ai_act;
pub mod proposal_2021;
pub mod registry;
pub mod scope;

use crate::engine::trace::Trace;
use crate::engine::verdict::Leaf;
use crate::facts::knowledge::{Ask, Split};
use crate::i18n::{self, Lang};
use crate::policy::Policy;

/// The id of the law in force.
pub const EU_AI_ACT: &str = "eu-ai-act";
/// The id of the 2021 proposal.
pub const PROPOSAL_2021: &str = "eu-ai-act-2021-proposal";

/// A regime to assess under.
#[derive(Clone, Copy, Debug)]
pub enum Regime<'p> {
    /// Regulation (EU) 2024/1689.
    EuAiAct,
    /// COM(2021) 206.
    Proposal2021,
    /// A policy document.
    Policy(&'p Policy),
}

impl<'p> Regime<'p> {
    /// The regime's id.
    pub fn id(&self) -> String {
        match self {
            Regime::EuAiAct => EU_AI_ACT.to_owned(),
            Regime::Proposal2021 => PROPOSAL_2021.to_owned(),
            Regime::Policy(policy) => policy.regime_id(),
        }
    }

    /// Whether the regime has this id (without building the id).
    pub fn is(&self, id: &str) -> bool {
        match self {
            Regime::EuAiAct => id == EU_AI_ACT,
            Regime::Proposal2021 => id == PROPOSAL_2021,
            Regime::Policy(policy) => policy.has_regime_id(id),
        }
    }

    /// The regime's title in a language.
    pub fn title(&self, lang: Lang) -> String {
        match self {
            Regime::EuAiAct => i18n::text(lang, "regime.eu-ai-act.title").to_owned(),
            Regime::Proposal2021 => i18n::text(lang, "regime.eu-ai-act-2021-proposal.title").to_owned(),
            Regime::Policy(policy) => policy.title.get(lang).to_owned(),
        }
    }

    /// Evaluates the regime on what is known, splitting on what it needs and is not.
    pub fn evaluate(&self, ask: &mut Ask<'_>, out: &mut Trace) -> Result<Leaf, Split> {
        match self {
            Regime::EuAiAct => eu_ai_act::evaluate(ask, out),
            Regime::Proposal2021 => proposal_2021::evaluate(ask, out),
            Regime::Policy(policy) => policy.evaluate(ask, out),
        }
    }
}
