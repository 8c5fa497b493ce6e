// Shared by the fuzz targets: the checks every output must pass.

use biometric_check::{json, Date};

pub fn today() -> Date {
    Date::parse("2026-11-23").unwrap_or_else(|| unreachable!())
}

/// An API output is JSON with `type` success or failure; a failure names paths.
pub fn check(output: &str) {
    let value: serde_json::Value = serde_json::from_str(output).expect("output is JSON");
    match value["type"].as_str() {
        Some("success") => {}
        Some("failure") => {
            let errors = value["errors"].as_array().expect("errors");
            assert!(!errors.is_empty());
            assert!(errors.iter().all(|e| e["path"].is_string() && e["message"].as_str().is_some_and(|m| !m.is_empty())));
        }
        _ => panic!("neither success nor failure"),
    }
    assert!(json::parse(output).is_ok(), "the core reads its own output");
}
