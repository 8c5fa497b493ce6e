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
use crate::facts::knowledge::{facts, Ask, Split};
use crate::facts::vocabulary::Function;
use crate::law::{dates, Citation};

/// The prohibition applies.
pub static PROHIBITED: Finding = Finding {
    id: "ai-act.art5-1-e.prohibited",
    kind: FindingKind::Prohibition,
    citations: &[Citation::article(5).paragraph(1).point("e")],
    applies_from: Some(&dates::PROHIBITIONS),
};

/// Whether the system builds or expands a facial recognition database by untargeted
/// scraping.
pub fn check(ask: &mut Ask<'_>, out: &mut Trace) -> Result<bool, Split> {
    if !ask.has(facts::FUNCTIONS, Function::Identification)? || !ask.flag(facts::UNTARGETED_SCRAPING)? {
        return Ok(false);
    }
    out.finding(&PROHIBITED);
    Ok(true)
}

/// Every finding of this module.
pub static FINDINGS: &[&Finding] = &[&PROHIBITED];
