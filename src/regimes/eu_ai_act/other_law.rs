//! Step 6: other law that still applies. Notes, never verdicts: the AI Act leaves the
//! GDPR and the Law Enforcement Directive untouched (Art 2(7)), and for biometric data
//! they are often the stricter rule.

use crate::engine::trace::{Finding, FindingKind, Trace};
use crate::engine::verdict::Verdict;
use crate::facts::knowledge::facts;
use crate::engine::ask::Ask;
use crate::facts::vocabulary::{Attribute, Function, Space};
use crate::law::{dates, Citation, Instrument};
use crate::regimes::common::{is_law_enforcement, is_remote_identification};
use crate::engine::ask::known_only;

const GDPR: Instrument = Instrument::Gdpr;
const LED: Instrument = Instrument::Led;

/// GDPR Article 9: biometric data for unique identification.
pub static GDPR_BIOMETRIC: Finding = Finding {
    id: "ai-act.other-law.gdpr-biometric",
    kind: FindingKind::OtherLaw,
    citations: &[
        Citation::article(9).paragraph(1).of(GDPR),
        Citation::article(9).paragraph(2).of(GDPR),
        Citation::article(2).paragraph(7),
    ],
    applies_from: None,
};

/// GDPR Article 9: categorisation inferring special categories of data.
pub static GDPR_SPECIAL_CATEGORIES: Finding = Finding {
    id: "ai-act.other-law.gdpr-special-categories",
    kind: FindingKind::OtherLaw,
    citations: &[Citation::article(9).paragraph(1).of(GDPR)],
    applies_from: None,
};

/// GDPR Article 35(3)(c): DPIA for systematic monitoring of public areas.
pub static GDPR_DPIA: Finding = Finding {
    id: "ai-act.other-law.gdpr-dpia",
    kind: FindingKind::OtherLaw,
    citations: &[Citation::article(35).paragraph(3).point("c").of(GDPR)],
    applies_from: None,
};

/// Directive 2016/680 Article 10: police processing of biometric data.
pub static LED_BIOMETRIC: Finding = Finding {
    id: "ai-act.other-law.led-biometric",
    kind: FindingKind::OtherLaw,
    citations: &[Citation::article(10).of(LED), Citation::recital(94)],
    applies_from: None,
};

/// Data protection authorities have already prohibited non-police remote identification.
pub static DPA_DECISIONS: Finding = Finding {
    id: "ai-act.other-law.dpa-decisions",
    kind: FindingKind::OtherLaw,
    citations: &[Citation::recital(39)],
    applies_from: None,
};

/// Member states may adopt more restrictive laws on remote identification.
pub static STRICTER_NATIONAL_LAW: Finding = Finding {
    id: "ai-act.other-law.stricter-national-law",
    kind: FindingKind::Note,
    citations: &[Citation::article(5).paragraph(5), Citation::article(26).paragraph(10)],
    applies_from: None,
};

/// Personal data is still protected when nothing in the AI Act applies.
pub static GDPR_STILL_APPLIES: Finding = Finding {
    id: "ai-act.other-law.gdpr-still-applies",
    kind: FindingKind::OtherLaw,
    citations: &[Citation::article(2).paragraph(7)],
    applies_from: None,
};

/// Fines for prohibited practices.
pub static PENALTIES: Finding = Finding {
    id: "ai-act.other-law.penalties",
    kind: FindingKind::Note,
    citations: &[Citation::article(99).paragraph(3), Citation::article(99).paragraph(8)],
    applies_from: Some(&dates::PENALTIES),
};

/// Attributes that are special categories of personal data (GDPR Art 9(1)).
const SPECIAL_CATEGORIES: &[Attribute] = &[
    Attribute::Race,
    Attribute::EthnicOrigin,
    Attribute::PoliticalOpinions,
    Attribute::ReligiousOrPhilosophicalBeliefs,
    Attribute::TradeUnionMembership,
    Attribute::Health,
    Attribute::SexLife,
    Attribute::SexualOrientation,
];

/// Records the notes that fit the known facts; `article_5` when a prohibition of
/// Article 5 decides the verdict (its fines are the highest of Article 99).
pub fn notes(ask: &mut Ask<'_>, out: &mut Trace, verdict: Verdict, article_5: bool) {
    if article_5 {
        out.finding(&PENALTIES);
    }
    let law_enforcement = known_only(ask, out, |ask, _| is_law_enforcement(ask));
    known_only(ask, out, |ask, out| {
        let identifies = ask.has_any(facts::FUNCTIONS, &[Function::Identification, Function::Verification])?;
        if identifies {
            if law_enforcement == Some(true) {
                out.finding(&LED_BIOMETRIC);
            } else if law_enforcement == Some(false) {
                out.finding(&GDPR_BIOMETRIC);
            }
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        if is_remote_identification(ask)? {
            if law_enforcement == Some(false) {
                out.finding(&DPA_DECISIONS);
            }
            out.finding(&STRICTER_NATIONAL_LAW);
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        if ask.has(facts::FUNCTIONS, Function::Categorisation)?
            && ask.has_any(facts::ATTRIBUTES, SPECIAL_CATEGORIES)?
            && law_enforcement == Some(false)
        {
            out.finding(&GDPR_SPECIAL_CATEGORIES);
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        let monitoring = [Function::Identification, Function::Categorisation, Function::EmotionRecognition];
        if ask.is(facts::SPACE, Space::PubliclyAccessible)?
            && ask.has_any(facts::FUNCTIONS, &monitoring)?
            && law_enforcement == Some(false)
        {
            out.finding(&GDPR_DPIA);
        }
        Ok(())
    });
    if verdict == Verdict::Minimal {
        out.finding(&GDPR_STILL_APPLIES);
    }
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[
    &GDPR_BIOMETRIC,
    &GDPR_SPECIAL_CATEGORIES,
    &GDPR_DPIA,
    &LED_BIOMETRIC,
    &DPA_DECISIONS,
    &STRICTER_NATIONAL_LAW,
    &GDPR_STILL_APPLIES,
    &PENALTIES,
];
