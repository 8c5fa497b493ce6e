//! Everything the rules can say, listed: every finding, condition and obligation of
//! every built-in regime, and every citation. Used to check that each has its text in
//! every language, and to prepare citations once.

use super::{data_protection, eu_ai_act, proposal_2021};
use crate::engine::trace::{Condition, Finding, Obligation};
use crate::law::{dates, Reading};

/// Every finding of the built-in regimes.
pub fn findings() -> impl Iterator<Item = &'static Finding> {
    eu_ai_act::findings().chain(data_protection::findings()).chain(proposal_2021::findings())
}

/// Every condition of the built-in regimes.
pub fn conditions() -> impl Iterator<Item = &'static Condition> {
    eu_ai_act::conditions().chain(data_protection::conditions()).chain(proposal_2021::conditions())
}

/// Every obligation of the built-in regimes.
pub fn obligations() -> impl Iterator<Item = &'static Obligation> {
    eu_ai_act::obligations().chain(data_protection::obligations()).chain(proposal_2021::obligations())
}

/// Every reading of the law the rules make, in the order of the regimes.
pub fn readings() -> impl Iterator<Item = &'static Reading> {
    use super::{data_protection as dp, eu_ai_act as act};
    [&dates::READING_DATE_OF_USE, &dates::READING_OMNIBUS]
        .into_iter()
        .chain(super::scope::READINGS.iter().copied())
        .chain(act::art5_1_e::READINGS.iter().copied())
        .chain(act::art5_1_g::READINGS.iter().copied())
        .chain(act::art5_1_h::READINGS.iter().copied())
        .chain(act::art26_10::READINGS.iter().copied())
        .chain(act::art50_3::READINGS.iter().copied())
        .chain(dp::scope::READINGS.iter().copied())
        .chain(dp::special_categories::READINGS.iter().copied())
        .chain(dp::gdpr_art9::READINGS.iter().copied())
        .chain(dp::led_art10::READINGS.iter().copied())
        .chain(proposal_2021::READINGS.iter().copied())
}
