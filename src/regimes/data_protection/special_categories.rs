//! Step 2: whether the system processes special categories of personal data.
//!
//! > GDPR Article 4(14): 'biometric data' means personal data resulting from specific
//! > technical processing relating to the physical, physiological or behavioural
//! > characteristics of a natural person, which allow or confirm the unique
//! > identification of that natural person, such as facial images or dactyloscopic data.
//! >
//! > Article 9(1): Processing of personal data revealing racial or ethnic origin,
//! > political opinions, religious or philosophical beliefs, or trade union membership,
//! > and the processing of genetic data, biometric data for the purpose of uniquely
//! > identifying a natural person, data concerning health or data concerning a natural
//! > person's sex life or sexual orientation shall be prohibited.
//!
//! Identification and one-to-one verification both use biometric data to identify a
//! person uniquely ("allow or confirm"). Categorisation is a special category when what
//! it infers is. Counting, detection, and emotion inference that reveals none of these
//! are not: the GDPR's general rules still apply to images of people.

use crate::engine::trace::{Finding, FindingKind, Trace};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::{Attribute, Function, Purpose};
use crate::law::{Citation, Instrument, Reading};

const GDPR: Instrument = Instrument::Gdpr;
const ART_9_1: Citation = Citation::article(9).paragraph(1).of(GDPR);

/// Biometric data processed to identify a person uniquely.
pub static BIOMETRIC_IDENTIFICATION: Finding = Finding {
    id: "dp.special.biometric-identification",
    kind: FindingKind::Classification,
    citations: &[ART_9_1, Citation::article(4).paragraph(14).of(GDPR), Citation::recital(51).of(GDPR)],
    applies_from: None,
};

/// Categorisation that reveals a special category.
pub static REVEALING_CATEGORISATION: Finding = Finding {
    id: "dp.special.categorisation",
    kind: FindingKind::Classification,
    citations: &[ART_9_1],
    applies_from: None,
};

/// Emotion recognition for medical purposes reveals data concerning health.
pub static HEALTH_INFERENCE: Finding = Finding {
    id: "dp.special.health",
    kind: FindingKind::Classification,
    citations: &[ART_9_1],
    applies_from: None,
};

/// No special category: the general rules apply.
pub static NONE: Finding = Finding {
    id: "dp.special.none",
    kind: FindingKind::OtherLaw,
    citations: &[ART_9_1, Citation::article(4).paragraph(14).of(GDPR)],
    applies_from: None,
};

/// INTERPRETATION: verification uses biometric data to identify a person.
pub static READING_VERIFICATION: Reading = Reading {
    id: "dp.gdpr.art4-14.verification",
    provisions: &[Citation::article(4).paragraph(14).of(GDPR), ART_9_1, Citation::recital(51).of(GDPR)],
    text: "Biometric data are data \"which allow or confirm the unique identification\" of a person (Article 4(14)); Article 9(1) covers \"biometric data for the purpose of uniquely identifying a natural person\".",
    reading: "One-to-one verification (unlocking a door with a face, confirming a library member) confirms a unique identification and is processing of a special category, like one-to-many identification.",
    not_taken: "Limiting Article 9 to one-to-many identification, as the AI Act's Annex III does for remote identification. The GDPR's definition says \"or confirm\".",
    code: "regimes/data_protection/special_categories.rs, check()",
};

/// INTERPRETATION: inferred disability, and emotions read for medical care.
pub static READING_HEALTH: Reading = Reading {
    id: "dp.gdpr.art9-1.health",
    provisions: &[ART_9_1, Citation::recital(35).of(GDPR)],
    text: "Article 9(1) covers \"data concerning health\"; recital 35 counts information on a disability among them.",
    reading: "Categorisation that infers a disability reveals health data. Emotion recognition used for medical care reveals data concerning the person's (mental) health. Emotion recognition for anything else reveals no special category by itself.",
    not_taken: "Treating every emotion inference as health data, or none.",
    code: "regimes/data_protection/special_categories.rs, check(); facts/vocabulary.rs, Attribute::SPECIAL_CATEGORIES",
};

/// Step 2: the finding that makes the processing a special category, if any.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Option<&'static Finding>, Split> {
    // INTERPRETATION (READING_VERIFICATION, READING_HEALTH).
    let found = if ask.has_any(facts::FUNCTIONS, &[Function::Identification, Function::Verification])? {
        Some(&BIOMETRIC_IDENTIFICATION)
    } else if ask.has(facts::FUNCTIONS, Function::Categorisation)?
        && ask.has_any(facts::ATTRIBUTES, Attribute::SPECIAL_CATEGORIES)?
    {
        Some(&REVEALING_CATEGORISATION)
    } else if ask.has(facts::FUNCTIONS, Function::EmotionRecognition)? && ask.is(facts::PURPOSE, Purpose::Medical)? {
        Some(&HEALTH_INFERENCE)
    } else {
        None
    };
    out.finding(found.unwrap_or(&NONE));
    Ok(found)
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&BIOMETRIC_IDENTIFICATION, &REVEALING_CATEGORISATION, &HEALTH_INFERENCE, &NONE];
/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_VERIFICATION, &READING_HEALTH];
