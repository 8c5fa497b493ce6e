//! Article 5(1)(h) and paragraphs 2 to 5: real-time remote biometric identification in
//! publicly accessible spaces for the purposes of law enforcement.
//!
//! > (h) the use of real-time remote biometric identification systems in publicly
//! > accessible spaces for the purposes of law enforcement, unless and in so far as such
//! > use is strictly necessary for one of the following objectives:
//! > (i) the targeted search for specific victims of abduction, trafficking in human
//! > beings or sexual exploitation of human beings, as well as the search for missing
//! > persons;
//! > (ii) the prevention of a specific, substantial and imminent threat to the life or
//! > physical safety of natural persons or a genuine and present or genuine and
//! > foreseeable threat of a terrorist attack;
//! > (iii) the localisation or identification of a person suspected of having committed
//! > a criminal offence, [...] for offences referred to in Annex II and punishable in the
//! > Member State concerned by a custodial sentence or a detention order for a maximum
//! > period of at least four years.
//!
//! The exceptions belong to point (h) only; when one fits, the use is allowed only
//! under the conditions of paragraphs 2 to 5, each recorded as met, unmet or open. Any
//! condition known to be unmet makes the use prohibited.
//!
//! Point (h) prohibits the *use*; a provider that only places such a system on the
//! market is not caught by it (unlike points (e) to (g)), and the system is then a
//! high-risk system under Annex III point 1(a).
//!
//! Ireland and Denmark are not bound by point (h), paragraphs 2 to 6 or Article 26(10)
//! (recitals 40 and 41): there such use falls to national law and Directive 2016/680.
//!
//! > [paragraph 3] No decision that produces an adverse legal effect on a person may be
//! > taken based solely on the output of the real-time remote biometric identification
//! > system.
//!
//! That sentence governs how each permitted use is conducted, so it is a duty of the
//! use, not a precondition of the exception: it is listed as a duty, and only a
//! description that says such decisions *will* be taken on the output alone makes the
//! use prohibited. It is not the two-person check of Article 14(5), a high-risk
//! obligation that Union or national law may disapply for law enforcement
//! (`obligations.rs`).
//!
//! Point (h) counts from 2 February 2025 (Article 113(a)). On an earlier date of use the
//! prohibition is shown as upcoming and the use is assessed under the rest of the
//! Regulation.

use crate::engine::trace::{Arg, Condition, Finding, FindingKind, Obligation, Trace, Who};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split, Tri};
use crate::facts::vocabulary::{Authorisation, CountryClass, Objective, Offence, Purpose, SentenceBand, Space, Timing};
use crate::facts::Field;
use crate::law::{dates, Citation, Reading};
use crate::regimes::common::{is_law_enforcement, is_remote_identification, record_exception, supplied_for};

const ART_5: Citation = Citation::article(5);
const ART_5_1_H: Citation = ART_5.paragraph(1).point("h");

/// What point (h) says of the use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RealTimeUse {
    /// Not a real-time remote identification in a public space for law enforcement.
    NotConcerned,
    /// Ireland or Denmark: point (h) does not bind.
    NotBound,
    /// Caught by point (h), but the date of use is before point (h) applies.
    Upcoming,
    /// Prohibited, because of this finding.
    Prohibited(&'static Finding),
    /// Allowed only under conditions, as the exception of this finding.
    Conditional {
        /// Some condition or duty, not yet answered, would prohibit the use if answered "no".
        open: bool,
        /// The exception that allows the use.
        exception: &'static Finding,
    },
}

