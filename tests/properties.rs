//! Properties over generated deployments: the assessment never panics and is
//! deterministic; marking a further safeguard as met never makes a verdict stricter;
//! `possible` is exact: every completion of an incomplete deployment gets a verdict
//! inside it, and every verdict in it is reached by the answers its outcome lists (for
//! each regime, and for the binding regimes together); the overall verdict is never less
//! strict than any binding regime; descriptions survive a round trip through JSON text.
#![expect(clippy::expect_used, clippy::indexing_slicing, reason = "a test stops at the first thing that is not as expected")]

#![cfg(not(target_arch = "wasm32"))]

mod common;

use biometric_check::assessment::{Outcome, PossibleOutcome};
use biometric_check::engine::explore::explore;
use biometric_check::facts::knowledge::{fact, Knowledge};
use biometric_check::facts::vocabulary::{CountryClass, Keyword, SentenceBand};
use biometric_check::regimes::Regime;
use serde_json::Value as Json;
use biometric_check::engine::verdict::{Verdict, VerdictSet};
use biometric_check::facts::country::Country;
use biometric_check::facts::deployment::FieldValue;
use biometric_check::facts::vocabulary::KeywordSet;
use biometric_check::facts::{Date, Deployment, Field, FieldKind};
use biometric_check::{assess, json, Assessment, Options};
use proptest::prelude::*;

/// Builds a deployment from dice: two per field, the first saying whether the field is
/// known (`known_in_256` out of 256), the second choosing its value.
fn deployment(dice: &[u32], known_in_256: u32) -> Deployment {
    let mut deployment = Deployment::new();
    for (index, field) in Field::ALL.iter().enumerate() {
        let known = dice.get(2 * index).copied().unwrap_or(0) % 256 < known_in_256;
        let roll = dice.get(2 * index + 1).copied().unwrap_or(0);
        if known {
            deployment.set(*field, Some(value(*field, roll)));
        }
    }
    deployment
}

/// A valid value of a field chosen by `roll`.
fn value(field: Field, roll: u32) -> FieldValue {
    let roll = roll as usize;
    match field.kind() {
        FieldKind::Text { .. } => FieldValue::Text(format!("text {roll}")),
        FieldKind::Date => {
            let days = 19_723 + (roll % 2_200) as i64; // 2024-01-01 onwards, six years
            FieldValue::Date(Date::from_days_since_epoch(days).expect("valid date"))
        }
        FieldKind::Country => {
            let codes: Vec<&str> = Country::all_codes().collect();
            // Favour the codes the rules tell apart.
            let code = match roll % 4 {
                0 => ["SE", "IE", "DK", "US", "GB", "NO"][roll / 4 % 6],
                _ => codes[roll / 4 % codes.len()],
            };
            FieldValue::Country(Country::parse(code).expect("known code"))
        }
        FieldKind::Choice(options) => FieldValue::Choice(roll % options.len()),
        FieldKind::Choices(options) => {
            let mut set = KeywordSet::default();
            for index in 0..options.len() {
                // Small sets: each element with probability 1/3.
                if (roll >> (2 * index)) % 3 == 0 {
                    set.insert_index(index);
                }
            }
            FieldValue::Choices(set)
        }
        FieldKind::Flag => FieldValue::Flag(roll % 2 == 1),
        FieldKind::Number { max, .. } => FieldValue::Number(((roll % 201) as f64 / 2.0).min(max)),
    }
}

/// `partial` with every missing field taken from `full`.
fn complete(partial: &Deployment, full: &Deployment) -> Deployment {
    let mut completed = partial.clone();
    for field in Field::ALL {
        if partial.get(*field).is_none() {
            completed.set(*field, full.get(*field).cloned());
        }
    }
    completed
}

fn options() -> Options {
    let mut options = common::options();
    options.counterfactuals = false;
    options
}

fn run(deployment: &Deployment, options: &Options) -> Assessment {
    assess(deployment, options).expect("default options are valid")
}

fn strictest(possible: VerdictSet) -> u8 {
    possible.strictest().map_or(0, Verdict::strictness)
}

fn verdict_of(outcome: Outcome) -> Option<Verdict> {
    match outcome {
        Outcome::Verdict(verdict) => Some(verdict),
        Outcome::Incomplete => None,
    }
}

