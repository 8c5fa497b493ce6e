//! The obligations that follow from a high-risk classification under Annex III point 1:
//! for deployers (Articles 26, 27, 49(3) and 14(5)) and for providers (Articles 16, 17,
//! 43(1), 47, 48, 49(1), 72). They apply from the Annex III milestone.
//!
//! Obligations do not change the verdict, so they are decided on what is known: one
//! whose trigger is unknown (for example whether the deployer is a public body) is
//! listed, because it may apply; one known not to apply is left out.

use crate::engine::trace::{Obligation, Trace, Who};
use crate::facts::knowledge::facts;
use crate::engine::ask::Ask;
use crate::facts::vocabulary::{Function, Keyword, Purpose, Role, Subjects};
use crate::facts::Field;
use crate::law::{dates, Citation, Instrument};
use crate::regimes::common::PUBLIC_BODIES;

const HIGH_RISK: Option<&dates::Milestone> = Some(&dates::HIGH_RISK_ANNEX_III);
const ART_26: Citation = Citation::article(26);
const ART_16: Citation = Citation::article(16);

macro_rules! obligation {
    ($name:ident, $id:literal, $who:ident, [$($citation:expr),+], $field:expr) => {
        #[doc = concat!("`", $id, "`")]
        pub static $name: Obligation = Obligation {
            id: $id,
            who: Who::$who,
            citations: &[$($citation),+],
            applies_from: HIGH_RISK,
            field: $field,
        };
    };
}

