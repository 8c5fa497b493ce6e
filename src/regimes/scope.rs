//! Territorial and material scope (Article 2 of the AI Act; the 2021 proposal has the
//! same structure and the engine uses it for both, with each regime's own citations).

use super::common::known_only;
use crate::engine::trace::{Arg, Finding, Trace};
use crate::engine::verdict::{Leaf, Verdict};
use crate::facts::knowledge::{facts, Ask, Split};
use crate::facts::vocabulary::{CountryClass, Operator, Purpose, Role};
use crate::facts::Field;

/// The findings a regime uses for its scope step.
pub struct ScopeFindings {
    /// Used outside the Union.
    pub outside_union: &'static Finding,
    /// Outside the Union, but a provider may still be caught (Art 2(1)(a), (c)).
    pub outside_union_provider: &'static Finding,
    /// Military, defence or national security.
    pub national_security: &'static Finding,
    /// Scientific research and development only.
    pub research: &'static Finding,
    /// A natural person's purely personal, non-professional activity.
    pub personal: &'static Finding,
    /// The regime applies.
    pub applies: &'static Finding,
}

/// The purposes a natural person can pursue in a purely personal, non-professional
/// activity (Art 2(10)): their own door, their own home's security, their own health.
/// The others are professional or public by nature (a business, staff, teaching, a
/// public service, law enforcement, borders), whoever pursues them.
const PERSONAL: &[Purpose] = &[Purpose::AccessControl, Purpose::SafetyAndSecurity, Purpose::Medical];

/// Step 1: returns the `not-applicable` leaf when the regime does not apply.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace, findings: &ScopeFindings) -> Result<Option<Leaf>, Split> {
    if ask.is(facts::COUNTRY, CountryClass::OutsideEu)? {
        out.finding_with(findings.outside_union, || vec![("law", Arg::PerCountry("scope.law-outside-eu"))]);
        known_only(ask, out, |ask, out| {
            if ask.is_any(facts::ROLE, &[Role::Provider, Role::ProviderAndDeployer])? {
                out.finding(findings.outside_union_provider);
            }
            Ok(())
        });
        return Ok(Some(Leaf::of(Verdict::NotApplicable)));
    }
    if ask.is(facts::PURPOSE, Purpose::NationalSecurityDefence)? {
        out.finding(findings.national_security);
        return Ok(Some(Leaf::of(Verdict::NotApplicable)));
    }
    if ask.is(facts::PURPOSE, Purpose::ScientificResearch)? {
        out.finding(findings.research);
        return Ok(Some(Leaf::of(Verdict::NotApplicable)));
    }
    // Article 2(10) lifts the obligations of *deployers* in a purely personal,
    // non-professional activity; a private individual who supplies a system is a
    // provider like any other.
    if ask.is(facts::OPERATOR, Operator::PrivateIndividual)?
        && ask.is_any(facts::PURPOSE, PERSONAL)?
        && ask.is(facts::ROLE, Role::Deployer)?
    {
        out.finding(findings.personal);
        return Ok(Some(Leaf::of(Verdict::NotApplicable)));
    }
    out.finding_with(findings.applies, || vec![("country", Arg::FieldValue(Field::Country))]);
    Ok(None)
}
