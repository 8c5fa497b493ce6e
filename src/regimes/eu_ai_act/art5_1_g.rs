//! Article 5(1)(g): biometric categorisation by sensitive characteristics.
//!
//! > (g) the placing on the market, the putting into service for this specific purpose,
//! > or the use of biometric categorisation systems that categorise individually
//! > natural persons based on their biometric data to deduce or infer their race,
//! > political opinions, trade union membership, religious or philosophical beliefs,
//! > sex life or sexual orientation; this prohibition does not cover any labelling or
//! > filtering of lawfully acquired biometric datasets, such as images, based on
//! > biometric data or categorizing of biometric data in the area of law enforcement;
//!
//! A feature that is purely ancillary to another commercial service is not a biometric
//! categorisation system at all (Art 3(40), recital 16). Ireland and Denmark are not
//! bound by point (g) where it applies to categorisation for police and judicial
//! cooperation in criminal matters (recitals 40 and 41).

use crate::engine::trace::{Finding, FindingKind, Trace};
use crate::facts::knowledge::{facts, Ask, Split};
use crate::facts::vocabulary::{Attribute, CountryClass, Function};
use crate::law::{dates, Citation};
use crate::regimes::common::is_law_enforcement;

const ART_5_1_G: Citation = Citation::article(5).paragraph(1).point("g");

/// The prohibition applies.
pub static PROHIBITED: Finding = Finding {
    id: "ai-act.art5-1-g.prohibited",
    kind: FindingKind::Prohibition,
    citations: &[ART_5_1_G],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// The dataset labelling exclusion applies.
pub static DATASET_LABELLING: Finding = Finding {
    id: "ai-act.art5-1-g.dataset-labelling",
    kind: FindingKind::Exception,
    citations: &[ART_5_1_G],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Ireland or Denmark, police use: point (g) does not bind.
pub static NOT_BOUND: Finding = Finding {
    id: "ai-act.art5-1-g.not-bound",
    kind: FindingKind::Scope,
    citations: &[ART_5_1_G, Citation::recital(40), Citation::recital(41)],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Whether the system is a biometric categorisation system (not a purely ancillary
/// feature). Shared with Annex III point 1(b) and Article 50(3).
pub fn is_categorisation_system(ask: &mut Ask<'_>) -> Result<bool, Split> {
    Ok(ask.has(facts::FUNCTIONS, Function::Categorisation)? && !ask.flag(facts::ANCILLARY_FEATURE)?)
}

/// Whether the system infers a characteristic that point (g) protects.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<bool, Split> {
    if !is_categorisation_system(ask)? || !ask.has_any(facts::ATTRIBUTES, Attribute::ARTICLE_5_1_G)? {
        return Ok(false);
    }
    if ask.flag(facts::DATASET_LABELLING)? {
        out.finding(&DATASET_LABELLING);
        return Ok(false);
    }
    if is_law_enforcement(ask)? && ask.is_any(facts::COUNTRY, &[CountryClass::Ireland, CountryClass::Denmark])? {
        out.finding(&NOT_BOUND);
        return Ok(false);
    }
    out.finding(&PROHIBITED);
    Ok(true)
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&PROHIBITED, &DATASET_LABELLING, &NOT_BOUND];
