//! Regime `eu-ai-act`: Regulation (EU) 2024/1689 as in force, with the application
//! dates as amended by the Digital Omnibus on AI.
//!
//! The steps follow the order of the law: scope (Art 2), what the system is (Art 3),
//! the prohibitions of Article 5(1)(e) to (h) with the exceptions of point (h), the
//! high-risk classification of Annex III point 1 with its obligations, the transparency
//! duty of Article 50(3), and the other law that still applies.

pub mod annex_iii;
pub mod art26_10;
pub mod art50_3;
pub mod art5_1_e;
pub mod art5_1_f;
pub mod art5_1_g;
pub mod art5_1_h;
pub mod definitions;
pub mod obligations;
pub mod other_law;

use crate::engine::ask::known_only;
use super::scope::{self, ScopeFindings};
use crate::engine::trace::{Finding, FindingKind, Trace};
use crate::engine::verdict::{Leaf, Verdict};
use crate::engine::ask::{Ask, Split};
use crate::facts::vocabulary::Purpose;
use crate::law::{dates, Citation};
use art5_1_h::RealTimeUse;

const ART_2: Citation = Citation::article(2);

/// Used outside the Union.
pub static OUTSIDE_UNION: Finding = Finding {
    id: "ai-act.scope.outside-union",
    kind: FindingKind::Scope,
    citations: &[ART_2.paragraph(1)],
    applies_from: None,
};
/// A provider outside the Union may still be caught.
pub static OUTSIDE_UNION_PROVIDER: Finding = Finding {
    id: "ai-act.scope.outside-union-provider",
    kind: FindingKind::Note,
    citations: &[ART_2.paragraph(1).point("a"), ART_2.paragraph(1).point("c")],
    applies_from: None,
};
/// Military, defence and national security are excluded.
pub static NATIONAL_SECURITY: Finding = Finding {
    id: "ai-act.scope.national-security",
    kind: FindingKind::Scope,
    citations: &[ART_2.paragraph(3)],
    applies_from: None,
};
/// Research and development only is excluded.
pub static RESEARCH: Finding = Finding {
    id: "ai-act.scope.research",
    kind: FindingKind::Scope,
    citations: &[ART_2.paragraph(6), ART_2.paragraph(8)],
    applies_from: None,
};
/// Purely personal, non-professional use is excluded.
pub static PERSONAL: Finding = Finding {
    id: "ai-act.scope.personal",
    kind: FindingKind::Scope,
    citations: &[ART_2.paragraph(10), Citation::article(3).paragraph(4)],
    applies_from: None,
};
/// The date of use is before the Regulation entered into force.
pub static NOT_YET_IN_FORCE: Finding = Finding {
    id: "ai-act.scope.not-yet-in-force",
    kind: FindingKind::Scope,
    citations: &[dates::ENTRY_INTO_FORCE.source],
    applies_from: Some(&dates::ENTRY_INTO_FORCE),
};
/// The date of use is before the prohibitions of Article 5 apply.
pub static PROHIBITION_UPCOMING: Finding = Finding {
    id: "ai-act.art5.upcoming",
    kind: FindingKind::Note,
    citations: &[dates::PROHIBITIONS.source],
    applies_from: Some(&dates::PROHIBITIONS),
};
/// Before entry into force: from when the Regulation will cover the use.
pub static WILL_APPLY: Finding = Finding {
    id: "ai-act.scope.will-apply",
    kind: FindingKind::Scope,
    citations: &[ART_2.paragraph(1), dates::ENTRY_INTO_FORCE.source],
    applies_from: Some(&dates::ENTRY_INTO_FORCE),
};
/// The Regulation applies.
pub static APPLIES: Finding = Finding {
    id: "ai-act.scope.applies",
    kind: FindingKind::Scope,
    citations: &[ART_2.paragraph(1)],
    applies_from: None,
};

/// The scope before entry into force: the same, but the use is covered only from then.
static SCOPE_BEFORE_ENTRY: ScopeFindings = ScopeFindings { applies: &WILL_APPLY, ..SCOPE };

static SCOPE: ScopeFindings = ScopeFindings {
    outside_union: &OUTSIDE_UNION,
    outside_union_provider: &OUTSIDE_UNION_PROVIDER,
    excluded: (&[Purpose::NationalSecurityDefence, Purpose::Military], &NATIONAL_SECURITY),
    research: Some(&RESEARCH),
    personal: Some(&PERSONAL),
    applies: &APPLIES,
};

