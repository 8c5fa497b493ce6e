//! Turning a regime's recorded reasoning into the report, in the user's language.

use super::counterfactuals::Counterfactual;
use super::questions::Ranked;
use super::answers;
use super::views::{
    ConditionView, CounterfactualView, FindingView, ObligationView, OptionView, Outcome, PossibleOutcome, QuestionView,
    RegimeAssessment, SettlingAnswer,
};
use super::Selected;
use crate::catalogue;
use crate::engine::explore::{Exploration, Way};
use crate::engine::trace::{Arg, FindingKind, Item};
use crate::engine::verdict::{Reason, Verdict};
use crate::facts::deployment::FieldValue;
use crate::engine::explore::explore;
use crate::facts::knowledge::{facts_of_field, fact_domain, Knowledge};
use crate::engine::ask::Tri;
use crate::facts::value::format_number;
use crate::facts::{Date, Deployment, Field, FieldKind};
use crate::i18n::{self, Lang};
use crate::i18n::citations::CitationView;
use crate::law::{Citation, Milestone};
use crate::policy::Policy;
use crate::regimes::Regime;
use std::borrow::Cow;

/// What rendering needs to know.
pub struct Context<'a> {
    /// The language.
    pub lang: Lang,
    /// The deployment, for values named in messages.
    pub deployment: &'a Deployment,
    /// What is known of it, for working out what an open answer would change.
    pub knowledge: &'a Knowledge,
    /// The date of use.
    pub date: Date,
}

impl<'a> Context<'a> {
    /// A rendering context.
    pub fn new(lang: Lang, deployment: &'a Deployment, knowledge: &'a Knowledge, date: Date) -> Self {
        Self { lang, deployment, knowledge, date }
    }

    fn citations(&self, citations: &[Citation]) -> Vec<CitationView> {
        citations.iter().map(|citation| citation.view(self.lang)).collect()
    }

    fn dates(&self, milestone: Option<&Milestone>) -> (Option<Date>, Option<bool>) {
        match milestone {
            Some(milestone) => (Some(milestone.date), Some(milestone.date <= self.date)),
            None => (None, None),
        }
    }

    fn arg(&self, arg: &Arg) -> String {
        match arg {
            Arg::Message(id) => i18n::text(self.lang, id).to_owned(),
            Arg::Option(field, index) => catalogue::option_label(self.lang, *field, *index).to_owned(),
            Arg::Years(years) => format_number(*years),
            Arg::FieldValue(field) => self.field_value(*field),
            Arg::PerCountry(prefix) => {
                let code = self.deployment.country().map(|c| c.code().to_owned()).unwrap_or_default();
                i18n::lookup(self.lang, &format!("{prefix}.{code}"))
                    .or_else(|| i18n::lookup(Lang::En, &format!("{prefix}.{code}")))
                    .unwrap_or_else(|| i18n::text(self.lang, &format!("{prefix}.default")))
                    .to_owned()
            }
        }
    }

    /// The deployment's value of a field in words.
    pub fn field_value(&self, field: Field) -> String {
        match self.deployment.get(field) {
            None => i18n::text(self.lang, "value.unknown").to_owned(),
            // Inside a sentence the short label reads better ("workers", not "Workers, at the workplace").
            Some(FieldValue::Choice(index)) => catalogue::option_short_label(self.lang, field, *index).to_owned(),
            Some(FieldValue::Choices(set)) => {
                i18n::list(self.lang, set.indices().map(|i| catalogue::option_label(self.lang, field, i).to_owned()))
            }
            Some(FieldValue::Flag(flag)) => catalogue::option_label(self.lang, field, usize::from(*flag)).to_owned(),
            // The top of the range is the preset "life imprisonment".
            // The only number is the maximum sentence, in years; its top is life.
            Some(FieldValue::Number(number)) => match field.kind() {
                FieldKind::Number { max, .. } if *number >= max => catalogue::option_short_label(self.lang, field, 0).to_owned(),
                _ => i18n::format(self.lang, "value.years", &[("years", &format_number(*number))]),
            },
            Some(FieldValue::Country(country)) => country.code().to_owned(),
            Some(FieldValue::Date(date)) => i18n::long_date(self.lang, *date),
            Some(FieldValue::Text(text)) => text.clone(),
        }
    }
}

/// The field an item leaves open, if any: the answer that would settle an unknown
/// condition or an obligation whose status is unknown.
pub fn open_field(item: &Item) -> Option<Field> {
    match item {
        Item::Condition(condition, Tri::Unknown) => condition.field,
        Item::Obligation(obligation, Some(Tri::Unknown)) => obligation.field,
        Item::PolicyRequirement { field, status: Tri::Unknown, .. } => Some(*field),
        _ => None,
    }
}