/// The prohibition and its exceptions.
pub static PROHIBITION: Finding = Finding {
    id: "ai-act.art5-1-h.prohibition",
    kind: FindingKind::Prohibition,
    citations: &[ART_5_1_H, Citation::recital(32), Citation::recital(33)],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Exception (i): victims and missing persons.
pub static EXCEPTION_VICTIMS: Finding = Finding {
    id: "ai-act.art5-1-h.exception-victims",
    kind: FindingKind::Exception,
    citations: &[ART_5_1_H.subpoint("i")],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Exception (ii): imminent threats and terrorist attacks.
pub static EXCEPTION_THREAT: Finding = Finding {
    id: "ai-act.art5-1-h.exception-threat",
    kind: FindingKind::Exception,
    citations: &[ART_5_1_H.subpoint("ii")],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Exception (iii): suspects of Annex II offences punishable by at least four years.
pub static EXCEPTION_SUSPECT: Finding = Finding {
    id: "ai-act.art5-1-h.exception-suspect",
    kind: FindingKind::Exception,
    citations: &[ART_5_1_H.subpoint("iii"), Citation::annex("II")],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// No exception: the objective is not one of (i) to (iii).
pub static NO_EXCEPTION: Finding = Finding {
    id: "ai-act.art5-1-h.no-exception",
    kind: FindingKind::Prohibition,
    citations: &[ART_5_1_H],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// No exception: the offence is not in Annex II.
pub static OFFENCE_NOT_IN_ANNEX_II: Finding = Finding {
    id: "ai-act.art5-1-h.offence-not-in-annex-ii",
    kind: FindingKind::Prohibition,
    citations: &[ART_5_1_H.subpoint("iii"), Citation::annex("II")],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// No exception: the offence is punishable by less than four years.
pub static BELOW_FOUR_YEARS: Finding = Finding {
    id: "ai-act.art5-1-h.below-four-years",
    kind: FindingKind::Prohibition,
    citations: &[ART_5_1_H.subpoint("iii"), Citation::recital(33)],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// An exception fits, but a condition is known to be unmet.
pub static CONDITION_UNMET: Finding = Finding {
    id: "ai-act.art5-1-h.condition-unmet",
    kind: FindingKind::Prohibition,
    citations: &[ART_5_1_H, ART_5.paragraph(2), ART_5.paragraph(3), ART_5.paragraph(4), ART_5.paragraph(5)],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// An exception fits; the use may go ahead only under the conditions.
pub static CONDITIONAL: Finding = Finding {
    id: "ai-act.art5-1-h.conditional",
    kind: FindingKind::Exception,
    citations: &[ART_5.paragraph(2), ART_5.paragraph(3), ART_5.paragraph(4), ART_5.paragraph(5)],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Ireland or Denmark.
pub static NOT_BOUND: Finding = Finding {
    id: "ai-act.art5-1-h.not-bound",
    kind: FindingKind::Scope,
    citations: &[ART_5_1_H, Citation::recital(40), Citation::recital(41)],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// A provider that does not use the system itself.
pub static PROVIDER_ONLY: Finding = Finding {
    id: "ai-act.art5-1-h.provider-only",
    kind: FindingKind::Note,
    citations: &[ART_5_1_H],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Real-time identification in a public space for a purpose other than law enforcement.
pub static NOT_LAW_ENFORCEMENT: Finding = Finding {
    id: "ai-act.art5-1-h.not-law-enforcement",
    kind: FindingKind::Note,
    citations: &[ART_5.paragraph(1), Citation::recital(38), Citation::recital(39)],
    applies_from: None,
};

/// Strictly necessary for the objective (point (h), paragraph 3).
pub static STRICTLY_NECESSARY: Condition = Condition {
    id: "ai-act.art5-1-h.condition.strictly-necessary",
    citations: &[ART_5_1_H, ART_5.paragraph(3)],
    field: Some(Field::LawEnforcementStrictlyNecessary),
};

/// A national law allows the use (paragraph 5).
pub static NATIONAL_LAW: Condition = Condition {
    id: "ai-act.art5-1-h.condition.national-law",
    citations: &[ART_5.paragraph(5)],
    field: Some(Field::SafeguardNationalLaw),
};

/// Prior authorisation (paragraph 3).
pub static AUTHORISATION: Condition = Condition {
    id: "ai-act.art5-1-h.condition.authorisation",
    citations: &[ART_5.paragraph(3)],
    field: Some(Field::SafeguardAuthorisation),
};

/// Urgency: authorisation requested within 24 hours (paragraph 3).
pub static AUTHORISATION_URGENT: Condition = Condition {
    id: "ai-act.art5-1-h.condition.authorisation-urgent",
    citations: &[ART_5.paragraph(3)],
    field: Some(Field::SafeguardAuthorisation),
};

/// A fundamental rights impact assessment (paragraph 2, Article 27).
pub static FRIA: Condition = Condition {
    id: "ai-act.art5-1-h.condition.fria",
    citations: &[ART_5.paragraph(2), Citation::article(27)],
    field: Some(Field::SafeguardFria),
};

/// Registration in the EU database (paragraph 2, Article 49).
pub static REGISTRATION: Condition = Condition {
    id: "ai-act.art5-1-h.condition.registration",
    citations: &[ART_5.paragraph(2), Citation::article(49)],
    field: Some(Field::SafeguardRegistered),
};

/// Urgency: registration completed without undue delay (paragraph 2).
pub static REGISTRATION_URGENT: Condition = Condition {
    id: "ai-act.art5-1-h.condition.registration-urgent",
    citations: &[ART_5.paragraph(2), Citation::article(49)],
    field: Some(Field::SafeguardRegistered),
};

/// Limited to the targeted person, time and place (paragraphs 2 and 3).
pub static LIMITED_SCOPE: Condition = Condition {
    id: "ai-act.art5-1-h.condition.limited-scope",
    citations: &[ART_5.paragraph(2), ART_5.paragraph(3)],
    field: Some(Field::SafeguardLimitedScope),
};

/// Each use notified to the authorities (paragraph 4).
pub static NOTIFIED: Condition = Condition {
    id: "ai-act.art5-1-h.condition.notified",
    citations: &[ART_5.paragraph(4)],
    field: Some(Field::SafeguardAuthoritiesNotified),
};

/// The duty of each use: no decision with an adverse legal effect on a person based
/// solely on the output (paragraph 3, last sentence).
pub static HUMAN_DECISION: Obligation = Obligation {
    id: "ai-act.art5-3.human-decision",
    who: Who::Deployer,
    citations: &[ART_5.paragraph(3)],
    applies_from: Some(&dates::PROHIBITIONS),
    field: Some(Field::LawEnforcementDecisionsOnOutputAlone),
};

/// The description says decisions with an adverse legal effect will be taken on the
/// output alone: paragraph 3 forbids exactly that.
pub static DECISIONS_ON_OUTPUT_ALONE: Finding = Finding {
    id: "ai-act.art5-3.decisions-on-output-alone",
    kind: FindingKind::Prohibition,
    citations: &[ART_5.paragraph(3), ART_5_1_H],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// The date of use is before point (h) applies.
pub static UPCOMING: Finding = Finding {
    id: "ai-act.art5-1-h.upcoming",
    kind: FindingKind::Note,
    citations: &[dates::PROHIBITIONS.source],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// A criminal organisation counts only when involved in another Annex II offence.
pub static CRIMINAL_ORGANISATION: Condition = Condition {
    id: "ai-act.art5-1-h.condition.criminal-organisation",
    citations: &[Citation::annex("II")],
    field: None,
};

/// Step 3, point (h).
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<RealTimeUse, Split> {
    if !is_remote_identification(ask)? || !ask.is(facts::TIMING, Timing::RealTime)? {
        return Ok(RealTimeUse::NotConcerned);
    }
    if !ask.is(facts::SPACE, Space::PubliclyAccessible)? {
        return Ok(RealTimeUse::NotConcerned);
    }
    // Point (h) prohibits the use. A provider of a system meant for law enforcement
    // (whoever the provider is: usually a company) is not caught; its deployers are.
    if supplied_for(ask, Purpose::LawEnforcement)? {
        out.finding(&PROVIDER_ONLY);
        return Ok(RealTimeUse::NotConcerned);
    }
    if !is_law_enforcement(ask)? {
        out.finding(&NOT_LAW_ENFORCEMENT);
        return Ok(RealTimeUse::NotConcerned);
    }
    if ask.is_any(facts::COUNTRY, &[CountryClass::Ireland, CountryClass::Denmark])? {
        out.finding_with(&NOT_BOUND, || vec![("country", Arg::FieldValue(Field::Country))]);
        return Ok(RealTimeUse::NotBound);
    }
    out.finding(&PROHIBITION);
    if !ask.applies(&dates::PROHIBITIONS) {
        out.finding(&UPCOMING);
        return Ok(RealTimeUse::Upcoming);
    }

    let objective = ask.value(facts::OBJECTIVE)?;
    let exception = match objective {
        Objective::VictimSearch => &EXCEPTION_VICTIMS,
        Objective::ImminentThreat => &EXCEPTION_THREAT,
        Objective::SuspectSearch => {
            if !ask.is_any(facts::OFFENCE, Offence::ANNEX_II)? {
                out.finding_with(&OFFENCE_NOT_IN_ANNEX_II, || {
                    vec![("offence", Arg::FieldValue(Field::LawEnforcementOffence))]
                });
                return Ok(RealTimeUse::Prohibited(&OFFENCE_NOT_IN_ANNEX_II));
            }
            if !ask.is(facts::SENTENCE, SentenceBand::FourOrMore)? {
                out.finding_with(&BELOW_FOUR_YEARS, || {
                    vec![("years", Arg::FieldValue(Field::LawEnforcementMaxSentenceYears))]
                });
                return Ok(RealTimeUse::Prohibited(&BELOW_FOUR_YEARS));
            }
            &EXCEPTION_SUSPECT
        }
        Objective::Other => {
            out.finding(&NO_EXCEPTION);
            return Ok(RealTimeUse::Prohibited(&NO_EXCEPTION));
        }
    };
    record_exception(out, exception, objective == Objective::SuspectSearch);

    let conditions = conditions(ask, objective);
    for (condition, status) in &conditions {
        out.condition(condition, *status);
    }
    if conditions.iter().any(|(_, status)| *status == Tri::Unmet) {
        out.finding(&CONDITION_UNMET);
        return Ok(RealTimeUse::Prohibited(&CONDITION_UNMET));
    }
    // The duty of paragraph 3: known to be broken, it prohibits the use; not known, it
    // is listed, and answering it "yes" would prohibit the use.
    // INTERPRETATION (READING_HUMAN_DECISION).
    let decisions_on_output_alone = ask.peek(facts::DECISIONS_ON_OUTPUT_ALONE);
    if decisions_on_output_alone == Tri::Met {
        out.finding(&DECISIONS_ON_OUTPUT_ALONE);
        return Ok(RealTimeUse::Prohibited(&DECISIONS_ON_OUTPUT_ALONE));
    }
    out.finding(&CONDITIONAL);
    out.obligation(&HUMAN_DECISION, Some(if decisions_on_output_alone == Tri::Unmet { Tri::Met } else { Tri::Unknown }));
    // Only a condition an answer can settle keeps the outcome open: the criminal
    // organisation's involvement in another offence is not a fact of the description.
    let open = decisions_on_output_alone == Tri::Unknown
        || conditions.iter().any(|(condition, status)| *status == Tri::Unknown && condition.field.is_some());
    Ok(RealTimeUse::Conditional { open, exception })
}

/// The conditions of paragraphs 2 to 5 and whether each holds. They are read without
/// splitting: an unknown condition is itself a result (it stays open).
fn conditions(ask: &mut Ask<'_>, objective: Objective) -> Vec<(&'static Condition, Tri)> {
    let authorisation = ask.peek_value(facts::AUTHORISATION);
    let urgent = authorisation == Some(Authorisation::UrgentRequested);
    let mut conditions = vec![
        (&STRICTLY_NECESSARY, ask.peek(facts::STRICTLY_NECESSARY)),
        (&NATIONAL_LAW, ask.peek(facts::NATIONAL_LAW)),
        match authorisation {
            Some(Authorisation::Granted) => (&AUTHORISATION, Tri::Met),
            Some(Authorisation::UrgentRequested) => (&AUTHORISATION_URGENT, Tri::Met),
            Some(Authorisation::None) => (&AUTHORISATION, Tri::Unmet),
            None => (&AUTHORISATION, Tri::Unknown),
        },
        (&FRIA, ask.peek(facts::FRIA)),
        match ask.peek(facts::REGISTERED) {
            Tri::Unmet if urgent => (&REGISTRATION_URGENT, Tri::Met),
            status => (&REGISTRATION, status),
        },
        (&LIMITED_SCOPE, ask.peek(facts::LIMITED_SCOPE)),
        // INTERPRETATION (READING_NOTIFICATION).
        (&NOTIFIED, ask.peek(facts::AUTHORITIES_NOTIFIED)),
    ];
    if objective == Objective::SuspectSearch && ask.peek_value(facts::OFFENCE) == Some(Offence::CriminalOrganisation) {
        conditions.push((&CRIMINAL_ORGANISATION, Tri::Unknown));
    }
    conditions
}

/// INTERPRETATION: the notification of each use (paragraph 4) is read as a condition of
/// the exception, like the authorisation of paragraph 3.
pub static READING_NOTIFICATION: Reading = Reading {
    id: "ai-act.art5-4.notification-as-condition",
    provisions: &[ART_5.paragraph(4), ART_5.paragraph(3)],
    text: "Each use \"shall be notified\" to the market surveillance authority and the national data protection authority (Article 5(4)); paragraph 4 opens with \"without prejudice to paragraph 3\".",
    reading: "A use that is not notified is treated as failing a condition of the exception: known to be unmet, the use is prohibited; not known, the condition stays open.",
    not_taken: "Reading notification as a duty after the use, whose breach does not make the use itself unlawful. Not taken because the tool cannot separate a use from its reporting, and a city should plan for notification before the first use.",
    code: "regimes/eu_ai_act/art5_1_h.rs, conditions()",
};

/// INTERPRETATION: the rule against decisions based solely on the output (paragraph 3)
/// is a duty of each use, not a precondition.
pub static READING_HUMAN_DECISION: Reading = Reading {
    id: "ai-act.art5-3.human-decision-as-duty",
    provisions: &[ART_5.paragraph(3), Citation::article(14).paragraph(5)],
    text: "\"No decision that produces an adverse legal effect on a person may be taken based solely on the output of the real-time remote biometric identification system\" (Article 5(3), last sentence).",
    reading: "A duty for the conduct of each use: listed as a duty; only a description that says such decisions will be taken makes the use prohibited. It is kept apart from the two-person check of Article 14(5), a high-risk obligation that Union or national law may disapply for law enforcement.",
    not_taken: "Treating the sentence as a precondition that must be shown to hold before the use (it would then stay open for every use, since no answer can prove future conduct), or reading it from the two-person check, which is a different rule.",
    code: "regimes/eu_ai_act/art5_1_h.rs, check()",
};

/// INTERPRETATION: a "public authority" with a law enforcement purpose counts as using
/// the system for law enforcement.
pub static READING_PUBLIC_AUTHORITY: Reading = Reading {
    id: "ai-act.art3-45.public-authority",
    provisions: &[Citation::article(3).paragraph(45), Citation::article(3).paragraph(46)],
    text: "A law enforcement authority is a public authority competent for the prevention, investigation, detection or prosecution of criminal offences, or any other body entrusted by member state law to exercise public authority for those purposes (Article 3(45)).",
    reading: "A public authority (a city, say) that gives law enforcement as its purpose is taken to be entrusted with it, and its use is law enforcement: Article 5(1)(h), Article 26(10) and Directive 2016/680 apply to it. A company or a private person acting on its own account is never law enforcement, whatever it calls its purpose.",
    not_taken: "Requiring proof of the entrustment before treating a public authority as a law enforcement authority. Not taken because the stricter rules would then be missed for a city police force or municipal guards.",
    code: "regimes/common.rs, is_law_enforcement()",
};/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[
    &PROHIBITION,
    &EXCEPTION_VICTIMS,
    &EXCEPTION_THREAT,
    &EXCEPTION_SUSPECT,
    &NO_EXCEPTION,
    &OFFENCE_NOT_IN_ANNEX_II,
    &BELOW_FOUR_YEARS,
    &CONDITION_UNMET,
    &CONDITIONAL,
    &NOT_BOUND,
    &PROVIDER_ONLY,
    &NOT_LAW_ENFORCEMENT,
    &DECISIONS_ON_OUTPUT_ALONE,
    &UPCOMING,
];

/// Every obligation of this module.
pub static OBLIGATIONS: &[&Obligation] = &[&HUMAN_DECISION];
/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_NOTIFICATION, &READING_HUMAN_DECISION, &READING_PUBLIC_AUTHORITY];

/// Every condition of this module.
pub static CONDITIONS: &[&Condition] = &[
    &STRICTLY_NECESSARY,
    &NATIONAL_LAW,
    &AUTHORISATION,
    &AUTHORISATION_URGENT,
    &FRIA,
    &REGISTRATION,
    &REGISTRATION_URGENT,
    &LIMITED_SCOPE,
    &NOTIFIED,
    &CRIMINAL_ORGANISATION,
];
