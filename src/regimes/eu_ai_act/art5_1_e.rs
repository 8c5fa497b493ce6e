//! Article 5(1)(e): untargeted scraping of facial images.
//!
//! > The following AI practices shall be prohibited: (e) the placing on the market, the
//! > putting into service for this specific purpose, or the use of AI systems that
//! > create or expand facial recognition databases through the untargeted scraping of
//! > facial images from the internet or CCTV footage;
//!
//! Any operator, any purpose, any role: placing on the market is caught as well as use.
//! The fact (`identification.untargeted_scraping`) is itself about facial images and a
//! facial recognition database, so the modalities are not asked: a description that
//! leaves them out, or names only others, is still caught. Like every fact of the
//! identification group it is asked of systems that identify people.

use crate::engine::trace::{Finding, FindingKind, Trace};
use crate::facts::knowledge::facts;
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::Function;
use crate::law::{dates, Citation, Reading};

/// The prohibition applies.
pub static PROHIBITED: Finding = Finding {
    id: "ai-act.art5-1-e.prohibited",
    kind: FindingKind::Prohibition,
    citations: &[Citation::article(5).paragraph(1).point("e")],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// INTERPRETATION: whom the scraping question is asked of.
pub static READING_SCRAPING: Reading = Reading {
    id: "ai-act.art5-1-e.who-is-asked",
    provisions: &[Citation::article(5).paragraph(1).point("e")],
    text: "Prohibited: \"AI systems that create or expand facial recognition databases through the untargeted scraping of facial images from the internet or CCTV footage\" (Article 5(1)(e)).",
    reading: "The question is asked of systems that identify people (the input contract places it under identification). A crawler that only harvests faces for another system's database should be described with the identification function.",
    not_taken: "Asking every system about scraping, which would leave every other description undecided. The prohibition itself does not depend on the system identifying anyone.",
    code: "regimes/eu_ai_act/art5_1_e.rs, check()",
};

/// The prohibiting finding, when the system builds or expands a facial recognition
/// database by untargeted scraping.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Option<&'static Finding>, Split> {
    // INTERPRETATION (READING_SCRAPING).
    if !ask.has(facts::FUNCTIONS, Function::Identification)? || !ask.flag(facts::UNTARGETED_SCRAPING)? {
        return Ok(None);
    }
    out.finding(&PROHIBITED);
    Ok(Some(&PROHIBITED))
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&PROHIBITED];
/// Every reading of this module.
pub static READINGS: &[&Reading] = &[&READING_SCRAPING];