/// The report for one regime.
pub fn regime(
    context: &Context<'_>,
    selected: &Selected<'_>,
    exploration: &Exploration,
    counterfactuals: &[Counterfactual],
    next_question: Option<&Ranked>,
) -> RegimeAssessment {
    let lang = context.lang;
    let mut findings = Vec::new();
    let mut conditions = Vec::new();
    let mut obligations = Vec::new();
    for item in &exploration.common {
        match item {
            Item::Finding(finding, args) => {
                let text = if args.is_empty() {
                    Cow::Borrowed(i18n::text(lang, finding.id))
                } else {
                    let args: Vec<(&str, String)> = args.iter().map(|(name, arg)| (*name, context.arg(arg))).collect();
                    let args: Vec<(&str, &str)> = args.iter().map(|(name, value)| (*name, value.as_str())).collect();
                    Cow::Owned(i18n::format(lang, finding.id, &args))
                };
                let (applies_from, in_force) = context.dates(finding.applies_from);
                findings.push(FindingView {
                    id: Cow::Borrowed(finding.id),
                    kind: finding.kind,
                    text,
                    applies_from,
                    in_force,
                    citations: context.citations(finding.citations),
                });
            }
            Item::Condition(condition, status) => conditions.push(ConditionView {
                id: Cow::Borrowed(condition.id),
                status: *status,
                text: Cow::Borrowed(i18n::text(lang, condition.id)),
                field: condition.field.map(Field::path),
                citations: context.citations(condition.citations),
                if_answered: settling_answers(context, &selected.regime, exploration, *status, condition.field),
            }),
            Item::Obligation(obligation, status) => {
                let (applies_from, in_force) = context.dates(obligation.applies_from);
                obligations.push(ObligationView {
                    id: obligation.id,
                    who: obligation.who,
                    text: Cow::Borrowed(i18n::text(lang, obligation.id)),
                    applies_from,
                    in_force,
                    status: *status,
                    field: obligation.field.map(Field::path),
                    citations: context.citations(obligation.citations),
                    if_answered: settling_answers(context, &selected.regime, exploration, status.unwrap_or(Tri::Met), obligation.field),
                });
            }
            Item::PolicyRule(index) => {
                if let Regime::Policy(policy) = selected.regime {
                    findings.push(policy_rule(context, policy, *index));
                }
            }
            Item::PolicyRequirement { rule, field, status } => {
                if let Regime::Policy(policy) = selected.regime {
                    let mut requirement = policy_requirement(context, policy, *rule, *field, *status);
                    requirement.if_answered = settling_answers(context, &selected.regime, exploration, *status, Some(*field));
                    conditions.push(requirement);
                }
            }
        }
    }
    if let Regime::Policy(policy) = selected.regime {
        if exploration.verdict() == Some(Verdict::NotApplicable) {
            findings.push(FindingView {
                id: Cow::Owned(format!("{}/no-rule", policy.regime_id())),
                kind: FindingKind::Scope,
                text: Cow::Borrowed(i18n::text(lang, "policy.no-rule-applies")),
                applies_from: None,
                in_force: None,
                citations: vec![policy_citation(context, policy, None)],
            });
        }
    }
    let verdict = exploration.verdict().map_or(Outcome::Incomplete, Outcome::Verdict);
    let summary = summary(context, &selected.regime, verdict, exploration, &findings, &conditions, next_question);
    RegimeAssessment {
        id: selected.regime.id(),
        title: selected.regime.title(lang),
        binding: selected.binding,
        verdict,
        possible: exploration.possible(),
        summary,
        findings,
        conditions,
        obligations,
        counterfactuals: counterfactuals.iter().map(|c| counterfactual(context, c)).collect(),
        outcomes: if verdict == Outcome::Incomplete {
            exploration.ways.iter().map(|way| possible_outcome(context, &selected.regime, way)).collect()
        } else {
            Vec::new()
        },
    }
}

/// For an open condition or duty, the answers to its question that would change the
/// regime's verdict, each with the verdict it would give ("no national law: prohibited").
fn settling_answers(
    context: &Context<'_>,
    regime: &Regime<'_>,
    exploration: &Exploration,
    status: Tri,
    field: Option<Field>,
) -> Vec<SettlingAnswer> {
    let Some(field) = field.filter(|_| status == Tri::Unknown) else { return Vec::new() };
    let fact = facts_of_field(field).start;
    let current = exploration.verdict().map_or(Outcome::Incomplete, Outcome::Verdict);
    let mut found: Vec<(u64, Outcome)> = Vec::new();
    for value in 0..fact_domain(fact) {
        if context.knowledge.candidates(fact) & (1 << value) == 0 {
            continue;
        }
        let answered = explore(regime, &context.knowledge.with(fact, value), false);
        let outcome = answered.verdict().map_or(Outcome::Incomplete, Outcome::Verdict);
        if outcome == current {
            continue;
        }
        match found.iter_mut().find(|(_, o)| *o == outcome) {
            Some((mask, _)) => *mask |= 1 << value,
            None => found.push((1 << value, outcome)),
        }
    }
    found
        .into_iter()
        .filter_map(|(mask, verdict)| {
            answers::answer(context.lang, fact, mask).map(|answer| SettlingAnswer { answer, verdict })
        })
        .collect()
}

