//! Regime `eu-ai-act-2021-proposal`: the Commission's proposal COM(2021) 206, the text
//! the debate in the seed articles is about. Never law; shown for comparison.
//!
//! The same definitions as the adopted Regulation. Its scope (Article 2) excluded only
//! systems used exclusively for military purposes: no national security, research or
//! personal-use exclusion; a personal non-professional activity fell outside only
//! through the definition of 'user' (Article 3(4)). The other differences:
//! only real-time remote identification by the police is prohibited (Art 5(1)(d)),
//! with an exception for suspects of any of the 32 offences of Framework Decision
//! 2002/584/JHA punishable by at least three years, and without the impact assessment
//! or registration preconditions; untargeted scraping, emotion recognition at work or
//! school and sensitive categorisation are not prohibited; Annex III point 1(a) covers
//! remote identification only, emotion recognition intended for police and migration
//! authorities is high-risk under points 6(b) and 7(a), and emotion recognition and
//! categorisation otherwise carry the transparency duty of Article 52(2).
//!
//! NOT FORMALISED: the proposal's own treatment of Ireland and Denmark; its text is not
//! among the project's sources, so the regime applies Article 5(1)(d) everywhere.

use super::eu_ai_act::art5_1_g::is_categorisation_system;
use super::common::{is_law_enforcement, is_remote_identification, record_exception, supplied_for, PUBLIC_BODIES};
use crate::engine::ask::{known_only, safeguard_status};
use super::scope::{self, ScopeFindings};
use crate::engine::trace::{Arg, Condition, Finding, FindingKind, Obligation, Trace, Who};
use crate::engine::verdict::{Leaf, Verdict};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split, Tri};
use crate::facts::vocabulary::{Authorisation, Function, Objective, Purpose, Role, SentenceBand, Space, Timing};
use crate::facts::Field;
use crate::law::{Citation, Instrument, Reading};

const P: Instrument = Instrument::Proposal2021;
const ART_2: Citation = Citation::article(2).of(P);
const ART_5: Citation = Citation::article(5).of(P);
const ART_5_1_D: Citation = ART_5.paragraph(1).point("d");
const ANNEX_III: Citation = Citation::annex("III").of(P);

macro_rules! finding {
    ($name:ident, $id:literal, $kind:ident, [$($citation:expr),+]) => {
        #[doc = concat!("`", $id, "`")]
        pub static $name: Finding =
            Finding { id: $id, kind: FindingKind::$kind, citations: &[$($citation),+], applies_from: None };
    };
}

