//! Regime `data-protection`: the rules on processing biometric and other special
//! categories of personal data, which often decide a municipal case before the AI Act
//! does. Binding beside the AI Act in the Union and the EEA.
//!
//! Who processes for what decides the instrument: a competent authority, or a body
//! acting for one, processing for law enforcement falls under Directive (EU) 2016/680
//! (the Law Enforcement Directive, `led_art10.rs`); everyone else under Regulation (EU)
//! 2016/679 (the GDPR, `gdpr_art9.rs`). In order:
//!
//! 1. scope (`scope.rs`): GDPR Article 3 and Article 2(2)(a) and (c), Directive
//!    2016/680 Article 2(3)(a), the *Ryneš* judgment on cameras filming public space;
//! 2. whether special categories are processed (`special_categories.rs`, GDPR Articles
//!    4(14) and 9(1)): if not, no rule specific to them applies (`minimal`);
//! 3. the instrument's rule on special categories: GDPR Article 9(2) grounds with the
//!    impact assessment of Articles 35 and 36, or Directive 2016/680 Article 10 with its
//!    Articles 27 and 13;
//! 4. supervisory decisions on comparable uses, as notes (`supervisory.rs`).
//!
//! The GDPR's date of application (25 May 2018) is before any use this tool is asked
//! about, so the regime does not read the date of use.

pub mod gdpr_art35;
pub mod gdpr_art9;
pub mod led_art10;
pub mod scope;
pub mod special_categories;
pub mod supervisory;

use crate::engine::trace::{Condition, Finding, Obligation, Trace};
use crate::engine::verdict::{Leaf, Verdict};
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::Purpose;
use crate::regimes::common::{is_law_enforcement, supplied_for};

/// Evaluates the regime on decided facts (splitting on any undecided fact it needs).
pub fn evaluate(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Leaf, Split> {
    if let Some(leaf) = scope::check(ask, out)? {
        return Ok(leaf);
    }
    let Some(special) = special_categories::check(ask, out)? else {
        return Ok(Leaf::because(Verdict::Minimal, &special_categories::NONE));
    };
    let leaf = if is_police_processing(ask)? { led_art10::check(ask, out) } else { gdpr_art9::check(ask, out, special)? };
    supervisory::notes(ask, out);
    Ok(leaf)
}

/// Processing by a competent authority, or a body acting for one, for law enforcement
/// (GDPR Article 2(2)(d)): the Law Enforcement Directive's, not the GDPR's. A system a
/// provider supplies for law enforcement will be run by such an authority.
///
/// INTERPRETATION (`led_art10::READING_COMPETENT_AUTHORITY`).
pub fn is_police_processing(ask: &mut Ask<'_>) -> Result<bool, Split> {
    Ok(is_law_enforcement(ask)? || supplied_for(ask, Purpose::LawEnforcement)?)
}

/// Every finding of the regime.
pub fn findings() -> impl Iterator<Item = &'static Finding> {
    scope::FINDINGS
        .iter()
        .chain(special_categories::FINDINGS)
        .chain(gdpr_art9::FINDINGS)
        .chain(gdpr_art35::FINDINGS)
        .chain(led_art10::FINDINGS)
        .chain(supervisory::FINDINGS)
        .copied()
}

/// Every condition of the regime.
pub fn conditions() -> impl Iterator<Item = &'static Condition> {
    gdpr_art9::CONDITIONS.iter().chain(led_art10::CONDITIONS).copied()
}

/// Every obligation of the regime.
pub fn obligations() -> impl Iterator<Item = &'static Obligation> {
    gdpr_art35::OBLIGATIONS.iter().chain(led_art10::OBLIGATIONS).copied()
}
