#![cfg(not(target_arch = "wasm32"))]
//! Regime `data-protection`, provision by provision: the GDPR's Article 9 with its
//! exceptions and impact assessment for everyone but the police, Directive 2016/680's
//! Article 10 for the police, and the scope of both. Each case starts from a complete
//! deployment and changes one fact.

mod common;

use common::{assert_finding, assess_json, changed, condition, expect, ids, obligations, report, with};
use serde_json::{json, Value as Json};

const DP: &str = "data-protection";
const ACT: &str = "eu-ai-act";

/// A shopping centre runs live face recognition at its entrances against a list of
/// known shoplifters.
fn shop_face_recognition() -> Json {
    json!({
        "country": "ES",
        "date": "2026-11-23",
        "role": "deployer",
        "operator": "private-entity",
        "purpose": "safety-and-security",
        "functions": ["identification"],
        "modalities": ["face"],
        "identification": { "remote": true, "timing": "real-time", "untargeted_scraping": false },
        "space": "publicly-accessible"
    })
}

/// The police search a square live for a kidnapping victim, with a law allowing it.
fn police_victim_search() -> Json {
    json!({
        "country": "SE",
        "date": "2026-11-23",
        "role": "deployer",
        "operator": "law-enforcement-authority",
        "purpose": "law-enforcement",
        "functions": ["identification"],
        "modalities": ["face"],
        "identification": { "remote": true, "timing": "real-time", "untargeted_scraping": false },
        "space": "publicly-accessible",
        "law_enforcement": { "objective": "victim-search", "strictly_necessary": true, "decisions_on_output_alone": false },
        "safeguards": { "national_law": true, "authorisation": "granted", "fria": true, "registered": true,
                        "authorities_notified": true, "limited_scope": true, "dpia": true }
    })
}


fn overall(input: &Json) -> String {
    assess_json(input).verdict.keyword().to_owned()
}

// ---------------------------------------------------------------------------------
// Article 9(1): which processing is a special category.

#[test]
fn identification_is_biometric_data_for_unique_identification() {
    let case = shop_face_recognition();
    expect(&case, DP, "conditional");
    assert_finding(&case, DP, "dp.special.biometric-identification", "Article 9(1) GDPR");
    assert_finding(&case, DP, "dp.special.biometric-identification", "Article 4(14) GDPR");
}

#[test]
fn one_to_one_verification_is_too() {
    let case = changed(shop_face_recognition, json!({ "functions": ["verification"], "identification": null }));
    expect(&case, DP, "conditional");
    assert_finding(&case, DP, "dp.special.biometric-identification", "Article 9(1) GDPR");
}

#[test]
fn categorisation_revealing_a_special_category_is_one() {
    for attribute in ["race", "ethnic-origin", "political-opinions", "religious-or-philosophical-beliefs", "trade-union-membership", "health", "disability", "sex-life", "sexual-orientation"] {
        let case = changed(shop_face_recognition, json!({ "functions": ["categorisation"], "identification": null, "categorisation": { "attributes": [attribute] } }));
        expect(&case, DP, "conditional");
        assert_finding(&case, DP, "dp.special.categorisation", "Article 9(1) GDPR");
    }
}

#[test]
fn categorisation_by_age_or_sex_is_not() {
    let case = changed(shop_face_recognition, json!({ "functions": ["categorisation"], "identification": null, "categorisation": { "attributes": ["age", "sex"] } }));
    expect(&case, DP, "minimal");
    assert_finding(&case, DP, "dp.special.none", "Article 9(1) GDPR");
}

#[test]
fn counting_people_is_not() {
    let case = changed(shop_face_recognition, json!({ "functions": ["detection-only"], "identification": null }));
    expect(&case, DP, "minimal");
}

