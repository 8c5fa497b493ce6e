//! A short fuzzing run on stable Rust, part of the test command: random and mutated
//! input through the API with JSON text, the batch line path and the policy reader. Nothing
//! may panic, every output must be JSON of the contract's shape, and every failure must
//! name a field path. The long coverage-guided runs are `cargo xtask fuzz`.
#![expect(clippy::expect_used, clippy::indexing_slicing, reason = "a test stops at the first thing that is not as expected")]

#![cfg(not(target_arch = "wasm32"))]

mod common;

use biometric_check::api::json as api;
use biometric_check::{batch, json, Date, Policy};
use proptest::prelude::*;
use serde_json::Value as Json;

fn today() -> Date {
    Date::parse("2026-11-23").expect("date")
}

/// Checks an API output: JSON, `success` or `failure`, and failures with paths.
fn check_output(output: &str) -> Result<(), TestCaseError> {
    let value: Json = serde_json::from_str(output).map_err(|e| TestCaseError::fail(format!("not JSON: {e}: {output}")))?;
    match value["type"].as_str() {
        Some("success") => Ok(()),
        Some("failure") => {
            let errors = value["errors"].as_array().ok_or_else(|| TestCaseError::fail("no errors"))?;
            prop_assert!(!errors.is_empty());
            for error in errors {
                prop_assert!(error["path"].is_string());
                prop_assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
            }
            Ok(())
        }
        _ => Err(TestCaseError::fail(format!("neither success nor failure: {output}"))),
    }
}

fn seeds() -> Vec<String> {
    common::scenarios("dev.json").into_iter().map(|s| s.input.to_string()).collect()
}

/// JSON values of every shape, up to a few levels deep.
fn any_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i32>().prop_map(Json::from),
        (-1e6f64..1e6).prop_map(|n| serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number)),
        "[a-z_.-]{0,12}".prop_map(Json::String),
        prop::sample::select(vec![
            "identification", "real-time", "post", "publicly-accessible", "law-enforcement", "SE", "IE", "UK",
            "2026-11-23", "2025-02-29", "victim-search", "granted", "face", "race",
        ])
        .prop_map(|s| Json::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "name", "country", "functions", "identification", "remote", "timing", "space", "purpose",
                        "law_enforcement", "objective", "max_sentence_years", "safeguards", "authorisation", "id",
                        "rules", "when", "effect", "title", "source", "explanation", "unknown",
                    ]),
                    inner,
                ),
                0..6,
            )
            .prop_map(|entries| Json::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_through_the_batch_path(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        match batch::assess_line(&bytes, false, &common::options()) {
            Ok(line) => {
                let value: Json = serde_json::from_str(&line).expect("assessment is JSON");
                prop_assert!(value["verdict"].is_string());
            }
            Err(line) => {
                let value: Json = serde_json::from_str(&line).expect("error line is JSON");
                prop_assert!(value["error"]["path"].is_string());
                prop_assert!(value["error"]["message"].is_string());
            }
        }
    }

    #[test]
    fn mutated_worked_cases_through_the_api(seed in 0usize..13, edits in prop::collection::vec((any::<usize>(), any::<u8>(), 0u8..4), 1..8)) {
        let mut text = seeds()[seed].clone().into_bytes();
        for (at, byte, kind) in edits {
            if text.is_empty() { break; }
            let at = at % text.len();
            match kind {
                0 => text[at] = byte,
                1 => { text.remove(at); }
                2 => text.insert(at, byte),
                _ => text.truncate(at),
            }
        }
        let text = String::from_utf8_lossy(&text);
        check_output(&api::assess(&text, "{}", today()))?;
    }

    #[test]
    fn arbitrary_json_as_deployment_options_and_policy(deployment in any_json(), options in any_json(), policy in any_json()) {
        check_output(&api::assess(&deployment.to_string(), &options.to_string(), today()))?;
        check_output(&api::validate_policy(&policy.to_string(), "en"))?;
        if let Ok(value) = json::parse(&policy.to_string()) {
            if let Err(errors) = Policy::from_value(&value) {
                prop_assert!(!errors.is_empty());
            }
        }
    }

    #[test]
    fn the_json_reader_reads_what_serde_json_reads(text in "[\\[\\]{}\",:0-9a-z. \\\\eE+-]{0,40}") {
        let ours = json::parse(&text);
        let theirs: Result<Json, _> = serde_json::from_str(&text);
        match (&ours, &theirs) {
            (Ok(value), Ok(reference)) => {
                let round_trip = serde_json::from_str::<Json>(&json::to_string(value)).ok().map(by_value);
                prop_assert_eq!(round_trip, Some(by_value(reference.clone())));
            }
            (Err(_), Err(_)) => {}
            // The core's reader refuses what serde_json accepts only past its limits.
            (Err(error), Ok(_)) => prop_assert!(error.message(biometric_check::i18n::Lang::En).contains("nested"), "{text:?}: {error:?}"),
            (Ok(_), Err(error)) => return Err(TestCaseError::fail(format!("accepted {text:?} that serde_json rejects: {error}"))),
        }
    }
}

/// A JSON value with every number as a float: `-0`, `0` and `0.0` are one number (JSON
/// does not tell integers from floats; serde_json does).
fn by_value(value: Json) -> Json {
    match value {
        Json::Number(number) => number.as_f64().and_then(|x| serde_json::Number::from_f64(x + 0.0)).map_or(Json::Null, Json::Number),
        Json::Array(items) => Json::Array(items.into_iter().map(by_value).collect()),
        Json::Object(members) => Json::Object(members.into_iter().map(|(key, item)| (key, by_value(item))).collect()),
        other => other,
    }
}

#[test]
fn oversized_and_deep_input_is_refused_cheaply() {
    let huge = format!("{{\"name\": \"{}\"}}", "x".repeat(2 << 20));
    assert!(api::assess(&huge, "{}", today()).contains("at most"));
    let deep = "[".repeat(1 << 16);
    assert!(api::assess(&deep, "{}", today()).contains("nested"));
    let wide = format!("[{}1]", "1,".repeat(10_000));
    assert!(api::assess(&wide, "{}", today()).contains("elements"));
    let long_line = vec![b'x'; batch::MAX_LINE_BYTES];
    assert!(batch::assess_line(&long_line, true, &common::options()).is_err());
}
