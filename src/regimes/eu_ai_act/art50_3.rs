//! Article 50(3): informing people exposed to emotion recognition or biometric
//! categorisation.
//!
//! > Deployers of an emotion recognition system or a biometric categorisation system
//! > shall inform the natural persons exposed thereto of the operation of the system
//! > [...]. This obligation shall not apply to AI systems used for biometric
//! > categorisation and emotion recognition, which are permitted by law to detect,
//! > prevent or investigate criminal offences, subject to appropriate safeguards [...]
//!
//! The law enforcement exclusion depends on a law permitting the use, which the engine
//! cannot see; it is stated as a note next to the duty rather than assumed.

use super::art5_1_g::is_categorisation_system;
use crate::engine::trace::{Finding, FindingKind, Obligation, Trace, Who};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::{Function, Purpose, Role};
use crate::facts::Field;
use crate::law::{dates, Citation, Reading};
use crate::engine::ask::{known_only, safeguard_status};

const ART_50_3: Citation = Citation::article(50).paragraph(3);

/// The duty applies.
pub static APPLIES: Finding = Finding {
    id: "ai-act.art50-3.applies",
    kind: FindingKind::Transparency,
    citations: &[ART_50_3, Citation::recital(132)],
    applies_from: Some(&dates::GENERAL),
};

/// The law enforcement exclusion may apply.
pub static LAW_ENFORCEMENT_EXCLUSION: Finding = Finding {
    id: "ai-act.art50-3.law-enforcement-exclusion",
    kind: FindingKind::Note,
    citations: &[ART_50_3],
    applies_from: Some(&dates::GENERAL),
};

/// Inform the persons exposed.
pub static INFORM: Obligation = Obligation {
    id: "ai-act.art50-3.inform",
    who: Who::Deployer,
    citations: &[ART_50_3, Citation::article(50).paragraph(5)],
    applies_from: Some(&dates::GENERAL),
    field: Some(Field::SafeguardPersonsInformed),
};

/// The duty falls on the deployers of a system this provider supplies.
pub static DEPLOYERS_DUTY: Finding = Finding {
    id: "ai-act.art50-3.deployers-duty",
    kind: FindingKind::Note,
    citations: &[ART_50_3],
    applies_from: Some(&dates::GENERAL),
};

/// INTERPRETATION: the law enforcement exclusion of Article 50(3).
pub static READING_EXCLUSION: Reading = Reading {
    id: "ai-act.art50-3.law-enforcement",
    provisions: &[ART_50_3],
    text: "The duty to inform \"shall not apply to AI systems used for biometric categorisation and emotion recognition, which are permitted by law to detect, prevent or investigate criminal offences, subject to appropriate safeguards\" (Article 50(3)).",
    reading: "The duty is listed for law enforcement use too, with a note that it lapses where a law permits the system for criminal investigations with safeguards: the law permitting it is not a fact of the description.",
    not_taken: "Dropping the duty for every law enforcement use.",
    code: "regimes/eu_ai_act/art50_3.rs, check()",
};

/// Step 5: whether the transparency duty applies. It binds deployers; a provider that
/// does not use the system is told that its customers carry it.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<bool, Split> {
    let emotion = ask.has(facts::FUNCTIONS, Function::EmotionRecognition)?;
    if !emotion && !is_categorisation_system(ask)? {
        return Ok(false);
    }
    if ask.is(facts::ROLE, Role::Provider)? {
        out.finding(&DEPLOYERS_DUTY);
        return Ok(false);
    }
    out.finding(&APPLIES);
    let informed = safeguard_status(ask, Field::SafeguardPersonsInformed);
    out.obligation(&INFORM, informed);
    // INTERPRETATION (READING_EXCLUSION).
    known_only(ask, out, |ask, out| {
        if ask.is(facts::PURPOSE, Purpose::LawEnforcement)? {
            out.finding(&LAW_ENFORCEMENT_EXCLUSION);
        }
        Ok(())
    });
    Ok(true)
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&APPLIES, &LAW_ENFORCEMENT_EXCLUSION, &DEPLOYERS_DUTY];
/// Every obligation of this module.
pub static OBLIGATIONS: &[&Obligation] = &[&INFORM];
/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_EXCLUSION];
