//! Directive (EU) 2016/680 Article 10: special categories of personal data processed
//! by competent authorities for law enforcement, with Articles 27 and 13.
//!
//! > Processing of [...] biometric data for the purpose of uniquely identifying a
//! > natural person [...] shall be allowed only where strictly necessary, subject to
//! > appropriate safeguards for the rights and freedoms of the data subject, and only:
//! > (a) where authorised by Union or Member State law; (b) to protect the vital
//! > interests of the data subject or of another natural person; or (c) where such
//! > processing relates to data which are manifestly made public by the data subject.
//!
//! Strict necessity and the authorising law are the conditions (the same facts the AI
//! Act reads: `law_enforcement.strictly_necessary`, `safeguards.national_law`); either
//! known to be missing prohibits the processing.
//!
//! INTERPRETATION (`READING_BASES`): without a law the processing is prohibited.

use crate::engine::trace::{Condition, Finding, FindingKind, Obligation, Trace, Who};
use crate::engine::verdict::{Leaf, Verdict};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Tri};
use crate::facts::Field;
use crate::law::{Citation, Instrument, Reading};
use crate::engine::ask::safeguard_status;

const LED: Instrument = Instrument::Led;
const ART_10: Citation = Citation::article(10).of(LED);

/// Police processing falls under the Directive, not the GDPR.
pub static APPLIES: Finding = Finding {
    id: "dp.led.applies",
    kind: FindingKind::Scope,
    citations: &[Citation::article(2).paragraph(2).point("d").of(Instrument::Gdpr), ART_10],
    applies_from: None,
};

/// Allowed only under the conditions of Article 10.
pub static CONDITIONAL: Finding = Finding {
    id: "dp.led.art10.conditional",
    kind: FindingKind::Exception,
    citations: &[ART_10],
    applies_from: None,
};

/// A condition of Article 10 is known to be missing.
pub static UNMET: Finding = Finding {
    id: "dp.led.art10.unmet",
    kind: FindingKind::Prohibition,
    citations: &[ART_10],
    applies_from: None,
};

/// Strictly necessary.
pub static STRICTLY_NECESSARY: Condition = Condition {
    id: "dp.led.art10.condition.strictly-necessary",
    citations: &[ART_10],
    field: Some(Field::LawEnforcementStrictlyNecessary),
};

/// Authorised by Union or member state law (point (a)).
pub static AUTHORISED_BY_LAW: Condition = Condition {
    id: "dp.led.art10.condition.law",
    citations: &[ART_10.point("a")],
    field: Some(Field::SafeguardNationalLaw),
};

/// Appropriate safeguards for the rights and freedoms of the people concerned.
pub static SAFEGUARDS: Obligation = Obligation {
    id: "dp.led.art10.safeguards",
    who: Who::Deployer,
    citations: &[ART_10],
    applies_from: None,
    field: None,
};

/// A DPIA where the processing is likely to result in a high risk (Article 27).
pub static DPIA: Obligation = Obligation {
    id: "dp.led.art27.dpia",
    who: Who::Deployer,
    citations: &[Citation::article(27).of(LED)],
    applies_from: None,
    field: Some(Field::SafeguardDpia),
};

/// Information to the people concerned (Article 13).
pub static INFORMATION: Obligation = Obligation {
    id: "dp.led.art13.information",
    who: Who::Deployer,
    citations: &[Citation::article(13).of(LED)],
    applies_from: None,
    field: None,
};

/// INTERPRETATION: the bases of Article 10 other than a law.
pub static READING_BASES: Reading = Reading {
    id: "dp.led.art10.bases",
    provisions: &[ART_10],
    text: "Processing biometric data to identify people is allowed only where strictly necessary, with appropriate safeguards, \"and only: (a) where authorised by Union or Member State law; (b) to protect the vital interests of the data subject or of another natural person; or (c) where such processing relates to data which are manifestly made public by the data subject\" (Directive 2016/680 Article 10).",
    reading: "Points (b) and (c) are not read as a basis for a system that searches crowds or footage for people: the vital interests of one person do not make processing everyone else's biometric data necessary, and faces passing a camera are not manifestly made public. Without a law the processing is prohibited.",
    not_taken: "Accepting the vital interests of a missing person as the basis of a live search. National law, which the AI Act also requires for such a search (Article 5(5)), is the basis the tool asks for.",
    code: "regimes/data_protection/led_art10.rs, check()",
};

/// INTERPRETATION: who processes for law enforcement.
pub static READING_COMPETENT_AUTHORITY: Reading = Reading {
    id: "dp.led.competent-authority",
    provisions: &[Citation::article(2).paragraph(2).point("d").of(Instrument::Gdpr), ART_10],
    text: "The GDPR does not apply to processing \"by competent authorities for the purposes of the prevention, investigation, detection or prosecution of criminal offences [...]\" (Article 2(2)(d)); Directive 2016/680 does.",
    reading: "A law enforcement authority, a body acting for one, or a public authority giving law enforcement as its purpose falls under the Directive; so does a system a provider supplies for law enforcement, which such an authority will run. A company or a private person acting on its own account (a shop watching for shoplifters) falls under the GDPR, whatever it calls its purpose.",
    not_taken: "Leaving a provider's system for the police under the GDPR, although the processing it performs will be the police's.",
    code: "regimes/data_protection/mod.rs, is_police_processing()",
};

/// Step 3 for the police: Article 10's conditions, and the duties that go with them.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Leaf {
    out.finding(&APPLIES);
    let conditions = [
        (&STRICTLY_NECESSARY, ask.peek(facts::STRICTLY_NECESSARY)),
        (&AUTHORISED_BY_LAW, ask.peek(facts::NATIONAL_LAW)),
    ];
    for (condition, status) in conditions {
        out.condition(condition, status);
    }
    if conditions.iter().any(|(_, status)| *status == Tri::Unmet) {
        out.finding(&UNMET);
        return Leaf::because(Verdict::Prohibited, &UNMET);
    }
    out.finding(&CONDITIONAL);
    out.obligation(&SAFEGUARDS, None);
    let done = safeguard_status(ask, Field::SafeguardDpia);
    out.obligation(&DPIA, done);
    out.obligation(&INFORMATION, None);
    let open = conditions.iter().any(|(_, status)| *status == Tri::Unknown);
    Leaf::because(Verdict::Conditional, &CONDITIONAL).open_if(open)
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&APPLIES, &CONDITIONAL, &UNMET];
/// Every condition of this module.
pub static CONDITIONS: &[&Condition] = &[&STRICTLY_NECESSARY, &AUTHORISED_BY_LAW];
/// Every obligation of this module.
pub static OBLIGATIONS: &[&Obligation] = &[&SAFEGUARDS, &DPIA, &INFORMATION];
/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_BASES, &READING_COMPETENT_AUTHORITY];
