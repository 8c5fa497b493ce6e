#![cfg(not(target_arch = "wasm32"))]
//! The decision a city official reads first: the headline in plain words, what blocks the
//! use with what each answer would mean, for the stories the checker is tried on.

mod common;

use biometric_check::assessment::{BlockerKind, Standing};
use common::{assess_json, with};
use serde_json::{json, Value as Json};

/// Lyon: the police search a square live for a murder suspect, every safeguard in place.
fn lyon_police_live_search() -> Json {
    json!({
        "name": "Live search for a murder suspect, Place Bellecour",
        "country": "FR", "date": "2026-11-23", "role": "deployer",
        "operator": "law-enforcement-authority", "purpose": "law-enforcement",
        "functions": ["identification"], "modalities": ["face"],
        "identification": { "remote": true, "timing": "real-time", "untargeted_scraping": false },
        "space": "publicly-accessible",
        "law_enforcement": { "objective": "suspect-search", "offence": "murder-or-grievous-bodily-injury",
                             "max_sentence_years": 100, "strictly_necessary": true, "decisions_on_output_alone": false },
        "safeguards": { "national_law": true, "authorisation": "granted", "fria": true, "registered": true,
                        "authorities_notified": true, "limited_scope": true, "dpia": true }
    })
}

/// Barcelona: a shopping centre matches faces at its entrances against shoplifters.
fn barcelona_shopping_centre() -> Json {
    json!({
        "country": "ES", "date": "2026-11-23", "role": "deployer", "operator": "private-entity",
        "purpose": "safety-and-security", "functions": ["identification"], "modalities": ["face"],
        "identification": { "remote": true, "timing": "real-time", "untargeted_scraping": false },
        "space": "publicly-accessible"
    })
}

/// Sweden: a school reads pupils' emotions in class.
fn swedish_classroom() -> Json {
    json!({
        "country": "SE", "date": "2026-11-23", "role": "deployer", "operator": "public-authority",
        "purpose": "education", "functions": ["emotion-recognition"], "modalities": ["face"],
        "emotion_recognition": { "subjects": "students", "medical_or_safety": false },
        "space": "not-publicly-accessible"
    })
}

/// The Netherlands: a city counts people on a square.
fn dutch_square_counting() -> Json {
    json!({
        "country": "NL", "date": "2026-11-23", "role": "deployer", "operator": "public-authority",
        "purpose": "public-service", "functions": ["detection-only"], "modalities": ["other"],
        "space": "publicly-accessible"
    })
}

/// The decision for a deployment: its standing, headline and blocking items' texts.
fn decision(input: &Json) -> (Standing, String, Vec<String>) {
    let assessment = assess_json(input);
    let decision = assessment.decision;
    (decision.standing, decision.headline, decision.blocking.iter().map(|b| b.text.clone()).collect())
}

#[test]
fn lyon_with_every_safeguard_is_allowed_only_under_conditions_all_met() {
    let (standing, headline, blocking) = decision(&lyon_police_live_search());
    assert_eq!(standing, Standing::AllowedUnderConditions);
    assert_eq!(headline, "Allowed only under conditions, all given as met: they must keep holding for every use.");
    assert!(blocking.is_empty());
}

#[test]
fn lyon_without_a_known_national_law_is_not_allowed_yet_and_says_what_no_would_mean() {
    let case = with(&lyon_police_live_search(), &json!({ "safeguards": { "national_law": null } }));
    let assessment = assess_json(&case);
    assert_eq!(assessment.decision.standing, Standing::NotYet);
    assert_eq!(assessment.decision.headline, "Not allowed yet: 1 thing must be true first.");
    let national_law = &assessment.decision.blocking[0];
    assert_eq!(national_law.field, Some("safeguards.national_law"));
    assert_eq!(national_law.regimes, ["eu-ai-act", "data-protection"]);
    assert_eq!(national_law.if_answered[0].verdict.keyword(), "prohibited");
}

#[test]
fn the_shopping_centre_is_not_allowed_yet_the_gdpr_exception_first() {
    let (standing, headline, blocking) = decision(&barcelona_shopping_centre());
    assert_eq!(standing, Standing::NotYet);
    assert_eq!(headline, "Not allowed yet: 1 thing must be true first.");
    assert_eq!(blocking, ["An exception of Article 9(2) GDPR applies to this processing."]);
}

#[test]
fn the_classroom_is_prohibited_and_says_by_what() {
    let (standing, headline, blocking) = decision(&swedish_classroom());
    assert_eq!(standing, Standing::Prohibited);
    assert_eq!(headline, "Prohibited: this use may not go ahead.");
    assert_eq!(blocking.len(), 1);
}

#[test]
fn counting_people_on_a_square_is_allowed() {
    let (standing, headline, _) = decision(&dutch_square_counting());
    assert_eq!(standing, Standing::Allowed);
    assert_eq!(headline, "Allowed: no obligation specific to these laws.");
}

