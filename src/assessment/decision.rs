//! What the person who decides reads first: the verdict of the law in force, in words a
//! non-lawyer cannot misread ("Not allowed yet: 2 things must be true first"), what
//! stands in the way with the answer that would settle each, and from when the
//! obligations apply. Written from the binding regimes' reports, so that the page, the
//! widget and the printed reports lead with the same words.

use super::views::{FindingView, Outcome, QuestionView, RegimeAssessment, SettlingAnswer};
use crate::engine::trace::FindingKind;
use crate::engine::verdict::Verdict;
use crate::engine::ask::Tri;
use crate::facts::Date;
use crate::i18n::{self, Lang};
use crate::i18n::citations::CitationView;
use serde::Serialize;

/// What the decision is, for styling and for the words of the headline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// The law forbids the use.
    Prohibited,
    /// Allowed only under conditions, and some are not known to hold yet.
    NotYet,
    /// Allowed only under conditions, every one given as met.
    AllowedUnderConditions,
    /// Allowed, with the obligations of a high-risk AI system.
    AllowedWithObligations,
    /// Allowed; the people exposed must be told.
    AllowedIfPeopleAreTold,
    /// Allowed; no rule specific to these laws applies.
    Allowed,
    /// The laws do not cover the use.
    NotCovered,
    /// Facts not given yet decide.
    Undecided,
}

/// What kind of thing stands in the way.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum BlockerKind {
    /// A prohibition that applies, or a condition known to be unmet.
    Prohibition,
    /// A condition of the law not yet known to hold: it must be true first.
    Condition,
    /// An obligation that already applies and is known not to be done.
    Obligation,
    /// A duty for every use, whose breach (if the description said so) would prohibit it.
    Duty,
    /// A prohibition that applies from a later date.
    Upcoming,
    /// A question whose answer decides the verdict.
    Question,
}

/// One thing that stands in the way, or one question that decides.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Blocker {
    /// What kind of thing it is.
    pub kind: BlockerKind,
    /// The regimes it comes from (one answer can settle a condition of several laws:
    /// the national law both the AI Act and the Law Enforcement Directive require).
    pub regimes: Vec<String>,
    /// What must be true, what prohibits, or what must be answered.
    pub text: String,
    /// The input field whose answer settles it, if any.
    pub field: Option<&'static str>,
    /// The answers that would change the verdict, and to what.
    pub if_answered: Vec<SettlingAnswer>,
    /// The provisions it rests on.
    pub citations: Vec<CitationView>,
}

/// The decision in words.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Decision {
    /// Which decision it is.
    pub standing: Standing,
    /// The headline: what the official may do.
    pub headline: String,
    /// What blocks the use (the prohibitions, the conditions not yet known to hold), or
    /// for an undecided use the questions that decide, each with what its answers mean.
    pub blocking: Vec<Blocker>,
    /// The earliest date from which obligations of the binding regimes apply, when some
    /// are not yet in force on the date of use.
    pub obligations_from: Option<Date>,
}

