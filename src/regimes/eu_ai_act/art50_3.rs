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
use crate::engine::ask::{Ask, Split, Tri};
use crate::facts::vocabulary::{Function, Role};
use crate::facts::Field;
use crate::law::{dates, Citation, Reading};
use crate::engine::ask::{known_only, safeguard_status};
use crate::regimes::common::is_law_enforcement;

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
    reading: "For law enforcement use, the law the description names (safeguards.national_law: a national or EU law that expressly allows this use) is the law permitting the system: where it exists the duty does not apply; where it does not, the duty applies; not known, it is asked when it decides the verdict, and otherwise the duty is listed.",
    not_taken: "Dropping the duty for every law enforcement use, or keeping it although a law permits the use.",
    code: "regimes/eu_ai_act/art50_3.rs, check()",
};

/// Step 5: whether the transparency duty applies. It binds deployers; a provider that
/// does not use the system is told that its customers carry it. `decides`: no stricter
/// verdict holds, so whether the duty applies decides the verdict (and its law
/// enforcement exclusion is asked rather than only read where known).
pub fn check(ask: &mut Ask<'_>, out: &mut Trace, decides: bool) -> Result<bool, Split> {
    let emotion = ask.has(facts::FUNCTIONS, Function::EmotionRecognition)?;
    if !emotion && !is_categorisation_system(ask)? {
        return Ok(false);
    }
    if ask.is(facts::ROLE, Role::Provider)? {
        out.finding(&DEPLOYERS_DUTY);
        return Ok(false);
    }
    // INTERPRETATION (READING_EXCLUSION).
    let permitted_by_law = if decides {
        is_law_enforcement(ask)? && ask.flag(facts::NATIONAL_LAW)?
    } else {
        known_only(ask, out, |ask, _| Ok(is_law_enforcement(ask)? && ask.peek(facts::NATIONAL_LAW) == Tri::Met))
            .unwrap_or(false)
    };
    if permitted_by_law {
        out.finding(&LAW_ENFORCEMENT_EXCLUSION);
        return Ok(false);
    }
    out.finding(&APPLIES);
    let informed = safeguard_status(ask, Field::SafeguardPersonsInformed);
    out.obligation(&INFORM, informed);
    Ok(true)
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&APPLIES, &LAW_ENFORCEMENT_EXCLUSION, &DEPLOYERS_DUTY];
/// Every obligation of this module.
pub static OBLIGATIONS: &[&Obligation] = &[&INFORM];
/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_EXCLUSION];
