//! High-risk classification: Article 6(2) and Annex III, point 1.
//!
//! > 1. Biometrics, in so far as their use is permitted under relevant Union or national
//! > law: (a) remote biometric identification systems. This shall not include AI
//! > systems intended to be used for biometric verification the sole purpose of which
//! > is to confirm that a specific natural person is the person he or she claims to be;
//! > (b) AI systems intended to be used for biometric categorisation, according to
//! > sensitive or protected attributes or characteristics based on the inference of
//! > those attributes or characteristics; (c) AI systems intended to be used for
//! > emotion recognition.
//!
//! Only reached when no prohibition applies, so "in so far as their use is permitted"
//! holds for the AI Act's own prohibitions; national law may still forbid the use.

use super::art5_1_g::is_categorisation_system;
use super::art26_10::{self, PostUse};
use super::obligations;
use crate::engine::trace::{Finding, FindingKind, Trace};
use crate::engine::verdict::{Leaf, Verdict};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::{Attribute, Function, Role};
use crate::law::{dates, Citation};
use crate::regimes::common::is_remote_identification;
use crate::engine::ask::known_only;

const POINT_1: Citation = Citation::annex("III").paragraph(1);
const ART_6_2: Citation = Citation::article(6).paragraph(2);

/// Point 1(a): remote biometric identification.
pub static REMOTE_IDENTIFICATION: Finding = Finding {
    id: "ai-act.annex-iii.1a",
    kind: FindingKind::Classification,
    citations: &[POINT_1.point("a"), ART_6_2],
    applies_from: Some(&dates::HIGH_RISK_ANNEX_III),
};

/// Point 1(b): categorisation by sensitive or protected attributes.
pub static CATEGORISATION: Finding = Finding {
    id: "ai-act.annex-iii.1b",
    kind: FindingKind::Classification,
    citations: &[POINT_1.point("b"), ART_6_2, Citation::recital(54)],
    applies_from: Some(&dates::HIGH_RISK_ANNEX_III),
};

/// Point 1(c): emotion recognition.
pub static EMOTION_RECOGNITION: Finding = Finding {
    id: "ai-act.annex-iii.1c",
    kind: FindingKind::Classification,
    citations: &[POINT_1.point("c"), ART_6_2, Citation::recital(54)],
    applies_from: Some(&dates::HIGH_RISK_ANNEX_III),
};

/// The provider's derogation under Article 6(3), and why it rarely fits.
pub static DEROGATION: Finding = Finding {
    id: "ai-act.annex-iii.derogation",
    kind: FindingKind::Note,
    citations: &[
        Citation::article(6).paragraph(3),
        Citation::article(6).paragraph(4),
        Citation::article(49).paragraph(2),
    ],
    applies_from: Some(&dates::HIGH_RISK_ANNEX_III),
};

/// Step 4: whether the system is high-risk, with its obligations: the high-risk leaf
/// (or, for a post identification Article 26(10) does not allow, the prohibited one).
pub fn classify(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Option<Leaf>, Split> {
    let remote_identification = is_remote_identification(ask)?;
    if remote_identification {
        out.finding(&REMOTE_IDENTIFICATION);
    }
    let categorisation =
        is_categorisation_system(ask)? && ask.has_any(facts::ATTRIBUTES, Attribute::PROTECTED)?;
    if categorisation {
        out.finding(&CATEGORISATION);
    }
    let emotion = ask.has(facts::FUNCTIONS, Function::EmotionRecognition)?;
    if emotion {
        out.finding(&EMOTION_RECOGNITION);
    }
    let classification = [
        (remote_identification, &REMOTE_IDENTIFICATION),
        (categorisation, &CATEGORISATION),
        (emotion, &EMOTION_RECOGNITION),
    ]
    .into_iter()
    .find_map(|(applies, finding)| applies.then_some(finding));
    let Some(classification) = classification else { return Ok(None) };
    known_only(ask, out, |ask, out| {
        if ask.is_any(facts::ROLE, &[Role::Provider, Role::ProviderAndDeployer])? {
            out.finding(&DEROGATION);
        }
        Ok(())
    });
    obligations::high_risk(ask, out, remote_identification);
    let mut leaf = Leaf::because(Verdict::HighRisk, classification);
    if remote_identification {
        match art26_10::post_remote_identification(ask, out)? {
            PostUse::Prohibited(finding) => return Ok(Some(Leaf::because(Verdict::Prohibited, finding))),
            PostUse::Duties { open } => leaf = leaf.open_if(open),
            PostUse::NotConcerned => {}
        }
    }
    Ok(Some(leaf))
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&REMOTE_IDENTIFICATION, &CATEGORISATION, &EMOTION_RECOGNITION, &DEROGATION];