/// The decision for an overall outcome and the binding regimes' reports.
pub fn decide(lang: Lang, overall: Outcome, regimes: &[RegimeAssessment], questions: &[QuestionView]) -> Decision {
    let binding: Vec<&RegimeAssessment> = regimes.iter().filter(|r| r.binding).collect();
    let obligations_from = binding
        .iter()
        .flat_map(|r| r.obligations.iter())
        .filter(|o| o.in_force == Some(false))
        .filter_map(|o| o.applies_from)
        .min();
    let allowed = match overall {
        Outcome::Verdict(Verdict::Prohibited) => None,
        Outcome::Verdict(Verdict::Conditional) => Some(Standing::AllowedUnderConditions),
        Outcome::Verdict(Verdict::HighRisk) => Some(Standing::AllowedWithObligations),
        Outcome::Verdict(Verdict::Transparency) => Some(Standing::AllowedIfPeopleAreTold),
        Outcome::Verdict(Verdict::Minimal) => Some(Standing::Allowed),
        Outcome::Verdict(Verdict::NotApplicable) => Some(Standing::NotCovered),
        Outcome::Incomplete => Some(Standing::Undecided),
    };
    let mut blocking = match allowed {
        None => prohibitions(lang, &binding),
        Some(Standing::Undecided) => deciding_questions(questions, &binding),
        Some(_) => open_items(lang, &binding),
    };
    blocking.extend(upcoming_prohibitions(lang, &binding));
    // What must be true first: conditions not yet known to hold, and obligations that
    // apply and are known not to be done. Duties for each use are listed, not counted.
    let must_be_true = blocking.iter().filter(|b| matches!(b.kind, BlockerKind::Condition | BlockerKind::Obligation)).count();
    let standing = match allowed {
        None => Standing::Prohibited,
        Some(standing @ (Standing::Undecided | Standing::NotCovered)) => standing,
        Some(_) if must_be_true > 0 => Standing::NotYet,
        Some(standing) => standing,
    };
    let date = obligations_from.map(|date| i18n::long_date(lang, date)).unwrap_or_default();
    let mut headline = match standing {
        Standing::Prohibited => i18n::text(lang, "decision.prohibited").to_owned(),
        Standing::NotYet => i18n::format_count(lang, "decision.not-yet", must_be_true, &[]),
        Standing::AllowedUnderConditions => i18n::text(lang, "decision.allowed-under-conditions").to_owned(),
        Standing::AllowedWithObligations if obligations_from.is_some() => {
            i18n::format(lang, "decision.allowed-with-obligations.from", &[("date", &date)])
        }
        Standing::AllowedWithObligations => i18n::text(lang, "decision.allowed-with-obligations").to_owned(),
        Standing::AllowedIfPeopleAreTold if obligations_from.is_some() => {
            i18n::format(lang, "decision.allowed-if-people-are-told.from", &[("date", &date)])
        }
        Standing::AllowedIfPeopleAreTold => i18n::text(lang, "decision.allowed-if-people-are-told").to_owned(),
        Standing::Allowed => i18n::text(lang, "decision.allowed").to_owned(),
        Standing::NotCovered => i18n::text(lang, "decision.not-covered").to_owned(),
        Standing::Undecided => i18n::format_count(lang, "decision.undecided", blocking.len().max(1), &[]),
    };
    // A prohibition that applies later is said in the headline too, with its date.
    if standing != Standing::Prohibited {
        if let Some(from) = upcoming_date(&binding) {
            headline.push(' ');
            headline.push_str(&i18n::format(lang, "decision.prohibited-from", &[("date", &i18n::long_date(lang, from))]));
        }
    }
    Decision { standing, headline, blocking, obligations_from }
}

/// The earliest date from which a prohibition stated by a binding regime applies, when
/// it does not apply yet on the date of use.
fn upcoming_date(binding: &[&RegimeAssessment]) -> Option<Date> {
    binding
        .iter()
        .flat_map(|r| r.findings.iter())
        .filter(|f| f.kind == FindingKind::Prohibition && f.in_force == Some(false))
        .filter_map(|f| f.applies_from)
        .min()
}

/// The prohibitions that apply only from a later date.
fn upcoming_prohibitions(lang: Lang, binding: &[&RegimeAssessment]) -> Vec<Blocker> {
    let mut items = Vec::new();
    for regime in binding {
        for finding in regime.findings.iter().filter(|f| f.kind == FindingKind::Prohibition && f.in_force == Some(false)) {
            let date = finding.applies_from.map(|date| i18n::long_date(lang, date)).unwrap_or_default();
            items.push(Blocker {
                kind: BlockerKind::Upcoming,
                regimes: vec![regime.id.clone()],
                text: format!("{} {}", i18n::format(lang, "decision.prohibited-from", &[("date", &date)]), finding.text),
                field: None,
                if_answered: Vec::new(),
                citations: finding.citations.clone(),
            });
        }
    }
    items
}