#[test]
fn emotion_recognition_reveals_health_only_in_medical_care() {
    let museum = changed(shop_face_recognition, json!({ "functions": ["emotion-recognition"], "identification": null, "purpose": "public-service", "emotion_recognition": { "subjects": "other" } }));
    expect(&museum, DP, "minimal");
    let clinic = with(&museum, &json!({ "purpose": "medical" }));
    expect(&clinic, DP, "conditional");
    assert_finding(&clinic, DP, "dp.special.health", "Article 9(1) GDPR");
}

// ---------------------------------------------------------------------------------
// Article 9(2): the exceptions.

#[test]
fn with_no_ground_known_the_ground_is_the_open_condition() {
    let case = shop_face_recognition();
    expect(&case, DP, "conditional");
    assert_eq!(condition(&case, DP, "dp.gdpr.art9-2.condition.ground"), "unknown");
    assert_finding(&case, DP, "dp.gdpr.art9-2.open", "Article 9(2)(a) GDPR");
}

#[test]
fn with_no_ground_the_processing_is_prohibited() {
    let case = changed(shop_face_recognition, json!({ "data_protection": { "ground": "none" } }));
    expect(&case, DP, "prohibited");
    assert_finding(&case, DP, "dp.gdpr.art9-2.none", "Article 9(1) GDPR");
    assert_eq!(condition(&case, DP, "dp.gdpr.art9-2.condition.ground"), "unmet");
}

#[test]
fn each_ground_is_cited_by_its_point() {
    let grounds = [
        ("explicit-consent", "a"),
        ("employment-law", "b"),
        ("vital-interests", "c"),
        ("not-for-profit-body", "d"),
        ("made-public", "e"),
        ("legal-claims", "f"),
        ("substantial-public-interest", "g"),
        ("health-care", "h"),
        ("public-health", "i"),
        ("research-or-statistics", "j"),
    ];
    for (ground, point) in grounds {
        let case = changed(shop_face_recognition, json!({ "data_protection": { "ground": ground } }));
        expect(&case, DP, "conditional");
        assert_finding(&case, DP, &format!("dp.gdpr.art9-2-{point}"), &format!("Article 9(2)({point}) GDPR"));
        assert_eq!(condition(&case, DP, "dp.gdpr.art9-2.condition.ground"), "met");
    }
}

#[test]
fn a_ground_that_rests_on_a_law_fails_without_the_law() {
    for ground in ["substantial-public-interest", "public-health", "research-or-statistics"] {
        let without = changed(shop_face_recognition, json!({ "data_protection": { "ground": ground }, "safeguards": { "national_law": false } }));
        expect(&without, DP, "prohibited");
        assert_finding(&without, DP, "dp.gdpr.art9-2.law-missing", "Article 9(1) GDPR");
        let with_law = changed(shop_face_recognition, json!({ "data_protection": { "ground": ground }, "safeguards": { "national_law": true } }));
        expect(&with_law, DP, "conditional");
    }
}

#[test]
fn consent_where_people_cannot_avoid_the_cameras_is_flagged() {
    let case = changed(shop_face_recognition, json!({ "data_protection": { "ground": "explicit-consent" } }));
    assert_finding(&case, DP, "dp.gdpr.art9-2-a.doubtful", "Article 9(2)(a) GDPR");
    let staff_door = changed(shop_face_recognition, json!({ "data_protection": { "ground": "explicit-consent" }, "space": "not-publicly-accessible", "purpose": "access-control" }));
    assert!(!ids(&report(&staff_door, DP)["findings"]).contains(&"dp.gdpr.art9-2-a.doubtful"));
}

#[test]
fn member_states_may_add_conditions_for_biometric_data() {
    assert_finding(&shop_face_recognition(), DP, "dp.gdpr.art9-4", "Article 9(4) GDPR");
}

// ---------------------------------------------------------------------------------
// Articles 35 and 36: impact assessment and prior consultation.

