//! Article 5(1)(f): emotion recognition at work and in education.
//!
//! > (f) the placing on the market, the putting into service for this specific purpose,
//! > or the use of AI systems to infer emotions of a natural person in the areas of
//! > workplace and education institutions, except where the use of the AI system is
//! > intended to be put in place or into the market for medical or safety reasons;
//!
//! Physical states such as fatigue or pain are not emotions (recital 18): a system that
//! only detects them is not an emotion recognition system at all, and the questionnaire
//! says so where it asks what the system does.

use crate::engine::trace::{Arg, Finding, FindingKind, Trace};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::{Function, Subjects};
use crate::facts::Field;
use crate::law::{dates, Citation};

const ART_5_1_F: Citation = Citation::article(5).paragraph(1).point("f");

/// The prohibition applies.
pub static PROHIBITED: Finding = Finding {
    id: "ai-act.art5-1-f.prohibited",
    kind: FindingKind::Prohibition,
    citations: &[ART_5_1_F, Citation::recital(44)],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// The medical or safety exception applies.
pub static MEDICAL_OR_SAFETY: Finding = Finding {
    id: "ai-act.art5-1-f.medical-or-safety",
    kind: FindingKind::Exception,
    citations: &[ART_5_1_F],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Whether the system infers emotions of workers or students without a medical or
/// safety reason.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Option<&'static Finding>, Split> {
    if !ask.has(facts::FUNCTIONS, Function::EmotionRecognition)? {
        return Ok(None);
    }
    if !ask.is_any(facts::SUBJECTS, &[Subjects::Workers, Subjects::Students])? {
        return Ok(None);
    }
    if ask.flag(facts::MEDICAL_OR_SAFETY)? {
        out.finding(&MEDICAL_OR_SAFETY);
        return Ok(None);
    }
    out.finding_with(&PROHIBITED, || vec![("subjects", Arg::FieldValue(Field::EmotionSubjects))]);
    Ok(Some(&PROHIBITED))
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&PROHIBITED, &MEDICAL_OR_SAFETY];
