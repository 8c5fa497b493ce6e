//! When each part of the AI Act applies, with the source of each date.
//!
//! Dates are data, not logic: a rule names the milestone it belongs to, and the
//! assessment compares the milestone with the date of use to mark a finding as in
//! force or upcoming. When a date moves again, it moves here.

use super::citation::Citation;
use super::readings::Reading;
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

/// The Regulation entered into force on 1 August 2024, the twentieth day after its
/// publication in the Official Journal of 12 July 2024 (Article 113, first paragraph).
pub const ENTRY_INTO_FORCE: Milestone = Milestone {
    id: "milestone.entry-into-force",
    date: valid_date(2024, 8, 1),
    source: Citation::article(113),
    previously: None,
};

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

/// INTERPRETATION: the application date of the obligations for Annex III systems.
pub static READING_OMNIBUS: Reading = Reading {
    id: "ai-act.art113.omnibus",
    provisions: &[Citation::article(113)],
    text: "Article 113 applies the Regulation in general from 2 August 2026. The Digital Omnibus on AI (adopted June 2026) moved the obligations for the high-risk systems of Annex III to 2 December 2027.",
    reading: "Obligations of Annex III systems, Article 26(10) among them, apply from 2 December 2027; the earlier date is kept as the one the amendment replaced. The Omnibus text is not among this tool's sources: the date rests on the project's legal brief.",
    not_taken: "The published date of Article 113 (2 August 2026).",
    code: "law/dates.rs, HIGH_RISK_ANNEX_III",
};

/// INTERPRETATION: what a date of use before an application date gives.
pub static READING_DATE_OF_USE: Reading = Reading {
    id: "ai-act.art113.date-of-use",
    provisions: &[Citation::article(113), Citation::article(113).point("a")],
    text: "The Regulation entered into force on 1 August 2024; Chapters I and II (Article 5) apply from 2 February 2025 (Article 113(a)).",
    reading: "The verdict is what the law gives on the day of use: before entry into force, the Regulation does not apply (what it will say is shown as upcoming); before 2 February 2025, a practice Article 5 prohibits is assessed under the rest of the Regulation (typically as high-risk), with the prohibition shown as upcoming. Classifications give their verdict from entry into force, their obligations marked upcoming until they apply.",
    not_taken: "Giving the verdict of the law as it will be in full application whatever the date (a use in 2024 reported as prohibited).",
    code: "regimes/eu_ai_act/mod.rs, evaluate()",
};

/// Every milestone, for the legal-data summary.
pub const ALL: &[&Milestone] = &[&ENTRY_INTO_FORCE, &PROHIBITIONS, &PENALTIES, &GENERAL, &HIGH_RISK_ANNEX_III];

/// The date on which the legal data was last checked against the sources.
pub const LEGAL_DATA_DATE: Date = valid_date(2026, 11, 23);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn milestones_are_in_order() {
        assert!(ENTRY_INTO_FORCE.date < PROHIBITIONS.date);
        assert!(PROHIBITIONS.date < PENALTIES.date);
        assert!(PENALTIES.date < GENERAL.date);
        assert!(GENERAL.date < HIGH_RISK_ANNEX_III.date);
        assert_eq!(HIGH_RISK_ANNEX_III.previously, Some(GENERAL.date));
    }
}
