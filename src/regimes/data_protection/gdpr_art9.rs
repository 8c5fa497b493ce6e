//! GDPR Article 9(2): the exceptions to the prohibition of Article 9(1).
//!
//! > 2. Paragraph 1 shall not apply if one of the following applies:
//! > (a) the data subject has given explicit consent [...]; (b) [...] employment and
//! > social security and social protection law in so far as it is authorised by Union
//! > or Member State law or a collective agreement [...]; (c) [...] vital interests
//! > [...] where the data subject is physically or legally incapable of giving consent;
//! > (d) [...] not-for-profit body [...] members [...]; (e) [...] manifestly made
//! > public by the data subject; (f) [...] legal claims [...]; (g) [...] substantial
//! > public interest, on the basis of Union or Member State law [...]; (h) [...]
//! > medicine [...] health or social care [...]; (i) [...] public health [...] on the
//! > basis of Union or Member State law [...]; (j) [...] archiving [...] research [...]
//! > statistical purposes [...] based on Union or Member State law [...].
//!
//! The processing is prohibited unless the controller can rely on one of them, so the
//! ground is the condition of the verdict: not known, it stays open; "none", the use is
//! prohibited. A ground that rests on a Union or member state law needs that law
//! (`safeguards.national_law`, the same fact the AI Act reads for Article 5(5)): known
//! to be missing, the ground fails. The other grounds carry requirements no answer of
//! the description can settle; they are listed for the controller to check.
//!
//! Article 9(4) lets member states add conditions for biometric and health data.

use super::{gdpr_art35, special_categories};
use crate::engine::trace::{Condition, Finding, FindingKind, Trace};
use crate::engine::verdict::{Leaf, Verdict};
use crate::engine::ask::{known_only, Ask, Split, Tri};
use crate::facts::knowledge::facts;
use crate::facts::vocabulary::{Ground, Operator, Purpose, Space};
use crate::facts::Field;
use crate::law::{Citation, Instrument, Reading};
use crate::regimes::common::PUBLIC_BODIES;

const GDPR: Instrument = Instrument::Gdpr;
const ART_9_1: Citation = Citation::article(9).paragraph(1).of(GDPR);
const ART_9_2: Citation = Citation::article(9).paragraph(2).of(GDPR);

/// Allowed only if an exception of Article 9(2) applies; which one is not known yet.
pub static GROUND_OPEN: Finding = Finding {
    id: "dp.gdpr.art9-2.open",
    kind: FindingKind::Exception,
    citations: &[ART_9_2, ART_9_2.point("a"), ART_9_2.point("b"), ART_9_2.point("g")],
    applies_from: None,
};

/// The description says no exception applies.
pub static NO_GROUND: Finding = Finding {
    id: "dp.gdpr.art9-2.none",
    kind: FindingKind::Prohibition,
    citations: &[ART_9_1, ART_9_2],
    applies_from: None,
};

/// The ground rests on a law the description says is missing.
pub static LAW_MISSING: Finding = Finding {
    id: "dp.gdpr.art9-2.law-missing",
    kind: FindingKind::Prohibition,
    citations: &[ART_9_1, ART_9_2],
    applies_from: None,
};

/// The ground relied on is not available to this controller.
pub static GROUND_UNAVAILABLE: Finding = Finding {
    id: "dp.gdpr.art9-2.unavailable",
    kind: FindingKind::Prohibition,
    citations: &[ART_9_1, ART_9_2],
    applies_from: None,
};

/// Consent is rarely free where people cannot avoid the system.
pub static CONSENT_DOUBTFUL: Finding = Finding {
    id: "dp.gdpr.art9-2-a.doubtful",
    kind: FindingKind::Note,
    citations: &[ART_9_2.point("a")],
    applies_from: None,
};

/// Member states may add conditions for biometric and health data.
pub static NATIONAL_CONDITIONS: Finding = Finding {
    id: "dp.gdpr.art9-4",
    kind: FindingKind::OtherLaw,
    citations: &[Citation::article(9).paragraph(4).of(GDPR)],
    applies_from: None,
};

/// Which exception the controller relies on.
pub static GROUND: Condition = Condition {
    id: "dp.gdpr.art9-2.condition.ground",
    citations: &[ART_9_1, ART_9_2],
    field: Some(Field::DataProtectionGround),
};

macro_rules! ground {
    ($finding:ident, $id:literal, $point:literal) => {
        #[doc = concat!("The ground of Article 9(2)(", $point, ").")]
        pub static $finding: Finding = Finding {
            id: $id,
            kind: FindingKind::Exception,
            citations: &[ART_9_2.point($point)],
            applies_from: None,
        };
    };
}

