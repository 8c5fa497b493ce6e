//! When each part of the AI Act applies, with the source of each date.
//!
//! Dates are data, not logic: a rule names the milestone it belongs to, and the
//! assessment compares the milestone with the date of use to mark a finding as in
//! force or upcoming. When a date moves again, it moves here.

use super::citation::Citation;
use crate::facts::date::{valid_date, Date};

/// A date from which a group of provisions applies.
#[derive(Debug, PartialEq, Eq)]
pub struct Milestone {
    /// A stable identifier, also the id of the message describing the source.
    pub id: &'static str,
    /// The date of application.
    pub date: Date,
    /// The provision that sets the date.
    pub source: Citation,
    /// The date that applied before an amendment moved it, if any.
    pub previously: Option<Date>,
}

/// Article 5 (Chapter II) applies from 2 February 2025: Article 113, point (a).
pub const PROHIBITIONS: Milestone = Milestone {
    id: "milestone.prohibitions",
    date: valid_date(2025, 2, 2),
    source: Citation::article(113).point("a"),
    previously: None,
};

/// Article 99 (Chapter XII, penalties) applies from 2 August 2025: Article 113, point (b).
pub const PENALTIES: Milestone = Milestone {
    id: "milestone.penalties",
    date: valid_date(2025, 8, 2),
    source: Citation::article(113).point("b"),
    previously: None,
};

/// The Regulation in general, including Article 50, applies from 2 August 2026
/// (Article 113, second paragraph).
pub const GENERAL: Milestone = Milestone {
    id: "milestone.general",
    date: valid_date(2026, 8, 2),
    source: Citation::article(113),
    previously: None,
};

/// The obligations for high-risk AI systems listed in Annex III apply from 2 December
/// 2027 under the Digital Omnibus on AI (adopted June 2026), which amended Article 113;
/// before that amendment they applied from 2 August 2026.
pub const HIGH_RISK_ANNEX_III: Milestone = Milestone {
    id: "milestone.high-risk-annex-iii",
    date: valid_date(2027, 12, 2),
    source: Citation::article(113),
    previously: Some(valid_date(2026, 8, 2)),
};

/// Every milestone, for the legal-data summary.
pub const ALL: &[&Milestone] = &[&PROHIBITIONS, &PENALTIES, &GENERAL, &HIGH_RISK_ANNEX_III];

/// The date on which the legal data was last checked against the sources.
pub const LEGAL_DATA_DATE: Date = valid_date(2026, 11, 23);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn milestones_are_in_order() {
        assert!(PROHIBITIONS.date < PENALTIES.date);
        assert!(PENALTIES.date < GENERAL.date);
        assert!(GENERAL.date < HIGH_RISK_ANNEX_III.date);
        assert_eq!(HIGH_RISK_ANNEX_III.previously, Some(GENERAL.date));
    }
}