/// The prohibitions that decide: the conditions known to be unmet, by name, or else the
/// prohibiting finding of each regime that prohibits.
fn prohibitions(lang: Lang, binding: &[&RegimeAssessment]) -> Vec<Blocker> {
    let mut items = Vec::new();
    for regime in binding.iter().filter(|r| r.verdict == Outcome::Verdict(Verdict::Prohibited)) {
        let unmet: Vec<_> = regime.conditions.iter().filter(|c| c.status == Tri::Unmet).collect();
        for condition in &unmet {
            add(&mut items, Blocker {
                kind: BlockerKind::Prohibition,
                regimes: vec![regime.id.clone()],
                text: i18n::format(lang, "decision.unmet", &[("condition", &condition.text)]),
                field: condition.field,
                if_answered: Vec::new(),
                citations: condition.citations.clone(),
            });
        }
        // Otherwise the last prohibition stated is the one that decides (a general rule
        // comes first, the reason it bites after it).
        let finding: Option<&FindingView> = regime.findings.iter().rev().find(|f| f.kind == FindingKind::Prohibition);
        if let (true, Some(finding)) = (unmet.is_empty(), finding) {
            items.push(Blocker {
                kind: BlockerKind::Prohibition,
                regimes: vec![regime.id.clone()],
                text: finding.text.to_string(),
                field: None,
                if_answered: Vec::new(),
                citations: finding.citations.clone(),
            });
        }
    }
    items
}

/// The conditions not yet known to hold, the obligations that apply and are known not
/// to be done, the duties an answer could turn into a prohibition, and for a regime still
/// undecided the ways it could turn out prohibited.
fn open_items(lang: Lang, binding: &[&RegimeAssessment]) -> Vec<Blocker> {
    let mut items = Vec::new();
    for regime in binding {
        for obligation in regime.obligations.iter().filter(|o| o.status == Some(Tri::Unmet) && o.in_force != Some(false)) {
            add(&mut items, Blocker {
                kind: BlockerKind::Obligation,
                regimes: vec![regime.id.clone()],
                text: i18n::format(lang, "decision.unmet", &[("condition", &obligation.text)]),
                field: obligation.field,
                if_answered: Vec::new(),
                citations: obligation.citations.clone(),
            });
        }
        for way in regime.outcomes.iter().filter(|o| o.verdict == Verdict::Prohibited) {
            items.push(Blocker {
                kind: BlockerKind::Duty,
                regimes: vec![regime.id.clone()],
                text: way.text.clone(),
                field: way.answers.last().map(|answer| answer.field),
                if_answered: Vec::new(),
                citations: way.citations.clone(),
            });
        }
        for condition in regime.conditions.iter().filter(|c| c.status == Tri::Unknown) {
            add(&mut items, Blocker {
                kind: BlockerKind::Condition,
                regimes: vec![regime.id.clone()],
                text: condition.text.to_string(),
                field: condition.field,
                if_answered: condition.if_answered.clone(),
                citations: condition.citations.clone(),
            });
        }
        for duty in regime.obligations.iter().filter(|o| !o.if_answered.is_empty()) {
            add(&mut items, Blocker {
                kind: BlockerKind::Duty,
                regimes: vec![regime.id.clone()],
                text: duty.text.to_string(),
                field: duty.field,
                if_answered: duty.if_answered.clone(),
                citations: duty.citations.clone(),
            });
        }
    }
    items
}

/// Adds an item, or merges it into the item another regime already has for the same
/// question: one answer settles both.
fn add(items: &mut Vec<Blocker>, item: Blocker) {
    let same_question = item.field.is_some();
    match items.iter_mut().find(|existing| same_question && existing.field == item.field) {
        Some(existing) => {
            // Two items of one regime on one question (an obligation and a condition)
            // name the regime once, and each provision once.
            for regime in item.regimes {
                if !existing.regimes.contains(&regime) {
                    existing.regimes.push(regime);
                }
            }
            for citation in item.citations {
                if !existing.citations.contains(&citation) {
                    existing.citations.push(citation);
                }
            }
        }
        None => items.push(item),
    }
}

/// The questions that decide an undecided use, most decisive first (at most three).
fn deciding_questions(questions: &[QuestionView], binding: &[&RegimeAssessment]) -> Vec<Blocker> {
    // Only the binding regimes decide: a question that narrows a comparison alone does
    // not (the same description gets the same headline whatever is compared beside it).
    questions
        .iter()
        .filter(|q| q.regimes.iter().any(|id| binding.iter().any(|r| &r.id == id)))
        .take(3)
        .map(|q| Blocker {
            kind: BlockerKind::Question,
            regimes: q.regimes.clone(),
            text: q.text.clone(),
            field: Some(q.field),
            if_answered: q.if_answered.clone(),
            citations: q.citations.clone(),
        })
        .collect()
}
