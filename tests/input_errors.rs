#![cfg(not(target_arch = "wasm32"))]
//! The input contract's strict validation, for deployments and for policy documents:
//! every problem is reported at once, with the field path, a stable code, and a message
//! that names what was expected and what was found. Missing and `null` mean "not known
//! yet" and are never errors in a deployment.
#![expect(clippy::expect_used, clippy::indexing_slicing, reason = "a test stops at the first thing that is not as expected")]

mod common;

use biometric_check::i18n::Lang;
use biometric_check::{json, Date, Deployment, InputError, Options, Policy};
use common::{assess_json, with};
use serde_json::{json, Value as Json};

// ---------------------------------------------------------------------------------
// Deployments.

/// Every error of a deployment given as JSON text (key order and repeated keys kept).
fn errors_in(text: &str) -> Vec<InputError> {
    match json::parse(text) {
        Err(error) => vec![error],
        Ok(value) => Deployment::from_value(&value).err().unwrap_or_default(),
    }
}

/// Every error of a deployment.
fn errors(input: &Json) -> Vec<InputError> {
    errors_in(&input.to_string())
}

/// The one error of a deployment that has exactly one.
#[track_caller]
fn the_error(input: &Json) -> InputError {
    let mut errors = errors(input);
    assert_eq!(errors.len(), 1, "{input}: {errors:?}");
    errors.remove(0)
}

/// Asserts that a deployment is valid.
#[track_caller]
fn assert_valid(input: &Json) {
    let errors = errors(input);
    assert!(errors.is_empty(), "{input}: {:?}", errors.iter().map(|e| e.message(Lang::En)).collect::<Vec<_>>());
}

fn paths(errors: &[InputError]) -> Vec<&str> {
    errors.iter().map(|e| e.path.as_str()).collect()
}

fn message(error: &InputError) -> String {
    error.message(Lang::En)
}

#[test]
fn an_empty_object_is_a_valid_deployment_of_which_nothing_is_known() {
    assert_valid(&json!({}));
}

// Unknown fields.

#[test]
fn an_unknown_top_level_field_is_named_with_the_fields_that_exist() {
    let error = the_error(&json!({ "colour": "red" }));
    assert_eq!(error.path, "colour");
    assert_eq!(error.code(), "unknown-field");
    let message = message(&error);
    assert!(message.starts_with("colour: expected one of the fields "), "{message}");
    assert!(message.contains("\"space\"") && message.contains("\"law_enforcement\""), "{message}");
    assert!(message.ends_with("found \"colour\""), "{message}");
}

#[test]
fn an_unknown_nested_field_is_named_with_the_fields_of_its_group() {
    let error = the_error(&json!({ "identification": { "remotely": true } }));
    assert_eq!(error.path, "identification.remotely");
    assert_eq!(error.code(), "unknown-field");
    assert_eq!(
        message(&error),
        "identification.remotely: expected one of the fields \"remote\", \"timing\", \"untargeted_scraping\", found \"remotely\""
    );
}

#[test]
fn keys_are_snake_case() {
    let error = the_error(&json!({ "identification": { "untargetedScraping": true } }));
    assert_eq!(error.path, "identification.untargetedScraping");
    assert_eq!(error.code(), "unknown-field");
}

#[test]
fn a_nested_field_at_the_top_level_is_unknown() {
    let error = the_error(&json!({ "timing": "real-time" }));
    assert_eq!(error.path, "timing");
    assert_eq!(error.code(), "unknown-field");
}