finding!(OUTSIDE_UNION, "proposal.scope.outside-union", Scope, [ART_2]);
finding!(OUTSIDE_UNION_PROVIDER, "proposal.scope.outside-union-provider", Note, [ART_2]);
finding!(MILITARY, "proposal.scope.military", Scope, [ART_2.paragraph(3)]);
finding!(NO_EXCLUSION, "proposal.scope.no-exclusion", Note, [ART_2]);
finding!(PERSONAL, "proposal.scope.personal", Scope, [Citation::article(3).paragraph(4).of(P)]);
finding!(APPLIES, "proposal.scope.applies", Scope, [ART_2]);
finding!(PROHIBITION, "proposal.art5-1-d.prohibition", Prohibition, [ART_5_1_D]);
finding!(EXCEPTION_VICTIMS, "proposal.art5-1-d.exception-victims", Exception, [ART_5_1_D.subpoint("i")]);
finding!(EXCEPTION_THREAT, "proposal.art5-1-d.exception-threat", Exception, [ART_5_1_D.subpoint("ii")]);
finding!(EXCEPTION_SUSPECT, "proposal.art5-1-d.exception-suspect", Exception, [ART_5_1_D.subpoint("iii")]);
finding!(NO_EXCEPTION, "proposal.art5-1-d.no-exception", Prohibition, [ART_5_1_D]);
finding!(BELOW_THREE_YEARS, "proposal.art5-1-d.below-three-years", Prohibition, [ART_5_1_D.subpoint("iii")]);
finding!(CONDITION_UNMET, "proposal.art5-1-d.condition-unmet", Prohibition, [ART_5_1_D, ART_5.paragraph(2), ART_5.paragraph(3), ART_5.paragraph(4)]);
finding!(CONDITIONAL, "proposal.art5-1-d.conditional", Exception, [ART_5.paragraph(2), ART_5.paragraph(3), ART_5.paragraph(4)]);
finding!(PROVIDER_ONLY, "proposal.art5-1-d.provider-only", Note, [ART_5_1_D]);
finding!(NOT_PROHIBITED_SCRAPING, "proposal.not-prohibited.scraping", Note, [Citation::article(5).paragraph(1).point("e")]);
finding!(NOT_PROHIBITED_EMOTION, "proposal.not-prohibited.emotion", Note, [Citation::article(5).paragraph(1).point("f")]);
finding!(NOT_PROHIBITED_CATEGORISATION, "proposal.not-prohibited.categorisation", Note, [Citation::article(5).paragraph(1).point("g")]);
finding!(REMOTE_IDENTIFICATION, "proposal.annex-iii.1a", Classification, [ANNEX_III.paragraph(1).point("a")]);
finding!(EMOTION_POLICE, "proposal.annex-iii.6b", Classification, [ANNEX_III.paragraph(6).point("b")]);
finding!(EMOTION_MIGRATION, "proposal.annex-iii.7a", Classification, [ANNEX_III.paragraph(7).point("a")]);
finding!(TRANSPARENCY, "proposal.art52-2.applies", Transparency, [Citation::article(52).paragraph(2).of(P)]);
finding!(TRANSPARENCY_EXCLUSION, "proposal.art52-2.law-enforcement-exclusion", Note, [Citation::article(52).paragraph(2).of(P)]);

/// Strictly necessary (Art 5(1)(d)).
pub static STRICTLY_NECESSARY: Condition = Condition {
    id: "proposal.art5-1-d.condition.strictly-necessary",
    citations: &[ART_5_1_D, ART_5.paragraph(3)],
    field: Some(Field::LawEnforcementStrictlyNecessary),
};
/// A national law provides for the use (Art 5(4)).
pub static NATIONAL_LAW: Condition = Condition {
    id: "proposal.art5-1-d.condition.national-law",
    citations: &[ART_5.paragraph(4)],
    field: Some(Field::SafeguardNationalLaw),
};
/// Prior authorisation (Art 5(3)).
pub static AUTHORISATION: Condition = Condition {
    id: "proposal.art5-1-d.condition.authorisation",
    citations: &[ART_5.paragraph(3)],
    field: Some(Field::SafeguardAuthorisation),
};
/// Urgency: authorisation requested during or after the use (Art 5(3)).
pub static AUTHORISATION_URGENT: Condition = Condition {
    id: "proposal.art5-1-d.condition.authorisation-urgent",
    citations: &[ART_5.paragraph(3)],
    field: Some(Field::SafeguardAuthorisation),
};
/// Temporal, geographic and personal limits (Art 5(2)).
pub static LIMITED_SCOPE: Condition = Condition {
    id: "proposal.art5-1-d.condition.limited-scope",
    citations: &[ART_5.paragraph(2)],
    field: Some(Field::SafeguardLimitedScope),
};

/// Two-person verification (Art 14(5) of the proposal).
pub static TWO_PERSONS: Obligation = Obligation {
    id: "proposal.obligation.two-persons",
    who: Who::Deployer,
    citations: &[Citation::article(14).paragraph(5).of(P)],
    applies_from: None,
    field: Some(Field::SafeguardTwoPersonCheck),
};
/// Third-party conformity assessment (Art 43(1) of the proposal).
pub static CONFORMITY: Obligation = Obligation {
    id: "proposal.obligation.conformity",
    who: Who::Provider,
    citations: &[Citation::article(43).paragraph(1).of(P)],
    applies_from: None,
    field: None,
};