#[test]
fn a_dpia_is_due_and_its_status_read_from_the_description() {
    let case = shop_face_recognition();
    assert!(obligations(&case, DP).contains(&"dp.gdpr.art35.dpia".to_owned()));
    assert!(obligations(&case, DP).contains(&"dp.gdpr.art36.prior-consultation".to_owned()));
    assert_finding(&case, DP, "dp.gdpr.art35-3-c", "Article 35(3)(c) GDPR");
    let done = changed(shop_face_recognition, json!({ "safeguards": { "dpia": true } }));
    let dpia = report(&done, DP)["obligations"].as_array().expect("list").iter().find(|o| o["id"] == "dp.gdpr.art35.dpia").cloned().expect("dpia");
    assert_eq!(dpia["status"], "met");
}

// ---------------------------------------------------------------------------------
// Scope: GDPR Articles 2 and 3, Directive 2016/680 Article 2(3).

#[test]
fn outside_the_eu_and_eea_data_protection_law_does_not_apply() {
    let case = changed(shop_face_recognition, json!({ "country": "US" }));
    expect(&case, DP, "not-applicable");
    assert_finding(&case, DP, "dp.scope.outside-eea", "Article 3 GDPR");
}

#[test]
fn in_the_eea_the_gdpr_applies_but_the_ai_act_does_not() {
    let case = changed(shop_face_recognition, json!({ "country": "NO" }));
    expect(&case, DP, "conditional");
    expect(&case, ACT, "not-applicable");
}

#[test]
fn national_security_is_outside_union_law() {
    for purpose in ["national-security-defence", "military"] {
        let case = changed(shop_face_recognition, json!({ "purpose": purpose, "operator": "public-authority" }));
        expect(&case, DP, "not-applicable");
        assert_finding(&case, DP, "dp.scope.national-security", "Article 2(2)(a) GDPR");
        assert_finding(&case, DP, "dp.scope.national-security", "Article 2(3)(a) of Directive (EU) 2016/680");
    }
}

#[test]
fn a_household_camera_inside_the_home_is_outside_the_gdpr() {
    let case = changed(shop_face_recognition, json!({ "operator": "private-individual", "space": "not-publicly-accessible" }));
    expect(&case, DP, "not-applicable");
    assert_finding(&case, DP, "dp.scope.household", "Article 2(2)(c) GDPR");
}

#[test]
fn a_household_camera_filming_the_street_is_not_rynes() {
    let case = changed(shop_face_recognition, json!({ "operator": "private-individual" }));
    expect(&case, DP, "conditional");
    assert_finding(&case, DP, "dp.scope.rynes", "Case C-212/13, Ryneš, judgment of 11 December 2014");
}

// ---------------------------------------------------------------------------------
// Directive 2016/680 Article 10: the police.

#[test]
fn police_processing_with_a_law_is_conditional_under_the_directive() {
    let case = police_victim_search();
    expect(&case, DP, "conditional");
    assert_finding(&case, DP, "dp.led.applies", "Article 2(2)(d) GDPR");
    assert_finding(&case, DP, "dp.led.art10.conditional", "Article 10 of Directive (EU) 2016/680");
    assert_eq!(condition(&case, DP, "dp.led.art10.condition.law"), "met");
}

#[test]
fn police_processing_without_a_law_is_prohibited() {
    let case = changed(police_victim_search, json!({ "safeguards": { "national_law": false } }));
    expect(&case, DP, "prohibited");
    assert_finding(&case, DP, "dp.led.art10.unmet", "Article 10 of Directive (EU) 2016/680");
}

#[test]
fn police_processing_not_strictly_necessary_is_prohibited() {
    let case = changed(police_victim_search, json!({ "law_enforcement": { "strictly_necessary": false } }));
    expect(&case, DP, "prohibited");
}

#[test]
fn with_the_law_not_known_it_stays_an_open_condition() {
    let case = changed(police_victim_search, json!({ "safeguards": { "national_law": null } }));
    expect(&case, DP, "conditional");
    assert_eq!(condition(&case, DP, "dp.led.art10.condition.law"), "unknown");
}

