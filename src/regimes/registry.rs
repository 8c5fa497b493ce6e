//! Everything the rules can say, listed: every finding, condition and obligation of
//! every built-in regime, and every citation. Used to check that each has its text in
//! every language, and to prepare citations once.

use super::{eu_ai_act, proposal_2021};
use crate::engine::trace::{Condition, Finding, Obligation};
use crate::facts::Field;
use crate::law::{dates, Citation};

/// Every finding of the built-in regimes.
pub fn findings() -> impl Iterator<Item = &'static Finding> {
    eu_ai_act::findings().chain(proposal_2021::findings())
}

/// Every condition of the built-in regimes.
pub fn conditions() -> impl Iterator<Item = &'static Condition> {
    eu_ai_act::conditions().chain(proposal_2021::conditions())
}

/// Every obligation of the built-in regimes.
pub fn obligations() -> impl Iterator<Item = &'static Obligation> {
    eu_ai_act::obligations().chain(proposal_2021::obligations())
}

/// Every citation the rules, the catalogue and the dates use (with repeats).
pub fn citations() -> impl Iterator<Item = Citation> {
    findings()
        .flat_map(|f| f.citations.iter().copied())
        .chain(conditions().flat_map(|c| c.citations.iter().copied()))
        .chain(obligations().flat_map(|o| o.citations.iter().copied()))
        .chain(Field::ALL.iter().flat_map(|f| crate::catalogue::provisions(*f).iter().copied()))
        .chain(dates::ALL.iter().map(|m| m.source))
}
