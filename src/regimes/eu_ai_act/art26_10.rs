//! Article 26(10): post remote biometric identification for law enforcement.
//!
//! > [...] in the framework of an investigation for the targeted search of a person
//! > suspected or convicted of having committed a criminal offence, the deployer of a
//! > high-risk AI system for post-remote biometric identification shall request an
//! > authorisation, ex ante, or without undue delay and no later than 48 hours, by a
//! > judicial authority or an administrative authority whose decision is binding and
//! > subject to judicial review, [...] except when it is used for the initial
//! > identification of a potential suspect based on objective and verifiable facts
//! > directly linked to the offence. [...] In no case shall such high-risk AI system
//! > for post-remote biometric identification be used for law enforcement purposes in
//! > an untargeted way [...]
//!
//! These are duties of a permitted use, not conditions of an exception: the verdict
//! stays high-risk and they are listed as obligations. Two of them are stated without
//! exception ("in no case", "it shall be ensured"): a description that says the use is
//! untargeted, or that adverse decisions will be taken on the output alone, describes a
//! use the paragraph does not allow, and the verdict is then `prohibited`. Not known,
//! each stays a duty, and the outcome is open towards `prohibited`.
//!
//! The paragraph applies with the other deployer obligations for Annex III systems
//! (`dates::HIGH_RISK_ANNEX_III`); before that date it is shown as upcoming and decides
//! nothing. Ireland and Denmark are not bound by Article 26(10) (recitals 40 and 41).

use crate::engine::trace::{Finding, FindingKind, Obligation, Trace, Who};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split, Tri};
use crate::facts::vocabulary::{CountryClass, Objective, Role, Timing};
use crate::facts::Field;
use crate::law::{dates, Citation, Reading};
use crate::regimes::common::is_law_enforcement;
use crate::engine::ask::safeguard_status;

const ART_26_10: Citation = Citation::article(26).paragraph(10);
const HIGH_RISK: Option<&dates::Milestone> = Some(&dates::HIGH_RISK_ANNEX_III);

/// The safeguards of Article 26(10) apply.
pub static APPLIES: Finding = Finding {
    id: "ai-act.art26-10.applies",
    kind: FindingKind::Obligation,
    citations: &[ART_26_10, Citation::recital(95)],
    applies_from: HIGH_RISK,
};

/// Ireland or Denmark.
pub static NOT_BOUND: Finding = Finding {
    id: "ai-act.art26-10.not-bound",
    kind: FindingKind::Scope,
    citations: &[ART_26_10, Citation::recital(40), Citation::recital(41)],
    applies_from: HIGH_RISK,
};

/// Authorisation ex ante or within 48 hours.
pub static AUTHORISATION: Obligation = Obligation {
    id: "ai-act.art26-10.authorisation",
    who: Who::Deployer,
    citations: &[ART_26_10],
    applies_from: HIGH_RISK,
    field: Some(Field::SafeguardAuthorisation),
};

/// Never untargeted; each use linked to an offence, proceeding, threat or missing person.
pub static TARGETED: Obligation = Obligation {
    id: "ai-act.art26-10.targeted",
    who: Who::Deployer,
    citations: &[ART_26_10, Citation::recital(95)],
    applies_from: HIGH_RISK,
    field: Some(Field::LawEnforcementUntargeted),
};

/// No adverse decision based solely on the output.
pub static HUMAN_DECISION: Obligation = Obligation {
    id: "ai-act.art26-10.human-decision",
    who: Who::Deployer,
    citations: &[ART_26_10],
    applies_from: HIGH_RISK,
    field: Some(Field::LawEnforcementDecisionsOnOutputAlone),
};

/// The description says the use is untargeted: "in no case" allowed.
pub static UNTARGETED: Finding = Finding {
    id: "ai-act.art26-10.untargeted",
    kind: FindingKind::Prohibition,
    citations: &[ART_26_10, Citation::recital(95)],
    applies_from: HIGH_RISK,
};

/// The description says adverse decisions will be taken on the output alone.
pub static DECISIONS_ON_OUTPUT_ALONE: Finding = Finding {
    id: "ai-act.art26-10.decisions-on-output-alone",
    kind: FindingKind::Prohibition,
    citations: &[ART_26_10],
    applies_from: HIGH_RISK,
};

/// The initial identification of a potential suspect needs no authorisation.
pub static INITIAL_IDENTIFICATION: Finding = Finding {
    id: "ai-act.art26-10.initial-identification",
    kind: FindingKind::Exception,
    citations: &[ART_26_10],
    applies_from: HIGH_RISK,
};

/// Each use documented in the police file.
pub static DOCUMENTED: Obligation = Obligation {
    id: "ai-act.art26-10.documented",
    who: Who::Deployer,
    citations: &[ART_26_10],
    applies_from: HIGH_RISK,
    field: None,
};

/// Annual reports to the market surveillance and data protection authorities.
pub static ANNUAL_REPORT: Obligation = Obligation {
    id: "ai-act.art26-10.annual-report",
    who: Who::Deployer,
    citations: &[ART_26_10],
    applies_from: HIGH_RISK,
    field: None,
};

