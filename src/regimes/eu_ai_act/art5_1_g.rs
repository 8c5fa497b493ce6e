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
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::{Attribute, CountryClass, Function};
use crate::law::{dates, Citation, Reading};
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
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Option<&'static Finding>, Split> {
    if !is_categorisation_system(ask)? || !ask.has_any(facts::ATTRIBUTES, Attribute::ARTICLE_5_1_G)? {
        return Ok(None);
    }
    // INTERPRETATION (READING_DATASETS).
    if ask.flag(facts::DATASET_LABELLING)? {
        out.finding(&DATASET_LABELLING);
        return Ok(None);
    }
    // INTERPRETATION (READING_IRELAND_DENMARK).
    if is_law_enforcement(ask)? && ask.is_any(facts::COUNTRY, &[CountryClass::Ireland, CountryClass::Denmark])? {
        out.finding(&NOT_BOUND);
        return Ok(None);
    }
    out.finding(&PROHIBITED);
    Ok(Some(&PROHIBITED))
}

/// INTERPRETATION: the exclusion for datasets and for law enforcement.
pub static READING_DATASETS: Reading = Reading {
    id: "ai-act.art5-1-g.datasets",
    provisions: &[Citation::article(5).paragraph(1).point("g"), Citation::recital(30)],
    text: "\"this prohibition does not cover any labelling or filtering of lawfully acquired biometric datasets, such as images, based on biometric data or categorizing of biometric data in the area of law enforcement\" (Article 5(1)(g)).",
    reading: "The exclusion covers work on datasets: labelling or filtering lawfully acquired datasets, and categorising biometric data within such datasets for law enforcement. A system that categorises the people it observes by race, beliefs or sexual orientation stays prohibited, for the police too.",
    not_taken: "Reading \"categorizing of biometric data in the area of law enforcement\" as a general exemption for police categorisation of people. Not taken because recital 30 ties the exclusion to datasets, and a general police exemption would empty the prohibition where it matters most.",
    code: "regimes/eu_ai_act/art5_1_g.rs, check()",
};

/// INTERPRETATION: Ireland and Denmark.
pub static READING_IRELAND_DENMARK: Reading = Reading {
    id: "ai-act.recitals-40-41.ireland-denmark",
    provisions: &[Citation::recital(40), Citation::recital(41), Citation::article(5).paragraph(1).point("h"), Citation::article(26).paragraph(10)],
    text: "Ireland and Denmark are not bound by the rules of Article 5(1), first subparagraph, point (g) to the extent it applies to biometric categorisation for police and judicial cooperation in criminal matters, point (d) to the extent it applies to AI systems covered by that provision, point (h), Article 5(2) to (6) and Article 26(10), adopted on the basis of Article 16 TFEU (recitals 40 and 41).",
    reading: "For a use in Ireland or Denmark for law enforcement: point (h) with paragraphs 2 to 6, Article 26(10), and point (g) for police categorisation do not decide the verdict; the system is still classified (Annex III) and the report says national law and Directive 2016/680 govern the use.",
    not_taken: "Applying the recitals to every use in those countries, or ignoring them. The recitals confine the exemption to processing for police and judicial cooperation.",
    code: "regimes/eu_ai_act/art5_1_g.rs, art5_1_h.rs, art26_10.rs",
};/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&PROHIBITED, &DATASET_LABELLING, &NOT_BOUND];

/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_DATASETS, &READING_IRELAND_DENMARK];