/// INTERPRETATION: a personal, non-professional use under the proposal.
pub static READING_PERSONAL_USER: Reading = Reading {
    id: "proposal.art3-4.personal-user",
    provisions: &[Citation::article(2).of(P), Citation::article(3).paragraph(4).of(P)],
    text: "The proposal excluded only systems used exclusively for military purposes (Article 2(3)); a 'user' was any body using a system under its authority \"except where the AI system is used in the course of a personal non-professional activity\" (Article 3(4)).",
    reading: "A private individual using a system for a personal purpose is not a user, so the proposal's duties for users (including its prohibition of a use) do not reach them; national security and research were inside the proposal's scope.",
    not_taken: "Copying the adopted Regulation's exclusions for national security (Article 2(3)) and research (Article 2(6)) into the proposal.",
    code: "regimes/proposal_2021/mod.rs, SCOPE",
};

/// INTERPRETATION: the 32 offences of the proposal's exception.
pub static READING_OFFENCES: Reading = Reading {
    id: "proposal.art5-1-d-iii.offences",
    provisions: &[ART_5_1_D.subpoint("iii")],
    text: "Point (iii) covered \"a perpetrator or suspect of a criminal offence referred to in Article 2(2) of Council Framework Decision 2002/584/JHA and punishable [...] for a maximum period of at least three years\".",
    reading: "Every offence the input can name is one of the 32 of the Framework Decision, so only the three-year threshold is checked; a suspect search with no offence named waits for the sentence only.",
    not_taken: "Treating an offence outside the list as possible: the input contract cannot name one.",
    code: "regimes/proposal_2021/mod.rs, article_5_1_d()",
};

static SCOPE: ScopeFindings = ScopeFindings {
    outside_union: &OUTSIDE_UNION,
    outside_union_provider: &OUTSIDE_UNION_PROVIDER,
    // INTERPRETATION (READING_PERSONAL_USER).
    excluded: (&[Purpose::Military], &MILITARY),
    research: None,
    personal: Some(&PERSONAL),
    applies: &APPLIES,
};

