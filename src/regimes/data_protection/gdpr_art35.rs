//! GDPR Articles 35 and 36: the data protection impact assessment and prior
//! consultation.
//!
//! > Article 35(3): A DPIA is in particular required in the case of: [...] (b)
//! > processing on a large scale of special categories of data referred to in Article
//! > 9(1) [...]; or (c) a systematic monitoring of a publicly accessible area on a
//! > large scale.
//! >
//! > Article 36(1): the controller consults the supervisory authority prior to
//! > processing where the DPIA indicates that the processing would result in a high
//! > risk in the absence of measures taken by the controller to mitigate the risk.

use crate::engine::trace::{Finding, FindingKind, Obligation, Trace, Who};
use crate::facts::knowledge::facts;
use crate::engine::ask::Ask;
use crate::facts::vocabulary::Space;
use crate::facts::Field;
use crate::law::{Citation, Instrument};
use crate::engine::ask::{known_only, safeguard_status};

const GDPR: Instrument = Instrument::Gdpr;
const ART_35: Citation = Citation::article(35).of(GDPR);

/// A DPIA before the processing starts.
pub static DPIA: Obligation = Obligation {
    id: "dp.gdpr.art35.dpia",
    who: Who::Deployer,
    citations: &[ART_35.paragraph(1), ART_35.paragraph(3).point("b")],
    applies_from: None,
    field: Some(Field::SafeguardDpia),
};

/// Consult the supervisory authority where the DPIA leaves a high risk.
pub static PRIOR_CONSULTATION: Obligation = Obligation {
    id: "dp.gdpr.art36.prior-consultation",
    who: Who::Deployer,
    citations: &[Citation::article(36).paragraph(1).of(GDPR)],
    applies_from: None,
    field: None,
};

/// Monitoring a publicly accessible area on a large scale needs a DPIA in any case.
pub static PUBLIC_AREA: Finding = Finding {
    id: "dp.gdpr.art35-3-c",
    kind: FindingKind::Obligation,
    citations: &[ART_35.paragraph(3).point("c")],
    applies_from: None,
};

/// Records the impact assessment duties of a controller of special categories.
pub fn obligations(ask: &mut Ask<'_>, out: &mut Trace) {
    known_only(ask, out, |ask, out| {
        if ask.is(facts::SPACE, Space::PubliclyAccessible)? {
            out.finding(&PUBLIC_AREA);
        }
        Ok(())
    });
    let done = safeguard_status(ask, Field::SafeguardDpia);
    out.obligation(&DPIA, done);
    out.obligation(&PRIOR_CONSULTATION, None);
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&PUBLIC_AREA];
/// Every obligation of this module.
pub static OBLIGATIONS: &[&Obligation] = &[&DPIA, &PRIOR_CONSULTATION];