macro_rules! requirement {
    ($condition:ident, $id:literal, $point:literal, $field:expr) => {
        #[doc = concat!("What the ground of Article 9(2)(", $point, ") requires.")]
        pub static $condition: Condition = Condition { id: $id, citations: &[ART_9_2.point($point)], field: $field };
    };
}

ground!(CONSENT, "dp.gdpr.art9-2-a", "a");
ground!(EMPLOYMENT, "dp.gdpr.art9-2-b", "b");
ground!(VITAL_INTERESTS, "dp.gdpr.art9-2-c", "c");
ground!(NOT_FOR_PROFIT, "dp.gdpr.art9-2-d", "d");
ground!(MADE_PUBLIC, "dp.gdpr.art9-2-e", "e");
ground!(LEGAL_CLAIMS, "dp.gdpr.art9-2-f", "f");
ground!(PUBLIC_INTEREST, "dp.gdpr.art9-2-g", "g");
ground!(HEALTH_CARE, "dp.gdpr.art9-2-h", "h");
ground!(PUBLIC_HEALTH, "dp.gdpr.art9-2-i", "i");
ground!(RESEARCH, "dp.gdpr.art9-2-j", "j");

requirement!(CONSENT_VALID, "dp.gdpr.art9-2-a.condition.valid", "a", None);
// A collective agreement can authorise it too: a missing law alone does not fail it.
requirement!(EMPLOYMENT_LAW, "dp.gdpr.art9-2-b.condition.law", "b", None);
requirement!(INCAPABLE_OF_CONSENT, "dp.gdpr.art9-2-c.condition.incapable", "c", None);
requirement!(MEMBERS_ONLY, "dp.gdpr.art9-2-d.condition.members", "d", None);
requirement!(MANIFESTLY_PUBLIC, "dp.gdpr.art9-2-e.condition.public", "e", None);
requirement!(NECESSARY_FOR_CLAIMS, "dp.gdpr.art9-2-f.condition.necessary", "f", None);
requirement!(PUBLIC_INTEREST_LAW, "dp.gdpr.art9-2-g.condition.law", "g", Some(Field::SafeguardNationalLaw));
requirement!(HEALTH_BASIS, "dp.gdpr.art9-2-h.condition.basis", "h", None);
requirement!(PUBLIC_HEALTH_LAW, "dp.gdpr.art9-2-i.condition.law", "i", Some(Field::SafeguardNationalLaw));
requirement!(RESEARCH_LAW, "dp.gdpr.art9-2-j.condition.law", "j", Some(Field::SafeguardNationalLaw));

/// Each ground, the finding that states it and what it requires.
const GROUNDS: &[(Ground, &Finding, &Condition)] = &[
    (Ground::ExplicitConsent, &CONSENT, &CONSENT_VALID),
    (Ground::EmploymentLaw, &EMPLOYMENT, &EMPLOYMENT_LAW),
    (Ground::VitalInterests, &VITAL_INTERESTS, &INCAPABLE_OF_CONSENT),
    (Ground::NotForProfitBody, &NOT_FOR_PROFIT, &MEMBERS_ONLY),
    (Ground::MadePublic, &MADE_PUBLIC, &MANIFESTLY_PUBLIC),
    (Ground::LegalClaims, &LEGAL_CLAIMS, &NECESSARY_FOR_CLAIMS),
    (Ground::SubstantialPublicInterest, &PUBLIC_INTEREST, &PUBLIC_INTEREST_LAW),
    (Ground::HealthCare, &HEALTH_CARE, &HEALTH_BASIS),
    (Ground::PublicHealth, &PUBLIC_HEALTH, &PUBLIC_HEALTH_LAW),
    (Ground::ResearchOrStatistics, &RESEARCH, &RESEARCH_LAW),
];

/// INTERPRETATION: the ground as the condition, and the law some grounds rest on.
pub static READING_GROUND: Reading = Reading {
    id: "dp.gdpr.art9-2.ground",
    provisions: &[ART_9_1, ART_9_2],
    text: "Processing special categories \"shall be prohibited\" (Article 9(1)); paragraph 1 \"shall not apply if one of the following applies\" (Article 9(2)), some of them \"on the basis of Union or Member State law\" (points (b), (g), (i), (j)).",
    reading: "The verdict is \"allowed only under conditions\" with the ground as the condition: not known, it stays open; none, the use is prohibited. For a ground that rests on a law, the same fact as the AI Act's national law (safeguards.national_law) says whether the law exists: known to be missing, the ground fails. What the other grounds require (valid consent, vital interests, and so on) is listed for the controller to check; no answer of the description settles it.",
    not_taken: "Judging whether a ground fits the case (for example that consent cannot be valid in a public square). The tool warns where supervisory authorities have rejected consent, but the choice of ground is the controller's.",
    code: "regimes/data_protection/gdpr_art9.rs, check()",
};