/// One way an undecided outcome can turn out, in words.
fn possible_outcome(context: &Context<'_>, regime: &Regime<'_>, way: &Way) -> PossibleOutcome {
    let lang = context.lang;
    let answers: Vec<_> = way.answers.iter().filter_map(|(fact, mask)| answers::answer(lang, *fact, *mask)).collect();
    let citations = match (way.reason, regime) {
        (Reason::Finding(finding), _) => context.citations(finding.citations),
        (Reason::PolicyRule(index), Regime::Policy(policy)) => {
            vec![policy_citation(context, policy, Some(index))]
        }
        _ => Vec::new(),
    };
    let conditions = i18n::list_and(lang, answers::clauses(lang, &way.answers).into_iter());
    let verdict = verdict_label(lang, way.verdict);
    let text = match citations.first() {
        Some(citation) => i18n::format(
            lang,
            "outcome.sentence",
            &[("answers", &conditions), ("verdict", verdict), ("provision", &citation.reference)],
        ),
        None => i18n::format(lang, "outcome.sentence-without-provision", &[("answers", &conditions), ("verdict", verdict)]),
    };
    PossibleOutcome { verdict: way.verdict, answers, text, citations }
}

/// A citation of a policy, or of one of its rules by number (a rule's id is the policy
/// author's handle, not something to show a reader).
fn policy_citation(context: &Context<'_>, policy: &Policy, rule: Option<usize>) -> CitationView {
    CitationView {
        instrument: i18n::text(context.lang, "instrument.policy"),
        reference: Cow::Owned(match rule {
            Some(index) => i18n::format(
                context.lang,
                "ref.policy-rule",
                &[("title", policy.title.get(context.lang)), ("rule", &(index + 1).to_string())],
            ),
            None => policy.title.get(context.lang).to_owned(),
        }),
        url: Cow::Owned(policy.source.url.clone().unwrap_or_default()),
    }
}

fn policy_rule(context: &Context<'_>, policy: &Policy, index: usize) -> FindingView {
    let (id, kind, text) = match policy.rules.get(index) {
        Some(rule) => (
            rule.id.as_str(),
            match rule.effect {
                crate::policy::Effect::Prohibit => FindingKind::Prohibition,
                crate::policy::Effect::Require => FindingKind::Obligation,
            },
            rule.explanation.get(context.lang).to_owned(),
        ),
        None => ("", FindingKind::Note, String::new()),
    };
    FindingView {
        id: Cow::Owned(format!("{}/{id}", policy.regime_id())),
        kind,
        text: Cow::Owned(text),
        applies_from: None,
        in_force: None,
        citations: vec![policy_citation(context, policy, Some(index))],
    }
}

fn policy_requirement(context: &Context<'_>, policy: &Policy, rule: usize, field: Field, status: Tri) -> ConditionView {
    let rule_id = policy.rules.get(rule).map(|r| r.id.as_str()).unwrap_or_default();
    ConditionView {
        id: Cow::Owned(format!("{}/{rule_id}/{}", policy.regime_id(), field.key())),
        status,
        text: Cow::Owned(i18n::format(
            context.lang,
            "policy.requirement",
            &[("safeguard", catalogue::field_label(context.lang, field))],
        )),
        field: Some(field.path()),
        citations: vec![policy_citation(context, policy, Some(rule))],
        if_answered: Vec::new(),
    }
}

/// The finding that carries a verdict: the first of the kind the verdict rests on.
fn key_finding(verdict: Verdict, findings: &[FindingView]) -> Option<&FindingView> {
    let kind = match verdict {
        Verdict::Prohibited => FindingKind::Prohibition,
        Verdict::Conditional => FindingKind::Exception,
        Verdict::HighRisk => FindingKind::Classification,
        Verdict::Transparency => FindingKind::Transparency,
        Verdict::NotApplicable => FindingKind::Scope,
        // A verdict of no specific rule rests on what the regime says of other law, if
        // anything (data protection: no special category).
        Verdict::Minimal => FindingKind::OtherLaw,
    };
    let mut candidates = findings.iter().filter(|f| f.kind == kind);
    if verdict == Verdict::HighRisk {
        // The high-risk classification, not a definition: in the law in force it is the
        // one with a date of application; in the proposal, the last classification.
        return findings.iter().filter(|f| f.kind == kind).find(|f| f.applies_from.is_some()).or_else(|| candidates.next_back());
    }
    candidates.next()
}