obligation!(INSTRUCTIONS, "ai-act.obligation.deployer.instructions", Deployer, [ART_26.paragraph(1)], None);
obligation!(OVERSIGHT, "ai-act.obligation.deployer.oversight", Deployer, [ART_26.paragraph(2)], None);
obligation!(INPUT_DATA, "ai-act.obligation.deployer.input-data", Deployer, [ART_26.paragraph(4)], None);
obligation!(MONITORING, "ai-act.obligation.deployer.monitoring", Deployer, [ART_26.paragraph(5)], None);
obligation!(LOGS, "ai-act.obligation.deployer.logs", Deployer, [ART_26.paragraph(6)], None);
obligation!(
    INFORM_WORKERS,
    "ai-act.obligation.deployer.inform-workers",
    Deployer,
    [ART_26.paragraph(7)],
    Some(Field::SafeguardWorkersInformed)
);
obligation!(
    REGISTRATION,
    "ai-act.obligation.deployer.registration",
    Deployer,
    [ART_26.paragraph(8), Citation::article(49).paragraph(3)],
    Some(Field::SafeguardRegistered)
);
obligation!(
    REGISTRATION_RESTRICTED,
    "ai-act.obligation.deployer.registration-restricted",
    Deployer,
    [ART_26.paragraph(8), Citation::article(49).paragraph(3), Citation::article(49).paragraph(4)],
    Some(Field::SafeguardRegistered)
);
obligation!(
    DPIA,
    "ai-act.obligation.deployer.dpia",
    Deployer,
    [ART_26.paragraph(9), Citation::article(35).of(Instrument::Gdpr), Citation::article(27).of(Instrument::Led)],
    Some(Field::SafeguardDpia)
);
obligation!(
    INFORM_PERSONS,
    "ai-act.obligation.deployer.inform-persons",
    Deployer,
    [ART_26.paragraph(11)],
    Some(Field::SafeguardPersonsInformed)
);
obligation!(
    INFORM_PERSONS_LAW_ENFORCEMENT,
    "ai-act.obligation.deployer.inform-persons-law-enforcement",
    Deployer,
    [ART_26.paragraph(11), Citation::article(13).of(Instrument::Led)],
    Some(Field::SafeguardPersonsInformed)
);
obligation!(
    FRIA,
    "ai-act.obligation.deployer.fria",
    Deployer,
    [Citation::article(27).paragraph(1), Citation::article(27).paragraph(3)],
    Some(Field::SafeguardFria)
);
obligation!(
    TWO_PERSONS,
    "ai-act.obligation.deployer.two-persons",
    Deployer,
    [Citation::article(14).paragraph(5)],
    Some(Field::SafeguardTwoPersonCheck)
);
obligation!(
    TWO_PERSONS_LAW_ENFORCEMENT,
    "ai-act.obligation.deployer.two-persons-law-enforcement",
    Deployer,
    [Citation::article(14).paragraph(5)],
    Some(Field::SafeguardTwoPersonCheck)
);
obligation!(
    REQUIREMENTS,
    "ai-act.obligation.provider.requirements",
    Provider,
    [ART_16.point("a"), Citation::article(9), Citation::article(10), Citation::article(12), Citation::article(13), Citation::article(14), Citation::article(15)],
    None
);
obligation!(
    QUALITY_MANAGEMENT,
    "ai-act.obligation.provider.quality-management",
    Provider,
    [ART_16.point("c"), Citation::article(17)],
    None
);
obligation!(
    TECHNICAL_DOCUMENTATION,
    "ai-act.obligation.provider.technical-documentation",
    Provider,
    [Citation::article(11), ART_16.point("d"), Citation::article(18)],
    None
);
obligation!(
    CONFORMITY,
    "ai-act.obligation.provider.conformity",
    Provider,
    [ART_16.point("f"), Citation::article(43).paragraph(1)],
    None
);
obligation!(
    CONFORMITY_LAW_ENFORCEMENT,
    "ai-act.obligation.provider.conformity-law-enforcement",
    Provider,
    [ART_16.point("f"), Citation::article(43).paragraph(1)],
    None
);
obligation!(
    DECLARATION_AND_MARKING,
    "ai-act.obligation.provider.declaration-and-marking",
    Provider,
    [ART_16.point("g"), ART_16.point("h"), Citation::article(47), Citation::article(48)],
    None
);
obligation!(
    PROVIDER_REGISTRATION,
    "ai-act.obligation.provider.registration",
    Provider,
    [ART_16.point("i"), Citation::article(49).paragraph(1)],
    None
);
obligation!(
    PROVIDER_REGISTRATION_RESTRICTED,
    "ai-act.obligation.provider.registration-restricted",
    Provider,
    [ART_16.point("i"), Citation::article(49).paragraph(1), Citation::article(49).paragraph(4)],
    None
);
obligation!(
    TWO_PERSONS_BY_DESIGN,
    "ai-act.obligation.provider.two-persons-by-design",
    Provider,
    [Citation::article(14).paragraph(5)],
    None
);
obligation!(
    POST_MARKET_MONITORING,
    "ai-act.obligation.provider.post-market-monitoring",
    Provider,
    [Citation::article(72)],
    None
);

/// Whether a value that may be unknown is, or may be, one of `values`.
fn may_be<T: PartialEq>(known: Option<T>, values: &[T]) -> bool {
    known.is_none_or(|value| values.contains(&value))
}

/// Whether a value is known to be one of `values`.
fn is_known<T: PartialEq>(known: Option<T>, values: &[T]) -> bool {
    known.is_some_and(|value| values.contains(&value))
}