/// What Article 5(1)(d) says of the use.
enum RealTimeUse {
    NotConcerned,
    Prohibited(&'static Finding),
    Conditional { open: bool, exception: &'static Finding },
}

/// Evaluates the regime.
pub fn evaluate(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Leaf, Split> {
    if let Some(leaf) = scope::check(ask, out, &SCOPE)? {
        return Ok(leaf);
    }
    // National security and research were inside the proposal's scope.
    known_only(ask, out, |ask, out| {
        if ask.is_any(facts::PURPOSE, &[Purpose::NationalSecurityDefence, Purpose::ScientificResearch])? {
            out.finding(&NO_EXCLUSION);
        }
        Ok(())
    });
    let real_time = article_5_1_d(ask, out)?;
    if let RealTimeUse::Prohibited(finding) = real_time {
        return Ok(Leaf::because(Verdict::Prohibited, finding));
    }
    not_yet_prohibited(ask, out);

    let remote_identification = is_remote_identification(ask)?;
    if remote_identification {
        out.finding(&REMOTE_IDENTIFICATION);
    }
    let emotion = ask.has(facts::FUNCTIONS, Function::EmotionRecognition)?;
    let emotion_high_risk = if emotion { emotion_recognition_by_authorities(ask, out)? } else { None };
    let high_risk = if remote_identification { Some(&REMOTE_IDENTIFICATION) } else { emotion_high_risk };
    if high_risk.is_some() {
        high_risk_obligations(ask, out, remote_identification);
    }
    // Article 52(2) binds users (deployers), not a provider that only supplies. The
    // proposal's definition of a categorisation system (Art 3(35)) had no exception for
    // features ancillary to another service.
    let categorisation = ask.has(facts::FUNCTIONS, Function::Categorisation)?;
    let transparency = (emotion || categorisation) && !ask.is(facts::ROLE, Role::Provider)? && {
        // Categorisation permitted by law to detect, prevent and investigate criminal
        // offences is exempt; asked where it decides the verdict.
        let decides = high_risk.is_none() && !matches!(real_time, RealTimeUse::Conditional { .. });
        let exempt = categorisation
            && !emotion
            && if decides {
                is_law_enforcement(ask)? && ask.flag(facts::NATIONAL_LAW)?
            } else {
                known_only(ask, out, |ask, _| Ok(is_law_enforcement(ask)? && ask.peek(facts::NATIONAL_LAW) == Tri::Met))
                    .unwrap_or(false)
            };
        if exempt {
            out.finding(&TRANSPARENCY_EXCLUSION);
        } else {
            out.finding(&TRANSPARENCY);
        }
        !exempt
    };
    Ok(match (real_time, high_risk) {
        (RealTimeUse::Conditional { open, exception }, _) => Leaf::because(Verdict::Conditional, exception).open_if(open),
        (_, Some(classification)) => Leaf::because(Verdict::HighRisk, classification),
        _ if transparency => Leaf::because(Verdict::Transparency, &TRANSPARENCY),
        _ => Leaf::of(Verdict::Minimal),
    })
}

/// Article 5(1)(d) with its exceptions and the conditions of paragraphs 2 to 4.
fn article_5_1_d(ask: &mut Ask<'_>, out: &mut Trace) -> Result<RealTimeUse, Split> {
    if !is_remote_identification(ask)?
        || !ask.is(facts::TIMING, Timing::RealTime)?
        || !ask.is(facts::SPACE, Space::PubliclyAccessible)?
    {
        return Ok(RealTimeUse::NotConcerned);
    }
    // The prohibition is of the use: a provider of a system meant for law enforcement
    // (usually a company) is not caught.
    if supplied_for(ask, Purpose::LawEnforcement)? {
        out.finding(&PROVIDER_ONLY);
        return Ok(RealTimeUse::NotConcerned);
    }
    if !is_law_enforcement(ask)? {
        return Ok(RealTimeUse::NotConcerned);
    }
    out.finding(&PROHIBITION);
    let exception = match ask.value(facts::OBJECTIVE)? {
        Objective::VictimSearch => &EXCEPTION_VICTIMS,
        Objective::ImminentThreat => &EXCEPTION_THREAT,
        Objective::SuspectSearch => {
            // INTERPRETATION (READING_OFFENCES): every offence the input can name is one
            // of the 32; only the threshold remains to check.
            if ask.is(facts::SENTENCE, SentenceBand::UnderThree)? {
                out.finding_with(&BELOW_THREE_YEARS, || {
                    vec![("years", Arg::FieldValue(Field::LawEnforcementMaxSentenceYears))]
                });
                return Ok(RealTimeUse::Prohibited(&BELOW_THREE_YEARS));
            }
            &EXCEPTION_SUSPECT
        }
        Objective::Other => {
            out.finding(&NO_EXCEPTION);
            return Ok(RealTimeUse::Prohibited(&NO_EXCEPTION));
        }
    };
    record_exception(out, exception, std::ptr::eq(exception, &EXCEPTION_SUSPECT));
    let authorisation = match ask.peek_value(facts::AUTHORISATION) {
        Some(Authorisation::Granted) => (&AUTHORISATION, Tri::Met),
        Some(Authorisation::UrgentRequested) => (&AUTHORISATION_URGENT, Tri::Met),
        Some(Authorisation::None) => (&AUTHORISATION, Tri::Unmet),
        None => (&AUTHORISATION, Tri::Unknown),
    };
    let conditions = [
        (&STRICTLY_NECESSARY, ask.peek(facts::STRICTLY_NECESSARY)),
        (&NATIONAL_LAW, ask.peek(facts::NATIONAL_LAW)),
        authorisation,
        (&LIMITED_SCOPE, ask.peek(facts::LIMITED_SCOPE)),
    ];
    for (condition, status) in conditions {
        out.condition(condition, status);
    }
    if conditions.iter().any(|(_, status)| *status == Tri::Unmet) {
        out.finding(&CONDITION_UNMET);
        return Ok(RealTimeUse::Prohibited(&CONDITION_UNMET));
    }
    out.finding(&CONDITIONAL);
    Ok(RealTimeUse::Conditional { open: conditions.iter().any(|(_, status)| *status == Tri::Unknown), exception })
}

/// Notes on the practices the adopted Regulation prohibits but the proposal did not.
fn not_yet_prohibited(ask: &mut Ask<'_>, out: &mut Trace) {
    known_only(ask, out, |ask, out| {
        let scraping = ask.has(facts::FUNCTIONS, Function::Identification)? && ask.flag(facts::UNTARGETED_SCRAPING)?;
        if scraping {
            out.finding(&NOT_PROHIBITED_SCRAPING);
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        use crate::facts::vocabulary::Subjects;
        if ask.has(facts::FUNCTIONS, Function::EmotionRecognition)?
            && ask.is_any(facts::SUBJECTS, &[Subjects::Workers, Subjects::Students])?
        {
            out.finding(&NOT_PROHIBITED_EMOTION);
        }
        Ok(())
    });
    known_only(ask, out, |ask, out| {
        use crate::facts::vocabulary::Attribute;
        if is_categorisation_system(ask)? && ask.has_any(facts::ATTRIBUTES, Attribute::ARTICLE_5_1_G)? {
            out.finding(&NOT_PROHIBITED_CATEGORISATION);
        }
        Ok(())
    });
}

/// Annex III points 6(b) and 7(a): emotion detection "intended to be used by" law
/// enforcement authorities, or by the competent public authorities of migration,
/// asylum and border control. The points classify a system by its intended use, so
/// they reach the authority that uses it (or a body acting on its behalf) and the
/// provider that supplies it for that use, but not a private body that uses it on its
/// own account, whatever it calls its purpose.
fn emotion_recognition_by_authorities(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Option<&'static Finding>, Split> {
    if is_law_enforcement(ask)? || supplied_for(ask, Purpose::LawEnforcement)? {
        out.finding(&EMOTION_POLICE);
        return Ok(Some(&EMOTION_POLICE));
    }
    if ask.is(facts::PURPOSE, Purpose::MigrationBorder)?
        && (ask.is_any(facts::OPERATOR, PUBLIC_BODIES)? || ask.is(facts::ROLE, Role::Provider)?)
    {
        out.finding(&EMOTION_MIGRATION);
        return Ok(Some(&EMOTION_MIGRATION));
    }
    Ok(None)
}

fn high_risk_obligations(ask: &mut Ask<'_>, out: &mut Trace, remote_identification: bool) {
    let role = ask.peek_value(facts::ROLE);
    if remote_identification && role != Some(Role::Provider) {
        let done = safeguard_status(ask, Field::SafeguardTwoPersonCheck);
        out.obligation(&TWO_PERSONS, done);
    }
    if role != Some(Role::Deployer) {
        out.obligation(&CONFORMITY, None);
    }
}

/// Every finding of the regime.
pub fn findings() -> impl Iterator<Item = &'static Finding> {
    [
        &OUTSIDE_UNION,
        &OUTSIDE_UNION_PROVIDER,
        &MILITARY,
        &NO_EXCLUSION,
        &PERSONAL,
        &APPLIES,
        &PROHIBITION,
        &EXCEPTION_VICTIMS,
        &EXCEPTION_THREAT,
        &EXCEPTION_SUSPECT,
        &NO_EXCEPTION,
        &BELOW_THREE_YEARS,
        &CONDITION_UNMET,
        &CONDITIONAL,
        &PROVIDER_ONLY,
        &NOT_PROHIBITED_SCRAPING,
        &NOT_PROHIBITED_EMOTION,
        &NOT_PROHIBITED_CATEGORISATION,
        &REMOTE_IDENTIFICATION,
        &EMOTION_POLICE,
        &EMOTION_MIGRATION,
        &TRANSPARENCY,
        &TRANSPARENCY_EXCLUSION,
    ]
    .into_iter()
}

/// Every condition of the regime.
pub fn conditions() -> impl Iterator<Item = &'static Condition> {
    [&STRICTLY_NECESSARY, &NATIONAL_LAW, &AUTHORISATION, &AUTHORISATION_URGENT, &LIMITED_SCOPE].into_iter()
}

/// Every obligation of the regime.
pub fn obligations() -> impl Iterator<Item = &'static Obligation> {
    [&TWO_PERSONS, &CONFORMITY].into_iter()
}

/// Every reading of the regime.
pub static READINGS: &[&Reading] = &[&READING_PERSONAL_USER, &READING_OFFENCES];
