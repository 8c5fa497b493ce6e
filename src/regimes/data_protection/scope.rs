//! Step 1: whether data protection law applies.
//!
//! > GDPR Article 2(2): This Regulation does not apply to the processing of personal
//! > data: (a) in the course of an activity which falls outside the scope of Union law;
//! > (c) by a natural person in the course of a purely personal or household activity;
//! > (d) by competent authorities for the purposes of [law enforcement].
//!
//! Directive 2016/680 Article 2(3)(a) excludes the same activities outside Union law.
//! Territorially (GDPR Article 3) the GDPR covers processing in the Union, and through
//! the EEA Agreement in Norway, Iceland and Liechtenstein; a use elsewhere, watching
//! people elsewhere, is not covered.
//!
//! A camera at home is not "purely personal or household" where it films public space
//! beyond the person's own property: CJEU C-212/13 *Ryneš*.

use crate::engine::trace::{Arg, Finding, FindingKind, Trace};
use crate::engine::verdict::{Leaf, Verdict};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::{CountryClass, Purpose, Space};
use crate::law::{Citation, Instrument, Reading};
use crate::regimes::scope::is_personal_use;

const GDPR: Instrument = Instrument::Gdpr;
const GDPR_ART_2_2: Citation = Citation::article(2).paragraph(2).of(GDPR);

/// Used outside the Union and the EEA.
pub static OUTSIDE_EEA: Finding = Finding {
    id: "dp.scope.outside-eea",
    kind: FindingKind::Scope,
    citations: &[Citation::article(3).of(GDPR)],
    applies_from: None,
};

/// National security, defence and military activities are outside Union law.
pub static NATIONAL_SECURITY: Finding = Finding {
    id: "dp.scope.national-security",
    kind: FindingKind::Scope,
    citations: &[GDPR_ART_2_2.point("a"), Citation::article(2).paragraph(3).point("a").of(Instrument::Led)],
    applies_from: None,
};

/// A purely personal or household activity.
pub static HOUSEHOLD: Finding = Finding {
    id: "dp.scope.household",
    kind: FindingKind::Scope,
    citations: &[GDPR_ART_2_2.point("c")],
    applies_from: None,
};

/// Filming public space is not purely personal (*Ryneš*).
pub static PUBLIC_SPACE_NOT_HOUSEHOLD: Finding = Finding {
    id: "dp.scope.rynes",
    kind: FindingKind::Scope,
    citations: &[GDPR_ART_2_2.point("c"), Citation::decision(Instrument::CjeuRynes)],
    applies_from: None,
};

/// INTERPRETATION: a private person's camera.
pub static READING_HOUSEHOLD: Reading = Reading {
    id: "dp.gdpr.art2-2-c.household",
    provisions: &[GDPR_ART_2_2.point("c"), Citation::decision(Instrument::CjeuRynes)],
    text: "The GDPR does not apply to processing \"by a natural person in the course of a purely personal or household activity\" (Article 2(2)(c)); a camera that also monitors public space is not such an activity (Ryneš).",
    reading: "A private individual deploying a system for a personal purpose is outside the GDPR unless the place is publicly accessible, in which case the GDPR applies.",
    not_taken: "Asking how far the camera reaches beyond the person's own property; the description says only whether the place is publicly accessible.",
    code: "regimes/data_protection/scope.rs, check()",
};

/// Step 1: returns the `not-applicable` leaf when data protection law does not apply.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Option<Leaf>, Split> {
    if ask.is(facts::COUNTRY, CountryClass::OutsideEu)? {
        out.finding_with(&OUTSIDE_EEA, || vec![("law", Arg::PerCountry("scope.law-outside-eu"))]);
        return Ok(Some(Leaf::because(Verdict::NotApplicable, &OUTSIDE_EEA)));
    }
    if ask.is_any(facts::PURPOSE, &[Purpose::NationalSecurityDefence, Purpose::Military])? {
        out.finding(&NATIONAL_SECURITY);
        return Ok(Some(Leaf::because(Verdict::NotApplicable, &NATIONAL_SECURITY)));
    }
    // INTERPRETATION (READING_HOUSEHOLD).
    if is_personal_use(ask)? {
        if ask.is(facts::SPACE, Space::PubliclyAccessible)? {
            out.finding(&PUBLIC_SPACE_NOT_HOUSEHOLD);
        } else {
            out.finding(&HOUSEHOLD);
            return Ok(Some(Leaf::because(Verdict::NotApplicable, &HOUSEHOLD)));
        }
    }
    Ok(None)
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&OUTSIDE_EEA, &NATIONAL_SECURITY, &HOUSEHOLD, &PUBLIC_SPACE_NOT_HOUSEHOLD];

/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_HOUSEHOLD];
