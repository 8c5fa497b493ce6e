//! Any text as a policy document, validated alone and used in an assessment.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    common::check(&biometric_check::api::json::validate_policy(text, "en"));
    let options = format!("{{\"policies\": [{text}], \"counterfactuals\": false}}");
    let deployment = r#"{"functions": ["identification"], "space": "publicly-accessible"}"#;
    common::check(&biometric_check::api::json::assess(deployment, &options, common::today()));
});