/// `partial` with the answers of an outcome given: the first value of each.
fn answered(partial: &Deployment, outcome: &PossibleOutcome) -> Deployment {
    let mut input: Json = serde_json::from_str(&json::to_string(partial)).expect("own output is JSON");
    for answer in &outcome.answers {
        let value = serde_json::to_value(&answer.values[0]).expect("a value");
        let (group, key) = answer.field.split_once('.').map_or((None, answer.field), |(g, k)| (Some(g), k));
        let slot = match group {
            Some(group) => &mut input[group][key],
            None => &mut input[key],
        };
        match answer.element {
            // A set field: add or remove the element.
            Some(element) => {
                let mut members: Vec<Json> = slot.as_array().cloned().unwrap_or_default();
                members.retain(|m| m != element);
                if value == Json::Bool(true) {
                    members.push(Json::String(element.to_owned()));
                }
                *slot = Json::Array(members);
            }
            None => *slot = value,
        }
    }
    let value = json::parse(&input.to_string()).expect("JSON");
    Deployment::from_value(&value).expect("answers are valid values")
}

/// `knowledge` with one answer of an exploration's way given to the deployment.
fn give(deployment: &mut Deployment, fact_index: usize, mask: u64) {
    let def = fact(fact_index).expect("a fact");
    let index = mask.trailing_zeros() as usize;
    let value = match (def.field.kind(), def.element) {
        (FieldKind::Choices(_), Some(element)) => {
            let mut set = match deployment.get(def.field) {
                Some(FieldValue::Choices(set)) => *set,
                _ => KeywordSet::default(),
            };
            if index == 1 {
                set.insert_index(element);
            } else {
                set.bits &= !(1 << element);
            }
            FieldValue::Choices(set)
        }
        (FieldKind::Flag, _) => FieldValue::Flag(index == 1),
        (FieldKind::Country, _) => FieldValue::Country(Country::representative(CountryClass::from_index(index).expect("class"))),
        (FieldKind::Number { .. }, _) => FieldValue::Number(SentenceBand::from_index(index).expect("band").representative_years()),
        _ => FieldValue::Choice(index),
    };
    deployment.set(def.field, Some(value));
}

