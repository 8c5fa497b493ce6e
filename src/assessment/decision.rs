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

/// One thing that stands in the way, or one question that decides.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Blocker {
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
    let (standing, blocking) = match overall {
        Outcome::Verdict(Verdict::Prohibited) => (Standing::Prohibited, prohibitions(&binding)),
        Outcome::Verdict(Verdict::Conditional) => {
            let open = open_items(&binding);
            if open.is_empty() {
                (Standing::AllowedUnderConditions, open)
            } else {
                (Standing::NotYet, open)
            }
        }
        Outcome::Verdict(Verdict::HighRisk) => (Standing::AllowedWithObligations, Vec::new()),
        Outcome::Verdict(Verdict::Transparency) => (Standing::AllowedIfPeopleAreTold, Vec::new()),
        Outcome::Verdict(Verdict::Minimal) => (Standing::Allowed, Vec::new()),
        Outcome::Verdict(Verdict::NotApplicable) => (Standing::NotCovered, Vec::new()),
        Outcome::Incomplete => (Standing::Undecided, deciding_questions(questions)),
    };
    let date = obligations_from.map(|date| i18n::long_date(lang, date)).unwrap_or_default();
    let headline = match standing {
        Standing::Prohibited => i18n::text(lang, "decision.prohibited").to_owned(),
        Standing::NotYet => i18n::format_count(lang, "decision.not-yet", blocking.len(), &[]),
        Standing::AllowedUnderConditions => i18n::text(lang, "decision.allowed-under-conditions").to_owned(),
        Standing::AllowedWithObligations if obligations_from.is_some() => {
            i18n::format(lang, "decision.allowed-with-obligations.from", &[("date", &date)])
        }
        Standing::AllowedWithObligations => i18n::text(lang, "decision.allowed-with-obligations").to_owned(),
        Standing::AllowedIfPeopleAreTold => i18n::text(lang, "decision.allowed-if-people-are-told").to_owned(),
        Standing::Allowed => i18n::text(lang, "decision.allowed").to_owned(),
        Standing::NotCovered => i18n::text(lang, "decision.not-covered").to_owned(),
        Standing::Undecided => i18n::format_count(lang, "decision.undecided", blocking.len().max(1), &[]),
    };
    Decision { standing, headline, blocking, obligations_from }
}

/// The prohibitions that decide: the prohibiting findings of the regimes that prohibit.
fn prohibitions(binding: &[&RegimeAssessment]) -> Vec<Blocker> {
    binding
        .iter()
        .filter(|r| r.verdict == Outcome::Verdict(Verdict::Prohibited))
        .filter_map(|r| {
            // The last prohibition stated is the one that decides (a general rule comes
            // first, the reason it bites after it).
            let finding: &FindingView = r.findings.iter().rev().find(|f| f.kind == FindingKind::Prohibition)?;
            Some(Blocker {
                regimes: vec![r.id.clone()],
                text: finding.text.to_string(),
                field: None,
                if_answered: Vec::new(),
                citations: finding.citations.clone(),
            })
        })
        .collect()
}

/// The conditions not yet known to hold, the duties an answer could turn into a
/// prohibition, and for a regime still undecided the ways it could turn out prohibited.
fn open_items(binding: &[&RegimeAssessment]) -> Vec<Blocker> {
    let mut items = Vec::new();
    for regime in binding {
        for way in regime.outcomes.iter().filter(|o| o.verdict == Verdict::Prohibited) {
            items.push(Blocker {
                regimes: vec![regime.id.clone()],
                text: way.text.clone(),
                field: way.answers.last().map(|answer| answer.field),
                if_answered: Vec::new(),
                citations: way.citations.clone(),
            });
        }
        for condition in regime.conditions.iter().filter(|c| c.status == Tri::Unknown) {
            add(&mut items, Blocker {
                regimes: vec![regime.id.clone()],
                text: condition.text.to_string(),
                field: condition.field,
                if_answered: condition.if_answered.clone(),
                citations: condition.citations.clone(),
            });
        }
        for duty in regime.obligations.iter().filter(|o| !o.if_answered.is_empty()) {
            add(&mut items, Blocker {
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
    let same_question = item.field.is_some() && !item.if_answered.is_empty();
    match items.iter_mut().find(|existing| same_question && existing.field == item.field) {
        Some(existing) => {
            existing.regimes.extend(item.regimes);
            existing.citations.extend(item.citations);
        }
        None => items.push(item),
    }
}

/// The questions that decide an undecided use, most decisive first (at most three).
fn deciding_questions(questions: &[QuestionView]) -> Vec<Blocker> {
    questions
        .iter()
        .take(3)
        .map(|q| Blocker {
            regimes: q.regimes.clone(),
            text: q.text.clone(),
            field: Some(q.field),
            if_answered: q.if_answered.clone(),
            citations: q.citations.clone(),
        })
        .collect()
}
