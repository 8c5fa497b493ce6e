//! The regimes a deployment is assessed under: the law in force (the AI Act and data
//! protection law), the 2021 proposal, and policies written as data.

pub mod common;
pub mod data_protection;
pub mod eu_ai_act;
pub mod proposal_2021;
pub mod registry;
pub mod scope;

use crate::engine::trace::Trace;
use crate::engine::Rules;
use crate::engine::verdict::{Leaf, Verdict};
use crate::engine::ask::{Ask, Split};
use crate::policy::Policy;

/// The id of the law in force.
pub const EU_AI_ACT: &str = "eu-ai-act";
/// The id of the 2021 proposal.
pub const PROPOSAL_2021: &str = "eu-ai-act-2021-proposal";
/// The id of data protection law (GDPR and Directive 2016/680).
pub const DATA_PROTECTION: &str = "data-protection";

/// A regime to assess under.
#[derive(Clone, Copy, Debug)]
pub enum Regime<'p> {
    /// Regulation (EU) 2024/1689.
    EuAiAct,
    /// Regulation (EU) 2016/679 and Directive (EU) 2016/680 on biometric data.
    DataProtection,
    /// COM(2021) 206.
    Proposal2021,
    /// A policy document.
    Policy(&'p Policy),
    /// Several regimes at once, for the overall verdict: the strictest of their
    /// verdicts on the same facts. Exploring them together, rather than each on its
    /// own, keeps only the combinations some description can reach.
    Together(&'p [Regime<'p>]),
}

impl Regime<'static> {
    /// The regimes written in the code, in the order reports show them: the law in
    /// force first, then the proposal shown for comparison.
    pub const BUILT_IN: &'static [Regime<'static>] = &[Regime::EuAiAct, Regime::DataProtection, Regime::Proposal2021];
    /// The regimes that count towards the overall verdict unless the caller says
    /// otherwise: the law in force.
    pub const BINDING_BY_DEFAULT: &'static [&'static str] = &[EU_AI_ACT, DATA_PROTECTION];
}

impl<'p> Regime<'p> {
    /// The regime's id.
    pub fn id(&self) -> String {
        match self {
            Regime::EuAiAct => EU_AI_ACT.to_owned(),
            Regime::DataProtection => DATA_PROTECTION.to_owned(),
            Regime::Proposal2021 => PROPOSAL_2021.to_owned(),
            Regime::Policy(policy) => policy.regime_id(),
            Regime::Together(regimes) => regimes.iter().map(Regime::id).collect::<Vec<_>>().join("+"),
        }
    }

    /// Whether the regime has this id (without building the id).
    pub fn is(&self, id: &str) -> bool {
        match self {
            Regime::EuAiAct => id == EU_AI_ACT,
            Regime::DataProtection => id == DATA_PROTECTION,
            Regime::Proposal2021 => id == PROPOSAL_2021,
            Regime::Policy(policy) => policy.has_regime_id(id),
            Regime::Together(_) => false,
        }
    }


}

impl Rules for Regime<'_> {
    /// Evaluates the regime on what is known, splitting on what it needs and is not.
    fn evaluate(&self, ask: &mut Ask<'_>, out: &mut Trace) -> Result<Leaf, Split> {
        match self {
            Regime::EuAiAct => eu_ai_act::evaluate(ask, out),
            Regime::DataProtection => data_protection::evaluate(ask, out),
            Regime::Proposal2021 => proposal_2021::evaluate(ask, out),
            Regime::Policy(policy) => policy.evaluate(ask, out),
            Regime::Together(regimes) => {
                let mut strictest: Option<Leaf> = None;
                let mut open = false;
                for regime in *regimes {
                    let leaf = regime.evaluate(ask, out)?;
                    open |= leaf.open_conditions;
                    if strictest.is_none_or(|s| leaf.verdict.strictness() > s.verdict.strictness()) {
                        strictest = Some(leaf);
                    }
                }
                // An open condition of any of them can still prohibit the use.
                Ok(strictest.map_or(Leaf::of(Verdict::NotApplicable), |leaf| {
                    leaf.open_if(open && leaf.verdict != Verdict::Prohibited)
                }))
            }
        }
    }
}
