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
//! stays high-risk and they are listed as obligations. Ireland and Denmark are not bound
//! by Article 26(10) (recitals 40 and 41).

use crate::engine::trace::{Finding, FindingKind, Obligation, Trace, Who};
use crate::facts::knowledge::{facts, Ask};
use crate::facts::vocabulary::{CountryClass, Objective, Role, Timing};
use crate::facts::Field;
use crate::law::{dates, Citation};
use crate::regimes::common::{is_law_enforcement, known_only, safeguard_status};

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
    field: None,
};

/// No adverse decision based solely on the output.
pub static HUMAN_DECISION: Obligation = Obligation {
    id: "ai-act.art26-10.human-decision",
    who: Who::Deployer,
    citations: &[ART_26_10],
    applies_from: HIGH_RISK,
    field: None,
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

/// Records the Article 26(10) safeguards for post identification by law enforcement
/// deployers, where the facts say so.
pub fn post_remote_identification(ask: &mut Ask<'_>, out: &mut Trace) {
    known_only(ask, out, |ask, out| {
        let applies = ask.is(facts::TIMING, Timing::Post)?
            && is_law_enforcement(ask)?
            && !ask.is(facts::ROLE, Role::Provider)?;
        if !applies {
            return Ok(());
        }
        if ask.is_any(facts::COUNTRY, &[CountryClass::Ireland, CountryClass::Denmark])? {
            out.finding(&NOT_BOUND);
            return Ok(());
        }
        out.finding(&APPLIES);
        // The authorisation is for "an investigation for the targeted search of a person
        // suspected or convicted": not needed to find a victim or a missing person or to
        // avert a threat. While the objective is not known it is listed.
        let objective = ask.peek_value(facts::OBJECTIVE);
        if !matches!(objective, Some(Objective::VictimSearch | Objective::ImminentThreat)) {
            let authorised = safeguard_status(ask, Field::SafeguardAuthorisation);
            out.obligation(&AUTHORISATION, authorised);
        }
        for obligation in [&TARGETED, &HUMAN_DECISION, &DOCUMENTED, &ANNUAL_REPORT] {
            out.obligation(obligation, None);
        }
        Ok(())
    });
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&APPLIES, &NOT_BOUND];
/// Every obligation of this module.
pub static OBLIGATIONS: &[&Obligation] = &[&AUTHORISATION, &TARGETED, &HUMAN_DECISION, &DOCUMENTED, &ANNUAL_REPORT];
