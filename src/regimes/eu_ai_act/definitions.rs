//! What the system is, in the terms of Article 3 and recitals 14 to 19.
//!
//! These findings explain the classification; they never decide a verdict by
//! themselves (the prohibitions and Annex III ask the same facts when they need them),
//! so they are stated only where the facts are known.

use crate::engine::trace::{Finding, FindingKind, Trace};
use crate::facts::knowledge::facts;
use crate::engine::ask::Ask;
use crate::facts::vocabulary::{Function, Operator, Purpose, Space, Timing};
use crate::law::Citation;
use crate::engine::ask::known_only;

const ART_3: Citation = Citation::article(3);

/// Real-time remote biometric identification.
pub static RBI_REAL_TIME: Finding = Finding {
    id: "ai-act.definition.rbi-real-time",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(41), ART_3.paragraph(42), Citation::recital(17)],
    applies_from: None,
};

/// Post remote biometric identification.
pub static RBI_POST: Finding = Finding {
    id: "ai-act.definition.rbi-post",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(41), ART_3.paragraph(43), Citation::recital(17)],
    applies_from: None,
};

/// Identification with the person's active involvement is not remote.
pub static NOT_REMOTE: Finding = Finding {
    id: "ai-act.definition.not-remote",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(41), Citation::recital(17)],
    applies_from: None,
};

/// One-to-one verification is not identification.
pub static VERIFICATION: Finding = Finding {
    id: "ai-act.definition.verification",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(36), Citation::recital(15), Citation::annex("III").paragraph(1).point("a")],
    applies_from: None,
};

/// A purely ancillary categorisation feature is not a categorisation system.
pub static ANCILLARY: Finding = Finding {
    id: "ai-act.definition.ancillary",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(40), Citation::recital(16)],
    applies_from: None,
};

/// Detection without biometric processing.
pub static DETECTION_ONLY: Finding = Finding {
    id: "ai-act.definition.detection-only",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(34), Citation::recital(14)],
    applies_from: None,
};

/// Not a publicly accessible space.
pub static NOT_PUBLIC_SPACE: Finding = Finding {
    id: "ai-act.definition.not-public-space",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(44), Citation::recital(19)],
    applies_from: None,
};

/// Online spaces are not physical spaces.
pub static ONLINE: Finding = Finding {
    id: "ai-act.definition.online",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(44), Citation::recital(19)],
    applies_from: None,
};

/// Use for the purposes of law enforcement.
pub static LAW_ENFORCEMENT: Finding = Finding {
    id: "ai-act.definition.law-enforcement",
    kind: FindingKind::Classification,
    citations: &[ART_3.paragraph(45), ART_3.paragraph(46)],
    applies_from: None,
};

/// A stated law enforcement purpose by a body that is not a law enforcement authority.
pub static NOT_LAW_ENFORCEMENT_OPERATOR: Finding = Finding {
    id: "ai-act.definition.not-law-enforcement-operator",
    kind: FindingKind::Note,
    citations: &[ART_3.paragraph(45), ART_3.paragraph(46)],
    applies_from: None,
};

/// A law enforcement authority, or a body acting for one, whose stated purpose is
/// safety and security: law enforcement "includ[es] safeguarding against and preventing
/// threats to public security" (Art 3(46)), so the purpose may be law enforcement.
pub static PUBLIC_SECURITY_BY_LAW_ENFORCEMENT: Finding = Finding {
    id: "ai-act.definition.public-security-by-law-enforcement",
    kind: FindingKind::Note,
    citations: &[ART_3.paragraph(46)],
    applies_from: None,
};

/// Step 2: states what the system is, where the facts are known.
pub fn describe(ask: &mut Ask<'_>, out: &mut Trace) {
    known_only(ask, out, |ask, out| {
        if ask.has(facts::FUNCTIONS, Function::Identification)? {
            if ask.flag(facts::REMOTE)? {
                match ask.value(facts::TIMING)? {
                    Timing::RealTime => out.finding(&RBI_REAL_TIME),
                    Timing::Post => out.finding(&RBI_POST),
                }
            } else {
                out.finding(&NOT_REMOTE);
            }
        } else if ask.has(facts::FUNCTIONS, Function::Verification)? {
            out.finding(&VERIFICATION);
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        if ask.has(facts::FUNCTIONS, Function::Categorisation)? && ask.flag(facts::ANCILLARY_FEATURE)? {
            out.finding(&ANCILLARY);
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        let biometric = [Function::Identification, Function::Verification, Function::Categorisation, Function::EmotionRecognition];
        if ask.has(facts::FUNCTIONS, Function::DetectionOnly)? && !ask.has_any(facts::FUNCTIONS, &biometric)? {
            out.finding(&DETECTION_ONLY);
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        if ask.has(facts::FUNCTIONS, Function::Identification)? {
            match ask.value(facts::SPACE)? {
                Space::NotPubliclyAccessible => out.finding(&NOT_PUBLIC_SPACE),
                Space::Online => out.finding(&ONLINE),
                Space::PubliclyAccessible => {}
            }
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        if ask.is(facts::PURPOSE, Purpose::LawEnforcement)? {
            let law_enforcement_bodies =
                [Operator::LawEnforcementAuthority, Operator::ActingForLawEnforcement, Operator::PublicAuthority];
            if ask.is_any(facts::OPERATOR, &law_enforcement_bodies)? {
                out.finding(&LAW_ENFORCEMENT);
            } else {
                out.finding(&NOT_LAW_ENFORCEMENT_OPERATOR);
            }
        } else if ask.is(facts::PURPOSE, Purpose::SafetyAndSecurity)?
            && ask.is_any(facts::OPERATOR, &[Operator::LawEnforcementAuthority, Operator::ActingForLawEnforcement])?
        {
            out.finding(&PUBLIC_SECURITY_BY_LAW_ENFORCEMENT);
        }
        Ok(())
    });
}

/// Every finding of this module, for the message catalogue checks.
pub static FINDINGS: &[&Finding] = &[
    &RBI_REAL_TIME,
    &RBI_POST,
    &NOT_REMOTE,
    &VERIFICATION,
    &ANCILLARY,
    &DETECTION_ONLY,
    &NOT_PUBLIC_SPACE,
    &ONLINE,
    &LAW_ENFORCEMENT,
    &NOT_LAW_ENFORCEMENT_OPERATOR,
    &PUBLIC_SECURITY_BY_LAW_ENFORCEMENT,
];