#[test]
fn a_high_risk_system_is_allowed_with_obligations_from_their_date() {
    // A museum reads visitors' emotions: high-risk, no special category of data.
    let museum = with(&swedish_classroom(), &json!({ "purpose": "public-service", "emotion_recognition": { "subjects": "other" }, "space": "publicly-accessible" }));
    let assessment = assess_json(&museum);
    assert_eq!(assessment.decision.standing, Standing::AllowedWithObligations);
    assert_eq!(assessment.decision.headline, "Allowed, with the obligations below from 2 December 2027.");
}

#[test]
fn an_undecided_use_names_the_question_that_decides_and_what_each_answer_gives() {
    let case = common::without(&lyon_police_live_search(), "law_enforcement.objective");
    let assessment = assess_json(&case);
    assert_eq!(assessment.decision.standing, Standing::Undecided);
    let question = &assessment.decision.blocking[0];
    assert_eq!(question.field, Some("law_enforcement.objective"));
    assert!(question.if_answered.iter().any(|a| a.verdict.keyword() == "prohibited"));
}

#[test]
fn a_prohibition_that_applies_the_next_day_is_in_the_headline() {
    // Workplace emotion recognition the day before the prohibitions apply.
    let call_centre = json!({
        "country": "IE", "date": "2025-02-01", "role": "deployer", "operator": "private-entity",
        "purpose": "workplace-management", "functions": ["emotion-recognition"], "modalities": ["voice"],
        "emotion_recognition": { "subjects": "workers", "medical_or_safety": false }, "space": "not-publicly-accessible"
    });
    let assessment = assess_json(&call_centre);
    assert!(assessment.decision.headline.ends_with("From 2 February 2025 it is prohibited."), "{}", assessment.decision.headline);
    assert!(assessment.decision.blocking.iter().any(|b| b.kind == BlockerKind::Upcoming));
}

#[test]
fn a_prohibited_use_names_the_condition_that_is_not_met() {
    let case = with(&lyon_police_live_search(), &json!({ "safeguards": { "fria": false } }));
    let (standing, _, blocking) = decision(&case);
    assert_eq!(standing, Standing::Prohibited);
    assert!(blocking.iter().any(|b| b.starts_with("Not met: ") && b.contains("fundamental rights impact assessment")), "{blocking:?}");
}

#[test]
fn a_duty_for_each_use_is_listed_but_not_counted_as_a_precondition() {
    let case = with(&lyon_police_live_search(), &json!({ "law_enforcement": { "decisions_on_output_alone": null } }));
    let assessment = assess_json(&case);
    assert_eq!(assessment.decision.standing, Standing::AllowedUnderConditions);
    assert!(assessment.decision.blocking.iter().any(|b| b.kind == BlockerKind::Duty));
}

#[test]
fn an_obligation_that_applies_and_is_not_done_blocks_the_use() {
    // A factory's emotion reading for safety, in 2028, workers' representatives not informed.
    let factory = json!({
        "country": "DE", "date": "2028-03-01", "role": "deployer", "operator": "private-entity",
        "purpose": "workplace-management", "functions": ["emotion-recognition"], "modalities": ["face"],
        "emotion_recognition": { "subjects": "workers", "medical_or_safety": true }, "space": "not-publicly-accessible",
        "safeguards": { "workers_informed": false }
    });
    let assessment = assess_json(&factory);
    assert_eq!(assessment.decision.standing, Standing::NotYet);
    assert!(assessment.decision.blocking.iter().any(|b| b.kind == BlockerKind::Obligation && b.field == Some("safeguards.workers_informed")));
}

#[test]
fn the_comparisons_beside_the_law_never_change_the_headline() {
    // The classroom before the medical question: the law waits for that one answer; the
    // comparisons also ask where it happens, which decides nothing for the law.
    let case = with(&swedish_classroom(), &json!({ "emotion_recognition": { "medical_or_safety": null }, "space": null }));
    let all = assess_json(&case);
    let mut law_only = common::options();
    law_only.regimes = Some(vec!["eu-ai-act".into(), "data-protection".into()]);
    let law = common::assess_with(&case, &law_only);
    assert_eq!(all.decision.standing, Standing::Undecided);
    assert_eq!(all.decision.headline, law.decision.headline);
    let fields = |a: &biometric_check::assessment::Assessment| a.decision.blocking.iter().map(|b| b.field).collect::<Vec<_>>();
    assert_eq!(fields(&all), fields(&law));
    assert!(fields(&all).contains(&Some("emotion_recognition.medical_or_safety")), "{:?}", fields(&all));
}

#[test]
fn one_question_two_items_of_one_regime_names_the_regime_once() {
    let case = with(&lyon_police_live_search(), &json!({ "safeguards": { "fria": null, "registered": null } }));
    for blocker in assess_json(&case).decision.blocking {
        let mut regimes = blocker.regimes.clone();
        regimes.dedup();
        assert_eq!(regimes, blocker.regimes, "{}", blocker.text);
    }
}