/// What Article 26(10) says of a use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PostUse {
    /// Not post identification by a law enforcement deployer bound by the paragraph.
    NotConcerned,
    /// Its duties apply; `open` when one of the two absolute ones is not yet answered.
    Duties {
        /// An untargeted use or decisions on the output alone are not excluded yet.
        open: bool,
    },
    /// The use described is one the paragraph does not allow.
    Prohibited(&'static Finding),
}

/// Step 4, for a high-risk post remote identification system: the safeguards of
/// Article 26(10) for law enforcement deployers.
pub fn post_remote_identification(ask: &mut Ask<'_>, out: &mut Trace) -> Result<PostUse, Split> {
    let applies = ask.is(facts::TIMING, Timing::Post)? && is_law_enforcement(ask)? && !ask.is(facts::ROLE, Role::Provider)?;
    if !applies {
        return Ok(PostUse::NotConcerned);
    }
    if ask.is_any(facts::COUNTRY, &[CountryClass::Ireland, CountryClass::Denmark])? {
        out.finding(&NOT_BOUND);
        return Ok(PostUse::NotConcerned);
    }
    out.finding(&APPLIES);
    // INTERPRETATION (READING_DATE, READING_IN_NO_CASE).
    let in_force = ask.applies(&dates::HIGH_RISK_ANNEX_III);
    let untargeted = ask.peek(facts::UNTARGETED);
    let decisions_on_output_alone = ask.peek(facts::DECISIONS_ON_OUTPUT_ALONE);
    for (answer, finding) in [(untargeted, &UNTARGETED), (decisions_on_output_alone, &DECISIONS_ON_OUTPUT_ALONE)] {
        if answer == Tri::Met {
            out.finding(finding);
            // Before the paragraph applies it is shown as upcoming and decides nothing.
            if in_force {
                return Ok(PostUse::Prohibited(finding));
            }
        }
    }
    // The authorisation is for "an investigation for the targeted search of a person
    // suspected or convicted": not needed to find a victim or a missing person or to
    // avert a threat, nor for the initial identification of a potential suspect. While
    // the objective is not known it is listed.
    let initial = ask.peek(facts::INITIAL_IDENTIFICATION) == Tri::Met;
    if initial {
        out.finding(&INITIAL_IDENTIFICATION);
    }
    let objective = ask.peek_value(facts::OBJECTIVE);
    if !initial && !matches!(objective, Some(Objective::VictimSearch | Objective::ImminentThreat)) {
        let authorised = safeguard_status(ask, Field::SafeguardAuthorisation);
        out.obligation(&AUTHORISATION, authorised);
    }
    // A "no" to either absolute rule is the duty done.
    let done = |answer: Tri| Some(if answer == Tri::Unmet { Tri::Met } else { Tri::Unknown });
    out.obligation(&TARGETED, done(untargeted));
    out.obligation(&HUMAN_DECISION, done(decisions_on_output_alone));
    for obligation in [&DOCUMENTED, &ANNUAL_REPORT] {
        out.obligation(obligation, None);
    }
    let open = in_force && (untargeted == Tri::Unknown || decisions_on_output_alone == Tri::Unknown);
    Ok(PostUse::Duties { open })
}

/// INTERPRETATION: the two rules of Article 26(10) stated without exception.
pub static READING_IN_NO_CASE: Reading = Reading {
    id: "ai-act.art26-10.in-no-case",
    provisions: &[ART_26_10],
    text: "\"In no case shall such high-risk AI system for post-remote biometric identification be used for law enforcement purposes in an untargeted way [...]. It shall be ensured that no decision that produces an adverse legal effect on a person may be taken by the law enforcement authorities based solely on the output [...]\" (Article 26(10)).",
    reading: "A description that says the use is untargeted, or that such decisions will be taken on the output alone, gets the verdict prohibited, citing Article 26(10), from the date the paragraph applies. Not answered, both stay listed as duties, and the outcome is open towards prohibited.",
    not_taken: "Listing them only as obligations of a high-risk system that may go ahead. Not taken because the paragraph excludes these uses outright (\"in no case\"), which is what a city official must read first.",
    code: "regimes/eu_ai_act/art26_10.rs, post_remote_identification()",
};

/// INTERPRETATION: Article 26(10) applies with the other deployer obligations.
pub static READING_DATE: Reading = Reading {
    id: "ai-act.art26-10.date",
    provisions: &[ART_26_10, Citation::article(113)],
    text: "Article 26 is in Chapter III, whose obligations for the high-risk systems of Annex III apply from the date Article 113 sets (2 August 2026, moved to 2 December 2027 by the Digital Omnibus on AI).",
    reading: "Article 26(10) applies from the same date as the other deployer obligations for Annex III systems; before it, its rules are shown as upcoming and decide nothing.",
    not_taken: "Applying the untargeted-use rule from entry into force. Not taken because Article 113 gives Chapter III one date.",
    code: "regimes/eu_ai_act/art26_10.rs; law/dates.rs",
};/// Every finding of this module.
pub static FINDINGS: &[&Finding] =
    &[&APPLIES, &NOT_BOUND, &UNTARGETED, &DECISIONS_ON_OUTPUT_ALONE, &INITIAL_IDENTIFICATION];
/// Every obligation of this module.
pub static OBLIGATIONS: &[&Obligation] = &[&AUTHORISATION, &TARGETED, &HUMAN_DECISION, &DOCUMENTED, &ANNUAL_REPORT];
/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_IN_NO_CASE, &READING_DATE];