/// A prohibition check of Article 5(1): the prohibiting finding, if the practice is
/// prohibited.
type ProhibitionCheck = fn(&mut Ask<'_>, &mut Trace) -> Result<Option<&'static Finding>, Split>;

/// Evaluates the regime on decided facts (splitting on any undecided fact it needs).
///
/// INTERPRETATION (`dates::READING_DATE_OF_USE`). The verdict is what the law gives on the date of use (Article 113): before the
/// Regulation entered into force it does not apply, and what it will say is shown as
/// upcoming; before the prohibitions apply, a practice they cover is assessed under the
/// rest of the Regulation, with the prohibition shown as upcoming.
pub fn evaluate(ask: &mut Ask<'_>, out: &mut Trace) -> Result<Leaf, Split> {
    if !ask.applies(&dates::ENTRY_INTO_FORCE) {
        out.finding(&NOT_YET_IN_FORCE);
        // What will apply, on known facts only: nothing unknown can change the verdict.
        known_only(ask, out, |ask, out| in_scope(ask, out, &SCOPE_BEFORE_ENTRY));
        return Ok(Leaf::because(Verdict::NotApplicable, &NOT_YET_IN_FORCE));
    }
    in_scope(ask, out, &SCOPE)
}

/// Step 1, then the rest for a use the Regulation covers.
fn in_scope(ask: &mut Ask<'_>, out: &mut Trace, findings: &ScopeFindings) -> Result<Leaf, Split> {
    if let Some(leaf) = scope::check(ask, out, findings)? {
        return Ok(leaf);
    }
    definitions::describe(ask, out);

    // Once one prohibition holds the verdict is settled; the others are still reported
    // where the facts are known, but their unknowns no longer matter. Before the
    // prohibitions apply, none of them can settle anything.
    let prohibitions_apply = ask.applies(&dates::PROHIBITIONS);
    let checks: [ProhibitionCheck; 3] = [art5_1_e::check, art5_1_f::check, art5_1_g::check];
    let mut prohibited: Option<&'static Finding> = None;
    let mut upcoming = false;
    for check in checks {
        if prohibited.is_some() || !prohibitions_apply {
            let found = known_only(ask, out, check).flatten();
            upcoming |= found.is_some() && !prohibitions_apply;
        } else {
            prohibited = check(ask, out)?;
        }
    }
    let real_time = if prohibited.is_some() || !prohibitions_apply {
        known_only(ask, out, art5_1_h::check).unwrap_or(RealTimeUse::NotConcerned)
    } else {
        art5_1_h::check(ask, out)?
    };
    if let RealTimeUse::Prohibited(finding) = real_time {
        prohibited = prohibited.or(Some(finding));
    }
    if let Some(finding) = prohibited {
        other_law::notes(ask, out, Verdict::Prohibited, true);
        return Ok(Leaf::because(Verdict::Prohibited, finding));
    }
    if upcoming || real_time == RealTimeUse::Upcoming {
        out.finding(&PROHIBITION_UPCOMING);
    }

    let high_risk = annex_iii::classify(ask, out)?;
    let decides = high_risk.is_none() && !matches!(real_time, RealTimeUse::Conditional { .. });
    let transparency = art50_3::check(ask, out, decides)?;
    let leaf = match (real_time, high_risk, transparency) {
        (RealTimeUse::Conditional { open, exception }, _, _) => {
            Leaf::because(Verdict::Conditional, exception).open_if(open)
        }
        (_, Some(classification), _) => classification,
        (_, None, true) => Leaf::because(Verdict::Transparency, &art50_3::APPLIES),
        _ => Leaf::of(Verdict::Minimal),
    };
    other_law::notes(ask, out, leaf.verdict, false);
    Ok(leaf)
}

/// Every finding of the regime, for the message catalogue checks.
pub fn findings() -> impl Iterator<Item = &'static Finding> {
    [
        &OUTSIDE_UNION,
        &OUTSIDE_UNION_PROVIDER,
        &NATIONAL_SECURITY,
        &RESEARCH,
        &PERSONAL,
        &NOT_YET_IN_FORCE,
        &PROHIBITION_UPCOMING,
        &WILL_APPLY,
        &APPLIES,
    ]
        .into_iter()
        .chain(definitions::FINDINGS.iter().copied())
        .chain(art5_1_e::FINDINGS.iter().copied())
        .chain(art5_1_f::FINDINGS.iter().copied())
        .chain(art5_1_g::FINDINGS.iter().copied())
        .chain(art5_1_h::FINDINGS.iter().copied())
        .chain(annex_iii::FINDINGS.iter().copied())
        .chain(art26_10::FINDINGS.iter().copied())
        .chain(art50_3::FINDINGS.iter().copied())
        .chain(other_law::FINDINGS.iter().copied())
}

/// Every condition of the regime.
pub fn conditions() -> impl Iterator<Item = &'static crate::engine::trace::Condition> {
    art5_1_h::CONDITIONS.iter().copied()
}

/// Every obligation of the regime.
pub fn obligations() -> impl Iterator<Item = &'static crate::engine::trace::Obligation> {
    obligations::OBLIGATIONS
        .iter()
        .copied()
        .chain(art5_1_h::OBLIGATIONS.iter().copied())
        .chain(art26_10::OBLIGATIONS.iter().copied())
        .chain(art50_3::OBLIGATIONS.iter().copied())
}