/// Records the obligations of a high-risk system under Annex III point 1.
pub fn high_risk(ask: &mut Ask<'_>, out: &mut Trace, remote_identification: bool) {
    let role = ask.peek_value(facts::ROLE);
    let operator = ask.peek_value(facts::OPERATOR);
    let purpose = ask.peek_value(facts::PURPOSE);
    // Whose emotions are read matters only for an emotion recognition system.
    let emotion = ask.fact_within_known(facts::FUNCTIONS.index() + Function::EmotionRecognition.index(), 0b10);
    let subjects = if emotion == Some(true) { ask.peek_value(facts::SUBJECTS) } else { None };
    // Law enforcement as the AI Act defines it (Art 3(46): by or for a law enforcement
    // authority), or migration, asylum and border control.
    let law_enforcement = crate::engine::ask::known_only(ask, &mut Trace::silent(), |ask, _| {
        crate::regimes::common::is_law_enforcement(ask)
    }) == Some(true);
    let sensitive_area = law_enforcement || is_known(purpose, &[Purpose::MigrationBorder]);
    // A provider's duties follow the system's intended purpose (Art 43(1), last
    // subparagraph; Art 49(4)), not who the provider is: a company supplying the police
    // is in the law enforcement area.
    let intended_for_sensitive_area = is_known(purpose, &[Purpose::LawEnforcement, Purpose::MigrationBorder]);
    let status = |ask: &mut Ask<'_>, obligation: &Obligation| {
        obligation.field.and_then(|field| crate::engine::ask::safeguard_status(ask, field))
    };

    if may_be(role, &[Role::Deployer, Role::ProviderAndDeployer]) {
        for obligation in [&INSTRUCTIONS, &OVERSIGHT, &INPUT_DATA, &MONITORING, &LOGS] {
            out.obligation(obligation, None);
        }
        if is_known(purpose, &[Purpose::WorkplaceManagement]) || subjects == Some(Subjects::Workers) {
            let done = status(ask, &INFORM_WORKERS);
            out.obligation(&INFORM_WORKERS, done);
        }
        if may_be(operator, PUBLIC_BODIES) || is_known(purpose, &[Purpose::PublicService]) {
            let done = status(ask, &FRIA);
            out.obligation(&FRIA, done);
        }
        if may_be(operator, PUBLIC_BODIES) {
            let registration = if sensitive_area { &REGISTRATION_RESTRICTED } else { &REGISTRATION };
            let done = status(ask, registration);
            out.obligation(registration, done);
        }
        if remote_identification {
            let two_persons = if sensitive_area { &TWO_PERSONS_LAW_ENFORCEMENT } else { &TWO_PERSONS };
            let done = status(ask, two_persons);
            out.obligation(two_persons, done);
        }
        let dpia = status(ask, &DPIA);
        out.obligation(&DPIA, dpia);
        let inform = if law_enforcement { &INFORM_PERSONS_LAW_ENFORCEMENT } else { &INFORM_PERSONS };
        let done = status(ask, inform);
        out.obligation(inform, done);
    }
    if may_be(role, &[Role::Provider, Role::ProviderAndDeployer]) {
        let conformity = if intended_for_sensitive_area { &CONFORMITY_LAW_ENFORCEMENT } else { &CONFORMITY };
        let registration =
            if intended_for_sensitive_area { &PROVIDER_REGISTRATION_RESTRICTED } else { &PROVIDER_REGISTRATION };
        for obligation in [&REQUIREMENTS, &QUALITY_MANAGEMENT, &TECHNICAL_DOCUMENTATION, conformity, &DECLARATION_AND_MARKING, registration]
        {
            out.obligation(obligation, None);
        }
        if remote_identification {
            out.obligation(&TWO_PERSONS_BY_DESIGN, None);
        }
        out.obligation(&POST_MARKET_MONITORING, None);
    }
}

/// Every obligation of this module.
pub static OBLIGATIONS: &[&Obligation] = &[
    &INSTRUCTIONS,
    &OVERSIGHT,
    &INPUT_DATA,
    &MONITORING,
    &LOGS,
    &INFORM_WORKERS,
    &REGISTRATION,
    &REGISTRATION_RESTRICTED,
    &DPIA,
    &INFORM_PERSONS,
    &INFORM_PERSONS_LAW_ENFORCEMENT,
    &FRIA,
    &TWO_PERSONS,
    &TWO_PERSONS_LAW_ENFORCEMENT,
    &REQUIREMENTS,
    &QUALITY_MANAGEMENT,
    &TECHNICAL_DOCUMENTATION,
    &CONFORMITY,
    &CONFORMITY_LAW_ENFORCEMENT,
    &DECLARATION_AND_MARKING,
    &PROVIDER_REGISTRATION,
    &PROVIDER_REGISTRATION_RESTRICTED,
    &TWO_PERSONS_BY_DESIGN,
    &POST_MARKET_MONITORING,
];