#[test]
fn a_key_given_twice_is_an_error() {
    let errors = errors_in(r#"{"space": "online", "space": "publicly-accessible"}"#);
    assert_eq!(paths(&errors), ["space"]);
    assert_eq!(errors[0].code(), "duplicate-field");
    let nested = errors_in(r#"{"safeguards": {"fria": true, "fria": false}}"#);
    assert_eq!(paths(&nested), ["safeguards.fria"]);
}

// Wrong types.

#[test]
fn a_list_field_given_a_single_value_is_a_wrong_type() {
    let error = the_error(&json!({ "functions": "identification" }));
    assert_eq!(error.path, "functions");
    assert_eq!(error.code(), "wrong-type");
    assert!(message(&error).contains("expected a list of \"identification\", \"verification\""), "{}", message(&error));
    assert!(message(&error).ends_with("found \"identification\""), "{}", message(&error));
}

#[test]
fn a_yes_no_field_given_text_is_a_wrong_type() {
    let error = the_error(&json!({ "identification": { "remote": "yes" } }));
    assert_eq!(error.path, "identification.remote");
    assert_eq!(error.code(), "wrong-type");
    assert_eq!(message(&error), "identification.remote: expected true or false, found \"yes\"");
}

#[test]
fn a_group_given_a_list_is_a_wrong_type() {
    let error = the_error(&json!({ "identification": [] }));
    assert_eq!(error.path, "identification");
    assert_eq!(error.code(), "wrong-type");
    assert_eq!(message(&error), "identification: expected an object, found []");
}

#[test]
fn the_input_must_be_an_object() {
    let error = the_error(&json!(["identification"]));
    assert_eq!(error.path, "");
    assert_eq!(error.code(), "wrong-type");
    assert_eq!(message(&error), "the input: expected an object, found […]");
}

#[test]
fn a_text_field_given_a_number_is_a_wrong_type() {
    let error = the_error(&json!({ "name": 5 }));
    assert_eq!(error.path, "name");
    assert_eq!(error.code(), "wrong-type");
    assert_eq!(message(&error), "name: expected text of at most 200 characters, found 5");
}

/// The codes tell programs what kind of problem it is: a flag, a list or a text given a
/// value of another JSON type is `wrong-type`; a number given as text is the same kind
/// of problem.
#[test]
fn a_number_given_as_text_is_a_wrong_type() {
    let error = the_error(&json!({ "law_enforcement": { "max_sentence_years": "8" } }));
    assert_eq!(error.path, "law_enforcement.max_sentence_years");
    assert_eq!(message(&error), "law_enforcement.max_sentence_years: expected a number from 0 to 100, found \"8\"");
    assert_eq!(error.code(), "wrong-type");
}

#[test]
fn text_that_is_not_json_is_reported_as_invalid_json() {
    let errors = errors_in("{\"space\": ");
    assert_eq!(paths(&errors), [""]);
    assert_eq!(errors[0].code(), "invalid-json");
}

// Unknown enum values.

#[test]
fn an_unknown_keyword_lists_the_keywords_of_the_field() {
    let error = the_error(&json!({ "space": "street" }));
    assert_eq!(error.path, "space");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(
        message(&error),
        "space: expected one of \"publicly-accessible\", \"not-publicly-accessible\", \"online\", found \"street\""
    );
}

#[test]
fn an_unknown_keyword_in_a_list_is_reported_at_its_position() {
    let error = the_error(&json!({ "functions": ["identification", "face"] }));
    assert_eq!(error.path, "functions[1]");
    assert_eq!(error.code(), "invalid-value");
    assert!(message(&error).ends_with("found \"face\""), "{}", message(&error));
}

#[test]
fn enum_values_are_kebab_case() {
    let error = the_error(&json!({ "identification": { "timing": "real_time" } }));
    assert_eq!(error.path, "identification.timing");
    assert_eq!(message(&error), "identification.timing: expected one of \"real-time\", \"post\", found \"real_time\"");
}

#[test]
fn an_offence_outside_the_32_is_unknown() {
    let error = the_error(&json!({ "law_enforcement": { "offence": "shoplifting" } }));
    assert_eq!(error.path, "law_enforcement.offence");
    assert_eq!(error.code(), "invalid-value");
    assert!(message(&error).contains("\"terrorism\"") && message(&error).contains("\"arson\""));
}

#[test]
fn an_authorisation_state_outside_the_three_is_unknown() {
    let error = the_error(&json!({ "safeguards": { "authorisation": "pending" } }));
    assert_eq!(
        message(&error),
        "safeguards.authorisation: expected one of \"granted\", \"urgent-requested\", \"none\", found \"pending\""
    );
}

// Dates.

#[test]
fn the_29th_of_february_of_a_common_year_is_not_a_date() {
    let error = the_error(&json!({ "date": "2025-02-29" }));
    assert_eq!(error.path, "date");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(message(&error), "date: expected a date written YYYY-MM-DD, found \"2025-02-29\"");
    assert_valid(&json!({ "date": "2024-02-29" }));
}

#[test]
fn month_13_is_not_a_date() {
    let error = the_error(&json!({ "date": "2026-13-01" }));
    assert_eq!(error.path, "date");
    assert_eq!(error.code(), "invalid-value");
}

#[test]
fn a_date_written_day_first_is_not_accepted() {
    let error = the_error(&json!({ "date": "23/11/2026" }));
    assert_eq!(error.path, "date");
    assert_eq!(message(&error), "date: expected a date written YYYY-MM-DD, found \"23/11/2026\"");
}

// Countries.

#[test]
fn uk_is_not_an_iso_code_and_gb_is_suggested() {
    let error = the_error(&json!({ "country": "UK" }));
    assert_eq!(error.path, "country");
    assert_eq!(error.code(), "invalid-value");
    assert!(message(&error).contains("did you mean \"GB\"?"), "{}", message(&error));
    assert!(message(&error).ends_with("found \"UK\""), "{}", message(&error));
    assert_valid(&json!({ "country": "GB" }));
}

#[test]
fn xx_is_not_a_country_and_nothing_is_suggested() {
    let error = the_error(&json!({ "country": "XX" }));
    assert_eq!(error.code(), "invalid-value");
    assert!(!message(&error).contains("did you mean"), "{}", message(&error));
    assert!(message(&error).contains("such as \"SE\""), "{}", message(&error));
}

#[test]
fn country_codes_are_written_in_capitals() {
    let error = the_error(&json!({ "country": "se" }));
    assert_eq!(error.path, "country");
    assert!(message(&error).contains("did you mean \"SE\"?"), "{}", message(&error));
    assert_valid(&json!({ "country": "SE" }));
}

// Numbers.

#[test]
fn a_negative_sentence_is_out_of_range() {
    let error = the_error(&json!({ "law_enforcement": { "max_sentence_years": -1 } }));
    assert_eq!(error.path, "law_enforcement.max_sentence_years");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(message(&error), "law_enforcement.max_sentence_years: expected a number from 0 to 100, found -1");
}

#[test]
fn a_sentence_just_above_100_years_is_out_of_range() {
    let error = the_error(&json!({ "law_enforcement": { "max_sentence_years": 100.5 } }));
    assert!(message(&error).ends_with("found 100.5"), "{}", message(&error));
    let error = the_error(&json!({ "law_enforcement": { "max_sentence_years": 101 } }));
    assert!(message(&error).ends_with("found 101"), "{}", message(&error));
}

#[test]
fn sentences_from_0_to_100_years_are_accepted_with_fractions() {
    for years in [json!(0), json!(3.99), json!(4), json!(100)] {
        assert_valid(&json!({ "law_enforcement": { "max_sentence_years": years } }));
    }
}

// Free text, counted in characters, not bytes.

#[test]
fn a_name_of_201_characters_is_too_long_and_200_are_fine() {
    let error = the_error(&json!({ "name": "x".repeat(201) }));
    assert_eq!(error.path, "name");
    assert_eq!(error.code(), "too-long");
    assert!(message(&error).starts_with("name: expected text of at most 200 characters, found \"xxx"), "{}", message(&error));
    assert_valid(&json!({ "name": "x".repeat(200) }));
}

#[test]
fn a_description_of_5001_characters_is_too_long_and_5000_are_fine() {
    let error = the_error(&json!({ "description": "y".repeat(5001) }));
    assert_eq!(error.path, "description");
    assert_eq!(error.code(), "too-long");
    assert!(message(&error).contains("at most 5000 characters"), "{}", message(&error));
    assert_valid(&json!({ "description": "y".repeat(5000) }));
}

#[test]
fn lengths_count_unicode_characters_not_bytes() {
    assert_valid(&json!({ "name": "é".repeat(200) }));
    assert_valid(&json!({ "name": "🙂".repeat(200) }));
    assert_valid(&json!({ "description": "ø".repeat(5000) }));
    assert_eq!(the_error(&json!({ "name": "é".repeat(201) })).code(), "too-long");
    assert_eq!(the_error(&json!({ "description": "漢".repeat(5001) })).code(), "too-long");
}

// Sets.

#[test]
fn a_value_repeated_in_a_set_is_reported_at_the_repeat() {
    let error = the_error(&json!({ "functions": ["identification", "categorisation", "identification"] }));
    assert_eq!(error.path, "functions[2]");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(message(&error), "functions[2]: expected each value only once, found \"identification\"");
    let error = the_error(&json!({ "categorisation": { "attributes": ["age", "age"] } }));
    assert_eq!(error.path, "categorisation.attributes[1]");
    let error = the_error(&json!({ "modalities": ["face", "gait", "face"] }));
    assert_eq!(error.path, "modalities[2]");
}

#[test]
fn an_empty_set_is_a_known_empty_set() {
    assert_valid(&json!({ "functions": [], "modalities": [] }));
}

// Null and missing.

#[test]
fn null_means_not_known_yet_just_like_a_missing_field() {
    let with_nulls = json!({
        "country": null, "space": null, "date": null, "identification": null,
        "safeguards": { "fria": null, "authorisation": null },
        "law_enforcement": { "max_sentence_years": null }
    });
    assert_valid(&with_nulls);
    let nothing = serde_json::to_value(assess_json(&json!({}))).expect("JSON");
    let nulls = serde_json::to_value(assess_json(&with_nulls)).expect("JSON");
    assert_eq!(nulls, nothing);
}

#[test]
fn a_null_fact_in_a_full_deployment_is_the_same_as_leaving_it_out() {
    let full = json!({
        "country": "SE", "role": "deployer", "operator": "law-enforcement-authority", "purpose": "law-enforcement",
        "functions": ["identification"], "modalities": ["face"],
        "identification": { "remote": true, "timing": "real-time" }, "space": "publicly-accessible",
        "law_enforcement": { "objective": "victim-search", "strictly_necessary": true }
    });
    let nulled = with(&full, &json!({ "law_enforcement": { "objective": null } }));
    let left_out = common::without(&full, "law_enforcement.objective");
    assert_valid(&nulled);
    assert_eq!(
        serde_json::to_value(assess_json(&nulled)).expect("JSON"),
        serde_json::to_value(assess_json(&left_out)).expect("JSON")
    );
    assert_eq!(assess_json(&nulled).verdict.keyword(), "incomplete");
}

// Several errors at once.

#[test]
fn every_error_is_reported_at_once_with_its_path_in_input_order() {
    let text = r#"{
        "space": "street",
        "colour": "red",
        "identification": { "timing": "live", "remote": "yes", "range": 5 },
        "functions": ["identification", "identification"],
        "law_enforcement": { "max_sentence_years": 120 },
        "country": "UK",
        "date": "2026-02-30",
        "name": 7,
        "safeguards": { "authorisation": true }
    }"#;
    let errors = errors_in(text);
    assert_eq!(
        paths(&errors),
        [
            "space",
            "colour",
            "identification.timing",
            "identification.remote",
            "identification.range",
            "functions[1]",
            "law_enforcement.max_sentence_years",
            "country",
            "date",
            "name",
            "safeguards.authorisation"
        ]
    );
    let codes: Vec<_> = errors.iter().map(InputError::code).collect();
    assert_eq!(codes[..3], ["invalid-value", "unknown-field", "invalid-value"]);
}

#[test]
fn the_error_report_carries_path_code_expected_found_and_message() {
    let report = the_error(&json!({ "space": "street" })).report(Lang::En);
    let report = serde_json::to_value(&report).expect("JSON");
    assert_eq!(
        report,
        json!({
            "path": "space",
            "code": "invalid-value",
            "expected": "one of \"publicly-accessible\", \"not-publicly-accessible\", \"online\"",
            "found": "\"street\"",
            "message": "space: expected one of \"publicly-accessible\", \"not-publicly-accessible\", \"online\", found \"street\""
        })
    );
}

// ---------------------------------------------------------------------------------
// Policy documents.

/// A valid city policy with two rules.
fn city_policy() -> Json {
    json!({
        "id": "city-policy",
        "title": { "en": "City policy on biometric surveillance" },
        "source": { "title": "Council decision 2026/12", "url": "https://example.org/council/2026-12" },
        "rules": [
            {
                "id": "no-emotion-recognition",
                "effect": "prohibit",
                "when": { "functions": ["emotion-recognition"] },
                "explanation": { "en": "Emotion recognition is not used by the city." }
            },
            {
                "id": "police-identification",
                "effect": "require",
                "when": { "functions": ["identification"], "purpose": ["law-enforcement"] },
                "requires": ["dpia", "two_person_check"],
                "explanation": { "en": "Police identification needs a DPIA and a two-person check." }
            }
        ]
    })
}

/// The city policy with changes merged into one of its rules.
fn with_rule(index: usize, changes: &Json) -> Json {
    let mut policy = city_policy();
    let rule = policy["rules"][index].clone();
    policy["rules"][index] = with(&rule, changes);
    policy
}

/// The city policy with a key removed from one of its rules.
fn without_rule_key(index: usize, key: &str) -> Json {
    let mut policy = city_policy();
    if let Some(rule) = policy["rules"][index].as_object_mut() {
        rule.remove(key);
    }
    policy
}

/// Reads a policy as the command line and the API do.
fn read_policy(policy: &Json) -> Result<Policy, Vec<InputError>> {
    Policy::from_value(&json::parse(&policy.to_string()).expect("test policy is JSON"))
}

fn policy_errors(policy: &Json) -> Vec<InputError> {
    read_policy(policy).err().unwrap_or_default()
}

#[track_caller]
fn the_policy_error(policy: &Json) -> InputError {
    let mut errors = policy_errors(policy);
    assert_eq!(errors.len(), 1, "{:?}", errors.iter().map(message).collect::<Vec<_>>());
    errors.remove(0)
}

#[test]
fn a_complete_policy_is_valid() {
    let policy = read_policy(&city_policy()).expect("valid");
    assert_eq!(policy.regime_id(), "policy:city-policy");
    assert_eq!(policy.rules.len(), 2);
    assert_eq!(policy.source.url.as_deref(), Some("https://example.org/council/2026-12"));
}

#[test]
fn an_empty_document_misses_its_id_title_source_and_rules() {
    let errors = policy_errors(&json!({}));
    assert_eq!(paths(&errors), ["id", "title", "source", "rules"]);
    for error in &errors {
        assert_eq!(error.code(), "missing-field", "{}", error.path);
        assert_eq!(error.found, None, "{}", error.path);
    }
    assert_eq!(message(&errors[0]), "id: expected a value (this field is required), found nothing");
}

#[test]
fn a_policy_without_rules_is_missing_its_rules() {
    let mut policy = city_policy();
    policy.as_object_mut().expect("object").remove("rules");
    let error = the_policy_error(&policy);
    assert_eq!(error.path, "rules");
    assert_eq!(error.code(), "missing-field");
}

#[test]
fn a_policy_without_a_source_is_missing_its_source() {
    let mut policy = city_policy();
    policy.as_object_mut().expect("object").remove("source");
    assert_eq!(the_policy_error(&policy).path, "source");
}

#[test]
fn an_id_must_be_lower_case_letters_digits_and_hyphens() {
    let error = the_policy_error(&with(&city_policy(), &json!({ "id": "City Policy" })));
    assert_eq!(error.path, "id");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(
        message(&error),
        "id: expected an identifier of lower-case letters, digits and hyphens (at most 64), found \"City Policy\""
    );
}

#[test]
fn a_policy_needs_at_least_one_rule() {
    let error = the_policy_error(&with(&city_policy(), &json!({ "rules": [] })));
    assert_eq!(error.path, "rules");
    assert_eq!(message(&error), "rules: expected a non-empty list, found []");
}

#[test]
fn two_rules_may_not_share_an_id() {
    let error = the_policy_error(&with_rule(1, &json!({ "id": "no-emotion-recognition" })));
    assert_eq!(error.path, "rules[1].id");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(message(&error), "rules[1].id: expected an id not already used, found \"no-emotion-recognition\"");
}

#[test]
fn a_when_clause_on_an_unknown_field_names_the_fields_a_policy_can_test() {
    let error = the_policy_error(&with_rule(1, &json!({ "when": { "colour": ["red"] } })));
    assert_eq!(error.path, "rules[1].when.colour");
    assert_eq!(error.code(), "unknown-field");
    let message = message(&error);
    assert!(message.contains("\"space\"") && message.contains("\"identification.remote\""), "{message}");
    assert!(message.ends_with("found \"colour\""), "{message}");
}

#[test]
fn free_text_fields_cannot_be_tested_by_a_policy() {
    let error = the_policy_error(&with_rule(1, &json!({ "when": { "name": ["Ferry terminal"] } })));
    assert_eq!(error.path, "rules[1].when.name");
    assert_eq!(error.code(), "unknown-field");
}

#[test]
fn a_when_value_outside_the_fields_keywords_is_reported_at_its_position() {
    let error = the_policy_error(&with_rule(1, &json!({ "when": { "space": ["street"] } })));
    assert_eq!(error.path, "rules[1].when.space[0]");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(
        message(&error),
        "rules[1].when.space[0]: expected one of \"publicly-accessible\", \"not-publicly-accessible\", \"online\", found \"street\""
    );
}

#[test]
fn a_when_value_of_the_wrong_kind_for_a_yes_no_field_is_reported() {
    let error = the_policy_error(&with_rule(1, &json!({ "when": { "identification.remote": ["yes"] } })));
    assert_eq!(error.path, "rules[1].when.identification.remote[0]");
    assert_eq!(error.code(), "wrong-type");
    assert!(message(&error).contains("expected true or false, found \"yes\""), "{}", message(&error));
}

#[test]
fn a_when_clause_needs_a_list_of_values() {
    let error = the_policy_error(&with_rule(1, &json!({ "when": { "space": "publicly-accessible" } })));
    assert_eq!(error.path, "rules[1].when.space");
    assert_eq!(message(&error), "rules[1].when.space: expected a non-empty list, found \"publicly-accessible\"");
}

#[test]
fn a_when_value_may_not_be_repeated() {
    let error = the_policy_error(&with_rule(1, &json!({ "when": { "space": ["online", "online"] } })));
    assert_eq!(error.path, "rules[1].when.space[1]");
}

#[test]
fn an_unknown_effect_lists_prohibit_and_require() {
    let error = the_policy_error(&with_rule(0, &json!({ "effect": "ban" })));
    assert_eq!(error.path, "rules[0].effect");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(message(&error), "rules[0].effect: expected one of \"prohibit\", \"require\", found \"ban\"");
}

#[test]
fn a_require_rule_without_requires_is_reported_at_requires() {
    let error = the_policy_error(&without_rule_key(1, "requires"));
    assert_eq!(error.path, "rules[1].requires");
    assert!(message(&error).contains("required"), "{}", message(&error));
}

/// `found` is `None` "when nothing was there" (the `InputError` contract), and a value
/// that must be present and is absent is a `missing-field` everywhere else in a policy.
#[test]
fn a_missing_requires_list_is_reported_as_missing_not_as_null() {
    let error = the_policy_error(&without_rule_key(1, "requires"));
    assert_eq!(error.found, None, "{}", message(&error));
    assert_eq!(error.code(), "missing-field");
}

#[test]
fn a_require_rule_with_an_empty_requires_list_is_rejected() {
    let error = the_policy_error(&with_rule(1, &json!({ "requires": [] })));
    assert_eq!(error.path, "rules[1].requires");
    assert_eq!(message(&error), "rules[1].requires: expected a non-empty list, found []");
}

#[test]
fn a_prohibit_rule_takes_no_requires() {
    let error = the_policy_error(&with_rule(0, &json!({ "requires": ["dpia"] })));
    assert_eq!(error.path, "rules[0].requires");
    assert_eq!(
        message(&error),
        "rules[0].requires: expected no \"requires\" (only rules with effect \"require\" take one), found […]"
    );
}

#[test]
fn an_unknown_safeguard_lists_the_safeguards() {
    let error = the_policy_error(&with_rule(1, &json!({ "requires": ["dpia", "helmet"] })));
    assert_eq!(error.path, "rules[1].requires[1]");
    assert_eq!(error.code(), "invalid-value");
    let message = message(&error);
    assert!(message.contains("\"two_person_check\"") && message.contains("\"national_law\""), "{message}");
    assert!(message.ends_with("found \"helmet\""), "{message}");
}

#[test]
fn a_safeguard_may_not_be_required_twice() {
    let error = the_policy_error(&with_rule(1, &json!({ "requires": ["dpia", "dpia"] })));
    assert_eq!(error.path, "rules[1].requires[1]");
    assert_eq!(message(&error), "rules[1].requires[1]: expected each value only once, found \"dpia\"");
}

#[test]
fn a_source_url_must_use_https() {
    let error = the_policy_error(&with(&city_policy(), &json!({ "source": { "url": "http://example.org/council" } })));
    assert_eq!(error.path, "source.url");
    assert_eq!(error.code(), "invalid-value");
    assert_eq!(message(&error), "source.url: expected an address starting with https://, found \"http://example.org/council\"");
}

#[test]
fn an_unknown_key_in_a_policy_is_an_error() {
    let error = the_policy_error(&with(&city_policy(), &json!({ "author": "the city" })));
    assert_eq!(error.path, "author");
    assert_eq!(error.code(), "unknown-field");
    let error = the_policy_error(&with_rule(0, &json!({ "comment": "draft" })));
    assert_eq!(error.path, "rules[0].comment");
    assert_eq!(error.code(), "unknown-field");
}

#[test]
fn a_title_is_keyed_by_language_code() {
    let error = the_policy_error(&with(&city_policy(), &json!({ "title": { "English": "City policy" } })));
    assert_eq!(error.path, "title.English");
    assert!(message(&error).contains("an object of texts by language code"), "{}", message(&error));
}

#[test]
fn every_policy_error_is_reported_at_once() {
    let mut policy = with(&city_policy(), &json!({ "id": "Bad Id", "source": { "url": "http://x.org" } }));
    policy["rules"][1] = with(&policy["rules"][1], &json!({ "when": { "space": ["street"] }, "requires": ["helmet"] }));
    let errors = policy_errors(&policy);
    assert_eq!(paths(&errors), ["id", "source.url", "rules[1].when.space[0]", "rules[1].requires[0]"]);
}

#[test]
fn a_policy_given_in_the_options_is_reported_under_its_position() {
    let bad = with_rule(1, &json!({ "when": { "space": ["street"] } }));
    let options = json!({ "policies": [city_policy(), bad] }).to_string();
    let value = json::parse(&options).expect("JSON");
    let today = Date::parse("2026-11-23").expect("date");
    let errors = Options::from_value(&value, today).err().unwrap_or_default();
    assert_eq!(paths(&errors), ["policies[1].rules[1].when.space[0]"]);
}

/// Two policies with one id: the error is the repeated id. The options gave no
/// `regimes` list, so no error may point at one.
#[test]
fn two_policies_sharing_an_id_are_reported_at_the_repeated_id_only() {
    let options = json!({ "policies": [city_policy(), city_policy()] }).to_string();
    let today = Date::parse("2026-11-23").expect("date");
    let errors = Options::from_value(&json::parse(&options).expect("JSON"), today).err().unwrap_or_default();
    let paths = paths(&errors);
    assert!(paths.contains(&"policies[1].id"), "{paths:?}");
    assert!(paths.iter().all(|p| p.starts_with("policies[")), "{paths:?}");
}
