//! The output contract: what an assessment looks like as JSON.

use crate::engine::trace::{FindingKind, Who};
use crate::engine::verdict::{Verdict, VerdictSet};
use crate::engine::ask::Tri;
use crate::facts::{Date, Value};
use crate::i18n::Lang;
use crate::i18n::citations::CitationView;
pub use super::answers::AnswerView;
use serde::Serialize;
use std::borrow::Cow;

/// A verdict, or `incomplete` while unknown facts could still change it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// One verdict.
    Verdict(Verdict),
    /// Several verdicts remain possible.
    Incomplete,
}

impl Outcome {
    /// The outcome of a set of possible verdicts.
    pub fn of(possible: VerdictSet) -> Self {
        possible.single().map_or(Outcome::Incomplete, Outcome::Verdict)
    }

    /// The keyword.
    pub fn keyword(self) -> &'static str {
        match self {
            Outcome::Verdict(verdict) => verdict.keyword(),
            Outcome::Incomplete => "incomplete",
        }
    }
}

impl Serialize for Outcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.keyword())
    }
}

/// Where the date of use came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    /// The deployment's `date`.
    Deployment,
    /// The options' `date`.
    Option,
    /// Today.
    Today,
}

/// An assessment.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct Assessment {
    /// The overall verdict: the strictest among binding regimes.
    pub verdict: Outcome,
    /// The overall verdict in words for the person who decides, with what blocks it.
    pub decision: super::Decision,
    /// The overall verdicts still possible.
    pub possible: VerdictSet,
    /// The date of use the assessment is made for.
    pub date: Date,
    /// Where that date came from.
    pub date_source: DateSource,
    /// The language of the texts.
    pub lang: Lang,
    /// The deployment's name, echoed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub name: Option<String>,
    /// The deployment's description, echoed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub description: Option<String>,
    /// One entry per regime.
    pub regimes: Vec<RegimeAssessment>,
    /// The unknown facts that would narrow an incomplete outcome, most decisive first.
    pub questions: Vec<QuestionView>,
    /// The fields worth asking about now, in questionnaire order.
    pub relevant: Vec<&'static str>,
    /// When the legal data was last checked against its sources.
    pub legal_data_date: Date,
}

/// What one regime says.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct RegimeAssessment {
    /// `eu-ai-act`, `eu-ai-act-2021-proposal` or `policy:<id>`.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Whether it counts towards the overall verdict.
    pub binding: bool,
    /// Its verdict.
    pub verdict: Outcome,
    /// The verdicts it still allows.
    pub possible: VerdictSet,
    /// One or two plain sentences.
    pub summary: String,
    /// The reasoning, in order.
    pub findings: Vec<FindingView>,
    /// The conditions of a conditional verdict.
    pub conditions: Vec<ConditionView>,
    /// What must be done, by whom, from when.
    pub obligations: Vec<ObligationView>,
    /// Single changes of the facts that would change the verdict.
    pub counterfactuals: Vec<CounterfactualView>,
    /// While the verdict is `incomplete`: each verdict still possible, with answers to
    /// the open questions that lead to it and the provision that then decides, the
    /// strictest first (at most three ways to each verdict, the shortest). Empty once
    /// the verdict is decided.
    pub outcomes: Vec<PossibleOutcome>,
}

/// One way an undecided outcome can turn out.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct PossibleOutcome {
    /// The verdict these answers lead to.
    pub verdict: Verdict,
    /// The answers, each a field with the values that give it.
    pub answers: Vec<AnswerView>,
    /// The whole sentence ("If it runs live, as people pass: prohibited, Article 5(1)(h).").
    pub text: String,
    /// The provisions that then decide.
    pub citations: Vec<CitationView>,
}

/// One step of the reasoning.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct FindingView {
    /// Stable identifier.
    pub id: Cow<'static, str>,
    /// Its kind.
    pub kind: FindingKind,
    /// In words.
    pub text: Cow<'static, str>,
    /// From when the provision applies.
    pub applies_from: Option<Date>,
    /// Whether it applies on the date of use (`null` when it has no date).
    pub in_force: Option<bool>,
    /// The provisions it rests on.
    pub citations: Vec<CitationView>,
}

/// A condition of a conditional verdict.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ConditionView {
    /// Stable identifier.
    pub id: Cow<'static, str>,
    /// Met, unmet or unknown.
    pub status: Tri,
    /// In words.
    pub text: Cow<'static, str>,
    /// The input field that answers it, if any.
    pub field: Option<&'static str>,
    /// The provisions it rests on.
    pub citations: Vec<CitationView>,
    /// While open: the answers that would change the regime's verdict, and to what.
    pub if_answered: Vec<SettlingAnswer>,
}

/// An answer to an open condition or duty that would change a regime's verdict.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct SettlingAnswer {
    /// The answer.
    pub answer: AnswerView,
    /// The verdict the regime would then give.
    pub verdict: Outcome,
}

/// An obligation.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct ObligationView {
    /// Stable identifier.
    pub id: &'static str,
    /// Deployer or provider.
    pub who: Who,
    /// In words.
    pub text: Cow<'static, str>,
    /// From when it applies (`null` for a text that never applied).
    pub applies_from: Option<Date>,
    /// Whether it applies on the date of use.
    pub in_force: Option<bool>,
    /// Whether the input says it is done (`null` when the input cannot say).
    pub status: Option<Tri>,
    /// The input field that says so, if any.
    pub field: Option<&'static str>,
    /// The provisions it rests on.
    pub citations: Vec<CitationView>,
    /// While not known to be done: the answers that would change the regime's verdict
    /// (a duty whose breach prohibits the use), and to what.
    pub if_answered: Vec<SettlingAnswer>,
}

/// A single change of the facts that would change a regime's verdict.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct CounterfactualView {
    /// The field to change.
    pub field: &'static str,
    /// Values of the field that would have this effect (each a complete value of the
    /// field, ready to put in the deployment).
    pub values: Vec<Value>,
    /// The change in words ("if the use were post rather than real-time").
    pub change: String,
    /// The verdict it would lead to.
    pub verdict: Outcome,
    /// The verdicts it would leave possible.
    pub possible: VerdictSet,
    /// The whole sentence.
    pub text: String,
}

/// A question that would narrow an incomplete outcome.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct QuestionView {
    /// The field path.
    pub field: &'static str,
    /// The question.
    pub text: String,
    /// Help for answering it.
    pub help: String,
    /// The possible answers.
    pub options: Vec<OptionView>,
    /// The regimes whose verdict it would narrow.
    pub regimes: Vec<String>,
    /// What each answer would leave of the overall verdict, where that was worked out.
    pub if_answered: Vec<SettlingAnswer>,
    /// The provisions it matters for.
    pub citations: Vec<CitationView>,
}

/// An answer option.
#[derive(Clone, Debug, PartialEq, Serialize, ts_rs::TS)]
pub struct OptionView {
    /// The value as it goes in the JSON.
    pub value: Value,
    /// The label.
    pub label: String,
}
