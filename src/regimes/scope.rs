//! Territorial and material scope (Article 2 of the AI Act; the 2021 proposal has the
//! same structure and the engine uses it for both, with each regime's own citations and
//! exclusions: the proposal excluded only exclusively military use).

use crate::engine::ask::known_only;
use crate::engine::trace::{Arg, Finding, Trace};
use crate::engine::verdict::{Leaf, Verdict};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::{CountryClass, Operator, Purpose, Role};
use crate::facts::Field;
use crate::law::{Citation, Reading};

/// The findings a regime uses for its scope step.
pub struct ScopeFindings {
    /// Used outside the Union.
    pub outside_union: &'static Finding,
    /// Outside the Union, but a provider may still be caught (Art 2(1)(a), (c)).
    pub outside_union_provider: &'static Finding,
    /// The purposes the instrument excludes, and the finding that says so.
    pub excluded: (&'static [Purpose], &'static Finding),
    /// Scientific research and development only, where the instrument excludes it.
    pub research: Option<&'static Finding>,
    /// A natural person's purely personal, non-professional activity, where the
    /// instrument excludes it.
    pub personal: Option<&'static Finding>,
    /// The regime applies.
    pub applies: &'static Finding,
}

/// The purposes a natural person can pursue in a purely personal, non-professional
/// activity (Art 2(10)): their own door, their own home's security, their own health.
/// The others are professional or public by nature (a business, staff, teaching, a
/// public service, law enforcement, borders), whoever pursues them.
const PERSONAL: &[Purpose] = &[Purpose::AccessControl, Purpose::SafetyAndSecurity, Purpose::Medical];

/// INTERPRETATION: what a "purely personal non-professional activity" is.
pub static READING_PERSONAL_USE: Reading = Reading {
    id: "ai-act.art2-10.personal-use",
    provisions: &[Citation::article(2).paragraph(10)],
    text: "The Regulation \"does not apply to obligations of deployers who are natural persons using AI systems in the course of a purely personal non-professional activity\" (Article 2(10)).",
    reading: "A private individual who deploys the system for a purpose a person can pursue privately (their own door, their home's security, their own health) is outside the deployer obligations. Law enforcement, a public service, teaching, borders, managing workers or a commercial service are never personal, whoever pursues them. A private individual who supplies a system is a provider like any other.",
    not_taken: "Asking whether the activity is personal as a separate fact. Not taken because the purpose already answers it for the cases that matter. Data protection law draws the line differently (a camera that films public space is not personal: Ryneš), and its regime follows that line.",
    code: "regimes/scope.rs, is_personal_use()",
};

/// INTERPRETATION: Norway, Iceland and Liechtenstein.
pub static READING_EEA: Reading = Reading {
    id: "ai-act.eea",
    provisions: &[Citation::article(2).paragraph(1)],
    text: "The Regulation is marked as a text with EEA relevance; it binds the EEA states once the EEA Joint Committee incorporates it into the EEA Agreement. The GDPR is part of the Agreement.",
    reading: "For a use in Norway, Iceland or Liechtenstein the AI Act does not apply (the sources do not show its incorporation), while data protection law does.",
    not_taken: "Applying the AI Act in the EEA as in the Union. To be revisited once the Agreement incorporates the Regulation.",
    code: "regimes/scope.rs, check(); regimes/data_protection/scope.rs",
};

/// A natural person using the system for a purpose a person can pursue privately.
///
/// INTERPRETATION (READING_PERSONAL_USE).
pub fn is_personal_use(ask: &mut Ask<'_>) -> Result<bool, Split> {
    Ok(ask.is(facts::OPERATOR, Operator::PrivateIndividual)?
        && ask.is_any(facts::PURPOSE, PERSONAL)?
        && ask.is(facts::ROLE, Role::Deployer)?)
}

/// Step 1: returns the `not-applicable` leaf when the regime does not apply.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace, findings: &ScopeFindings) -> Result<Option<Leaf>, Split> {
    // INTERPRETATION (READING_EEA): Norway, Iceland and Liechtenstein are outside the
    // Union; the Regulation binds them only once the EEA Agreement takes it over.
    if ask.is_any(facts::COUNTRY, &[CountryClass::Eea, CountryClass::OutsideEu])? {
        out.finding_with(findings.outside_union, || vec![("law", Arg::PerCountry("scope.law-outside-eu"))]);
        known_only(ask, out, |ask, out| {
            if ask.is_any(facts::ROLE, &[Role::Provider, Role::ProviderAndDeployer])? {
                out.finding(findings.outside_union_provider);
            }
            Ok(())
        });
        return Ok(Some(Leaf::because(Verdict::NotApplicable, findings.outside_union)));
    }
    let (excluded_purposes, excluded) = findings.excluded;
    if ask.is_any(facts::PURPOSE, excluded_purposes)? {
        out.finding(excluded);
        return Ok(Some(Leaf::because(Verdict::NotApplicable, excluded)));
    }
    if let Some(research) = findings.research {
        if ask.is(facts::PURPOSE, Purpose::ScientificResearch)? {
            out.finding(research);
            return Ok(Some(Leaf::because(Verdict::NotApplicable, research)));
        }
    }
    // Article 2(10) lifts the obligations of *deployers* in a purely personal,
    // non-professional activity; a private individual who supplies a system is a
    // provider like any other.
    if let Some(personal) = findings.personal {
        if is_personal_use(ask)? {
            out.finding(personal);
            return Ok(Some(Leaf::because(Verdict::NotApplicable, personal)));
        }
    }
    out.finding_with(findings.applies, || vec![("country", Arg::FieldValue(Field::Country))]);
    Ok(None)
}

/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_PERSONAL_USE, &READING_EEA];