#[test]
fn post_identification_by_the_police_is_under_the_directive_too() {
    let case = changed(police_victim_search, json!({ "identification": { "timing": "post" } }));
    expect(&case, DP, "conditional");
    assert_finding(&case, DP, "dp.led.applies", "Article 2(2)(d) GDPR");
    assert!(obligations(&case, DP).contains(&"dp.led.art27.dpia".to_owned()));
}

#[test]
fn a_shop_calling_its_purpose_law_enforcement_is_still_under_the_gdpr() {
    let case = changed(shop_face_recognition, json!({ "purpose": "law-enforcement" }));
    expect(&case, DP, "conditional");
    assert!(!ids(&report(&case, DP)["findings"]).contains(&"dp.led.applies"));
    assert_eq!(condition(&case, DP, "dp.gdpr.art9-2.condition.ground"), "unknown");
}

// ---------------------------------------------------------------------------------
// Supervisory decisions, as notes.

#[test]
fn shops_get_the_dutch_and_spanish_decisions() {
    let case = shop_face_recognition();
    let findings = report(&case, DP)["findings"].clone();
    let shops = findings.as_array().expect("list").iter().find(|f| f["id"] == "dp.supervisory.shops").cloned().expect("note");
    assert_eq!(shops["kind"], "note");
    assert_eq!(shops["citations"].as_array().map(Vec::len), Some(2));
}

#[test]
fn a_school_taking_attendance_gets_the_swedish_decision() {
    let case = changed(shop_face_recognition, json!({ "operator": "public-authority", "purpose": "education", "space": "not-publicly-accessible", "functions": ["verification"], "identification": null }));
    assert!(ids(&report(&case, DP)["findings"]).contains(&"dp.supervisory.school"));
}

// ---------------------------------------------------------------------------------
// The overall verdict reflects both laws.

#[test]
fn a_shops_face_recognition_is_allowed_only_under_conditions_not_merely_high_risk() {
    let case = shop_face_recognition();
    expect(&case, ACT, "high-risk");
    assert_eq!(overall(&case), "conditional");
}

#[test]
fn a_shops_face_recognition_with_no_ground_is_prohibited_overall() {
    let case = changed(shop_face_recognition, json!({ "data_protection": { "ground": "none" } }));
    assert_eq!(overall(&case), "prohibited");
}

#[test]
fn bad_values_of_the_new_fields_name_the_field_and_what_was_expected() {
    use biometric_check::{json, Deployment};
    let input = json!({ "data_protection": { "ground": "consent" }, "law_enforcement": { "untargeted": "no", "initial_identification": 1, "decisions_on_output_alone": null } });
    let errors = Deployment::from_value(&json::parse(&input.to_string()).expect("JSON")).expect_err("invalid");
    let mut paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    paths.sort_unstable();
    assert_eq!(paths, ["data_protection.ground", "law_enforcement.initial_identification", "law_enforcement.untargeted"]);
    let ground = errors.iter().find(|e| e.path == "data_protection.ground").expect("the ground's error");
    let message = ground.message(biometric_check::i18n::Lang::En);
    assert!(message.contains("explicit-consent") && message.contains("\"consent\""), "{message}");
}

#[test]
fn employment_law_can_rest_on_a_collective_agreement_so_a_missing_law_alone_does_not_fail_it() {
    let case = changed(shop_face_recognition, json!({ "data_protection": { "ground": "employment-law" }, "safeguards": { "national_law": false } }));
    expect(&case, DP, "conditional");
}

#[test]
fn a_public_body_cannot_rely_on_the_not_for_profit_ground() {
    let case = changed(shop_face_recognition, json!({ "operator": "public-authority", "data_protection": { "ground": "not-for-profit-body" } }));
    expect(&case, DP, "prohibited");
    assert_finding(&case, DP, "dp.gdpr.art9-2.unavailable", "Article 9(1) GDPR");
}