/// Step 3 for everyone but the police: the exception of Article 9(2) relied on.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace, special: &'static Finding) -> Result<Leaf, Split> {
    if std::ptr::eq(special, &special_categories::BIOMETRIC_IDENTIFICATION) || std::ptr::eq(special, &special_categories::HEALTH_INFERENCE) {
        out.finding(&NATIONAL_CONDITIONS);
    }
    // INTERPRETATION (READING_GROUND).
    let ground = ask.peek_value(facts::GROUND);
    let leaf = match ground {
        None => {
            out.condition(&GROUND, Tri::Unknown);
            out.finding(&GROUND_OPEN);
            // Answering "none" prohibits the processing.
            Leaf::because(Verdict::Conditional, &GROUND_OPEN).open_if(true)
        }
        Some(Ground::None) => {
            out.condition(&GROUND, Tri::Unmet);
            out.finding(&NO_GROUND);
            return Ok(Leaf::because(Verdict::Prohibited, &NO_GROUND));
        }
        Some(ground) => {
            let Some((_, finding, requirement)) = GROUNDS.iter().find(|(g, _, _)| *g == ground) else {
                return Ok(Leaf::of(Verdict::Conditional));
            };
            out.condition(&GROUND, Tri::Met);
            out.finding(finding);
            let status = match (requirement.field, ground) {
                (Some(_), _) => ask.peek(facts::NATIONAL_LAW),
                // A public body has no members to rely on point (d) for.
                (None, Ground::NotForProfitBody) if ask.is_any(facts::OPERATOR, PUBLIC_BODIES)? => Tri::Unmet,
                (None, _) => Tri::Unknown,
            };
            out.condition(requirement, status);
            if status == Tri::Unmet {
                let failed = if requirement.field.is_some() { &LAW_MISSING } else { &GROUND_UNAVAILABLE };
                out.finding(failed);
                return Ok(Leaf::because(Verdict::Prohibited, failed));
            }
            if ground == Ground::ExplicitConsent {
                known_only(ask, out, consent_doubtful);
            }
            // Only a requirement an answer can settle keeps the outcome open.
            Leaf::because(Verdict::Conditional, finding).open_if(status == Tri::Unknown && requirement.field.is_some())
        }
    };
    gdpr_art35::obligations(ask, out);
    Ok(leaf)
}

/// Consent is rarely freely given where people cannot avoid the system (a publicly
/// accessible space), or where the controller has power over them (employers,
/// schools, public authorities).
fn consent_doubtful(ask: &mut Ask<'_>, out: &mut Trace) -> Result<(), Split> {
    let unavoidable = ask.is(facts::SPACE, Space::PubliclyAccessible)?
        || ask.is_any(facts::PURPOSE, &[Purpose::WorkplaceManagement, Purpose::Education])?
        || ask.is(facts::OPERATOR, Operator::PublicAuthority)?;
    if unavoidable {
        out.finding(&CONSENT_DOUBTFUL);
    }
    Ok(())
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[
    &GROUND_OPEN,
    &NO_GROUND,
    &LAW_MISSING,
    &GROUND_UNAVAILABLE,
    &CONSENT_DOUBTFUL,
    &NATIONAL_CONDITIONS,
    &CONSENT,
    &EMPLOYMENT,
    &VITAL_INTERESTS,
    &NOT_FOR_PROFIT,
    &MADE_PUBLIC,
    &LEGAL_CLAIMS,
    &PUBLIC_INTEREST,
    &HEALTH_CARE,
    &PUBLIC_HEALTH,
    &RESEARCH,
];

/// Every condition of this module.
pub static CONDITIONS: &[&Condition] = &[
    &GROUND,
    &CONSENT_VALID,
    &EMPLOYMENT_LAW,
    &INCAPABLE_OF_CONSENT,
    &MEMBERS_ONLY,
    &MANIFESTLY_PUBLIC,
    &NECESSARY_FOR_CLAIMS,
    &PUBLIC_INTEREST_LAW,
    &HEALTH_BASIS,
    &PUBLIC_HEALTH_LAW,
    &RESEARCH_LAW,
];

/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_GROUND];