fn summary(
    context: &Context<'_>,
    regime: &Regime<'_>,
    verdict: Outcome,
    exploration: &Exploration,
    findings: &[FindingView],
    conditions: &[ConditionView],
    next_question: Option<&Ranked>,
) -> String {
    let lang = context.lang;
    let family = match regime {
        Regime::EuAiAct => "ai-act",
        Regime::DataProtection => "data-protection",
        Regime::Proposal2021 => "proposal",
        // Regimes explored together are never reported as one.
        Regime::Policy(_) | Regime::Together(_) => "policy",
    };
    match verdict {
        Outcome::Incomplete => {
            let possible = i18n::list(lang, exploration.possible().iter().map(|v| verdict_label(lang, v).to_owned()));
            let next = next_question
                .map(|q| catalogue::question_text(lang, q.field).to_owned())
                .unwrap_or_default();
            let id = if next.is_empty() { "summary.incomplete" } else { "summary.incomplete-next" };
            i18n::format(lang, id, &[("possible", &possible), ("question", &next)])
        }
        // Without explanations (or reasons), the verdict's meaning is the summary.
        Outcome::Verdict(verdict) if findings.is_empty() => {
            i18n::text_parts(lang, &["verdict.", verdict.keyword(), ".description"]).to_owned()
        }
        Outcome::Verdict(verdict) => {
            let key = key_finding(verdict, findings);
            let provision = key.and_then(|f| f.citations.first()).map(|c| c.reference.to_string()).unwrap_or_default();
            let open = conditions.iter().filter(|c| c.status == Tri::Unknown).count();
            // A rule that does not apply yet on the date of use is stated as upcoming.
            let upcoming = matches!(verdict, Verdict::Prohibited | Verdict::Transparency)
                && key.is_some_and(|f| f.in_force == Some(false));
            let date = match (verdict, key.and_then(|f| f.applies_from)) {
                (Verdict::HighRisk | Verdict::Conditional, _) if matches!(regime, Regime::EuAiAct) => {
                    i18n::long_date(lang, crate::law::dates::HIGH_RISK_ANNEX_III.date)
                }
                (_, Some(date)) if upcoming => i18n::long_date(lang, date),
                _ => String::new(),
            };
            let mut id = format!("summary.{family}.{}", verdict.keyword());
            if verdict == Verdict::Conditional && open == 0 {
                id.push_str(".all-met");
            }
            if upcoming {
                id.push_str(".upcoming");
            }
            i18n::format(
                lang,
                &id,
                &[("provision", &provision), ("open", &open.to_string()), ("total", &conditions.len().to_string()), ("date", &date)],
            )
        }
    }
}

/// A verdict's label.
pub fn verdict_label(lang: Lang, verdict: Verdict) -> &'static str {
    i18n::text(lang, &format!("verdict.{}", verdict.keyword()))
}

fn counterfactual(context: &Context<'_>, counterfactual: &Counterfactual) -> CounterfactualView {
    let lang = context.lang;
    let change = counterfactual.change_text(lang);
    // Only changes to a decided verdict are kept.
    let outcome = i18n::text(lang, &format!("verdict.{}", counterfactual.verdict.keyword()));
    CounterfactualView {
        field: counterfactual.field.path(),
        values: counterfactual.values.clone(),
        text: i18n::format(lang, "counterfactual.sentence", &[("change", &change), ("outcome", outcome)]),
        change,
        verdict: counterfactual.verdict,
        possible: counterfactual.possible,
    }
}

/// A question for the report.
pub fn question(context: &Context<'_>, ranked: &Ranked) -> QuestionView {
    let lang = context.lang;
    let field = ranked.field;
    QuestionView {
        field: field.path(),
        text: catalogue::question_text(lang, field).to_owned(),
        help: catalogue::help_text(lang, field).to_owned(),
        options: catalogue::option_values(field)
            .into_iter()
            .enumerate()
            .map(|(index, value)| OptionView { value, label: catalogue::option_label(lang, field, index).to_owned() })
            .collect(),
        regimes: ranked.regimes.clone(),
        if_answered: ranked
            .answers
            .iter()
            .filter_map(|(class, possible)| {
                answers::answer(lang, ranked.fact, *class).map(|answer| SettlingAnswer { answer, verdict: Outcome::of(*possible) })
            })
            .collect(),
        citations: context.citations(catalogue::provisions(field)),
    }
}