fn dice() -> impl Strategy<Value = Vec<u32>> {
    prop::collection::vec(any::<u32>(), Field::ALL.len() * 2)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn assessment_never_panics_and_is_deterministic(dice in dice(), known in 0u32..=256) {
        let deployment = deployment(&dice, known);
        let first = run(&deployment, &options());
        let second = run(&deployment, &options());
        prop_assert_eq!(first, second);
    }

    #[test]
    fn every_completion_gets_a_verdict_inside_possible(partial in dice(), full in dice(), known in 64u32..=224) {
        let full = deployment(&full, 256);
        // The date of use is always known (a missing date is today), never completed.
        let mut partial = deployment(&partial, known);
        partial.set(Field::Date, full.get(Field::Date).cloned());
        let before = run(&partial, &options());
        let after = run(&complete(&partial, &full), &options());
        for (open, decided) in before.regimes.iter().zip(&after.regimes) {
            let Some(verdict) = verdict_of(decided.verdict) else {
                return Err(TestCaseError::fail(format!("{}: a complete deployment is incomplete", decided.id)));
            };
            if open.verdict == Outcome::Incomplete {
                prop_assert!(open.possible.contains(verdict), "{}: {:?} not in {:?}", open.id, verdict, open.possible);
            }
        }
        if before.verdict == Outcome::Incomplete {
            let overall = verdict_of(after.verdict).expect("complete");
            prop_assert!(before.possible.contains(overall));
        }
    }

    #[test]
    fn every_possible_verdict_is_reached_by_the_answers_its_outcome_lists(partial in dice(), known in 64u32..=224) {
        let partial = deployment(&partial, known);
        let before = run(&partial, &options());
        for regime in before.regimes.iter().filter(|r| r.verdict == Outcome::Incomplete) {
            let listed: VerdictSet = regime.outcomes.iter().fold(VerdictSet::EMPTY, |mut set, o| { set.insert(o.verdict); set });
            prop_assert_eq!(listed, regime.possible, "{}: outcomes {:?}", regime.id, regime.outcomes.iter().map(|o| &o.text).collect::<Vec<_>>());
            for outcome in &regime.outcomes {
                let witness = run(&answered(&partial, outcome), &options());
                let reached = witness.regimes.iter().find(|r| r.id == regime.id).expect("same regimes").verdict;
                prop_assert_eq!(reached, Outcome::Verdict(outcome.verdict), "{}: {}", regime.id, outcome.text);
            }
        }
    }

    #[test]
    fn every_possible_overall_verdict_is_reached_by_some_answers(partial in dice(), known in 16u32..=176) {
        let partial = deployment(&partial, known);
        let before = run(&partial, &options());
        prop_assume!(before.verdict == Outcome::Incomplete);
        let binding = [Regime::EuAiAct, Regime::DataProtection];
        let knowledge = Knowledge::of(&partial, partial.date().unwrap_or(common::today()));
        let together = explore(&Regime::Together(&binding), &knowledge, true);
        prop_assume!(!together.exhausted);
        for verdict in before.possible.iter() {
            let way = together.ways.iter().find(|w| w.verdict == verdict);
            prop_assert!(way.is_some(), "no way to {:?}", verdict);
            let mut witness = partial.clone();
            for (fact_index, mask) in &way.expect("checked").answers {
                give(&mut witness, *fact_index, *mask);
            }
            prop_assert_eq!(run(&witness, &options()).verdict, Outcome::Verdict(verdict));
        }
    }

    #[test]
    fn marking_a_further_safeguard_as_met_never_makes_a_verdict_stricter(dice in dice(), known in 96u32..=256, pick in any::<usize>()) {
        let before_deployment = deployment(&dice, known);
        let safeguards: Vec<Field> = Field::ALL
            .iter()
            .copied()
            .filter(|f| f.group() == Some("safeguards") || *f == Field::LawEnforcementStrictlyNecessary)
            .filter(|f| match before_deployment.get(*f) {
                None | Some(FieldValue::Flag(false)) => true,
                // "none" is the third authorisation option; urgent-requested is already in place.
                Some(FieldValue::Choice(index)) => *index == 2,
                _ => false,
            })
            .collect();
        prop_assume!(!safeguards.is_empty());
        let field = safeguards[pick % safeguards.len()];
        let mut after_deployment = before_deployment.clone();
        let met = match field.kind() {
            FieldKind::Flag => FieldValue::Flag(true),
            _ => FieldValue::Choice(0), // granted
        };
        after_deployment.set(field, Some(met));
        let before = run(&before_deployment, &options());
        let after = run(&after_deployment, &options());
        for (b, a) in before.regimes.iter().zip(&after.regimes) {
            prop_assert!(
                strictest(a.possible) <= strictest(b.possible),
                "{} after {}: {:?} -> {:?}", a.id, field.path(), b.possible, a.possible
            );
        }
        prop_assert!(strictest(after.possible) <= strictest(before.possible));
    }

    #[test]
    fn the_overall_verdict_is_never_less_strict_than_a_binding_regime(dice in dice(), known in 0u32..=256, binding_policy in any::<bool>()) {
        let deployment = deployment(&dice, known);
        let mut options = options();
        if binding_policy {
            options.binding = Some(vec!["eu-ai-act".to_owned(), "policy:mass-surveillance-ban".to_owned()]);
        }
        let assessment = run(&deployment, &options);
        for regime in assessment.regimes.iter().filter(|r| r.binding) {
            // A decided overall "allowed only under conditions" already says that an
            // open condition answered "no" prohibits the use.
            let decided_conditional = assessment.verdict == Outcome::Verdict(Verdict::Conditional);
            let mut regime_possible = regime.possible;
            if decided_conditional {
                regime_possible = regime_possible.iter().filter(|v| *v != Verdict::Prohibited).fold(VerdictSet::EMPTY, |mut set, v| { set.insert(v); set });
            }
            prop_assert!(strictest(assessment.possible) >= strictest(regime_possible));
            if let (Some(overall), Some(verdict)) = (verdict_of(assessment.verdict), verdict_of(regime.verdict)) {
                prop_assert!(overall.strictness() >= verdict.strictness());
            }
        }
        let all_decided = assessment.regimes.iter().filter(|r| r.binding).all(|r| r.verdict != Outcome::Incomplete);
        if all_decided {
            let strictest_binding = assessment
                .regimes
                .iter()
                .filter(|r| r.binding)
                .filter_map(|r| verdict_of(r.verdict))
                .max_by_key(|v| v.strictness());
            prop_assert_eq!(verdict_of(assessment.verdict), strictest_binding);
        }
    }

    #[test]
    fn descriptions_survive_a_round_trip_through_json_text(dice in dice(), known in 0u32..=256) {
        let deployment = deployment(&dice, known);
        let text = json::to_string(&deployment);
        let value = json::parse(&text).expect("own output parses");
        prop_assert_eq!(Deployment::from_value(&value).expect("own output is valid"), deployment);
    }
}
