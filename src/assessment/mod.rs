//! Assessing a deployment: every selected regime explored, the overall verdict, the
//! questions that would decide what is still open, and the report in the user's
//! language.

mod answers;
mod counterfactuals;
mod decision;
mod options;
mod questions;
mod render;
mod views;

pub use decision::{Blocker, BlockerKind, Decision, Standing};
pub use options::Options;
pub use views::{
    AnswerView, Assessment, ConditionView, CounterfactualView, DateSource, FindingView, ObligationView, Outcome,
    PossibleOutcome, QuestionView, RegimeAssessment, SettlingAnswer,
};

use crate::engine::explore::{explore, Exploration};
use crate::engine::verdict::VerdictSet;
use crate::facts::errors::InputError;
use crate::facts::knowledge::Knowledge;
use crate::facts::{Deployment, Field};
use crate::law::dates;
use crate::regimes::Regime;

/// A regime selected for an assessment.
#[derive(Clone, Copy, Debug)]
pub struct Selected<'p> {
    /// The regime.
    pub regime: Regime<'p>,
    /// Whether it counts towards the overall verdict.
    pub binding: bool,
}

/// Assesses a deployment. Fails only when the options name regimes that do not exist
/// or are not included; the deployment itself is already validated.
pub fn assess(deployment: &Deployment, options: &Options) -> Result<Assessment, Vec<InputError>> {
    let selection = options.select()?;
    let (date, date_source) = match (deployment.date(), options.date) {
        (Some(date), _) => (date, DateSource::Deployment),
        (None, Some(date)) => (date, DateSource::Option),
        (None, None) => (options.today, DateSource::Today),
    };
    let knowledge = Knowledge::of(deployment, date);
    let explain = options.explain;
    let explorations: Vec<Exploration> =
        selection.iter().map(|selected| explore(&selected.regime, &knowledge, explain)).collect();

    let overall = overall_possible(&selection, &knowledge, &explorations);
    let ranked = if explain && explorations.iter().any(|e| e.verdict().is_none()) {
        questions::rank(&selection, &knowledge, &explorations, overall)
    } else {
        Vec::new()
    };

    let context = render::Context::new(options.lang, deployment, &knowledge, date);

    let regimes: Vec<RegimeAssessment> = selection
        .iter()
        .zip(&explorations)
        .map(|(selected, exploration)| {
            let counterfactuals = if explain && options.counterfactuals {
                counterfactuals::find(&selected.regime, &knowledge, exploration)
            } else {
                Vec::new()
            };
            // The next question a regime's summary names is the first that decides
            // something under that regime (a policy may not turn on the facts that
            // decide the law's verdict).
            let id = selected.regime.id();
            let next_question = ranked.iter().find(|question| question.regimes.contains(&id));
            render::regime(&context, selected, exploration, &counterfactuals, next_question)
        })
        .collect();

    let questions: Vec<QuestionView> = ranked.iter().map(|q| render::question(&context, q)).collect();
    let decision = decision::decide(options.lang, Outcome::of(overall), &regimes, &questions);
    Ok(Assessment {
        verdict: Outcome::of(overall),
        decision,
        possible: overall,
        date,
        date_source,
        lang: options.lang,
        name: deployment.text(Field::Name).map(str::to_owned),
        description: deployment.text(Field::Description).map(str::to_owned),
        regimes,
        relevant: relevant_fields(&selection, &knowledge, &explorations, &ranked),
        questions,
        legal_data_date: dates::LEGAL_DATA_DATE,
    })
}

/// Whether a question may be asked on what is known: the AI Act's rules may read its
/// field (its declared relevance holds), or a selected policy reads it and the part of
/// the description it belongs to applies. A city's policy may turn on a fact the law
/// does not (medical or safety reasons for emotion recognition of anyone, say): that
/// question must then be asked, or the policy's verdict could never be decided.
fn askable(field: Field, knowledge: &Knowledge, selection: &[Selected<'_>]) -> bool {
    crate::catalogue::is_relevant(field, knowledge)
        || (selection.iter().any(|s| matches!(s.regime, Regime::Policy(policy) if policy.reads(field)))
            && crate::catalogue::group_applies(field, knowledge))
}

/// The verdicts the binding regimes still allow together: explored together where one
/// of them is open, so that only combinations some description reaches are listed.
fn overall_possible(selection: &[Selected<'_>], knowledge: &Knowledge, explorations: &[Exploration]) -> VerdictSet {
    let binding = || selection.iter().zip(explorations).filter(|(selected, _)| selected.binding);
    let separately =
        binding().map(|(_, exploration)| exploration.possible()).reduce(VerdictSet::combine_strictest).unwrap_or_default();
    if separately.len() <= 1 {
        return separately;
    }
    let regimes: Vec<Regime<'_>> = binding().map(|(selected, _)| selected.regime).collect();
    let together = explore(&Regime::Together(&regimes), knowledge, false);
    // Past the budget the separate combination is the tighter sound answer.
    if together.exhausted {
        separately
    } else {
        together.possible()
    }
}

/// The questions worth showing now: those whose relevance holds on what is known,
/// those that would decide an open verdict, and those behind open conditions.
fn relevant_fields(
    selection: &[Selected<'_>],
    knowledge: &Knowledge,
    explorations: &[Exploration],
    questions: &[questions::Ranked],
) -> Vec<&'static str> {
    let mut relevant = [false; Field::ALL.len()];
    let mut mark = |field: Field| {
        if let Some(slot) = relevant.get_mut(field as usize) {
            *slot = true;
        }
    };
    Field::ALL.iter().copied().filter(|f| askable(*f, knowledge, selection)).for_each(&mut mark);
    questions.iter().for_each(|q| mark(q.field));
    explorations.iter().flat_map(|e| e.common.iter()).filter_map(render::open_field).for_each(&mut mark);
    Field::ALL.iter().filter(|f| relevant.get(**f as usize) == Some(&true)).map(|f| f.path()).collect()
}
